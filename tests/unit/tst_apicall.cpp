// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/apicall.h"
#include "fakenetworkaccessmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;
using Test::FakeNetworkAccessManager;
using Test::FakeResponse;

namespace {

struct Pages
{
    QStringList items;
};

// A paged JSON 1.1 call as the clients build them: {"Items":[...],"NextToken":"..."}.
StepOutcome parsePage(const HttpResponse &r, Pages &out, const HttpRequest &first)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return StepOutcome::fail(AwsError::malformed(u"not a JSON object"_s, r.status));
    const QJsonObject o = doc.object();
    for (const auto &v : o.value(u"Items"_s).toArray())
        out.items.append(v.toString());
    const QString token = o.value(u"NextToken"_s).toString();
    if (token.isEmpty())
        return StepOutcome::done();
    HttpRequest next = first;
    QJsonObject body = QJsonDocument::fromJson(first.body).object();
    body.insert(u"NextToken"_s, token);
    next.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return StepOutcome::nextPage(next);
}

} // namespace

class TestApiCall final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void sigv4_signsEveryAttemptWithScopeAndToken();
    void bearer_sendsApiKeyInsteadOfSignature();
    void missingCredentials_failsWithoutSending();
    void expiredCredentials_failsWithoutSending();
    void pagination_mergesPagesAndCountsRequests();
    void retry_throttlingThenSuccess_data();
    void retry_throttlingThenSuccess();
    void retry_exhausted_returnsLastTypedError();
    void nonRetryableError_failsAtOnce();
    void timeout_isRetriedThenReported();
    void cancel_midFlight_finishesOnceWithCancelled();
    void cancel_duringBackoff_stopsRetrying();
    void transportDeleted_endsPendingCallsAsCancelled_data();
    void transportDeleted_endsPendingCallsAsCancelled();
    void preflightError_sendsNothing();
    void oversizedResponse_isRefused();
    void malformedBody_reportedByStep();
    void finished_emittedExactlyOnce_andAutoDeletes();

private:
    ApiJob<Pages> *makeJob(const QByteArray &body = "{}");

    FakeNetworkAccessManager *m_network = nullptr;
    AwsTransport *m_transport = nullptr;
};

void TestApiCall::init()
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
    m_transport->setRetryPolicy(RetryPolicy(fast));
}

void TestApiCall::cleanup()
{
    delete m_transport;
    delete m_network;
}

ApiJob<Pages> *TestApiCall::makeJob(const QByteArray &body)
{
    ServiceRequest request;
    request.endpoint.url = QUrl(u"https://ce.us-east-1.amazonaws.com"_s);
    request.endpoint.region = u"us-east-1"_s;
    request.endpoint.signingName = u"ce"_s;
    request.protocol = WireProtocol::Json11;
    request.operation = u"ListThings"_s;
    request.http.method = "POST";
    request.http.setHeader("Content-Type", "application/x-amz-json-1.1");
    request.http.setHeader("X-Amz-Target", "Test.ListThings");
    request.http.body = body;
    const HttpRequest first = request.http;
    auto *job = new ApiJob<Pages>(m_transport, request, [first](const HttpResponse &r, Pages &out) {
        return parsePage(r, out, first);
    });
    job->setAutoDelete(false);
    return job;
}

void TestApiCall::sigv4_signsEveryAttemptWithScopeAndToken()
{
    AwsCredentials c = m_transport->credentials();
    c.sessionToken = u"session-token"_s;
    m_transport->setCredentials(c);
    m_network->enqueue(FakeResponse::json(500, "{}"));
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["a"]})"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 2);
    for (const auto &r : m_network->requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(), u"https://ce.us-east-1.amazonaws.com/"_s);
        QCOMPARE(r.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
        QCOMPARE(r.header("X-Amz-Security-Token"), QByteArray("session-token"));
        const QByteArray auth = r.header("Authorization");
        QVERIFY2(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ce/aws4_request, "
                                 "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature="),
                 auth.constData());
        QVERIFY(!r.header("User-Agent").isEmpty());
    }
    QCOMPARE(job->attemptCount(), 2);
    QCOMPARE(m_transport->requestCount(u"ce"_s), 2);
}

