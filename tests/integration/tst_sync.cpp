// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a sandbox account over HTTP: the cache (and the cubes loaded from it)
// equals Cost Explorer's answers to the nano, per month, per day and per tag value; a second sync
// with nothing new costs at most three requests; a sync interrupted again and again by faults and
// cancellation resumes and ends with the same rows as an undisturbed one.
#include "analytics/costdataloader.h"
#include "analytics/costinsights.h"
#include "api/costexplorerclient.h"
#include "aws/awstransport.h"
#include "domain/pricecatalog.h"
#include "jobrunner.h"
#include "sandboxaccount.h"
#include "store/cachedocuments.h"
#include "store/costcache.h"
#include "store/syncjob.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::FaultInjector;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

const QDate Today(2026, 11, 20);
const QDateTime Now(Today, QTime(15, 30), Qt::UTC);
constexpr quint64 Seed = 11;

struct Account
{
    explicit Account(const QString &faults = {}, int pageSize = 40)
    {
        SandboxAccount::Options options;
        options.seed = Seed;
        options.scale = Organisation::Scale::Small;
        options.today = Today;
        options.clock = [] { return Now; };
        options.costExplorerPageSize = pageSize;
        if (!faults.isEmpty()) {
            options.faults = *FaultInjector::parse(faults);
            options.faults.setSeed(20261127);
        }
        account = std::make_unique<SandboxAccount>(options);
        QString error;
        started = account->start(&error);
        if (!started)
            qWarning("%s", qPrintable(error));
        transport = std::make_unique<AwsTransport>(&network);
        AwsCredentials credentials;
        credentials.accessKeyId = account->connection().accessKeyId;
        credentials.secretAccessKey = account->connection().secretAccessKey;
        credentials.bearerToken = account->connection().apiKey;
        transport->setCredentials(credentials);
        transport->setClock([] { return Now; });
        RetryPolicy::Settings retry;
        retry.baseDelay = std::chrono::milliseconds(1);
        transport->setRetryPolicy(RetryPolicy(retry));
        config.endpointUrl = account->endpointUrl();
    }

    SyncJob *sync(CostCache *cache, const SyncSettings &settings = SyncSettings()) const
    {
        auto *job = new SyncJob(transport.get(), config, cache, settings);
        job->setToday(Today);
        return job;
    }

    QNetworkAccessManager network;
    std::unique_ptr<SandboxAccount> account;
    bool started = false;
    std::unique_ptr<AwsTransport> transport;
    EndpointConfig config;
};

struct Cache
{
    Cache()
    {
        opened = cache.open(dir.filePath(u"profile.sqlite"_s)).ok;
    }
    QTemporaryDir dir;
    CostCache cache;
    bool opened = false;
};

// Cost Explorer's own answer: (first day of bucket, tag value) → cost.
QMap<std::pair<QDate, QString>, Money> costExplorerByTag(const Account &account, const QStringList &services,
                                                         Granularity granularity, QDate start, QDate end,
                                                         const QString &tagKey)
{
    CostExplorerClient client(account.transport.get(), account.config);
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(start, end);
    request.granularity = granularity;
    request.metrics = {u"UnblendedCost"_s};
    request.filter = CostExpression::dimension(u"SERVICE"_s, services);
    request.groupBy = {{GroupType::Tag, tagKey}};
    auto job = Test::runJob(client.getCostAndUsage(request));
    QMap<std::pair<QDate, QString>, Money> result;
    if (job->hasError()) {
        qWarning("%s", qPrintable(job->errorString()));
        return result;
    }
    for (const CostResultByTime &period : job->result().resultsByTime) {
        for (const CostGroup &group : period.groups) {
            const QString value = group.keys.constFirst().mid(tagKey.size() + 1);
            result[{QDate::fromString(period.timePeriod.start, Qt::ISODate), value}] +=
                group.metrics.value(u"UnblendedCost"_s).amount;
        }
    }
    return result;
}

QMap<std::pair<QDate, QString>, Money> cubeByTag(const CostCube &cube, CostCube::Dimension dimension,
                                                 CostCube::TimeBucket bucket, QDate start, QDate end)
{
    CostCube::Query query;
    query.groupBy = {dimension};
    query.bucket = bucket;
    query.start = start;
    query.end = end;
    QMap<std::pair<QDate, QString>, Money> result;
    for (const CostCube::ResultRow &row : cube.query(query).rows) {
        if (!row.cost.isZero())
            result[{row.bucketStart, row.keys.constFirst()}] = row.cost;
    }
    return result;
}

