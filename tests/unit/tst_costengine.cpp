// SPDX-License-Identifier: GPL-3.0-or-later
#include "costallocationtags.h"
#include "costengine.h"
#include "domain/pricecatalog.h"
#include "ledger.h"
#include "organisationgenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QDate Today(2026, 11, 27);

CostFilter filterFrom(const char *json)
{
    QString error;
    const std::optional<CostFilter> filter = CostFilter::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!filter)
        qFatal("bad test filter %s: %s", json, qPrintable(error));
    return *filter;
}

CostEngine::Query query(QDate start, QDate end, CostEngine::Granularity granularity,
                        QList<CostEngine::GroupBy> groupBy = {}, const CostFilter &filter = CostFilter())
{
    CostEngine::Query q;
    q.start = start;
    q.end = end;
    q.granularity = granularity;
    q.metrics = {CostEngine::Metric::UnblendedCost, CostEngine::Metric::UsageQuantity};
    q.groupBy = std::move(groupBy);
    q.filter = filter;
    return q;
}

// Group key → sums over all periods.
QMap<QStringList, CostEngine::Sums> byKeys(const std::vector<CostEngine::Period> &periods)
{
    QMap<QStringList, CostEngine::Sums> sums;
    for (const CostEngine::Period &period : periods) {
        for (const CostEngine::Group &group : period.groups)
            sums[group.keys] += group.sums;
    }
    return sums;
}

CostEngine::Sums totalOf(const std::vector<CostEngine::Period> &periods)
{
    CostEngine::Sums sums;
    for (const CostEngine::Period &period : periods)
        sums += period.total;
    return sums;
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::Sandbox::CostEngine::GroupBy)

class TestCostEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void handcrafted_groupByTag_untaggedAsKeyDollar();
    void handcrafted_activation_notRetroactive();
    void handcrafted_filters_andOrNotAbsentCase();
    void handcrafted_outOfOrderRecords_totalPerDay();

    void generated_dailyOverMonth_equalsMonthly_equalsLedger_data();
    void generated_dailyOverMonth_equalsMonthly_equalsLedger();
    void generated_groupsSumToTotal_twoGroupBys();
    void generated_unactivatedKey_allUntagged();
    void generated_renamedKey_oldBeforeNewAfter();
    void generated_filterAlgebra_exact();
    void generated_totalForBudgets_matchesEvaluate();
    void generated_dimensionAndTagValues();
    void generated_estimated_onlyCurrentMonth();

    void parseQuery_validation_data();
    void parseQuery_validation();

    void defaultScale_latency();

private:
    Ledger m_ledger;
    Organisation m_org;
};

void TestCostEngine::initTestCase()
{
    OrganisationGenerator::Options options;
    options.seed = 42;
    options.scale = Organisation::Scale::Small;
    options.today = Today;
    m_org = OrganisationGenerator(options, PriceCatalog::builtIn()).generate(m_ledger);
    QVERIFY(m_ledger.rowCount() > 1000);
}

void TestCostEngine::handcrafted_groupByTag_untaggedAsKeyDollar()
{
    Ledger ledger;
    CostAllocationTags tags;
    tags.setKey({u"Team"_s, {{QDate(2026, 1, 1), QDate()}}, {}});
    const QDate day(2026, 11, 2);
    const QString ut = u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
    ledger.record(day, ut, {{u"Team"_s, u"payments"_s}}, u"proj_a"_s, *Money::parse(u"1"), *Money::parse(u"0.00015"));
    ledger.record(day, ut, {}, u"default"_s, *Money::parse(u"2"), *Money::parse(u"0.0003"));
    ledger.record(day, ut, {{u"Team"_s, u"payments"_s}}, u"proj_a"_s, *Money::parse(u"3"), *Money::parse(u"0.00045"));
    QCOMPARE(ledger.rowCount(), 2); // the third record merged into the first row
    const CostEngine engine(ledger, tags, u"123456789012"_s, u"test"_s);
    const auto periods = engine.evaluate(query(day, day.addDays(1), CostEngine::Granularity::Daily, {{true, u"Team"_s}}), Today);
    QCOMPARE(periods.size(), size_t(1));
    QCOMPARE(periods[0].groups.size(), 2);
    QCOMPARE(periods[0].groups[0].keys, QStringList{u"Team$"_s}); // untagged sorts first
    QCOMPARE(periods[0].groups[0].sums.cost.toString(), u"0.0003"_s);
    QCOMPARE(periods[0].groups[1].keys, QStringList{u"Team$payments"_s});
    QCOMPARE(periods[0].groups[1].sums.cost.toString(), u"0.0006"_s);
    QCOMPARE(periods[0].groups[1].sums.quantity.toString(), u"4"_s);
    QCOMPARE(periods[0].total.cost.toString(), u"0.0009"_s);
}

