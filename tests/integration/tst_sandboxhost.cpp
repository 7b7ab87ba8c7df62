// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxHost: the sandbox account in a worker thread, as `spendscope --sandbox` runs it. The
// caller's event loop keeps running while the account starts and serves.
#include "sandboxhost.h"
#include "sandboxstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Spendscope::Sandbox;

namespace {

SandboxAccount::Options smallAccount(const QString &dataDirectory = {})
{
    SandboxAccount::Options options;
    options.seed = 3;
    options.scale = Organisation::Scale::Small;
    options.today = QDate(2026, 11, 20);
    options.dataDirectory = dataDirectory;
    return options;
}

int getStatus(const QUrl &endpoint, const QString &apiKey, QNetworkReply::NetworkError *error = nullptr)
{
    QNetworkAccessManager network;
    QUrl url = endpoint;
    url.setPath(u"/v1/organization/projects"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setTransferTimeout(20000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("request timed out");
    if (error)
        *error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestSandboxHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_isAsynchronousAndServes();
    void start_failure_isReported();
    void destruction_whileStarting_isSafe();
};

void TestSandboxHost::start_isAsynchronousAndServes()
{
    SandboxHost host(smallAccount());
    QSignalSpy started(&host, &SandboxHost::started);
    QSignalSpy failed(&host, &SandboxHost::failed);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    host.start();
    // start() only schedules: nothing has been reported yet, and this thread's loop keeps running.
    QVERIFY(!host.isRunning());
    QCOMPARE(started.count(), 0);
    QVERIFY(started.wait(120000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(ticks > 0);
    QVERIFY(host.isRunning());

    const SandboxAccount::Connection &c = host.connection();
    QVERIFY(c.endpointUrl.toString().startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(c.accountId.size(), 12);
    // Served by the worker thread while this thread waits in its own event loop.
    QCOMPARE(getStatus(c.endpointUrl, c.apiKey), 200);
    QCOMPARE(getStatus(c.endpointUrl, u"wrong"_s), 401);

    const QUrl endpoint = c.endpointUrl;
    const QString apiKey = c.apiKey;
    host.stop();
    QVERIFY(!host.isRunning());
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QCOMPARE(getStatus(endpoint, apiKey, &error), 0);
    QCOMPARE(error, QNetworkReply::ConnectionRefusedError);
}

void TestSandboxHost::start_failure_isReported()
{
    QTemporaryDir dir;
    // Another holder of the data directory makes the start fail.
    QString error;
    auto holder = SandboxStore::open(dir.path(), false, &error);
    QVERIFY2(holder, qPrintable(error));

    SandboxHost host(smallAccount(dir.path()));
    QSignalSpy started(&host, &SandboxHost::started);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start();
    QVERIFY(failed.wait(120000));
    QCOMPARE(started.count(), 0);
    QVERIFY2(failed.first().first().toString().contains(u"Another sandbox"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!host.isRunning());
    host.stop(); // joins the idle worker
}

void TestSandboxHost::destruction_whileStarting_isSafe()
{
    QTemporaryDir dir;
    {
        SandboxHost host(smallAccount(dir.path()));
        host.start();
        // Destroyed at once: the start runs to its end in the worker, then the account goes.
    }
    // The directory's lock was released with the account.
    QString error;
    QVERIFY2(SandboxStore::open(dir.path(), false, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
