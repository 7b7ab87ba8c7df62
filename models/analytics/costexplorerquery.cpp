// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costexplorerquery.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// Narrows `target` to `values`: the first filter on a dimension sets it, later ones intersect.
// False when nothing is left.
bool narrow(QSet<QString> &target, const QSet<QString> &values)
{
    if (target.isEmpty())
        target = values;
    else
        target.intersect(values);
    return !target.isEmpty();
}

} // namespace

CostCube::Query CostExplorerQuery::Plan::modelQuery() const
{
    CostCube::Query q = query;
    q.groupBy = {Dimension::Model};
    q.bucket = TimeBucket::None;
    return q;
}

std::optional<CostCube::Query> CostExplorerQuery::Plan::dailyQuery(QDate from) const
{
    if (!firstDailyDay.isValid())
        return std::nullopt;
    CostCube::Query q = query;
    q.groupBy.clear();
    q.bucket = TimeBucket::Day;
    q.start = std::max(std::min(from, start), firstDailyDay);
    q.end = end;
    if (q.start >= q.end)
        return std::nullopt;
    return q;
}

std::pair<QDate, QDate> CostExplorerQuery::presetRange(RangePreset preset, QDate today)
{
    const QDate tomorrow = today.addDays(1);
    const QDate month = firstOfMonth(today);
    switch (preset) {
    case RangePreset::ThisMonth:
    case RangePreset::Custom:
        return {month, tomorrow};
    case RangePreset::LastMonth:
        return {month.addMonths(-1), month};
    case RangePreset::Last30Days:
        return {today.addDays(-29), tomorrow};
    case RangePreset::Last90Days:
        return {today.addDays(-89), tomorrow};
    case RangePreset::YearToDate:
        return {QDate(today.year(), 1, 1), tomorrow};
    case RangePreset::Last12Months:
        return {month.addMonths(-11), tomorrow};
    }
    return {month, tomorrow};
}

CostExplorerQuery::Plan CostExplorerQuery::plan(const State &state, const CostData &data, QDate today)
{
    Plan plan;
    plan.firstDailyDay = data.firstDailyDay;
    QDate start;
    QDate end;
    if (state.preset == RangePreset::Custom && state.customFirst.isValid() && state.customLast.isValid()) {
        start = std::min(state.customFirst, state.customLast);
        end = std::max(state.customFirst, state.customLast).addDays(1);
    } else {
        std::tie(start, end) = presetRange(state.preset, today);
    }
    plan.requestedStart = start;
    plan.requestedEnd = end;

    // Monthly-only months: whole months or nothing, never a silently partial total.
    const QDate daily = data.firstDailyDay;
    const auto isMonthly = [&](QDate day) { return !daily.isValid() || day < daily; };
    if (data.lastDay.isValid()) {
        if (isMonthly(start) && start.day() != 1) {
            start = firstOfMonth(start);
            plan.rangeWidened = true;
        }
        const QDate last = end.addDays(-1);
        if (isMonthly(last) && end.day() != 1) {
            end = firstOfMonth(last).addMonths(1);
            plan.rangeWidened = true;
        }
    }
    plan.start = start;
    plan.end = end;
    const QLocale locale;
    if (plan.rangeWidened) {
        const QString first = locale.toString(start, QLocale::ShortFormat);
        const QString last = locale.toString(end.addDays(-1), QLocale::ShortFormat);
        if (daily.isValid()) {
            plan.notes.append(tr("Costs before %1 are stored per month, so the range is widened to whole months: "
                                 "%2 to %3.")
                                  .arg(locale.toString(daily, QLocale::ShortFormat), first, last));
        } else {
            plan.notes.append(tr("The cache holds monthly costs only, so the range is widened to whole months: "
                                 "%1 to %2.")
                                  .arg(first, last));
        }
    }

    plan.bucket = state.bucket;
    if ((state.bucket == TimeBucket::Day || state.bucket == TimeBucket::Week) && isMonthly(start)) {
        plan.bucket = TimeBucket::Month;
        plan.bucketCoarsened = true;
        if (daily.isValid()) {
            plan.notes.append(tr("Days and weeks are available from %1; the range reaches earlier, so the chart "
                                 "shows months.")
                                  .arg(locale.toString(daily, QLocale::ShortFormat)));
        } else {
            plan.notes.append(tr("There are no daily costs in the cache; the chart shows months."));
        }
    }

    CostCube::Query &query = plan.query;
    query.groupBy = {state.groupBy};
    query.bucket = plan.bucket;
    query.start = start;
    query.end = end;
    query.filters = state.filters;
    bool touchesProject = state.groupBy == Dimension::Project || !state.filter(Dimension::Project).isEmpty();

    if (!state.tagKey.isEmpty()) {
        auto &teams = query.filters[std::size_t(Dimension::Team)];
        auto &projects = query.filters[std::size_t(Dimension::Project)];
        if (state.tagKey == data.teamTagKey) {
            plan.matchesNothing |= !narrow(teams, {state.tagValue});
        } else if (state.tagKey == data.projectTagKey) {
            touchesProject = true;
            plan.matchesNothing |= !narrow(projects, {state.tagValue});
        } else {
            touchesProject = true;
            const QSet<QString> values = projectsWithTag(data, state.tagKey, state.tagValue);
            QStringList sorted(values.cbegin(), values.cend());
            sorted.sort();
            if (sorted.isEmpty()) {
                plan.notes.append(tr("No project with a %1 tag carries %2=%3, so the tag filter matches no spend.")
                                      .arg(data.projectTagKey, state.tagKey, state.tagValue));
            } else {
                plan.notes.append(tr("Tag %1=%2 selects the projects that carry it now, by their %3 tag: %4.")
                                      .arg(state.tagKey, state.tagValue, data.projectTagKey,
                                           locale.createSeparatedList(sorted)));
            }
            plan.matchesNothing |= !narrow(projects, values);
        }
    }
    plan.cube = touchesProject ? CubeKind::ByProject : CubeKind::ByTeam;
    plan.teamsAreCurrentOwners = plan.cube == CubeKind::ByProject
                                 && (state.groupBy == Dimension::Team || !query.filters[std::size_t(Dimension::Team)].isEmpty());
    if (plan.teamsAreCurrentOwners) {
        plan.notes.append(tr("With projects in the selection, a team means the team that owns the project now "
                             "(its %1 tag today), not the team tag billed at the time. Group by team without "
                             "project filters for team spend as billed.")
                              .arg(data.teamTagKey.isEmpty() ? u"Team"_s : data.teamTagKey));
    }
    return plan;
}

