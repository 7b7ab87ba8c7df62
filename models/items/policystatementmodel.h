// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/policydocument.h"

#include <QAbstractTableModel>
#include <QString>

namespace Spendscope {

// The statements of one policy document, one row each, for the Policies page's statement list.
// Sid and Effect are edited in place (setData validates them); actions, resources and conditions
// are replaced as a whole through setStatement() by the statement editor. Every edit emits
// dataChanged or rows inserted/removed, never a reset, so selection and scroll position survive;
// only setDocument() resets.
class PolicyStatementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyStatementModel)
public:
    enum Column {
        SidColumn,
        EffectColumn,
        ActionsColumn,
        ResourcesColumn,
        ConditionsColumn,
        ColumnCount
    };

    enum Role {
        // Sid: QString; Effect: int (PolicyStatement::Effect); Actions and Resources: QStringList;
        // Conditions: the number of conditions.
        RawValueRole = Qt::UserRole + 1,
    };

    explicit PolicyStatementModel(QObject *parent = nullptr);

    [[nodiscard]] const PolicyDocument &document() const { return m_document; }
    void setDocument(const PolicyDocument &document);

    [[nodiscard]] PolicyStatement statement(int row) const;
    // Replaces one statement; false (and lastError()) for a row out of range or an invalid or
    // duplicate Sid.
    bool setStatement(int row, const PolicyStatement &statement);
    // Inserts before `row` (row == rowCount() appends); same checks as setStatement().
    bool insertStatement(int row, const PolicyStatement &statement);
    // Why the last edit was refused; translated.
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows are Allow statements without actions or resources, for the editor to fill in.
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    [[nodiscard]] QString checkSid(const QString &sid, int exceptRow) const;
    [[nodiscard]] static QString conditionSummary(const PolicyStatement &statement);
    [[nodiscard]] static QString listSummary(const QStringList &items, bool inverted);

    PolicyDocument m_document;
    QString m_lastError;
};

} // namespace Spendscope
