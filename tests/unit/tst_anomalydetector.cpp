// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/anomalydetector.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <random>
#include <utility>

using namespace Qt::StringLiterals;
using Spendscope::AnomalyDetector;
using Spendscope::Money;

namespace Spendscope {
// Lets QCOMPARE print both amounts of a failed comparison.
char *toString(const Money &money)
{
    return QTest::toString(money.toString());
}
} // namespace Spendscope

namespace {

using Direction = AnomalyDetector::Direction;
using DailyAmount = std::function<Money(QDate)>;

const QDate First(2025, 11, 3); // a Monday
const QDate Last(2026, 1, 31);

QMap<QDate, Money> series(const DailyAmount &amount, QDate first = First, QDate last = Last)
{
    QMap<QDate, Money> daily;
    for (QDate day = first; day <= last; day = day.addDays(1))
        daily.insert(day, amount(day));
    return daily;
}

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}

// Two models with a weekly pattern: weekdays 60 + 40 = 100, weekends 10 + 10 = 20.
AnomalyDetector::EntitySeries seasonalEntity()
{
    AnomalyDetector::EntitySeries entity;
    entity.entity = u"search"_s;
    entity.drivers.insert(u"model-a"_s, series([](QDate day) { return Money::fromUnits(isWeekend(day) ? 10 : 60); }));
    entity.drivers.insert(u"model-b"_s, series([](QDate day) { return Money::fromUnits(isWeekend(day) ? 10 : 40); }));
    return entity;
}

// The entity's total is the sum of its drivers, as the cube would report it.
void sumDrivers(AnomalyDetector::EntitySeries &entity)
{
    entity.daily.clear();
    for (const auto &driver : std::as_const(entity.drivers)) {
        for (auto it = driver.cbegin(); it != driver.cend(); ++it)
            entity.daily[it.key()] += it.value();
    }
}

void addTo(AnomalyDetector::EntitySeries &entity, const QString &driver, QDate day, Money amount)
{
    entity.drivers[driver][day] += amount;
    sumDrivers(entity);
}

} // namespace

class TestAnomalyDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injectedSpike_isTheOnlyAnomaly_data();
    void injectedSpike_isTheOnlyAnomaly();
    void seasonalSeries_weekendDipIsNotAnomalous();
    void gradualTrend_hasNoAnomalies_data();
    void gradualTrend_hasNoAnomalies();
    void drop_isFlaggedAsDrop();
    void newDriver_isNamed();
    void flatZero_hasNoAnomalies();
    void flatNonZero_floorKeepsScoresFinite();
    void minimumExcess_suppressesTinySpikes();
    void minimumHistory_delaysFlagging();
    void threshold_isConfigurable();
    void noisySeries_findsSpikeWithFewFalseAlarms();
    void range_limitsReportedDays();
    void severalEntities_keepTheirOrder();
    void directionText_isTranslatable();
};

void TestAnomalyDetector::injectedSpike_isTheOnlyAnomaly_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<Money>("amount");
    QTest::addColumn<Money>("expected");
    QTest::newRow("wednesday, model-b") << QDate(2026, 1, 14) << u"model-b"_s << Money::fromUnits(150)
                                        << Money::fromUnits(100);
    QTest::newRow("saturday, model-a") << QDate(2026, 1, 10) << u"model-a"_s << Money::fromUnits(45)
                                       << Money::fromUnits(20);
    QTest::newRow("monday, fractional") << QDate(2025, 12, 22) << u"model-a"_s << *Money::parse(u"37.123456789"_s)
                                        << Money::fromUnits(100);
    QTest::newRow("last day") << Last << u"model-b"_s << Money::fromUnits(25) << Money::fromUnits(20);
}

