// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/costexplorerclient.h"
#include "aws/awstransport.h"
#include "fakenetworkaccessmanager.h"
#include "jobrunner.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;
using Test::FakeNetworkAccessManager;
using Test::FakeResponse;

namespace {

// cost-apis.md §3.4: the known-answer vector for Cost Explorer (botocore SigV4Auth, date pinned).
constexpr QByteArrayView VectorBody =
    R"({"TimePeriod":{"Start":"2025-06-01","End":"2025-07-01"},"Granularity":"MONTHLY","Metrics":["UnblendedCost"],)"
    R"("Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},"GroupBy":[{"Type":"TAG","Key":"Team"}]})";
constexpr QByteArrayView VectorAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ce/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=d9e14e553fc5cbb2ab24c40eb734cfe55c07ecfe343943db8b0e8600bdbcdc45";

// The same request as Spendscope serialises it (QJsonObject writes keys sorted, so the bytes
// differ from the vector's). Signature generated for these exact bytes with botocore 1.x
// SigV4Auth, credentials AKIDEXAMPLE and the date pinned to 2015-08-30T12:36:00Z.
constexpr QByteArrayView ClientBody =
    R"({"Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},"Granularity":"MONTHLY",)"
    R"("GroupBy":[{"Key":"Team","Type":"TAG"}],"Metrics":["UnblendedCost"],"TimePeriod":{"End":"2025-07-01","Start":"2025-06-01"}})";
constexpr QByteArrayView ClientAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ce/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=9461057176a1713f42675384d64bb60fae7f61e710269dfcf0eaf864264c2ec9";

FakeResponse fixture(const QString &name)
{
    return FakeResponse::fromHttpFile(Test::testDataPath(u"ce/"_s + name));
}

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

GetCostAndUsageRequest vectorRequest()
{
    GetCostAndUsageRequest r;
    r.timePeriod = DateInterval::fromDates(QDate(2025, 6, 1), QDate(2025, 7, 1));
    r.granularity = Granularity::Monthly;
    r.metrics = {u"UnblendedCost"_s};
    r.filter = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
    r.groupBy = {GroupDefinition{GroupType::Tag, u"Team"_s}};
    return r;
}

GetCostAndUsageRequest byTeamRequest()
{
    GetCostAndUsageRequest r;
    r.timePeriod = {u"2026-06-01"_s, u"2026-09-01"_s};
    r.granularity = Granularity::Monthly;
    r.metrics = {u"UnblendedCost"_s, u"NetUnblendedCost"_s};
    r.groupBy = {GroupDefinition{GroupType::Tag, u"Team"_s}};
    return r;
}

Money money(const char *text)
{
    const std::optional<Money> m = Money::parse(QByteArrayView(text));
    Q_ASSERT(m);
    return *m;
}

// A response whose one group carries `amountJson` (raw JSON) as its Amount.
FakeResponse groupAmountResponse(const QByteArray &amountJson)
{
    return FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-08-01","End":"2026-09-01"},"Total":{},)"
                                   R"("Groups":[{"Keys":["Team$"],"Metrics":{"UnblendedCost":{"Amount":)"
                                       + amountJson + R"(,"Unit":"USD"}}}],"Estimated":false}]})");
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::GetCostAndUsageRequest)
Q_DECLARE_METATYPE(Spendscope::Test::FakeResponse)
Q_DECLARE_METATYPE(Spendscope::AwsError::Kind)

class TestCostExplorerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpoint_isGlobalCeInUsEast1();
    void getCostAndUsage_request_isSignedJson11Post();
    void knownAnswerVector_exactBody_signedThroughTransport();
    void getCostAndUsage_threePages_mergedWithExactSums();
    void getCostAndUsage_exampleA_untaggedGroupAndEstimated();
    void getCostAndUsage_totalsAndAttributes();
    void getCostAndUsage_validation_data();
    void getCostAndUsage_validation();
    void amounts_exactDecimals_data();
    void amounts_exactDecimals();
    void malformedResponse_data();
    void malformedResponse();
    void pagination_repeatedToken_stops();
    void pagination_badLaterPage_keepsNothingOfIt();
    void pagination_periodSplitAcrossPages_totalNotCountedTwice();
    void serviceErrors_data();
    void serviceErrors();
    void throttling_limitExceeded_retriedThenSucceeds();
    void httpStatusSequence_data();
    void httpStatusSequence();
    void timeout_hang_retriedThenReported();
    void connectionReset_retriedThenSucceeds();
    void getCostForecast_requestAndResult();
    void getCostForecast_validation();
    void getTags_allPages();
    void getTags_missingRequiredField_isMalformed();
    void getTags_validation();
    void getDimensionValues_allPages();
    void listCostAllocationTags_filtersAndPages();
    void listCostAllocationTags_unknownStatus_isMalformed();
    void listCostAllocationTags_validation();
    void updateCostAllocationTagsStatus_splitsIntoBatchesOfTwenty();
    void updateCostAllocationTagsStatus_validation();

private:
    void checkCeRequest(const Test::RecordedRequest &request, const QByteArray &operation);

    FakeNetworkAccessManager *m_network = nullptr;
    AwsTransport *m_transport = nullptr;
    std::unique_ptr<CostExplorerClient> m_client;
};

void TestCostExplorerClient::init()
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
    m_client = std::make_unique<CostExplorerClient>(m_transport);
}

void TestCostExplorerClient::cleanup()
{
    m_client.reset();
    delete m_transport;
    delete m_network;
}

void TestCostExplorerClient::checkCeRequest(const Test::RecordedRequest &request, const QByteArray &operation)
{
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toString(), u"https://ce.us-east-1.amazonaws.com/"_s);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.header("X-Amz-Target"), "AWSInsightsIndexService." + operation);
    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    const QByteArray authorization = request.header("Authorization");
    QVERIFY2(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ce/aws4_request, "
                                      "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="),
             authorization.constData());
}

