// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchangepreviewmodel.h"

#include <QMap>

#include <algorithm>

namespace Spendscope {

TagChangePreviewModel::TagChangePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TagChangePreviewModel::~TagChangePreviewModel() = default;

int TagChangePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagChangePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TagChangePreviewModel::setPlan(const TagChangePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    for (const ProjectTagChange &change : m_plan) {
        const QString name = change.projectName.isEmpty() ? change.projectId : change.projectName;
        QMap<QString, Row> byKey; // one sorted list of adds, overwrites and removals
        for (auto it = change.addTags.begin(); it != change.addTags.end(); ++it) {
            const bool existed = change.before.contains(it.key());
            byKey.insert(it.key(), Row{change.projectId, name, existed ? Operation::Overwrite : Operation::Add, it.key(),
                                       change.before.value(it.key()), it.value()});
        }
        for (const QString &key : change.removeTagKeys)
            byKey.insert(key, Row{change.projectId, name, Operation::Remove, key, change.before.value(key), QString()});
        m_rows.append(byKey.values());
    }
    endResetModel();
}

int TagChangePreviewModel::count(Operation operation) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [operation](const Row &r) { return r.operation == operation; }));
}

QString TagChangePreviewModel::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Add:
        //: A tag operation in the change preview
        return tr("Add");
    case Operation::Overwrite:
        //: A tag operation in the change preview: the key exists and gets a new value
        return tr("Overwrite");
    case Operation::Remove:
        //: A tag operation in the change preview
        return tr("Remove");
    }
    return {};
}

QVariant TagChangePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case ProjectColumn:
            return row.projectName;
        case OperationColumn:
            return role == RawValueRole ? QVariant(int(row.operation)) : QVariant(operationName(row.operation));
        case KeyColumn:
            return row.key;
        case OldValueColumn:
            return row.oldValue;
        case NewValueColumn:
            return row.newValue;
        default:
            return {};
        }
    case ProjectIdRole:
        return row.projectId;
    case OperationRole:
        return int(row.operation);
    case Qt::ToolTipRole:
        if (index.column() == ProjectColumn)
            return row.projectId;
        return {};
    default:
        return {};
    }
}

QVariant TagChangePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case OperationColumn:
        return tr("Change");
    case KeyColumn:
        return tr("Key");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace Spendscope