void TestCostEngine::handcrafted_activation_notRetroactive()
{
    Ledger ledger;
    CostAllocationTags tags;
    tags.addKey(u"Team"_s);
    const QString ut = u"USE1-openai.gpt-oss-120b-mantle-output-tokens-standard"_s;
    for (int d = 1; d <= 10; ++d)
        ledger.record(QDate(2026, 11, d), ut, {{u"Team"_s, u"search"_s}}, u"proj_b"_s, Money::fromUnits(1), Money::fromUnits(d));
    CostEngine engine(ledger, tags, u"123456789012"_s, u"test"_s);
    const auto q = query(QDate(2026, 11, 1), QDate(2026, 11, 11), CostEngine::Granularity::Monthly, {{true, u"Team"_s}});

    QMap<QStringList, CostEngine::Sums> groups = byKeys(engine.evaluate(q, Today));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.value({u"Team$"_s}).cost, Money::fromUnits(55)); // inactive: everything untagged

    // Activated on the 5th: counts from the 6th on (1..5 stay untagged).
    QVERIFY(tags.setActive(u"Team"_s, true, QDateTime(QDate(2026, 11, 5), QTime(9, 30), Qt::UTC)));
    groups = byKeys(engine.evaluate(q, Today));
    QCOMPARE(groups.value({u"Team$"_s}).cost, Money::fromUnits(1 + 2 + 3 + 4 + 5));
    QCOMPARE(groups.value({u"Team$search"_s}).cost, Money::fromUnits(6 + 7 + 8 + 9 + 10));

    // Deactivated on the 8th: from the 9th on untagged again.
    QVERIFY(tags.setActive(u"Team"_s, false, QDateTime(QDate(2026, 11, 8), QTime(12, 0), Qt::UTC)));
    groups = byKeys(engine.evaluate(q, Today));
    QCOMPARE(groups.value({u"Team$search"_s}).cost, Money::fromUnits(6 + 7 + 8));
    QCOMPARE(groups.value({u"Team$"_s}).cost, Money::fromUnits(55 - 21));
    QVERIFY(!tags.setActive(u"Nope"_s, true, QDateTime::currentDateTimeUtc()));

    // A tag filter follows the same rule.
    QCOMPARE(engine.total(filterFrom(R"({"Tags":{"Key":"Team","Values":["search"]}})"), q.start, q.end).cost,
             Money::fromUnits(21));
    QCOMPARE(engine.total(filterFrom(R"({"Tags":{"Key":"Team","MatchOptions":["ABSENT"]}})"), q.start, q.end).cost,
             Money::fromUnits(34));
}

