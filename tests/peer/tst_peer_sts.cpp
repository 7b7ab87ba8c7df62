// SPDX-License-Identifier: GPL-3.0-or-later
// StsClient against moto_server over real HTTP on 127.0.0.1.
#include "api/stsclient.h"

#include "motoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestPeerSts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getCallerIdentity_returnsMotoAccount_data();
    void getCallerIdentity_returnsMotoAccount();

private:
    Test::MotoServer m_moto;
};

void TestPeerSts::initTestCase()
{
    if (!Test::MotoServer::isInstalled())
        QSKIP("moto_server is not installed (pip install 'moto[server]')");
    QVERIFY2(m_moto.start(), qPrintable(m_moto.errorString()));
}

void TestPeerSts::getCallerIdentity_returnsMotoAccount_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("sessionToken");
    QTest::newRow("us-east-1, long-term keys") << u"us-east-1"_s << QString();
    QTest::newRow("eu-west-1, session token") << u"eu-west-1"_s << u"FwoGZXIvYXdzEXAMPLE"_s;
}

void TestPeerSts::getCallerIdentity_returnsMotoAccount()
{
    QFETCH(QString, region);
    QFETCH(QString, sessionToken);

    QNetworkAccessManager network;
    AwsTransport transport(&network);
    AwsCredentials credentials;
    credentials.accessKeyId = u"testing"_s;
    credentials.secretAccessKey = u"testing"_s;
    credentials.sessionToken = sessionToken;
    transport.setCredentials(credentials);
    transport.setTransferTimeout(std::chrono::seconds(20));
    EndpointConfig config;
    config.region = region;
    config.endpointUrl = m_moto.url();
    const StsClient client(&transport, config);
    QCOMPARE(client.endpoint().region, region);

    ApiJob<StsCallerIdentity> *job = client.getCallerIdentity();
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob<StsCallerIdentity>> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().account, u"123456789012"_s);
    QVERIFY2(job->result().arn.startsWith(u"arn:aws:sts::123456789012:"_s), qPrintable(job->result().arn));
    QVERIFY(!job->result().userId.isEmpty());
    QCOMPARE(transport.requestCount(u"sts"_s), 1);
}

QTEST_GUILESS_MAIN(TestPeerSts)
#include "tst_peer_sts.moc"
