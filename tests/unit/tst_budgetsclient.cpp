// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/budgetsclient.h"
#include "aws/awstransport.h"
#include "fakenetworkaccessmanager.h"
#include "jobrunner.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;
using Test::FakeNetworkAccessManager;
using Test::FakeResponse;

namespace {

const QString Account = u"123456789012"_s;

// cost-apis.md §3.4: the known-answer vector for Budgets DescribeBudgets.
constexpr QByteArrayView VectorBody = R"({"AccountId":"123456789012","MaxResults":100})";
constexpr QByteArrayView VectorAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/budgets/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=fb5192663464820c06b3a0b6edabbad73b7ac77ea35491a6aa2b5107d4fdea42";

FakeResponse fixture(const QString &name)
{
    return FakeResponse::fromHttpFile(Test::testDataPath(u"budgets/"_s + name));
}

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

Money money(const char *text)
{
    const std::optional<Money> m = Money::parse(QByteArrayView(text));
    Q_ASSERT(m);
    return *m;
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

CostExpression bedrockForTeamData()
{
    return CostExpression::allOf({CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s}),
                                  CostExpression::tag(u"user:Team"_s, {u"data"_s})});
}

// cost-apis.md §2.4: the monthly USD 5,000 budget of team data.
Budget teamDataBudget()
{
    Budget b;
    b.name = u"genai-team-data-monthly"_s;
    b.type = BudgetType::Cost;
    b.timeUnit = BudgetTimeUnit::Monthly;
    b.limit = Spend{Money::fromUnits(5000), u"USD"_s};
    b.filterExpression = bedrockForTeamData();
    b.metrics = {u"UnblendedCost"_s};
    return b;
}

Notification actualOver80()
{
    Notification n;
    n.type = NotificationType::Actual;
    n.comparison = ComparisonOperator::GreaterThan;
    n.threshold = 80;
    n.thresholdType = ThresholdType::Percentage;
    return n;
}

Notification forecastOver100()
{
    Notification n;
    n.type = NotificationType::Forecasted;
    n.comparison = ComparisonOperator::GreaterThan;
    n.threshold = 100;
    n.thresholdType = ThresholdType::Percentage;
    return n;
}

const Subscriber FinOpsMail{SubscriptionType::Email, u"finops@example.com"_s};
const Subscriber AlertsTopic{SubscriptionType::Sns, u"arn:aws:sns:us-east-1:123456789012:budget-alerts"_s};

QList<NotificationWithSubscribers> exampleNotifications()
{
    return {{actualOver80(), {FinOpsMail}}, {forecastOver100(), {AlertsTopic}}};
}

QList<Subscriber> emails(int count)
{
    QList<Subscriber> out;
    for (int i = 0; i < count; ++i)
        out.append({SubscriptionType::Email, u"person%1@example.com"_s.arg(i)});
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::Budget)
Q_DECLARE_METATYPE(Spendscope::Notification)
Q_DECLARE_METATYPE(Spendscope::Subscriber)
Q_DECLARE_METATYPE(Spendscope::NotificationWithSubscribers)
Q_DECLARE_METATYPE(Spendscope::Test::FakeResponse)
Q_DECLARE_METATYPE(Spendscope::AwsError::Kind)

class TestBudgetsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpoint_isGlobalBudgetsInUsEast1();
    void knownAnswerVector_describeBudgets_signature();
    void describeBudgets_allPages_everyField();
    void describeBudget_requestAndResult();
    void createBudget_exampleBody();
    void createBudget_timePeriodAndPlannedLimits();
    void createBudget_validation_data();
    void createBudget_validation();
    void updateBudget_replacesWholeBudget_keepsUnmodeledFields();
    void deleteBudget_emptyAnswers();
    void describeNotificationsForBudget_allPages();
    void notificationWrites_bodies();
    void subscribers_describeCreateDelete();
    void subscriberAndNotificationValidation_data();
    void subscriberAndNotificationValidation();
    void serviceErrors_data();
    void serviceErrors();
    void throttling_retriedThenSucceeds();
    void malformedBudget_data();
    void malformedBudget();
    void transportFailures_timeoutAndReset();

private:
    void checkBudgetsRequest(const Test::RecordedRequest &request, const QByteArray &operation);

    FakeNetworkAccessManager *m_network = nullptr;
    AwsTransport *m_transport = nullptr;
    std::unique_ptr<BudgetsClient> m_client;
};

void TestBudgetsClient::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_transport = new AwsTransport(m_network, this);
    AwsCredentials credentials;
    credentials.accessKeyId = u"AKIDEXAMPLE"_s;
    credentials.secretAccessKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
    credentials.source = u"test"_s;
    m_transport->setCredentials(credentials);
    m_transport->setClock([] { return QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC); });
    RetryPolicy::Settings fast;
    fast.baseDelay = 1ms;
    RetryPolicy policy(fast);
    policy.setRandomSource([] { return 0.0; });
    m_transport->setRetryPolicy(policy);
    m_client = std::make_unique<BudgetsClient>(m_transport);
}

