// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetstatus.h"

#include <QTest>

using Spendscope::Budget;
using Spendscope::BudgetStatus;
using Spendscope::BudgetTimeUnit;
using Spendscope::ComparisonOperator;
using Spendscope::Money;
using Spendscope::Notification;
using Spendscope::NotificationType;
using Spendscope::Spend;
using Spendscope::ThresholdType;
using Health = Spendscope::BudgetStatus::Health;

namespace Spendscope {
char *toString(const Money &money)
{
    return QTest::toString(money.toString());
}
} // namespace Spendscope

namespace {

Money usd(const char *text)
{
    return Money::parse(QByteArrayView(text)).value();
}

Budget budget(const char *limit, const char *actual, std::optional<const char *> forecast = std::nullopt,
              BudgetTimeUnit unit = BudgetTimeUnit::Monthly)
{
    Budget b;
    b.name = QStringLiteral("ml-platform");
    b.timeUnit = unit;
    if (limit)
        b.limit = Spend{usd(limit), QStringLiteral("USD")};
    b.actualSpend = Spend{usd(actual), QStringLiteral("USD")};
    if (forecast)
        b.forecastedSpend = Spend{usd(*forecast), QStringLiteral("USD")};
    return b;
}

Notification notification(NotificationType type, double threshold,
                          ComparisonOperator comparison = ComparisonOperator::GreaterThan,
                          std::optional<ThresholdType> thresholdType = std::nullopt)
{
    Notification n;
    n.type = type;
    n.threshold = threshold;
    n.comparison = comparison;
    n.thresholdType = thresholdType;
    return n;
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestBudgetStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("elapsed");
        QTest::newRow("monthly") << int(BudgetTimeUnit::Monthly) << QDate(2026, 2, 10) << QDate(2026, 2, 1)
                                 << QDate(2026, 3, 1) << 10;
        QTest::newRow("monthly-last-day") << int(BudgetTimeUnit::Monthly) << QDate(2026, 2, 28) << QDate(2026, 2, 1)
                                          << QDate(2026, 3, 1) << 28;
        QTest::newRow("quarterly") << int(BudgetTimeUnit::Quarterly) << QDate(2026, 5, 1) << QDate(2026, 4, 1)
                                   << QDate(2026, 7, 1) << 31;
        QTest::newRow("quarterly-q4") << int(BudgetTimeUnit::Quarterly) << QDate(2026, 12, 31)
                                      << QDate(2026, 10, 1) << QDate(2027, 1, 1) << 92;
        QTest::newRow("annually") << int(BudgetTimeUnit::Annually) << QDate(2026, 1, 1) << QDate(2026, 1, 1)
                                  << QDate(2027, 1, 1) << 1;
        QTest::newRow("daily") << int(BudgetTimeUnit::Daily) << QDate(2026, 3, 5) << QDate(2026, 3, 5)
                               << QDate(2026, 3, 6) << 1;
    }

    void periods()
    {
        QFETCH(int, unit);
        QFETCH(QDate, today);
        Budget b = budget("100", "0");
        b.timeUnit = BudgetTimeUnit(unit);
        const BudgetStatus status = BudgetStatus::of(b, {}, today);
        QTEST(status.periodStart, "start");
        QTEST(status.periodEnd, "end");
        QTEST(status.elapsedDays, "elapsed");
    }

