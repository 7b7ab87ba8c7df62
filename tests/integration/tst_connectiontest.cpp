// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the sandbox account, and its messages for each kind of failure.
#include "aws/awstransport.h"
#include "fakenetworkaccessmanager.h"
#include "jobrunner.h"
#include "sandboxaccount.h"
#include "workspace/connectiontestjob.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

struct Fixture
{
    Fixture()
    {
        SandboxAccount::Options options;
        options.scale = Organisation::Scale::Small;
        options.seed = 3;
        account = std::make_unique<SandboxAccount>(options);
        started = account->start();
        config.endpointUrl = account->endpointUrl();
        RetryPolicy::Settings retry;
        retry.baseDelay = std::chrono::milliseconds(1);
        transport.setRetryPolicy(RetryPolicy(retry));
    }
    AwsCredentials keys() const
    {
        AwsCredentials c;
        c.accessKeyId = account->connection().accessKeyId;
        c.secretAccessKey = account->connection().secretAccessKey;
        return c;
    }
    std::unique_ptr<SandboxAccount> account;
    bool started = false;
    QNetworkAccessManager network;
    AwsTransport transport{&network};
    EndpointConfig config;
};

} // namespace

class TestConnectionTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodKeys_nameTheAccountAndCountProjects();
    void wrongSecret_saysTheKeysWereRefused();
    void apiKeyAlone_skipsSts();
    void nothingListening_saysUnreachable();
    void noPermission_namesTheAction();
    void noCredentials_saysSo();
};

void TestConnectionTest::goodKeys_nameTheAccountAndCountProjects()
{
    Fixture f;
    QVERIFY(f.started);
    f.transport.setCredentials(f.keys());
    SPENDSCOPE_RUN_OK(job, new ConnectionTestJob(&f.transport, f.config));
    QCOMPARE(job->result().account, f.account->connection().accountId);
    QVERIFY(job->result().arn.contains(f.account->connection().userName));
    QVERIFY(job->result().projectCount > 1);
}

void TestConnectionTest::wrongSecret_saysTheKeysWereRefused()
{
    Fixture f;
    QVERIFY(f.started);
    AwsCredentials wrong = f.keys();
    wrong.secretAccessKey = u"not-the-secret"_s;
    f.transport.setCredentials(wrong);
    auto job = Test::runJob(new ConnectionTestJob(&f.transport, f.config));
    QCOMPARE(job->error().kind(), AwsError::Kind::Authentication);
    QVERIFY2(job->errorString().contains(u"access key id"_s), qPrintable(job->errorString()));
    QVERIFY(!job->errorString().contains(u"not-the-secret"_s));
}

void TestConnectionTest::apiKeyAlone_skipsSts()
{
    Fixture f;
    QVERIFY(f.started);
    AwsCredentials bearer;
    bearer.bearerToken = f.account->connection().apiKey;
    f.transport.setCredentials(bearer);
    SPENDSCOPE_RUN_OK(job, new ConnectionTestJob(&f.transport, f.config));
    QVERIFY(job->result().account.isEmpty());
    QVERIFY(job->result().projectCount > 1);
    QCOMPARE(f.transport.requestCount(u"sts"_s), 0);
}

void TestConnectionTest::nothingListening_saysUnreachable()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close(); // a port that was free a moment ago: connections are refused
    QNetworkAccessManager network;
    AwsTransport transport(&network);
    RetryPolicy::Settings retry;
    retry.baseDelay = std::chrono::milliseconds(1);
    transport.setRetryPolicy(RetryPolicy(retry));
    AwsCredentials keys;
    keys.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    keys.secretAccessKey = u"x"_s;
    transport.setCredentials(keys);
    EndpointConfig config;
    config.endpointUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    auto job = Test::runJob(new ConnectionTestJob(&transport, config));
    QCOMPARE(job->error().kind(), AwsError::Kind::Network);
    QVERIFY2(job->errorString().contains(u"cannot be reached"_s), qPrintable(job->errorString()));
}

void TestConnectionTest::noPermission_namesTheAction()
{
    Test::FakeNetworkAccessManager network;
    network.setHandler([](const Test::RecordedRequest &request) {
        if (request.url.path().contains(u"/organization/projects"_s)) {
            return Test::FakeResponse::json(403, R"({"error":{"message":"not authorized","type":"AccessDeniedException","code":"AccessDeniedException"}})",
                                            "application/json");
        }
        return Test::FakeResponse::xml(200, "<GetCallerIdentityResponse><GetCallerIdentityResult>"
                                            "<Arn>arn:aws:iam::123456789012:user/ana</Arn><UserId>AIDA</UserId>"
                                            "<Account>123456789012</Account></GetCallerIdentityResult>"
                                            "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                                            "</GetCallerIdentityResponse>");
    });
    AwsTransport transport(&network);
    AwsCredentials keys;
    keys.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    keys.secretAccessKey = u"x"_s;
    transport.setCredentials(keys);
    auto job = Test::runJob(new ConnectionTestJob(&transport, EndpointConfig()));
    QCOMPARE(job->error().kind(), AwsError::Kind::AccessDenied);
    QVERIFY2(job->errorString().contains(u"bedrock-mantle:ListProjects"_s), qPrintable(job->errorString()));
    QCOMPARE(job->result().account, u"123456789012"_s);
}

void TestConnectionTest::noCredentials_saysSo()
{
    QNetworkAccessManager network;
    AwsTransport transport(&network);
    auto job = Test::runJob(new ConnectionTestJob(&transport, EndpointConfig()));
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(transport.totalRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
