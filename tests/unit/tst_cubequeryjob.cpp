// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/cubequeryjob.h"

#include "jobrunner.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Spendscope::AwsError;
using Spendscope::CostCube;
using Spendscope::CubeQueryJob;
using Spendscope::Job;
using Spendscope::Money;

namespace {

using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;

// A deterministic cube of `rows` rows over a year; `spread` widens the value sets so that a query
// grouped by every dimension has far more groups than the flat-array path handles.
std::shared_ptr<const CostCube> makeCube(int rows, quint32 seed, int spread = 1)
{
    QRandomGenerator random(seed);
    CostCube::Builder builder;
    builder.reserve(rows);
    const QDate first(2025, 11, 1);
    for (int i = 0; i < rows; ++i) {
        CostCube::Row row;
        row.day = first.addDays(random.bounded(396));
        row.team = random.bounded(10) == 0 ? QString() : u"team-%1"_s.arg(random.bounded(8 * spread));
        row.project = u"project-%1"_s.arg(random.bounded(40 * spread));
        const int model = random.bounded(12 * spread);
        row.model = u"model-%1"_s.arg(model);
        row.provider = u"provider-%1"_s.arg(model % 4);
        row.tokenType = u"type-%1"_s.arg(random.bounded(4));
        row.tier = u"tier-%1"_s.arg(random.bounded(3));
        row.region = u"region-%1"_s.arg(random.bounded(6 * spread));
        row.cost = Money::fromNanos(qint64(random.bounded(qint64(5'000'000'000))));
        row.quantity = Money::fromNanos(qint64(random.bounded(100'000'000)) * 1000);
        builder.append(row);
    }
    return std::make_shared<const CostCube>(builder.build());
}

CostCube::Query teamMonthQuery()
{
    CostCube::Query query;
    query.groupBy = {Dimension::Team};
    query.bucket = TimeBucket::Month;
    return query;
}

// Every dimension and the day: hundreds of thousands of groups, the cube's slowest path.
CostCube::Query widestQuery()
{
    CostCube::Query query;
    query.groupBy = {Dimension::Team, Dimension::Project, Dimension::Model, Dimension::Provider,
                     Dimension::TokenType, Dimension::Tier, Dimension::Region};
    query.bucket = TimeBucket::Day;
    return query;
}

bool sameResult(const CostCube::Result &a, const CostCube::Result &b)
{
    return a.rows == b.rows && a.totalCost == b.totalCost && a.totalQuantity == b.totalQuantity;
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::CostCube::Query)

class TestCubeQueryJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void result_matchesDirectQuery_data();
    void result_matchesDirectQuery();
    void takeResult_movesTheResultOut();
    void nullCube_failsWithInvalidInput();
    void finished_arrivesOnTheMainThread();
    void finished_arrivesOnTheOwningWorkerThread();
    void cancel_whileTheQueryRuns_dropsResultAndFinishesOnce();
    void cancel_beforeStart_finishesOnceWithoutRunning();
    void cancel_afterFinish_changesNothing();
    void delete_whileTheQueryRuns_isSafe();
    void autoDelete_deletesTheJobAfterFinished();
    void manyJobsInFlight_allFinishOnceWithTheirOwnResults();

private:
    std::shared_ptr<const CostCube> m_cube;
};

void TestCubeQueryJob::initTestCase()
{
    m_cube = makeCube(20'000, 4);
}

void TestCubeQueryJob::result_matchesDirectQuery_data()
{
    QTest::addColumn<CostCube::Query>("query");

    QTest::newRow("team by month") << teamMonthQuery();
    CostCube::Query modelDay;
    modelDay.groupBy = {Dimension::Model};
    modelDay.bucket = TimeBucket::Day;
    QTest::newRow("model by day") << modelDay;
    CostCube::Query filtered;
    filtered.groupBy = {Dimension::Model};
    filtered.setFilter(Dimension::Project, {u"project-7"_s});
    filtered.start = QDate(2026, 2, 1);
    filtered.end = QDate(2026, 5, 1);
    QTest::newRow("one project by model, three months") << filtered;
    CostCube::Query nothing;
    nothing.setFilter(Dimension::Region, {u"nowhere"_s});
    QTest::newRow("filter matching nothing") << nothing;
    QTest::newRow("grand total") << CostCube::Query();
    QTest::newRow("every dimension by day") << widestQuery();
}

void TestCubeQueryJob::result_matchesDirectQuery()
{
    QFETCH(CostCube::Query, query);
    const CostCube::Result expected = m_cube->query(query);

    SPENDSCOPE_RUN_OK(job, new CubeQueryJob(m_cube, query));
    QVERIFY(sameResult(job->result(), expected));
}

void TestCubeQueryJob::takeResult_movesTheResultOut()
{
    const CostCube::Result expected = m_cube->query(teamMonthQuery());
    QVERIFY(!expected.rows.isEmpty());

    SPENDSCOPE_RUN_OK(job, new CubeQueryJob(m_cube, teamMonthQuery()));
    const CostCube::Result taken = job->takeResult();
    QVERIFY(sameResult(taken, expected));
    QVERIFY(job->result().rows.isEmpty());
    QCOMPARE(job->result().totalCost, Money());
}

void TestCubeQueryJob::nullCube_failsWithInvalidInput()
{
    auto job = Spendscope::Test::runJob(new CubeQueryJob(nullptr, teamMonthQuery()));
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY(job->result().rows.isEmpty());
}

void TestCubeQueryJob::finished_arrivesOnTheMainThread()
{
    auto *job = new CubeQueryJob(m_cube, widestQuery());
    job->setAutoDelete(false);
    std::unique_ptr<CubeQueryJob> owned(job);
    QThread *finishedOn = nullptr;
    connect(job, &Job::finished, this, [&finishedOn] { finishedOn = QThread::currentThread(); },
            Qt::DirectConnection);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finishedOn, QThread::currentThread());
    QVERIFY(!job->hasError());
}

void TestCubeQueryJob::finished_arrivesOnTheOwningWorkerThread()
{
    QThread owner;
    owner.start();
    auto *job = new CubeQueryJob(m_cube, teamMonthQuery());
    job->setAutoDelete(false);
    std::unique_ptr<CubeQueryJob> owned(job);
    job->moveToThread(&owner);

    QThread *finishedOn = nullptr;
    bool resultMatched = false;
    const CostCube::Result expected = m_cube->query(teamMonthQuery());
    // Direct, so the slot runs where the signal is emitted and reads the job there.
    connect(job, &Job::finished, job,
            [&finishedOn, &resultMatched, &expected, job] {
                finishedOn = QThread::currentThread();
                resultMatched = !job->hasError() && sameResult(job->result(), expected);
            },
            Qt::DirectConnection);
    QSignalSpy finished(job, &Job::finished);
    QMetaObject::invokeMethod(job, &Job::start, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    owner.quit();
    QVERIFY(owner.wait());
    QCOMPARE(finishedOn, &owner);
    QVERIFY(resultMatched);
}

void TestCubeQueryJob::cancel_whileTheQueryRuns_dropsResultAndFinishesOnce()
{
    // A dedicated one-thread pool, so the test can see the query still occupying it.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    auto cube = makeCube(300'000, 9, 8);
    const std::weak_ptr<const CostCube> watchCube = cube;

    auto *job = new CubeQueryJob(std::move(cube), widestQuery());
    job->setThreadPool(&pool);
    job->setAutoDelete(false);
    std::unique_ptr<CubeQueryJob> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(pool.activeThreadCount() == 1, 60000);
    QVERIFY(!job->isFinished());

    job->cancel();
    // The scan over 300K rows into ~300K groups cannot have ended yet: this cancel hit a running
    // (or still queued) task, and only the task's own reference keeps the cube alive now.
    QCOMPARE(pool.activeThreadCount(), 1);
    QVERIFY(!watchCube.expired());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);

    owned.reset(); // the job goes while the worker still runs
    pool.waitForDone();
    QVERIFY(watchCube.expired()); // the worker released the cube
    QTest::qWait(20);             // late watcher events would arrive now; there is no job left to reach
}

void TestCubeQueryJob::cancel_beforeStart_finishesOnceWithoutRunning()
{
    QThreadPool pool;
    auto *job = new CubeQueryJob(m_cube, teamMonthQuery());
    job->setThreadPool(&pool);
    job->setAutoDelete(false);
    std::unique_ptr<CubeQueryJob> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->cancel();
    job->start();
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QVERIFY(job->result().rows.isEmpty());
    QCOMPARE(pool.activeThreadCount(), 0);
}

void TestCubeQueryJob::cancel_afterFinish_changesNothing()
{
    SPENDSCOPE_RUN_OK(job, new CubeQueryJob(m_cube, teamMonthQuery()));
    QSignalSpy finished(job.get(), &Job::finished);
    job->cancel();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!job->hasError());
    QVERIFY(sameResult(job->result(), m_cube->query(teamMonthQuery())));
}

void TestCubeQueryJob::delete_whileTheQueryRuns_isSafe()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    auto cube = makeCube(300'000, 11, 8);
    const std::weak_ptr<const CostCube> watchCube = cube;
    auto *job = new CubeQueryJob(std::move(cube), widestQuery());
    job->setThreadPool(&pool);
    bool finishedSeen = false;
    connect(job, &Job::finished, this, [&finishedSeen] { finishedSeen = true; });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(pool.activeThreadCount() == 1, 60000);
    delete job;
    pool.waitForDone();
    QTest::qWait(20);
    QVERIFY(!finishedSeen); // a deleted job reports nothing
    QVERIFY(watchCube.expired());
}

void TestCubeQueryJob::autoDelete_deletesTheJobAfterFinished()
{
    auto *job = new CubeQueryJob(m_cube, teamMonthQuery());
    QPointer<CubeQueryJob> watch(job);
    CostCube::Result delivered;
    connect(job, &Job::finished, this, [&delivered, job] { delivered = job->takeResult(); });
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(60000));
    QVERIFY(sameResult(delivered, m_cube->query(teamMonthQuery())));
    QTRY_VERIFY(watch.isNull());
}

void TestCubeQueryJob::manyJobsInFlight_allFinishOnceWithTheirOwnResults()
{
    constexpr int JobCount = 48;
    const QList<Dimension> dimensions = {Dimension::Team, Dimension::Project, Dimension::Model, Dimension::Region};
    std::vector<CostCube::Query> queries;
    std::vector<int> finishCounts(JobCount, 0);
    std::vector<CostCube::Result> results(JobCount);
    int finishedJobs = 0;
    for (int i = 0; i < JobCount; ++i) {
        CostCube::Query query;
        query.groupBy = {dimensions.at(i % dimensions.size())};
        query.bucket = TimeBucket(i % 4);
        if (i % 3 == 0)
            query.setFilter(Dimension::Project, {u"project-%1"_s.arg(i)});
        queries.push_back(query);

        auto *job = new CubeQueryJob(m_cube, query, this);
        connect(job, &Job::finished, this, [&, i, job] {
            ++finishCounts[std::size_t(i)];
            ++finishedJobs;
            QVERIFY(!job->hasError());
            results[std::size_t(i)] = job->takeResult();
        });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finishedJobs, JobCount, 120000);
    QTest::qWait(20);
    for (int i = 0; i < JobCount; ++i) {
        QCOMPARE(finishCounts[std::size_t(i)], 1);
        QVERIFY2(sameResult(results[std::size_t(i)], m_cube->query(queries[std::size_t(i)])),
                 qPrintable(u"job %1"_s.arg(i)));
    }
    QTRY_VERIFY(findChildren<CubeQueryJob *>().isEmpty()); // all deleted themselves
}

QTEST_GUILESS_MAIN(TestCubeQueryJob)
#include "tst_cubequeryjob.moc"