    void periodClippedToBudgetDates()
    {
        // A budget that starts mid-month counts from its start; one that ended shows its last period.
        Budget b = budget("100", "10");
        b.periodStart = utc(2026, 2, 15);
        b.periodEnd = utc(2087, 6, 15);
        BudgetStatus status = BudgetStatus::of(b, {}, QDate(2026, 2, 20));
        QCOMPARE(status.periodStart, QDate(2026, 2, 15));
        QCOMPARE(status.periodEnd, QDate(2026, 3, 1));
        QCOMPARE(status.elapsedDays, 6);

        b.periodStart = utc(2025, 1, 1);
        b.periodEnd = utc(2025, 6, 1);
        status = BudgetStatus::of(b, {}, QDate(2026, 2, 20));
        QCOMPARE(status.periodStart, QDate(2025, 5, 1));
        QCOMPARE(status.periodEnd, QDate(2025, 6, 1));
        QCOMPARE(status.elapsedDays, 31);

        // Not started yet: nothing elapsed, no burn rate, no run-out date.
        b.periodStart = utc(2026, 4, 1);
        b.periodEnd = utc(2087, 6, 15);
        status = BudgetStatus::of(b, {}, QDate(2026, 2, 20));
        QCOMPARE(status.periodStart, QDate(2026, 4, 1));
        QCOMPARE(status.elapsedDays, 0);
        QCOMPARE(status.burnRate(), Money());
        QVERIFY(!status.runOutDate);
    }

    void customPeriod()
    {
        Budget b = budget("300", "100", std::nullopt, BudgetTimeUnit::Custom);
        b.periodStart = utc(2026, 1, 1);
        b.periodEnd = utc(2026, 4, 1);
        const BudgetStatus status = BudgetStatus::of(b, {}, QDate(2026, 1, 30));
        QCOMPARE(status.periodStart, QDate(2026, 1, 1));
        QCOMPARE(status.periodEnd, QDate(2026, 4, 1));
        QCOMPARE(status.elapsedDays, 30);
        // 100 in 30 days: 300 after 90 days, on 31 March, the last day of the period.
        QCOMPARE(status.runOutDate, std::optional<QDate>(QDate(2026, 3, 31)));
        QCOMPARE(status.health, Health::AtRisk);
    }

