// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/monthendforecaster.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using Spendscope::Money;
using Spendscope::MonthEndForecaster;

namespace Spendscope {
// Lets QCOMPARE print both amounts of a failed comparison.
char *toString(const Money &money)
{
    return QTest::toString(money.toString());
}
} // namespace Spendscope

namespace {

using DailyAmount = std::function<Money(QDate)>;

QMap<QDate, Money> series(QDate first, QDate last, const DailyAmount &amount)
{
    QMap<QDate, Money> daily;
    for (QDate day = first; day <= last; day = day.addDays(1))
        daily.insert(day, amount(day));
    return daily;
}

// The exact month total of a generator: what the forecast is aiming at.
Money monthTotal(QDate today, const DailyAmount &amount)
{
    Money total;
    for (QDate day(today.year(), today.month(), 1); day.month() == today.month(); day = day.addDays(1))
        total += amount(day);
    return total;
}

Money weeklySeasonal(QDate day)
{
    return Money::fromUnits(day.dayOfWeek() >= 6 ? 20 : 100);
}

void verifyInvariants(const MonthEndForecaster::Forecast &forecast)
{
    QVERIFY2(forecast.lower >= forecast.monthToDate, qPrintable(forecast.lower.toString()));
    QVERIFY2(forecast.lower <= forecast.expectedTotal, qPrintable(forecast.lower.toString()));
    QVERIFY2(forecast.expectedTotal <= forecast.upper, qPrintable(forecast.upper.toString()));
    QCOMPARE(forecast.expectedTotal, forecast.monthToDate + forecast.forecastRemaining);
}

const QDate HistoryStart(2025, 11, 3);

} // namespace

class TestMonthEndForecaster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantSeries_isExactRunRate_data();
    void constantSeries_isExactRunRate();
    void weeklySeasonal_isExact_data();
    void weeklySeasonal_isExact();
    void linearTrend_isCloseAndInsideInterval_data();
    void linearTrend_isCloseAndInsideInterval();
    void noisySeries_intervalCoverageIsCalibrated();
    void noisySeries_invariantsHold();
    void monthToDate_isExactAndIgnoresOtherMonths();
    void oneOffSpike_barelyMovesTheForecast();
    void shortHistory_isFlaggedRunRate();
    void emptySeries_isZeroAndFlagged();
    void lastDayOfMonth_isComplete();
    void history_isCappedAtOption();
    void costExplorer_isComparedAsMonthTotals();
    void basisText_namesHistoryDays();
};

void TestMonthEndForecaster::constantSeries_isExactRunRate_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("first of month") << QDate(2026, 3, 1);
    QTest::newRow("mid month") << QDate(2026, 3, 14);
    QTest::newRow("day before end") << QDate(2026, 3, 30);
    QTest::newRow("february") << QDate(2026, 2, 10);
}

void TestMonthEndForecaster::constantSeries_isExactRunRate()
{
    QFETCH(QDate, today);
    const Money perDay = *Money::parse(u"12.345678901"_s);
    const auto daily = series(HistoryStart, today, [&](QDate) { return perDay; });
    const auto forecast = MonthEndForecaster().forecast(daily, today);

    const int remaining = int(today.daysTo(QDate(today.year(), today.month(), today.daysInMonth())));
    QCOMPARE(forecast.basis, MonthEndForecaster::Basis::SeasonalTrend);
    QVERIFY(!forecast.insufficientHistory);
    QCOMPARE(forecast.remainingDays, remaining);
    QCOMPARE(forecast.monthToDate, perDay.multipliedBy(today.day()));
    QCOMPARE(forecast.forecastRemaining, perDay.multipliedBy(remaining));
    QCOMPARE(forecast.expectedTotal, perDay.multipliedBy(today.daysInMonth()));
    // No residuals at all, so no spread: the interval collapses onto the forecast.
    QCOMPARE(forecast.lower, forecast.expectedTotal);
    QCOMPARE(forecast.upper, forecast.expectedTotal);
    verifyInvariants(forecast);
}

void TestMonthEndForecaster::weeklySeasonal_isExact_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("sunday 1st") << QDate(2026, 3, 1);
    QTest::newRow("monday") << QDate(2026, 3, 2);
    QTest::newRow("wednesday") << QDate(2026, 3, 11);
    QTest::newRow("saturday") << QDate(2026, 3, 21);
    QTest::newRow("day before end") << QDate(2026, 3, 30);
    QTest::newRow("february") << QDate(2026, 2, 17);
}

