// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetsClient against moto_server over real HTTP on 127.0.0.1. The test functions run in
// order and share moto's state: create, read, change, delete.
#include "api/budgetsclient.h"
#include "api/stsclient.h"
#include "aws/awstransport.h"

#include "motoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include "jobrunner.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;

namespace {

const QString BudgetName = u"genai-team-data-monthly"_s;

bool motoLacksOperation(const AwsError &error)
{
    return error.httpStatus() == 500;
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

Budget teamDataBudget()
{
    Budget b;
    b.name = BudgetName;
    b.type = BudgetType::Cost;
    b.timeUnit = BudgetTimeUnit::Monthly;
    b.limit = Spend{*Money::parse(QByteArrayView("1234.5678")), u"USD"_s};
    b.periodStart = utc(2026, 8, 1);
    b.periodEnd = utc(2087, 6, 15);
    b.filterExpression = CostExpression::allOf({CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s}),
                                                CostExpression::tag(u"user:Team"_s, {u"data"_s})});
    b.metrics = {u"UnblendedCost"_s};
    return b;
}

Notification notification(NotificationType type, double threshold)
{
    Notification n;
    n.type = type;
    n.comparison = ComparisonOperator::GreaterThan;
    n.threshold = threshold;
    n.thresholdType = ThresholdType::Percentage;
    return n;
}

const Subscriber FinOpsMail{SubscriptionType::Email, u"finops@example.com"_s};
const Subscriber AlertsTopic{SubscriptionType::Sns, u"arn:aws:sns:us-east-1:123456789012:budget-alerts"_s};

} // namespace

class TestPeerBudgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createBudget_withNotifications_describeRoundTrips();
    void describeBudgets_listsIt();
    void describeNotificationsForBudget_asCreated();
    void createNotification_thenDeleteNotification();
    void createBudget_again_isDuplicate();
    void updateBudget();
    void updateNotification();
    void describeSubscribersForNotification();
    void createSubscriber();
    void deleteSubscriber();
    void deleteBudget_thenDescribeIsNotFound();

private:

    Test::MotoServer m_moto;
    QString m_account;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<BudgetsClient> m_client;
};

void TestPeerBudgets::initTestCase()
{
    if (!Test::MotoServer::isInstalled())
        QSKIP("moto_server is not installed (pip install 'moto[server]')");
    QVERIFY2(m_moto.start(), qPrintable(m_moto.errorString()));

    // The account comes from STS, as in the app.
    init();
    EndpointConfig config;
    config.endpointUrl = m_moto.url();
    const StsClient sts(m_transport.get(), config);
    auto identity = Test::runJob(sts.getCallerIdentity());
    QVERIFY2(!identity->hasError(), qPrintable(identity->errorString()));
    m_account = identity->result().account;
    QCOMPARE(m_account, u"123456789012"_s);
    cleanup();
}

void TestPeerBudgets::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<AwsTransport>(m_network.get());
    AwsCredentials credentials;
    credentials.accessKeyId = u"testing"_s;
    credentials.secretAccessKey = u"testing"_s;
    m_transport->setCredentials(credentials);
    m_transport->setTransferTimeout(20s);
    RetryPolicy::Settings fast;
    fast.baseDelay = 1ms;
    m_transport->setRetryPolicy(RetryPolicy(fast));
    EndpointConfig config;
    config.endpointUrl = m_moto.url();
    m_client = std::make_unique<BudgetsClient>(m_transport.get(), config);
    QCOMPARE(m_client->endpoint().signingName, u"budgets"_s);
}

void TestPeerBudgets::cleanup()
{
    m_client.reset();
    m_transport.reset();
    m_network.reset();
}

void TestPeerBudgets::createBudget_withNotifications_describeRoundTrips()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const QList<NotificationWithSubscribers> notifications = {
        {notification(NotificationType::Actual, 80), {FinOpsMail}},
        {notification(NotificationType::Forecasted, 100.5), {AlertsTopic, FinOpsMail}},
    };
    auto created = Test::runJob(m_client->createBudget(m_account, teamDataBudget(), notifications,
                                              {ResourceTag{u"owner"_s, u"finops"_s}}));
    QVERIFY2(!created->hasError(), qPrintable(created->errorString()));

    auto described = Test::runJob(m_client->describeBudget(m_account, BudgetName));
    QVERIFY2(!described->hasError(), qPrintable(described->errorString()));
    const Budget &b = described->result();
    const Budget sent = teamDataBudget();
    QCOMPARE(b.name, sent.name);
    QCOMPARE(b.type, BudgetType::Cost);
    QCOMPARE(b.timeUnit, BudgetTimeUnit::Monthly);
    QCOMPARE(b.limit, sent.limit);
    QCOMPARE(b.limit->amount.toString(), u"1234.5678"_s);
    QCOMPARE(b.periodStart, utc(2026, 8, 1));
    QCOMPARE(b.periodEnd, utc(2087, 6, 15));
    QVERIFY(b.filterExpression == sent.filterExpression);
    QCOMPARE(b.metrics, sent.metrics);
    // moto fills in what AWS computes: spend (zero here) and the update time.
    QCOMPARE(b.actualSpend, std::optional<Spend>(Spend{Money(), u"USD"_s}));
    QVERIFY(b.lastUpdatedTime >= before);
    QVERIFY(b.lastUpdatedTime <= QDateTime::currentDateTimeUtc().addSecs(5));
}

