// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costcube.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace Spendscope {

namespace {

// Group sums are accumulated in 128 bits: 4M rows of up to ±9.2e18 nanos each stay far inside
// ±1.7e38, so nothing wraps and the exact sum is clamped to Money's range only once, at the end.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

struct Accumulator {
    Int128 cost = 0;
    Int128 quantity = 0;
};

Money clampedMoney(Int128 nanos)
{
    constexpr auto max = std::numeric_limits<qint64>::max();
    constexpr auto min = std::numeric_limits<qint64>::min();
    if (nanos > Int128(max))
        return Money::fromNanos(max);
    if (nanos < Int128(min))
        return Money::fromNanos(min);
    return Money::fromNanos(qint64(nanos));
}

qint64 bucketStart(qint64 julianDay, CostCube::TimeBucket bucket)
{
    switch (bucket) {
    case CostCube::TimeBucket::None:
        return 0;
    case CostCube::TimeBucket::Day:
        return julianDay;
    case CostCube::TimeBucket::Week: {
        const QDate day = QDate::fromJulianDay(julianDay);
        return day.addDays(1 - day.dayOfWeek()).toJulianDay(); // ISO: Monday = 1
    }
    case CostCube::TimeBucket::Month: {
        const QDate day = QDate::fromJulianDay(julianDay);
        return QDate(day.year(), day.month(), 1).toJulianDay();
    }
    }
    return 0;
}

// Flat arrays beat hashing as long as the key space stays small enough to clear cheaply per query
// (8K models × days, teams × months, ... all fit); beyond it a hash map on the packed key is used.
constexpr quint64 FlatKeySpaceLimit = quint64(1) << 18;

} // namespace

void CostCube::Builder::reserve(qsizetype rows)
{
    const auto n = std::size_t(rows);
    m_days.reserve(n);
    for (auto &column : m_codes)
        column.reserve(n);
    m_costs.reserve(n);
    m_quantities.reserve(n);
}

void CostCube::Builder::append(const Row &row)
{
    Q_ASSERT(row.day.isValid());
    const auto day = qint32(row.day.toJulianDay());
    if (m_days.empty()) {
        m_minDay = day;
        m_maxDay = day;
    } else {
        m_minDay = std::min(m_minDay, day);
        m_maxDay = std::max(m_maxDay, day);
    }
    m_days.push_back(day);
    const std::array<const QString *, DimensionCount> values = {&row.team,     &row.project, &row.model,
                                                                &row.provider, &row.tokenType, &row.tier,
                                                                &row.region};
    for (std::size_t d = 0; d < std::size_t(DimensionCount); ++d)
        m_codes[d].push_back(m_dictionaries[d].intern(*values[d]));
    m_costs.push_back(row.cost.nanos());
    m_quantities.push_back(row.quantity.nanos());
}

CostCube CostCube::Builder::build()
{
    CostCube cube;
    cube.m_days = std::exchange(m_days, {});
    cube.m_codes = std::exchange(m_codes, {});
    cube.m_dictionaries = std::exchange(m_dictionaries, {});
    cube.m_costs = std::exchange(m_costs, {});
    cube.m_quantities = std::exchange(m_quantities, {});
    cube.m_minDay = std::exchange(m_minDay, 0);
    cube.m_maxDay = std::exchange(m_maxDay, -1);
    return cube;
}