void TestCostExplorerClient::endpoint_isGlobalCeInUsEast1()
{
    EndpointConfig config;
    config.region = u"eu-central-1"_s;
    const CostExplorerClient client(m_transport, config);
    QCOMPARE(client.endpoint().url, QUrl(u"https://ce.us-east-1.amazonaws.com"_s));
    QCOMPARE(client.endpoint().region, u"us-east-1"_s);
    QCOMPARE(client.endpoint().signingName, u"ce"_s);
}

void TestCostExplorerClient::getCostAndUsage_request_isSignedJson11Post()
{
    m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
    auto job = Test::runJob(m_client->getCostAndUsage(vectorRequest()));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));

    QCOMPARE(m_network->requests().size(), 1);
    const Test::RecordedRequest &request = m_network->requests().first();
    checkCeRequest(request, "GetCostAndUsage");
    QCOMPARE(request.body, QByteArray(ClientBody.data(), ClientBody.size()));
    // The same 218 bytes as the vector, only in another member order, and the same JSON.
    QCOMPARE(request.body.size(), 218);
    QCOMPARE(jsonOf(request.body), jsonOf(VectorBody.toByteArray()));
    QCOMPARE(request.header("Authorization"), ClientAuthorization.toByteArray());
    QCOMPARE(m_transport->requestCount(u"ce"_s), 1);
    QCOMPARE(job->attemptCount(), 1);
    QCOMPARE(job->pageCount(), 1);
}

void TestCostExplorerClient::knownAnswerVector_exactBody_signedThroughTransport()
{
    // QJsonObject cannot keep the vector's member order, so its exact bytes go through the same
    // JSON 1.1 request builder and transport as every client request.
    m_network->enqueue(FakeResponse::json(200, "{}"));
    const ServiceRequest request = Json11::serviceRequest(m_client->endpoint(), u"AWSInsightsIndexService"_s,
                                                          u"GetCostAndUsage"_s, VectorBody.toByteArray());
    auto job = Test::runJob(new ApiJob<EmptyResult>(m_transport, request, [](const HttpResponse &, EmptyResult &) {
        return StepOutcome::done();
    }));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 1);
    const Test::RecordedRequest &sent = m_network->requests().first();
    QCOMPARE(sent.body.size(), 218);
    QCOMPARE(sent.body, VectorBody.toByteArray());
    checkCeRequest(sent, "GetCostAndUsage");
    QCOMPARE(sent.header("Authorization"), VectorAuthorization.toByteArray());
}

