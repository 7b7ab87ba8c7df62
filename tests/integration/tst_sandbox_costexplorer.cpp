// SPDX-License-Identifier: GPL-3.0-or-later
// The production CostExplorerClient against the sandbox's Cost Explorer over real HTTP on
// 127.0.0.1: every page of GetCostAndUsage, GetCostForecast, GetTags, GetDimensionValues,
// ListCostAllocationTags and UpdateCostAllocationTagsStatus, with totals checked to the nano
// against the ledger.
#include "api/costexplorerclient.h"
#include "aws/awstransport.h"
#include "costallocationtags.h"
#include "costexplorerhandler.h"
#include "domain/pricecatalog.h"
#include "ledger.h"
#include "organisationgenerator.h"
#include "sandboxserver.h"

#include "jobrunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QDate Today(2026, 11, 27);
const QDateTime Now(Today, QTime(15, 30), Qt::UTC);
const QString AccessKeyId = u"AKIASANDBOXCETEST001"_s;
const QString SecretKey = u"sandbox-ce-integration-secret-000000000"_s;

qint64 ledgerCost(const Ledger &ledger, QDate start, QDate end)
{
    qint64 sum = 0;
    for (qsizetype row = ledger.lowerBound(start); row < ledger.lowerBound(end); ++row)
        sum += ledger.costColumn()[size_t(row)];
    return sum;
}

} // namespace

class TestSandboxCostExplorer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getCostAndUsage_allPages_exactAgainstLedger();
    void getCostAndUsage_filtered_matchesEngine();
    void getCostAndUsage_validationError_reachesClient();
    void getCostForecast_meanWithinBounds();
    void getTags_andDimensionValues();
    void costAllocationTags_listAndActivate();

private:
    Ledger m_ledger;
    Organisation m_org;
    CostAllocationTags m_tags;
    std::unique_ptr<SandboxServer> m_server;
    CostExplorerHandler *m_handler = nullptr;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<CostExplorerClient> m_client;
};

void TestSandboxCostExplorer::initTestCase()
{
    OrganisationGenerator::Options options;
    options.seed = 2026;
    options.scale = Organisation::Scale::Small;
    options.today = Today;
    m_org = OrganisationGenerator(options, PriceCatalog::builtIn()).generate(m_ledger);
    m_tags = m_org.costAllocationTags;

    m_server = std::make_unique<SandboxServer>(SandboxServer::Credentials{AccessKeyId, SecretKey, u"unused"_s});
    m_server->setClock([] { return Now; });
    auto handler = std::make_unique<CostExplorerHandler>(m_ledger, m_tags, m_org.accountId, m_org.accountName);
    m_handler = handler.get();
    m_handler->setPageSize(150); // small pages, so that large answers take many requests
    m_server->addHandler(std::move(handler));
    const quint16 port = m_server->listenOnLoopback();
    QVERIFY(port != 0);

    m_transport = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = AccessKeyId;
    credentials.secretAccessKey = SecretKey;
    m_transport->setCredentials(credentials);
    m_transport->setClock([] { return Now; });
    m_transport->setTransferTimeout(std::chrono::seconds(30));
    EndpointConfig config;
    config.endpointUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_client = std::make_unique<CostExplorerClient>(m_transport.get(), config);
}

