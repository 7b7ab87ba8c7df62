// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/sigv4.h"
#include "costexplorerhandler.h"
#include "domain/pricecatalog.h"
#include "ledger.h"
#include "organisationgenerator.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QString AccessKeyId = u"AKIASANDBOXTEST00001"_s;
const QString SecretKey = u"sandbox/secret/key/for/tests/only000000"_s;
const QDate Today(2026, 11, 27);

} // namespace

// Drives the Cost Explorer handler through the server's full request path (SigV4 verified).
class TestCostExplorerHandler final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void getCostAndUsage_monthly_equalsLedger();
    void getCostAndUsage_ungrouped_totalsAndEstimated();
    void getCostAndUsage_pages_everyGroupOnce();
    void getCostAndUsage_tokens_stableAndRefuseChangedRequest();
    void getCostAndUsage_linkedAccount_attributes();
    void sameSeed_byteIdenticalResponses();
    void validation_errors_data();
    void validation_errors();
    void unknownTarget_unknownOperation();
    void malformedBody_serializationException();

    void getCostForecast_meanAndInterval();
    void getCostForecast_errors_data();
    void getCostForecast_errors();

    void getTags_keysOnlyActiveAndValues();
    void getDimensionValues_serviceAndUsageTypes();
    void getDimensionValues_sortedPages();

    void listCostAllocationTags_statusAndPages();
    void updateCostAllocationTagsStatus_activatesFromNextDay();
    void updateCostAllocationTagsStatus_limitsAndUnknownKeys();

private:
    HttpResponse call(const QByteArray &operation, const QJsonObject &body);
    QJsonObject callOk(const QByteArray &operation, const QJsonObject &body);
    static QString errorCode(const HttpResponse &response);
    // GetCostAndUsage through every page; returns (period start, keys) → UnblendedCost amount.
    QMap<QPair<QString, QStringList>, Money> allPages(QJsonObject body, int *pages);

    Ledger m_ledger;
    Organisation m_org;
    CostAllocationTags m_organisationTags;
    std::unique_ptr<SandboxServer> m_server;
    CostExplorerHandler *m_handler = nullptr;
    QDateTime m_now{Today, QTime(15, 30), Qt::UTC};
};

void TestCostExplorerHandler::initTestCase()
{
    OrganisationGenerator::Options options;
    options.seed = 42;
    options.scale = Organisation::Scale::Small;
    options.today = Today;
    m_org = OrganisationGenerator(options, PriceCatalog::builtIn()).generate(m_ledger);
}

void TestCostExplorerHandler::init()
{
    // A fresh account per test: tag activations must not leak between tests.
    m_server = std::make_unique<SandboxServer>(SandboxServer::Credentials{AccessKeyId, SecretKey, u"key"_s});
    m_server->setClock([this] { return m_now; });
    m_organisationTags = m_org.costAllocationTags;
    auto handler = std::make_unique<CostExplorerHandler>(m_ledger, m_organisationTags, m_org.accountId, m_org.accountName);
    m_handler = handler.get();
    m_server->addHandler(std::move(handler));
}

HttpResponse TestCostExplorerHandler::call(const QByteArray &operation, const QJsonObject &body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.setHeader("host", "ce.us-east-1.amazonaws.com");
    r.setHeader("content-type", "application/x-amz-json-1.1");
    r.setHeader("x-amz-target", "AWSInsightsIndexService." + operation);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    SigV4::SigningParams params;
    params.accessKeyId = AccessKeyId;
    params.secretAccessKey = SecretKey;
    params.region = u"us-east-1"_s;
    params.service = u"ce"_s;
    params.time = m_now;
    SigV4::signRequest(r, params);
    return m_server->respond(r);
}

QJsonObject TestCostExplorerHandler::callOk(const QByteArray &operation, const QJsonObject &body)
{
    const HttpResponse response = call(operation, body);
    if (response.status != 200)
        qWarning("%s failed: %d %s", operation.constData(), response.status, response.body.constData());
    [&] { QCOMPARE(response.status, 200); }();
    [&] { QCOMPARE(response.header("content-type"), QByteArray("application/x-amz-json-1.1")); }();
    return QJsonDocument::fromJson(response.body).object();
}

QString TestCostExplorerHandler::errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"__type"_s).toString();
}