void TestCostExplorerClient::getCostAndUsage_threePages_mergedWithExactSums()
{
    m_network->enqueue(fixture(u"getcostandusage-page1.http"_s));
    m_network->enqueue(fixture(u"getcostandusage-page2.http"_s));
    m_network->enqueue(fixture(u"getcostandusage-page3.http"_s));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));

    // Three billed requests; pages 2 and 3 repeat the request with the previous token.
    QCOMPARE(m_network->requests().size(), 3);
    QCOMPARE(job->pageCount(), 3);
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(m_transport->requestCount(u"ce"_s), 3);
    const QByteArray firstBody = R"({"Granularity":"MONTHLY","GroupBy":[{"Key":"Team","Type":"TAG"}],)"
                                 R"("Metrics":["UnblendedCost","NetUnblendedCost"],"TimePeriod":{"End":"2026-09-01","Start":"2026-06-01"}})";
    QCOMPARE(m_network->requests().at(0).body, firstBody);
    QJsonObject second = jsonOf(firstBody);
    second.insert(u"NextPageToken"_s, u"AAMA-EFRSURBSGh4bW5wQk1WSHBlMDVITGxMNW9WcG9qQT09"_s);
    QCOMPARE(m_network->requests().at(1).body, QJsonDocument(second).toJson(QJsonDocument::Compact));
    QJsonObject third = jsonOf(firstBody);
    third.insert(u"NextPageToken"_s, u"AAMA-EFRSURBSGh4bW5wQk1WSHBlMDVITGxMNW9WcG9qQT09-page3"_s);
    QCOMPARE(m_network->requests().at(2).body, QJsonDocument(third).toJson(QJsonDocument::Compact));
    for (const Test::RecordedRequest &request : m_network->requests())
        checkCeRequest(request, "GetCostAndUsage");

    const GetCostAndUsageResult &result = job->result();
    QCOMPARE(result.groupDefinitions, (QList<GroupDefinition>{{GroupType::Tag, u"Team"_s}}));
    // Periods split across pages are merged: three months, eight groups.
    QCOMPARE(result.resultsByTime.size(), 3);
    QCOMPARE(result.resultsByTime.at(0).timePeriod, (DateInterval{u"2026-06-01"_s, u"2026-07-01"_s}));
    QCOMPARE(result.resultsByTime.at(1).timePeriod, (DateInterval{u"2026-07-01"_s, u"2026-08-01"_s}));
    QCOMPARE(result.resultsByTime.at(2).timePeriod, (DateInterval{u"2026-08-01"_s, u"2026-09-01"_s}));
    QCOMPARE(result.resultsByTime.at(0).groups.size(), 2);
    QCOMPARE(result.resultsByTime.at(1).groups.size(), 3);
    QCOMPARE(result.resultsByTime.at(2).groups.size(), 3);
    QCOMPARE(result.resultsByTime.at(0).estimated, false);
    QCOMPARE(result.resultsByTime.at(1).estimated, false);
    QCOMPARE(result.resultsByTime.at(2).estimated, true);

    // July: 0.0000001035 (ten decimals, rounded half away to 104 nano) + 1.7E-7 - 0.01.
    Money july;
    for (const CostGroup &group : result.resultsByTime.at(1).groups)
        july += group.metrics.value(u"UnblendedCost"_s).amount;
    QCOMPARE(july, Money::fromNanos(104 + 170 - 10'000'000));
    QCOMPARE(july.toString(), u"-0.009999726"_s);
    QCOMPARE(result.resultsByTime.at(1).groups.at(2).keys, QStringList{u"Team$"_s}); // untagged
    QCOMPARE(result.resultsByTime.at(1).groups.at(2).metrics.value(u"UnblendedCost"_s),
             (MetricValue{money("-0.01"), u"USD"_s}));

    // Exact sums over all pages, to the last nano-unit.
    QCOMPARE(result.sum(u"UnblendedCost"_s), Money::fromNanos(123'458'435'184'657'064));
    QCOMPARE(result.sum(u"UnblendedCost"_s).toString(), u"123458435.184657064"_s);
    QCOMPARE(result.sum(u"NetUnblendedCost"_s), Money::fromNanos(123'458'432'634'657'062));

    // Untagged spend over the whole period: 731.02 - 0.01 + 12.5.
    Money untagged;
    for (const CostResultByTime &period : result.resultsByTime) {
        for (const CostGroup &group : period.groups) {
            if (group.keys == QStringList{u"Team$"_s})
                untagged += group.metrics.value(u"UnblendedCost"_s).amount;
        }
    }
    QCOMPARE(untagged.toString(), u"743.51"_s);
}

void TestCostExplorerClient::getCostAndUsage_exampleA_untaggedGroupAndEstimated()
{
    m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const GetCostAndUsageResult &result = job->result();
    QCOMPARE(result.resultsByTime.size(), 1);
    const CostResultByTime &august = result.resultsByTime.first();
    QVERIFY(august.total.isEmpty());
    QVERIFY(august.estimated);
    QCOMPARE(august.groups.size(), 2);
    QCOMPARE(august.groups.at(0).keys, QStringList{u"Team$"_s});
    QCOMPARE(august.groups.at(0).metrics.value(u"UnblendedCost"_s).amount, money("731.02"));
    QCOMPARE(august.groups.at(1).keys, QStringList{u"Team$platform"_s});
    QCOMPARE(august.groups.at(1).metrics.value(u"NetUnblendedCost"_s), (MetricValue{money("902.5512"), u"USD"_s}));
    QCOMPARE(result.sum(u"UnblendedCost"_s).toString(), u"1633.5712"_s);
    QVERIFY(result.dimensionValueAttributes.isEmpty());
}

void TestCostExplorerClient::getCostAndUsage_totalsAndAttributes()
{
    m_network->enqueue(fixture(u"getcostandusage-totals.http"_s));
    GetCostAndUsageRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-08-03"_s};
    request.granularity = Granularity::Daily;
    request.metrics = {u"UnblendedCost"_s, u"UsageQuantity"_s};
    auto job = Test::runJob(m_client->getCostAndUsage(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"Granularity":"DAILY","Metrics":["UnblendedCost","UsageQuantity"],)"
                        R"("TimePeriod":{"End":"2026-08-03","Start":"2026-08-01"}})"));
    const GetCostAndUsageResult &result = job->result();
    QCOMPARE(result.resultsByTime.size(), 2);
    // 14.0310298765 has ten decimals: rounded half away from zero to nine.
    QCOMPARE(result.resultsByTime.at(0).total.value(u"UnblendedCost"_s).amount.toString(), u"14.031029877"_s);
    QCOMPARE(result.resultsByTime.at(0).total.value(u"UsageQuantity"_s), (MetricValue{money("1523004"), u"N/A"_s}));
    QCOMPARE(result.sum(u"UnblendedCost"_s).toString(), u"14.031029877"_s);
    QCOMPARE(result.dimensionValueAttributes.size(), 1);
    QCOMPARE(result.dimensionValueAttributes.first().value, u"123456789012"_s);
    QCOMPARE(result.dimensionValueAttributes.first().attributes.value(u"description"_s), u"finops-prod"_s);
}

void TestCostExplorerClient::getCostAndUsage_validation_data()
{
    QTest::addColumn<GetCostAndUsageRequest>("request");
    QTest::addColumn<QString>("expectedFragment");

    GetCostAndUsageRequest r = byTeamRequest();
    r.groupBy.append({GroupType::Dimension, u"SERVICE"_s});
    r.groupBy.append({GroupType::Dimension, u"USAGE_TYPE"_s});
    QTest::newRow("three groups") << r << u"at most two"_s;

    r = byTeamRequest();
    r.timePeriod = {u"2026-09-01"_s, u"2026-09-01"_s};
    QTest::newRow("start equals end") << r << u"must start before it ends"_s;
    r.timePeriod = {u"2026-09-02"_s, u"2026-09-01"_s};
    QTest::newRow("start after end") << r << u"must start before it ends"_s;
    r.timePeriod = {u"2026-02-30"_s, u"2026-03-01"_s};
    QTest::newRow("no such day") << r << u"is not a date"_s;
    r.timePeriod = {u"2026/01/01"_s, u"2026-03-01"_s};
    QTest::newRow("wrong format") << r << u"is not a date"_s;
    r.timePeriod = {u"2026-08-20T00:00:00Z"_s, u"2026-08-20T00:00"_s};
    QTest::newRow("hourly without seconds") << r << u"is not a date"_s;

    r = byTeamRequest();
    r.metrics = {};
    QTest::newRow("no metric") << r << u"At least one metric"_s;
    r.metrics = {u"UNBLENDED_COST"_s};
    QTest::newRow("forecast metric name") << r << u"not a Cost Explorer metric"_s;
    r.metrics = {u"UnblendedCost"_s, u"UnblendedCost"_s};
    QTest::newRow("metric twice") << r << u"asked for twice"_s;

    r = byTeamRequest();
    r.groupBy = {{GroupType::Tag, QString()}};
    QTest::newRow("empty group key") << r << u"grouping key is empty"_s;
    r.groupBy = {{GroupType::Dimension, u"service"_s}};
    QTest::newRow("dimension lower case") << r << u"not a dimension name"_s;
    r.groupBy = {{GroupType::Tag, u"Team"_s}, {GroupType::Tag, u"Team"_s}};
    QTest::newRow("group twice") << r << u"given twice"_s;

    r = byTeamRequest();
    r.filter = CostExpression::allOf({CostExpression::tag(u"Team"_s, {u"a"_s})});
    QTest::newRow("bad filter") << r << u"fewer than two"_s;
    r = byTeamRequest();
    r.billingViewArn = u"arn:aws:s3:::bucket"_s;
    QTest::newRow("bad billing view") << r << u"not a billing view ARN"_s;
}

void TestCostExplorerClient::getCostAndUsage_validation()
{
    QFETCH(GetCostAndUsageRequest, request);
    QFETCH(QString, expectedFragment);
    auto job = Test::runJob(m_client->getCostAndUsage(request));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    // Nothing was sent, so nothing was billed.
    QCOMPARE(m_network->requests().size(), 0);
    QCOMPARE(job->attemptCount(), 0);
    QCOMPARE(m_transport->requestCount(u"ce"_s), 0);
}

void TestCostExplorerClient::amounts_exactDecimals_data()
{
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("ten decimals") << QByteArray("\"0.0000001035\"") << qint64(104);
    QTest::newRow("E notation") << QByteArray("\"1.7E-7\"") << qint64(170);
    QTest::newRow("negative cent") << QByteArray("\"-0.01\"") << qint64(-10'000'000);
    QTest::newRow("zero") << QByteArray("\"0\"") << qint64(0);
    QTest::newRow("large") << QByteArray("\"8876543210.123456789\"") << qint64(8'876'543'210'123'456'789);
    QTest::newRow("positive exponent") << QByteArray("\"1.5e3\"") << qint64(1'500'000'000'000);
    QTest::newRow("below a nano") << QByteArray("\"4E-10\"") << qint64(0);
}

void TestCostExplorerClient::amounts_exactDecimals()
{
    QFETCH(QByteArray, amount);
    QFETCH(qint64, nanos);
    m_network->enqueue(groupAmountResponse(amount));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().resultsByTime.first().groups.first().metrics.value(u"UnblendedCost"_s).amount,
             Money::fromNanos(nanos));
}

void TestCostExplorerClient::malformedResponse_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("expectedFragment");

    QTest::newRow("empty body") << FakeResponse::json(200, QByteArray()) << u"empty"_s;
    QTest::newRow("truncated") << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-08-01")")
                               << u"not valid JSON"_s;
    QTest::newRow("html") << FakeResponse::json(200, "<html>oops</html>", "text/html") << u"not valid JSON"_s;
    QTest::newRow("array") << FakeResponse::json(200, "[]") << u"not a JSON object"_s;
    QTest::newRow("amount as number") << groupAmountResponse("12.5")
                                      << u"ResultsByTime[0].Groups[0].Metrics.UnblendedCost.Amount: expected a decimal string, found a number"_s;
    QTest::newRow("amount absurd") << groupAmountResponse("\"1e400\"") << u"\"1e400\" is not a decimal amount"_s;
    QTest::newRow("amount number 1e400") << groupAmountResponse("1e400") << u"not valid JSON"_s;
    QTest::newRow("amount text") << groupAmountResponse("\"twelve\"") << u"\"twelve\" is not a decimal amount"_s;
    QTest::newRow("amount overflow") << groupAmountResponse("\"99999999999\"") << u"not a decimal amount in range"_s;
    QTest::newRow("amount missing") << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"a","End":"b"},"Total":{"UnblendedCost":{"Unit":"USD"}}}]})")
                                    << u"ResultsByTime[0].Total.UnblendedCost.Amount: the field is missing"_s;
    QTest::newRow("groups not array")
        << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-08-01","End":"2026-09-01"},"Groups":{"Keys":[]}}]})")
        << u"ResultsByTime[0].Groups: expected an array, found a object"_s;
    QTest::newRow("results not array") << FakeResponse::json(200, R"({"ResultsByTime":"none"})")
                                       << u"ResultsByTime: expected an array"_s;
    QTest::newRow("keys not strings")
        << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"a","End":"b"},"Groups":[{"Keys":[1],"Metrics":{}}]}]})")
        << u"ResultsByTime[0].Groups[0].Keys[0]: expected a string"_s;
    QTest::newRow("period missing") << FakeResponse::json(200, R"({"ResultsByTime":[{"Total":{}}]})")
                                    << u"ResultsByTime[0].TimePeriod.Start: the field is missing"_s;
    QTest::newRow("estimated as string")
        << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"a","End":"b"},"Estimated":"true"}]})")
        << u"ResultsByTime[0].Estimated: expected true or false"_s;
    QTest::newRow("metrics as array")
        << FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":{"Start":"a","End":"b"},"Total":[]}]})")
        << u"ResultsByTime[0].Total: expected an object"_s;
    QTest::newRow("token not string") << FakeResponse::json(200, R"({"ResultsByTime":[],"NextPageToken":7})")
                                      << u"NextPageToken: expected a string"_s;
    QTest::newRow("unknown group type") << FakeResponse::json(200, R"({"GroupDefinitions":[{"Type":"RESOURCE","Key":"x"}]})")
                                        << u"GroupDefinitions[0].Type: unknown group type"_s;
}