void TestSandboxCostExplorer::getCostAndUsage_allPages_exactAgainstLedger()
{
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(QDate(2026, 8, 1), Today.addDays(1));
    request.granularity = Granularity::Daily;
    request.metrics = {u"UnblendedCost"_s, u"UsageQuantity"_s};
    request.groupBy = {GroupDefinition{GroupType::Dimension, u"USAGE_TYPE"_s}, GroupDefinition{GroupType::Tag, u"Team"_s}};
    const int before = m_server->requestCount();
    SPENDSCOPE_RUN_OK(job, m_client->getCostAndUsage(request));
    const GetCostAndUsageResult &result = job->result();
    QVERIFY2(job->pageCount() > 5, qPrintable(QString::number(job->pageCount())));
    QCOMPARE(int(m_server->requestCount() - before), job->attemptCount());
    QCOMPARE(result.resultsByTime.size(), qsizetype(QDate(2026, 8, 1).daysTo(Today.addDays(1))));
    QCOMPARE(result.sum(u"UnblendedCost"_s).nanos(), ledgerCost(m_ledger, QDate(2026, 8, 1), Today.addDays(1)));

    // Month by month: DAILY groups sum to the MONTHLY answer and to the ledger.
    GetCostAndUsageRequest monthly = request;
    monthly.granularity = Granularity::Monthly;
    SPENDSCOPE_RUN_OK(monthJob, m_client->getCostAndUsage(monthly));
    QCOMPARE(monthJob->result().resultsByTime.size(), 4);
    for (const CostResultByTime &month : monthJob->result().resultsByTime) {
        const QDate start = QDate::fromString(month.timePeriod.start, Qt::ISODate);
        const QDate end = QDate::fromString(month.timePeriod.end, Qt::ISODate);
        Money monthSum;
        for (const CostGroup &group : month.groups)
            monthSum += group.metrics.value(u"UnblendedCost"_s).amount;
        Money dailySum;
        for (const CostResultByTime &day : result.resultsByTime) {
            const QDate d = QDate::fromString(day.timePeriod.start, Qt::ISODate);
            if (d >= start && d < end) {
                for (const CostGroup &group : day.groups)
                    dailySum += group.metrics.value(u"UnblendedCost"_s).amount;
            }
        }
        QCOMPARE(monthSum.nanos(), ledgerCost(m_ledger, start, end));
        QCOMPARE(dailySum, monthSum);
        QCOMPARE(month.estimated, start.month() == Today.month());
    }
}

void TestSandboxCostExplorer::getCostAndUsage_filtered_matchesEngine()
{
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(m_org.firstDay, Today.addDays(1));
    request.granularity = Granularity::Monthly;
    request.metrics = {u"NetUnblendedCost"_s};
    request.filter = CostExpression::allOf({CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s}),
                                            CostExpression::negation(CostExpression::tag(u"Team"_s, {m_org.teams.first().name}))});
    SPENDSCOPE_RUN_OK(job, m_client->getCostAndUsage(request));
    QString error;
    const std::optional<CostFilter> filter = CostFilter::fromJson(request.filter.toJson(), &error);
    QVERIFY2(filter, qPrintable(error));
    const CostEngine::Sums expected = m_handler->engine().total(*filter, m_org.firstDay, Today.addDays(1));
    QCOMPARE(job->result().sum(u"NetUnblendedCost"_s), expected.cost);
    QVERIFY(expected.cost < m_ledger.totalCost());
    QVERIFY(expected.cost > Money());
}

void TestSandboxCostExplorer::getCostAndUsage_validationError_reachesClient()
{
    // The client validates locally too; a request it lets through but the service refuses:
    // a start in the future.
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(Today.addDays(2), Today.addDays(3));
    request.granularity = Granularity::Daily;
    request.metrics = {u"UnblendedCost"_s};
    auto job = Test::runJob(m_client->getCostAndUsage(request));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().code(), u"ValidationException"_s);
}

void TestSandboxCostExplorer::getCostForecast_meanWithinBounds()
{
    GetCostForecastRequest request;
    request.timePeriod = DateInterval::fromDates(Today, QDate(2027, 1, 1));
    request.metric = ForecastMetric::UnblendedCost;
    request.granularity = Granularity::Monthly;
    request.predictionIntervalLevel = 90;
    SPENDSCOPE_RUN_OK(job, m_client->getCostForecast(request));
    const GetCostForecastResult &result = job->result();
    QCOMPARE(result.forecastResultsByTime.size(), 2);
    Money sum;
    for (const ForecastResult &period : result.forecastResultsByTime) {
        QVERIFY(period.meanValue && period.lowerBound && period.upperBound);
        QVERIFY(*period.lowerBound <= *period.meanValue && *period.meanValue <= *period.upperBound);
        sum += *period.meanValue;
    }
    QVERIFY(result.total);
    QCOMPARE(result.total->amount, sum);
    QCOMPARE(result.total->unit, u"USD"_s);
}