QMap<QPair<QString, QStringList>, Money> TestCostExplorerHandler::allPages(QJsonObject body, int *pages)
{
    QMap<QPair<QString, QStringList>, Money> groups;
    *pages = 0;
    for (;;) {
        const QJsonObject page = callOk("GetCostAndUsage", body);
        ++*pages;
        for (const QJsonValue &period : page.value(u"ResultsByTime"_s).toArray()) {
            const QString start = period[u"TimePeriod"_s][u"Start"_s].toString();
            for (const QJsonValue &group : period[u"Groups"_s].toArray()) {
                QStringList keys;
                for (const QJsonValue &key : group[u"Keys"_s].toArray())
                    keys.append(key.toString());
                const QPair<QString, QStringList> id{start, keys};
                if (groups.contains(id))
                    qWarning("group seen twice: %s %s", qPrintable(start), qPrintable(keys.join(u',')));
                [&] { QVERIFY(!groups.contains(id)); }();
                groups.insert(id, *Money::parse(group[u"Metrics"_s][u"UnblendedCost"_s][u"Amount"_s].toString()));
            }
        }
        const QString token = page.value(u"NextPageToken"_s).toString();
        if (token.isEmpty() || *pages > 10'000)
            break;
        body.insert(u"NextPageToken"_s, token);
    }
    return groups;
}

namespace {

QJsonObject costAndUsage(const QString &start, const QString &end, const QString &granularity,
                         const QJsonArray &groupBy = {}, const QJsonArray &metrics = {u"UnblendedCost"_s})
{
    QJsonObject body{{u"TimePeriod"_s, QJsonObject{{u"Start"_s, start}, {u"End"_s, end}}},
                     {u"Granularity"_s, granularity},
                     {u"Metrics"_s, metrics}};
    if (!groupBy.isEmpty())
        body.insert(u"GroupBy"_s, groupBy);
    return body;
}

QJsonObject group(const QString &type, const QString &key)
{
    return {{u"Type"_s, type}, {u"Key"_s, key}};
}

} // namespace

void TestCostExplorerHandler::getCostAndUsage_monthly_equalsLedger()
{
    const QJsonObject response = callOk("GetCostAndUsage", costAndUsage(m_org.firstDay.toString(Qt::ISODate), u"2026-11-28"_s, u"MONTHLY"_s,
                                                                        {group(u"TAG"_s, u"Team"_s)},
                                                                        {u"UnblendedCost"_s, u"BlendedCost"_s, u"UsageQuantity"_s}));
    QVERIFY(!response.contains(u"NextPageToken"_s));
    QCOMPARE(response[u"GroupDefinitions"_s].toArray().first()[u"Type"_s].toString(), u"TAG"_s);
    Money cost;
    Money blended;
    Money quantity;
    bool untagged = false;
    for (const QJsonValue &period : response[u"ResultsByTime"_s].toArray()) {
        QVERIFY(period[u"Total"_s].toObject().isEmpty()); // grouped: the total is left to the caller
        for (const QJsonValue &g : period[u"Groups"_s].toArray()) {
            const QJsonObject metrics = g[u"Metrics"_s].toObject();
            QCOMPARE(metrics[u"UnblendedCost"_s][u"Unit"_s].toString(), u"USD"_s);
            QCOMPARE(metrics[u"UsageQuantity"_s][u"Unit"_s].toString(), u"1K tokens"_s);
            cost += *Money::parse(metrics[u"UnblendedCost"_s][u"Amount"_s].toString());
            blended += *Money::parse(metrics[u"BlendedCost"_s][u"Amount"_s].toString());
            quantity += *Money::parse(metrics[u"UsageQuantity"_s][u"Amount"_s].toString());
            untagged |= g[u"Keys"_s][0].toString() == u"Team$";
        }
    }
    QCOMPARE(cost, m_ledger.totalCost());
    QCOMPARE(blended, m_ledger.totalCost());
    QCOMPARE(quantity, m_ledger.totalQuantity());
    QVERIFY(untagged);
}

void TestCostExplorerHandler::getCostAndUsage_ungrouped_totalsAndEstimated()
{
    const QJsonObject response = callOk("GetCostAndUsage", costAndUsage(u"2026-10-01"_s, u"2026-12-01"_s, u"MONTHLY"_s,
                                                                        {}, {u"NetAmortizedCost"_s, u"NormalizedUsageAmount"_s}));
    const QJsonArray periods = response[u"ResultsByTime"_s].toArray();
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods[0][u"Estimated"_s].toBool(), false);
    QCOMPARE(periods[1][u"Estimated"_s].toBool(), true);
    QCOMPARE(periods[1][u"TimePeriod"_s][u"End"_s].toString(), u"2026-12-01"_s);
    QVERIFY(periods[0][u"Groups"_s].toArray().isEmpty());
    Money sum;
    qint64 ledger = 0;
    for (qsizetype row = m_ledger.lowerBound(QDate(2026, 10, 1)); row < m_ledger.rowCount(); ++row)
        ledger += m_ledger.costColumn()[size_t(row)];
    for (const QJsonValue &period : periods) {
        sum += *Money::parse(period[u"Total"_s][u"NetAmortizedCost"_s][u"Amount"_s].toString());
        QCOMPARE(period[u"Total"_s][u"NormalizedUsageAmount"_s][u"Amount"_s].toString(), u"0"_s);
    }
    QCOMPARE(sum.nanos(), ledger);
    QVERIFY(!response.contains(u"GroupDefinitions"_s));
}

