// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costcube.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>
#include <map>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using Spendscope::CostCube;
using Spendscope::Money;

namespace {

__extension__ typedef __int128 Int128;
using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;

const QString &field(const CostCube::Row &row, Dimension dimension)
{
    switch (dimension) {
    case Dimension::Team:
        return row.team;
    case Dimension::Project:
        return row.project;
    case Dimension::Model:
        return row.model;
    case Dimension::Provider:
        return row.provider;
    case Dimension::TokenType:
        return row.tokenType;
    case Dimension::Tier:
        return row.tier;
    case Dimension::Region:
        return row.region;
    }
    Q_UNREACHABLE();
}

QDate naiveBucketStart(QDate day, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::None:
        return {};
    case TimeBucket::Day:
        return day;
    case TimeBucket::Week:
        return day.addDays(1 - day.dayOfWeek());
    case TimeBucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    Q_UNREACHABLE();
}

Money clamped(Int128 nanos)
{
    if (nanos > Int128(std::numeric_limits<qint64>::max()))
        return Money::fromNanos(std::numeric_limits<qint64>::max());
    if (nanos < Int128(std::numeric_limits<qint64>::min()))
        return Money::fromNanos(std::numeric_limits<qint64>::min());
    return Money::fromNanos(qint64(nanos));
}

// The reference: strings in a std::map, no dictionaries, no packing, no bucket tables.
CostCube::Result naiveQuery(const QList<CostCube::Row> &rows, const CostCube::Query &query)
{
    std::map<std::pair<QDate, QStringList>, std::pair<Int128, Int128>> groups;
    for (const CostCube::Row &row : rows) {
        if (query.start.isValid() && row.day < query.start)
            continue;
        if (query.end.isValid() && row.day >= query.end)
            continue;
        bool keep = true;
        for (int d = 0; d < CostCube::DimensionCount; ++d) {
            const QSet<QString> &allowed = query.filters[std::size_t(d)];
            if (!allowed.isEmpty() && !allowed.contains(field(row, Dimension(d))))
                keep = false;
        }
        if (!keep)
            continue;
        QStringList keys;
        for (const Dimension dimension : query.groupBy)
            keys.append(field(row, dimension));
        auto &sums = groups[{naiveBucketStart(row.day, query.bucket), keys}];
        sums.first += row.cost.nanos();
        sums.second += row.quantity.nanos();
    }
    CostCube::Result result;
    Int128 totalCost = 0;
    Int128 totalQuantity = 0;
    for (const auto &[key, sums] : groups) {
        result.rows.append({key.second, key.first, clamped(sums.first), clamped(sums.second)});
        totalCost += sums.first;
        totalQuantity += sums.second;
    }
    result.totalCost = clamped(totalCost);
    result.totalQuantity = clamped(totalQuantity);
    return result;
}

CostCube buildCube(const QList<CostCube::Row> &rows)
{
    CostCube::Builder builder;
    builder.reserve(rows.size());
    for (const CostCube::Row &row : rows)
        builder.append(row);
    return builder.build();
}

const QStringList Teams = {u""_s, u"search"_s, u"ads"_s, u"platform"_s, u"risk"_s};
const QStringList Projects = {u""_s, u"default"_s, u"chatbot"_s, u"summariser"_s, u"rag"_s, u"eval"_s, u"batch-jobs"_s};
const QStringList Models = {u"openai.gpt-oss-120b"_s, u"openai.gpt-oss-20b"_s, u"anthropic.claude-sonnet"_s,
                            u"anthropic.claude-haiku"_s, u"meta.llama-70b"_s, u"mistral.large"_s};
const QStringList TokenTypes = {u"input"_s, u"output"_s, u"cache-read"_s, u"cache-write"_s, u"other"_s};
const QStringList Tiers = {u"standard"_s, u"batch"_s, u"flex"_s, u"priority"_s};
const QStringList Regions = {u"us-east-1"_s, u"us-west-2"_s, u"eu-west-1"_s, u""_s};

const QString &pick(QRandomGenerator &rng, const QStringList &values)
{
    return values.at(qsizetype(rng.bounded(quint32(values.size()))));
}

QList<CostCube::Row> randomRows(QRandomGenerator &rng, int count, QDate firstDay, int dayCount)
{
    QList<CostCube::Row> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        CostCube::Row row;
        row.day = firstDay.addDays(rng.bounded(dayCount));
        row.team = pick(rng, Teams);
        row.project = pick(rng, Projects);
        row.model = pick(rng, Models);
        row.provider = row.model.section(u'.', 0, 0);
        row.tokenType = pick(rng, TokenTypes);
        row.tier = pick(rng, Tiers);
        row.region = pick(rng, Regions);
        // Up to about ±1000 units with all nine decimals, some negative (credits, refunds).
        const qint64 magnitude = qint64(rng.generate64() % quint64(1'000'000'000'000));
        row.cost = Money::fromNanos(rng.bounded(10) == 0 ? -magnitude : magnitude);
        row.quantity = Money::fromNanos(qint64(rng.generate64() % quint64(5'000'000'000'000)));
        rows.append(row);
    }
    return rows;
}