void TestAnomalyDetector::injectedSpike_isTheOnlyAnomaly()
{
    QFETCH(QDate, day);
    QFETCH(QString, driver);
    QFETCH(Money, amount);
    QFETCH(Money, expected);
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    addTo(entity, driver, day, amount);

    const auto anomalies = AnomalyDetector().detect(entity);
    QCOMPARE(anomalies.size(), 1);
    const auto &anomaly = anomalies.first();
    QCOMPARE(anomaly.entity, u"search"_s);
    QCOMPARE(anomaly.day, day);
    QCOMPARE(anomaly.direction, Direction::Spike);
    QCOMPARE(anomaly.expected, expected);
    QCOMPARE(anomaly.actual, expected + amount);
    QCOMPARE(anomaly.excess, amount);
    QVERIFY(anomaly.score >= 3.5);
    QCOMPARE(anomaly.driver, driver);
    QCOMPARE(anomaly.driverExcess, amount);
    QCOMPARE(anomaly.driverShare, 1.0);
}

void TestAnomalyDetector::seasonalSeries_weekendDipIsNotAnomalous()
{
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    sumDrivers(entity);
    QVERIFY(AnomalyDetector().detect(entity).isEmpty());

    // The same weekend dip with no weekly pattern before it is flagged: the test can fail.
    AnomalyDetector::EntitySeries flat;
    flat.daily = series([](QDate) { return Money::fromUnits(100); });
    flat.daily.insert(QDate(2026, 1, 17), Money::fromUnits(20));
    const auto anomalies = AnomalyDetector().detect(flat);
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().day, QDate(2026, 1, 17));
    QCOMPARE(anomalies.first().direction, Direction::Drop);
}

void TestAnomalyDetector::gradualTrend_hasNoAnomalies_data()
{
    QTest::addColumn<bool>("multiplicative");
    QTest::addColumn<int>("percentPerWeek");
    QTest::newRow("additive growth") << false << 5;
    QTest::newRow("additive decline") << false << -1; // steeper would take weekends below zero
    QTest::newRow("multiplicative growth") << true << 5;
    QTest::newRow("multiplicative decline") << true << -3;
}

void TestAnomalyDetector::gradualTrend_hasNoAnomalies()
{
    QFETCH(bool, multiplicative);
    QFETCH(int, percentPerWeek);
    // A trend of percentPerWeek of the weekday level per week over three months, on the weekly pattern.
    AnomalyDetector::EntitySeries entity;
    entity.entity = u"growing"_s;
    const QDate last = First.addDays(119);
    entity.daily = series(
        [&](QDate day) {
            const qint64 t = First.daysTo(day);
            const qint64 base = Money::fromUnits(isWeekend(day) ? 20 : 100).nanos();
            const qint64 trend = (multiplicative ? base : Money::fromUnits(100).nanos()) * percentPerWeek * t / 700;
            return Money::fromNanos(base + trend);
        },
        First, last);
    const auto anomalies = AnomalyDetector().detect(entity);
    QVERIFY2(anomalies.isEmpty(),
             qPrintable(anomalies.isEmpty() ? QString() : anomalies.first().day.toString(Qt::ISODate)));
}

void TestAnomalyDetector::drop_isFlaggedAsDrop()
{
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    entity.drivers[u"model-a"_s][QDate(2026, 1, 20)] = Money();
    sumDrivers(entity);
    const auto anomalies = AnomalyDetector().detect(entity);
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().day, QDate(2026, 1, 20));
    QCOMPARE(anomalies.first().direction, Direction::Drop);
    QCOMPARE(anomalies.first().actual, Money::fromUnits(40));
    QCOMPARE(anomalies.first().expected, Money::fromUnits(100));
    QCOMPARE(anomalies.first().excess, Money::fromUnits(-60));
    QVERIFY(anomalies.first().score <= -3.5);
    QCOMPARE(anomalies.first().driver, u"model-a"_s);
    QCOMPARE(anomalies.first().driverExcess, Money::fromUnits(-60));
    QCOMPARE(anomalies.first().driverShare, 1.0);
}

void TestAnomalyDetector::newDriver_isNamed()
{
    // A model nobody used before appears for one day, while model-b dips a little the same day:
    // the new model explains more than all of the excess.
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    entity.drivers.insert(u"anthropic.new-model"_s, {{QDate(2026, 1, 8), Money::fromUnits(80)}});
    entity.drivers[u"model-b"_s][QDate(2026, 1, 8)] = Money::fromUnits(20);
    sumDrivers(entity);
    const auto anomalies = AnomalyDetector().detect(entity);
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().excess, Money::fromUnits(60));
    QCOMPARE(anomalies.first().driver, u"anthropic.new-model"_s);
    QCOMPARE(anomalies.first().driverExcess, Money::fromUnits(80));
    QCOMPARE(anomalies.first().driverShare, 80.0 / 60.0);
}