void TestCostExplorerHandler::getCostAndUsage_pages_everyGroupOnce()
{
    m_handler->setPageSize(97);
    const QJsonObject body = costAndUsage(u"2026-09-01"_s, u"2026-11-28"_s, u"DAILY"_s,
                                          {group(u"DIMENSION"_s, u"USAGE_TYPE"_s), group(u"TAG"_s, u"Project"_s)});
    int pages = 0;
    const QMap<QPair<QString, QStringList>, Money> groups = allPages(body, &pages);
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    Money sum;
    for (const Money &amount : groups)
        sum += amount;
    qint64 ledger = 0;
    for (qsizetype row = m_ledger.lowerBound(QDate(2026, 9, 1)); row < m_ledger.rowCount(); ++row)
        ledger += m_ledger.costColumn()[size_t(row)];
    QCOMPARE(sum.nanos(), ledger);

    // The same answer in one page.
    m_handler->setPageSize(1'000'000);
    int onePage = 0;
    QCOMPARE(allPages(body, &onePage), groups);
    QCOMPARE(onePage, 1);
}

void TestCostExplorerHandler::getCostAndUsage_tokens_stableAndRefuseChangedRequest()
{
    m_handler->setPageSize(50);
    QJsonObject body = costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"DAILY"_s, {group(u"DIMENSION"_s, u"USAGE_TYPE"_s)});
    const QString first = callOk("GetCostAndUsage", body)[u"NextPageToken"_s].toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(callOk("GetCostAndUsage", body)[u"NextPageToken"_s].toString(), first); // stable

    body.insert(u"NextPageToken"_s, first);
    const QString second = callOk("GetCostAndUsage", body)[u"NextPageToken"_s].toString();
    QVERIFY(!second.isEmpty() && second != first);

    QJsonObject changed = body;
    changed.insert(u"Granularity"_s, u"MONTHLY"_s);
    HttpResponse response = call("GetCostAndUsage", changed);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"RequestChangedException"_s);

    changed = body;
    changed.insert(u"Metrics"_s, QJsonArray{u"UsageQuantity"_s});
    QCOMPARE(errorCode(call("GetCostAndUsage", changed)), u"RequestChangedException"_s);

    changed = body;
    changed.insert(u"NextPageToken"_s, u"not-a-token"_s);
    response = call("GetCostAndUsage", changed);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"InvalidNextTokenException"_s);
}

void TestCostExplorerHandler::getCostAndUsage_linkedAccount_attributes()
{
    const QJsonObject response = callOk("GetCostAndUsage", costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"MONTHLY"_s,
                                                                        {group(u"DIMENSION"_s, u"LINKED_ACCOUNT"_s)}));
    const QJsonArray attributes = response[u"DimensionValueAttributes"_s].toArray();
    QCOMPARE(attributes.size(), 1);
    QCOMPARE(attributes[0][u"Value"_s].toString(), m_org.accountId);
    QCOMPARE(attributes[0][u"Attributes"_s][u"description"_s].toString(), m_org.accountName);
    QCOMPARE(response[u"ResultsByTime"_s][0][u"Groups"_s][0][u"Keys"_s][0].toString(), m_org.accountId);
}

