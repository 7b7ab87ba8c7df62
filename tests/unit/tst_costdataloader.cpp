// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costdataloader.h"
#include "analytics/loadcostdatajob.h"
#include "jobrunner.h"
#include "domain/pricecatalog.h"
#include "store/cachedocuments.h"
#include "store/costcache.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

using CacheGranularity = CostCache::Granularity;

CostCache::Period period(const QString &grouping, CacheGranularity granularity, QDate start)
{
    CostCache::Period p;
    p.grouping = grouping;
    p.granularity = granularity;
    p.start = start;
    p.end = granularity == CacheGranularity::Daily ? start.addDays(1) : start.addMonths(1);
    return p;
}

Money usd(const char *text)
{
    return *Money::parse(QByteArrayView(text));
}

CostCache::Row row(const QString &key, const QString &usageType, const char *cost)
{
    return CostCache::Row{key, usageType, usd(cost), usd("1"), u"1K tokens"_s};
}

const QString Input = u"USE1-anthropic.claude-sonnet-4-6-mantle-input-tokens-standard"_s;
const QString Output = u"USE1-anthropic.claude-sonnet-4-6-mantle-output-tokens-batch"_s;
const QString Unknown = u"USE1-SomethingNew-Units"_s;

} // namespace

class TestCostDataLoader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachMonthComesFromOneGranularity();
    void usageTypesAreParsed_unknownOnesStayVisible();
    void projectsMapToTheirCurrentTeam();
    void damagedDocuments_areReportedNotFatal();
    void emptyCache_givesEmptyCubes();
    void job_loadsOnAWorkerAndFinishesOnTheOwnerThread();
    void job_reportsARecreatedCache_andCancels();

private:
    QTemporaryDir m_dir;
    CostCache m_cache;
};

void TestCostDataLoader::initTestCase()
{
    QVERIFY(m_cache.open(m_dir.filePath(u"c.sqlite"_s)).ok);
    const QString p = u"tag:Project"_s;
    const QString t = u"tag:Team"_s;
    // September: monthly only. October: monthly and every day (the daily window moved over it).
    // November: days only.
    QVERIFY(m_cache.replacePeriod(period(p, CacheGranularity::Monthly, QDate(2026, 9, 1)),
                                  {row(u"checkout"_s, Input, "10"), row(u""_s, Unknown, "0.5")}));
    QVERIFY(m_cache.replacePeriod(period(p, CacheGranularity::Monthly, QDate(2026, 10, 1)), {row(u"checkout"_s, Input, "31")}));
    for (QDate d(2026, 10, 1); d < QDate(2026, 11, 1); d = d.addDays(1))
        QVERIFY(m_cache.replacePeriod(period(p, CacheGranularity::Daily, d), {row(u"checkout"_s, Input, "1.000000001")}));
    for (QDate d(2026, 11, 1); d <= QDate(2026, 11, 3); d = d.addDays(1)) {
        QVERIFY(m_cache.replacePeriod(period(p, CacheGranularity::Daily, d),
                                      {row(u"checkout"_s, Output, "2"), row(u"search"_s, Input, "0.25")}));
        QVERIFY(m_cache.replacePeriod(period(t, CacheGranularity::Daily, d), {row(u"payments"_s, Output, "2.25")}));
    }
    // Another key's leftovers are ignored.
    QVERIFY(m_cache.replacePeriod(period(u"tag:OldKey"_s, CacheGranularity::Monthly, QDate(2026, 9, 1)),
                                  {row(u"x"_s, Input, "1000")}));

    Project checkout;
    checkout.setId(u"proj_1"_s);
    checkout.setName(u"Checkout"_s);
    TagSet tags;
    tags.insert(u"Project"_s, u"checkout"_s);
    tags.insert(u"Team"_s, u"payments"_s);
    checkout.setTags(tags);
    QVERIFY(m_cache.storeDocument(CacheDocuments::Projects.toString(), CacheDocuments::fromProjects({checkout}), {}));
    QVERIFY(m_cache.storeDocument(CacheDocuments::Services.toString(),
                                  CacheDocuments::fromServices({u"Amazon Bedrock"_s}), {}));
}

void TestCostDataLoader::eachMonthComesFromOneGranularity()
{
    QString error;
    const std::optional<CostData> data = CostDataLoader::load(m_cache, SyncSettings(), PriceCatalog::builtIn(), &error);
    QVERIFY2(data, qPrintable(error));
    CostCube::Query query;
    query.bucket = CostCube::TimeBucket::Month;
    const CostCube::Result months = data->byProject->query(query);
    QCOMPARE(months.rows.size(), 3);
    QCOMPARE(months.rows.at(0).cost, usd("10.5"));
    // October from its 31 days (31 × 1.000000001), not also from the monthly period.
    QCOMPARE(months.rows.at(1).cost, usd("31.000000031"));
    QCOMPARE(months.rows.at(2).cost, usd("6.75"));
    QCOMPARE(data->firstDailyDay, QDate(2026, 10, 1));
    QCOMPARE(data->lastDay, QDate(2026, 11, 3));
    QCOMPARE(data->byTeam->query(query).totalCost, usd("6.75"));
    QCOMPARE(data->services, QStringList{u"Amazon Bedrock"_s});
    // September's monthly row is dated on the 1st.
    query.bucket = CostCube::TimeBucket::Day;
    query.end = QDate(2026, 10, 1);
    QCOMPARE(data->byProject->query(query).rows.constFirst().bucketStart, QDate(2026, 9, 1));
}