void TestApiCall::bearer_sendsApiKeyInsteadOfSignature()
{
    AwsCredentials c;
    c.bearerToken = u"bedrock-api-key-abc"_s;
    m_transport->setCredentials(c);
    ServiceRequest request;
    request.endpoint.url = QUrl(u"http://127.0.0.1:9999"_s);
    request.endpoint.region = u"us-east-1"_s;
    request.endpoint.signingName = u"bedrock-mantle"_s;
    request.protocol = WireProtocol::RestJson;
    request.auth = AuthMode::Bearer;
    request.http.path = "/v1/organization/projects";
    request.http.query = "limit=2";
    m_network->enqueue(FakeResponse::json(200, R"({"Items":[]})", "application/json"));
    auto *job = new ApiJob<Pages>(m_transport, request, [](const HttpResponse &, Pages &) { return StepOutcome::done(); });
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(m_network->requests().size(), 1);
    const auto &r = m_network->requests().first();
    QCOMPARE(r.url.toString(), u"http://127.0.0.1:9999/v1/organization/projects?limit=2"_s);
    QCOMPARE(r.header("Authorization"), QByteArray("Bearer bedrock-api-key-abc"));
    QVERIFY(r.header("X-Amz-Date").isEmpty());
}

void TestApiCall::missingCredentials_failsWithoutSending()
{
    m_transport->setCredentials({});
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QVERIFY(m_network->requests().isEmpty());
}

void TestApiCall::expiredCredentials_failsWithoutSending()
{
    AwsCredentials c = m_transport->credentials();
    c.sessionToken = u"t"_s;
    c.expiration = QDateTime(QDate(2015, 8, 30), QTime(12, 0), Qt::UTC);
    m_transport->setCredentials(c);
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(job->error().code(), u"ExpiredToken"_s);
    QVERIFY(m_network->requests().isEmpty());
}

void TestApiCall::pagination_mergesPagesAndCountsRequests()
{
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["a","b"],"NextToken":"t1"})"));
    m_network->enqueue(FakeResponse::json(429, R"({"__type":"ThrottlingException"})"));
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["c"],"NextToken":"t2"})"));
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["d"]})"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob(R"({"Filter":1})"));
    QSignalSpy finished(job.get(), &Job::finished);
    QSignalSpy progress(job.get(), &Job::progress);
    job->start();
    QVERIFY(finished.wait());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().items, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(job->pageCount(), 3);
    QCOMPARE(job->attemptCount(), 4);
    QCOMPARE(progress.size(), 2);
    const auto &requests = m_network->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).body, QByteArray(R"({"Filter":1})"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(1).body).object().value(u"NextToken"_s).toString(), u"t1"_s);
    QCOMPARE(requests.at(2).body, requests.at(1).body); // the retry repeats the identical page request
    QCOMPARE(QJsonDocument::fromJson(requests.at(3).body).object().value(u"NextToken"_s).toString(), u"t2"_s);
}

void TestApiCall::retry_throttlingThenSuccess_data()
{
    QTest::addColumn<QList<FakeResponse>>("failures");
    QTest::newRow("429") << QList<FakeResponse>{FakeResponse::json(429, "{}")};
    QTest::newRow("500, 503") << QList<FakeResponse>{FakeResponse::json(500, "{}"), FakeResponse::json(503, "")};
    QTest::newRow("LimitExceeded") << QList<FakeResponse>{
        FakeResponse::json(400, R"({"__type":"LimitExceededException","Message":"too many"})")};
    QTest::newRow("reset") << QList<FakeResponse>{FakeResponse::failed(FakeResponse::Failure::ConnectionReset)};
    QTest::newRow("refused, 502") << QList<FakeResponse>{
        FakeResponse::failed(FakeResponse::Failure::ConnectionRefused), FakeResponse::json(502, "<html>")};
}

void TestApiCall::retry_throttlingThenSuccess()
{
    QFETCH(QList<FakeResponse>, failures);
    for (const auto &f : failures)
        m_network->enqueue(f);
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["ok"]})"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().items, QStringList{u"ok"_s});
    QCOMPARE(job->attemptCount(), failures.size() + 1);
}