void TestCostExplorerHandler::sameSeed_byteIdenticalResponses()
{
    // A second account generated from the same seed answers with the same bytes.
    Ledger ledger;
    OrganisationGenerator::Options options;
    options.seed = 42;
    options.scale = Organisation::Scale::Small;
    options.today = Today;
    Organisation org = OrganisationGenerator(options, PriceCatalog::builtIn()).generate(ledger);
    SandboxServer other(SandboxServer::Credentials{AccessKeyId, SecretKey, u"key"_s});
    other.setClock([this] { return m_now; });
    other.addHandler(std::make_unique<CostExplorerHandler>(ledger, org.costAllocationTags, org.accountId, org.accountName));

    const QList<QPair<QByteArray, QJsonObject>> requests{
        {"GetCostAndUsage", costAndUsage(u"2026-01-01"_s, u"2026-11-28"_s, u"DAILY"_s,
                                         {group(u"DIMENSION"_s, u"USAGE_TYPE"_s), group(u"TAG"_s, u"Team"_s)})},
        {"GetCostForecast", {{u"TimePeriod"_s, QJsonObject{{u"Start"_s, u"2026-11-27"_s}, {u"End"_s, u"2027-01-01"_s}}},
                             {u"Metric"_s, u"UNBLENDED_COST"_s}, {u"Granularity"_s, u"DAILY"_s},
                             {u"PredictionIntervalLevel"_s, 95}}},
        {"GetTags", {{u"TimePeriod"_s, QJsonObject{{u"Start"_s, u"2026-01-01"_s}, {u"End"_s, u"2026-11-28"_s}}}}},
        {"ListCostAllocationTags", {}},
    };
    for (const auto &[operation, body] : requests) {
        const HttpResponse mine = call(operation, body);
        HttpRequest r;
        r.method = "POST";
        r.path = "/";
        r.setHeader("host", "ce.us-east-1.amazonaws.com");
        r.setHeader("content-type", "application/x-amz-json-1.1");
        r.setHeader("x-amz-target", "AWSInsightsIndexService." + operation);
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        SigV4::SigningParams params{AccessKeyId, SecretKey, QString(), u"us-east-1"_s, u"ce"_s, m_now};
        SigV4::signRequest(r, params);
        const HttpResponse theirs = other.respond(r);
        QCOMPARE(mine.status, 200);
        QVERIFY2(mine.body == theirs.body, operation.constData());
        QVERIFY2(mine.body.size() > 50, operation.constData());
    }
}

void TestCostExplorerHandler::validation_errors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("three group-bys") << costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"DAILY"_s,
                                                     {group(u"TAG"_s, u"A"_s), group(u"TAG"_s, u"B"_s), group(u"TAG"_s, u"C"_s)})
                                     << u"ValidationException"_s;
    QTest::newRow("start after end") << costAndUsage(u"2026-11-10"_s, u"2026-11-01"_s, u"DAILY"_s) << u"ValidationException"_s;
    QTest::newRow("bad metric") << costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"DAILY"_s, {}, {u"Dollars"_s})
                                << u"ValidationException"_s;
    QTest::newRow("missing period") << QJsonObject{{u"Granularity"_s, u"DAILY"_s}, {u"Metrics"_s, QJsonArray{u"UnblendedCost"_s}}}
                                    << u"ValidationException"_s;
    QJsonObject badFilter = costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"DAILY"_s);
    badFilter.insert(u"Filter"_s, QJsonObject{{u"Not"_s, QJsonObject{}}});
    QTest::newRow("bad filter") << badFilter << u"ValidationException"_s;
}

void TestCostExplorerHandler::validation_errors()
{
    QFETCH(QJsonObject, body);
    const HttpResponse response = call("GetCostAndUsage", body);
    QCOMPARE(response.status, 400);
    QTEST(errorCode(response), "code");
    QVERIFY(!QJsonDocument::fromJson(response.body).object().value(u"Message"_s).toString().isEmpty());
    QVERIFY(response.header("x-amzn-requestid").size() == 36);
}

void TestCostExplorerHandler::unknownTarget_unknownOperation()
{
    const HttpResponse response = call("GetCostAndUsageWithResources", costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"DAILY"_s));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"UnknownOperationException"_s);
    QCOMPARE(errorCode(call("Bogus", {})), u"UnknownOperationException"_s);
}