void TestCostEngine::handcrafted_filters_andOrNotAbsentCase()
{
    Ledger ledger;
    CostAllocationTags tags;
    tags.setKey({u"Team"_s, {{QDate(2020, 1, 1), QDate()}}, {}});
    tags.setKey({u"Env"_s, {{QDate(2020, 1, 1), QDate()}}, {}});
    const QDate day(2026, 11, 3);
    const QString a = u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
    const QString b = u"USW2-qwen.qwen3-32b-mantle-output-tokens-standard"_s;
    ledger.record(day, a, {{u"Team"_s, u"Payments"_s}, {u"Env"_s, u"prod"_s}}, u"p1"_s, Money::fromUnits(1), Money::fromUnits(1));
    ledger.record(day, a, {{u"Team"_s, u"payments"_s}}, u"p2"_s, Money::fromUnits(1), Money::fromUnits(2));
    ledger.record(day, b, {{u"Team"_s, u"search"_s}, {u"Env"_s, u"dev"_s}}, u"p3"_s, Money::fromUnits(1), Money::fromUnits(4));
    ledger.record(day, b, {}, u"default"_s, Money::fromUnits(1), Money::fromUnits(8));
    const CostEngine engine(ledger, tags, u"123456789012"_s, u"test"_s);
    const auto total = [&](const char *json) { return engine.total(filterFrom(json), day, day.addDays(1)).cost.toString(); };

    QCOMPARE(total(R"({"Tags":{"Key":"Team","Values":["payments"]}})"), u"2"_s);
    QCOMPARE(total(R"({"Tags":{"Key":"Team","Values":["payments"],"MatchOptions":["EQUALS","CASE_INSENSITIVE"]}})"), u"3"_s);
    QCOMPARE(total(R"({"Tags":{"Key":"Env","MatchOptions":["ABSENT"]}})"), u"10"_s);
    QCOMPARE(total(R"({"Tags":{"Key":"Env","Values":["dev"],"MatchOptions":["ABSENT","EQUALS"]}})"), u"14"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"REGION","Values":["us-west-2"]}})"), u"12"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}})"), u"15"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"SERVICE","Values":["amazon bedrock"]}})"), u"0"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"SERVICE","Values":["amazon bedrock"],"MatchOptions":["CASE_INSENSITIVE"]}})"), u"15"_s);
    QCOMPARE(total(R"({"Not":{"Dimensions":{"Key":"REGION","Values":["us-west-2"]}}})"), u"3"_s);
    QCOMPARE(total(R"({"And":[{"Dimensions":{"Key":"REGION","Values":["us-west-2"]}},{"Tags":{"Key":"Team","Values":["search"]}}]})"), u"4"_s);
    QCOMPARE(total(R"({"Or":[{"Dimensions":{"Key":"REGION","Values":["us-east-1"]}},{"Tags":{"Key":"Env","Values":["dev"]}}]})"), u"7"_s);
    QCOMPARE(total(R"({"Not":{"Or":[{"Tags":{"Key":"Team","Values":["search"]}},{"Tags":{"Key":"Team","MatchOptions":["ABSENT"]}}]}})"), u"3"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"USAGE_TYPE","Values":["USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"]}})"), u"3"_s);
    QCOMPARE(total(R"({"Dimensions":{"Key":"DATABASE_ENGINE","Values":["MySQL"]}})"), u"0"_s);
}

void TestCostEngine::handcrafted_outOfOrderRecords_totalPerDay()
{
    // Live usage may be recorded for an earlier day than the last row (Budgets' tests do this).
    Ledger ledger;
    CostAllocationTags tags;
    tags.setKey({u"Team"_s, {{QDate(2020, 1, 1), QDate()}}, {}});
    const QString ut = u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
    const auto row = [&](QDate day, const QString &team, const char *cost) {
        Ledger::TagMap t;
        if (!team.isEmpty())
            t.insert(u"Team"_s, team);
        ledger.record(day, ut, t, u"proj_test"_s, Money::fromUnits(1), *Money::parse(QLatin1StringView(cost)));
    };
    row(QDate(2026, 2, 10), u"data"_s, "10.000000001");
    row(QDate(2026, 3, 1), u"data"_s, "1.25");
    row(QDate(2026, 3, 10), u"data"_s, "2.5");
    row(QDate(2026, 3, 15), u"data"_s, "0.000000003");
    row(QDate(2026, 3, 16), u"data"_s, "100");
    row(QDate(2026, 3, 5), u"payments"_s, "7");
    row(QDate(2026, 3, 5), QString(), "3");
    const CostEngine engine(ledger, tags, u"123456789012"_s, u"test"_s);
    const CostFilter data = filterFrom(R"({"Tags":{"Key":"Team","Values":["data"]}})");
    QCOMPARE(engine.total(data, QDate(2026, 3, 15), QDate(2026, 3, 16)).cost.toString(), u"0.000000003"_s);
    QCOMPARE(engine.total(data, QDate(2026, 3, 1), QDate(2026, 3, 16)).cost.toString(), u"3.750000003"_s);
    QCOMPARE(engine.total(CostFilter(), QDate(2026, 3, 5), QDate(2026, 3, 6)).cost.toString(), u"10"_s);
}

