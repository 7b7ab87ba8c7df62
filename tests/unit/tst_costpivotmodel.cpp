// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/costpivotmodel.h"

#include "costfixtures.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;

namespace {

// Three teams over three days; "a, \"quoted\"" needs CSV quoting; untagged spend on day two only.
CostCube makeCube()
{
    CostCube::Builder builder;
    const auto add = [&](QDate day, const QString &team, qint64 nanos) {
        builder.append({day, team, QString(), u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"r"_s, Money::fromNanos(nanos), Money()});
    };
    add(QDate(2026, 11, 2), u"payments"_s, 1'000'000'001);
    add(QDate(2026, 11, 2), u"payments"_s, 2'000'000'000);
    add(QDate(2026, 11, 3), u"payments"_s, 500'000'000);
    add(QDate(2026, 11, 2), u"search"_s, 7'250'000'000);
    add(QDate(2026, 11, 4), u"search"_s, 123'456'789);
    add(QDate(2026, 11, 3), QString(), 40'000'000'000);
    add(QDate(2026, 11, 4), u"a, \"quoted\""_s, 1);
    return builder.build();
}

CostCube::Result query(const CostCube &cube, TimeBucket bucket)
{
    return Test::queryBy(cube, Dimension::Team, bucket);
}

} // namespace

class TestCostPivotModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setResult_rowsPerValueColumnsPerBucket();
    void amounts_displayRawExactTooltip();
    void totals_rowsAndBucketsSumToCubeTotal();
    void noBucket_totalAndShareOnly();
    void proxy_sortsByRawValue();
    void csv_shownOrderExactDecimalsAndTotal();
    void clear_resets();

private:
    CostPivotModel *m_model = nullptr;
    CostCube m_cube;
};

void TestCostPivotModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_cube = makeCube();
    m_model = new CostPivotModel(this);
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestCostPivotModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestCostPivotModel::setResult_rowsPerValueColumnsPerBucket()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setResult(Dimension::Team, TimeBucket::Day, query(m_cube, TimeBucket::Day));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->bucketCount(), 3);
    QCOMPARE(m_model->columnCount(), CostPivotModel::FirstBucketColumn + 3);
    // Key order; the untagged value is a row of its own.
    QCOMPARE(m_model->groupValue(0), QString());
    QCOMPARE(m_model->index(0, CostPivotModel::KeyColumn).data().toString(), u"(untagged)"_s);
    QCOMPARE(m_model->index(0, CostPivotModel::KeyColumn).data(CostPivotModel::GroupValueRole).toString(), QString());
    QCOMPARE(m_model->groupValue(2), u"payments"_s);
    QCOMPARE(m_model->rowOf(u"search"_s), 3);
    QCOMPARE(m_model->rowOf(u"nobody"_s), -1);
    QCOMPARE(m_model->headerData(CostPivotModel::KeyColumn, Qt::Horizontal).toString(), u"Team"_s);
    QCOMPARE(m_model->headerData(CostPivotModel::TotalColumn, Qt::Horizontal).toString(), u"Total"_s);
    QCOMPARE(m_model->headerData(CostPivotModel::FirstBucketColumn, Qt::Horizontal).toString(), u"2 Nov"_s);
    QCOMPARE(m_model->bucketStart(CostPivotModel::FirstBucketColumn + 2), QDate(2026, 11, 4));
    QCOMPARE(m_model->index(2, CostPivotModel::FirstBucketColumn + 1).data(CostPivotModel::BucketStartRole).toDate(),
             QDate(2026, 11, 3));
    QVERIFY(!m_model->bucketStart(CostPivotModel::TotalColumn).isValid());

    m_model->setResult(Dimension::Team, TimeBucket::Week, query(m_cube, TimeBucket::Week));
    QCOMPARE(m_model->bucketCount(), 1);
    QCOMPARE(m_model->headerData(CostPivotModel::FirstBucketColumn, Qt::Horizontal).toString(), u"Week of 2 Nov"_s);
}

void TestCostPivotModel::amounts_displayRawExactTooltip()
{
    m_model->setResult(Dimension::Team, TimeBucket::Day, query(m_cube, TimeBucket::Day));
    const int payments = m_model->rowOf(u"payments"_s);
    const QModelIndex total = m_model->index(payments, CostPivotModel::TotalColumn);
    QCOMPARE(total.data().toString(), u"$3.50"_s);
    QCOMPARE(total.data(CostPivotModel::RawValueRole).toLongLong(), 3'500'000'001LL);
    QCOMPARE(total.data(CostPivotModel::MoneyRole).value<Money>(), Money::fromNanos(3'500'000'001));
    QCOMPARE(total.data(CostPivotModel::ExactTextRole).toString(), u"3.500000001"_s);
    QVERIFY(total.data(Qt::ToolTipRole).toString().contains(u"3.500000001"_s));
    const QModelIndex day2 = m_model->index(payments, CostPivotModel::FirstBucketColumn);
    QCOMPARE(day2.data(CostPivotModel::ExactTextRole).toString(), u"3.000000001"_s);
    // No spend in a bucket: blank, but zero for sorting and export.
    const QModelIndex day4 = m_model->index(payments, CostPivotModel::FirstBucketColumn + 2);
    QCOMPARE(day4.data().toString(), QString());
    QCOMPARE(day4.data(CostPivotModel::RawValueRole).toLongLong(), 0LL);
    QCOMPARE(day4.data(CostPivotModel::ExactTextRole).toString(), u"0"_s);
    const QModelIndex share = m_model->index(m_model->rowOf(QString()), CostPivotModel::ShareColumn);
    QVERIFY(share.data(CostPivotModel::RawValueRole).toDouble() > 0.75);
    QVERIFY(share.data().toString().endsWith(u'%'));
}

void TestCostPivotModel::totals_rowsAndBucketsSumToCubeTotal()
{
    const CostCube::Result result = query(m_cube, TimeBucket::Day);
    m_model->setResult(Dimension::Team, TimeBucket::Day, result);
    QCOMPARE(m_model->total(), result.totalCost);
    QCOMPARE(m_model->total(), Money::fromNanos(50'873'456'791));
    Money rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        rows += m_model->rowTotal(row);
        Money buckets;
        for (int c = CostPivotModel::FirstBucketColumn; c < m_model->columnCount(); ++c)
            buckets += m_model->index(row, c).data(CostPivotModel::MoneyRole).value<Money>();
        QCOMPARE(buckets, m_model->rowTotal(row));
    }
    QCOMPARE(rows, result.totalCost);
}

void TestCostPivotModel::noBucket_totalAndShareOnly()
{
    m_model->setResult(Dimension::Team, TimeBucket::None, query(m_cube, TimeBucket::None));
    QCOMPARE(m_model->columnCount(), int(CostPivotModel::FirstBucketColumn));
    QCOMPARE(m_model->rowCount(), 4);
    double shares = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shares += m_model->index(row, CostPivotModel::ShareColumn).data(CostPivotModel::RawValueRole).toDouble();
    QVERIFY(qAbs(shares - 1.0) < 1e-9);
}

void TestCostPivotModel::proxy_sortsByRawValue()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(CostPivotModel::RawValueRole);
    new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    m_model->setResult(Dimension::Team, TimeBucket::Day, query(m_cube, TimeBucket::Day));
    proxy.sort(CostPivotModel::TotalColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(CostPivotModel::GroupValueRole).toString());
    // $40 untagged, $7.37 search, $3.50 payments, 1 nano: not the text order of "$..." strings.
    QCOMPARE(order, (QStringList{QString(), u"search"_s, u"payments"_s, u"a, \"quoted\""_s}));
    // The result survives a new query (model reset) with the sort kept.
    m_model->setResult(Dimension::Team, TimeBucket::Week, query(m_cube, TimeBucket::Week));
    QCOMPARE(proxy.index(0, 0).data(CostPivotModel::GroupValueRole).toString(), QString());
}

void TestCostPivotModel::csv_shownOrderExactDecimalsAndTotal()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(CostPivotModel::RawValueRole);
    m_model->setResult(Dimension::Team, TimeBucket::Day, query(m_cube, TimeBucket::Day));
    proxy.sort(CostPivotModel::TotalColumn, Qt::AscendingOrder);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(CostPivotModel::writeCsv(&proxy, &buffer));
    const QString csv = QString::fromUtf8(buffer.data());
    const QStringList lines = csv.split(u"\r\n"_s);
    QCOMPARE(lines.size(), 1 + 4 + 1 + 1); // header, rows, total, trailing empty
    QCOMPARE(lines.at(0), u"Team,Total,Share,2 Nov,3 Nov,4 Nov"_s);
    QCOMPARE(lines.at(1), u"\"a, \"\"quoted\"\"\",0.000000001,0.00,0,0,0.000000001"_s);
    QCOMPARE(lines.at(2), u"payments,3.500000001,6.88,3.000000001,0.5,0"_s);
    QCOMPARE(lines.at(3), u"search,7.373456789,14.49,7.25,0,0.123456789"_s);
    QCOMPARE(lines.at(4), u"(untagged),40,78.63,0,40,0"_s);
    QCOMPARE(lines.at(5), u"Total,50.873456791,100.00,10.250000001,40.5,0.12345679"_s);
    QCOMPARE(lines.at(5).section(u',', 1, 1), m_model->total().toString());
    QVERIFY(lines.at(6).isEmpty());
    // The source model itself gives key order.
    const QByteArray plain = CostPivotModel::toCsv(m_model);
    QVERIFY(plain.split('\n').at(1).startsWith("(untagged),40,"));
}

void TestCostPivotModel::clear_resets()
{
    m_model->setResult(Dimension::Team, TimeBucket::Day, query(m_cube, TimeBucket::Day));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CostPivotModel::FirstBucketColumn));
    QVERIFY(m_model->total().isZero());
    QCOMPARE(CostPivotModel::toCsv(m_model), QByteArray("Team,Total,Share\r\nTotal,0,\r\n"));
}

QTEST_GUILESS_MAIN(TestCostPivotModel)
#include "tst_costpivotmodel.moc"