void TestBudgetsClient::cleanup()
{
    m_client.reset();
    delete m_transport;
    delete m_network;
}

void TestBudgetsClient::checkBudgetsRequest(const Test::RecordedRequest &request, const QByteArray &operation)
{
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toString(), u"https://budgets.amazonaws.com/"_s);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.header("X-Amz-Target"), "AWSBudgetServiceGateway." + operation);
    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    const QByteArray authorization = request.header("Authorization");
    QVERIFY2(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/budgets/aws4_request, "
                                      "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="),
             authorization.constData());
}

void TestBudgetsClient::endpoint_isGlobalBudgetsInUsEast1()
{
    EndpointConfig config;
    config.region = u"ap-southeast-2"_s;
    const BudgetsClient client(m_transport, config);
    QCOMPARE(client.endpoint().url, QUrl(u"https://budgets.amazonaws.com"_s));
    QCOMPARE(client.endpoint().region, u"us-east-1"_s);
    QCOMPARE(client.endpoint().signingName, u"budgets"_s);
}

void TestBudgetsClient::knownAnswerVector_describeBudgets_signature()
{
    m_network->enqueue(FakeResponse::json(200, R"({"Budgets":[]})"));
    auto job = Test::runJob(m_client->describeBudgets(Account, 100, false));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 1);
    const Test::RecordedRequest &request = m_network->requests().first();
    checkBudgetsRequest(request, "DescribeBudgets");
    // Serialised by the client itself, byte for byte the vector's body.
    QCOMPARE(request.body, VectorBody.toByteArray());
    QCOMPARE(request.body.size(), 45);
    QCOMPARE(request.header("Authorization"), VectorAuthorization.toByteArray());
    QCOMPARE(m_transport->requestCount(u"budgets"_s), 1);
    QVERIFY(job->result().isEmpty());
}

void TestBudgetsClient::describeBudgets_allPages_everyField()
{
    m_network->enqueue(fixture(u"describebudgets-page1.http"_s));
    m_network->enqueue(fixture(u"describebudgets-page2.http"_s));
    auto job = Test::runJob(m_client->describeBudgets(Account));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 2);
    checkBudgetsRequest(m_network->requests().at(0), "DescribeBudgets");
    QCOMPARE(m_network->requests().at(0).body, QByteArray(R"({"AccountId":"123456789012","ShowFilterExpression":true})"));
    QCOMPARE(m_network->requests().at(1).body,
             QByteArray(R"({"AccountId":"123456789012","NextToken":"budgets-page-2","ShowFilterExpression":true})"));
    QCOMPARE(job->pageCount(), 2);

    const QList<Budget> &budgets = job->result();
    QCOMPARE(budgets.size(), 3);

    const Budget &data = budgets.at(0);
    QCOMPARE(data.name, u"genai-team-data-monthly"_s);
    QCOMPARE(data.limit, std::optional<Spend>(Spend{Money::fromUnits(5000), u"USD"_s}));
    QCOMPARE(data.timeUnit, BudgetTimeUnit::Monthly);
    QCOMPARE(data.type, BudgetType::Cost);
    // E-notation epoch seconds.
    QCOMPARE(data.periodStart, utc(2026, 8, 1));
    QCOMPARE(data.periodEnd, utc(2087, 6, 15));
    QCOMPARE(data.lastUpdatedTime, utc(2026, 8, 26));
    QCOMPARE(data.actualSpend, std::optional<Spend>(Spend{money("3120.44"), u"USD"_s}));
    QCOMPARE(data.forecastedSpend, std::optional<Spend>(Spend{money("5310.9"), u"USD"_s}));
    QCOMPARE(data.filterExpression.kind(), CostExpression::Kind::And);
    QCOMPARE(data.filterExpression.operands().at(1).kind(), CostExpression::Kind::Not);
    QCOMPARE(data.filterExpression.operands().at(1).operands().first().values(),
             (QStringList{u"Credit"_s, u"Refund"_s}));
    QCOMPARE(data.metrics, QStringList{u"UnblendedCost"_s});
    QVERIFY(data.plannedLimits.isEmpty());
    QVERIFY(data.otherFields.isEmpty());
    // The gauge: exact ratio inputs.
    QCOMPARE((data.actualSpend->amount - data.limit->amount).toString(), u"-1879.56"_s);

    const Budget &planned = budgets.at(1);
    QCOMPARE(planned.timeUnit, BudgetTimeUnit::Quarterly);
    QVERIFY(!planned.limit);
    QCOMPARE(planned.plannedLimits.size(), 2);
    QCOMPARE(planned.plannedLimits.value(1782864000), (Spend{money("1200.5"), u"USD"_s}));
    QCOMPARE(planned.plannedLimits.value(1790812800).amount, Money::fromNanos(104)); // 0.0000001035
    QCOMPARE(planned.periodStart, utc(2026, 7, 1));
    QCOMPARE(planned.periodEnd, utc(2027, 7, 1));
    QCOMPARE(planned.actualSpend, std::optional<Spend>(Spend{Money(), u"USD"_s}));
    QVERIFY(!planned.forecastedSpend);
    // Fractional E-notation keeps milliseconds: 1.7877024123E9 s.
    QCOMPARE(planned.lastUpdatedTime, utc(2026, 8, 26).addMSecs(12'300));
    QCOMPARE(planned.otherFields.keys(), (QStringList{u"AutoAdjustData"_s, u"CostTypes"_s, u"HealthStatus"_s}));

    const Budget &usage = budgets.at(2);
    QCOMPARE(usage.type, BudgetType::Usage);
    QCOMPARE(usage.timeUnit, BudgetTimeUnit::Daily);
    QCOMPARE(usage.limit, std::optional<Spend>(Spend{Money::fromNanos(170), u"GB"_s})); // 1.7E-7
    QCOMPARE(usage.actualSpend->amount.toString(), u"-0.01"_s);
    QCOMPARE(usage.periodStart, utc(2026, 8, 1));
    QVERIFY(!usage.periodEnd.isValid());
    QCOMPARE(usage.lastUpdatedTime, utc(2026, 8, 26));
    QVERIFY(usage.filterExpression.isEmpty());
}

void TestBudgetsClient::describeBudget_requestAndResult()
{
    m_network->enqueue(fixture(u"describebudget.http"_s));
    auto job = Test::runJob(m_client->describeBudget(Account, u"genai-team-data-monthly"_s));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkBudgetsRequest(m_network->requests().first(), "DescribeBudget");
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"AccountId":"123456789012","BudgetName":"genai-team-data-monthly","ShowFilterExpression":true})"));
    const Budget &b = job->result();
    QCOMPARE(b.limit->amount, Money::fromUnits(5000));
    QVERIFY(b.filterExpression == bedrockForTeamData());
    QCOMPARE(b.otherFields.keys(), QStringList{u"HealthStatus"_s});

    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto missing = Test::runJob(m_client->describeBudget(Account, u"x"_s));
    QCOMPARE(missing->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(missing->error().message().contains(u"Budget: the field is missing"_s), qPrintable(missing->errorString()));
}