void TestCostEngine::generated_dailyOverMonth_equalsMonthly_equalsLedger_data()
{
    QTest::addColumn<QList<CostEngine::GroupBy>>("groupBy");
    QTest::newRow("no grouping") << QList<CostEngine::GroupBy>{};
    QTest::newRow("TAG Team") << QList<CostEngine::GroupBy>{{true, u"Team"_s}};
    QTest::newRow("USAGE_TYPE") << QList<CostEngine::GroupBy>{{false, u"USAGE_TYPE"_s}};
    QTest::newRow("USAGE_TYPE x TAG Project") << QList<CostEngine::GroupBy>{{false, u"USAGE_TYPE"_s}, {true, u"Project"_s}};
    QTest::newRow("TAG CostCenter x REGION") << QList<CostEngine::GroupBy>{{true, u"CostCenter"_s}, {false, u"REGION"_s}};
}

void TestCostEngine::generated_dailyOverMonth_equalsMonthly_equalsLedger()
{
    QFETCH(QList<CostEngine::GroupBy>, groupBy);
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    Money ledgerGrand;
    Money engineGrand;
    for (QDate month = m_org.firstDay; month <= Today; month = month.addMonths(1)) {
        const QDate end = std::min(month.addMonths(1), Today.addDays(1));
        // The ledger's own sum for the month, straight from the columns.
        qint64 ledgerCost = 0;
        qint64 ledgerQuantity = 0;
        for (qsizetype row = m_ledger.lowerBound(month); row < m_ledger.lowerBound(end); ++row) {
            ledgerCost += m_ledger.costColumn()[size_t(row)];
            ledgerQuantity += m_ledger.quantityColumn()[size_t(row)];
        }
        const auto daily = engine.evaluate(query(month, end, CostEngine::Granularity::Daily, groupBy), Today);
        const auto monthly = engine.evaluate(query(month, end, CostEngine::Granularity::Monthly, groupBy), Today);
        QCOMPARE(qint64(daily.size()), month.daysTo(end));
        QCOMPARE(monthly.size(), size_t(1));
        QCOMPARE(monthly[0].total.cost.nanos(), ledgerCost);
        QCOMPARE(monthly[0].total.quantity.nanos(), ledgerQuantity);
        QCOMPARE(totalOf(daily).cost.nanos(), ledgerCost);
        // Group by group, DAILY adds up to MONTHLY to the nano.
        const QMap<QStringList, CostEngine::Sums> dailyGroups = byKeys(daily);
        const QMap<QStringList, CostEngine::Sums> monthlyGroups = byKeys(monthly);
        QCOMPARE(dailyGroups.keys(), monthlyGroups.keys());
        for (auto it = monthlyGroups.cbegin(); it != monthlyGroups.cend(); ++it)
            QVERIFY2(dailyGroups.value(it.key()) == it.value(), qPrintable(it.key().join(u',')));
        ledgerGrand += Money::fromNanos(ledgerCost);
        engineGrand += monthly[0].total.cost;
    }
    QCOMPARE(engineGrand, m_ledger.totalCost());
    QCOMPARE(ledgerGrand, m_ledger.totalCost());
}

