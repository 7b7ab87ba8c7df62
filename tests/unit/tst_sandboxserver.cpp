// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"
#include "sandboxserver.h"
#include "stshandler.h"
#include "wireresponses.h"

#include "aws/sigv4.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QString AccessKeyId = u"AKIASANDBOXTESTKEY01"_s;
const QString SecretKey = u"sandboxSecretKeyForTests0123456789abcdef"_s;
const QString ApiKey = u"ABSKc2FuZGJveC10ZXN0"_s;

// A handler that answers every request with 200 and the service name, to observe routing.
class EchoHandler final : public ServiceHandler
{
public:
    EchoHandler(QString service, WireProtocol protocol)
        : m_service(std::move(service))
        , m_protocol(protocol)
    {
    }
    [[nodiscard]] QString service() const override { return m_service; }
    [[nodiscard]] WireProtocol protocol() const override { return m_protocol; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override
    {
        ++calls;
        lastBearer = request.bearer;
        return Wire::json(200, QJsonObject{{u"service"_s, request.service}}, request.requestId);
    }
    int calls = 0;
    bool lastBearer = false;

private:
    QString m_service;
    WireProtocol m_protocol;
};

struct Server
{
    Server()
        : server(SandboxServer::Credentials{AccessKeyId, SecretKey, ApiKey})
    {
        server.setClock([this] { return now; });
        server.addHandler(std::make_unique<StsHandler>(u"123456789012"_s, u"sandbox-admin"_s));
        auto ce = std::make_unique<EchoHandler>(u"ce"_s, WireProtocol::Json11);
        ceHandler = ce.get();
        server.addHandler(std::move(ce));
        auto mantle = std::make_unique<EchoHandler>(u"bedrock-mantle"_s, WireProtocol::RestJson);
        mantleHandler = mantle.get();
        server.addHandler(std::move(mantle));
    }

    SandboxServer server;
    EchoHandler *ceHandler = nullptr;
    EchoHandler *mantleHandler = nullptr;
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
};

HttpRequest stsRequest()
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.body = "Action=GetCallerIdentity&Version=2011-06-15";
    r.setHeader("host", "sts.amazonaws.com");
    r.setHeader("content-type", "application/x-www-form-urlencoded; charset=utf-8");
    return r;
}

HttpRequest ceRequest()
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.body = "{\"TimePeriod\":{\"Start\":\"2026-10-01\",\"End\":\"2026-11-01\"}}";
    r.setHeader("host", "ce.us-east-1.amazonaws.com");
    r.setHeader("content-type", "application/x-amz-json-1.1");
    r.setHeader("x-amz-target", "AWSInsightsIndexService.GetCostAndUsage");
    return r;
}

HttpRequest mantleRequest()
{
    HttpRequest r;
    r.method = "GET";
    r.path = "/v1/organization/projects";
    r.setHeader("host", "bedrock-mantle.us-east-1.api.aws");
    return r;
}

void sign(HttpRequest &r, const QString &service, const QDateTime &time, const QString &keyId = AccessKeyId,
          const QString &secret = SecretKey)
{
    SigV4::SigningParams params;
    params.accessKeyId = keyId;
    params.secretAccessKey = secret;
    params.region = u"us-east-1"_s;
    params.service = service;
    params.time = time;
    SigV4::signRequest(r, params);
}

QString xmlCode(const HttpResponse &r)
{
    const QByteArray body = r.body;
    const qsizetype start = body.indexOf("<Code>");
    const qsizetype end = body.indexOf("</Code>");
    if (start < 0 || end < start)
        return {};
    return QString::fromUtf8(body.mid(start + 6, end - start - 6));
}

QString jsonType(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"__type"_s).toString();
}

QString openAiType(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject().value(u"type"_s).toString();
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signed_validRequests_reachTheirHandlers();
    void wrongSecret_isSignatureDoesNotMatch();
    void unknownAccessKey_isInvalidClientToken();
    void expiredSignature_isRejected();
    void tamperedBody_isRejected();
    void missingOrMalformedAuthorization();
    void bearer_onlyOnMantle();
    void faults_ratesRoughlyAsConfigured_data();
    void faults_ratesRoughlyAsConfigured();
    void faults_sameSeedSameSequence();
    void faults_perService();
    void faults_parseErrors_data();
    void faults_parseErrors();
    void socket_latencyAndReset();
};

