// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/chargebackreport.h"

#include "analytics/budgetfilter.h"
#include "analytics/wasteanalyzer.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using Dimension = CostCube::Dimension;

// Groups of a one-key query, largest first, then by name; shares of `whole`.
QList<ChargebackReport::Entry> entriesOf(const CostCube::Result &result, Money whole)
{
    QList<ChargebackReport::Entry> entries;
    entries.reserve(result.rows.size());
    for (const CostCube::ResultRow &row : result.rows)
        entries.append({row.keys.constFirst(), row.cost, row.cost.ratioTo(whole)});
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
    });
    return entries;
}

CostCube::Query periodQuery(const ChargebackReport::Period &period, QList<Dimension> groupBy)
{
    CostCube::Query query;
    query.groupBy = std::move(groupBy);
    query.start = period.start;
    query.end = period.end;
    return query;
}

} // namespace

std::optional<ChargebackReport::Period> ChargebackReport::Period::parse(QStringView text, QString *error)
{
    const QString trimmed = text.trimmed().toString();
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression range(u"^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"_s);
    if (const QRegularExpressionMatch m = month.match(trimmed); m.hasMatch()) {
        const QDate start(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (start.isValid())
            return Period{start, start.addMonths(1)};
    } else if (const QRegularExpressionMatch r = range.match(trimmed); r.hasMatch()) {
        const QDate first = QDate::fromString(r.captured(1), Qt::ISODate);
        const QDate last = QDate::fromString(r.captured(2), Qt::ISODate);
        if (first.isValid() && last.isValid()) {
            if (last < first) {
                if (error)
                    *error = tr("the period ends before it starts: %1").arg(trimmed);
                return std::nullopt;
            }
            return Period{first, last.addDays(1)};
        }
    }
    if (error)
        *error = tr("invalid period \"%1\" (expected YYYY-MM or YYYY-MM-DD..YYYY-MM-DD)").arg(trimmed);
    return std::nullopt;
}

QString ChargebackReport::Period::label() const
{
    if (start.day() == 1 && end == start.addMonths(1))
        return QLocale(QLocale::English).toString(start, u"MMMM yyyy"_s);
    return tr("%1 to %2").arg(start.toString(Qt::ISODate), lastDay().toString(Qt::ISODate));
}

QString ChargebackReport::groupByName(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Team:
        return u"team"_s;
    case GroupBy::Project:
        return u"project"_s;
    case GroupBy::Model:
        return u"model"_s;
    }
    return {};
}

std::optional<ChargebackReport::GroupBy> ChargebackReport::parseGroupBy(QStringView text)
{
    for (GroupBy g : {GroupBy::Team, GroupBy::Project, GroupBy::Model}) {
        if (text == groupByName(g))
            return g;
    }
    return std::nullopt;
}

QString ChargebackReport::displayName(const QString &name)
{
    return name.isEmpty() ? tr("(untagged)") : name;
}