void TestAnomalyDetector::flatZero_hasNoAnomalies()
{
    AnomalyDetector::EntitySeries entity;
    entity.daily = series([](QDate) { return Money(); });
    entity.drivers.insert(u"model-a"_s, entity.daily);
    QVERIFY(AnomalyDetector().detect(entity).isEmpty());

    // Only one key: every other day is a zero day, and still nothing explodes.
    AnomalyDetector::EntitySeries sparse;
    sparse.daily.insert(First, Money());
    QVERIFY(AnomalyDetector().detect(sparse, {}, Last).isEmpty());
    QVERIFY(AnomalyDetector().detect(AnomalyDetector::EntitySeries()).isEmpty());
}

void TestAnomalyDetector::flatNonZero_floorKeepsScoresFinite()
{
    // MAD is zero on a flat series; the floor (5% of 50 = 2.5) turns a +10 day into score 4.
    AnomalyDetector::EntitySeries entity;
    entity.daily = series([](QDate) { return Money::fromUnits(50); });
    QVERIFY(AnomalyDetector().detect(entity).isEmpty());
    entity.daily.insert(QDate(2026, 1, 5), Money::fromUnits(60));
    const auto anomalies = AnomalyDetector().detect(entity);
    QCOMPARE(anomalies.size(), 1);
    QVERIFY(std::isfinite(anomalies.first().score));
    QCOMPARE(anomalies.first().score, 4.0);
    QVERIFY(anomalies.first().driver.isEmpty());
}

void TestAnomalyDetector::minimumExcess_suppressesTinySpikes()
{
    // A tiny entity: 0.10 a day, one day 0.60. Five hundred robust deviations, but half a dollar.
    AnomalyDetector::EntitySeries entity;
    entity.daily = series([](QDate) { return *Money::parse(u"0.1"_s); });
    entity.daily.insert(QDate(2026, 1, 7), *Money::parse(u"0.6"_s));
    QVERIFY(AnomalyDetector().detect(entity).isEmpty());

    AnomalyDetector::Options options;
    options.minimumExcess = *Money::parse(u"0.25"_s);
    const auto anomalies = AnomalyDetector(options).detect(entity);
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().excess, *Money::parse(u"0.5"_s));
}

void TestAnomalyDetector::minimumHistory_delaysFlagging()
{
    // Day 18 has only 18 days of history: not flagged, and it must not haunt its weekday later.
    AnomalyDetector::EntitySeries early;
    early.daily = series([](QDate) { return Money::fromUnits(50); });
    early.daily.insert(First.addDays(18), Money::fromUnits(150));
    QVERIFY(AnomalyDetector().detect(early).isEmpty());

    // Day 21 has three same-weekday values before it: flagged.
    AnomalyDetector::EntitySeries enough;
    enough.daily = series([](QDate) { return Money::fromUnits(50); });
    enough.daily.insert(First.addDays(21), Money::fromUnits(150));
    const auto anomalies = AnomalyDetector().detect(enough);
    QCOMPARE(anomalies.size(), 1);
    QCOMPARE(anomalies.first().day, First.addDays(21));

    AnomalyDetector::Options options;
    options.minHistoryDays = 28;
    QVERIFY(AnomalyDetector(options).detect(enough).isEmpty());
}

void TestAnomalyDetector::threshold_isConfigurable()
{
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    addTo(entity, u"model-a"_s, QDate(2026, 1, 14), Money::fromUnits(20)); // score 20 / 5 = 4
    QCOMPARE(AnomalyDetector().detect(entity).size(), 1);
    AnomalyDetector::Options options;
    options.threshold = 4.5;
    QVERIFY(AnomalyDetector(options).detect(entity).isEmpty());
}