void TestCostExplorerClient::malformedResponse()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, expectedFragment);
    m_network->enqueue(response);
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    // A bad answer is not retried: asking again costs money and gives the same answer.
    QCOMPARE(m_network->requests().size(), 1);
    QVERIFY(job->result().resultsByTime.isEmpty());
}

void TestCostExplorerClient::pagination_repeatedToken_stops()
{
    const QByteArray page = R"({"ResultsByTime":[],"NextPageToken":"same"})";
    m_network->enqueue(FakeResponse::json(200, page));
    m_network->enqueue(FakeResponse::json(200, page));
    m_network->enqueue(FakeResponse::json(200, page));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(u"returned before"_s), qPrintable(job->error().message()));
    QCOMPARE(m_network->requests().size(), 2);
}

void TestCostExplorerClient::pagination_badLaterPage_keepsNothingOfIt()
{
    m_network->enqueue(fixture(u"getcostandusage-page1.http"_s));
    m_network->enqueue(groupAmountResponse("12.5"));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(job->pageCount(), 2);
    // Page one is in, nothing of the bad page two.
    QCOMPARE(job->result().resultsByTime.size(), 2);
}

void TestCostExplorerClient::pagination_periodSplitAcrossPages_totalNotCountedTwice()
{
    const QByteArray period = R"({"Start":"2026-08-01","End":"2026-08-02"})";
    m_network->enqueue(FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":)" + period
                                                   + R"(,"Total":{"UnblendedCost":{"Amount":"5.5","Unit":"USD"}},"Groups":[],"Estimated":false}],)"
                                                     R"("NextPageToken":"t2"})"));
    m_network->enqueue(FakeResponse::json(200, R"({"ResultsByTime":[{"TimePeriod":)" + period
                                                   + R"(,"Total":{"UnblendedCost":{"Amount":"5.5","Unit":"USD"},)"
                                                     R"("UsageQuantity":{"Amount":"7","Unit":"N/A"}},"Groups":[],"Estimated":true}]})"));
    GetCostAndUsageRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-08-02"_s};
    request.granularity = Granularity::Daily;
    request.metrics = {u"UnblendedCost"_s, u"UsageQuantity"_s};
    auto job = Test::runJob(m_client->getCostAndUsage(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().resultsByTime.size(), 1);
    const CostResultByTime &day = job->result().resultsByTime.first();
    QCOMPARE(day.total.value(u"UnblendedCost"_s).amount.toString(), u"5.5"_s);
    QCOMPARE(day.total.value(u"UsageQuantity"_s).amount.toString(), u"7"_s); // only on page two
    QVERIFY(day.estimated);
    QCOMPARE(job->result().sum(u"UnblendedCost"_s).toString(), u"5.5"_s);
}