void TestSandboxServer::signed_validRequests_reachTheirHandlers()
{
    Server s;
    HttpRequest sts = stsRequest();
    sign(sts, u"sts"_s, s.now);
    HttpResponse r = s.server.respond(sts);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<Account>123456789012</Account>"));
    QVERIFY(r.body.contains("arn:aws:iam::123456789012:user/sandbox-admin"));
    QVERIFY(!r.header("x-amzn-RequestId").isEmpty());

    HttpRequest ce = ceRequest();
    sign(ce, u"ce"_s, s.now);
    r = s.server.respond(ce);
    QCOMPARE(r.status, 200);
    QCOMPARE(s.ceHandler->calls, 1);

    HttpRequest mantle = mantleRequest();
    sign(mantle, u"bedrock-mantle"_s, s.now);
    QCOMPARE(s.server.respond(mantle).status, 200);
    QCOMPARE(s.mantleHandler->calls, 1);
    QVERIFY(!s.mantleHandler->lastBearer);
}

void TestSandboxServer::wrongSecret_isSignatureDoesNotMatch()
{
    Server s;
    HttpRequest sts = stsRequest();
    sign(sts, u"sts"_s, s.now, AccessKeyId, u"not-the-secret"_s);
    HttpResponse r = s.server.respond(sts);
    QCOMPARE(r.status, 403);
    QCOMPARE(xmlCode(r), u"SignatureDoesNotMatch"_s);
    QVERIFY(r.body.startsWith("<ErrorResponse"));
    QVERIFY(r.body.contains("<Type>Sender</Type>"));

    HttpRequest ce = ceRequest();
    sign(ce, u"ce"_s, s.now, AccessKeyId, u"not-the-secret"_s);
    r = s.server.respond(ce);
    QCOMPARE(r.status, 400);
    QCOMPARE(jsonType(r), u"InvalidSignatureException"_s);
    QCOMPARE(r.header("x-amzn-ErrorType"), "InvalidSignatureException:");
    QCOMPARE(s.ceHandler->calls, 0);

    HttpRequest mantle = mantleRequest();
    sign(mantle, u"bedrock-mantle"_s, s.now, AccessKeyId, u"not-the-secret"_s);
    r = s.server.respond(mantle);
    QCOMPARE(r.status, 401);
    QCOMPARE(openAiType(r), u"authentication_error"_s);
    QCOMPARE(s.mantleHandler->calls, 0);
}

void TestSandboxServer::unknownAccessKey_isInvalidClientToken()
{
    Server s;
    HttpRequest sts = stsRequest();
    sign(sts, u"sts"_s, s.now, u"AKIAUNKNOWNKEY000000"_s);
    HttpResponse r = s.server.respond(sts);
    QCOMPARE(r.status, 403);
    QCOMPARE(xmlCode(r), u"InvalidClientTokenId"_s);

    HttpRequest ce = ceRequest();
    sign(ce, u"ce"_s, s.now, u"AKIAUNKNOWNKEY000000"_s);
    r = s.server.respond(ce);
    QCOMPARE(r.status, 400);
    QCOMPARE(jsonType(r), u"UnrecognizedClientException"_s);
    // A budgets request (no handler registered here) still answers in JSON 1.1.
    HttpRequest budgets = ceRequest();
    budgets.setHeader("x-amz-target", "AWSBudgetServiceGateway.DescribeBudgets");
    sign(budgets, u"budgets"_s, s.now, u"AKIAUNKNOWNKEY000000"_s);
    QCOMPARE(jsonType(s.server.respond(budgets)), u"UnrecognizedClientException"_s);
}

void TestSandboxServer::expiredSignature_isRejected()
{
    Server s;
    HttpRequest sts = stsRequest();
    sign(sts, u"sts"_s, s.now.addSecs(-16 * 60));
    HttpResponse r = s.server.respond(sts);
    QCOMPARE(r.status, 403);
    QCOMPARE(xmlCode(r), u"SignatureDoesNotMatch"_s);
    QVERIFY(r.body.contains("Signature expired"));
    // Within the 15 minutes of skew AWS allows, it is fine.
    HttpRequest fresh = stsRequest();
    sign(fresh, u"sts"_s, s.now.addSecs(-14 * 60));
    QCOMPARE(s.server.respond(fresh).status, 200);
}

