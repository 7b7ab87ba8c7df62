// SPDX-License-Identifier: GPL-3.0-or-later
// The production BudgetsClient and StsClient against a SandboxAccount over real HTTP on
// 127.0.0.1: budgets with notifications and subscribers, CalculatedSpend equal to the cost
// engine's exact total for the budget's filter and period, the service's errors, and budgets
// that survive a restart of the account on the same data directory.
#include "api/budgetsclient.h"
#include "api/stsclient.h"
#include "costengine.h"
#include "costfilter.h"
#include "sandboxaccount.h"

#include "jobrunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::CostEngine;
using Spendscope::Sandbox::CostFilter;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

// The sandbox's clock: mid-afternoon on the last day of generated usage.
const QDate Today(2026, 11, 20);
const QDateTime Now(Today, QTime(15, 30), Qt::UTC);

} // namespace

class TestSandboxBudgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void budgetWithNotifications_spendIsTheCostEnginesTotal();
    void notificationsAndSubscribers_roundTrip();
    void serviceErrors_reachTheClient();
    void restart_keepsBudgets();

private:
    std::unique_ptr<SandboxAccount> startAccount(const QString &dataDirectory);
    void connectClients(const SandboxAccount &account);
    [[nodiscard]] static Budget teamBudget(const QString &name, const QString &team);
    [[nodiscard]] static Money engineTotal(const SandboxAccount &account, const Budget &budget, QDate start, QDate end);
    // The team with the most spend this month (some generated teams have none in a given month).
    [[nodiscard]] static QString busiestTeam(const SandboxAccount &account);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<BudgetsClient> m_budgets;
    std::unique_ptr<StsClient> m_sts;
};

void TestSandboxBudgets::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SandboxAccount> TestSandboxBudgets::startAccount(const QString &dataDirectory)
{
    SandboxAccount::Options options;
    options.dataDirectory = dataDirectory;
    options.seed = 7;
    options.scale = Organisation::Scale::Small;
    options.today = Today;
    options.clock = [] { return Now; };
    auto account = std::make_unique<SandboxAccount>(options);
    QString reason;
    if (!account->start(&reason)) {
        qWarning() << "sandbox did not start:" << reason;
        return nullptr;
    }
    return account;
}

void TestSandboxBudgets::connectClients(const SandboxAccount &account)
{
    m_budgets.reset();
    m_sts.reset();
    m_transport = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = account.connection().accessKeyId;
    credentials.secretAccessKey = account.connection().secretAccessKey;
    m_transport->setCredentials(credentials);
    m_transport->setClock([] { return Now; }); // sign with the sandbox's time
    m_transport->setTransferTimeout(std::chrono::seconds(30));
    EndpointConfig config;
    config.region = account.connection().region;
    config.endpointUrl = account.endpointUrl();
    m_budgets = std::make_unique<BudgetsClient>(m_transport.get(), config);
    m_sts = std::make_unique<StsClient>(m_transport.get(), config);
}

Budget TestSandboxBudgets::teamBudget(const QString &name, const QString &team)
{
    Budget budget;
    budget.name = name;
    budget.type = BudgetType::Cost;
    budget.timeUnit = BudgetTimeUnit::Monthly;
    budget.limit = Spend{Money::fromUnits(250), u"USD"_s};
    budget.filterExpression = CostExpression::allOf({CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s}),
                                                     CostExpression::tag(u"user:Team"_s, {team})});
    budget.metrics = {u"UnblendedCost"_s};
    return budget;
}

// What the cost engine (the same ledger Cost Explorer answers from) says the budget's filter
// costs over [start, end).
Money TestSandboxBudgets::engineTotal(const SandboxAccount &account, const Budget &budget, QDate start, QDate end)
{
    const std::optional<CostFilter> filter =
        budget.filterExpression.isEmpty()
        ? std::optional<CostFilter>(CostFilter())
        : CostFilter::fromJson(budget.filterExpression.toJson(), nullptr, CostFilter::Dialect::Budgets);
    if (!filter)
        return Money::fromUnits(-1);
    const CostEngine engine(account.ledger(), account.organisation().costAllocationTags,
                            account.connection().accountId, account.organisation().accountName);
    return engine.total(*filter, start, end).cost;
}

QString TestSandboxBudgets::busiestTeam(const SandboxAccount &account)
{
    QString busiest;
    Money most;
    for (const Organisation::Team &team : account.organisation().teams) {
        const Money total = engineTotal(account, teamBudget(QString(), team.name), QDate(2026, 11, 1), Today.addDays(1));
        if (total > most) {
            most = total;
            busiest = team.name;
        }
    }
    return busiest;
}