    void health_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("forecast"); // empty: none
        QTest::addColumn<int>("health");
        QTest::newRow("on-track") << QByteArray("1000") << QByteArray("200") << QByteArray("700")
                                  << int(Health::OnTrack);
        QTest::newRow("forecast-over") << QByteArray("1000") << QByteArray("200") << QByteArray("1000.01")
                                       << int(Health::AtRisk);
        QTest::newRow("forecast-equal") << QByteArray("1000") << QByteArray("200") << QByteArray("1000")
                                        << int(Health::OnTrack);
        QTest::newRow("actual-equal") << QByteArray("1000") << QByteArray("1000") << QByteArray("1000")
                                      << int(Health::OnTrack);
        QTest::newRow("actual-over") << QByteArray("1000") << QByteArray("1000.000000001") << QByteArray("900")
                                     << int(Health::Exceeded);
        // Without a forecast the burn rate decides: 10 days of 40 reach 1000 on day 25.
        QTest::newRow("no-forecast-runs-out") << QByteArray("1000") << QByteArray("400") << QByteArray()
                                              << int(Health::AtRisk);
        QTest::newRow("no-forecast-fine") << QByteArray("1000") << QByteArray("300") << QByteArray()
                                          << int(Health::OnTrack);
        QTest::newRow("no-limit") << QByteArray() << QByteArray("300") << QByteArray("5000")
                                  << int(Health::NoLimit);
    }

    void health()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, forecast);
        Budget b = budget(limit.isEmpty() ? nullptr : limit.constData(), actual.constData());
        if (!forecast.isEmpty())
            b.forecastedSpend = Spend{usd(forecast.constData()), QStringLiteral("USD")};
        const BudgetStatus status = BudgetStatus::of(b, {}, QDate(2026, 4, 10)); // 30-day month
        QTEST(int(status.health), "health");
        QCOMPARE(status.hasLimit(), !limit.isEmpty());
        QCOMPARE(status.actual, usd(actual.constData()));
    }

    void runOutDate()
    {
        // 10 days elapsed (1..10 April), 400 spent: 40 a day, 1000 reached on day 25.
        BudgetStatus status = BudgetStatus::of(budget("1000", "400"), {}, QDate(2026, 4, 10));
        QCOMPARE(status.burnRate(), usd("40"));
        QCOMPARE(status.runOutDate, std::optional<QDate>(QDate(2026, 4, 25)));

        // One nano-unit less spent: the limit is reached a day later (ceil, exact).
        status = BudgetStatus::of(budget("1000", "399.999999999"), {}, QDate(2026, 4, 10));
        QCOMPARE(status.runOutDate, std::optional<QDate>(QDate(2026, 4, 26)));

        // Exactly on the last day of the month still runs out within it.
        status = BudgetStatus::of(budget("1000", "333.333333334"), {}, QDate(2026, 4, 10));
        QCOMPARE(status.runOutDate, std::optional<QDate>(QDate(2026, 4, 30)));
        // A little slower: not in this period.
        status = BudgetStatus::of(budget("1000", "333.333333333"), {}, QDate(2026, 4, 10));
        QVERIFY(!status.runOutDate);

        // Already over the limit: the estimated day lies in the past.
        status = BudgetStatus::of(budget("1000", "2000"), {}, QDate(2026, 4, 10));
        QCOMPARE(status.runOutDate, std::optional<QDate>(QDate(2026, 4, 5)));
        QCOMPARE(status.health, Health::Exceeded);

        // No spend, no limit, a zero limit: no date.
        QVERIFY(!BudgetStatus::of(budget("1000", "0"), {}, QDate(2026, 4, 10)).runOutDate);
        QVERIFY(!BudgetStatus::of(budget(nullptr, "500"), {}, QDate(2026, 4, 10)).runOutDate);
        QVERIFY(!BudgetStatus::of(budget("0", "500"), {}, QDate(2026, 4, 10)).runOutDate);

        // Huge amounts do not overflow: 9 billion limit, 1 a day for a year.
        Budget annual = budget("9000000000", "365", std::nullopt, BudgetTimeUnit::Annually);
        status = BudgetStatus::of(annual, {}, QDate(2026, 12, 31));
        QVERIFY(!status.runOutDate);
        QCOMPARE(status.health, Health::OnTrack);
    }

    void percentages()
    {
        const BudgetStatus status = BudgetStatus::of(budget("200", "50", "250"), {}, QDate(2026, 4, 10));
        QCOMPARE(status.actualPercent(), 25.0);
        QCOMPARE(status.forecastPercent(), std::optional<double>(125.0));
        const BudgetStatus noForecast = BudgetStatus::of(budget("200", "50"), {}, QDate(2026, 4, 10));
        QVERIFY(!noForecast.forecastPercent());
        const BudgetStatus noLimit = BudgetStatus::of(budget(nullptr, "50", "250"), {}, QDate(2026, 4, 10));
        QCOMPARE(noLimit.actualPercent(), 0.0);
        QVERIFY(!noLimit.forecastPercent());
    }

    void plannedLimits()
    {
        Budget b = budget(nullptr, "150");
        const auto key = [](int y, int m) { return QDateTime(QDate(y, m, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(); };
        b.plannedLimits.insert(key(2026, 3), Spend{usd("100"), QStringLiteral("USD")});
        b.plannedLimits.insert(key(2026, 4), Spend{usd("200"), QStringLiteral("USD")});
        b.plannedLimits.insert(key(2026, 6), Spend{usd("300"), QStringLiteral("USD")});
        QCOMPARE(BudgetStatus::of(b, {}, QDate(2026, 4, 10)).limit, usd("200"));
        QCOMPARE(BudgetStatus::of(b, {}, QDate(2026, 5, 10)).limit, usd("200")); // still April's
        QCOMPARE(BudgetStatus::of(b, {}, QDate(2026, 9, 10)).limit, usd("300")); // the last stays
        QCOMPARE(BudgetStatus::of(b, {}, QDate(2026, 1, 10)).limit, usd("100")); // before: the first
        QCOMPARE(BudgetStatus::of(b, {}, QDate(2026, 3, 10)).health, Health::Exceeded);
    }

    void thresholds()
    {
        const QList<Notification> notifications{
            notification(NotificationType::Actual, 80),
            notification(NotificationType::Actual, 50),
            notification(NotificationType::Actual, 80, ComparisonOperator::LessThan), // same percentage
            notification(NotificationType::Forecasted, 100),
            notification(NotificationType::Forecasted, 150, ComparisonOperator::GreaterThan,
                         ThresholdType::AbsoluteValue), // 150 of 200: 75 %
        };
        const BudgetStatus status = BudgetStatus::of(budget("200", "120", "210"), notifications, QDate(2026, 4, 10));
        QCOMPARE(status.actualThresholds, (QList<double>{50, 80}));
        QCOMPARE(status.forecastThresholds, (QList<double>{75, 100}));
        QCOMPARE(status.notifications.size(), notifications.size());

        // 120 of 200 = 60 %: over 50, under 80; forecast 210 over 100 % and over 150.
        QVERIFY(!status.triggered(notifications[0]));
        QVERIFY(status.triggered(notifications[1]));
        QVERIFY(status.triggered(notifications[2]));
        QVERIFY(status.triggered(notifications[3]));
        QVERIFY(status.triggered(notifications[4]));
        QCOMPARE(status.thresholdAmount(notifications[0]), std::optional<Money>(usd("160")));
        QCOMPARE(status.thresholdAmount(notifications[4]), std::optional<Money>(usd("150")));
    }

    void triggeredIsExact()
    {
        // 29 % of 100 is exactly 29: as a double, 0.29 × 100 is 28.999999999999996.
        const Notification greater = notification(NotificationType::Actual, 29);
        const Notification equal = notification(NotificationType::Actual, 29, ComparisonOperator::EqualTo);
        BudgetStatus status = BudgetStatus::of(budget("100", "29"), {greater, equal}, QDate(2026, 4, 10));
        QVERIFY(!status.triggered(greater));
        QVERIFY(status.triggered(equal));
        status = BudgetStatus::of(budget("100", "29.000000001"), {greater}, QDate(2026, 4, 10));
        QVERIFY(status.triggered(greater));

        // 33.3 % on a double is read as 33.3, not 33.29999…
        const Notification third = notification(NotificationType::Actual, 33.3, ComparisonOperator::EqualTo);
        status = BudgetStatus::of(budget("1000", "333"), {third}, QDate(2026, 4, 10));
        QVERIFY(status.triggered(third));

        // Forecast notifications without a forecast, percentages without a limit: never.
        const Notification forecasted = notification(NotificationType::Forecasted, 1);
        status = BudgetStatus::of(budget("100", "99"), {forecasted}, QDate(2026, 4, 10));
        QVERIFY(!status.triggered(forecasted));
        status = BudgetStatus::of(budget(nullptr, "99", "500"), {greater}, QDate(2026, 4, 10));
        QVERIFY(!status.triggered(greater));
        QVERIFY(!status.thresholdAmount(greater));
    }

    void thresholdAsMoney()
    {
        QCOMPARE(BudgetStatus::thresholdAsMoney(80), usd("80"));
        QCOMPARE(BudgetStatus::thresholdAsMoney(33.3), usd("33.3"));
        QCOMPARE(BudgetStatus::thresholdAsMoney(0), Money());
        QCOMPARE(BudgetStatus::thresholdAsMoney(1.5e13), Money::fromNanos(std::numeric_limits<qint64>::max()));
        QCOMPARE(BudgetStatus::thresholdAsMoney(std::numeric_limits<double>::quiet_NaN()),
                 Money::fromNanos(std::numeric_limits<qint64>::max()));
    }

    void healthTexts()
    {
        QCOMPARE(BudgetStatus::healthText(Health::OnTrack), QStringLiteral("On track"));
        QCOMPARE(BudgetStatus::healthText(Health::AtRisk), QStringLiteral("At risk"));
        QCOMPARE(BudgetStatus::healthText(Health::Exceeded), QStringLiteral("Exceeded"));
        QCOMPARE(BudgetStatus::healthText(Health::NoLimit), QStringLiteral("No limit"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetStatus)
#include "tst_budgetstatus.moc"