void TestCostDataLoader::usageTypesAreParsed_unknownOnesStayVisible()
{
    const std::optional<CostData> data = CostDataLoader::load(m_cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(data);
    CostCube::Query query;
    query.groupBy = {CostCube::Dimension::Model, CostCube::Dimension::TokenType, CostCube::Dimension::Tier,
                     CostCube::Dimension::Region};
    query.end = QDate(2026, 10, 1);
    const CostCube::Result result = data->byProject->query(query);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).keys, (QStringList{Unknown, u"other"_s, u""_s, u""_s}));
    QCOMPARE(result.rows.at(0).cost, usd("0.5"));
    QCOMPARE(result.rows.at(1).keys,
             (QStringList{u"anthropic.claude-sonnet-4-6"_s, u"input"_s, u"standard"_s, u"us-east-1"_s}));

    query = {};
    query.groupBy = {CostCube::Dimension::TokenType, CostCube::Dimension::Tier, CostCube::Dimension::Provider};
    query.start = QDate(2026, 11, 1);
    const CostCube::Result november = data->byProject->query(query);
    QCOMPARE(november.rows.size(), 2);
    QCOMPARE(november.rows.at(0).keys, (QStringList{u"input"_s, u"standard"_s, u"Anthropic"_s}));
    QCOMPARE(november.rows.at(1).keys, (QStringList{u"output"_s, u"batch"_s, u"Anthropic"_s}));
}

void TestCostDataLoader::projectsMapToTheirCurrentTeam()
{
    const std::optional<CostData> data = CostDataLoader::load(m_cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(data);
    CostCube::Query query;
    query.groupBy = {CostCube::Dimension::Team, CostCube::Dimension::Project};
    query.start = QDate(2026, 11, 1);
    const CostCube::Result result = data->byProject->query(query);
    QCOMPARE(result.rows.size(), 2);
    // "search" has no Bedrock project carrying it: no team, but its spend is there.
    QCOMPARE(result.rows.at(0).keys, (QStringList{u""_s, u"search"_s}));
    QCOMPARE(result.rows.at(0).cost, usd("0.75"));
    QCOMPARE(result.rows.at(1).keys, (QStringList{u"payments"_s, u"checkout"_s}));
    QCOMPARE(data->projects.size(), 1);

    // Other keys read other groupings: nothing stored for them.
    SyncSettings other;
    other.projectTagKey = u"CostProject"_s;
    const std::optional<CostData> none = CostDataLoader::load(m_cache, other, PriceCatalog::builtIn());
    QVERIFY(none);
    QCOMPARE(none->byProject->rowCount(), 0);
    QCOMPARE(none->byTeam->rowCount(), 3);
}

void TestCostDataLoader::damagedDocuments_areReportedNotFatal()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"d.sqlite"_s)).ok);
    QVERIFY(cache.storeDocument(CacheDocuments::Budgets.toString(), QJsonDocument(QJsonObject{}), {}));
    QVERIFY(cache.replacePeriod(period(u"tag:Project"_s, CacheGranularity::Daily, QDate(2026, 11, 1)),
                                {row(u"a"_s, Input, "1")}));
    const std::optional<CostData> data = CostDataLoader::load(cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(data);
    QCOMPARE(data->problems.size(), 1);
    QVERIFY(data->budgets.isEmpty());
    QCOMPARE(data->byProject->rowCount(), 1);
}

void TestCostDataLoader::emptyCache_givesEmptyCubes()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"e.sqlite"_s)).ok);
    const std::optional<CostData> data = CostDataLoader::load(cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(data);
    QCOMPARE(data->byProject->rowCount(), 0);
    QVERIFY(!data->lastDay.isValid());
    QVERIFY(!data->firstDailyDay.isValid());
    QVERIFY(data->problems.isEmpty());

    CostCache closed;
    QString error;
    QVERIFY(!CostDataLoader::load(closed, SyncSettings(), PriceCatalog::builtIn(), &error));
    QVERIFY(!error.isEmpty());
}

void TestCostDataLoader::job_loadsOnAWorkerAndFinishesOnTheOwnerThread()
{
    const std::optional<CostData> direct = CostDataLoader::load(m_cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(direct);
    auto *job = new LoadCostDataJob(m_cache.filePath(), SyncSettings(), PriceCatalog::builtIn());
    QThread *finishedOn = nullptr;
    connect(job, &Job::finished, this, [&finishedOn] { finishedOn = QThread::currentThread(); });
    const auto done = Test::runJob(job);
    QVERIFY2(!done->hasError(), qPrintable(done->errorString()));
    QCOMPARE(finishedOn, QThread::currentThread());
    QVERIFY(done->notice().isEmpty());
    const CostData data = done->data();
    QCOMPARE(data.byProject->rowCount(), direct->byProject->rowCount());
    QCOMPARE(data.byTeam->rowCount(), direct->byTeam->rowCount());
    CostCube::Query query;
    query.groupBy = {CostCube::Dimension::Project, CostCube::Dimension::Model};
    query.bucket = CostCube::TimeBucket::Week;
    QCOMPARE(data.byProject->query(query).rows, direct->byProject->query(query).rows);
    QCOMPARE(data.lastDay, direct->lastDay);
}

void TestCostDataLoader::job_reportsARecreatedCache_andCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const auto done = Test::runJob(new LoadCostDataJob(path, SyncSettings(), PriceCatalog::builtIn()));
    QVERIFY2(!done->hasError(), qPrintable(done->errorString()));
    QVERIFY(!done->notice().isEmpty());
    QCOMPARE(done->data().byProject->rowCount(), 0);

    // Cancelled at once: finished() comes once, with Cancelled, and the worker's result is dropped.
    auto *job = new LoadCostDataJob(m_cache.filePath(), SyncSettings(), PriceCatalog::builtIn());
    job->setAutoDelete(false);
    std::unique_ptr<LoadCostDataJob> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_GUILESS_MAIN(TestCostDataLoader)
#include "tst_costdataloader.moc"