void TestSandboxBudgets::budgetWithNotifications_spendIsTheCostEnginesTotal()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    SPENDSCOPE_RUN_OK(identity, m_sts->getCallerIdentity());
    const QString accountId = identity->result().account;
    QCOMPARE(accountId, account->connection().accountId);
    QCOMPARE(identity->result().arn, u"arn:aws:iam::%1:user/%2"_s.arg(accountId, account->connection().userName));

    const QString team = busiestTeam(*account);
    QVERIFY(!team.isEmpty());
    const Budget budget = teamBudget(u"genai-%1-monthly"_s.arg(team), team);
    const QList<NotificationWithSubscribers> notifications{
        {Notification{NotificationType::Actual, ComparisonOperator::GreaterThan, 80, ThresholdType::Percentage, {}},
         {Subscriber{SubscriptionType::Email, u"finops@example.com"_s}}},
        {Notification{NotificationType::Forecasted, ComparisonOperator::GreaterThan, 100, ThresholdType::Percentage, {}},
         {Subscriber{SubscriptionType::Sns, u"arn:aws:sns:us-east-1:%1:budget-alerts"_s.arg(accountId)}}},
    };
    SPENDSCOPE_RUN_OK(created, m_budgets->createBudget(accountId, budget, notifications, {ResourceTag{u"owner"_s, u"finops"_s}}));

    SPENDSCOPE_RUN_OK(described, m_budgets->describeBudget(accountId, budget.name));
    const Budget &b = described->result();
    QCOMPARE(b.name, budget.name);
    QCOMPARE(b.limit, budget.limit);
    QCOMPARE(b.filterExpression, budget.filterExpression);
    QCOMPARE(b.metrics, budget.metrics);
    QCOMPARE(b.periodStart, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(b.periodEnd, QDateTime(QDate(2087, 6, 15), QTime(0, 0), Qt::UTC));
    QCOMPARE(b.lastUpdatedTime, Now);

    // November 1 to today inclusive, exactly what the cost engine sums for the same filter.
    const Money expected = engineTotal(*account, budget, QDate(2026, 11, 1), Today.addDays(1));
    QVERIFY2(expected > Money(), "the team has usage this month");
    QVERIFY(b.actualSpend);
    QCOMPARE(b.actualSpend->amount, expected);
    QCOMPARE(b.actualSpend->unit, u"USD"_s);
    // The straight-line forecast: 20 of November's 30 days have elapsed.
    QVERIFY(b.forecastedSpend);
    QCOMPARE(b.forecastedSpend->amount, expected.multipliedBy(30, 20));
    // Other teams' spend is not counted: the unfiltered total is larger.
    QVERIFY(engineTotal(*account, Budget(), QDate(2026, 11, 1), Today.addDays(1)) > expected);

    SPENDSCOPE_RUN_OK(all, m_budgets->describeBudgets(accountId, 1));
    QCOMPARE(all->result().size(), 1);
    QCOMPARE(all->result().first().actualSpend->amount, expected);

    SPENDSCOPE_RUN_OK(listed, m_budgets->describeNotificationsForBudget(accountId, budget.name));
    QCOMPARE(listed->result().size(), 2);
    QCOMPARE(listed->result().at(0).type, NotificationType::Actual);
    QCOMPARE(listed->result().at(0).threshold, 80.0);
    QCOMPARE(listed->result().at(1).type, NotificationType::Forecasted);
    // The states follow from the spend and the limit.
    const Money limit = Money::fromUnits(250);
    QCOMPARE(listed->result().at(0).state,
             std::optional<NotificationState>(expected > limit.multipliedBy(80, 100) ? NotificationState::Alarm
                                                                                      : NotificationState::Ok));
    QCOMPARE(listed->result().at(1).state,
             std::optional<NotificationState>(expected.multipliedBy(30, 20) > limit ? NotificationState::Alarm
                                                                                    : NotificationState::Ok));

    // Several budgets page through DescribeBudgets; the client follows NextToken.
    for (int i = 0; i < 4; ++i) {
        SPENDSCOPE_RUN_OK(more, m_budgets->createBudget(accountId, teamBudget(u"extra-%1"_s.arg(i), team)));
    }
    SPENDSCOPE_RUN_OK(paged, m_budgets->describeBudgets(accountId, 2));
    QCOMPARE(paged->result().size(), 5);
}