void TestBudgetsClient::createBudget_exampleBody()
{
    m_network->enqueue(fixture(u"empty.http"_s));
    auto job = Test::runJob(m_client->createBudget(Account, teamDataBudget(), exampleNotifications(),
                                          {ResourceTag{u"owner"_s, u"finops"_s}}));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 1);
    checkBudgetsRequest(m_network->requests().first(), "CreateBudget");
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"AccountId":"123456789012","Budget":{"BudgetLimit":{"Amount":"5000","Unit":"USD"},)"
                        R"("BudgetName":"genai-team-data-monthly","BudgetType":"COST","FilterExpression":{"And":[)"
                        R"({"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},{"Tags":{"Key":"user:Team","Values":["data"]}}]},)"
                        R"("Metrics":["UnblendedCost"],"TimeUnit":"MONTHLY"},"NotificationsWithSubscribers":[)"
                        R"({"Notification":{"ComparisonOperator":"GREATER_THAN","NotificationType":"ACTUAL","Threshold":80,"ThresholdType":"PERCENTAGE"},)"
                        R"("Subscribers":[{"Address":"finops@example.com","SubscriptionType":"EMAIL"}]},)"
                        R"({"Notification":{"ComparisonOperator":"GREATER_THAN","NotificationType":"FORECASTED","Threshold":100,"ThresholdType":"PERCENTAGE"},)"
                        R"("Subscribers":[{"Address":"arn:aws:sns:us-east-1:123456789012:budget-alerts","SubscriptionType":"SNS"}]}],)"
                        R"("ResourceTags":[{"Key":"owner","Value":"finops"}]})"));
    // Same JSON as the reference's example body (which is written in another member order).
    const QByteArray reference =
        R"({"AccountId":"123456789012","Budget":{"BudgetName":"genai-team-data-monthly","BudgetType":"COST","TimeUnit":"MONTHLY",)"
        R"("BudgetLimit":{"Amount":"5000","Unit":"USD"},"FilterExpression":{"And":[{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},)"
        R"({"Tags":{"Key":"user:Team","Values":["data"]}}]},"Metrics":["UnblendedCost"]},"NotificationsWithSubscribers":[)"
        R"({"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},)"
        R"("Subscribers":[{"SubscriptionType":"EMAIL","Address":"finops@example.com"}]},)"
        R"({"Notification":{"NotificationType":"FORECASTED","ComparisonOperator":"GREATER_THAN","Threshold":100,"ThresholdType":"PERCENTAGE"},)"
        R"("Subscribers":[{"SubscriptionType":"SNS","Address":"arn:aws:sns:us-east-1:123456789012:budget-alerts"}]}],)"
        R"("ResourceTags":[{"Key":"owner","Value":"finops"}]})";
    QCOMPARE(jsonOf(m_network->requests().first().body), jsonOf(reference));

    // An empty body is as good as {}; anything else is not.
    m_network->enqueue(FakeResponse::json(200, QByteArray()));
    auto empty = Test::runJob(m_client->createBudget(Account, teamDataBudget()));
    QVERIFY2(!empty->hasError(), qPrintable(empty->errorString()));
    QVERIFY(!jsonOf(m_network->requests().last().body).contains(u"NotificationsWithSubscribers"_s));
}