void TestCostExplorerHandler::malformedBody_serializationException()
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.setHeader("host", "ce.us-east-1.amazonaws.com");
    r.setHeader("content-type", "application/x-amz-json-1.1");
    r.setHeader("x-amz-target", "AWSInsightsIndexService.GetCostAndUsage");
    r.body = "{\"TimePeriod\": {";
    SigV4::SigningParams params{AccessKeyId, SecretKey, QString(), u"us-east-1"_s, u"ce"_s, m_now};
    SigV4::signRequest(r, params);
    const HttpResponse response = m_server->respond(r);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), u"SerializationException"_s);
}

void TestCostExplorerHandler::getCostForecast_meanAndInterval()
{
    const QJsonObject body{{u"TimePeriod"_s, QJsonObject{{u"Start"_s, u"2026-11-27"_s}, {u"End"_s, u"2027-02-01"_s}}},
                           {u"Metric"_s, u"UNBLENDED_COST"_s},
                           {u"Granularity"_s, u"MONTHLY"_s},
                           {u"PredictionIntervalLevel"_s, 80}};
    const QJsonObject response = callOk("GetCostForecast", body);
    const QJsonArray results = response[u"ForecastResultsByTime"_s].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][u"TimePeriod"_s][u"End"_s].toString(), u"2026-12-01"_s);
    QCOMPARE(results[2][u"TimePeriod"_s][u"Start"_s].toString(), u"2027-01-01"_s);
    Money sum;
    for (const QJsonValue &r : results) {
        const Money mean = *Money::parse(r[u"MeanValue"_s].toString());
        const Money lower = *Money::parse(r[u"PredictionIntervalLowerBound"_s].toString());
        const Money upper = *Money::parse(r[u"PredictionIntervalUpperBound"_s].toString());
        QVERIFY(lower <= mean && mean <= upper);
        QVERIFY(mean > Money());
        sum += mean;
    }
    QCOMPARE(*Money::parse(response[u"Total"_s][u"Amount"_s].toString()), sum);
    QCOMPARE(response[u"Total"_s][u"Unit"_s].toString(), u"USD"_s);

    // A month forecast is in the range of the recent months' spend.
    const Money december = *Money::parse(results[1][u"MeanValue"_s].toString());
    qint64 october = 0;
    for (qsizetype row = m_ledger.lowerBound(QDate(2026, 10, 1)); row < m_ledger.lowerBound(QDate(2026, 11, 1)); ++row)
        october += m_ledger.costColumn()[size_t(row)];
    QVERIFY2(december.nanos() > october / 2 && december.nanos() < october * 2,
             qPrintable(u"%1 vs %2"_s.arg(december.toString(), Money::fromNanos(october).toString())));

    // Without a level, no interval.
    QJsonObject noLevel = body;
    noLevel.remove(u"PredictionIntervalLevel"_s);
    const QJsonObject plain = callOk("GetCostForecast", noLevel);
    QVERIFY(!plain[u"ForecastResultsByTime"_s][0].toObject().contains(u"PredictionIntervalLowerBound"_s));
    QCOMPARE(plain[u"ForecastResultsByTime"_s][0][u"MeanValue"_s], results[0][u"MeanValue"_s]);
}

void TestCostExplorerHandler::getCostForecast_errors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    const auto forecast = [](const QString &start, const QString &end, const QString &granularity,
                             const QString &metric = u"UNBLENDED_COST"_s) {
        return QJsonObject{{u"TimePeriod"_s, QJsonObject{{u"Start"_s, start}, {u"End"_s, end}}},
                           {u"Metric"_s, metric},
                           {u"Granularity"_s, granularity}};
    };
    QTest::newRow("start in the past") << forecast(u"2026-11-20"_s, u"2026-12-01"_s, u"DAILY"_s) << u"ValidationException"_s;
    QTest::newRow("start after end") << forecast(u"2026-12-05"_s, u"2026-12-01"_s, u"DAILY"_s) << u"ValidationException"_s;
    QTest::newRow("daily over 3 months") << forecast(u"2026-11-27"_s, u"2027-03-01"_s, u"DAILY"_s) << u"ValidationException"_s;
    QTest::newRow("monthly over 18 months") << forecast(u"2026-11-27"_s, u"2028-07-01"_s, u"MONTHLY"_s) << u"ValidationException"_s;
    QTest::newRow("hourly") << forecast(u"2026-11-27"_s, u"2026-11-28"_s, u"HOURLY"_s) << u"ValidationException"_s;
    QTest::newRow("camel-case metric") << forecast(u"2026-11-27"_s, u"2026-12-01"_s, u"DAILY"_s, u"UnblendedCost"_s)
                                       << u"ValidationException"_s;
    QJsonObject level = forecast(u"2026-11-27"_s, u"2026-12-01"_s, u"DAILY"_s);
    level.insert(u"PredictionIntervalLevel"_s, 50);
    QTest::newRow("level 50") << level << u"ValidationException"_s;
    QJsonObject nothing = forecast(u"2026-11-27"_s, u"2026-12-01"_s, u"DAILY"_s);
    nothing.insert(u"Filter"_s, QJsonObject{{u"Tags"_s, QJsonObject{{u"Key"_s, u"Team"_s}, {u"Values"_s, QJsonArray{u"no-such-team"_s}}}}});
    QTest::newRow("no history") << nothing << u"DataUnavailableException"_s;
}

