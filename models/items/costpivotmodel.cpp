// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/costpivotmodel.h"

#include "analytics/costexplorerquery.h"
#include "domain/percent.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

QString shareText(double share)
{
    return QString::number(share * 100.0, 'f', 2);
}

} // namespace

CostPivotModel::CostPivotModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostPivotModel::~CostPivotModel() = default;

void CostPivotModel::setResult(CostCube::Dimension dimension, CostCube::TimeBucket bucket, const CostCube::Result &result)
{
    beginResetModel();
    m_dimension = dimension;
    m_bucket = bucket;
    m_buckets.clear();
    m_rows.clear();
    m_total = result.totalCost;

    if (bucket != CostCube::TimeBucket::None) {
        for (const CostCube::ResultRow &row : result.rows) {
            if (m_buckets.isEmpty() || m_buckets.constLast() != row.bucketStart)
                m_buckets.append(row.bucketStart); // rows come sorted by bucket
        }
    }
    QHash<QString, int> rowOfValue;
    QHash<QDate, int> columnOfBucket;
    for (int b = 0; b < m_buckets.size(); ++b)
        columnOfBucket.insert(m_buckets.at(b), b);
    for (const CostCube::ResultRow &resultRow : result.rows) {
        const QString value = resultRow.keys.value(0);
        auto it = rowOfValue.constFind(value);
        if (it == rowOfValue.cend()) {
            Row row;
            row.value = value;
            row.label = CostExplorerQuery::valueLabel(dimension, value);
            row.buckets = QList<Money>(m_buckets.size());
            row.present = QList<bool>(m_buckets.size(), false);
            m_rows.append(row);
            it = rowOfValue.insert(value, int(m_rows.size() - 1));
        }
        Row &row = m_rows[*it];
        row.total += resultRow.cost;
        if (bucket != CostCube::TimeBucket::None) {
            const int b = columnOfBucket.value(resultRow.bucketStart);
            row.buckets[b] += resultRow.cost;
            row.present[b] = true;
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.value < b.value; });
    endResetModel();
}

void CostPivotModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_buckets.clear();
    m_total = Money();
    endResetModel();
}

void CostPivotModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CostPivotModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CostPivotModel::rowOf(const QString &groupValue) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value == groupValue)
            return row;
    }
    return -1;
}

QDate CostPivotModel::bucketStart(int column) const
{
    const int b = column - FirstBucketColumn;
    return b >= 0 && b < m_buckets.size() ? m_buckets.at(b) : QDate();
}

int CostPivotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostPivotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBucketColumn + int(m_buckets.size());
}

QVariant CostPivotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == GroupValueRole)
        return row.value;
    if (role == BucketStartRole)
        return bucketStart(column);
    if (column == KeyColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
        case ExactTextRole:
            return row.label;
        case Qt::ToolTipRole:
            //: %1 is a dimension (Team), %2 its value
            return tr("%1: %2. Double-click to drill down.").arg(CostExplorerQuery::dimensionName(m_dimension), row.label);
        default:
            return {};
        }
    }
    if (column == ShareColumn) {
        const double share = row.total.ratioTo(m_total);
        switch (role) {
        case Qt::DisplayRole:
            return Percent::fromShare(share, m_locale);
        case RawValueRole:
            return share;
        case ExactTextRole:
            return shareText(share);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return amountData(row, column, role);
}

QVariant CostPivotModel::amountData(const Row &row, int column, int role) const
{
    const bool isTotal = column == TotalColumn;
    const int b = column - FirstBucketColumn;
    const Money amount = isTotal ? row.total : row.buckets.at(b);
    const bool present = isTotal || row.present.at(b);
    switch (role) {
    case Qt::DisplayRole:
        return present ? amount.format(m_locale, m_currency) : QString();
    case RawValueRole:
        return amount.nanos();
    case MoneyRole:
        return QVariant::fromValue(amount);
    case ExactTextRole:
        return amount.toString();
    case Qt::ToolTipRole: {
        const QString where = isTotal ? tr("Total") : CostExplorerQuery::bucketLabel(m_bucket, m_buckets.at(b));
        //: %1 the group (a team, ...), %2 the period, %3 the exact amount, %4 the currency
        return tr("%1, %2: %3 %4").arg(row.label, where, amount.toString(), m_currency);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CostPivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KeyColumn:
            return CostExplorerQuery::dimensionName(m_dimension);
        case TotalColumn:
            return tr("Total");
        case ShareColumn:
            return tr("Share");
        default:
            return CostExplorerQuery::bucketLabel(m_bucket, bucketStart(section));
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstBucketColumn) {
        const QDate start = bucketStart(section);
        QDate end = start;
        if (m_bucket == CostCube::TimeBucket::Week)
            end = start.addDays(6);
        else if (m_bucket == CostCube::TimeBucket::Month)
            end = start.addMonths(1).addDays(-1);
        return tr("%1 to %2 (UTC)").arg(m_locale.toString(start, QLocale::LongFormat), m_locale.toString(end, QLocale::LongFormat));
    }
    if (role == BucketStartRole)
        return bucketStart(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QByteArray CostPivotModel::toCsv(const QAbstractItemModel *shown)
{
    QByteArray csv;
    const int columns = shown->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column > 0)
            csv += ',';
        csv += csvField(shown->headerData(column, Qt::Horizontal).toString());
    }
    csv += "\r\n";
    QList<Money> totals(columns);
    for (int row = 0; row < shown->rowCount(); ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = shown->index(row, column);
            if (column > 0)
                csv += ',';
            csv += csvField(index.data(ExactTextRole).toString());
            const QVariant money = index.data(MoneyRole);
            if (money.isValid())
                totals[column] += money.value<Money>();
        }
        csv += "\r\n";
    }
    for (int column = 0; column < columns; ++column) {
        if (column > 0)
            csv += ',';
        if (column == KeyColumn)
            csv += csvField(tr("Total"));
        else if (column == ShareColumn)
            csv += shown->rowCount() > 0 ? shareText(1.0).toUtf8() : QByteArray();
        else
            csv += totals.at(column).toString().toUtf8();
    }
    csv += "\r\n";
    return csv;
}

bool CostPivotModel::writeCsv(const QAbstractItemModel *shown, QIODevice *device)
{
    const QByteArray csv = toCsv(shown);
    return device->write(csv) == csv.size();
}

} // namespace Spendscope