void TestSandboxServer::tamperedBody_isRejected()
{
    Server s;
    HttpRequest ce = ceRequest();
    sign(ce, u"ce"_s, s.now);
    ce.body.replace("2026-10-01", "2026-09-01");
    const HttpResponse r = s.server.respond(ce);
    QCOMPARE(r.status, 400);
    QCOMPARE(jsonType(r), u"InvalidSignatureException"_s);
}

void TestSandboxServer::missingOrMalformedAuthorization()
{
    Server s;
    HttpResponse r = s.server.respond(stsRequest());
    QCOMPARE(r.status, 403);
    QCOMPARE(xmlCode(r), u"MissingAuthenticationToken"_s);

    r = s.server.respond(ceRequest());
    QCOMPARE(r.status, 400);
    QCOMPARE(jsonType(r), u"MissingAuthenticationTokenException"_s);

    r = s.server.respond(mantleRequest());
    QCOMPARE(r.status, 401);
    QCOMPARE(openAiType(r), u"authentication_error"_s);

    HttpRequest garbled = stsRequest();
    garbled.setHeader("authorization", "AWS4-HMAC-SHA256 Credential=broken");
    r = s.server.respond(garbled);
    QCOMPARE(r.status, 400);
    QCOMPARE(xmlCode(r), u"IncompleteSignature"_s);
}

void TestSandboxServer::bearer_onlyOnMantle()
{
    Server s;
    HttpRequest mantle = mantleRequest();
    mantle.setHeader("authorization", "Bearer " + ApiKey.toUtf8());
    QCOMPARE(s.server.respond(mantle).status, 200);
    QVERIFY(s.mantleHandler->lastBearer);

    HttpRequest viaHeader = mantleRequest();
    viaHeader.setHeader("x-api-key", ApiKey.toUtf8());
    QCOMPARE(s.server.respond(viaHeader).status, 200);
    QCOMPARE(s.mantleHandler->calls, 2);

    HttpRequest wrongKey = mantleRequest();
    wrongKey.setHeader("authorization", "Bearer ABSKwrong");
    HttpResponse r = s.server.respond(wrongKey);
    QCOMPARE(r.status, 401);
    QCOMPARE(openAiType(r), u"authentication_error"_s);

    // The right API key is still refused by the other services.
    HttpRequest sts = stsRequest();
    sts.setHeader("authorization", "Bearer " + ApiKey.toUtf8());
    r = s.server.respond(sts);
    QCOMPARE(r.status, 400);
    QCOMPARE(xmlCode(r), u"IncompleteSignature"_s);

    HttpRequest ce = ceRequest();
    ce.setHeader("x-api-key", ApiKey.toUtf8());
    r = s.server.respond(ce);
    QCOMPARE(r.status, 400);
    QCOMPARE(jsonType(r), u"IncompleteSignatureException"_s);
    QCOMPARE(s.ceHandler->calls, 0);
}

void TestSandboxServer::faults_ratesRoughlyAsConfigured_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("throttle");
    QTest::addColumn<double>("error5xx");
    QTest::addColumn<double>("reset");
    QTest::newRow("throttle") << u"throttle=0.2"_s << 0.2 << 0.0 << 0.0;
    QTest::newRow("mixed") << u"throttle=0.1,error5xx=0.05,reset=0.02"_s << 0.1 << 0.05 << 0.02;
    QTest::newRow("none") << u""_s << 0.0 << 0.0 << 0.0;
    QTest::newRow("always 5xx") << u"error5xx=1"_s << 0.0 << 1.0 << 0.0;
}

