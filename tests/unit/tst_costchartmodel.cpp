// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/costchartmodel.h"

#include "costfixtures.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;
using Test::queryBy;

namespace {

// Twelve projects p01..p12 (p01 spends least), on two days; a little untagged spend, less than
// any project, which must still keep a series of its own.
CostCube makeCube()
{
    CostCube::Builder builder;
    for (int p = 1; p <= 12; ++p) {
        const QString project = u"p%1"_s.arg(p, 2, 10, QLatin1Char('0'));
        for (int d = 1; d <= 2; ++d) {
            builder.append({QDate(2026, 11, d), QString(), project, u"m%1"_s.arg(p % 3), u"prov"_s, u"input"_s,
                            u"standard"_s, u"r"_s, Money::fromNanos(qint64(p) * 1'000'000'000 + d), Money()});
        }
    }
    builder.append({QDate(2026, 11, 2), QString(), QString(), u"m0"_s, u"prov"_s, u"input"_s, u"standard"_s, u"r"_s,
                    Money::fromNanos(7), Money()});
    return builder.build();
}

} // namespace

class TestCostChartModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void topSeries_untaggedKept_restInOther();
    void values_doubleForMappers_exactMoneyRaw();
    void totals_equalCubeTotal();
    void fewValues_noOther();
    void oneLeftOver_namedNotOther();
    void noBucket_oneCategory();
    void clear_resets();

private:
    CostChartModel *m_model = nullptr;
    CostCube m_cube;
};

void TestCostChartModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_cube = makeCube();
    m_model = new CostChartModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestCostChartModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestCostChartModel::topSeries_untaggedKept_restInOther()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setResult(Dimension::Project, TimeBucket::Day, queryBy(m_cube, Dimension::Project, TimeBucket::Day));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    // p12..p05 (8 largest), (untagged), Other = p04..p01.
    QCOMPARE(m_model->columnCount(), 10);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"p12"_s);
    QCOMPARE(m_model->headerData(7, Qt::Horizontal).toString(), u"p05"_s);
    QCOMPARE(m_model->headerData(8, Qt::Horizontal).toString(), u"(untagged)"_s);
    QVERIFY(m_model->isUntagged(8));
    QCOMPARE(m_model->headerData(9, Qt::Horizontal).toString(), u"Other"_s);
    QVERIFY(m_model->isOther(9));
    QVERIFY(m_model->index(0, 9).data(CostChartModel::OtherSeriesRole).toBool());
    QCOMPARE(m_model->seriesValues(9), (QStringList{u"p04"_s, u"p03"_s, u"p02"_s, u"p01"_s}));
    QCOMPARE(m_model->headerData(9, Qt::Horizontal, Qt::ToolTipRole).toString(), u"p04, p03, p02, p01"_s);
    QCOMPARE(m_model->seriesValues(0), QStringList{u"p12"_s});
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), u"2 Nov"_s);
    QCOMPARE(m_model->categoryStart(1), QDate(2026, 11, 2));
    QCOMPARE(m_model->index(1, 0).data(CostChartModel::CategoryStartRole).toDate(), QDate(2026, 11, 2));

    m_model->setTopCount(3);
    m_model->setResult(Dimension::Project, TimeBucket::Day, queryBy(m_cube, Dimension::Project, TimeBucket::Day));
    QCOMPARE(m_model->columnCount(), 5); // p12, p11, p10, (untagged), Other
    QCOMPARE(m_model->seriesValues(4).size(), 9);
}

void TestCostChartModel::values_doubleForMappers_exactMoneyRaw()
{
    m_model->setResult(Dimension::Project, TimeBucket::Day, queryBy(m_cube, Dimension::Project, TimeBucket::Day));
    const QModelIndex p12Day2 = m_model->index(1, 0);
    QCOMPARE(p12Day2.data().typeId(), QMetaType::Double);
    QCOMPARE(p12Day2.data().toDouble(), 12.000000002);
    QCOMPARE(p12Day2.data(CostChartModel::RawValueRole).value<Money>(), Money::fromNanos(12'000'000'002));
    QVERIFY(p12Day2.data(Qt::ToolTipRole).toString().contains(u"12.000000002"_s));
    QVERIFY(p12Day2.data(CostChartModel::ToolTipTextRole).toString().contains(u"p12"_s));
    // Other sums its values exactly: p01..p04 on day 1.
    QCOMPARE(m_model->value(0, 9), Money::fromNanos(10'000'000'004));
    // Untagged spent nothing on day 1.
    QCOMPARE(m_model->value(0, 8), Money());
    QCOMPARE(m_model->value(1, 8), Money::fromNanos(7));
}

void TestCostChartModel::totals_equalCubeTotal()
{
    const CostCube::Result result = queryBy(m_cube, Dimension::Project, TimeBucket::Day);
    m_model->setResult(Dimension::Project, TimeBucket::Day, result);
    QCOMPARE(m_model->total(), result.totalCost);
    Money cells;
    Money series;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        series += m_model->seriesTotal(c);
        for (int r = 0; r < m_model->rowCount(); ++r)
            cells += m_model->index(r, c).data(CostChartModel::RawValueRole).value<Money>();
    }
    QCOMPARE(cells, result.totalCost);
    QCOMPARE(series, result.totalCost);
}

void TestCostChartModel::fewValues_noOther()
{
    m_model->setResult(Dimension::Model, TimeBucket::Week, queryBy(m_cube, Dimension::Model, TimeBucket::Week));
    QCOMPARE(m_model->rowCount(), 2); // Sunday 1 Nov ends the week of 26 Oct
    QCOMPARE(m_model->columnCount(), 3);
    for (int c = 0; c < 3; ++c)
        QVERIFY(!m_model->isOther(c));
    // Largest first: m0 has p3, p6, p9, p12 and the untagged row.
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"m0"_s);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), u"Week of 26 Oct"_s);
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), u"Week of 2 Nov"_s);
}

void TestCostChartModel::oneLeftOver_namedNotOther()
{
    m_model->setTopCount(2);
    m_model->setResult(Dimension::Model, TimeBucket::Day, queryBy(m_cube, Dimension::Model, TimeBucket::Day));
    QCOMPARE(m_model->columnCount(), 3);
    QVERIFY(!m_model->isOther(2));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"m1"_s);
}

void TestCostChartModel::noBucket_oneCategory()
{
    const CostCube::Result result = queryBy(m_cube, Dimension::Model, TimeBucket::None);
    m_model->setResult(Dimension::Model, TimeBucket::None, result);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), u"Total"_s);
    QVERIFY(!m_model->categoryStart(0).isValid());
    Money sum;
    for (int c = 0; c < m_model->columnCount(); ++c)
        sum += m_model->value(0, c);
    QCOMPARE(sum, result.totalCost);
}

void TestCostChartModel::clear_resets()
{
    m_model->setResult(Dimension::Project, TimeBucket::Day, queryBy(m_cube, Dimension::Project, TimeBucket::Day));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
    QVERIFY(m_model->total().isZero());
    m_model->setResult(Dimension::Project, TimeBucket::None, CostCube::Result());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestCostChartModel)
#include "tst_costchartmodel.moc"