void TestBudgetsClient::createBudget_timePeriodAndPlannedLimits()
{
    Budget b;
    b.name = u"planned"_s;
    b.timeUnit = BudgetTimeUnit::Quarterly;
    b.plannedLimits.insert(1782864000, Spend{money("1200.5"), u"USD"_s});
    b.plannedLimits.insert(1790812800, Spend{money("0.000000001"), u"USD"_s});
    b.periodStart = utc(2026, 7, 1);
    b.periodEnd = utc(2087, 6, 15);
    // Read-only members are never sent.
    b.actualSpend = Spend{money("3"), u"USD"_s};
    b.lastUpdatedTime = utc(2026, 8, 26);
    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto job = Test::runJob(m_client->createBudget(Account, b));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"AccountId":"123456789012","Budget":{"BudgetName":"planned","BudgetType":"COST",)"
                        R"("PlannedBudgetLimits":{"1782864000":{"Amount":"1200.5","Unit":"USD"},"1790812800":{"Amount":"0.000000001","Unit":"USD"}},)"
                        R"("TimePeriod":{"End":3706473600,"Start":1782864000},"TimeUnit":"QUARTERLY"}})"));

    // Fractional seconds survive as a fractional JSON number.
    b.periodStart = utc(2026, 7, 1).addMSecs(250);
    QCOMPARE(BudgetsClient::toJson(b).value(u"TimePeriod"_s).toObject().value(u"Start"_s).toDouble(), 1782864000.25);
}

void TestBudgetsClient::createBudget_validation_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<Budget>("budget");
    QTest::addColumn<QList<NotificationWithSubscribers>>("notifications");
    QTest::addColumn<QString>("expectedFragment");

    const QList<NotificationWithSubscribers> none;
    Budget b = teamDataBudget();
    QTest::newRow("short account") << u"12345678901"_s << b << none << u"not an AWS account ID"_s;
    QTest::newRow("letters in account") << u"12345678901a"_s << b << none << u"not an AWS account ID"_s;

    b.name = QString();
    QTest::newRow("empty name") << Account << b << none << u"needs a name"_s;
    b.name = QString(101, u'n');
    QTest::newRow("name of 101") << Account << b << none << u"longer than 100"_s;
    b.name = u"team:data"_s;
    QTest::newRow("colon") << Account << b << none << u"cannot contain \":\" or \"\\\""_s;
    b.name = u"team\\data"_s;
    QTest::newRow("backslash") << Account << b << none << u"cannot contain \":\" or \"\\\""_s;
    b.name = u"x/action/y"_s;
    QTest::newRow("action") << Account << b << none << u"/action/"_s;
    b.name = u"a<SCRIPT>alert(1)</script>"_s;
    QTest::newRow("script") << Account << b << none << u"script element"_s;

    b = teamDataBudget();
    b.limit = Spend{money("-1"), u"USD"_s};
    QTest::newRow("negative limit") << Account << b << none << u"cannot be negative"_s;
    b.limit = Spend{money("1"), QString()};
    QTest::newRow("limit without unit") << Account << b << none << u"needs a unit"_s;
    b.limit.reset();
    QTest::newRow("cost without limit") << Account << b << none << u"needs a limit"_s;
    b.limit = Spend{money("1"), u"USD"_s};
    b.plannedLimits.insert(1782864000, Spend{money("1"), u"USD"_s});
    QTest::newRow("limit and planned") << Account << b << none << u"not both"_s;

    b = teamDataBudget();
    b.metrics = {u"UnblendedCost"_s, u"AmortizedCost"_s};
    QTest::newRow("two metrics") << Account << b << none << u"one metric"_s;
    b.metrics = {u"UNBLENDED_COST"_s};
    QTest::newRow("unknown metric") << Account << b << none << u"not a budget metric"_s;
    b = teamDataBudget();
    b.periodStart = utc(2027, 1, 1);
    b.periodEnd = utc(2026, 1, 1);
    QTest::newRow("period backwards") << Account << b << none << u"must start before it ends"_s;
    b = teamDataBudget();
    b.filterExpression = CostExpression::dimension(u"SERVICE"_s, {});
    QTest::newRow("filter without values") << Account << b << none << u"at least one value"_s;

    b = teamDataBudget();
    QList<NotificationWithSubscribers> many;
    for (int i = 0; i < 11; ++i) {
        Notification n = actualOver80();
        n.threshold = 10 + i;
        many.append({n, {FinOpsMail}});
    }
    QTest::newRow("eleven notifications") << Account << b << many << u"at most 10 notifications"_s;
    QTest::newRow("no subscriber") << Account << b << QList<NotificationWithSubscribers>{{actualOver80(), {}}}
                                   << u"at least one subscriber"_s;
    Notification negative = actualOver80();
    negative.threshold = -1;
    QTest::newRow("negative threshold") << Account << b << QList<NotificationWithSubscribers>{{negative, {FinOpsMail}}}
                                        << u"between 0 and"_s;
    QTest::newRow("same notification twice")
        << Account << b << QList<NotificationWithSubscribers>{{actualOver80(), {FinOpsMail}}, {actualOver80(), {AlertsTopic}}}
        << u"given twice"_s;
}