void TestCostExplorerClient::serviceErrors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<AwsError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageFragment");
    QTest::addColumn<int>("attempts");

    QTest::newRow("__type sanitised, throttle retried") << u"error-limitexceeded.http"_s << AwsError::Kind::Throttling
                                                        << u"LimitExceededException"_s << u"too many calls"_s << 3;
    QTest::newRow("x-amzn-ErrorType header") << u"error-validation-header.http"_s << AwsError::Kind::Validation
                                             << u"ValidationException"_s << u"more than one roots"_s << 1;
    QTest::newRow("access denied") << u"error-accessdenied.http"_s << AwsError::Kind::AccessDenied
                                   << u"AccessDeniedException"_s << u"not authorized"_s << 1;
    QTest::newRow("data unavailable") << u"error-dataunavailable.http"_s << AwsError::Kind::Validation
                                      << u"DataUnavailableException"_s << u"historical data"_s << 1;
    QTest::newRow("429") << u"error-throttling-429.http"_s << AwsError::Kind::Throttling << u"ThrottlingException"_s
                         << u"Rate exceeded"_s << 3;
    QTest::newRow("500") << u"error-internal-500.http"_s << AwsError::Kind::Service << u"InternalFailure"_s
                         << QString() << 3;
    QTest::newRow("503 html") << u"error-unavailable-503.http"_s << AwsError::Kind::Service << u"ServiceUnavailable"_s
                              << QString() << 3;
}

void TestCostExplorerClient::serviceErrors()
{
    QFETCH(QString, fixtureName);
    QFETCH(AwsError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, messageFragment);
    QFETCH(int, attempts);
    m_network->setHandler([&](const Test::RecordedRequest &) { return fixture(fixtureName); });
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), kind);
    QCOMPARE(job->error().code(), code);
    QVERIFY2(job->error().message().contains(messageFragment), qPrintable(job->error().message()));
    QCOMPARE(job->error().requestId(), u"6c9a2b3e-8d1f-4f0a-9b7e-2a1c3d4e5f60"_s);
    QVERIFY(job->error().httpStatus() >= 400);
    QCOMPARE(job->attemptCount(), attempts);
    QCOMPARE(m_network->requests().size(), attempts);
    QCOMPARE(m_transport->requestCount(u"ce"_s), attempts); // each retry is billed too
    QCOMPARE(job->pageCount(), 0);
}

void TestCostExplorerClient::throttling_limitExceeded_retriedThenSucceeds()
{
    m_network->enqueue(fixture(u"error-limitexceeded.http"_s));
    m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->attemptCount(), 2);
    QCOMPARE(job->pageCount(), 1);
    QCOMPARE(m_transport->requestCount(u"ce"_s), 2);
    // The retry is the identical request, signed afresh.
    QCOMPARE(m_network->requests().at(0).body, m_network->requests().at(1).body);
    checkCeRequest(m_network->requests().at(1), "GetCostAndUsage");
    QCOMPARE(job->result().sum(u"UnblendedCost"_s).toString(), u"1633.5712"_s);
}

void TestCostExplorerClient::httpStatusSequence_data()
{
    QTest::addColumn<QList<int>>("statuses"); // 0: the success fixture
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("lastStatus");
    QTest::newRow("429 then 200") << QList<int>{429, 0} << true << 200;
    QTest::newRow("500 then 503 then 200") << QList<int>{500, 503, 0} << true << 200;
    QTest::newRow("503 three times") << QList<int>{503, 503, 503} << false << 503;
    QTest::newRow("429 500 503") << QList<int>{429, 500, 503} << false << 503;
    QTest::newRow("400 is final") << QList<int>{400, 0} << false << 400;
}