void TestSandboxCostExplorer::getTags_andDimensionValues()
{
    GetTagsRequest keys;
    keys.timePeriod = DateInterval::fromDates(m_org.firstDay, Today.addDays(1));
    SPENDSCOPE_RUN_OK(keysJob, m_client->getTags(keys));
    QVERIFY(keysJob->result().tags.contains(u"Team"_s));
    QVERIFY(!keysJob->result().tags.contains(m_org.inactiveTagKey));

    GetTagsRequest values = keys;
    values.tagKey = u"Environment"_s;
    SPENDSCOPE_RUN_OK(valuesJob, m_client->getTags(values));
    QVERIFY(!valuesJob->result().tags.isEmpty());
    QCOMPARE(valuesJob->result().totalSize, valuesJob->result().tags.size());

    GetDimensionValuesRequest services;
    services.timePeriod = keys.timePeriod;
    services.dimension = u"SERVICE"_s;
    services.searchString = u"Bedrock"_s;
    SPENDSCOPE_RUN_OK(servicesJob, m_client->getDimensionValues(services));
    QCOMPARE(servicesJob->result().dimensionValues.size(), 1);
    QCOMPARE(servicesJob->result().dimensionValues.first().value, u"Amazon Bedrock"_s);

    GetDimensionValuesRequest usageTypes = services;
    usageTypes.dimension = u"USAGE_TYPE"_s;
    usageTypes.searchString.clear();
    usageTypes.sortBy = {SortDefinition{u"UnblendedCost"_s, SortOrder::Descending}};
    usageTypes.maxResults = 4;
    SPENDSCOPE_RUN_OK(typesJob, m_client->getDimensionValues(usageTypes));
    QVERIFY(typesJob->pageCount() > 1);
    QCOMPARE(typesJob->result().dimensionValues.size(), typesJob->result().totalSize);
    QCOMPARE(qsizetype(typesJob->result().totalSize),
             m_handler->engine().dimensionValues(u"USAGE_TYPE"_s, m_org.firstDay, Today.addDays(1), CostFilter()).size());
}

void TestSandboxCostExplorer::costAllocationTags_listAndActivate()
{
    ListCostAllocationTagsRequest list;
    list.maxResults = 2;
    SPENDSCOPE_RUN_OK(listJob, m_client->listCostAllocationTags(list));
    QVERIFY(listJob->pageCount() > 1);
    QStringList keys;
    for (const CostAllocationTag &tag : listJob->result().tags) {
        keys.append(tag.tagKey);
        if (tag.tagKey == m_org.inactiveTagKey)
            QCOMPARE(tag.status, CostAllocationTagStatus::Inactive);
        if (tag.tagKey == u"Team")
            QCOMPARE(tag.status, CostAllocationTagStatus::Active);
    }
    QCOMPARE(keys, m_tags.keyNames());

    QList<CostAllocationTagStatusEntry> entries{{m_org.inactiveTagKey, CostAllocationTagStatus::Active},
                                                {u"DoesNotExist"_s, CostAllocationTagStatus::Active}};
    SPENDSCOPE_RUN_OK(updateJob, m_client->updateCostAllocationTagsStatus(entries));
    QCOMPARE(updateJob->result().errors.size(), 1);
    QCOMPARE(updateJob->result().errors.first().tagKey, u"DoesNotExist"_s);
    QVERIFY(m_tags.find(m_org.inactiveTagKey)->isActive());
    QVERIFY(m_tags.isActiveOn(m_org.inactiveTagKey, Today.addDays(1)));
    QVERIFY(!m_tags.isActiveOn(m_org.inactiveTagKey, Today));

    ListCostAllocationTagsRequest active;
    active.status = CostAllocationTagStatus::Active;
    active.tagKeys = {m_org.inactiveTagKey};
    SPENDSCOPE_RUN_OK(activeJob, m_client->listCostAllocationTags(active));
    QCOMPARE(activeJob->result().tags.size(), 1);
    QCOMPARE(activeJob->result().tags.first().lastUpdatedDate, Now);
}

QTEST_GUILESS_MAIN(TestSandboxCostExplorer)
#include "tst_sandbox_costexplorer.moc"
