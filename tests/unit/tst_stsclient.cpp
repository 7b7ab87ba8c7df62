// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/stsclient.h"

#include "fakenetworkaccessmanager.h"
#include "fixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Test::FakeResponse;

namespace {

const QByteArray Body = "Action=GetCallerIdentity&Version=2011-06-15";

// The Authorization header of GetCallerIdentity to https://sts.us-east-1.amazonaws.com/ with the
// body above, computed independently with botocore 1.43.11 (python3):
//   creds = botocore.credentials.Credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
//   req = AWSRequest(method='POST', url='https://sts.us-east-1.amazonaws.com/',
//                    data=b'Action=GetCallerIdentity&Version=2011-06-15',
//                    headers={'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'})
//   with mock.patch('botocore.auth.get_current_datetime',
//                   return_value=datetime.datetime(2015, 8, 30, 12, 36, 0)):
//       botocore.auth.SigV4Auth(creds, 'sts', 'us-east-1').add_auth(req)
//   req.headers['Authorization']
const QByteArray BotocoreAuthorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request, "
                                         "SignedHeaders=content-type;host;x-amz-date, "
                                         "Signature=52a8540fea00e731072179f763577cbe2a45eac2c5d32fb4d785f3eefac88165";

FakeResponse fixture(const QString &name)
{
    return FakeResponse::fromHttpFile(Test::testDataPath(u"sts/"_s + name + u".http"_s));
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::Test::FakeResponse)

class TestStsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getCallerIdentity_signsLikeBotocoreAndParses();
    void endpoint_followsRegionAndOverride();
    void getCallerIdentity_withSessionToken_signsToken();
    void errors_data();
    void errors();
    void malformed_data();
    void malformed();
    void serverErrors_503ThenSuccess();
    void timeout_isRetriedThenFails();
    void connectionReset_thenSuccess();
    void missingCredentials_sendsNothing();

private:
    std::unique_ptr<ApiJob<StsCallerIdentity>> run(ApiJob<StsCallerIdentity> *job);

    std::unique_ptr<Test::FakeNetworkAccessManager> m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::optional<StsClient> m_client;
};

void TestStsClient::init()
{
    m_network = std::make_unique<Test::FakeNetworkAccessManager>();
    m_transport = std::make_unique<AwsTransport>(m_network.get());
    AwsCredentials credentials;
    credentials.accessKeyId = u"AKIDEXAMPLE"_s;
    credentials.secretAccessKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
    m_transport->setCredentials(credentials);
    m_transport->setClock([] { return QDateTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc()); });
    RetryPolicy::Settings settings;
    settings.baseDelay = std::chrono::milliseconds(1);
    settings.maxBackoff = std::chrono::milliseconds(2);
    m_transport->setRetryPolicy(RetryPolicy(settings));
    m_transport->retryPolicy().setRandomSource([] { return 0.0; });
    m_client.emplace(m_transport.get());
}

void TestStsClient::cleanup()
{
    QCOMPARE(m_network->unexpectedRequests(), 0);
    m_client.reset();
    m_transport.reset();
    m_network.reset();
}

std::unique_ptr<ApiJob<StsCallerIdentity>> TestStsClient::run(ApiJob<StsCallerIdentity> *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob<StsCallerIdentity>> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!job->isFinished())
        finished.wait(10000);
    return owned;
}

void TestStsClient::getCallerIdentity_signsLikeBotocoreAndParses()
{
    m_network->enqueue(fixture(u"get_caller_identity"_s));
    auto job = run(m_client->getCallerIdentity());
    QVERIFY2(job->isFinished() && !job->hasError(), qPrintable(job->errorString()));

    QCOMPARE(m_network->requests().size(), 1);
    const Test::RecordedRequest &r = m_network->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url, QUrl(u"https://sts.us-east-1.amazonaws.com/"_s));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QCOMPARE(r.body, Body);
    QCOMPARE(r.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    QCOMPARE(r.header("Authorization"), BotocoreAuthorization);
    QCOMPARE(m_transport->requestCount(u"sts"_s), 1);

    QCOMPARE(job->result().account, u"123456789012"_s);
    QCOMPARE(job->result().arn, u"arn:aws:sts::123456789012:assumed-role/finops-analyst/alice@example.com"_s);
    QCOMPARE(job->result().userId, u"AROA3XFRBF535PLBIFPI4:alice@example.com"_s);
}