void TestAnomalyDetector::noisySeries_findsSpikeWithFewFalseAlarms()
{
    // Weekly pattern, slow growth and Gaussian noise (σ = 5) with one spike of 60 (12σ), over
    // many generated series: every spike is found, and other days are rarely flagged.
    constexpr int Series = 50;
    const QDate last = First.addDays(179);
    const QDate spikeDay(2026, 2, 11);
    std::mt19937 rng(4242);
    std::normal_distribution<double> noise(0.0, 5.0);
    int falseAlarms = 0;
    for (int s = 0; s < Series; ++s) {
        AnomalyDetector::EntitySeries entity;
        entity.daily = series(
            [&](QDate day) {
                const double level = (isWeekend(day) ? 30.0 : 100.0) * (1.0 + 0.002 * double(First.daysTo(day)));
                const double spike = day == spikeDay ? 60.0 : 0.0;
                return Money::fromNanos(qint64((level + spike + noise(rng)) * 1e9));
            },
            First, last);
        bool found = false;
        for (const auto &anomaly : AnomalyDetector().detect(entity)) {
            if (anomaly.day == spikeDay && anomaly.direction == Direction::Spike)
                found = true;
            else
                ++falseAlarms;
        }
        QVERIFY2(found, qPrintable(u"series %1"_s.arg(s)));
    }
    // 159 judged days per series. A normal tail beyond 3.5σ alone gives 0.05%; a MAD estimated
    // from 28 noisy days adds some; 1% would mean the scale is systematically too small.
    const double rate = double(falseAlarms) / (Series * 159.0);
    qInfo("false alarm rate: %.4f (%d days)", rate, falseAlarms);
    QVERIFY2(rate < 0.01, qPrintable(QString::number(rate)));
}

void TestAnomalyDetector::range_limitsReportedDays()
{
    AnomalyDetector::EntitySeries entity = seasonalEntity();
    // Two spikes on the same weekday two weeks apart: the median of five weeks ignores both.
    addTo(entity, u"model-a"_s, QDate(2026, 1, 7), Money::fromUnits(100));
    addTo(entity, u"model-b"_s, QDate(2026, 1, 21), Money::fromUnits(100));
    QCOMPARE(AnomalyDetector().detect(entity).size(), 2);
    const auto late = AnomalyDetector().detect(entity, QDate(2026, 1, 8));
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().day, QDate(2026, 1, 21));
    const auto early = AnomalyDetector().detect(entity, {}, QDate(2026, 1, 20));
    QCOMPARE(early.size(), 1);
    QCOMPARE(early.first().day, QDate(2026, 1, 7));
    // Days after the last key up to `to` are zero days: a sudden stop is a drop.
    const auto stopped = AnomalyDetector().detect(entity, QDate(2026, 2, 1), QDate(2026, 2, 3));
    QCOMPARE(stopped.size(), 3); // Sunday (expected 20), Monday and Tuesday (expected 100)
    for (const auto &anomaly : stopped)
        QCOMPARE(anomaly.direction, Direction::Drop);
}

void TestAnomalyDetector::severalEntities_keepTheirOrder()
{
    AnomalyDetector::EntitySeries a = seasonalEntity();
    a.entity = u"b-team"_s;
    addTo(a, u"model-a"_s, QDate(2026, 1, 21), Money::fromUnits(100));
    AnomalyDetector::EntitySeries b = seasonalEntity();
    b.entity = u"a-team"_s;
    addTo(b, u"model-b"_s, QDate(2026, 1, 7), Money::fromUnits(100));
    const auto anomalies = AnomalyDetector().detect(QList<AnomalyDetector::EntitySeries>{a, b});
    QCOMPARE(anomalies.size(), 2);
    QCOMPARE(anomalies.at(0).entity, u"b-team"_s);
    QCOMPARE(anomalies.at(1).entity, u"a-team"_s);
    QCOMPARE(anomalies.at(1).driver, u"model-b"_s);
}

void TestAnomalyDetector::directionText_isTranslatable()
{
    QCOMPARE(AnomalyDetector::directionText(Direction::Spike), u"Spike"_s);
    QCOMPARE(AnomalyDetector::directionText(Direction::Drop), u"Drop"_s);
}

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
