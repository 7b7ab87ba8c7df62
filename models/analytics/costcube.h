// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/dictionary.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace Spendscope {

// An in-memory columnar cube of daily Bedrock cost: one dictionary-encoded quint32 column per
// dimension, the day as a qint32 Julian day, cost and quantity as qint64 nano-units. Queries group
// by any subset of the dimensions plus an optional time bucket, filter on allowed values and a day
// range, and sum exactly (128-bit accumulation, clamped to Money's range only at the end).
//
// Thread safety: a cube is immutable once built (Builder::build()). query() is a pure const
// function, so any number of threads may query the same cube concurrently, e.g. on a worker
// thread while the GUI thread keeps another reference; nothing in it is mutable or cached.
class CostCube final
{
public:
    enum class Dimension : quint8 { Team, Project, Model, Provider, TokenType, Tier, Region };
    static constexpr int DimensionCount = 7;

    // The start of a bucket: the day itself, the Monday of its ISO week, the first of its month.
    enum class TimeBucket : quint8 { None, Day, Week, Month };

    struct Row {
        QDate day; // must be valid
        QString team;    // empty = untagged, kept as its own value
        QString project; // empty = untagged, kept as its own value
        QString model;
        QString provider;
        QString tokenType;
        QString tier;
        QString region;
        Money cost;
        Money quantity;
    };

    struct Query {
        QList<Dimension> groupBy; // result keys come in this order
        TimeBucket bucket = TimeBucket::None;
        // Allowed values per dimension (indexed by Dimension); an empty set does not filter.
        std::array<QSet<QString>, DimensionCount> filters;
        QDate start; // inclusive; invalid = unbounded
        QDate end;   // exclusive; invalid = unbounded

        void setFilter(Dimension dimension, QSet<QString> values)
        {
            filters[std::size_t(dimension)] = std::move(values);
        }
    };

    struct ResultRow {
        QStringList keys;  // one per Query::groupBy entry, same order
        QDate bucketStart; // invalid for TimeBucket::None
        Money cost;
        Money quantity;
        friend bool operator==(const ResultRow &, const ResultRow &) = default;
    };

    // Rows sorted by bucket start, then keys (lexicographic, QString order). Only groups with at
    // least one matching row appear. Totals are the exact sums of every matching row.
    struct Result {
        QList<ResultRow> rows;
        Money totalCost;
        Money totalQuantity;
    };

    // Collects rows, then hands out the immutable cube; building and querying never overlap.
    class Builder final
    {
    public:
        Builder() = default;
        void reserve(qsizetype rows);
        void append(const Row &row);
        [[nodiscard]] CostCube build();

    private:
        std::vector<qint32> m_days;
        std::array<std::vector<quint32>, DimensionCount> m_codes;
        std::array<Dictionary, DimensionCount> m_dictionaries;
        std::vector<qint64> m_costs;
        std::vector<qint64> m_quantities;
        qint32 m_minDay = 0;
        qint32 m_maxDay = -1;
    };

    CostCube() = default;

    [[nodiscard]] qsizetype rowCount() const { return qsizetype(m_days.size()); }
    [[nodiscard]] const Dictionary &dictionary(Dimension dimension) const
    {
        return m_dictionaries[std::size_t(dimension)];
    }
    [[nodiscard]] Result query(const Query &query) const;

private:
    std::vector<qint32> m_days;
    std::array<std::vector<quint32>, DimensionCount> m_codes;
    std::array<Dictionary, DimensionCount> m_dictionaries;
    std::vector<qint64> m_costs;
    std::vector<qint64> m_quantities;
    qint32 m_minDay = 0;  // meaningful only when rowCount() > 0
    qint32 m_maxDay = -1;
};

} // namespace Spendscope
