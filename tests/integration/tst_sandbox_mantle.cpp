// SPDX-License-Identifier: GPL-3.0-or-later
// The production MantleProjectsClient against a SandboxAccount over real HTTP on 127.0.0.1:
// every Projects operation, with the Bedrock API key and with SigV4, and persistence across a
// restart of the account on the same data directory.
#include "api/mantleprojectsclient.h"
#include "sandboxaccount.h"

#include "jobrunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

// Runs a job to completion and hands it back (owned by the caller).
} // namespace

class TestSandboxMantle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectsLifecycle_data();
    void projectsLifecycle();
    void restart_sameDataDirectory_keepsProjects();
    void restart_otherSeed_isRefused();

private:
    std::unique_ptr<SandboxAccount> startAccount(const QString &dataDirectory, QString *error = nullptr);
    std::unique_ptr<MantleProjectsClient> client(const SandboxAccount &account, bool bearer);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwsTransport> m_transport;
};

void TestSandboxMantle::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SandboxAccount> TestSandboxMantle::startAccount(const QString &dataDirectory, QString *error)
{
    SandboxAccount::Options options;
    options.dataDirectory = dataDirectory;
    options.seed = 11;
    options.scale = Organisation::Scale::Small;
    options.today = QDate(2026, 11, 20);
    auto account = std::make_unique<SandboxAccount>(options);
    QString reason;
    if (!account->start(&reason)) {
        if (error)
            *error = reason;
        else
            qWarning() << "sandbox did not start:" << reason;
        return nullptr;
    }
    return account;
}

std::unique_ptr<MantleProjectsClient> TestSandboxMantle::client(const SandboxAccount &account, bool bearer)
{
    m_transport = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = account.connection().accessKeyId;
    credentials.secretAccessKey = account.connection().secretAccessKey;
    if (bearer)
        credentials.bearerToken = account.connection().apiKey;
    m_transport->setCredentials(credentials);
    m_transport->setTransferTimeout(std::chrono::seconds(30));
    EndpointConfig config;
    config.region = account.connection().region;
    config.endpointUrl = account.endpointUrl();
    return std::make_unique<MantleProjectsClient>(m_transport.get(), config);
}

void TestSandboxMantle::projectsLifecycle_data()
{
    QTest::addColumn<bool>("bearer");
    QTest::newRow("Bedrock API key") << true;
    QTest::newRow("SigV4") << false;
}