CostCube::Query randomQuery(QRandomGenerator &rng, TimeBucket bucket, QDate firstDay, int dayCount)
{
    CostCube::Query query;
    query.bucket = bucket;
    QList<Dimension> dimensions;
    for (int d = 0; d < CostCube::DimensionCount; ++d)
        dimensions.append(Dimension(d));
    // A random subset in a random order (the order of the result keys must follow it).
    for (qsizetype i = dimensions.size() - 1; i > 0; --i)
        dimensions.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
    const auto groupCount = qsizetype(rng.bounded(CostCube::DimensionCount + 1));
    query.groupBy = dimensions.mid(0, groupCount);

    const std::array<const QStringList *, CostCube::DimensionCount> vocabularies = {
        &Teams, &Projects, &Models, nullptr, &TokenTypes, &Tiers, &Regions};
    for (int d = 0; d < CostCube::DimensionCount; ++d) {
        if (rng.bounded(4) != 0)
            continue;
        QSet<QString> allowed;
        if (Dimension(d) == Dimension::Provider) {
            allowed.insert(pick(rng, Models).section(u'.', 0, 0));
        } else {
            const int picks = 1 + rng.bounded(2);
            for (int p = 0; p < picks; ++p)
                allowed.insert(pick(rng, *vocabularies[std::size_t(d)]));
        }
        if (rng.bounded(10) == 0)
            allowed.insert(u"not-in-the-cube"_s);
        query.setFilter(Dimension(d), allowed);
    }
    // Ranges that start before, inside and after the data, or are unbounded on either side.
    if (rng.bounded(2) == 0)
        query.start = firstDay.addDays(rng.bounded(dayCount + 20) - 10);
    if (rng.bounded(2) == 0)
        query.end = firstDay.addDays(rng.bounded(dayCount + 20) - 10);
    return query;
}

QString describe(const CostCube::ResultRow &row)
{
    return row.bucketStart.toString(Qt::ISODate) + u" ["_s + row.keys.join(u'|') + u"] "_s + row.cost.toString()
        + u" / "_s + row.quantity.toString();
}

} // namespace

class TestCostCube final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void query_randomData_equalsNaiveReference_data();
    void query_randomData_equalsNaiveReference();
    void query_untaggedValues_keptAsGroups();
    void query_weekBuckets_startOnMonday();
    void query_monthBuckets_startOnFirst();
    void query_emptyCube_emptyResultZeroTotal();
    void query_filterMatchingNothing_emptyResultZeroTotal();
    void query_sumsNearInt64Range_doNotWrap();
    void query_concurrentConstQueries_sameResults();
};

void TestCostCube::query_randomData_equalsNaiveReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestCostCube::query_randomData_equalsNaiveReference()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QDate firstDay(2025, 11, 20);
    const int dayCount = 120;
    const QList<CostCube::Row> rows = randomRows(rng, 5000, firstDay, dayCount);
    const CostCube cube = buildCube(rows);
    QCOMPARE(cube.rowCount(), rows.size());

    constexpr int QueriesPerBucket = 15;
    int compared = 0;
    int withGroups = 0;
    for (const TimeBucket bucket : {TimeBucket::None, TimeBucket::Day, TimeBucket::Week, TimeBucket::Month}) {
        for (int q = 0; q < QueriesPerBucket; ++q) {
            const CostCube::Query query = randomQuery(rng, bucket, firstDay, dayCount);
            const CostCube::Result actual = cube.query(query);
            const CostCube::Result expected = naiveQuery(rows, query);
            if (actual.rows.size() != expected.rows.size())
                QFAIL(qPrintable(u"query %1/%2: %3 groups, expected %4"_s.arg(int(bucket)).arg(q)
                                     .arg(actual.rows.size()).arg(expected.rows.size())));
            for (qsizetype i = 0; i < expected.rows.size(); ++i) {
                if (!(actual.rows.at(i) == expected.rows.at(i)))
                    QFAIL(qPrintable(u"query %1/%2 row %3: %4, expected %5"_s.arg(int(bucket)).arg(q).arg(i)
                                         .arg(describe(actual.rows.at(i)), describe(expected.rows.at(i)))));
            }
            QCOMPARE(actual.totalCost, expected.totalCost);
            QCOMPARE(actual.totalQuantity, expected.totalQuantity);
            ++compared;
            if (!expected.rows.isEmpty())
                ++withGroups;
        }
    }
    QCOMPARE(compared, 4 * QueriesPerBucket);
    // Guards against a generator whose filters make nearly every comparison trivially empty.
    QVERIFY2(withGroups * 2 > compared, qPrintable(u"only %1 of %2 queries had groups"_s.arg(withGroups).arg(compared)));
}

