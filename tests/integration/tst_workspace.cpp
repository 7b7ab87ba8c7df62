// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace against a sandbox account: connect, load the (empty) cache, sync, reload, cancel.
#include "aws/awstransport.h"
#include "aws/inmemorysecretstore.h"
#include "sandboxaccount.h"
#include "workspace/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

const QDate Today(2026, 11, 20);

struct Fixture
{
    Fixture()
    {
        SandboxAccount::Options options;
        options.scale = Organisation::Scale::Small;
        options.seed = 9;
        options.today = Today;
        account = std::make_unique<SandboxAccount>(options);
        started = account->start();
        workspace.setCacheDirectory(dir.path());
        workspace.setToday(Today);
    }
    void connect()
    {
        AwsCredentials credentials;
        credentials.accessKeyId = account->connection().accessKeyId;
        credentials.secretAccessKey = account->connection().secretAccessKey;
        credentials.bearerToken = account->connection().apiKey;
        EndpointConfig config;
        config.endpointUrl = account->endpointUrl();
        workspace.connectResolved(ProfileStoreLike::sandbox(), credentials, config);
    }
    struct ProfileStoreLike
    {
        static Profile sandbox()
        {
            Profile p;
            p.id = u"sandbox"_s;
            p.name = u"Sandbox"_s;
            p.kind = Profile::Kind::Sandbox;
            return p;
        }
    };
    std::unique_ptr<SandboxAccount> account;
    bool started = false;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    Workspace workspace{&network, &secrets};
};

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connect_sync_reload();
    void cancelledSync_keepsWhatWasStored();
    void failedResolve_isReported();
};

void TestWorkspace::connect_sync_reload()
{
    Fixture f;
    QVERIFY(f.started);
    QSignalSpy connected(&f.workspace, &Workspace::connectionChanged);
    QSignalSpy data(&f.workspace, &Workspace::costDataChanged);
    f.connect();
    QCOMPARE(connected.size(), 1);
    QVERIFY(f.workspace.isConnected());
    QVERIFY(f.workspace.cacheFile().startsWith(f.dir.path()));
    QVERIFY(data.wait(10000));
    QCOMPARE(f.workspace.costData().byProject->rowCount(), 0);
    QVERIFY(!f.workspace.lastSync());

    QSignalSpy finished(&f.workspace, &Workspace::syncFinished);
    QSignalSpy progress(&f.workspace, &Workspace::syncProgress);
    f.workspace.startSync();
    QVERIFY(f.workspace.isSyncing());
    f.workspace.startSync(); // ignored while one runs
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    QVERIFY(!progress.isEmpty());
    QVERIFY(f.workspace.lastSync());
    QVERIFY(f.workspace.lastSync()->costExplorerRequests > 3);
    QVERIFY(f.workspace.lastSyncTime().isValid());
    QVERIFY(data.wait(10000));
    QVERIFY(f.workspace.costData().byProject->rowCount() > 100);
    QCOMPARE(f.workspace.costData().lastDay, Today);
    QVERIFY(!f.workspace.costData().projects.isEmpty());

    // A new session on the same cache finds the last sync in the log.
    Workspace again(&f.network, &f.secrets);
    again.setCacheDirectory(f.dir.path());
    AwsCredentials none;
    again.connectResolved(Fixture::ProfileStoreLike::sandbox(), none, EndpointConfig());
    QVERIFY(again.lastSync());
    QCOMPARE(again.lastSync()->costExplorerRequests, f.workspace.lastSync()->costExplorerRequests);
}

void TestWorkspace::cancelledSync_keepsWhatWasStored()
{
    Fixture f;
    QVERIFY(f.started);
    f.connect();
    QSignalSpy finished(&f.workspace, &Workspace::syncFinished);
    QObject::connect(&f.workspace, &Workspace::syncProgress, &f.workspace, [&f](qint64 done, qint64) {
        if (done == 2)
            f.workspace.cancelSync();
    });
    f.workspace.startSync();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(!f.workspace.isSyncing());
    QSignalSpy data(&f.workspace, &Workspace::costDataChanged);
    QVERIFY(data.wait(10000));
    QVERIFY(f.workspace.costData().byProject->rowCount() > 0);
}

void TestWorkspace::failedResolve_isReported()
{
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    Workspace workspace(&network, &secrets);
    QSignalSpy failed(&workspace, &Workspace::connectionFailed);
    Profile p;
    p.id = u"prod"_s;
    p.name = u"Production"_s;
    p.kind = Profile::Kind::StoredKeys;
    p.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    workspace.connectProfile(p);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(u"keychain"_s));
    QVERIFY(!workspace.isConnected());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
