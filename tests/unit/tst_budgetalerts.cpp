// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/budgetalerts.h"

#include "aws/inmemorysecretstore.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace Spendscope {
char *toString(const Money &money)
{
    return QTest::toString(money.toString());
}
} // namespace Spendscope

namespace {

const QDate Today(2026, 4, 10);

Money usd(const char *text)
{
    return Money::parse(QByteArrayView(text)).value();
}

Budget budget(const QString &name, const char *limit, const char *actual, const char *forecast = nullptr)
{
    Budget b;
    b.name = name;
    b.limit = Spend{usd(limit), u"USD"_s};
    b.actualSpend = Spend{usd(actual), u"USD"_s};
    if (forecast)
        b.forecastedSpend = Spend{usd(forecast), u"USD"_s};
    return b;
}

Notification alert(NotificationType type, double threshold, ComparisonOperator comparison = ComparisonOperator::GreaterThan,
                   std::optional<ThresholdType> thresholdType = std::nullopt)
{
    Notification n;
    n.type = type;
    n.threshold = threshold;
    n.comparison = comparison;
    n.thresholdType = thresholdType;
    return n;
}

} // namespace

Q_DECLARE_METATYPE(QList<Spendscope::ThresholdCrossing>)

class TestBudgetAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossings_reportsOnlyNewlyMetConditions()
    {
        const Notification at50 = alert(NotificationType::Actual, 50);
        const Notification at80 = alert(NotificationType::Actual, 80);
        const Notification forecast100 = alert(NotificationType::Forecasted, 100);
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {at50, at80, forecast100}}};

        // 60 → 85 of 100: 80 % newly crossed, 50 % was already; forecast 90 → 120 crosses 100 %.
        const QList<ThresholdCrossing> found = BudgetAlerts::crossings({budget(u"ml"_s, "100", "60", "90")},
                                                                       {budget(u"ml"_s, "100", "85", "120")},
                                                                       notifications, Today);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].budgetName, u"ml"_s);
        QCOMPARE(found[0].notification, at80);
        QCOMPARE(found[0].measured, usd("85"));
        QCOMPARE(found[0].threshold, usd("80"));
        QCOMPARE(found[0].limit, usd("100"));
        QCOMPARE(found[0].unit, u"USD"_s);
        QCOMPARE(found[1].notification, forecast100);
        QCOMPARE(found[1].measured, usd("120"));
        QCOMPARE(found[1].threshold, usd("100"));
    }

    void crossings_isExactAtTheThreshold()
    {
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {alert(NotificationType::Actual, 80)}}};
        // Reaching the threshold exactly is not "greater than"; one nano-unit more is.
        QVERIFY(BudgetAlerts::crossings({budget(u"ml"_s, "100", "1")}, {budget(u"ml"_s, "100", "80")}, notifications, Today)
                    .isEmpty());
        QCOMPARE(BudgetAlerts::crossings({budget(u"ml"_s, "100", "80")}, {budget(u"ml"_s, "100", "80.000000001")},
                                         notifications, Today)
                     .size(),
                 1);
    }

    void crossings_ignoresNewBudgetsDropsAndUnwatchedBudgets()
    {
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {alert(NotificationType::Actual, 80)}},
                                                                {u"new"_s, {alert(NotificationType::Actual, 10)}}};
        // A budget first seen now, a budget whose spend fell (a new period), one without notifications.
        const QList<ThresholdCrossing> found = BudgetAlerts::crossings(
            {budget(u"ml"_s, "100", "95"), budget(u"quiet"_s, "100", "1")},
            {budget(u"ml"_s, "100", "5"), budget(u"new"_s, "100", "99"), budget(u"quiet"_s, "100", "500")}, notifications,
            Today);
        QVERIFY(found.isEmpty());
    }

    void crossings_followsLimitChangesAndAbsoluteThresholds()
    {
        const Notification absolute = alert(NotificationType::Actual, 150, ComparisonOperator::GreaterThan,
                                            ThresholdType::AbsoluteValue);
        const Notification percent = alert(NotificationType::Actual, 100);
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {absolute, percent}}};
        // The limit was lowered elsewhere (the console): 120 of 200 becomes 120 of 100.
        const QList<ThresholdCrossing> found = BudgetAlerts::crossings({budget(u"ml"_s, "200", "120")},
                                                                       {budget(u"ml"_s, "100", "160")}, notifications,
                                                                       Today);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].threshold, usd("150"));
        QCOMPARE(found[1].threshold, usd("100"));
    }

    void crossings_lessThanIsACrossingToo()
    {
        const Notification below = alert(NotificationType::Forecasted, 20, ComparisonOperator::LessThan);
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {below}}};
        QCOMPARE(BudgetAlerts::crossings({budget(u"ml"_s, "100", "10", "50")}, {budget(u"ml"_s, "100", "10", "15")},
                                         notifications, Today)
                     .size(),
                 1);
    }

    void describe_namesBudgetAmountsAndThreshold()
    {
        ThresholdCrossing c;
        c.budgetName = u"ml-platform"_s;
        c.notification = alert(NotificationType::Actual, 80);
        c.unit = u"USD"_s;
        c.limit = usd("1000");
        c.measured = usd("812.4");
        c.threshold = usd("800");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString text = BudgetAlerts::describe(c, en);
        QVERIFY2(text.contains(u"ml-platform"_s), qPrintable(text));
        QVERIFY2(text.contains(usd("812.4").format(en, u"USD"_s)), qPrintable(text));
        QVERIFY2(text.contains(usd("800").format(en, u"USD"_s)), qPrintable(text));
        QVERIFY2(text.contains(usd("1000").format(en, u"USD"_s)), qPrintable(text));
        QVERIFY2(text.contains(u"80%"_s), qPrintable(text));
        c.notification.type = NotificationType::Forecasted;
        QVERIFY(BudgetAlerts::describe(c, en).contains(u"forecast"_s));
    }

    void flow_comparesSnapshotWithTheNextRead()
    {
        QNetworkAccessManager network;
        InMemorySecretStore secrets;
        Workspace workspace(&network, &secrets);
        BudgetAlerts alerts(&workspace);
        QSignalSpy crossed(&alerts, &BudgetAlerts::thresholdsCrossed);
        const QHash<QString, QList<Notification>> notifications{{u"ml"_s, {alert(NotificationType::Actual, 80)}}};

        // Without a sync in progress nothing is compared.
        alerts.finishSync({budget(u"ml"_s, "100", "90")}, notifications, Today);
        QCOMPARE(crossed.size(), 0);

        alerts.beginSync({budget(u"ml"_s, "100", "70")});
        QVERIFY(alerts.isWaitingForSync());
        alerts.finishSync({budget(u"ml"_s, "100", "90")}, notifications, Today);
        QVERIFY(!alerts.isWaitingForSync());
        QCOMPARE(crossed.size(), 1);
        const auto found = crossed.constFirst().constFirst().value<QList<ThresholdCrossing>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().measured, usd("90"));
        QCOMPARE(alerts.lastCrossings().size(), 1);

        // The next sync compares with the budgets as they were then: nothing new.
        alerts.beginSync({budget(u"ml"_s, "100", "90")});
        alerts.finishSync({budget(u"ml"_s, "100", "95")}, notifications, Today);
        QCOMPARE(crossed.size(), 1);
        QVERIFY(alerts.lastCrossings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetAlerts)
#include "tst_budgetalerts.moc"
