// SPDX-License-Identifier: GPL-3.0-or-later
// ApplyTagChangesJob against a SandboxAccount over real HTTP on 127.0.0.1: a bulk edit of five
// projects made in the TagEditModel, applied and verified by reading back; an invalid plan refused
// without a single request; server errors in the middle of a run giving a partial report whose
// failedPlan() then succeeds; and cancelling between projects.
#include "api/applytagchangesjob.h"
#include "items/tageditmodel.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include "jobrunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::FaultInjector;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

class TestApplyTagChanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bulkTag_fiveProjects_appliedAndVerified();
    void invalidValue_refusedBeforeSending();
    void serverErrorsMidway_partialReport_thenRetrySucceeds();
    void cancel_stopsBetweenProjects();

private:
    [[nodiscard]] QList<Project> readBack(const QList<Project> &projects);
    [[nodiscard]] TagChangePlan bulkPlan();

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxAccount> m_account;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<MantleProjectsClient> m_client;
    QList<Project> m_projects; // five fresh projects
};

void TestApplyTagChanges::init()
{
    SandboxAccount::Options options;
    options.seed = 11;
    options.scale = Organisation::Scale::Small;
    options.today = QDate(2026, 11, 20);
    m_account = std::make_unique<SandboxAccount>(options);
    QString reason;
    QVERIFY2(m_account->start(&reason), qPrintable(reason));

    m_transport = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = m_account->connection().accessKeyId;
    credentials.secretAccessKey = m_account->connection().secretAccessKey;
    credentials.bearerToken = m_account->connection().apiKey;
    m_transport->setCredentials(credentials);
    m_transport->setTransferTimeout(std::chrono::seconds(30));
    // Injected 5xx are retried once, quickly; a project fails when both attempts fail.
    RetryPolicy::Settings retry;
    retry.maxAttempts = 2;
    retry.baseDelay = std::chrono::milliseconds(5);
    m_transport->setRetryPolicy(RetryPolicy(retry));
    EndpointConfig config;
    config.region = m_account->connection().region;
    config.endpointUrl = m_account->endpointUrl();
    m_client = std::make_unique<MantleProjectsClient>(m_transport.get(), config);

    m_projects.clear();
    const QStringList teams{u"payments"_s, u"search"_s, u"payments"_s, u"ml"_s, u"Search"_s};
    for (int i = 0; i < 5; ++i) {
        SPENDSCOPE_RUN_OK(created, m_client->createProject(u"Bulk %1"_s.arg(i + 1),
                                                           TagSet{{u"Team"_s, teams.at(i)}, {u"Legacy"_s, u"yes"_s}}));
        m_projects.append(created->result());
    }
    m_transport->resetCounters();
}

void TestApplyTagChanges::cleanup()
{
    m_client.reset();
    m_transport.reset();
    m_account.reset();
}

QList<Project> TestApplyTagChanges::readBack(const QList<Project> &projects)
{
    QList<Project> result;
    for (const Project &p : projects) {
        auto got = Test::runJob(m_client->getProject(p.id()));
        if (got->hasError())
            qWarning() << "read back failed:" << got->errorString();
        result.append(got->result());
    }
    return result;
}

// Through the editor, as the user does it: Team set to "search" on all five, Legacy removed,
// CostCenter added.
TagChangePlan TestApplyTagChanges::bulkPlan()
{
    TagEditModel model;
    model.setProjects(m_projects);
    if (!model.setData(model.index(model.rowForKey(u"Team"_s), TagEditModel::ValueColumn), u"search"_s))
        qWarning("setData failed");
    model.removeRow(model.rowForKey(u"Legacy"_s));
    model.addRow(u"CostCenter"_s, u"4711"_s);
    if (model.hasErrors())
        qWarning("the edit has errors");
    return model.plan();
}

void TestApplyTagChanges::bulkTag_fiveProjects_appliedAndVerified()
{
    const TagChangePlan plan = bulkPlan();
    QCOMPARE(plan.size(), 5);
    const TagSet intended{{u"Team"_s, u"search"_s}, {u"CostCenter"_s, u"4711"_s}};
    for (const ProjectTagChange &change : plan)
        QCOMPARE(change.after(), intended);

    auto *job = new ApplyTagChangesJob(*m_client, plan);
    QSignalSpy progress(job, &Job::progress);
    auto done = Test::runJob(job);
    QVERIFY2(done->isFinished() && !done->hasError(), qPrintable(done->errorString()));
    QVERIFY(done->allVerified());
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Verified), 5);
    QVERIFY(done->failedPlan().isEmpty());
    // One update and one read-back per project, nothing else.
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 10);
    QCOMPARE(progress.count(), 6); // 0 of 5, then after each project
    QCOMPARE(progress.constLast().at(1).toLongLong(), 5);
    QCOMPARE(progress.constLast().at(2).toLongLong(), 5);

    for (const Project &p : readBack(m_projects))
        QCOMPARE(p.tags(), intended);
}

