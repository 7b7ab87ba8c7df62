// SPDX-License-Identifier: GPL-3.0-or-later
#include "tageditmodel.h"

#include "domain/tagdiff.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

TagEditModel::TagEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TagEditModel::~TagEditModel() = default;

int TagEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TagEditModel::setProjects(const QList<Project> &projects)
{
    beginResetModel();
    m_projects = projects;
    m_rows.clear();
    m_removedKeys.clear();

    struct Seen
    {
        int count = 0;
        QSet<QString> values;
        QString first;
    };
    QMap<QString, Seen> keys; // sorted, so rows come out in key order
    for (const Project &p : std::as_const(m_projects)) {
        for (auto it = p.tags().begin(); it != p.tags().end(); ++it) {
            Seen &seen = keys[it.key()];
            if (seen.count++ == 0)
                seen.first = it.value();
            seen.values.insert(it.value());
        }
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        Row row;
        row.originalKey = it.key();
        row.key = it.key();
        row.presentIn = it->count;
        row.mixed = it->count < m_projects.size() || it->values.size() > 1;
        row.originalMixed = row.mixed;
        if (!row.mixed) {
            row.value = it->first;
            row.originalValue = it->first;
        }
        m_rows.append(row);
    }
    for (Row &row : m_rows)
        row.issues = validateRow(row);
    endResetModel();
    Q_EMIT validationChanged();
}

void TagEditModel::setPolicy(const TagPolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    revalidate();
}

void TagEditModel::setCostAllocationTags(const QList<CostAllocationTag> &tags)
{
    m_costAllocation.clear();
    for (const CostAllocationTag &tag : tags)
        m_costAllocation.insert(tag.tagKey, tag.status);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CostAllocationColumn), index(int(m_rows.size()) - 1, CostAllocationColumn));
}

int TagEditModel::addRow(const QString &key, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.key = key;
    added.value = value;
    m_rows.append(added);
    endInsertRows();
    revalidate(row);
    return row;
}

int TagEditModel::rowForKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

bool TagEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = row; i < row + count; ++i) {
        const QString &original = m_rows.at(i).originalKey;
        if (!original.isEmpty() && !m_removedKeys.contains(original))
            m_removedKeys.append(original);
    }
    m_rows.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

bool TagEditModel::isModified(const Row &row) const
{
    if (row.originalKey.isEmpty() || row.key != row.originalKey)
        return true;
    return !row.mixed && (row.originalMixed || row.value != row.originalValue);
}

QList<TagPolicy::Issue> TagEditModel::validateRow(const Row &row) const
{
    QList<TagPolicy::Issue> issues = row.mixed ? m_policy.validateKey(row.key) : m_policy.validateTag(row.key, row.value);
    const auto sameKey = std::count_if(m_rows.cbegin(), m_rows.cend(), [&row](const Row &r) { return r.key == row.key; });
    if (sameKey > 1 && !row.key.isEmpty())
        issues.append({row.key, tr("Tag key “%1” appears more than once.").arg(row.key), TagPolicy::Severity::Error});
    if (row.mixed && m_policy.requiredKeys().contains(row.key) && row.presentIn < m_projects.size()) {
        const int missing = int(m_projects.size()) - row.presentIn;
        issues.append({row.key,
                       tr("%n of the selected projects lack the required tag “%1”.", nullptr, missing).arg(row.key),
                       TagPolicy::Severity::Warning});
    }
    // Errors first, so that the first message is the one that matters.
    std::stable_sort(issues.begin(), issues.end(), [](const TagPolicy::Issue &a, const TagPolicy::Issue &b) {
        return a.severity == TagPolicy::Severity::Error && b.severity != TagPolicy::Severity::Error;
    });
    return issues;
}

void TagEditModel::revalidate(int alsoChanged)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        QList<TagPolicy::Issue> issues = validateRow(m_rows.at(i));
        if (issues != m_rows.at(i).issues || i == alsoChanged) {
            m_rows[i].issues = std::move(issues);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    Q_EMIT validationChanged();
}

TagEditModel::IssueLevel TagEditModel::level(const Row &row) const
{
    IssueLevel level = IssueLevel::None;
    for (const TagPolicy::Issue &issue : row.issues) {
        if (issue.severity == TagPolicy::Severity::Error)
            return IssueLevel::Error;
        level = IssueLevel::Warning;
    }
    return level;
}

TagEditModel::CostAllocationState TagEditModel::costAllocationState(const QString &key) const
{
    const auto it = m_costAllocation.constFind(key);
    if (it == m_costAllocation.cend())
        return CostAllocationState::Unknown;
    return *it == CostAllocationTagStatus::Active ? CostAllocationState::Active : CostAllocationState::Inactive;
}