void TestCostExplorerHandler::getCostForecast_errors()
{
    QFETCH(QJsonObject, body);
    const HttpResponse response = call("GetCostForecast", body);
    QCOMPARE(response.status, 400);
    QTEST(errorCode(response), "code");
}

void TestCostExplorerHandler::getTags_keysOnlyActiveAndValues()
{
    const QJsonObject period{{u"Start"_s, m_org.firstDay.toString(Qt::ISODate)}, {u"End"_s, u"2026-11-28"_s}};
    const QJsonObject keys = callOk("GetTags", {{u"TimePeriod"_s, period}});
    QStringList names;
    for (const QJsonValue &v : keys[u"Tags"_s].toArray())
        names.append(v.toString());
    QVERIFY(names.contains(u"Team"_s));
    QVERIFY(names.contains(u"CostCenter"_s));
    QVERIFY(!names.contains(m_org.inactiveTagKey));
    QCOMPARE(keys[u"ReturnSize"_s].toInt(), names.size());
    QCOMPARE(keys[u"TotalSize"_s].toInt(), names.size());

    const QJsonObject values = callOk("GetTags", {{u"TimePeriod"_s, period}, {u"TagKey"_s, u"Team"_s}});
    QStringList teams;
    for (const QJsonValue &v : values[u"Tags"_s].toArray())
        teams.append(v.toString());
    QVERIFY(teams.contains(m_org.teams.first().name));
    QVERIFY(!teams.contains(QString()));

    const QJsonObject searched = callOk("GetTags", {{u"TimePeriod"_s, period}, {u"SearchString"_s, u"cost"_s}});
    for (const QJsonValue &v : searched[u"Tags"_s].toArray())
        QVERIFY(v.toString().contains(u"cost"_s, Qt::CaseInsensitive));
    QVERIFY(!searched[u"Tags"_s].toArray().isEmpty());
}

void TestCostExplorerHandler::getDimensionValues_serviceAndUsageTypes()
{
    const QJsonObject period{{u"Start"_s, u"2026-11-01"_s}, {u"End"_s, u"2026-11-28"_s}};
    const QJsonObject service = callOk("GetDimensionValues", {{u"TimePeriod"_s, period}, {u"Dimension"_s, u"SERVICE"_s},
                                                              {u"SearchString"_s, u"Bedrock"_s}});
    QCOMPARE(service[u"DimensionValues"_s].toArray().size(), 1);
    QCOMPARE(service[u"DimensionValues"_s][0][u"Value"_s].toString(), u"Amazon Bedrock"_s);
    QCOMPARE(service[u"TotalSize"_s].toInt(), 1);

    const QJsonObject inputs = callOk("GetDimensionValues", {{u"TimePeriod"_s, period}, {u"Dimension"_s, u"USAGE_TYPE"_s},
                                                             {u"SearchString"_s, u"mantle-input"_s}});
    QVERIFY(!inputs[u"DimensionValues"_s].toArray().isEmpty());
    for (const QJsonValue &v : inputs[u"DimensionValues"_s].toArray())
        QCOMPARE(UsageType::parse(v[u"Value"_s].toString()).tokenType(), UsageType::TokenType::Input);

    const QJsonObject account = callOk("GetDimensionValues", {{u"TimePeriod"_s, period}, {u"Dimension"_s, u"LINKED_ACCOUNT"_s}});
    QCOMPARE(account[u"DimensionValues"_s][0][u"Attributes"_s][u"description"_s].toString(), m_org.accountName);
    const QJsonObject reservations = callOk("GetDimensionValues", {{u"TimePeriod"_s, period}, {u"Dimension"_s, u"SERVICE"_s},
                                                                   {u"Context"_s, u"RESERVATIONS"_s}});
    QCOMPARE(reservations[u"TotalSize"_s].toInt(), 0);

    QCOMPARE(errorCode(call("GetDimensionValues", {{u"TimePeriod"_s, period}, {u"Dimension"_s, u"PROJECT"_s}})),
             u"ValidationException"_s);
}