void TestCostExplorerClient::httpStatusSequence()
{
    QFETCH(QList<int>, statuses);
    QFETCH(bool, succeeds);
    QFETCH(int, lastStatus);
    for (const int status : statuses) {
        if (status == 0)
            m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
        else
            m_network->enqueue(FakeResponse::json(status, status == 400 ? R"({"__type":"ValidationException"})" : "{}"));
    }
    auto job = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QCOMPARE(!job->hasError(), succeeds);
    if (!succeeds)
        QCOMPARE(job->error().httpStatus(), lastStatus);
    else
        QCOMPARE(job->lastResponse().status, lastStatus);
}

void TestCostExplorerClient::timeout_hang_retriedThenReported()
{
    m_transport->setTransferTimeout(50ms);
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
    auto ok = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!ok->hasError(), qPrintable(ok->errorString()));
    QCOMPARE(ok->attemptCount(), 2);

    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    auto failed = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(failed->hasError());
    QCOMPARE(failed->error().kind(), AwsError::Kind::Timeout);
    QCOMPARE(failed->attemptCount(), 3);
}

void TestCostExplorerClient::connectionReset_retriedThenSucceeds()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(fixture(u"getcostandusage-examplea.http"_s));
    auto ok = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY2(!ok->hasError(), qPrintable(ok->errorString()));
    QCOMPARE(ok->attemptCount(), 2);

    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    auto failed = Test::runJob(m_client->getCostAndUsage(byTeamRequest()));
    QVERIFY(failed->hasError());
    QCOMPARE(failed->error().kind(), AwsError::Kind::Network);
    QCOMPARE(failed->attemptCount(), 3);
}

void TestCostExplorerClient::getCostForecast_requestAndResult()
{
    m_network->enqueue(fixture(u"getcostforecast.http"_s));
    GetCostForecastRequest request;
    request.timePeriod = {u"2026-08-27"_s, u"2026-09-01"_s};
    request.metric = ForecastMetric::UnblendedCost;
    request.granularity = Granularity::Monthly;
    request.filter = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
    request.predictionIntervalLevel = 80;
    auto job = Test::runJob(m_client->getCostForecast(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkCeRequest(m_network->requests().first(), "GetCostForecast");
    QCOMPARE(m_network->requests().first().body,
             QByteArray(R"({"Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},"Granularity":"MONTHLY",)"
                        R"("Metric":"UNBLENDED_COST","PredictionIntervalLevel":80,"TimePeriod":{"End":"2026-09-01","Start":"2026-08-27"}})"));
    const GetCostForecastResult &result = job->result();
    QVERIFY(result.total);
    QCOMPARE(result.total->amount.toString(), u"1234.567890123"_s);
    QCOMPARE(result.total->unit, u"USD"_s);
    QCOMPARE(result.forecastResultsByTime.size(), 1);
    const ForecastResult &f = result.forecastResultsByTime.first();
    QCOMPARE(f.timePeriod, (DateInterval{u"2026-08-27"_s, u"2026-09-01"_s}));
    QCOMPARE(f.meanValue, std::optional<Money>(money("1234.5678901234")));
    QCOMPARE(f.lowerBound, std::optional<Money>(money("1100")));
    QCOMPARE(f.upperBound, std::optional<Money>(Money::fromNanos(1'400'000'000'001)));

    const QList<ForecastMetric> metrics = {ForecastMetric::BlendedCost, ForecastMetric::AmortizedCost,
                                           ForecastMetric::NetUnblendedCost, ForecastMetric::NetAmortizedCost,
                                           ForecastMetric::UsageQuantity, ForecastMetric::NormalizedUsageAmount};
    const QStringList names = {u"BLENDED_COST"_s, u"AMORTIZED_COST"_s, u"NET_UNBLENDED_COST"_s,
                               u"NET_AMORTIZED_COST"_s, u"USAGE_QUANTITY"_s, u"NORMALIZED_USAGE_AMOUNT"_s};
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        request.metric = metrics.at(i);
        QCOMPARE(CostExplorerClient::toJson(request).value(u"Metric"_s).toString(), names.at(i));
    }
}

void TestCostExplorerClient::getCostForecast_validation()
{
    GetCostForecastRequest request;
    request.timePeriod = {u"2026-08-27"_s, u"2026-09-01"_s};
    request.granularity = Granularity::Hourly;
    QVERIFY(CostExplorerClient::validate(request).message().contains(u"by day or by month"_s));
    request.granularity = Granularity::Daily;
    QVERIFY(!CostExplorerClient::validate(request));
    request.predictionIntervalLevel = 50;
    QVERIFY(CostExplorerClient::validate(request).message().contains(u"between 51 and 99"_s));
    request.predictionIntervalLevel = 100;
    QVERIFY(CostExplorerClient::validate(request));
    request.predictionIntervalLevel = 99;
    QVERIFY(!CostExplorerClient::validate(request));

    request.timePeriod = {u"2026-09-01"_s, u"2026-08-27"_s};
    auto job = Test::runJob(m_client->getCostForecast(request));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_network->requests().size(), 0);

    m_network->enqueue(fixture(u"error-dataunavailable.http"_s));
    request.timePeriod = {u"2026-08-27"_s, u"2026-09-01"_s};
    auto unavailable = Test::runJob(m_client->getCostForecast(request));
    QCOMPARE(unavailable->error().code(), u"DataUnavailableException"_s);
}