void TestCostCube::query_untaggedValues_keptAsGroups()
{
    const QDate day(2026, 3, 2);
    const QList<CostCube::Row> rows = {
        {day, u""_s, u""_s, u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"us-east-1"_s, Money::fromUnits(3), Money::fromUnits(1)},
        {day, u"ads"_s, u""_s, u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"us-east-1"_s, Money::fromUnits(5), Money::fromUnits(1)},
        {day, u""_s, u"rag"_s, u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"us-east-1"_s, Money::fromUnits(7), Money::fromUnits(1)},
    };
    const CostCube cube = buildCube(rows);
    CostCube::Query query;
    query.groupBy = {Dimension::Team};
    CostCube::Result result = cube.query(query);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).keys, QStringList{QString()});
    QCOMPARE(result.rows.at(0).cost, Money::fromUnits(10));
    QCOMPARE(result.rows.at(1).keys, QStringList{u"ads"_s});
    QCOMPARE(result.totalCost, Money::fromUnits(15));

    // Filtering on the untagged value selects exactly the untagged rows.
    query.groupBy = {Dimension::Project, Dimension::Team};
    query.setFilter(Dimension::Project, {QString()});
    result = cube.query(query);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).keys, (QStringList{QString(), QString()}));
    QCOMPARE(result.rows.at(0).cost, Money::fromUnits(3));
    QCOMPARE(result.rows.at(1).keys, (QStringList{QString(), u"ads"_s}));
    QCOMPARE(result.totalCost, Money::fromUnits(8));
}

void TestCostCube::query_weekBuckets_startOnMonday()
{
    QList<CostCube::Row> rows;
    const QDate first(2026, 2, 25); // a Wednesday
    for (int i = 0; i < 30; ++i)
        rows.append({first.addDays(i), u"t"_s, u"p"_s, u"m"_s, u"v"_s, u"input"_s, u"standard"_s, u"r"_s,
                     Money::fromUnits(1), Money::fromUnits(2)});
    const CostCube cube = buildCube(rows);
    CostCube::Query query;
    query.bucket = TimeBucket::Week;
    const CostCube::Result result = cube.query(query);
    QCOMPARE(result.rows.size(), 5); // 25 Feb–26 Mar 2026 touches five ISO weeks
    QCOMPARE(result.rows.first().bucketStart, QDate(2026, 2, 23));
    QCOMPARE(result.rows.first().cost, Money::fromUnits(5)); // Wed..Sun
    for (const CostCube::ResultRow &row : result.rows)
        QCOMPARE(row.bucketStart.dayOfWeek(), 1);
    QCOMPARE(result.rows.at(1).cost, Money::fromUnits(7));
    QCOMPARE(result.totalCost, Money::fromUnits(30));
    QCOMPARE(result.totalQuantity, Money::fromUnits(60));
}

void TestCostCube::query_monthBuckets_startOnFirst()
{
    QList<CostCube::Row> rows;
    for (const QDate day : {QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 1, 31), QDate(2026, 2, 1)})
        rows.append({day, u"t"_s, u"p"_s, u"m"_s, u"v"_s, u"input"_s, u"standard"_s, u"r"_s, Money::fromUnits(1), {}});
    const CostCube cube = buildCube(rows);
    CostCube::Query query;
    query.bucket = TimeBucket::Month;
    query.start = QDate(2026, 1, 1);
    const CostCube::Result result = cube.query(query);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).bucketStart, QDate(2026, 1, 1));
    QCOMPARE(result.rows.at(0).cost, Money::fromUnits(2));
    QCOMPARE(result.rows.at(1).bucketStart, QDate(2026, 2, 1));
    QCOMPARE(result.totalCost, Money::fromUnits(3));
}