void TestMonthEndForecaster::weeklySeasonal_isExact()
{
    QFETCH(QDate, today);
    const auto forecast = MonthEndForecaster().forecast(series(HistoryStart, today, weeklySeasonal), today);

    QCOMPARE(forecast.basis, MonthEndForecaster::Basis::SeasonalTrend);
    QCOMPARE(forecast.historyDays, 56);
    // The factors are ratios like 100 / (540 / 7) in double; each remaining day (1e11 nanos) is
    // then off by far less than a nano-unit, so the rounded total may differ by at most one
    // nano-unit per remaining day. A naive run rate would be off by tens of units.
    const qint64 tolerance = forecast.remainingDays;
    const qint64 error = forecast.expectedTotal.nanos() - monthTotal(today, weeklySeasonal).nanos();
    QVERIFY2(std::abs(error) <= tolerance, qPrintable(QString::number(error)));
    QVERIFY((forecast.upper - forecast.lower).nanos() <= 2 * tolerance + 2);
    verifyInvariants(forecast);
}

void TestMonthEndForecaster::linearTrend_isCloseAndInsideInterval_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("seasonal");
    QTest::newRow("flat, early") << QDate(2026, 3, 3) << false;
    QTest::newRow("flat, late") << QDate(2026, 3, 25) << false;
    QTest::newRow("seasonal, early") << QDate(2026, 3, 3) << true;
    QTest::newRow("seasonal, mid") << QDate(2026, 3, 15) << true;
    QTest::newRow("seasonal, late") << QDate(2026, 3, 25) << true;
}

void TestMonthEndForecaster::linearTrend_isCloseAndInsideInterval()
{
    QFETCH(QDate, today);
    QFETCH(bool, seasonal);
    // Growing by 1% of the starting level per day, times the weekly pattern if seasonal.
    const DailyAmount amount = [seasonal](QDate day) {
        const auto t = HistoryStart.daysTo(day);
        const qint64 base = seasonal ? weeklySeasonal(day).nanos() : Money::fromUnits(70).nanos();
        return Money::fromNanos(base + base * t / 100);
    };
    const auto forecast = MonthEndForecaster().forecast(series(HistoryStart, today, amount), today);
    const Money truth = monthTotal(today, amount);

    verifyInvariants(forecast);
    QVERIFY2(forecast.lower <= truth && truth <= forecast.upper,
             qPrintable(u"%1 not in [%2, %3]"_s.arg(truth.toString(), forecast.lower.toString(),
                                                    forecast.upper.toString())));
    // A pure trend is extrapolated exactly; with the weekly pattern on top, the centred average
    // is slightly tilted by the trend, which costs well under half a percent.
    QVERIFY2(std::abs(forecast.expectedTotal.ratioTo(truth) - 1.0) < (seasonal ? 0.005 : 1e-9),
             qPrintable(u"%1 vs %2"_s.arg(forecast.expectedTotal.toString(), truth.toString())));
}

void TestMonthEndForecaster::noisySeries_intervalCoverageIsCalibrated()
{
    // Backtests on generated months: weekly pattern, a random growth rate and Gaussian day noise.
    // The truth is the generated month, so an 80% interval must contain it about 80% of the time.
    std::mt19937 rng(20260314);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> growth(-0.003, 0.01);
    std::uniform_int_distribution<int> dayOfMonth(1, 30);
    constexpr int Trials = 400;
    int covered = 0;
    int below = 0;
    for (int trial = 0; trial < Trials; ++trial) {
        const double rate = growth(rng);
        const double sigma = 8.0 + 12.0 * double(trial % 4);
        const QDate today(2026, 3, dayOfMonth(rng));
        QMap<QDate, Money> daily;
        Money truth;
        for (QDate day = HistoryStart; day <= QDate(2026, 3, 31); day = day.addDays(1)) {
            const double trend = 1.0 + rate * double(HistoryStart.daysTo(day));
            const double level = (day.dayOfWeek() >= 6 ? 40.0 : 100.0) * trend;
            const Money amount = Money::fromNanos(qint64(std::max(0.0, level + sigma * noise(rng)) * 1e9));
            if (day <= today)
                daily.insert(day, amount);
            if (day.month() == 3)
                truth += amount;
        }
        const auto forecast = MonthEndForecaster().forecast(daily, today);
        verifyInvariants(forecast);
        if (forecast.lower <= truth && truth <= forecast.upper)
            ++covered;
        else if (truth < forecast.lower)
            ++below;
    }
    const double coverage = double(covered) / Trials;
    qInfo("80%% interval coverage: %.3f (%d of %d misses below)", coverage, below, Trials - covered);
    QVERIFY2(coverage >= 0.65 && coverage <= 0.95, qPrintable(QString::number(coverage)));
    // Misses should not all fall on one side (a biased centre would do that).
    QVERIFY(below > (Trials - covered) / 5);
    QVERIFY(below < (Trials - covered) * 4 / 5);
}