void TestCostExplorerHandler::getDimensionValues_sortedPages()
{
    QJsonObject body{{u"TimePeriod"_s, QJsonObject{{u"Start"_s, u"2026-11-01"_s}, {u"End"_s, u"2026-11-28"_s}}},
                     {u"Dimension"_s, u"USAGE_TYPE"_s},
                     {u"SortBy"_s, QJsonArray{QJsonObject{{u"Key"_s, u"UnblendedCost"_s}, {u"SortOrder"_s, u"DESCENDING"_s}}}},
                     {u"MaxResults"_s, 3}};
    QStringList values;
    int total = 0;
    for (int page = 0; page < 100; ++page) {
        const QJsonObject response = callOk("GetDimensionValues", body);
        QVERIFY(response[u"ReturnSize"_s].toInt() <= 3);
        total = response[u"TotalSize"_s].toInt();
        for (const QJsonValue &v : response[u"DimensionValues"_s].toArray())
            values.append(v[u"Value"_s].toString());
        if (!response.contains(u"NextPageToken"_s))
            break;
        body.insert(u"NextPageToken"_s, response[u"NextPageToken"_s]);
    }
    QCOMPARE(values.size(), total);
    QVERIFY(total > 3);
    QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), total);
    // Descending by cost: check against the engine.
    const QList<CostEngine::ValueSums> sums = m_handler->engine().dimensionValues(u"USAGE_TYPE"_s, QDate(2026, 11, 1), QDate(2026, 11, 28), CostFilter());
    QMap<QString, Money> cost;
    for (const CostEngine::ValueSums &v : sums)
        cost.insert(v.value, v.sums.cost);
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY(cost.value(values[i - 1]) >= cost.value(values[i]));
}

void TestCostExplorerHandler::listCostAllocationTags_statusAndPages()
{
    const QJsonObject all = callOk("ListCostAllocationTags", {});
    QMap<QString, QJsonObject> byKey;
    for (const QJsonValue &v : all[u"CostAllocationTags"_s].toArray())
        byKey.insert(v[u"TagKey"_s].toString(), v.toObject());
    QCOMPARE(byKey.value(u"Team"_s)[u"Status"_s].toString(), u"Active"_s);
    QCOMPARE(byKey.value(u"Team"_s)[u"Type"_s].toString(), u"UserDefined"_s);
    QVERIFY(byKey.value(u"Team"_s)[u"LastUpdatedDate"_s].toString().endsWith(u'Z'));
    QCOMPARE(byKey.value(u"Team"_s)[u"LastUsedDate"_s].toString(), u"2026-11-01T00:00:00Z"_s);
    QCOMPARE(byKey.value(m_org.inactiveTagKey)[u"Status"_s].toString(), u"Inactive"_s);
    QVERIFY(!byKey.value(m_org.inactiveTagKey).contains(u"LastUpdatedDate"_s));
    // The old key is no longer used after the rename.
    QVERIFY(byKey.value(m_org.rename.from)[u"LastUsedDate"_s].toString() < u"2026-11-01"_s);

    const QJsonObject inactive = callOk("ListCostAllocationTags", {{u"Status"_s, u"Inactive"_s}});
    for (const QJsonValue &v : inactive[u"CostAllocationTags"_s].toArray())
        QCOMPARE(v[u"Status"_s].toString(), u"Inactive"_s);

    QStringList paged;
    QJsonObject body{{u"MaxResults"_s, 2}};
    for (int page = 0; page < 50; ++page) {
        const QJsonObject response = callOk("ListCostAllocationTags", body);
        QVERIFY(response[u"CostAllocationTags"_s].toArray().size() <= 2);
        for (const QJsonValue &v : response[u"CostAllocationTags"_s].toArray())
            paged.append(v[u"TagKey"_s].toString());
        if (!response.contains(u"NextToken"_s))
            break;
        body.insert(u"NextToken"_s, response[u"NextToken"_s]);
    }
    QCOMPARE(paged, byKey.keys());
    QCOMPARE(errorCode(call("ListCostAllocationTags", {{u"Status"_s, u"Enabled"_s}})), u"ValidationException"_s);
    QCOMPARE(errorCode(call("ListCostAllocationTags", {{u"MaxResults"_s, 0}})), u"ValidationException"_s);
    QCOMPARE(errorCode(call("ListCostAllocationTags", {{u"NextToken"_s, u"zzz"_s}})), u"InvalidNextTokenException"_s);
}

