// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttablemodel.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_teamKey(u"Team"_s)
    , m_projectKey(u"Project"_s)
    , m_currency(u"USD"_s)
{
}

ProjectTableModel::~ProjectTableModel() = default;

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProjectTableModel::rowForId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void ProjectTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).project.id(), i);
}

void ProjectTableModel::setProjects(const QList<Project> &projects)
{
    QHash<QString, const Project *> incoming;
    for (const Project &p : projects)
        incoming.insert(p.id(), &p);

    // Gone rows, removed in contiguous runs from the end so that earlier row numbers stay valid.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).project.id())) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).project.id()))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    rebuildIndex();

    // Changed rows in place, one signal per run of changed rows.
    int changedFirst = -1;
    auto flush = [this, &changedFirst](int endExclusive) {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(endExclusive - 1, ColumnCount - 1));
        changedFirst = -1;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const Project &next = *incoming.value(m_rows.at(i).project.id());
        if (next == m_rows.at(i).project) {
            flush(i);
            continue;
        }
        m_rows[i].project = next;
        if (changedFirst < 0)
            changedFirst = i;
    }
    flush(int(m_rows.size()));

    // New rows, appended in the order given.
    QList<Row> added;
    QSet<QString> seen;
    for (const Project &p : projects) {
        if (!m_rowById.contains(p.id()) && !seen.contains(p.id())) {
            seen.insert(p.id());
            added.append(Row{p});
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

void ProjectTableModel::setCostData(std::shared_ptr<const CostCube> cube, QDate today)
{
    m_cube = std::move(cube);
    m_today = today;
    recomputeSpend();
    emitColumnsChanged(MonthToDateCostColumn, TrendColumn);
}

void ProjectTableModel::recomputeSpend()
{
    m_spendByTagValue.clear();
    if (!m_cube || !m_today.isValid())
        return;
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    const QDate trendStart = m_today.addDays(1 - TrendDays);
    CostCube::Query query;
    query.groupBy = {CostCube::Dimension::Project};
    query.bucket = CostCube::TimeBucket::Day;
    query.start = std::min(monthStart, trendStart);
    query.end = m_today.addDays(1);
    const CostCube::Result result = m_cube->query(query);
    for (const CostCube::ResultRow &row : result.rows) {
        Spend &spend = m_spendByTagValue[row.keys.constFirst()];
        if (spend.daily.isEmpty())
            spend.daily.fill(0, TrendDays);
        if (row.bucketStart >= monthStart)
            spend.monthToDate += row.cost;
        if (const qint64 offset = trendStart.daysTo(row.bucketStart); offset >= 0 && offset < TrendDays)
            spend.daily[offset] += row.cost.nanos();
    }
}

void ProjectTableModel::setTagKeys(const QString &teamKey, const QString &projectKey)
{
    if (teamKey == m_teamKey && projectKey == m_projectKey)
        return;
    m_teamKey = teamKey;
    m_projectKey = projectKey;
    // Spend follows the project tag, so its columns change too.
    emitColumnsChanged(TeamColumn, TrendColumn);
}

void ProjectTableModel::setAttachedPolicyCount(const QString &projectId, int count)
{
    if (m_policyCounts.value(projectId, -1) == count)
        return;
    m_policyCounts.insert(projectId, count);
    if (const int row = rowForId(projectId); row >= 0) {
        const QModelIndex cell = index(row, AttachedPoliciesColumn);
        Q_EMIT dataChanged(cell, cell);
    }
}

void ProjectTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    emitColumnsChanged(MonthToDateCostColumn, MonthToDateCostColumn);
}

void ProjectTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emitColumnsChanged(0, ColumnCount - 1);
}

void ProjectTableModel::emitColumnsChanged(int first, int last)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, first), index(int(m_rows.size()) - 1, last));
}

const ProjectTableModel::Spend *ProjectTableModel::spendOf(const Project &project) const
{
    if (!project.tags().contains(m_projectKey) || project.tags().value(m_projectKey).isEmpty())
        return nullptr;
    const auto it = m_spendByTagValue.constFind(project.tags().value(m_projectKey));
    return it == m_spendByTagValue.cend() ? nullptr : &it.value();
}