QVariant TagEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == KeyColumn)
            return row.key;
        if (column == ValueColumn)
            //: Shown instead of a tag value that differs between the selected projects
            return row.mixed ? tr("(mixed)") : row.value;
        switch (costAllocationState(row.key)) {
        case CostAllocationState::Active:
            return tr("Active");
        case CostAllocationState::Inactive:
            return tr("Inactive");
        case CostAllocationState::Unknown:
            return tr("Not seen yet");
        }
        return {};
    case Qt::EditRole:
        if (column == KeyColumn)
            return row.key;
        if (column == ValueColumn)
            return row.mixed ? QString() : row.value;
        return {};
    case RawValueRole:
        if (column == KeyColumn)
            return row.key;
        if (column == ValueColumn)
            return row.mixed ? QString() : row.value;
        return int(costAllocationState(row.key));
    case MixedRole:
        return row.mixed;
    case ValidationRole: {
        QStringList messages;
        for (const TagPolicy::Issue &issue : row.issues)
            messages.append(issue.message);
        return messages;
    }
    case SeverityRole:
        return int(level(row));
    case CostAllocationRole:
        return int(costAllocationState(row.key));
    case ModifiedRole:
        return isModified(row);
    case OriginalKeyRole:
        return row.originalKey;
    case Qt::ToolTipRole:
        if (column == CostAllocationColumn) {
            switch (costAllocationState(row.key)) {
            case CostAllocationState::Active:
                return tr("Cost Explorer groups spend by this tag.");
            case CostAllocationState::Inactive:
                return tr("Activate this key as a cost allocation tag so that Cost Explorer groups spend by it; "
                          "activation is not retroactive.");
            case CostAllocationState::Unknown:
                return tr("Cost Explorer has not seen this key on billed usage yet; it can be activated once it "
                          "appears, up to a day after first use.");
            }
            return {};
        }
        if (!row.issues.isEmpty()) {
            QStringList messages;
            for (const TagPolicy::Issue &issue : row.issues)
                messages.append(issue.message);
            return messages.join(u'\n');
        }
        if (column == ValueColumn && row.mixed)
            return tr("The selected projects have different values; each keeps its own unless you type a new one.");
        return {};
    default:
        return {};
    }
}

bool TagEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    if (index.column() == KeyColumn) {
        if (text == row.key)
            return true;
        row.key = text;
    } else if (index.column() == ValueColumn) {
        if (!row.mixed && text == row.value)
            return true;
        row.value = text;
        row.mixed = false;
    } else {
        return false;
    }
    revalidate(index.row());
    return true;
}

Qt::ItemFlags TagEditModel::flags(const QModelIndex &index) const
{
    // Views ask for the root's flags (drops onto empty space); that is no mistake.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == KeyColumn || index.column() == ValueColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant TagEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case CostAllocationColumn:
        //: Whether the key is an active cost allocation tag in Cost Explorer
        return tr("Cost allocation");
    default:
        return {};
    }
}

QList<TagPolicy::Issue> TagEditModel::issues() const
{
    QList<TagPolicy::Issue> result;
    const bool changing = !plan().isEmpty();
    for (const Project &p : m_projects) {
        if (p.isDefault() && changing)
            result.append({QString(), tr("The default project cannot be tagged."), TagPolicy::Severity::Error});
        else if (p.isArchived() && changing)
            result.append({QString(), tr("Project “%1” is archived and cannot be changed.").arg(p.name()),
                           TagPolicy::Severity::Error});
    }
    for (const QString &key : m_policy.requiredKeys()) {
        if (rowForKey(key) >= 0)
            continue;
        if (m_removedKeys.contains(key))
            result.append({key, tr("Required tag “%1” is removed.").arg(key), TagPolicy::Severity::Error});
        else if (!m_projects.isEmpty())
            result.append({key, tr("Required tag “%1” is missing.").arg(key), TagPolicy::Severity::Warning});
    }
    return result;
}

bool TagEditModel::hasErrors() const
{
    for (const Row &row : m_rows) {
        if (isModified(row) && level(row) == IssueLevel::Error)
            return true;
    }
    return TagPolicy::hasErrors(issues());
}

TagChangePlan TagEditModel::plan() const
{
    TagChangePlan plan;
    for (const Project &p : m_projects) {
        const TagSet &before = p.tags();
        TagSet after = before;
        // Removals and renames first, so that swapping two keys' names works.
        for (const QString &key : m_removedKeys)
            after.remove(key);
        for (const Row &row : m_rows) {
            if (!row.originalKey.isEmpty() && row.key != row.originalKey)
                after.remove(row.originalKey);
        }
        for (const Row &row : m_rows) {
            if (!row.mixed)
                after.insert(row.key, row.value);
            else if (!row.originalKey.isEmpty() && before.contains(row.originalKey))
                after.insert(row.key, before.value(row.originalKey));
        }
        const TagDiff diff = TagSet::diff(before, after);
        if (!diff.isEmpty())
            plan.append({p.id(), p.name(), before, diff.addTags, diff.removeTagKeys});
    }
    return plan;
}

} // namespace Spendscope