void TestCostExplorerClient::getTags_allPages()
{
    m_network->enqueue(fixture(u"gettags-page1.http"_s));
    m_network->enqueue(fixture(u"gettags-page2.http"_s));
    GetTagsRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-09-01"_s};
    request.tagKey = u"Team"_s;
    auto job = Test::runJob(m_client->getTags(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 2);
    checkCeRequest(m_network->requests().at(0), "GetTags");
    QCOMPARE(m_network->requests().at(0).body,
             QByteArray(R"({"TagKey":"Team","TimePeriod":{"End":"2026-09-01","Start":"2026-08-01"}})"));
    QCOMPARE(m_network->requests().at(1).body,
             QByteArray(R"({"NextPageToken":"tags-page-2","TagKey":"Team","TimePeriod":{"End":"2026-09-01","Start":"2026-08-01"}})"));
    QCOMPARE(job->result().tags, (QStringList{u"data"_s, u"platform"_s, QString()}));
    QCOMPARE(job->result().returnSize, 3);
    QCOMPARE(job->result().totalSize, 3);
    QCOMPARE(job->pageCount(), 2);

    // Sorted, limited and filtered.
    request.tagKey.clear();
    request.searchString = u"Te"_s;
    request.sortBy = {SortDefinition{u"UnblendedCost"_s, SortOrder::Descending}};
    request.maxResults = 10;
    request.filter = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
    QCOMPARE(QJsonDocument(CostExplorerClient::toJson(request)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"Filter":{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},"MaxResults":10,)"
                        R"("SearchString":"Te","SortBy":[{"Key":"UnblendedCost","SortOrder":"DESCENDING"}],)"
                        R"("TimePeriod":{"End":"2026-09-01","Start":"2026-08-01"}})"));
}

void TestCostExplorerClient::getTags_missingRequiredField_isMalformed()
{
    m_network->enqueue(FakeResponse::json(200, R"({"ReturnSize":0,"TotalSize":0})"));
    GetTagsRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-09-01"_s};
    auto job = Test::runJob(m_client->getTags(request));
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(u"Tags: the field is missing"_s), qPrintable(job->error().message()));

    m_network->enqueue(FakeResponse::json(200, R"({"Tags":[],"ReturnSize":1.5,"TotalSize":0})"));
    auto fractional = Test::runJob(m_client->getTags(request));
    QVERIFY2(fractional->error().message().contains(u"ReturnSize: expected a whole number"_s),
             qPrintable(fractional->error().message()));
}

void TestCostExplorerClient::getTags_validation()
{
    GetTagsRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-09-01"_s};
    request.maxResults = 10;
    auto job = Test::runJob(m_client->getTags(request));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY(job->error().message().contains(u"needs a sort order"_s));
    request.sortBy = {SortDefinition{u"UnblendedCost"_s, std::nullopt}};
    request.maxResults = 1001;
    QVERIFY(CostExplorerClient::validate(request).message().contains(u"between 1 and 1000"_s));
    request.maxResults = 1000;
    QVERIFY(!CostExplorerClient::validate(request));
    QCOMPARE(m_network->requests().size(), 0);
}

