// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/costchartmodel.h"

#include "analytics/costexplorerquery.h"

#include <QHash>

#include <algorithm>

namespace Spendscope {

CostChartModel::CostChartModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostChartModel::~CostChartModel() = default;

void CostChartModel::setTopCount(int count)
{
    m_topCount = std::max(1, count);
}

void CostChartModel::setResult(CostCube::Dimension dimension, CostCube::TimeBucket bucket, const CostCube::Result &result)
{
    beginResetModel();
    m_dimension = dimension;
    m_bucket = bucket;
    m_categories.clear();
    m_series.clear();
    m_values.clear();
    m_total = result.totalCost;

    // Categories: the buckets in order (rows come sorted by bucket), or one row for the range.
    QHash<QDate, int> rowOfBucket;
    if (bucket == CostCube::TimeBucket::None) {
        if (!result.rows.isEmpty())
            m_categories.append(QDate());
    } else {
        for (const CostCube::ResultRow &row : result.rows) {
            if (m_categories.isEmpty() || m_categories.constLast() != row.bucketStart) {
                rowOfBucket.insert(row.bucketStart, int(m_categories.size()));
                m_categories.append(row.bucketStart);
            }
        }
    }

    // Series: values by total, largest first (ties by value, so the order is stable).
    QHash<QString, Money> totals;
    for (const CostCube::ResultRow &row : result.rows)
        totals[row.keys.value(0)] += row.cost;
    QStringList ranked = totals.keys();
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        const Money ta = totals.value(a);
        const Money tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    const bool untaggedMatters = dimension == CostCube::Dimension::Team || dimension == CostCube::Dimension::Project;
    QStringList named;
    QStringList rest;
    for (const QString &value : std::as_const(ranked)) {
        if (named.size() < m_topCount || (untaggedMatters && value.isEmpty()))
            named.append(value);
        else
            rest.append(value);
    }
    // An "Other" of one value would hide its name for nothing.
    if (rest.size() == 1)
        named.append(rest.takeFirst());
    QHash<QString, int> columnOfValue;
    for (const QString &value : std::as_const(named)) {
        columnOfValue.insert(value, int(m_series.size()));
        m_series.append({CostExplorerQuery::valueLabel(dimension, value), {value}, false});
    }
    if (!rest.isEmpty()) {
        for (const QString &value : std::as_const(rest))
            columnOfValue.insert(value, int(m_series.size()));
        m_series.append({tr("Other"), rest, true});
    }

    m_values = QList<QList<Money>>(m_categories.size(), QList<Money>(m_series.size()));
    for (const CostCube::ResultRow &row : result.rows) {
        const int r = bucket == CostCube::TimeBucket::None ? 0 : rowOfBucket.value(row.bucketStart);
        m_values[r][columnOfValue.value(row.keys.value(0))] += row.cost;
    }
    endResetModel();
}

void CostChartModel::clear()
{
    beginResetModel();
    m_categories.clear();
    m_series.clear();
    m_values.clear();
    m_total = Money();
    endResetModel();
}

Money CostChartModel::seriesTotal(int column) const
{
    Money sum;
    for (const QList<Money> &row : m_values)
        sum += row.at(column);
    return sum;
}

bool CostChartModel::isUntagged(int column) const
{
    const Series &series = m_series.at(column);
    return !series.other && series.values.size() == 1 && series.values.constFirst().isEmpty();
}

int CostChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CostChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant CostChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Money amount = m_values.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return amount.toDouble();
    case RawValueRole:
        return QVariant::fromValue(amount);
    case SeriesValuesRole:
        return m_series.at(index.column()).values;
    case CategoryStartRole:
        return m_categories.at(index.row());
    case OtherSeriesRole:
        return m_series.at(index.column()).other;
    case ToolTipTextRole:
    case Qt::ToolTipRole:
        //: %1 the series (a team, ...), %2 the period, %3 the exact amount, %4 the currency
        return tr("%1, %2: %3 %4")
            .arg(m_series.at(index.column()).label, CostExplorerQuery::bucketLabel(m_bucket, m_categories.at(index.row())),
                 amount.toString(), m_currency);
    default:
        return {};
    }
}

QVariant CostChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_series.size()) {
        const Series &series = m_series.at(section);
        if (role == Qt::DisplayRole)
            return series.label;
        if (role == Qt::ToolTipRole && series.other) {
            QStringList labels;
            for (const QString &value : series.values)
                labels.append(CostExplorerQuery::valueLabel(m_dimension, value));
            return labels.join(u", ");
        }
        if (role == SeriesValuesRole)
            return series.values;
        if (role == OtherSeriesRole)
            return series.other;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_categories.size()) {
        if (role == Qt::DisplayRole)
            return CostExplorerQuery::bucketLabel(m_bucket, m_categories.at(section));
        if (role == CategoryStartRole)
            return m_categories.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Spendscope