void TestCostCube::query_emptyCube_emptyResultZeroTotal()
{
    const CostCube cube = CostCube::Builder().build();
    QCOMPARE(cube.rowCount(), 0);
    for (const TimeBucket bucket : {TimeBucket::None, TimeBucket::Day, TimeBucket::Week, TimeBucket::Month}) {
        CostCube::Query query;
        query.bucket = bucket;
        query.groupBy = {Dimension::Team, Dimension::Model};
        const CostCube::Result result = cube.query(query);
        QVERIFY(result.rows.isEmpty());
        QVERIFY(result.totalCost.isZero());
        QVERIFY(result.totalQuantity.isZero());
    }
}

void TestCostCube::query_filterMatchingNothing_emptyResultZeroTotal()
{
    QRandomGenerator rng(99);
    const QDate firstDay(2026, 1, 1);
    const CostCube cube = buildCube(randomRows(rng, 500, firstDay, 30));

    CostCube::Query query;
    query.groupBy = {Dimension::Model};
    query.setFilter(Dimension::Team, {u"no-such-team"_s});
    CostCube::Result result = cube.query(query);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.totalCost.isZero());

    // Values that exist, but never together.
    query = {};
    query.setFilter(Dimension::Model, {u"openai.gpt-oss-120b"_s});
    query.setFilter(Dimension::Provider, {u"anthropic"_s});
    result = cube.query(query);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.totalCost.isZero());

    // A day range outside the data, and an empty range.
    query = {};
    query.start = firstDay.addDays(100);
    QVERIFY(cube.query(query).rows.isEmpty());
    query.start = firstDay.addDays(5);
    query.end = firstDay.addDays(5);
    result = cube.query(query);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.totalQuantity.isZero());
}

void TestCostCube::query_sumsNearInt64Range_doNotWrap()
{
    constexpr qint64 big = 6'000'000'000'000'000'000; // two of them exceed qint64
    const QDate day(2026, 1, 5);
    const auto row = [&](const QString &team, qint64 nanos) {
        return CostCube::Row{day, team, u"p"_s, u"m"_s, u"v"_s, u"input"_s, u"standard"_s, u"r"_s,
                             Money::fromNanos(nanos), Money::fromNanos(nanos)};
    };
    // Team "a" passes through 1.2e19 on its way to an exact 6e18; team "b" really exceeds the
    // range and must saturate, never wrap to a negative amount.
    const CostCube cube = buildCube({row(u"a"_s, big), row(u"a"_s, big), row(u"a"_s, -big), row(u"b"_s, big),
                                     row(u"b"_s, big), row(u"c"_s, -big), row(u"c"_s, -big)});
    CostCube::Query query;
    query.groupBy = {Dimension::Team};
    const CostCube::Result result = cube.query(query);
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(0).cost, Money::fromNanos(big));
    QCOMPARE(result.rows.at(1).cost, Money::fromNanos(std::numeric_limits<qint64>::max()));
    QCOMPARE(result.rows.at(1).quantity, Money::fromNanos(std::numeric_limits<qint64>::max()));
    QCOMPARE(result.rows.at(2).cost, Money::fromNanos(std::numeric_limits<qint64>::min()));
    // The grand total is the exact sum of all rows (6e18 + 12e18 - 12e18), not a sum of clamped groups.
    QCOMPARE(result.totalCost, Money::fromNanos(big));
}

void TestCostCube::query_concurrentConstQueries_sameResults()
{
    QRandomGenerator rng(7);
    const QDate firstDay(2026, 1, 1);
    const QList<CostCube::Row> rows = randomRows(rng, 20000, firstDay, 60);
    const CostCube cube = buildCube(rows);
    CostCube::Query query;
    query.groupBy = {Dimension::Model, Dimension::Team};
    query.bucket = TimeBucket::Week;
    query.setFilter(Dimension::Tier, {u"standard"_s, u"flex"_s});
    const CostCube::Result expected = naiveQuery(rows, query);

    std::vector<CostCube::Result> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] { results[t] = cube.query(query); });
    for (std::thread &thread : threads)
        thread.join();
    for (const CostCube::Result &result : results) {
        QCOMPARE(result.rows, expected.rows);
        QCOMPARE(result.totalCost, expected.totalCost);
    }
}

QTEST_GUILESS_MAIN(TestCostCube)
#include "tst_costcube.moc"