void TestPeerBudgets::describeBudgets_listsIt()
{
    auto job = Test::runJob(m_client->describeBudgets(m_account));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().size(), 1);
    QCOMPARE(job->result().first().name, BudgetName);
    QCOMPARE(job->result().first().limit->amount.toString(), u"1234.5678"_s);
    QCOMPARE(job->pageCount(), 1);
}

void TestPeerBudgets::describeNotificationsForBudget_asCreated()
{
    auto job = Test::runJob(m_client->describeNotificationsForBudget(m_account, BudgetName));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result(), (QList<Notification>{notification(NotificationType::Actual, 80),
                                                 notification(NotificationType::Forecasted, 100.5)}));
}

void TestPeerBudgets::createNotification_thenDeleteNotification()
{
    Notification absolute = notification(NotificationType::Actual, 4500);
    absolute.thresholdType = ThresholdType::AbsoluteValue;
    absolute.comparison = ComparisonOperator::EqualTo;
    auto created = Test::runJob(m_client->createNotification(m_account, BudgetName, absolute, {FinOpsMail}));
    QVERIFY2(!created->hasError(), qPrintable(created->errorString()));
    auto listed = Test::runJob(m_client->describeNotificationsForBudget(m_account, BudgetName));
    QVERIFY2(!listed->hasError(), qPrintable(listed->errorString()));
    QCOMPARE(listed->result().size(), 3);
    QCOMPARE(listed->result().last(), absolute);

    auto deleted = Test::runJob(m_client->deleteNotification(m_account, BudgetName, absolute));
    QVERIFY2(!deleted->hasError(), qPrintable(deleted->errorString()));
    auto after = Test::runJob(m_client->describeNotificationsForBudget(m_account, BudgetName));
    QCOMPARE(after->result().size(), 2);
    QVERIFY(!after->result().contains(absolute));
}

void TestPeerBudgets::createBudget_again_isDuplicate()
{
    auto job = Test::runJob(m_client->createBudget(m_account, teamDataBudget()));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().code(), u"DuplicateRecordException"_s);
    QCOMPARE(job->error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(job->attemptCount(), 1);
}

void TestPeerBudgets::updateBudget()
{
    Budget changed = teamDataBudget();
    changed.limit = Spend{*Money::parse(QByteArrayView("2000.01")), u"USD"_s};
    auto job = Test::runJob(m_client->updateBudget(m_account, changed));
    if (job->hasError() && motoLacksOperation(job->error()))
        QSKIP("moto 5.2.1 does not implement UpdateBudget (HTTP 500)");
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    auto described = Test::runJob(m_client->describeBudget(m_account, BudgetName));
    QCOMPARE(described->result().limit, changed.limit);
}

void TestPeerBudgets::updateNotification()
{
    auto job = Test::runJob(m_client->updateNotification(m_account, BudgetName, notification(NotificationType::Actual, 80),
                                                notification(NotificationType::Actual, 85)));
    if (job->hasError() && motoLacksOperation(job->error()))
        QSKIP("moto 5.2.1 does not implement UpdateNotification (HTTP 500)");
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
}

void TestPeerBudgets::describeSubscribersForNotification()
{
    auto job = Test::runJob(m_client->describeSubscribersForNotification(m_account, BudgetName,
                                                                notification(NotificationType::Forecasted, 100.5)));
    if (job->hasError() && motoLacksOperation(job->error()))
        QSKIP("moto 5.2.1 does not implement DescribeSubscribersForNotification (HTTP 500)");
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result(), (QList<Subscriber>{AlertsTopic, FinOpsMail}));
}

void TestPeerBudgets::createSubscriber()
{
    auto job = Test::runJob(m_client->createSubscriber(m_account, BudgetName, notification(NotificationType::Actual, 80),
                                              Subscriber{SubscriptionType::Email, u"cfo@example.com"_s}));
    if (job->hasError() && motoLacksOperation(job->error()))
        QSKIP("moto 5.2.1 does not implement CreateSubscriber (HTTP 500)");
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
}

void TestPeerBudgets::deleteSubscriber()
{
    auto job = Test::runJob(m_client->deleteSubscriber(m_account, BudgetName, notification(NotificationType::Actual, 80),
                                              FinOpsMail));
    if (job->hasError() && motoLacksOperation(job->error()))
        QSKIP("moto 5.2.1 does not implement DeleteSubscriber (HTTP 500)");
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
}

void TestPeerBudgets::deleteBudget_thenDescribeIsNotFound()
{
    auto deleted = Test::runJob(m_client->deleteBudget(m_account, BudgetName));
    QVERIFY2(!deleted->hasError(), qPrintable(deleted->errorString()));
    auto described = Test::runJob(m_client->describeBudget(m_account, BudgetName));
    QVERIFY(described->hasError());
    QCOMPARE(described->error().code(), u"NotFoundException"_s);
    QCOMPARE(described->error().kind(), AwsError::Kind::NotFound);
    QVERIFY2(described->error().message().contains(u"doesn't exist"_s), qPrintable(described->error().message()));
    auto listed = Test::runJob(m_client->describeBudgets(m_account));
    QVERIFY2(!listed->hasError(), qPrintable(listed->errorString()));
    QVERIFY(listed->result().isEmpty());
}

QTEST_GUILESS_MAIN(TestPeerBudgets)
#include "tst_peer_budgets.moc"