CostCube::Result CostCube::query(const Query &query) const
{
    Result result;
    if (m_days.empty())
        return result;

    // The day range, intersected with the days the cube holds, indexes the bucket table below.
    qint64 first = m_minDay;
    qint64 last = qint64(m_maxDay) + 1; // exclusive
    if (query.start.isValid())
        first = std::max(first, query.start.toJulianDay());
    if (query.end.isValid())
        last = std::min(last, query.end.toJulianDay());
    if (first >= last)
        return result;

    // Filters resolved once to a bitmap over each column's codes; a set naming only values the
    // column never holds matches nothing.
    struct ActiveFilter {
        const quint32 *codes;
        std::vector<quint8> allowed;
    };
    std::vector<ActiveFilter> filters;
    for (std::size_t d = 0; d < std::size_t(DimensionCount); ++d) {
        const QSet<QString> &values = query.filters[d];
        if (values.isEmpty())
            continue;
        ActiveFilter filter{m_codes[d].data(), std::vector<quint8>(m_dictionaries[d].size(), 0)};
        bool any = false;
        for (const QString &value : values) {
            if (const auto code = m_dictionaries[d].code(value)) {
                filter.allowed[*code] = 1;
                any = true;
            }
        }
        if (!any)
            return result;
        filters.push_back(std::move(filter));
    }

    // Day → bucket index through a table over the queried days, so the inner loop does no date
    // arithmetic. Bucket starts grow with the day, so equal starts are consecutive.
    std::vector<quint32> bucketOfDay(std::size_t(last - first));
    std::vector<qint64> bucketStarts;
    for (qint64 day = first; day < last; ++day) {
        const qint64 start = bucketStart(day, query.bucket);
        if (bucketStarts.empty() || bucketStarts.back() != start)
            bucketStarts.push_back(start);
        bucketOfDay[std::size_t(day - first)] = quint32(bucketStarts.size() - 1);
    }

    // Mixed-radix packing of (bucket, group-by codes) into one integer key.
    struct GroupColumn {
        const quint32 *codes;
        quint64 stride;
        quint64 cardinality;
    };
    std::vector<GroupColumn> groupColumns;
    UInt128 keySpace = bucketStarts.size();
    bool packable = true;
    for (const Dimension dimension : query.groupBy) {
        const auto d = std::size_t(dimension);
        const quint64 cardinality = m_dictionaries[d].size();
        groupColumns.push_back({m_codes[d].data(), quint64(keySpace), cardinality});
        keySpace *= cardinality;
        if (keySpace > std::numeric_limits<quint64>::max()) {
            packable = false; // only with absurd cardinalities; handled by the generic path below
            keySpace = 1;
        }
    }

    const qint32 *days = m_days.data();
    const qint64 *costs = m_costs.data();
    const qint64 *quantities = m_quantities.data();
    const std::size_t rowCount = m_days.size();
    const auto scan = [&](auto &&accumulate) {
        for (std::size_t i = 0; i < rowCount; ++i) {
            const qint64 day = days[i];
            if (day < first || day >= last)
                continue;
            bool keep = true;
            for (const ActiveFilter &filter : filters) {
                if (!filter.allowed[filter.codes[i]]) {
                    keep = false;
                    break;
                }
            }
            if (keep)
                accumulate(i, bucketOfDay[std::size_t(day - first)]);
        }
    };
    const auto packedKey = [&](std::size_t i, quint32 bucket) {
        quint64 key = bucket;
        for (const GroupColumn &column : groupColumns)
            key += quint64(column.codes[i]) * column.stride;
        return key;
    };

    Int128 totalCost = 0;
    Int128 totalQuantity = 0;
    const auto emit = [&](quint32 bucket, auto codeOf, const Accumulator &sum) {
        ResultRow row;
        row.keys.reserve(query.groupBy.size());
        for (qsizetype g = 0; g < query.groupBy.size(); ++g)
            row.keys.append(m_dictionaries[std::size_t(query.groupBy.at(g))].value(codeOf(g)));
        if (query.bucket != TimeBucket::None)
            row.bucketStart = QDate::fromJulianDay(bucketStarts[bucket]);
        row.cost = clampedMoney(sum.cost);
        row.quantity = clampedMoney(sum.quantity);
        totalCost += sum.cost;
        totalQuantity += sum.quantity;
        result.rows.append(std::move(row));
    };
    const auto emitPacked = [&](quint64 key, const Accumulator &sum) {
        const auto bucket = quint32(key % bucketStarts.size());
        emit(bucket, [&](qsizetype g) {
            const GroupColumn &column = groupColumns[std::size_t(g)];
            return quint32((key / column.stride) % column.cardinality);
        }, sum);
    };

    if (packable && quint64(keySpace) <= FlatKeySpaceLimit) {
        const auto flatSize = std::size_t(keySpace);
        std::vector<Accumulator> sums(flatSize);
        std::vector<quint8> seen(flatSize, 0);
        scan([&](std::size_t i, quint32 bucket) {
            const quint64 key = packedKey(i, bucket);
            sums[key].cost += costs[i];
            sums[key].quantity += quantities[i];
            seen[key] = 1;
        });
        for (std::size_t key = 0; key < sums.size(); ++key) {
            if (seen[key])
                emitPacked(key, sums[key]);
        }
    } else if (packable) {
        std::unordered_map<quint64, Accumulator> sums;
        scan([&](std::size_t i, quint32 bucket) {
            Accumulator &sum = sums[packedKey(i, bucket)];
            sum.cost += costs[i];
            sum.quantity += quantities[i];
        });
        for (const auto &[key, sum] : sums)
            emitPacked(key, sum);
    } else {
        std::map<std::vector<quint32>, Accumulator> sums;
        std::vector<quint32> key(groupColumns.size() + 1);
        scan([&](std::size_t i, quint32 bucket) {
            key[0] = bucket;
            for (std::size_t g = 0; g < groupColumns.size(); ++g)
                key[g + 1] = groupColumns[g].codes[i];
            Accumulator &sum = sums[key];
            sum.cost += costs[i];
            sum.quantity += quantities[i];
        });
        for (const auto &[codes, sum] : sums)
            emit(codes[0], [&](qsizetype g) { return codes[std::size_t(g) + 1]; }, sum);
    }

    std::sort(result.rows.begin(), result.rows.end(), [](const ResultRow &a, const ResultRow &b) {
        if (a.bucketStart != b.bucketStart)
            return a.bucketStart < b.bucketStart;
        return a.keys < b.keys;
    });
    result.totalCost = clampedMoney(totalCost);
    result.totalQuantity = clampedMoney(totalQuantity);
    return result;
}

} // namespace Spendscope