void TestStsClient::endpoint_followsRegionAndOverride()
{
    EndpointConfig config;
    config.region = u"eu-west-1"_s;
    const StsClient regional(m_transport.get(), config);
    QCOMPARE(regional.endpoint().url, QUrl(u"https://sts.eu-west-1.amazonaws.com"_s));
    QCOMPARE(regional.endpoint().region, u"eu-west-1"_s);

    m_network->enqueue(fixture(u"get_caller_identity"_s));
    auto job = run(regional.getCallerIdentity());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(m_network->requests().first().header("Authorization").contains("/20150830/eu-west-1/sts/aws4_request"));

    config.serviceUrls.insert(AwsService::Sts, QUrl(u"http://127.0.0.1:4566"_s));
    QCOMPARE(StsClient(m_transport.get(), config).endpoint().url, QUrl(u"http://127.0.0.1:4566"_s));
}

void TestStsClient::getCallerIdentity_withSessionToken_signsToken()
{
    AwsCredentials credentials = m_transport->credentials();
    credentials.sessionToken = u"FwoGZXIvYXdzEXAMPLE"_s;
    m_transport->setCredentials(credentials);
    m_network->enqueue(fixture(u"get_caller_identity"_s));
    auto job = run(m_client->getCallerIdentity());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const Test::RecordedRequest &r = m_network->requests().first();
    QCOMPARE(r.header("X-Amz-Security-Token"), QByteArray("FwoGZXIvYXdzEXAMPLE"));
    QVERIFY(r.header("Authorization").contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"));
}

void TestStsClient::errors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("InvalidClientTokenId") << u"error_invalid_client_token_id"_s << 403 << u"InvalidClientTokenId"_s;
    QTest::newRow("ExpiredToken") << u"error_expired_token"_s << 400 << u"ExpiredToken"_s;
    QTest::newRow("SignatureDoesNotMatch") << u"error_signature_does_not_match"_s << 403 << u"SignatureDoesNotMatch"_s;
}

void TestStsClient::errors()
{
    QFETCH(QString, fixtureName);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_network->enqueue(fixture(fixtureName));
    auto job = run(m_client->getCallerIdentity());
    QCOMPARE(job->error().kind(), AwsError::Kind::Authentication);
    QCOMPARE(job->error().code(), code);
    QCOMPARE(job->error().httpStatus(), status);
    QVERIFY(!job->error().message().isEmpty());
    QVERIFY(!job->error().requestId().isEmpty());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestStsClient::malformed_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("messagePart");
    FakeResponse truncated = fixture(u"get_caller_identity"_s);
    truncated.body.chop(40);
    QTest::newRow("truncated") << truncated << u"ended before"_s;
    QTest::newRow("empty body") << FakeResponse::xml(200, QByteArray()) << u"empty"_s;
    QTest::newRow("junk") << FakeResponse::xml(200, "<<<>>>") << u"not valid XML"_s;
    QTest::newRow("no account") << fixture(u"get_caller_identity_no_account"_s) << u"12-digit"_s;
    FakeResponse wrongAccount = fixture(u"get_caller_identity"_s);
    wrongAccount.body.replace("<Account>123456789012</Account>", "<Account>twelve</Account>");
    QTest::newRow("account not digits") << wrongAccount << u"twelve"_s;
    FakeResponse noArn = fixture(u"get_caller_identity"_s);
    noArn.body.replace("<Arn>", "<Unknown>").replace("</Arn>", "</Unknown>");
    QTest::newRow("no ARN") << noArn << u"ARN"_s;
    QTest::newRow("other action") << FakeResponse::xml(200, "<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>")
                                  << u"<GetCallerIdentityResponse>"_s;
}

void TestStsClient::malformed()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, messagePart);
    m_network->enqueue(response);
    auto job = run(m_client->getCallerIdentity());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(messagePart), qPrintable(job->error().message()));
    QCOMPARE(m_network->requests().size(), 1);
}

void TestStsClient::serverErrors_503ThenSuccess()
{
    m_network->enqueue(FakeResponse::xml(503, QByteArray()));
    m_network->enqueue(FakeResponse::xml(500, "<ErrorResponse><Error><Code>InternalFailure</Code></Error></ErrorResponse>"));
    m_network->enqueue(fixture(u"get_caller_identity"_s));
    auto job = run(m_client->getCallerIdentity());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(job->result().account, u"123456789012"_s);
}

void TestStsClient::timeout_isRetriedThenFails()
{
    m_transport->setTransferTimeout(std::chrono::milliseconds(50));
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    auto job = run(m_client->getCallerIdentity());
    QCOMPARE(job->error().kind(), AwsError::Kind::Timeout);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestStsClient::connectionReset_thenSuccess()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(fixture(u"get_caller_identity"_s));
    auto job = run(m_client->getCallerIdentity());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 2);
}

void TestStsClient::missingCredentials_sendsNothing()
{
    m_transport->setCredentials(AwsCredentials());
    auto job = run(m_client->getCallerIdentity());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(m_network->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