void TestCostEngine::generated_groupsSumToTotal_twoGroupBys()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const auto periods = engine.evaluate(query(m_org.firstDay, Today.addDays(1), CostEngine::Granularity::Monthly,
                                               {{true, u"Team"_s}, {false, u"USAGE_TYPE"_s}}),
                                         Today);
    for (const CostEngine::Period &period : periods) {
        CostEngine::Sums sum;
        QSet<QStringList> seen;
        for (const CostEngine::Group &group : period.groups) {
            QCOMPARE(group.keys.size(), 2);
            QVERIFY(group.keys[0].startsWith(u"Team$"));
            QVERIFY(!seen.contains(group.keys));
            seen.insert(group.keys);
            sum += group.sums;
        }
        QCOMPARE(sum, period.total);
        // Sorted by keys.
        for (qsizetype i = 1; i < period.groups.size(); ++i)
            QVERIFY(period.groups[i - 1].keys < period.groups[i].keys);
    }
    // The default project's spend shows as untagged.
    const QMap<QStringList, CostEngine::Sums> groups = byKeys(periods);
    bool untagged = false;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        untagged |= it.key().first() == u"Team$" && !it.value().cost.isZero();
    QVERIFY(untagged);
}

void TestCostEngine::generated_unactivatedKey_allUntagged()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const auto periods = engine.evaluate(query(m_org.firstDay, Today.addDays(1), CostEngine::Granularity::Monthly,
                                               {{true, m_org.inactiveTagKey}}),
                                         Today);
    const QMap<QStringList, CostEngine::Sums> groups = byKeys(periods);
    QCOMPARE(groups.keys(), QList<QStringList>{{m_org.inactiveTagKey + u'$'}});
    QCOMPARE(groups.first().cost, m_ledger.totalCost());
    // Yet the key is on usage.
    bool onUsage = false;
    for (qsizetype s = 0; s < m_ledger.tagSnapshotCount(); ++s)
        onUsage |= m_ledger.tagSnapshot(quint32(s)).contains(m_org.inactiveTagKey);
    QVERIFY(onUsage);
}

void TestCostEngine::generated_renamedKey_oldBeforeNewAfter()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const QDate rename = m_org.rename.day;
    const QDate activated = m_org.costAllocationTags.find(m_org.rename.to)->spans.first().from;
    QVERIFY(activated > rename);
    const auto tagged = [&](const QString &key, QDate from, QDate to) {
        Money sum;
        const auto groups = byKeys(engine.evaluate(query(from, to, CostEngine::Granularity::Daily, {{true, key}}), Today));
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (it.key().first() != key + u'$')
                sum += it.value().cost;
        }
        return sum;
    };
    // Before the rename only the old key has values; after it only the new one (once activated).
    QVERIFY(tagged(m_org.rename.from, m_org.firstDay, rename) > Money());
    QCOMPARE(tagged(m_org.rename.to, m_org.firstDay, rename), Money());
    QCOMPARE(tagged(m_org.rename.from, rename, Today.addDays(1)), Money());
    QVERIFY(tagged(m_org.rename.to, activated, Today.addDays(1)) > Money());
    // Between the rename and the activation of the new key nothing is attributed to either.
    QCOMPARE(tagged(m_org.rename.to, rename, activated), Money());
}

