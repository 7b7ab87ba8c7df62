// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetstatus.h"
#include "api/budgetstypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>

namespace Spendscope {

// The AWS budgets of the Budgets page, one row per budget with where it stands this period
// (BudgetStatus). Rows are identified by budget name: setBudgets() updates changed rows in place,
// inserts new ones and removes gone ones, so a selection survives a refresh. Row order is the
// order given (the service lists by name); views sort through a proxy on RawValueRole.
class BudgetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTableModel)
public:
    enum Column {
        NameColumn,
        FilterColumn,
        PeriodColumn,
        LimitColumn,
        ActualColumn,
        ForecastColumn,
        UsedColumn,
        HealthColumn,
        RunOutColumn,
        AlertsColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable: QString, qint64 nano-units, double, int or QDate
        NameRole,                        // QString, every column
        HealthRole,                      // int (BudgetStatus::Health), every column
    };

    explicit BudgetTableModel(QObject *parent = nullptr);

    void setBudgets(const QList<Budget> &budgets, const QHash<QString, QList<Notification>> &notifications, QDate today);
    void setTagKeys(const QString &projectTagKey, const QString &teamTagKey);
    void setLocale(const QLocale &locale);

    [[nodiscard]] const Budget &budget(int row) const { return m_rows.at(row).budget; }
    [[nodiscard]] const BudgetStatus &status(int row) const { return m_rows.at(row).status; }
    [[nodiscard]] int rowForName(const QString &name) const;
    [[nodiscard]] QString filterText(int row) const;

    // "USD 1,234.50" for currencies, "1,234.5 GB" for usage units.
    [[nodiscard]] static QString amountText(Money amount, const QString &unit, const QLocale &locale);
    [[nodiscard]] static QString periodText(BudgetTimeUnit unit);
    // "Actual 50%, 80% · Forecast 100%"; empty without notifications.
    [[nodiscard]] static QString thresholdsText(const BudgetStatus &status, const QLocale &locale);
    // The run-out date, "Not this period" or "—".
    [[nodiscard]] static QString runOutText(const BudgetStatus &status, const QLocale &locale);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Budget budget;
        QList<Notification> notifications;
        BudgetStatus status;
    };

    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant raw(const Row &row, int column) const;

    QList<Row> m_rows;
    QString m_projectTagKey = QStringLiteral("Project");
    QString m_teamTagKey = QStringLiteral("Team");
    QLocale m_locale;
};

} // namespace Spendscope