void TestBudgetsClient::createBudget_validation()
{
    QFETCH(QString, account);
    QFETCH(Budget, budget);
    QFETCH(QList<NotificationWithSubscribers>, notifications);
    QFETCH(QString, expectedFragment);
    auto job = Test::runJob(m_client->createBudget(account, budget, notifications));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QCOMPARE(m_network->requests().size(), 0);
}

void TestBudgetsClient::updateBudget_replacesWholeBudget_keepsUnmodeledFields()
{
    m_network->enqueue(fixture(u"describebudgets-page1.http"_s));
    m_network->enqueue(fixture(u"describebudgets-page2.http"_s));
    auto described = Test::runJob(m_client->describeBudgets(Account));
    QVERIFY2(!described->hasError(), qPrintable(described->errorString()));
    Budget planned = described->result().at(1);
    planned.plannedLimits[1782864000] = Spend{money("1300"), u"USD"_s};

    m_network->enqueue(fixture(u"empty.http"_s));
    auto job = Test::runJob(m_client->updateBudget(Account, planned));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const Test::RecordedRequest &request = m_network->requests().last();
    checkBudgetsRequest(request, "UpdateBudget");
    // The full budget: unmodeled AutoAdjustData and CostTypes go back; read-only HealthStatus,
    // CalculatedSpend and LastUpdatedTime do not.
    QCOMPARE(request.body,
             QByteArray(R"({"AccountId":"123456789012","NewBudget":{"AutoAdjustData":{"AutoAdjustType":"HISTORICAL",)"
                        R"("HistoricalOptions":{"BudgetAdjustmentPeriod":4,"LookBackAvailablePeriods":4}},"BudgetName":"genai-planned-quarterly",)"
                        R"("BudgetType":"COST","CostTypes":{"IncludeCredit":false,"IncludeTax":true},)"
                        R"("PlannedBudgetLimits":{"1782864000":{"Amount":"1300","Unit":"USD"},"1790812800":{"Amount":"0.000000104","Unit":"USD"}},)"
                        R"("TimePeriod":{"End":1814400000,"Start":1782864000},"TimeUnit":"QUARTERLY"}})"));

    // With FilterExpression, the legacy CostTypes would make the service refuse the update.
    planned.filterExpression = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
    const QJsonObject modern = BudgetsClient::toJson(planned);
    QVERIFY(!modern.contains(u"CostTypes"_s));
    QVERIFY(modern.contains(u"AutoAdjustData"_s));

    // Validation applies to updates too.
    planned.name = u"a:b"_s;
    auto invalid = Test::runJob(m_client->updateBudget(Account, planned));
    QCOMPARE(invalid->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestBudgetsClient::deleteBudget_emptyAnswers()
{
    m_network->enqueue(fixture(u"empty.http"_s));
    auto job = Test::runJob(m_client->deleteBudget(Account, u"genai-team-data-monthly"_s));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkBudgetsRequest(m_network->requests().first(), "DeleteBudget");
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"AccountId":"123456789012","BudgetName":"genai-team-data-monthly"})"));

    m_network->enqueue(FakeResponse::json(200, "{\"Budget"));
    auto truncated = Test::runJob(m_client->deleteBudget(Account, u"x"_s));
    QCOMPARE(truncated->error().kind(), AwsError::Kind::MalformedResponse);

    auto invalid = Test::runJob(m_client->deleteBudget(Account, QString()));
    QCOMPARE(invalid->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestBudgetsClient::describeNotificationsForBudget_allPages()
{
    m_network->enqueue(fixture(u"describenotifications-page1.http"_s));
    m_network->enqueue(fixture(u"describenotifications-page2.http"_s));
    auto job = Test::runJob(m_client->describeNotificationsForBudget(Account, u"genai-team-data-monthly"_s));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkBudgetsRequest(m_network->requests().at(0), "DescribeNotificationsForBudget");
    QCOMPARE(m_network->requests().at(0).body,
             QByteArray(R"({"AccountId":"123456789012","BudgetName":"genai-team-data-monthly"})"));
    QCOMPARE(m_network->requests().at(1).body,
             QByteArray(R"({"AccountId":"123456789012","BudgetName":"genai-team-data-monthly","NextToken":"notifications-page-2"})"));
    const QList<Notification> &n = job->result();
    QCOMPARE(n.size(), 3);
    QCOMPARE(n.at(0).type, NotificationType::Actual);
    QCOMPARE(n.at(0).threshold, 80.0);
    QCOMPARE(n.at(0).thresholdType, std::optional<ThresholdType>(ThresholdType::Percentage));
    QCOMPARE(n.at(0).state, std::optional<NotificationState>(NotificationState::Alarm));
    QCOMPARE(n.at(1).type, NotificationType::Forecasted);
    QCOMPARE(n.at(1).threshold, 100.5);
    QVERIFY(!n.at(1).thresholdType);
    QCOMPARE(n.at(1).state, std::optional<NotificationState>(NotificationState::Ok));
    QCOMPARE(n.at(2).comparison, ComparisonOperator::EqualTo);
    QCOMPARE(n.at(2).thresholdType, std::optional<ThresholdType>(ThresholdType::AbsoluteValue));
    QVERIFY(!n.at(2).state);
}

void TestBudgetsClient::notificationWrites_bodies()
{
    Notification alarming = actualOver80();
    alarming.state = NotificationState::Alarm; // read-only: never sent
    Notification raised = actualOver80();
    raised.threshold = 90.5;

    for (int i = 0; i < 3; ++i)
        m_network->enqueue(fixture(u"empty.http"_s));
    auto created = Test::runJob(m_client->createNotification(Account, u"b"_s, alarming, {FinOpsMail, AlertsTopic}));
    auto updated = Test::runJob(m_client->updateNotification(Account, u"b"_s, alarming, raised));
    auto deleted = Test::runJob(m_client->deleteNotification(Account, u"b"_s, raised));
    QVERIFY2(!created->hasError(), qPrintable(created->errorString()));
    QVERIFY2(!updated->hasError(), qPrintable(updated->errorString()));
    QVERIFY2(!deleted->hasError(), qPrintable(deleted->errorString()));
    QCOMPARE(m_network->requests().size(), 3);
    checkBudgetsRequest(m_network->requests().at(0), "CreateNotification");
    checkBudgetsRequest(m_network->requests().at(1), "UpdateNotification");
    checkBudgetsRequest(m_network->requests().at(2), "DeleteNotification");
    const QByteArray over80 = R"({"ComparisonOperator":"GREATER_THAN","NotificationType":"ACTUAL","Threshold":80,"ThresholdType":"PERCENTAGE"})";
    const QByteArray over90 = R"({"ComparisonOperator":"GREATER_THAN","NotificationType":"ACTUAL","Threshold":90.5,"ThresholdType":"PERCENTAGE"})";
    QCOMPARE(m_network->requests().at(0).body,
             R"({"AccountId":"123456789012","BudgetName":"b","Notification":)" + over80
                 + R"(,"Subscribers":[{"Address":"finops@example.com","SubscriptionType":"EMAIL"},)"
                   R"({"Address":"arn:aws:sns:us-east-1:123456789012:budget-alerts","SubscriptionType":"SNS"}]})");
    QCOMPARE(m_network->requests().at(1).body,
             R"({"AccountId":"123456789012","BudgetName":"b","NewNotification":)" + over90 + R"(,"OldNotification":)" + over80
                 + '}');
    QCOMPARE(m_network->requests().at(2).body,
             R"({"AccountId":"123456789012","BudgetName":"b","Notification":)" + over90 + '}');
}

void TestBudgetsClient::subscribers_describeCreateDelete()
{
    m_network->enqueue(fixture(u"describesubscribers.http"_s));
    auto described = Test::runJob(m_client->describeSubscribersForNotification(Account, u"b"_s, actualOver80()));
    QVERIFY2(!described->hasError(), qPrintable(described->errorString()));
    checkBudgetsRequest(m_network->requests().at(0), "DescribeSubscribersForNotification");
    QCOMPARE(m_network->requests().at(0).body,
             QByteArray(R"({"AccountId":"123456789012","BudgetName":"b","Notification":{"ComparisonOperator":"GREATER_THAN",)"
                        R"("NotificationType":"ACTUAL","Threshold":80,"ThresholdType":"PERCENTAGE"}})"));
    QCOMPARE(described->result(), (QList<Subscriber>{FinOpsMail, AlertsTopic}));

    m_network->enqueue(fixture(u"empty.http"_s));
    m_network->enqueue(fixture(u"empty.http"_s));
    const Subscriber other{SubscriptionType::Email, u"cfo@example.com"_s};
    auto created = Test::runJob(m_client->createSubscriber(Account, u"b"_s, actualOver80(), other));
    auto deleted = Test::runJob(m_client->deleteSubscriber(Account, u"b"_s, actualOver80(), other));
    QVERIFY2(!created->hasError(), qPrintable(created->errorString()));
    QVERIFY2(!deleted->hasError(), qPrintable(deleted->errorString()));
    checkBudgetsRequest(m_network->requests().at(1), "CreateSubscriber");
    checkBudgetsRequest(m_network->requests().at(2), "DeleteSubscriber");
    const QByteArray expected =
        R"({"AccountId":"123456789012","BudgetName":"b","Notification":{"ComparisonOperator":"GREATER_THAN",)"
        R"("NotificationType":"ACTUAL","Threshold":80,"ThresholdType":"PERCENTAGE"},)"
        R"("Subscriber":{"Address":"cfo@example.com","SubscriptionType":"EMAIL"}})";
    QCOMPARE(m_network->requests().at(1).body, expected);
    QCOMPARE(m_network->requests().at(2).body, expected);

    // A subscriber of an unknown type is not silently mapped to something else.
    m_network->enqueue(FakeResponse::json(200, R"({"Subscribers":[{"SubscriptionType":"SMS","Address":"+1555"}]})"));
    auto unknown = Test::runJob(m_client->describeSubscribersForNotification(Account, u"b"_s, actualOver80()));
    QCOMPARE(unknown->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(unknown->error().message().contains(u"Subscribers[0].SubscriptionType: unknown value \"SMS\""_s),
             qPrintable(unknown->error().message()));
}

void TestBudgetsClient::subscriberAndNotificationValidation_data()
{
    QTest::addColumn<Notification>("notification");
    QTest::addColumn<QList<Subscriber>>("subscribers");
    QTest::addColumn<QString>("expectedFragment"); // empty: valid

    QTest::newRow("one mail") << actualOver80() << QList<Subscriber>{FinOpsMail} << QString();
    QTest::newRow("ten mails and a topic") << actualOver80() << (emails(10) << AlertsTopic) << QString();
    QTest::newRow("twelve") << actualOver80() << (emails(11) << AlertsTopic) << u"at most 11 subscribers"_s;
    QTest::newRow("eleven mails") << actualOver80() << emails(11) << u"at most 10 e-mail"_s;
    QTest::newRow("two topics") << actualOver80()
                                << QList<Subscriber>{AlertsTopic, {SubscriptionType::Sns, u"arn:aws:sns:us-east-1:123456789012:other"_s}}
                                << u"one SNS topic"_s;
    QTest::newRow("no subscriber") << actualOver80() << QList<Subscriber>{} << u"at least one subscriber"_s;
    QTest::newRow("bad mail") << actualOver80() << QList<Subscriber>{{SubscriptionType::Email, u"finops"_s}}
                              << u"not an e-mail address"_s;
    QTest::newRow("bad topic") << actualOver80() << QList<Subscriber>{{SubscriptionType::Sns, u"budget-alerts"_s}}
                               << u"not an SNS topic ARN"_s;
    QTest::newRow("duplicate") << actualOver80() << QList<Subscriber>{FinOpsMail, FinOpsMail} << u"listed twice"_s;

    Notification n = actualOver80();
    n.threshold = 0;
    QTest::newRow("threshold zero") << n << QList<Subscriber>{FinOpsMail} << QString();
    n.threshold = BudgetsClient::MaxThreshold;
    QTest::newRow("threshold max") << n << QList<Subscriber>{FinOpsMail} << QString();
    n.threshold = 1.5e13 + 1;
    QTest::newRow("threshold above max") << n << QList<Subscriber>{FinOpsMail} << u"between 0 and 15000000000000"_s;
    n.threshold = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("threshold NaN") << n << QList<Subscriber>{FinOpsMail} << u"between 0 and"_s;
    n.threshold = std::numeric_limits<double>::infinity();
    QTest::newRow("threshold infinite") << n << QList<Subscriber>{FinOpsMail} << u"between 0 and"_s;
}

void TestBudgetsClient::subscriberAndNotificationValidation()
{
    QFETCH(Notification, notification);
    QFETCH(QList<Subscriber>, subscribers);
    QFETCH(QString, expectedFragment);
    m_network->setHandler([](const Test::RecordedRequest &) { return FakeResponse::json(200, "{}"); });
    auto job = Test::runJob(m_client->createNotification(Account, u"b"_s, notification, subscribers));
    if (expectedFragment.isEmpty()) {
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(m_network->requests().size(), 1);
    } else {
        QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
        QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
        QCOMPARE(m_network->requests().size(), 0);
    }
}

void TestBudgetsClient::serviceErrors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<AwsError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageFragment");
    QTest::addColumn<int>("attempts");
    QTest::newRow("not found, sanitised") << u"error-notfound.http"_s << AwsError::Kind::NotFound << u"NotFoundException"_s
                                          << u"doesn't exist"_s << 1;
    QTest::newRow("duplicate") << u"error-duplicate.http"_s << AwsError::Kind::Conflict << u"DuplicateRecordException"_s
                               << u"already exists"_s << 1;
    QTest::newRow("creation limit") << u"error-creationlimit.http"_s << AwsError::Kind::LimitExceeded
                                    << u"CreationLimitExceededException"_s << u"limit of budgets"_s << 1;
    QTest::newRow("invalid parameter header") << u"error-invalidparameter.http"_s << AwsError::Kind::Validation
                                              << u"InvalidParameterException"_s << u"Budget Limit"_s << 1;
    QTest::newRow("throttling exhausted") << u"error-throttling.http"_s << AwsError::Kind::Throttling
                                          << u"ThrottlingException"_s << u"Rate exceeded"_s << 3;
}

void TestBudgetsClient::serviceErrors()
{
    QFETCH(QString, fixtureName);
    QFETCH(AwsError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, messageFragment);
    QFETCH(int, attempts);
    m_network->setHandler([&](const Test::RecordedRequest &) { return fixture(fixtureName); });
    auto job = Test::runJob(m_client->describeBudget(Account, u"nope"_s));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), kind);
    QCOMPARE(job->error().code(), code);
    QVERIFY2(job->error().message().contains(messageFragment), qPrintable(job->error().message()));
    QCOMPARE(job->error().requestId(), u"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"_s);
    QCOMPARE(job->attemptCount(), attempts);
    QCOMPARE(m_transport->requestCount(u"budgets"_s), attempts);
}

