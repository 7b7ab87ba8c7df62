// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "analytics/costdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace Spendscope {

// Turns the Costs page's state (grouping, time bucket, date range, filters) into a query on the
// right cube, and says to the user where the answer needs a caveat.
//
// Which cube (see CostData): Cost Explorer groups by at most two keys, so team spend as billed
// lives in `byTeam` (team tag × usage type) and project spend in `byProject` (project tag × usage
// type, with Team = the team of the project carrying that tag value now).
//  - The query touches no project (no project grouping, no project or tag filter): `byTeam`, so
//    team totals and team filters are exactly what AWS billed to each team tag.
//  - Otherwise `byProject`; a team grouping or filter then means the projects' current owner,
//    which can differ from the team tag billed at request time. The plan says so in a note.
// Both cubes hold the same total for every day, so ungrouped totals never depend on the choice.
//
// Dates are UTC calendar days; ranges are half-open [start, end). Months before
// CostData::firstDailyDay hold one row per month dated the 1st, so a range that starts or ends
// inside such a month is widened to whole months, and day or week buckets become months when the
// range reaches into them; both with a note, so that a total is never silently partial.
//
// A tag filter (key=value) has no dimension of its own: it selects the projects that carry the tag
// now and becomes a filter on their project tag values (the team or project key itself filters
// its own dimension directly).
class CostExplorerQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostExplorerQuery)
public:
    using Dimension = CostCube::Dimension;
    using TimeBucket = CostCube::TimeBucket;

    enum class RangePreset { ThisMonth, LastMonth, Last30Days, Last90Days, YearToDate, Last12Months, Custom };
    enum class CubeKind { ByProject, ByTeam };

    struct State
    {
        Dimension groupBy = Dimension::Team;
        TimeBucket bucket = TimeBucket::Day;
        RangePreset preset = RangePreset::ThisMonth;
        QDate customFirst; // inclusive, as the user picks days
        QDate customLast;  // inclusive
        // Allowed values per dimension; empty: no filter.
        std::array<QSet<QString>, CostCube::DimensionCount> filters;
        QString tagKey; // empty: no tag filter
        QString tagValue;

        [[nodiscard]] const QSet<QString> &filter(Dimension dimension) const { return filters[std::size_t(dimension)]; }
        void setFilter(Dimension dimension, QSet<QString> values) { filters[std::size_t(dimension)] = std::move(values); }
        friend bool operator==(const State &, const State &) = default;
    };

    struct Plan
    {
        CubeKind cube = CubeKind::ByTeam;
        CostCube::Query query; // grouped by State::groupBy, with the effective bucket and range
        QDate start;           // the effective range, end exclusive
        QDate end;
        QDate requestedStart;  // before widening
        QDate requestedEnd;
        QDate firstDailyDay; // CostData::firstDailyDay
        TimeBucket bucket = TimeBucket::Day; // effective
        bool matchesNothing = false; // a filter resolved to no value at all
        bool rangeWidened = false;
        bool bucketCoarsened = false;
        bool teamsAreCurrentOwners = false;
        QStringList notes; // translated, for the user

        // The same selection per model over the whole range (the breakdown chart).
        [[nodiscard]] CostCube::Query modelQuery() const;
        // The same selection per day, ungrouped, from `from` to the range's end (trend and
        // forecast); nullopt when the range has no daily data.
        [[nodiscard]] std::optional<CostCube::Query> dailyQuery(QDate from) const;
    };

    // [start, end) of a preset relative to `today`, the last day with data (inclusive).
    [[nodiscard]] static std::pair<QDate, QDate> presetRange(RangePreset preset, QDate today);
    [[nodiscard]] static Plan plan(const State &state, const CostData &data, QDate today);
    [[nodiscard]] static std::shared_ptr<const CostCube> cubeFor(CubeKind kind, const CostData &data);

    // The value sets a tag filter resolves to: the project tag values of the projects carrying
    // key=value (projects without a project tag value cannot be told apart in the bill).
    [[nodiscard]] static QSet<QString> projectsWithTag(const CostData &data, const QString &key, const QString &value);

    // The dimension a drill-down regroups by after filtering on a value of `dimension`:
    // team → project → model → token type → tier; provider → model. nullopt at the end.
    [[nodiscard]] static std::optional<Dimension> drillTarget(Dimension dimension);

    // Translated names for the UI.
    [[nodiscard]] static QString dimensionName(Dimension dimension);
    [[nodiscard]] static QString presetName(RangePreset preset);
    [[nodiscard]] static QString bucketName(TimeBucket bucket);
    // A group value as shown: "(untagged)" for empty team and project values, "(none)" otherwise.
    [[nodiscard]] static QString valueLabel(Dimension dimension, const QString &value);
    // A bucket's label, e.g. "20 Nov", "Week of 16 Nov 2026", "Nov 2026".
    [[nodiscard]] static QString bucketLabel(TimeBucket bucket, QDate start);

    // The dimensions the page offers for grouping, in menu order.
    [[nodiscard]] static QList<Dimension> groupableDimensions();
};

} // namespace Spendscope