QMap<std::pair<QDate, QString>, Money> withoutZeros(QMap<std::pair<QDate, QString>, Money> map)
{
    map.removeIf([](const auto &it) { return it.value().isZero(); });
    return map;
}

// Every stored row, as text, for comparing two caches.
QStringList dumpRows(const CostCache &cache)
{
    QStringList rows;
    (void)cache.forEachRow([&rows](const CostCache::PeriodRow &row) {
        rows.append(u"%1|%2|%3|%4|%5|%6|%7"_s.arg(int(row.granularity))
                        .arg(row.start.toString(Qt::ISODate), row.grouping, row.groupKey, row.usageType,
                             row.cost.toString(), row.quantity.toString()));
    });
    rows.sort();
    return rows;
}

} // namespace

class TestSync final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSync_equalsCostExplorerExactly();
    void secondSync_withNothingNew_makesAtMostThreeRequests();
    void changedEstimatedDay_isRefetchedAlone();
    void interruptedSync_resumesWithoutDuplicates();
    void unreachableService_failsCleanly_andKeepsTheCache();
    void forecasts_standNextToCostExplorers();
};

void TestSync::firstSync_equalsCostExplorerExactly()
{
    Account account;
    QVERIFY(account.started);
    Cache cache;
    QVERIFY(cache.opened);

    SPENDSCOPE_RUN_OK(sync, account.sync(&cache.cache));
    const SyncReport &report = sync->report();
    QVERIFY2(report.warnings.filter(u"differ"_s).isEmpty(), qPrintable(report.warnings.join(u'\n')));
    QCOMPARE(report.services, QStringList{u"Amazon Bedrock"_s});
    QCOMPARE(report.window.historyStart, QDate(2025, 11, 1));
    QCOMPARE(report.window.dailyStart, QDate(2026, 8, 1));
    QCOMPARE(report.window.end, QDate(2026, 11, 21));
    QCOMPARE(report.monthTotals.size(), 13);
    // Pages of 40 groups: far more requests than periods would need, and every one is counted.
    QVERIFY2(report.costExplorerRequests > 20, qPrintable(QString::number(report.costExplorerRequests)));
    QCOMPARE(report.apiCost, SyncJob::PricePerRequest.multipliedBy(report.costExplorerRequests));
    QCOMPARE(report.rowsInCache, report.rowsWritten);
    QVERIFY(report.rowsWritten > 1000);
    QCOMPARE(cache.cache.syncLog().size(), 1);
    QCOMPARE(cache.cache.syncLog().constFirst().requests, report.costExplorerRequests);

    // The month totals equal Cost Explorer's ungrouped MONTHLY totals to the nano.
    const auto byMonth = costExplorerByTag(account, report.services, Granularity::Monthly, report.window.historyStart,
                                           report.window.end, u"Project"_s);
    QMap<QDate, Money> expectedMonths;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        expectedMonths[it.key().first] += it.value();
    for (auto it = report.monthTotals.cbegin(); it != report.monthTotals.cend(); ++it)
        QCOMPARE(it.value(), expectedMonths.value(it.key()));
    QVERIFY(!expectedMonths.value(QDate(2026, 10, 1)).isZero());

    // The cubes, per month and per tag value, for both groupings; per day in the daily window.
    QString error;
    const std::optional<CostData> data = CostDataLoader::load(cache.cache, SyncSettings(), PriceCatalog::builtIn(), &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY2(data->problems.isEmpty(), qPrintable(data->problems.join(u'\n')));
    QCOMPARE(data->firstDailyDay, QDate(2026, 8, 1));
    QCOMPARE(data->lastDay, Today);
    QVERIFY(!data->projects.isEmpty());
    QVERIFY(!data->costAllocationTags.isEmpty());
    QCOMPARE(data->services, report.services);
    QCOMPARE(withoutZeros(cubeByTag(*data->byProject, CostCube::Dimension::Project, CostCube::TimeBucket::Month,
                                    report.window.historyStart, report.window.end)),
             withoutZeros(byMonth));
    QCOMPARE(withoutZeros(cubeByTag(*data->byTeam, CostCube::Dimension::Team, CostCube::TimeBucket::Month,
                                    report.window.historyStart, report.window.end)),
             withoutZeros(costExplorerByTag(account, report.services, Granularity::Monthly,
                                            report.window.historyStart, report.window.end, u"Team"_s)));
    QCOMPARE(withoutZeros(cubeByTag(*data->byTeam, CostCube::Dimension::Team, CostCube::TimeBucket::Day,
                                    report.window.dailyStart, report.window.end)),
             withoutZeros(costExplorerByTag(account, report.services, Granularity::Daily, report.window.dailyStart,
                                            report.window.end, u"Team"_s)));
    // Untagged spend is kept as its own (empty) value, never dropped.
    QVERIFY(byMonth.contains({QDate(2026, 10, 1), QString()}));
}

void TestSync::secondSync_withNothingNew_makesAtMostThreeRequests()
{
    Account account;
    QVERIFY(account.started);
    Cache cache;
    QVERIFY(cache.opened);
    SPENDSCOPE_RUN_OK(first, account.sync(&cache.cache));
    const QStringList before = dumpRows(cache.cache);

    SPENDSCOPE_RUN_OK(second, account.sync(&cache.cache));
    // Discovery, tag status and one probe of the Estimated days; nothing refetched.
    QVERIFY2(second->report().costExplorerRequests <= 3, qPrintable(QString::number(second->report().costExplorerRequests)));
    QCOMPARE(second->report().periodsWritten, 0);
    // The current month's days up to today, for both groupings, were confirmed by the probe.
    QCOMPARE(second->report().periodsConfirmed, 2 * 20);
    QCOMPARE(second->report().monthTotals, first->report().monthTotals);
    QCOMPARE(dumpRows(cache.cache), before);
    QCOMPARE(cache.cache.syncLog().size(), 2);
}

void TestSync::changedEstimatedDay_isRefetchedAlone()
{
    Account account;
    QVERIFY(account.started);
    Cache cache;
    QVERIFY(cache.opened);
    SPENDSCOPE_RUN_OK(first, account.sync(&cache.cache));

    // Pretend that one Estimated day of the project grouping was fetched before more usage came in.
    const QDate day(2026, 11, 12);
    CostCache::Period period;
    period.granularity = CostCache::Granularity::Daily;
    period.start = day;
    period.end = day.addDays(1);
    period.grouping = SyncSettings().projectGrouping();
    period.estimated = true;
    QList<CostCache::Row> rows = cache.cache.rowsFor(period);
    QVERIFY(rows.size() > 1);
    rows.removeLast();
    QVERIFY(cache.cache.replacePeriod(period, rows));
    const qint64 rowsBefore = cache.cache.rowCount();

    SPENDSCOPE_RUN_OK(second, account.sync(&cache.cache));
    QCOMPARE(second->report().periodsWritten, 1);
    QCOMPARE(cache.cache.rowCount(), rowsBefore + 1);
    QCOMPARE(second->report().monthTotals, first->report().monthTotals);
    QVERIFY(second->report().costExplorerRequests >= 4);
}

void TestSync::interruptedSync_resumesWithoutDuplicates()
{
    // The reference: an undisturbed sync of an account generated from the same seed.
    Account clean;
    QVERIFY(clean.started);
    Cache reference;
    QVERIFY(reference.opened);
    SPENDSCOPE_RUN_OK(expected, clean.sync(&reference.cache));

    Account faulty(u"throttle=0.3,reset=0.05"_s);
    QVERIFY(faulty.started);
    // The SDK's three attempts and retry quota: some requests fail for good, ending the sync.
    Cache cache;
    QVERIFY(cache.opened);
    int runs = 0;
    int failures = 0;
    int cancels = 0;
    bool done = false;
    while (!done && runs < 60) {
        ++runs;
        faulty.transport->setRetryPolicy(RetryPolicy(RetryPolicy::Settings{.baseDelay = std::chrono::milliseconds(1)}));
        SyncJob *job = faulty.sync(&cache.cache);
        // Every third run is also cancelled after a few stored requests, like a user would.
        if (runs % 3 == 1) {
            QObject::connect(job, &Job::progress, job, [job, &cancels](Job *, qint64 stored, qint64) {
                if (stored == 3) {
                    ++cancels;
                    job->cancel();
                }
            });
        }
        auto sync = Test::runJob(job, 120000);
        QVERIFY(sync->isFinished());
        if (sync->hasError())
            ++failures;
        else
            done = true;
    }
    QVERIFY2(done, "the sync never completed");
    QVERIFY2(failures >= 1, "the faults and cancels should have interrupted at least one sync");
    QVERIFY(cancels >= 1);
    qInfo("completed after %d runs (%d interrupted, %d of them cancelled)", runs, failures, cancels);

    QCOMPARE(dumpRows(cache.cache), dumpRows(reference.cache));
    QCOMPARE(cache.cache.rowCount(), reference.cache.rowCount());

    // No period stored twice, no row stored twice (the schema forbids it; check the file itself).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(cache.cache.filePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM (SELECT grouping, granularity, start_date FROM periods "
                           "GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM (SELECT period_id, group_key, usage_type FROM cost_rows "
                           "GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);

    // The month totals of the last run equal the undisturbed sync's.
    SPENDSCOPE_RUN_OK(last, faulty.sync(&cache.cache));
    QCOMPARE(last->report().monthTotals, expected->report().monthTotals);
}

void TestSync::unreachableService_failsCleanly_andKeepsTheCache()
{
    Account account;
    QVERIFY(account.started);
    Cache cache;
    QVERIFY(cache.opened);
    SPENDSCOPE_RUN_OK(first, account.sync(&cache.cache));
    const QStringList before = dumpRows(cache.cache);

    // Nothing listens there any more.
    account.account.reset();
    auto failed = Test::runJob(account.sync(&cache.cache));
    QVERIFY(failed->hasError());
    QCOMPARE(failed->error().kind(), AwsError::Kind::Network);
    QCOMPARE(dumpRows(cache.cache), before);
    // Failed syncs are logged too: their requests may have been billed.
    QCOMPARE(cache.cache.syncLog().size(), 2);

    // A cache that is not open is refused before anything is sent.
    CostCache closed;
    auto refused = Test::runJob(account.sync(&closed));
    QCOMPARE(refused->error().kind(), AwsError::Kind::LocalStorage);
}

void TestSync::forecasts_standNextToCostExplorers()
{
    Account account;
    QVERIFY(account.started);
    Cache cache;
    QVERIFY(cache.opened);
    SPENDSCOPE_RUN_OK(sync, account.sync(&cache.cache));
    const std::optional<CostData> data = CostDataLoader::load(cache.cache, SyncSettings(), PriceCatalog::builtIn());
    QVERIFY(data);
    const QList<CostInsights::EntityForecast> forecasts = CostInsights::forecasts(*data, Today);
    QVERIFY(forecasts.size() > 2);
    // The month-to-date of each team equals the cache's November total for that team tag.
    Money teams;
    for (const CostInsights::EntityForecast &f : forecasts) {
        if (f.kind == CostInsights::EntityKind::Team)
            teams += f.forecast.monthToDate;
    }
    QCOMPARE(teams, sync->report().monthTotals.value(QDate(2026, 11, 1)));

    // Cost Explorer's forecast for the top team, through the production client.
    const CostInsights::EntityForecast *top = nullptr;
    for (const CostInsights::EntityForecast &f : forecasts) {
        if (f.kind == CostInsights::EntityKind::Team && !f.entity.isEmpty()) {
            top = &f;
            break;
        }
    }
    QVERIFY(top);
    const auto request = CostInsights::costExplorerForecastRequest(data->services, u"Team"_s, top->entity, Today);
    QVERIFY(request);
    CostExplorerClient client(account.transport.get(), account.config);
    SPENDSCOPE_RUN_OK(job, client.getCostForecast(*request));
    const auto external = CostInsights::externalForecast(job->result());
    QVERIFY(external);
    QVERIFY(external->mean > Money());
    const MonthEndForecaster::Forecast compared =
        MonthEndForecaster().forecast(CostInsights::dailyByEntity(*data->byTeam, CostCube::Dimension::Team,
                                                                  data->firstDailyDay, Today.addDays(1))
                                          .value(top->entity),
                                      Today, external);
    QVERIFY(compared.costExplorer);
    QCOMPARE(compared.costExplorer->total, compared.monthToDate + external->mean);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
