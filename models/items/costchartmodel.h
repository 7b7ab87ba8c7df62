// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Spendscope {

// Feeds the Costs page's charts (never sorted, never behind a proxy): one row per category (a time
// bucket, or a single "Total" row without buckets), one column per series. Series are the
// `topCount` values with the largest totals, the untagged value whenever it has spend (it is never
// folded away), and "Other" for the rest, so a chart stays readable. DisplayRole is the amount as
// a double for QBarModelMapper and chart builders; RawValueRole keeps the exact Money for
// tooltips and totals. Column headers name the series, row headers the categories.
class CostChartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostChartModel)
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // Money
        SeriesValuesRole,                // QStringList: the dimension values a column sums
        CategoryStartRole,               // QDate: the bucket of a row (invalid without buckets)
        OtherSeriesRole,                 // bool: the column is "Other"
        ToolTipTextRole,                 // QString: series, category and exact amount
    };

    static constexpr int DefaultTopCount = 8;

    explicit CostChartModel(QObject *parent = nullptr);
    ~CostChartModel() override;

    void setTopCount(int count);
    [[nodiscard]] int topCount() const { return m_topCount; }
    void setCurrency(const QString &currency) { m_currency = currency; }

    // `result` must be grouped by `dimension` alone and bucketed by `bucket`.
    void setResult(CostCube::Dimension dimension, CostCube::TimeBucket bucket, const CostCube::Result &result);
    void clear();

    [[nodiscard]] CostCube::Dimension dimension() const { return m_dimension; }
    [[nodiscard]] CostCube::TimeBucket bucket() const { return m_bucket; }
    [[nodiscard]] Money total() const { return m_total; }
    [[nodiscard]] Money value(int row, int column) const { return m_values.at(row).at(column); }
    [[nodiscard]] Money seriesTotal(int column) const;
    [[nodiscard]] QStringList seriesValues(int column) const { return m_series.at(column).values; }
    [[nodiscard]] bool isOther(int column) const { return m_series.at(column).other; }
    [[nodiscard]] bool isUntagged(int column) const;
    [[nodiscard]] QDate categoryStart(int row) const { return m_categories.value(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Series
    {
        QString label;
        QStringList values;
        bool other = false;
    };

    CostCube::Dimension m_dimension = CostCube::Dimension::Team;
    CostCube::TimeBucket m_bucket = CostCube::TimeBucket::None;
    int m_topCount = DefaultTopCount;
    QList<QDate> m_categories; // one invalid date without buckets
    QList<Series> m_series;
    QList<QList<Money>> m_values; // [row][column]
    Money m_total;
    QString m_currency = QStringLiteral("USD");
};

} // namespace Spendscope