void TestCostEngine::generated_filterAlgebra_exact()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const QDate start = m_org.firstDay;
    const QDate end = Today.addDays(1);
    const QString team = m_org.teams.first().name;
    const CostFilter a = filterFrom(QJsonDocument(QJsonObject{{u"Tags"_s, QJsonObject{{u"Key"_s, u"Team"_s}, {u"Values"_s, QJsonArray{team}}, {u"MatchOptions"_s, QJsonArray{u"CASE_INSENSITIVE"_s}}}}}).toJson().constData());
    const CostFilter b = filterFrom(R"({"Dimensions":{"Key":"REGION","Values":["us-east-1"]}})");
    const CostFilter notA = filterFrom(QJsonDocument(QJsonObject{{u"Not"_s, a.toJson()}}).toJson().constData());
    const CostFilter aOrB = filterFrom(QJsonDocument(QJsonObject{{u"Or"_s, QJsonArray{a.toJson(), b.toJson()}}}).toJson().constData());
    const CostFilter aAndB = filterFrom(QJsonDocument(QJsonObject{{u"And"_s, QJsonArray{a.toJson(), b.toJson()}}}).toJson().constData());
    const Money all = engine.total(CostFilter(), start, end).cost;
    const Money ca = engine.total(a, start, end).cost;
    const Money cb = engine.total(b, start, end).cost;
    QCOMPARE(all, m_ledger.totalCost());
    QVERIFY(ca > Money() && ca < all);
    QVERIFY(cb > Money() && cb < all);
    QCOMPARE(ca + engine.total(notA, start, end).cost, all);
    QCOMPARE(engine.total(aOrB, start, end).cost, ca + cb - engine.total(aAndB, start, end).cost);
}

void TestCostEngine::generated_totalForBudgets_matchesEvaluate()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const CostFilter filter = filterFrom(R"({"And":[{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},{"Not":{"Dimensions":{"Key":"RECORD_TYPE","Values":["Credit","Refund"]}}}]})");
    const QDate start(2026, 10, 1);
    const QDate end(2026, 11, 1);
    const auto periods = engine.evaluate(query(start, end, CostEngine::Granularity::Monthly, {}, filter), Today);
    QCOMPARE(engine.total(filter, start, end), periods[0].total);
    const std::vector<CostEngine::Sums> series = engine.dailySeries(filter, start, end);
    QCOMPARE(series.size(), size_t(31));
    CostEngine::Sums sum;
    for (const CostEngine::Sums &day : series)
        sum += day;
    QCOMPARE(sum, periods[0].total);
    // Budgets may name tags as legacy filters did ("user:Team").
    QString error;
    const std::optional<CostFilter> legacy = CostFilter::fromJson(
        QJsonDocument::fromJson(R"({"Tags":{"Key":"user:Team","Values":["payments"]}})").object(), &error,
        CostFilter::Dialect::Budgets);
    QVERIFY2(legacy, qPrintable(error));
    QCOMPARE(legacy->tagKeys(), QStringList{u"Team"_s});
}

void TestCostEngine::generated_dimensionAndTagValues()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const QDate start = m_org.firstDay;
    const QDate end = Today.addDays(1);
    const QList<CostEngine::ValueSums> services = engine.dimensionValues(u"SERVICE"_s, start, end, CostFilter());
    QCOMPARE(services.size(), 1);
    QCOMPARE(services[0].value, u"Amazon Bedrock"_s);
    QCOMPARE(services[0].sums.cost, m_ledger.totalCost());
    const QList<CostEngine::ValueSums> usageTypes = engine.dimensionValues(u"USAGE_TYPE"_s, start, end, CostFilter());
    QVERIFY(usageTypes.size() > 4);
    for (const CostEngine::ValueSums &v : usageTypes)
        QVERIFY2(UsageType::parse(v.value).isMantle(), qPrintable(v.value));
    QCOMPARE(engine.dimensionValues(u"LINKED_ACCOUNT"_s, start, end, CostFilter()).first().value, m_org.accountId);

    QStringList keys;
    for (const CostEngine::ValueSums &v : engine.tagKeys(start, end, CostFilter()))
        keys.append(v.value);
    QVERIFY(keys.contains(u"Team"_s));
    QVERIFY(keys.contains(u"Project"_s));
    QVERIFY(keys.contains(m_org.rename.from));
    QVERIFY(!keys.contains(m_org.inactiveTagKey)); // not activated: Cost Explorer does not know it
    // Before the rename the new key has no tagged usage.
    QStringList early;
    for (const CostEngine::ValueSums &v : engine.tagKeys(start, m_org.rename.day, CostFilter()))
        early.append(v.value);
    QVERIFY(!early.contains(m_org.rename.to));

    const QList<CostEngine::ValueSums> teams = engine.tagValues(u"Team"_s, start, end, CostFilter());
    QVERIFY(!teams.isEmpty());
    for (const CostEngine::ValueSums &v : teams)
        QVERIFY(!v.value.isEmpty());

    // Every key on usage, with its last day.
    QStringList inUse;
    for (const auto &[key, last] : engine.tagKeysInUse()) {
        inUse.append(key);
        QVERIFY(last <= Today);
    }
    QVERIFY(inUse.contains(m_org.inactiveTagKey));
}