std::shared_ptr<const CostCube> CostExplorerQuery::cubeFor(CubeKind kind, const CostData &data)
{
    return kind == CubeKind::ByProject ? data.byProject : data.byTeam;
}

QSet<QString> CostExplorerQuery::projectsWithTag(const CostData &data, const QString &key, const QString &value)
{
    QSet<QString> values;
    for (const Project &project : data.projects) {
        const TagSet &tags = project.tags();
        if (!tags.contains(key) || tags.value(key) != value)
            continue;
        const QString projectValue = tags.value(data.projectTagKey);
        if (!projectValue.isEmpty())
            values.insert(projectValue);
    }
    return values;
}

std::optional<CostCube::Dimension> CostExplorerQuery::drillTarget(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Team:
        return Dimension::Project;
    case Dimension::Project:
    case Dimension::Provider:
        return Dimension::Model;
    case Dimension::Model:
        return Dimension::TokenType;
    case Dimension::TokenType:
        return Dimension::Tier;
    case Dimension::Tier:
    case Dimension::Region:
        return std::nullopt;
    }
    return std::nullopt;
}

QString CostExplorerQuery::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Team:
        return tr("Team");
    case Dimension::Project:
        return tr("Project");
    case Dimension::Model:
        return tr("Model");
    case Dimension::Provider:
        return tr("Provider");
    case Dimension::TokenType:
        return tr("Token type");
    case Dimension::Tier:
        return tr("Tier");
    case Dimension::Region:
        return tr("Region");
    }
    return {};
}

QString CostExplorerQuery::presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::ThisMonth:
        return tr("This month");
    case RangePreset::LastMonth:
        return tr("Last month");
    case RangePreset::Last30Days:
        return tr("Last 30 days");
    case RangePreset::Last90Days:
        return tr("Last 90 days");
    case RangePreset::YearToDate:
        return tr("Year to date");
    case RangePreset::Last12Months:
        return tr("Last 12 months");
    case RangePreset::Custom:
        return tr("Custom");
    }
    return {};
}

QString CostExplorerQuery::bucketName(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::None:
        return tr("Whole range");
    case TimeBucket::Day:
        return tr("Day");
    case TimeBucket::Week:
        return tr("Week");
    case TimeBucket::Month:
        return tr("Month");
    }
    return {};
}

QString CostExplorerQuery::valueLabel(Dimension dimension, const QString &value)
{
    if (!value.isEmpty())
        return value;
    if (dimension == Dimension::Team || dimension == Dimension::Project)
        return tr("(untagged)");
    return tr("(none)");
}

QString CostExplorerQuery::bucketLabel(TimeBucket bucket, QDate start)
{
    const QLocale locale;
    switch (bucket) {
    case TimeBucket::None:
        return tr("Total");
    case TimeBucket::Day:
        return locale.toString(start, u"d MMM"_s);
    case TimeBucket::Week:
        //: %1 is the Monday a week starts on
        return tr("Week of %1").arg(locale.toString(start, u"d MMM"_s));
    case TimeBucket::Month:
        return locale.toString(start, u"MMM yyyy"_s);
    }
    return {};
}

QList<CostCube::Dimension> CostExplorerQuery::groupableDimensions()
{
    return {Dimension::Team, Dimension::Project, Dimension::Model, Dimension::Provider, Dimension::TokenType,
            Dimension::Tier};
}

} // namespace Spendscope