void TestBudgetsClient::throttling_retriedThenSucceeds()
{
    m_network->enqueue(fixture(u"error-throttling.http"_s));
    m_network->enqueue(FakeResponse::json(500, R"({"__type":"InternalErrorException","Message":"oops"})"));
    m_network->enqueue(fixture(u"describebudget.http"_s));
    auto job = Test::runJob(m_client->describeBudget(Account, u"genai-team-data-monthly"_s));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(job->pageCount(), 1);
    QCOMPARE(job->result().limit->amount, Money::fromUnits(5000));
}

void TestBudgetsClient::malformedBudget_data()
{
    QTest::addColumn<QByteArray>("budgetJson");
    QTest::addColumn<QString>("expectedFragment");
    const QByteArray base = R"("BudgetName":"b","TimeUnit":"MONTHLY","BudgetType":"COST")";
    QTest::newRow("amount as number") << (base + R"(,"BudgetLimit":{"Amount":12.5,"Unit":"USD"})")
                                      << u"Budgets[0].BudgetLimit.Amount: expected a decimal string, found a number"_s;
    QTest::newRow("absurd amount") << (base + R"(,"BudgetLimit":{"Amount":"1e400","Unit":"USD"})")
                                   << u"\"1e400\" is not a decimal amount"_s;
    QTest::newRow("unit missing") << (base + R"(,"BudgetLimit":{"Amount":"1"})")
                                  << u"Budgets[0].BudgetLimit.Unit: the field is missing"_s;
    QTest::newRow("timestamp string") << (base + R"(,"TimePeriod":{"Start":"soon"})")
                                      << u"Budgets[0].TimePeriod.Start: \"soon\" is not a date"_s;
    QTest::newRow("timestamp absurd") << (base + R"(,"TimePeriod":{"Start":1e300})")
                                      << u"Budgets[0].TimePeriod.Start: the timestamp"_s;
    QTest::newRow("timestamp 1e400") << (base + R"(,"TimePeriod":{"Start":1e400})") << u"not valid JSON"_s;
    QTest::newRow("unknown time unit") << QByteArray(R"("BudgetName":"b","TimeUnit":"WEEKLY","BudgetType":"COST")")
                                       << u"Budgets[0].TimeUnit: unknown value \"WEEKLY\""_s;
    QTest::newRow("type missing") << QByteArray(R"("BudgetName":"b","TimeUnit":"MONTHLY")")
                                  << u"Budgets[0].BudgetType: the field is missing"_s;
    QTest::newRow("filter two roots")
        << (base + R"(,"FilterExpression":{"Tags":{"Key":"a"},"Dimensions":{"Key":"SERVICE","Values":["x"]}})")
        << u"Budgets[0].FilterExpression: The filter has several root operators"_s;
    QTest::newRow("metrics not list") << (base + R"(,"Metrics":"UnblendedCost")")
                                      << u"Budgets[0].Metrics: expected an array"_s;
    QTest::newRow("planned key") << (base + R"(,"PlannedBudgetLimits":{"July":{"Amount":"1","Unit":"USD"}})")
                                 << u"PlannedBudgetLimits.July: the period start \"July\""_s;
    QTest::newRow("actual spend missing") << (base + R"(,"CalculatedSpend":{"ForecastedSpend":{"Amount":"1","Unit":"USD"}})")
                                          << u"CalculatedSpend.ActualSpend.Amount: the field is missing"_s;
}

void TestBudgetsClient::malformedBudget()
{
    QFETCH(QByteArray, budgetJson);
    QFETCH(QString, expectedFragment);
    m_network->enqueue(FakeResponse::json(200, R"({"Budgets":[{)" + budgetJson + "}]}"));
    auto job = Test::runJob(m_client->describeBudgets(Account));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QVERIFY(job->result().isEmpty());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestBudgetsClient::transportFailures_timeoutAndReset()
{
    m_transport->setTransferTimeout(50ms);
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(fixture(u"empty.http"_s));
    auto job = Test::runJob(m_client->deleteBudget(Account, u"b"_s));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->attemptCount(), 3);

    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    auto timedOut = Test::runJob(m_client->deleteBudget(Account, u"b"_s));
    QCOMPARE(timedOut->error().kind(), AwsError::Kind::Timeout);
    QCOMPARE(timedOut->attemptCount(), 3);
}

QTEST_GUILESS_MAIN(TestBudgetsClient)
#include "tst_budgetsclient.moc"