void TestApplyTagChanges::invalidValue_refusedBeforeSending()
{
    TagChangePlan plan = bulkPlan();
    plan[2].addTags.insert(u"Owner"_s, u"<script>"_s);
    auto done = Test::runJob(new ApplyTagChangesJob(*m_client, plan));
    QVERIFY(done->hasError());
    QCOMPARE(done->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(done->errorString().contains(u"Bulk 3"_s), qPrintable(done->errorString()));
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 0);
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Pending), 5);

    // A policy error on a touched key is refused the same way; untouched old problems are not.
    TagPolicy policy;
    policy.setRule({u"Team"_s, true, {u"payments"_s, u"ml"_s}, TagPolicy::CaseRule::Exact});
    auto *strict = new ApplyTagChangesJob(*m_client, bulkPlan());
    strict->setPolicy(policy);
    auto refused = Test::runJob(strict);
    QCOMPARE(refused->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 0);

    for (const Project &p : readBack(m_projects))
        QVERIFY(p.tags().contains(u"Legacy"_s));
}

void TestApplyTagChanges::serverErrorsMidway_partialReport_thenRetrySucceeds()
{
    const TagChangePlan plan = bulkPlan();
    auto *job = new ApplyTagChangesJob(*m_client, plan);
    // The third project meets a failing service (every attempt), the rest a healthy one.
    connect(job, &Job::progress, this, [this](Job *, qint64 done, qint64) {
        if (done == 2)
            m_account->server()->setFaults(*FaultInjector::parse(u"bedrock-mantle:error5xx=1"_s));
        else if (done == 3)
            m_account->server()->setFaults(FaultInjector());
    });
    auto done = Test::runJob(job);
    QVERIFY2(!done->hasError(), qPrintable(done->errorString()));
    QVERIFY(!done->allVerified());
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Verified), 4);
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Failed), 1);
    const ApplyTagChangesJob::Outcome &failed = done->outcomes().at(2);
    QCOMPARE(failed.status, ApplyTagChangesJob::Status::Failed);
    QCOMPARE(failed.change.projectName, u"Bulk 3"_s);
    QCOMPARE(failed.error.httpStatus(), 500);
    QVERIFY(failed.error.isTransient());

    const TagChangePlan retry = done->failedPlan();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.constFirst(), plan.at(2));
    const QList<Project> between = readBack(m_projects);
    QVERIFY(between.at(2).tags().contains(u"Legacy"_s)); // never applied
    QCOMPARE(between.at(3).tags(), plan.at(3).after());

    auto again = Test::runJob(new ApplyTagChangesJob(*m_client, retry));
    QVERIFY2(!again->hasError(), qPrintable(again->errorString()));
    QVERIFY(again->allVerified());
    QCOMPARE(again->outcomes().size(), 1);
    QCOMPARE(again->outcomes().constFirst().actualTags, plan.at(2).after());
    const QList<Project> after = readBack(m_projects);
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).tags(), plan.at(i).after());
}

void TestApplyTagChanges::cancel_stopsBetweenProjects()
{
    const TagChangePlan plan = bulkPlan();
    auto *job = new ApplyTagChangesJob(*m_client, plan);
    connect(job, &Job::progress, this, [job](Job *, qint64 done, qint64) {
        if (done == 2)
            job->cancel();
    });
    auto done = Test::runJob(job);
    QCOMPARE(done->error().kind(), AwsError::Kind::Cancelled);
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Verified), 2);
    QCOMPARE(done->count(ApplyTagChangesJob::Status::Pending), 3);
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 4);
    // Stay a while: nothing else is sent after the cancel.
    QTest::qWait(50);
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 4);
    QCOMPARE(done->failedPlan(), plan.mid(2));
}

QTEST_GUILESS_MAIN(TestApplyTagChanges)
#include "tst_applytagchanges.moc"