void TestCostEngine::generated_estimated_onlyCurrentMonth()
{
    const CostEngine engine(m_ledger, m_org.costAllocationTags, m_org.accountId, m_org.accountName);
    const auto periods = engine.evaluate(query(QDate(2026, 9, 1), QDate(2026, 12, 1), CostEngine::Granularity::Monthly), Today);
    QCOMPARE(periods.size(), size_t(3));
    QVERIFY(!periods[0].estimated);
    QVERIFY(!periods[1].estimated);
    QVERIFY(periods[2].estimated);
    QCOMPARE(periods[2].start, QDate(2026, 11, 1));
    QCOMPARE(periods[2].end, QDate(2026, 12, 1));
}

void TestCostEngine::parseQuery_validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // empty: valid
    const QByteArray period = R"("TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"})";
    QTest::newRow("valid") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << QString();
    QTest::newRow("valid with time") << QByteArray(R"({"TimePeriod":{"Start":"2026-10-01T00:00:00Z","End":"2026-11-01T00:00:00Z"},"Granularity":"MONTHLY","Metrics":["BlendedCost","UsageQuantity"]})") << QString();
    QTest::newRow("three group-bys") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"TAG","Key":"A"},{"Type":"TAG","Key":"B"},{"Type":"TAG","Key":"C"}]})") << u"at most 2"_s;
    QTest::newRow("start after end") << QByteArray(R"({"TimePeriod":{"Start":"2026-11-01","End":"2026-10-01"},"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"Start date (and hour) should be before end date"_s;
    QTest::newRow("bad metric") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["Cost"]})") << u"Invalid metric 'Cost'"_s;
    QTest::newRow("no metrics") << QByteArray("{" + period + R"(,"Granularity":"DAILY"})") << u"Metrics"_s;
    QTest::newRow("bad granularity") << QByteArray("{" + period + R"(,"Granularity":"WEEKLY","Metrics":["UnblendedCost"]})") << u"granularity"_s;
    QTest::newRow("bad date") << QByteArray(R"({"TimePeriod":{"Start":"2026/10/01","End":"2026-11-01"},"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"timePeriod.start"_s;
    QTest::newRow("no period") << QByteArray(R"({"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"timePeriod"_s;
    QTest::newRow("future start") << QByteArray(R"({"TimePeriod":{"Start":"2026-11-28","End":"2026-12-01"},"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"current date"_s;
    QTest::newRow("end past next month") << QByteArray(R"({"TimePeriod":{"Start":"2026-11-01","End":"2026-12-02"},"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"end date past the beginning of next month"_s;
    QTest::newRow("old start not first of month") << QByteArray(R"({"TimePeriod":{"Start":"2025-08-15","End":"2025-09-01"},"Granularity":"DAILY","Metrics":["UnblendedCost"]})") << u"first day of the month"_s;
    QTest::newRow("bad group dimension") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"DIMENSION","Key":"RESOURCE_ID"}]})") << u"Group Definition dimension is invalid"_s;
    QTest::newRow("bad group type") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"LINKED_ACCOUNT","Key":"x"}]})") << u"Group Definition type is invalid."_s;
    QTest::newRow("empty group key") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"GroupBy":[{"Type":"TAG","Key":""}]})") << u"non-empty"_s;
    QTest::newRow("two roots") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"Filter":{"Dimensions":{"Key":"SERVICE","Values":["x"]},"Tags":{"Key":"Team","Values":["y"]}}})") << u"more than one roots"_s;
    QTest::newRow("empty filter") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"Filter":{}})") << u"root operator"_s;
    QTest::newRow("absent on dimension") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"Filter":{"Dimensions":{"Key":"SERVICE","MatchOptions":["ABSENT"]}}})") << u"ABSENT"_s;
    QTest::newRow("unknown dimension") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"Filter":{"Dimensions":{"Key":"PROJECT","Values":["x"]}}})") << u"PROJECT"_s;
    QTest::newRow("starts_with") << QByteArray("{" + period + R"(,"Granularity":"DAILY","Metrics":["UnblendedCost"],"Filter":{"Tags":{"Key":"Team","Values":["p"],"MatchOptions":["STARTS_WITH"]}}})") << u"STARTS_WITH"_s;
    QTest::newRow("hourly") << QByteArray("{" + period + R"(,"Granularity":"HOURLY","Metrics":["UnblendedCost"]})") << u"Hourly"_s;
}