void TestSandboxServer::faults_ratesRoughlyAsConfigured()
{
    QFETCH(QString, spec);
    QFETCH(double, throttle);
    QFETCH(double, error5xx);
    QFETCH(double, reset);
    Server s;
    QString error;
    std::optional<FaultInjector> faults = FaultInjector::parse(spec, &error);
    QVERIFY2(faults, qPrintable(error));
    faults->setSeed(1234);
    s.server.setFaults(*faults);

    constexpr int N = 4000;
    int throttled = 0;
    int failed = 0;
    int resets = 0;
    int ok = 0;
    for (int i = 0; i < N; ++i) {
        HttpRequest ce = ceRequest();
        sign(ce, u"ce"_s, s.now);
        const HttpResponse r = s.server.respond(ce);
        if (r.status == 0)
            ++resets; // the socket would be aborted
        else if (r.status == 400 && jsonType(r) == u"LimitExceededException")
            ++throttled;
        else if (r.status == 500 && jsonType(r) == u"InternalServerException")
            ++failed;
        else if (r.status == 200)
            ++ok;
        else
            QFAIL(qPrintable(u"unexpected answer %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
    }
    QCOMPARE(throttled + failed + resets + ok, N);
    QCOMPARE(s.ceHandler->calls, ok);
    // Within five standard deviations of the binomial expectation (and exact at 0 and 1).
    auto near = [](int count, double p) {
        const double mean = N * p;
        const double sd = std::sqrt(N * p * (1 - p));
        return std::abs(count - mean) <= 5 * sd + 0.5;
    };
    QVERIFY2(near(throttled, throttle), qPrintable(QString::number(throttled)));
    QVERIFY2(near(failed, error5xx), qPrintable(QString::number(failed)));
    QVERIFY2(near(resets, reset), qPrintable(QString::number(resets)));
}

void TestSandboxServer::faults_sameSeedSameSequence()
{
    auto sequence = [](quint64 seed) {
        Server s;
        FaultInjector faults = *FaultInjector::parse(u"throttle=0.3,error5xx=0.2"_s);
        faults.setSeed(seed);
        s.server.setFaults(faults);
        QList<int> statuses;
        for (int i = 0; i < 200; ++i) {
            HttpRequest sts = stsRequest();
            sign(sts, u"sts"_s, s.now);
            statuses.append(s.server.respond(sts).status);
        }
        return statuses;
    };
    const QList<int> a = sequence(5);
    QCOMPARE(sequence(5), a);
    QVERIFY(sequence(6) != a);
    // STS throttling answers in the Query protocol.
    QVERIFY(a.contains(400));
    QVERIFY(a.contains(500));
}

void TestSandboxServer::faults_perService()
{
    Server s;
    FaultInjector faults = *FaultInjector::parse(u"ce:throttle=1"_s);
    s.server.setFaults(faults);
    for (int i = 0; i < 20; ++i) {
        HttpRequest ce = ceRequest();
        sign(ce, u"ce"_s, s.now);
        const HttpResponse r = s.server.respond(ce);
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonType(r), u"LimitExceededException"_s);
        HttpRequest sts = stsRequest();
        sign(sts, u"sts"_s, s.now);
        QCOMPARE(s.server.respond(sts).status, 200);
        HttpRequest mantle = mantleRequest();
        mantle.setHeader("authorization", "Bearer " + ApiKey.toUtf8());
        QCOMPARE(s.server.respond(mantle).status, 200);
    }
    // Mantle throttling is an OpenAI-style 429.
    FaultInjector mantleFaults = *FaultInjector::parse(u"bedrock-mantle:throttle=1"_s);
    s.server.setFaults(mantleFaults);
    HttpRequest mantle = mantleRequest();
    mantle.setHeader("authorization", "Bearer " + ApiKey.toUtf8());
    const HttpResponse r = s.server.respond(mantle);
    QCOMPARE(r.status, 429);
    QCOMPARE(openAiType(r), u"rate_limit_error"_s);
}

void TestSandboxServer::faults_parseErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no value") << u"throttle"_s;
    QTest::newRow("above one") << u"throttle=1.5"_s;
    QTest::newRow("negative") << u"error5xx=-0.1"_s;
    QTest::newRow("unknown fault") << u"explode=0.1"_s;
    QTest::newRow("unknown service") << u"s3:throttle=0.1"_s;
    QTest::newRow("bad latency") << u"latency=fast"_s;
    QTest::newRow("huge latency") << u"latency=100000ms"_s;
}

void TestSandboxServer::faults_parseErrors()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!FaultInjector::parse(spec, &error));
    QVERIFY(!error.isEmpty());
}

void TestSandboxServer::socket_latencyAndReset()
{
    SandboxServer server(SandboxServer::Credentials{AccessKeyId, SecretKey, ApiKey});
    auto mantle = std::make_unique<EchoHandler>(u"bedrock-mantle"_s, WireProtocol::RestJson);
    server.addHandler(std::move(mantle));
    server.setFaults(*FaultInjector::parse(u"latency=300ms"_s));
    const quint16 port = server.listenOnLoopback();
    QVERIFY(port != 0);
    QCOMPARE(server.port(), port);

    QNetworkAccessManager network;
    auto get = [&] {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/organization/projects"_s.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + ApiKey.toUtf8());
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(10000)); }();
        return reply;
    };
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = get();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed)));
    reply->deleteLater();

    server.setFaults(*FaultInjector::parse(u"reset=1"_s));
    reply = get();
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