std::optional<ChargebackReport> ChargebackReport::compute(const CostData &data, const Options &options,
                                                          QString *error)
{
    const Period &period = options.period;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!period.start.isValid() || !period.end.isValid() || period.end <= period.start)
        return fail(tr("the period is empty"));
    // Before firstDailyDay the cubes hold one row a month (dated the 1st): only whole months can
    // be summed there. Without daily data at all every month is monthly.
    const QDate monthlyBefore = data.firstDailyDay.isValid() ? data.firstDailyDay : QDate(9999, 12, 31);
    if (period.start < monthlyBefore) {
        const bool wholeStart = period.start.day() == 1;
        const bool wholeEnd = period.end >= monthlyBefore || period.end.day() == 1;
        if (!wholeStart || !wholeEnd) {
            return fail(data.firstDailyDay.isValid()
                            ? tr("daily data starts on %1; earlier periods must be whole months")
                                  .arg(data.firstDailyDay.toString(Qt::ISODate))
                            : tr("the cache holds monthly data only; the period must be whole months"));
        }
    }

    const PriceCatalog &catalog = options.catalog ? *options.catalog : PriceCatalog::builtIn();
    const CostCube &projectCube = *data.byProject;
    const CostCube &teamCube = *data.byTeam;

    ChargebackReport report;
    report.period = period;
    report.groupBy = options.groupBy;
    if (!catalog.currency().isEmpty())
        report.currency = catalog.currency();
    report.projectTagKey = data.projectTagKey.isEmpty() ? u"Project"_s : data.projectTagKey;
    report.teamTagKey = data.teamTagKey.isEmpty() ? u"Team"_s : data.teamTagKey;
    report.generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    report.dataLastDay = data.lastDay;
    report.lastSync = options.lastSync;
    report.catalogAsOf = catalog.asOf();
    report.partial = !data.lastDay.isValid() || data.lastDay < period.lastDay();

    // Groups.
    const CostCube::Result teams = teamCube.query(periodQuery(period, {Dimension::Team}));
    report.total = teams.totalCost;
    switch (options.groupBy) {
    case GroupBy::Team:
        report.groups = entriesOf(teams, report.total);
        break;
    case GroupBy::Project:
        report.groups = entriesOf(projectCube.query(periodQuery(period, {Dimension::Project})), report.total);
        break;
    case GroupBy::Model:
        report.groups = entriesOf(projectCube.query(periodQuery(period, {Dimension::Model})), report.total);
        break;
    }

    // Budgets as of the data's last day (their own periods, not the report's).
    const QDate budgetDay = data.lastDay.isValid() ? data.lastDay : period.lastDay();
    QList<BudgetFilter> budgetFilters;
    for (const Budget &budget : data.budgets) {
        report.budgets.append(BudgetStatus::of(budget, {}, budgetDay));
        budgetFilters.append(BudgetFilter::of(budget.filterExpression, report.projectTagKey, report.teamTagKey));
    }

    // Findings on the daily part of the period with data.
    if (data.firstDailyDay.isValid() && data.lastDay.isValid()) {
        const QDate start = std::max(period.start, data.firstDailyDay);
        const QDate end = std::min(period.end, data.lastDay.addDays(1));
        if (start < end) {
            report.findingsStart = start;
            report.findingsEnd = end;
            QSet<QString> seen;
            for (const Project &project : data.projects) {
                for (auto it = project.tags().begin(); it != project.tags().end(); ++it)
                    seen.insert(it.key());
            }
            QStringList seenKeys(seen.cbegin(), seen.cend());
            seenKeys.sort();
            report.findings = WasteAnalyzer::analyze({
                .projectCube = projectCube,
                .periodStart = start,
                .periodEnd = end,
                .tagStatus = data.costAllocationTags,
                .projectTagKey = report.projectTagKey,
                .teamTagKey = report.teamTagKey,
                .seenTagKeys = seenKeys,
                .catalog = catalog,
                .teamCube = &teamCube,
            });
            report.findingsMonthlySavings = WasteAnalyzer::totalMonthlySavings(report.findings);
        }
    }

    // Team sections: billed totals, and the projects each team owns now.
    QHash<QString, QSet<QString>> projectsOfTeam;
    for (const CostCube::ResultRow &row :
         projectCube.query(periodQuery(period, {Dimension::Team, Dimension::Project})).rows)
        projectsOfTeam[row.keys.at(0)].insert(row.keys.at(1));
    report.selectedTeams = options.teams;
    report.selectedTeams.sort();
    report.selectedTeams.removeDuplicates();
    const QSet<QString> selected(options.teams.cbegin(), options.teams.cend());
    for (const Entry &team : entriesOf(teams, report.total)) {
        if (!selected.isEmpty() && !selected.contains(team.name))
            continue;
        TeamSection section;
        section.team = team.name;
        section.billed = team.amount;
        section.share = team.share;
        CostCube::Query owned = periodQuery(period, {Dimension::Project});
        owned.setFilter(Dimension::Team, {team.name});
        const CostCube::Result projects = projectCube.query(owned);
        section.ownedTotal = projects.totalCost;
        section.projects = entriesOf(projects, section.ownedTotal);
        owned.groupBy = {Dimension::Model};
        section.models = entriesOf(projectCube.query(owned), section.ownedTotal);
        const QSet<QString> ownedProjects = projectsOfTeam.value(team.name);
        for (qsizetype i = 0; i < report.budgets.size(); ++i) {
            const BudgetFilter &filter = budgetFilters.at(i);
            if ((filter.kind == BudgetFilter::Kind::Team && filter.value == team.name)
                || (filter.kind == BudgetFilter::Kind::Project && ownedProjects.contains(filter.value)))
                section.budgets.append(report.budgets.at(i));
        }
        for (const WasteFinding &finding : std::as_const(report.findings)) {
            if (finding.rule != WasteFinding::Rule::InactiveTagKey && finding.team == team.name)
                section.findings.append(finding);
        }
        report.teams.append(section);
    }

    // The whole period's mix on the cheapest catalog models.
    const Repricer::Mix mix = Repricer::mixOf(projectCube, periodQuery(period, {}));
    report.mixActualCost = mix.actualCost();
    if (!mix.lines.isEmpty()) {
        report.comparison = Repricer(catalog).compare(mix);
        if (report.comparison.size() > options.comparisonCount)
            report.comparison.resize(std::max(0, options.comparisonCount));
    }

    // Unattributed spend.
    for (const CostCube::ResultRow &row : projectCube.query(periodQuery(period, {Dimension::Project})).rows) {
        if (row.keys.at(0).isEmpty())
            report.untaggedProjectSpend += row.cost;
        else if (row.keys.at(0) == WasteAnalyzer::DefaultProject)
            report.defaultProjectSpend += row.cost;
    }
    for (const CostCube::ResultRow &row : teams.rows) {
        if (row.keys.at(0).isEmpty())
            report.untaggedTeamSpend += row.cost;
    }
    return report;
}

} // namespace Spendscope