void TestCostEngine::parseQuery_validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    CostEngine::Error error;
    const std::optional<CostEngine::Query> parsed = CostEngine::parseQuery(QJsonDocument::fromJson(body).object(), Today, &error);
    if (message.isEmpty()) {
        QVERIFY2(parsed, qPrintable(error.message));
        return;
    }
    QVERIFY(!parsed);
    QCOMPARE(error.code, u"ValidationException"_s);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestCostEngine::defaultScale_latency()
{
    Ledger ledger;
    OrganisationGenerator::Options options;
    options.seed = 42;
    options.today = Today;
    const Organisation org = OrganisationGenerator(options, PriceCatalog::builtIn()).generate(ledger);
    const CostEngine engine(ledger, org.costAllocationTags, org.accountId, org.accountName);
    struct Case
    {
        const char *name;
        CostEngine::Query query;
    };
    const QDate start = org.firstDay;
    const QDate end = Today.addDays(1);
    const QList<Case> cases{
        {"MONTHLY total", query(start, end, CostEngine::Granularity::Monthly)},
        {"MONTHLY by TAG Team", query(start, end, CostEngine::Granularity::Monthly, {{true, u"Team"_s}})},
        {"DAILY by USAGE_TYPE x TAG Project", query(start, end, CostEngine::Granularity::Daily, {{false, u"USAGE_TYPE"_s}, {true, u"Project"_s}})},
        {"DAILY filtered by tag", query(start, end, CostEngine::Granularity::Daily, {{true, u"Team"_s}}, filterFrom(R"({"Or":[{"Tags":{"Key":"Environment","Values":["prod","production"],"MatchOptions":["CASE_INSENSITIVE"]}},{"Not":{"Dimensions":{"Key":"REGION","Values":["us-east-1"]}}}]})"))},
    };
    for (const Case &c : cases) {
        QElapsedTimer timer;
        qint64 best = std::numeric_limits<qint64>::max();
        std::vector<CostEngine::Period> periods;
        for (int i = 0; i < 3; ++i) {
            timer.start();
            periods = engine.evaluate(c.query, Today);
            best = std::min(best, timer.nsecsElapsed());
        }
        qsizetype groups = 0;
        for (const CostEngine::Period &p : periods)
            groups += p.groups.size();
        qInfo("%lld rows, %s: %.1f ms, %lld periods, %lld groups", qint64(ledger.rowCount()), c.name, double(best) / 1e6,
              qint64(periods.size()), qint64(groups));
        if (c.query.filter.isEmpty())
            QCOMPARE(totalOf(periods).cost, ledger.totalCost());
    }
}

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
