// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/overviewsummary.h"

#include "analytics/wasteanalyzer.h"

#include <algorithm>

namespace Spendscope {

namespace {

using Dimension = CostCube::Dimension;

CostCube::Query periodQuery(QList<Dimension> groupBy, QDate start, QDate end)
{
    CostCube::Query query;
    query.groupBy = std::move(groupBy);
    query.start = start;
    query.end = end;
    return query;
}

// The largest `count` groups, ties by name so that the order is stable.
QList<OverviewSummary::Entry> top(const CostCube::Result &result, int count)
{
    QList<OverviewSummary::Entry> entries;
    entries.reserve(result.rows.size());
    for (const CostCube::ResultRow &row : result.rows)
        entries.append({row.keys.constFirst(), row.cost, row.cost.ratioTo(result.totalCost)});
    std::sort(entries.begin(), entries.end(), [](const OverviewSummary::Entry &a, const OverviewSummary::Entry &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
    });
    if (entries.size() > count)
        entries.resize(std::max(0, count));
    return entries;
}

} // namespace

std::optional<Money> OverviewSummary::changeAmount() const
{
    if (!lastMonthToSameDay)
        return std::nullopt;
    return monthToDate - *lastMonthToSameDay;
}

std::optional<double> OverviewSummary::changeRatio() const
{
    if (!lastMonthToSameDay || lastMonthToSameDay->isZero())
        return std::nullopt;
    return (monthToDate - *lastMonthToSameDay).ratioTo(*lastMonthToSameDay);
}

OverviewSummary OverviewSummary::compute(const CostData &data, QDate today, int topCount,
                                         const MonthEndForecaster::Options &forecastOptions)
{
    OverviewSummary summary;
    if (!today.isValid() || !data.byTeam || !data.byProject)
        return summary;
    summary.today = today;
    summary.monthStart = QDate(today.year(), today.month(), 1);
    summary.lastMonthStart = summary.monthStart.addMonths(-1);
    const QDate end = today.addDays(1);
    const CostCube &teams = *data.byTeam;
    const CostCube &projects = *data.byProject;

    const CostCube::Result teamMonth = teams.query(periodQuery({Dimension::Team}, summary.monthStart, end));
    summary.monthToDate = teamMonth.totalCost;
    summary.topTeams = top(teamMonth, topCount);
    for (const CostCube::ResultRow &row : teamMonth.rows) {
        if (row.keys.constFirst().isEmpty())
            summary.untaggedTeamSpend += row.cost;
    }

    const CostCube::Result projectMonth = projects.query(periodQuery({Dimension::Project}, summary.monthStart, end));
    summary.topProjects = top(projectMonth, topCount);
    for (const CostCube::ResultRow &row : projectMonth.rows) {
        const QString &project = row.keys.constFirst();
        if (project.isEmpty())
            summary.untaggedProjectSpend += row.cost;
        else if (project == WasteAnalyzer::DefaultProject)
            summary.defaultProjectSpend += row.cost;
    }
    summary.topModels = top(projects.query(periodQuery({Dimension::Model}, summary.monthStart, end)), topCount);

    summary.lastMonthTotal = teams.query(periodQuery({}, summary.lastMonthStart, summary.monthStart)).totalCost;
    // A month before the DAILY window has one row dated the 1st: no day-level comparison.
    const bool lastMonthDaily = data.firstDailyDay.isValid() && data.firstDailyDay <= summary.lastMonthStart;
    if (lastMonthDaily) {
        summary.lastMonthSameDay =
            QDate(summary.lastMonthStart.year(), summary.lastMonthStart.month(),
                  std::min(today.day(), summary.lastMonthStart.daysInMonth()));
        summary.lastMonthToSameDay =
            teams.query(periodQuery({}, summary.lastMonthStart, summary.lastMonthSameDay.addDays(1))).totalCost;
    }

    if (data.firstDailyDay.isValid() && data.firstDailyDay <= today) {
        // One pass for both the forecast's history and the small chart.
        CostCube::Query query = periodQuery({}, data.firstDailyDay, end);
        query.bucket = CostCube::TimeBucket::Day;
        QMap<QDate, Money> history;
        for (QDate day = data.firstDailyDay; day < end; day = day.addDays(1))
            history.insert(day, Money());
        for (const CostCube::ResultRow &row : teams.query(query).rows)
            history[row.bucketStart] += row.cost;
        const QDate chartStart = std::max(data.firstDailyDay, today.addDays(1 - DailyDays));
        for (auto it = history.lowerBound(chartStart); it != history.cend(); ++it)
            summary.daily.insert(it.key(), it.value());
        if (data.firstDailyDay <= summary.monthStart)
            summary.forecast = MonthEndForecaster(forecastOptions).forecast(history, today);
    }
    return summary;
}

} // namespace Spendscope