void TestMonthEndForecaster::noisySeries_invariantsHold()
{
    // Spiky, sparse, zero-heavy and credit-bearing series: the ordering guarantees still hold.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> cents(-500, 100'000);
    std::bernoulli_distribution active(0.3);
    for (int trial = 0; trial < 200; ++trial) {
        const QDate today = QDate(2026, 1, 1).addDays(trial);
        QMap<QDate, Money> daily;
        for (QDate day = today.addDays(-(trial % 90)); day <= today; day = day.addDays(1)) {
            if (active(rng))
                daily.insert(day, Money::fromNanos(qint64(cents(rng)) * 10'000'000));
        }
        const auto forecast = MonthEndForecaster().forecast(daily, today);
        verifyInvariants(forecast);
    }
}

void TestMonthEndForecaster::monthToDate_isExactAndIgnoresOtherMonths()
{
    QMap<QDate, Money> daily = series(HistoryStart, QDate(2026, 3, 10), [](QDate) { return Money::fromNanos(1); });
    daily.insert(QDate(2026, 2, 28), Money::fromUnits(1'000'000)); // last month
    daily.insert(QDate(2026, 3, 5), *Money::parse(u"1234.567890123"_s));
    daily.insert(QDate(2026, 3, 11), Money::fromUnits(5'000)); // after today: not yet known
    const auto forecast = MonthEndForecaster().forecast(daily, QDate(2026, 3, 10));
    QCOMPARE(forecast.monthToDate, *Money::parse(u"1234.567890132"_s));
    verifyInvariants(forecast);
}

void TestMonthEndForecaster::oneOffSpike_barelyMovesTheForecast()
{
    const QDate today(2026, 3, 12);
    QMap<QDate, Money> daily = series(HistoryStart, today, weeklySeasonal);
    daily.insert(QDate(2026, 3, 4), Money::fromUnits(5'000));
    const auto forecast = MonthEndForecaster().forecast(daily, today);
    const Money clean = monthTotal(today, weeklySeasonal) + Money::fromUnits(5'000 - 100);
    // A mean-based model would add a fiftieth of the spike to every remaining day (~1,900);
    // the medians and Theil–Sen keep the remaining days within a few units.
    QVERIFY2(std::abs((forecast.expectedTotal - clean).toDouble()) < 20.0,
             qPrintable(forecast.expectedTotal.toString()));
    verifyInvariants(forecast);
}

void TestMonthEndForecaster::shortHistory_isFlaggedRunRate()
{
    const QDate today(2026, 3, 20);
    const auto daily = series(today.addDays(-9), today, [](QDate) { return Money::fromUnits(30); });
    const auto forecast = MonthEndForecaster().forecast(daily, today);
    QVERIFY(forecast.insufficientHistory);
    QCOMPARE(forecast.basis, MonthEndForecaster::Basis::RunRate);
    QCOMPARE(forecast.historyDays, 10);
    QCOMPARE(forecast.monthToDate, Money::fromUnits(300));
    QCOMPARE(forecast.forecastRemaining, Money::fromUnits(30 * 11));
    QCOMPARE(forecast.lower, Money::fromUnits(300 + 15 * 11));
    QCOMPARE(forecast.upper, Money::fromUnits(300 + 60 * 11));
    verifyInvariants(forecast);

    // One day more than the minimum: the seasonal method takes over.
    const auto fourteen = series(today.addDays(-13), today, [](QDate) { return Money::fromUnits(30); });
    const auto enough = MonthEndForecaster().forecast(fourteen, today);
    QVERIFY(!enough.insufficientHistory);
    QCOMPARE(enough.basis, MonthEndForecaster::Basis::SeasonalTrend);
    QCOMPARE(enough.expectedTotal, Money::fromUnits(30 * 14 + 30 * 11));
}

void TestMonthEndForecaster::emptySeries_isZeroAndFlagged()
{
    const auto forecast = MonthEndForecaster().forecast({}, QDate(2026, 3, 20));
    QVERIFY(forecast.insufficientHistory);
    QCOMPARE(forecast.historyDays, 0);
    QCOMPARE(forecast.expectedTotal, Money());
    QCOMPARE(forecast.lower, Money());
    QCOMPARE(forecast.upper, Money());

    // Data only after today is no history either.
    QMap<QDate, Money> future;
    future.insert(QDate(2026, 3, 25), Money::fromUnits(1));
    QCOMPARE(MonthEndForecaster().forecast(future, QDate(2026, 3, 20)).historyDays, 0);
}

void TestMonthEndForecaster::lastDayOfMonth_isComplete()
{
    const QDate today(2026, 2, 28);
    const auto forecast = MonthEndForecaster().forecast(series(HistoryStart, today, weeklySeasonal), today);
    QCOMPARE(forecast.basis, MonthEndForecaster::Basis::MonthComplete);
    QCOMPARE(forecast.remainingDays, 0);
    QCOMPARE(forecast.monthToDate, monthTotal(today, weeklySeasonal));
    QCOMPARE(forecast.forecastRemaining, Money());
    QCOMPARE(forecast.lower, forecast.monthToDate);
    QCOMPARE(forecast.upper, forecast.monthToDate);
}

void TestMonthEndForecaster::history_isCappedAtOption()
{
    const QDate today(2026, 3, 12);
    QCOMPARE(MonthEndForecaster().forecast(series(HistoryStart, today, weeklySeasonal), today).historyDays, 56);
    MonthEndForecaster::Options options;
    options.historyDays = 28;
    QCOMPARE(MonthEndForecaster(options).forecast(series(HistoryStart, today, weeklySeasonal), today).historyDays, 28);
    // Missing days inside the window count as zero days of history, not as no history.
    QMap<QDate, Money> sparse;
    sparse.insert(today.addDays(-20), Money::fromUnits(5));
    sparse.insert(today, Money::fromUnits(5));
    QCOMPARE(MonthEndForecaster().forecast(sparse, today).historyDays, 21);
}

void TestMonthEndForecaster::costExplorer_isComparedAsMonthTotals()
{
    const QDate today(2026, 3, 12);
    const Money perDay = Money::fromUnits(10);
    MonthEndForecaster::ExternalForecast costExplorer;
    costExplorer.mean = Money::fromUnits(200);
    costExplorer.lower = Money::fromUnits(150);
    const auto forecast = MonthEndForecaster().forecast(series(HistoryStart, today, [&](QDate) { return perDay; }),
                                                        today, costExplorer);
    QVERIFY(forecast.costExplorer);
    QCOMPARE(forecast.costExplorer->total, Money::fromUnits(120 + 200));
    QCOMPARE(forecast.costExplorer->lower.value_or(Money()), Money::fromUnits(120 + 150));
    QVERIFY(!forecast.costExplorer->upper);
    QCOMPARE(forecast.costExplorer->difference, Money::fromUnits(310 - 320));
    QVERIFY(!MonthEndForecaster().forecast({}, today).costExplorer);
}

void TestMonthEndForecaster::basisText_namesHistoryDays()
{
    const QDate today(2026, 3, 12);
    const auto forecast = MonthEndForecaster().forecast(series(HistoryStart, today, weeklySeasonal), today);
    QVERIFY(MonthEndForecaster::basisText(forecast).contains(u"56"_s));
    const auto rough = MonthEndForecaster().forecast(series(today.addDays(-2), today, weeklySeasonal), today);
    QVERIFY(MonthEndForecaster::basisText(rough).contains(u"3"_s));
    QVERIFY(MonthEndForecaster::basisText(rough) != MonthEndForecaster::basisText(forecast));
}

QTEST_GUILESS_MAIN(TestMonthEndForecaster)
#include "tst_monthendforecaster.moc"