void TestCostExplorerClient::getDimensionValues_allPages()
{
    m_network->enqueue(fixture(u"getdimensionvalues-page1.http"_s));
    m_network->enqueue(fixture(u"getdimensionvalues-page2.http"_s));
    GetDimensionValuesRequest request;
    request.timePeriod = {u"2026-08-01"_s, u"2026-09-01"_s};
    request.dimension = u"SERVICE"_s;
    request.searchString = u"Bedrock"_s;
    request.context = DimensionContext::CostAndUsage;
    auto job = Test::runJob(m_client->getDimensionValues(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkCeRequest(m_network->requests().at(0), "GetDimensionValues");
    QCOMPARE(m_network->requests().at(0).body,
             QByteArray(R"({"Context":"COST_AND_USAGE","Dimension":"SERVICE","SearchString":"Bedrock",)"
                        R"("TimePeriod":{"End":"2026-09-01","Start":"2026-08-01"}})"));
    QCOMPARE(jsonOf(m_network->requests().at(1).body).value(u"NextPageToken"_s).toString(), u"dims-page-2"_s);
    const GetDimensionValuesResult &result = job->result();
    QCOMPARE(result.dimensionValues.size(), 3);
    QCOMPARE(result.dimensionValues.at(0).value, u"Amazon Bedrock"_s);
    QCOMPARE(result.dimensionValues.at(1).value, u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s);
    QCOMPARE(result.dimensionValues.at(2).attributes.value(u"description"_s), u"Anthropic"_s);
    QCOMPARE(result.returnSize, 3);
    QCOMPARE(result.totalSize, 3);

    request.dimension = u"service"_s;
    QCOMPARE(CostExplorerClient::validate(request).kind(), AwsError::Kind::InvalidInput);
}

void TestCostExplorerClient::listCostAllocationTags_filtersAndPages()
{
    m_network->enqueue(fixture(u"listcostallocationtags-page1.http"_s));
    m_network->enqueue(fixture(u"listcostallocationtags-page2.http"_s));
    ListCostAllocationTagsRequest request;
    request.status = CostAllocationTagStatus::Active;
    request.type = CostAllocationTagType::UserDefined;
    request.tagKeys = {u"Team"_s, u"Project"_s};
    request.maxResults = 2;
    auto job = Test::runJob(m_client->listCostAllocationTags(request));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    checkCeRequest(m_network->requests().at(0), "ListCostAllocationTags");
    QCOMPARE(m_network->requests().at(0).body,
             QByteArray(R"({"MaxResults":2,"Status":"Active","TagKeys":["Team","Project"],"Type":"UserDefined"})"));
    // This operation pages with NextToken, not NextPageToken.
    QCOMPARE(m_network->requests().at(1).body,
             QByteArray(R"({"MaxResults":2,"NextToken":"cat-page-2","Status":"Active","TagKeys":["Team","Project"],"Type":"UserDefined"})"));
    const QList<CostAllocationTag> &tags = job->result().tags;
    QCOMPARE(tags.size(), 3);
    QCOMPARE(tags.at(0).tagKey, u"Team"_s);
    QCOMPARE(tags.at(0).type, CostAllocationTagType::UserDefined);
    QCOMPARE(tags.at(0).status, CostAllocationTagStatus::Active);
    QCOMPARE(tags.at(0).lastUpdatedDate, QDateTime(QDate(2026, 7, 1), QTime(8, 15), Qt::UTC));
    QCOMPARE(tags.at(0).lastUsedDate, QDateTime(QDate(2026, 8, 26), QTime(0, 0), Qt::UTC));
    QCOMPARE(tags.at(1).type, CostAllocationTagType::AwsGenerated);
    QCOMPARE(tags.at(1).status, CostAllocationTagStatus::Inactive);
    QVERIFY(!tags.at(1).lastUpdatedDate.isValid());
    QCOMPARE(tags.at(2).lastUpdatedDate, QDateTime(QDate(2026, 7, 2), QTime(8, 0), Qt::UTC)); // +02:00

    // No filters: an empty object.
    m_network->enqueue(FakeResponse::json(200, R"({"CostAllocationTags":[]})"));
    auto all = Test::runJob(m_client->listCostAllocationTags());
    QVERIFY(!all->hasError());
    QCOMPARE(m_network->requests().last().body, QByteArray("{}"));
}

void TestCostExplorerClient::listCostAllocationTags_unknownStatus_isMalformed()
{
    m_network->enqueue(FakeResponse::json(200, R"({"CostAllocationTags":[{"TagKey":"Team","Type":"UserDefined","Status":"Pending"}]})"));
    auto job = Test::runJob(m_client->listCostAllocationTags());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(u"CostAllocationTags[0].Status: unknown tag status"_s),
             qPrintable(job->error().message()));
    m_network->enqueue(FakeResponse::json(200, R"({"CostAllocationTags":[{"TagKey":"Team","Type":"UserDefined","Status":"Active","LastUsedDate":"yesterday"}]})"));
    auto badDate = Test::runJob(m_client->listCostAllocationTags());
    QVERIFY2(badDate->error().message().contains(u"LastUsedDate: \"yesterday\" is not a date"_s),
             qPrintable(badDate->error().message()));
}

void TestCostExplorerClient::listCostAllocationTags_validation()
{
    ListCostAllocationTagsRequest request;
    for (int i = 0; i < 101; ++i)
        request.tagKeys.append(u"k%1"_s.arg(i));
    auto job = Test::runJob(m_client->listCostAllocationTags(request));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY(job->error().message().contains(u"At most 100"_s));
    request.tagKeys = {QString()};
    QVERIFY(CostExplorerClient::validate(request));
    request.tagKeys.clear();
    request.maxResults = 0;
    QVERIFY(CostExplorerClient::validate(request));
    QCOMPARE(m_network->requests().size(), 0);
}

void TestCostExplorerClient::updateCostAllocationTagsStatus_splitsIntoBatchesOfTwenty()
{
    QList<CostAllocationTagStatusEntry> entries;
    for (int i = 0; i < 44; ++i)
        entries.append({u"key%1"_s.arg(i, 2, 10, QChar(u'0')), CostAllocationTagStatus::Active});
    entries.append({u"NoSuchKey"_s, CostAllocationTagStatus::Inactive});
    m_network->enqueue(fixture(u"updatecostallocationtagsstatus-ok.http"_s));
    m_network->enqueue(FakeResponse::json(200, "{}"));
    m_network->enqueue(fixture(u"updatecostallocationtagsstatus-errors.http"_s));
    auto job = Test::runJob(m_client->updateCostAllocationTagsStatus(entries));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));

    QCOMPARE(m_network->requests().size(), 3);
    const QList<int> sizes = {20, 20, 5};
    int index = 0;
    for (int batch = 0; batch < 3; ++batch) {
        const Test::RecordedRequest &request = m_network->requests().at(batch);
        checkCeRequest(request, "UpdateCostAllocationTagsStatus");
        const QJsonArray list = jsonOf(request.body).value(u"CostAllocationTagsStatus"_s).toArray();
        QCOMPARE(list.size(), sizes.at(batch));
        for (const QJsonValue &item : list) {
            QCOMPARE(item.toObject().value(u"TagKey"_s).toString(), entries.at(index).tagKey);
            ++index;
        }
    }
    QCOMPARE(m_network->requests().at(2).body,
             QByteArray(R"({"CostAllocationTagsStatus":[{"Status":"Active","TagKey":"key40"},{"Status":"Active","TagKey":"key41"},)"
                        R"({"Status":"Active","TagKey":"key42"},{"Status":"Active","TagKey":"key43"},)"
                        R"({"Status":"Inactive","TagKey":"NoSuchKey"}]})"));
    QCOMPARE(job->result().errors.size(), 1);
    QCOMPARE(job->result().errors.first().tagKey, u"NoSuchKey"_s);
    QCOMPARE(job->result().errors.first().code, u"TagKeysNotFoundException"_s);
    QCOMPARE(job->result().errors.first().message, u"The tag key NoSuchKey was not found."_s);
    QCOMPARE(job->pageCount(), 3);

    // A failing batch ends the job; later batches are not sent.
    m_network->enqueue(FakeResponse::json(200, "{}"));
    m_network->enqueue(FakeResponse::json(400, R"({"__type":"ValidationException","Message":"bad key"})"));
    auto failed = Test::runJob(m_client->updateCostAllocationTagsStatus(entries));
    QCOMPARE(failed->error().code(), u"ValidationException"_s);
    QCOMPARE(m_network->requests().size(), 5);
}

void TestCostExplorerClient::updateCostAllocationTagsStatus_validation()
{
    auto empty = Test::runJob(m_client->updateCostAllocationTagsStatus({}));
    QCOMPARE(empty->error().kind(), AwsError::Kind::InvalidInput);
    auto twice = Test::runJob(m_client->updateCostAllocationTagsStatus(
        {{u"Team"_s, CostAllocationTagStatus::Active}, {u"Team"_s, CostAllocationTagStatus::Inactive}}));
    QVERIFY(twice->error().message().contains(u"listed twice"_s));
    auto blank = Test::runJob(m_client->updateCostAllocationTagsStatus({{QString(), CostAllocationTagStatus::Active}}));
    QCOMPARE(blank->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_network->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCostExplorerClient)
#include "tst_costexplorerclient.moc"