void TestSandboxMantle::projectsLifecycle()
{
    QFETCH(bool, bearer);
    auto account = startAccount({}); // in memory
    QVERIFY(account);
    QVERIFY(account->endpointUrl().toString().startsWith(u"http://127.0.0.1:"_s));
    auto mantle = client(*account, bearer);
    const int generated = int(account->organisation().projects.size());

    // List: the generated organisation's projects, default first; archived ones only on request.
    QVERIFY2(generated >= 3, qPrintable(QString::number(generated)));
    auto list = Test::runJob(mantle->listProjects(MantleProjectsClient::ListOptions{true, 2}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().toString()));
    QCOMPARE(list->result().size(), generated);
    QCOMPARE(list->result().first().id(), u"default"_s);
    // Two a page: the client followed has_more/last_id through every page, and no further.
    QCOMPARE(list->pageCount(), (generated + 1) / 2);
    int archivedGenerated = 0;
    for (const Project &p : list->result())
        archivedGenerated += p.isArchived() ? 1 : 0;
    auto active = Test::runJob(mantle->listProjects());
    QVERIFY2(!active->hasError(), qPrintable(active->error().toString()));
    QCOMPARE(active->result().size(), generated - archivedGenerated);

    // Create with tags.
    const TagSet tags{{u"Team"_s, u"finops"_s}, {u"Project"_s, u"sandbox-test"_s}};
    auto created = Test::runJob(mantle->createProject(u"Integration Test"_s, tags));
    QVERIFY2(!created->hasError(), qPrintable(created->error().toString()));
    const Project project = created->result();
    QVERIFY(project.id().startsWith(u"proj_"_s));
    QCOMPARE(project.id().size(), 25);
    QCOMPARE(project.tags(), tags);
    QCOMPARE(project.arn(), u"arn:aws:bedrock-mantle:us-east-1:%1:project/%2"_s.arg(account->connection().accountId,
                                                                                    project.id()));

    // Get.
    auto got = Test::runJob(mantle->getProject(project.id()));
    QVERIFY2(!got->hasError(), qPrintable(got->error().toString()));
    QCOMPARE(got->result(), project);

    // Update: rename, upsert one tag, add one, remove one.
    MantleProjectsClient::Update update;
    update.name = u"Integration Test v2"_s;
    update.addTags = TagSet{{u"Team"_s, u"platform"_s}, {u"Owner"_s, u"alice"_s}};
    update.removeTagKeys = {u"Project"_s};
    update.dataRetention = DataRetention::Mode::None;
    auto updated = Test::runJob(mantle->updateProject(project.id(), update));
    QVERIFY2(!updated->hasError(), qPrintable(updated->error().toString()));
    QCOMPARE(updated->result().name(), u"Integration Test v2"_s);
    QCOMPARE(updated->result().tags(), (TagSet{{u"Team"_s, u"platform"_s}, {u"Owner"_s, u"alice"_s}}));
    QCOMPARE(updated->result().dataRetention(), DataRetention::Mode::None);

    // Server-side errors reach the caller with the right kind (the rules themselves are covered
    // by tst_mantlehandler).
    auto missing = Test::runJob(mantle->getProject(u"proj_00000000000000000000"_s));
    QVERIFY(missing->hasError());
    QCOMPARE(missing->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(missing->error().httpStatus(), 404);

    // Archive, twice (idempotent), then updates conflict.
    auto archived = Test::runJob(mantle->archiveProject(project.id()));
    QVERIFY2(!archived->hasError(), qPrintable(archived->error().toString()));
    QVERIFY(archived->result().isArchived());
    QVERIFY(archived->result().archivedAt().isValid());
    auto again = Test::runJob(mantle->archiveProject(project.id()));
    QVERIFY2(!again->hasError(), qPrintable(again->error().toString()));
    QCOMPARE(again->result().archivedAt(), archived->result().archivedAt());
    MantleProjectsClient::Update late;
    late.addTags = TagSet{{u"Late"_s, u"yes"_s}};
    auto conflict = Test::runJob(mantle->updateProject(project.id(), late));
    QVERIFY(conflict->hasError());
    QCOMPARE(conflict->error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(conflict->error().httpStatus(), 409);

    // The archived project is listed only with includeArchived.
    auto afterActive = Test::runJob(mantle->listProjects());
    QCOMPARE(afterActive->result().size(), generated - archivedGenerated);
    auto afterAll = Test::runJob(mantle->listProjects(MantleProjectsClient::ListOptions{true, 100}));
    QCOMPARE(afterAll->result().size(), generated + 1);
    QCOMPARE(afterAll->result().last().id(), project.id());
    QVERIFY(afterAll->result().last().isArchived());
}

void TestSandboxMantle::restart_sameDataDirectory_keepsProjects()
{
    const QString data = m_dir.filePath(u"account"_s);
    QString id;
    QList<Project> before;
    {
        auto account = startAccount(data);
        QVERIFY(account);
        auto mantle = client(*account, true);
        auto created = Test::runJob(mantle->createProject(u"Survives Restart"_s, TagSet{{u"Team"_s, u"ops"_s}}));
        QVERIFY2(!created->hasError(), qPrintable(created->error().toString()));
        id = created->result().id();
        MantleProjectsClient::Update update;
        update.addTags = TagSet{{u"Env"_s, u"prod"_s}};
        QVERIFY(!Test::runJob(mantle->updateProject(id, update))->hasError());
        auto list = Test::runJob(mantle->listProjects(MantleProjectsClient::ListOptions{true, 100}));
        QVERIFY(!list->hasError());
        before = list->result();
    }
    auto account = startAccount(data);
    QVERIFY(account);
    auto mantle = client(*account, false);
    auto list = Test::runJob(mantle->listProjects(MantleProjectsClient::ListOptions{true, 100}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().toString()));
    QCOMPARE(list->result(), before);
    auto got = Test::runJob(mantle->getProject(id));
    QVERIFY(!got->hasError());
    QCOMPARE(got->result().tags(), (TagSet{{u"Team"_s, u"ops"_s}, {u"Env"_s, u"prod"_s}}));
    // A new project after the restart gets a fresh id.
    auto next = Test::runJob(mantle->createProject(u"After Restart"_s));
    QVERIFY(!next->hasError());
    for (const Project &p : std::as_const(before))
        QVERIFY(p.id() != next->result().id());
}

void TestSandboxMantle::restart_otherSeed_isRefused()
{
    const QString data = m_dir.filePath(u"seeded"_s);
    QVERIFY(startAccount(data));
    SandboxAccount::Options options;
    options.dataDirectory = data;
    options.seed = 12;
    options.scale = Organisation::Scale::Small;
    SandboxAccount account(options);
    QString error;
    QVERIFY(!account.start(&error));
    QVERIFY2(error.contains(u"--reset"_s) && error.contains(u"11"_s), qPrintable(error));
    // --reset makes room for the new seed.
    options.reset = true;
    SandboxAccount fresh(options);
    QVERIFY2(fresh.start(&error), qPrintable(error));
    QCOMPARE(fresh.seed(), 12u);
}

QTEST_GUILESS_MAIN(TestSandboxMantle)
#include "tst_sandbox_mantle.moc"
