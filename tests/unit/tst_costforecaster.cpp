// SPDX-License-Identifier: GPL-3.0-or-later
#include "costforecaster.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

class TestCostForecaster final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalQuantile_knownValues();
    void forecast_flatSeries_exactMeanNoSpread();
    void forecast_trendAndWeeklyPattern_followed();
    void forecast_intervalWidensWithLevel();
    void forecast_shortHistory_unavailable();
    void forecast_lateStart_usesOnlyDaysSinceFirstUsage();
    void forecast_total_isExactSumOfPeriods();
};

namespace {

std::vector<std::pair<QDate, QDate>> days(QDate from, int count)
{
    std::vector<std::pair<QDate, QDate>> periods;
    for (int i = 0; i < count; ++i)
        periods.emplace_back(from.addDays(i), from.addDays(i + 1));
    return periods;
}

} // namespace

void TestCostForecaster::normalQuantile_knownValues()
{
    QVERIFY(std::abs(CostForecaster::normalQuantile(80) - 1.2815516) < 1e-6);
    QVERIFY(std::abs(CostForecaster::normalQuantile(95) - 1.9599640) < 1e-6);
    QVERIFY(std::abs(CostForecaster::normalQuantile(99) - 2.5758293) < 1e-6);
    QVERIFY(std::abs(CostForecaster::normalQuantile(51) - 0.6903088) < 1e-6);
}

void TestCostForecaster::forecast_flatSeries_exactMeanNoSpread()
{
    const QDate start(2026, 9, 1);
    const std::vector<Money> history(56, *Money::parse(u"12.5"));
    const QDate today = start.addDays(56);
    const auto result = CostForecaster::forecast(history, start, days(today, 3), 80);
    QVERIFY(result);
    QCOMPARE(result->periods.size(), size_t(3));
    for (const CostForecaster::Period &p : result->periods) {
        QCOMPARE(p.mean.toString(), u"12.5"_s);
        QCOMPARE(p.lower, p.mean);
        QCOMPARE(p.upper, p.mean);
    }
    QCOMPARE(result->total.toString(), u"37.5"_s);
}

void TestCostForecaster::forecast_trendAndWeeklyPattern_followed()
{
    // Weekdays 100 + 1/day, weekends a third of that.
    const QDate start(2026, 8, 3); // a Monday
    std::vector<Money> history;
    for (int i = 0; i < 56; ++i) {
        const QDate day = start.addDays(i);
        const double base = 100 + i;
        history.push_back(Money::fromNanos(qint64(std::llround((day.dayOfWeek() >= 6 ? base / 3 : base) * 1e9))));
    }
    const QDate today = start.addDays(56); // a Monday
    const auto result = CostForecaster::forecast(history, start, days(today, 7), 80);
    QVERIFY(result);
    const double monday = result->periods[0].mean.toDouble();
    const double saturday = result->periods[5].mean.toDouble();
    QVERIFY2(monday > 150 && monday < 165, qPrintable(QString::number(monday))); // about 156
    QVERIFY2(saturday < monday / 2, qPrintable(QString::number(saturday)));
    QVERIFY(result->periods[4].mean > result->periods[0].mean); // the trend continues through the week
}

void TestCostForecaster::forecast_intervalWidensWithLevel()
{
    const QDate start(2026, 9, 1);
    std::vector<Money> history;
    for (int i = 0; i < 56; ++i)
        history.push_back(Money::fromUnits(i % 3 == 0 ? 80 : 120));
    const QDate today = start.addDays(56);
    const auto at80 = CostForecaster::forecast(history, start, {{today, today.addDays(30)}}, 80);
    const auto at99 = CostForecaster::forecast(history, start, {{today, today.addDays(30)}}, 99);
    QVERIFY(at80 && at99);
    QCOMPARE(at80->periods[0].mean, at99->periods[0].mean);
    QVERIFY(at80->periods[0].lower < at80->periods[0].mean);
    QVERIFY(at99->periods[0].lower < at80->periods[0].lower);
    QVERIFY(at99->periods[0].upper > at80->periods[0].upper);
    QVERIFY(!at99->periods[0].lower.isNegative());
}

void TestCostForecaster::forecast_shortHistory_unavailable()
{
    const QDate start(2026, 9, 1);
    std::vector<Money> history(56);
    for (size_t i = 56 - 13; i < 56; ++i)
        history[i] = Money::fromUnits(10);
    QVERIFY(!CostForecaster::forecast(history, start, days(start.addDays(56), 1), 80));
    history[56 - 14] = Money::fromUnits(10);
    QVERIFY(CostForecaster::forecast(history, start, days(start.addDays(56), 1), 80));
    QVERIFY(!CostForecaster::forecast(std::vector<Money>(56), start, days(start.addDays(56), 1), 80));
}

void TestCostForecaster::forecast_lateStart_usesOnlyDaysSinceFirstUsage()
{
    // Zeros before the first usage would drag a naive mean down to a third.
    const QDate start(2026, 9, 1);
    std::vector<Money> history(56);
    for (size_t i = 28; i < 56; ++i)
        history[i] = Money::fromUnits(30);
    const auto result = CostForecaster::forecast(history, start, days(start.addDays(56), 1), 80);
    QVERIFY(result);
    QCOMPARE(result->periods[0].mean, Money::fromUnits(30));
}

void TestCostForecaster::forecast_total_isExactSumOfPeriods()
{
    const QDate start(2026, 9, 1);
    std::vector<Money> history;
    for (int i = 0; i < 56; ++i)
        history.push_back(*Money::parse(QString::number(17.123456789 + i * 0.37, 'f', 9)));
    const auto result = CostForecaster::forecast(history, start, days(start.addDays(56), 45), 90);
    QVERIFY(result);
    Money sum;
    for (const CostForecaster::Period &p : result->periods)
        sum += p.mean;
    QCOMPARE(result->total, sum);
}

QTEST_GUILESS_MAIN(TestCostForecaster)
#include "tst_costforecaster.moc"