Money ProjectTableModel::monthToDateCost(int row) const
{
    const Spend *spend = spendOf(m_rows.at(row).project);
    return spend ? spend->monthToDate : Money();
}

QList<qint64> ProjectTableModel::trend(int row) const
{
    const Spend *spend = spendOf(m_rows.at(row).project);
    if (spend)
        return spend->daily;
    QList<qint64> zeros;
    if (m_cube && m_today.isValid())
        zeros.fill(0, TrendDays);
    return zeros;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case ProjectRole:
        return QVariant::fromValue(row.project);
    case ProjectIdRole:
        return row.project.id();
    case TrendRole:
        return QVariant::fromValue(trend(index.row()));
    case Qt::ToolTipRole:
        if (index.column() == MonthToDateCostColumn && !spendOf(row.project) && !row.project.tags().contains(m_projectKey))
            return tr("This project has no “%1” tag, so its spend is part of the untagged total.").arg(m_projectKey);
        if (index.column() == NameColumn && row.project.isDefault())
            return tr("Requests without a project go to the default project; it cannot be tagged or archived.");
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TagCountColumn:
        case MonthToDateCostColumn:
        case AttachedPoliciesColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProjectTableModel::displayData(const Row &row, int column) const
{
    const Project &p = row.project;
    switch (column) {
    case NameColumn:
        return p.name();
    case IdColumn:
        return p.id();
    case StatusColumn:
        return p.isArchived() ? tr("Archived") : tr("Active");
    case CreatedColumn:
        return p.createdAt().isValid() ? m_locale.toString(p.createdAt().toUTC().date(), QLocale::ShortFormat) : QString();
    case TeamColumn:
        return p.tags().value(m_teamKey);
    case ProjectTagColumn:
        return p.tags().value(m_projectKey);
    case TagCountColumn:
        return m_locale.toString(p.tags().size());
    case MonthToDateCostColumn:
        if (!m_cube || !p.tags().contains(m_projectKey))
            return QString();
        return monthToDateCost(m_rowById.value(p.id())).format(m_locale, m_currency);
    case TrendColumn:
        return QString(); // drawn as a sparkline from TrendRole
    case AttachedPoliciesColumn: {
        const int count = m_policyCounts.value(p.id(), -1);
        return count < 0 ? QString() : m_locale.toString(count);
    }
    default:
        return {};
    }
}

QVariant ProjectTableModel::rawData(const Row &row, int column) const
{
    const Project &p = row.project;
    switch (column) {
    case NameColumn:
        return p.name();
    case IdColumn:
        return p.id();
    case StatusColumn:
        return int(p.status());
    case CreatedColumn:
        return p.createdAt().isValid() ? p.createdAt().toSecsSinceEpoch() : qint64(-1);
    case TeamColumn:
        return p.tags().value(m_teamKey);
    case ProjectTagColumn:
        return p.tags().value(m_projectKey);
    case TagCountColumn:
        return int(p.tags().size());
    case MonthToDateCostColumn:
        return monthToDateCost(m_rowById.value(p.id())).nanos();
    case TrendColumn: {
        // Sorting by trend sorts by the period's total.
        qint64 total = 0;
        for (const qint64 day : trend(m_rowById.value(p.id())))
            total += day;
        return total;
    }
    case AttachedPoliciesColumn:
        return m_policyCounts.value(p.id(), -1);
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Id");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case TeamColumn:
        return tr("Team");
    case ProjectTagColumn:
        return tr("Project tag");
    case TagCountColumn:
        return tr("Tags");
    case MonthToDateCostColumn:
        //: Spend from the first of this month until today
        return tr("Month to date");
    case TrendColumn:
        //: A small chart of the daily spend of the last 30 days
        return tr("30-day trend");
    case AttachedPoliciesColumn:
        return tr("Policies");
    default:
        return {};
    }
}

} // namespace Spendscope