void TestSandboxBudgets::notificationsAndSubscribers_roundTrip()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    const QString accountId = account->connection().accountId;
    const QString team = busiestTeam(*account);
    Budget budget = teamBudget(u"roundtrip"_s, team);
    SPENDSCOPE_RUN_OK(created, m_budgets->createBudget(accountId, budget));

    const Notification n{NotificationType::Actual, ComparisonOperator::GreaterThan, 50, ThresholdType::Percentage, {}};
    const Subscriber alice{SubscriptionType::Email, u"alice@example.com"_s};
    const Subscriber bob{SubscriptionType::Email, u"bob@example.com"_s};
    SPENDSCOPE_RUN_OK(notification, m_budgets->createNotification(accountId, budget.name, n, {alice}));
    SPENDSCOPE_RUN_OK(subscriberAdded, m_budgets->createSubscriber(accountId, budget.name, n, bob));
    SPENDSCOPE_RUN_OK(subscribers, m_budgets->describeSubscribersForNotification(accountId, budget.name, n));
    QCOMPARE(subscribers->result(), (QList<Subscriber>{alice, bob}));
    SPENDSCOPE_RUN_OK(subscriberDeleted, m_budgets->deleteSubscriber(accountId, budget.name, n, alice));

    Notification moved = n;
    moved.threshold = 75;
    SPENDSCOPE_RUN_OK(updated, m_budgets->updateNotification(accountId, budget.name, n, moved));
    SPENDSCOPE_RUN_OK(afterUpdate, m_budgets->describeSubscribersForNotification(accountId, budget.name, moved));
    QCOMPARE(afterUpdate->result(), QList<Subscriber>{bob});

    // UpdateBudget replaces the definition: a quarterly budget over all Bedrock spend.
    budget.timeUnit = BudgetTimeUnit::Quarterly;
    budget.filterExpression = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
    budget.limit = Spend{Money::fromUnits(1000), u"USD"_s};
    SPENDSCOPE_RUN_OK(budgetUpdated, m_budgets->updateBudget(accountId, budget));
    SPENDSCOPE_RUN_OK(described, m_budgets->describeBudget(accountId, budget.name));
    QCOMPARE(described->result().timeUnit, BudgetTimeUnit::Quarterly);
    // The budget keeps its start (November 1, within Q4); the quarter is clipped to it.
    QCOMPARE(described->result().actualSpend->amount,
             engineTotal(*account, budget, QDate(2026, 11, 1), Today.addDays(1)));

    SPENDSCOPE_RUN_OK(notificationDeleted, m_budgets->deleteNotification(accountId, budget.name, moved));
    SPENDSCOPE_RUN_OK(none, m_budgets->describeNotificationsForBudget(accountId, budget.name));
    QVERIFY(none->result().isEmpty());
    SPENDSCOPE_RUN_OK(deleted, m_budgets->deleteBudget(accountId, budget.name));
    auto gone = Test::runJob(m_budgets->describeBudget(accountId, budget.name));
    QVERIFY(gone->hasError());
    QCOMPARE(gone->error().code(), u"NotFoundException"_s);
}

void TestSandboxBudgets::serviceErrors_reachTheClient()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    const QString accountId = account->connection().accountId;
    const Budget budget = teamBudget(u"dup"_s, busiestTeam(*account));
    SPENDSCOPE_RUN_OK(created, m_budgets->createBudget(accountId, budget));
    auto duplicate = Test::runJob(m_budgets->createBudget(accountId, budget));
    QVERIFY(duplicate->hasError());
    QCOMPARE(duplicate->error().code(), u"DuplicateRecordException"_s);
    QCOMPARE(duplicate->error().httpStatus(), 400);

    auto denied = Test::runJob(m_budgets->describeBudgets(u"111122223333"_s));
    QVERIFY(denied->hasError());
    QCOMPARE(denied->error().code(), u"AccessDeniedException"_s);

    auto wrongSecret = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = account->connection().accessKeyId;
    credentials.secretAccessKey = u"not-the-sandbox-secret"_s;
    wrongSecret->setCredentials(credentials);
    wrongSecret->setClock([] { return Now; });
    EndpointConfig config;
    config.endpointUrl = account->endpointUrl();
    const BudgetsClient intruder(wrongSecret.get(), config);
    auto rejected = Test::runJob(intruder.describeBudgets(accountId));
    QVERIFY(rejected->hasError());
    QCOMPARE(rejected->error().code(), u"InvalidSignatureException"_s);
}

void TestSandboxBudgets::restart_keepsBudgets()
{
    const QString dir = m_dir.filePath(u"restart"_s);
    QString team;
    QString accountId;
    {
        auto account = startAccount(dir);
        QVERIFY(account);
        connectClients(*account);
        accountId = account->connection().accountId;
        team = busiestTeam(*account);
        SPENDSCOPE_RUN_OK(created, m_budgets->createBudget(
                            accountId, teamBudget(u"kept"_s, team),
                            {{Notification{NotificationType::Actual, ComparisonOperator::GreaterThan, 90, {}, {}},
                              {Subscriber{SubscriptionType::Email, u"finops@example.com"_s}}}}));
    }
    m_budgets.reset();
    m_sts.reset();
    auto account = startAccount(dir);
    QVERIFY(account);
    connectClients(*account);
    SPENDSCOPE_RUN_OK(described, m_budgets->describeBudget(accountId, u"kept"_s));
    QCOMPARE(described->result().filterExpression, teamBudget(u"kept"_s, team).filterExpression);
    QCOMPARE(described->result().actualSpend->amount,
             engineTotal(*account, teamBudget(u"kept"_s, team), QDate(2026, 11, 1), Today.addDays(1)));
    SPENDSCOPE_RUN_OK(subscribers, m_budgets->describeSubscribersForNotification(
                            accountId, u"kept"_s,
                            Notification{NotificationType::Actual, ComparisonOperator::GreaterThan, 90, {}, {}}));
    QCOMPARE(subscribers->result().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxBudgets)
#include "tst_sandbox_budgets.moc"
