// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/projecttagchange.h"

#include <QAbstractTableModel>
#include <QList>

namespace Spendscope {

// The diff preview shown before a tag edit is applied: one read-only row per tag operation of a
// TagChangePlan (project, add / overwrite / remove, key, old value, new value), grouped by project
// in plan order, keys sorted.
class TagChangePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagChangePreviewModel)
public:
    enum Column { ProjectColumn, OperationColumn, KeyColumn, OldValueColumn, NewValueColumn, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // project name, Operation as int, key, values
        ProjectIdRole,
        OperationRole, // int: Operation
    };

    enum class Operation { Add, Overwrite, Remove };

    explicit TagChangePreviewModel(QObject *parent = nullptr);
    ~TagChangePreviewModel() override;

    // A new plan is a new preview: the model resets.
    void setPlan(const TagChangePlan &plan);
    [[nodiscard]] const TagChangePlan &plan() const { return m_plan; }
    [[nodiscard]] int projectCount() const { return int(m_plan.size()); }
    [[nodiscard]] int count(Operation operation) const;
    [[nodiscard]] static QString operationName(Operation operation);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString projectId;
        QString projectName;
        Operation operation = Operation::Add;
        QString key;
        QString oldValue;
        QString newValue;
    };

    TagChangePlan m_plan;
    QList<Row> m_rows;
};

} // namespace Spendscope