void TestApiCall::retry_exhausted_returnsLastTypedError()
{
    m_network->enqueue(FakeResponse::json(503, "{}"));
    m_network->enqueue(FakeResponse::json(500, "{}"));
    m_network->enqueue(FakeResponse::json(429, R"({"__type":"ThrottlingException","message":"Rate exceeded"})"));
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["never"]})"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::Throttling);
    QCOMPARE(job->error().code(), u"ThrottlingException"_s);
    QCOMPARE(job->error().message(), u"Rate exceeded"_s);
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(m_network->pendingResponses(), 1);
    QVERIFY(job->result().items.isEmpty());
}

void TestApiCall::nonRetryableError_failsAtOnce()
{
    m_network->enqueue(FakeResponse::json(400, R"({"__type":"ValidationException","Message":"Start after End"})"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::Validation);
    QCOMPARE(job->attemptCount(), 1);
}

void TestApiCall::timeout_isRetriedThenReported()
{
    m_transport->setTransferTimeout(30ms);
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind(), AwsError::Kind::Timeout);
    QCOMPARE(job->attemptCount(), 3);
}

void TestApiCall::cancel_midFlight_finishesOnceWithCancelled()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_COMPARE(m_network->requests().size(), 1);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestApiCall::cancel_duringBackoff_stopsRetrying()
{
    RetryPolicy::Settings slow;
    slow.baseDelay = 10s;
    m_transport->setRetryPolicy(RetryPolicy(slow));
    m_transport->retryPolicy().setRandomSource([] { return 1.0; });
    m_network->enqueue(FakeResponse::json(503, "{}"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_COMPARE(m_network->requests().size(), 1);
    QTest::qWait(20);
    QVERIFY(finished.isEmpty());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestApiCall::transportDeleted_endsPendingCallsAsCancelled_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("reply pending") << u"reply"_s;
    QTest::newRow("waiting to retry") << u"backoff"_s;
    QTest::newRow("not started") << u"unstarted"_s;
}

void TestApiCall::transportDeleted_endsPendingCallsAsCancelled()
{
    // The user switched accounts: the workspace replaced the transport while calls were pending.
    QFETCH(QString, when);
    RetryPolicy::Settings slow;
    slow.baseDelay = 10s;
    m_transport->setRetryPolicy(RetryPolicy(slow));
    m_transport->retryPolicy().setRandomSource([] { return 1.0; });
    m_network->enqueue(when == u"backoff" ? FakeResponse::json(503, "{}") : FakeResponse::failed(FakeResponse::Failure::Hang));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    if (when != u"unstarted") {
        job->start();
        QTRY_COMPARE(m_network->requests().size(), 1);
        QTest::qWait(20);
        QVERIFY(finished.isEmpty());
    }
    delete std::exchange(m_transport, nullptr);
    if (when == u"unstarted")
        job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QVERIFY2(job->error().message().contains(u"connection was closed"_s), qPrintable(job->error().message()));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_network->requests().size(), when == u"unstarted" ? 0 : 1);
}

void TestApiCall::preflightError_sendsNothing()
{
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    job->failBeforeSending(AwsError::invalidInput(u"Three GroupBy are too many."_s));
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY(m_network->requests().isEmpty());
}

void TestApiCall::oversizedResponse_isRefused()
{
    m_transport->setMaxResponseSize(1024);
    m_network->enqueue(FakeResponse::json(200, QByteArray(4096, ' ')));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
}

void TestApiCall::malformedBody_reportedByStep()
{
    m_network->enqueue(FakeResponse::json(200, R"({"Items":["a")"));
    std::unique_ptr<ApiJob<Pages>> job(makeJob());
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QCOMPARE(job->attemptCount(), 1);
}

void TestApiCall::finished_emittedExactlyOnce_andAutoDeletes()
{
    m_network->enqueue(FakeResponse::json(200, R"({"Items":[]})"));
    QPointer<ApiJob<Pages>> job = makeJob();
    job->setAutoDelete(true);
    int finishedCount = 0;
    connect(job, &Job::finished, this, [&finishedCount] { ++finishedCount; });
    job->start();
    job->start(); // a second start is ignored
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finishedCount, 1);
    QCOMPARE(m_network->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
