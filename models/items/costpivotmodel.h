// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>

class QIODevice;

namespace Spendscope {

// The Costs page's table: one row per value of the grouping dimension, then the range's total,
// the share of it, and one column per time bucket. Amounts are exact: DisplayRole is rounded to
// cents for reading, RawValueRole holds the nano-units for sorting (through a proxy; rows come in
// key order), MoneyRole the Money, ExactTextRole the exact decimal text that CSV export writes.
// Empty team and project values are kept as their own "(untagged)" row.
class CostPivotModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPivotModel)
public:
    enum Column {
        KeyColumn,
        TotalColumn,
        ShareColumn,
        FirstBucketColumn, // then one column per bucket, oldest first
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString (key), qint64 nano-units (amounts), double (share)
        MoneyRole,                       // Money, amount columns only
        ExactTextRole,                   // the exact text for CSV: label, Money::toString(), share
        GroupValueRole,                  // QString: the dimension's value of the row ("" = untagged)
        BucketStartRole,                 // QDate: the bucket of an amount column (invalid: total)
    };

    explicit CostPivotModel(QObject *parent = nullptr);
    ~CostPivotModel() override;

    // `result` must be grouped by `dimension` alone, bucketed by `bucket` (None: no bucket columns).
    void setResult(CostCube::Dimension dimension, CostCube::TimeBucket bucket, const CostCube::Result &result);
    void clear();
    void setLocale(const QLocale &locale);
    void setCurrency(const QString &currency);

    [[nodiscard]] CostCube::Dimension dimension() const { return m_dimension; }
    [[nodiscard]] CostCube::TimeBucket bucket() const { return m_bucket; }
    [[nodiscard]] Money total() const { return m_total; }
    [[nodiscard]] Money rowTotal(int row) const { return m_rows.at(row).total; }
    [[nodiscard]] QString groupValue(int row) const { return m_rows.at(row).value; }
    [[nodiscard]] int rowOf(const QString &groupValue) const;
    [[nodiscard]] QDate bucketStart(int column) const;
    [[nodiscard]] int bucketCount() const { return int(m_buckets.size()); }

    // CSV of `shown` (this model or a proxy on it) in its row order: the header, every row with
    // exact decimal amounts, and a total row. RFC 4180 quoting, UTF-8, CRLF line ends.
    [[nodiscard]] static QByteArray toCsv(const QAbstractItemModel *shown);
    static bool writeCsv(const QAbstractItemModel *shown, QIODevice *device);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString value;
        QString label;
        Money total;
        QList<Money> buckets; // per bucket
        QList<bool> present;  // whether the cube had rows for the bucket
    };

    [[nodiscard]] QVariant amountData(const Row &row, int column, int role) const;

    CostCube::Dimension m_dimension = CostCube::Dimension::Team;
    CostCube::TimeBucket m_bucket = CostCube::TimeBucket::None;
    QList<QDate> m_buckets;
    QList<Row> m_rows;
    Money m_total;
    QLocale m_locale;
    QString m_currency = QStringLiteral("USD");
};

} // namespace Spendscope