void TestCostExplorerHandler::updateCostAllocationTagsStatus_activatesFromNextDay()
{
    const QJsonObject response = callOk("UpdateCostAllocationTagsStatus",
                                        {{u"CostAllocationTagsStatus"_s,
                                          QJsonArray{QJsonObject{{u"TagKey"_s, m_org.inactiveTagKey}, {u"Status"_s, u"Active"_s}}}}});
    QVERIFY(response[u"Errors"_s].toArray().isEmpty());
    const QJsonObject listed = callOk("ListCostAllocationTags", {{u"TagKeys"_s, QJsonArray{m_org.inactiveTagKey}}});
    QCOMPARE(listed[u"CostAllocationTags"_s].toArray().size(), 1);
    QCOMPARE(listed[u"CostAllocationTags"_s][0][u"Status"_s].toString(), u"Active"_s);
    QCOMPARE(listed[u"CostAllocationTags"_s][0][u"LastUpdatedDate"_s].toString(), u"2026-11-27T15:30:00Z"_s);

    // Not retroactive: today's and earlier usage stays untagged for the key.
    const QJsonObject grouped = callOk("GetCostAndUsage", costAndUsage(u"2026-11-01"_s, u"2026-11-28"_s, u"MONTHLY"_s,
                                                                       {group(u"TAG"_s, m_org.inactiveTagKey)}));
    const QJsonArray groups = grouped[u"ResultsByTime"_s][0][u"Groups"_s].toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0][u"Keys"_s][0].toString(), m_org.inactiveTagKey + u'$');
    QVERIFY(m_organisationTags.isActiveOn(m_org.inactiveTagKey, Today.addDays(1)));
    QVERIFY(!m_organisationTags.isActiveOn(m_org.inactiveTagKey, Today));
}

void TestCostExplorerHandler::updateCostAllocationTagsStatus_limitsAndUnknownKeys()
{
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject{{u"TagKey"_s, u"Team"_s}, {u"Status"_s, u"Active"_s}});
    QCOMPARE(errorCode(call("UpdateCostAllocationTagsStatus", {{u"CostAllocationTagsStatus"_s, many}})), u"ValidationException"_s);
    QCOMPARE(errorCode(call("UpdateCostAllocationTagsStatus", {{u"CostAllocationTagsStatus"_s, QJsonArray{}}})), u"ValidationException"_s);
    QCOMPARE(errorCode(call("UpdateCostAllocationTagsStatus",
                            {{u"CostAllocationTagsStatus"_s, QJsonArray{QJsonObject{{u"TagKey"_s, u"Team"_s}, {u"Status"_s, u"On"_s}}}}})),
             u"ValidationException"_s);

    const QJsonObject response = callOk("UpdateCostAllocationTagsStatus",
                                        {{u"CostAllocationTagsStatus"_s,
                                          QJsonArray{QJsonObject{{u"TagKey"_s, u"NoSuchKey"_s}, {u"Status"_s, u"Active"_s}},
                                                     QJsonObject{{u"TagKey"_s, u"Team"_s}, {u"Status"_s, u"Active"_s}},
                                                     QJsonObject{{u"TagKey"_s, u"Environment"_s}, {u"Status"_s, u"Inactive"_s}}}}});
    const QJsonArray errors = response[u"Errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][u"TagKey"_s].toString(), u"NoSuchKey"_s);
    QVERIFY(!errors[0][u"Code"_s].toString().isEmpty());
    QVERIFY(m_organisationTags.isActiveOn(u"Team"_s, Today)); // already active: unchanged
    QVERIFY(m_organisationTags.isActiveOn(u"Environment"_s, Today));
    QVERIFY(!m_organisationTags.isActiveOn(u"Environment"_s, Today.addDays(1)));
}

QTEST_GUILESS_MAIN(TestCostExplorerHandler)
#include "tst_costexplorerhandler.moc"
