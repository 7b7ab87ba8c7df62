// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetstatus.h"
#include "analytics/costdata.h"
#include "analytics/repricer.h"
#include "analytics/wastefinding.h"
#include "domain/money.h"
#include "domain/pricecatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// The content of a chargeback report for one period, computed from the loaded cost data. It is
// what the PDF and CSV writers print, so every figure is decided here, exactly:
//
//  - Period: [start, end), a month or a day range. Months before CostData::firstDailyDay hold one
//    row a month, so a period reaching into them must start on the 1st and, if it ends before
//    firstDailyDay, end on a 1st too; anything else is refused rather than misreported.
//  - Groups: by team from the team cube (the team tag as billed), by project or model from the
//    project cube. Untagged spend is a group of its own (an empty name). Both cubes hold the same
//    total, so the groups always add up to the period total.
//  - Team sections: for every billed team, its billed total (team cube) and the projects and
//    models of the projects it owns now (project cube, Team = current owner). The two can differ:
//    the first is what AWS billed to the team tag, the second follows today's project ownership.
//  - Team selection: Options::teams, when not empty, keeps only the sections of those teams (an
//    empty name selects untagged spend). The period total, the groups, the budgets, the findings,
//    the model comparison and the unattributed spend stay whole: a selection narrows what the
//    report details, never what it adds up. `selectedTeams` records it for the cover.
//  - Budgets: BudgetStatus of each budget as of the data's last day; team sections list the
//    budgets filtered on the team or on one of its current projects.
//  - Findings: WasteAnalyzer over the period (daily part only: the rules need daily data).
//  - Model comparison: the period's whole token mix re-priced on the cheapest catalog models.
//  - Unattributed spend: as OverviewSummary and WasteAnalyzer define it (project tag empty or
//    "default"; team tag empty).
//
// compute() is a pure function of its arguments and only reads the immutable cubes.
struct ChargebackReport
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ChargebackReport)
public:
    enum class GroupBy { Team, Project, Model };

    struct Period {
        QDate start;
        QDate end; // exclusive
        // "YYYY-MM" or "YYYY-MM-DD..YYYY-MM-DD" (both days included); nullopt and `error` set
        // when the text is neither.
        [[nodiscard]] static std::optional<Period> parse(QStringView text, QString *error = nullptr);
        [[nodiscard]] QDate lastDay() const { return end.addDays(-1); }
        [[nodiscard]] int days() const { return int(start.daysTo(end)); }
        // "November 2026" for a whole month, else "2026-11-01 – 2026-11-15".
        [[nodiscard]] QString label() const;
        friend bool operator==(const Period &, const Period &) = default;
    };

    struct Entry {
        QString name; // tag value or model id; empty = untagged
        Money amount;
        double share = 0; // of the whole of which it is a part
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    struct TeamSection {
        QString team; // team tag value as billed; empty = untagged
        Money billed; // team cube: what AWS billed to the team tag
        double share = 0;
        // Project cube, projects the team owns now: their spend in the period by project and by
        // model, largest first; shares of ownedTotal.
        Money ownedTotal;
        QList<Entry> projects;
        QList<Entry> models;
        QList<BudgetStatus> budgets;
        QList<WasteFinding> findings; // findings whose team is this team
    };

    struct Options {
        Period period;
        GroupBy groupBy = GroupBy::Team;
        const PriceCatalog *catalog = nullptr; // PriceCatalog::builtIn() when null
        QDateTime lastSync;  // invalid: unknown
        QDateTime generated; // invalid: now
        int comparisonCount = 5;
        // Team sections to keep, by team tag value ("" = untagged); empty keeps every team.
        QStringList teams;
    };

    Period period;
    GroupBy groupBy = GroupBy::Team;
    QString currency = QStringLiteral("USD");
    QString projectTagKey;
    QString teamTagKey;
    QDateTime generated;
    QDate dataLastDay; // CostData::lastDay
    QDateTime lastSync;
    QDate catalogAsOf;
    // True when the period runs past the last day with data (the figures are to date).
    bool partial = false;

    Money total;
    QList<Entry> groups; // by amount descending, then name; shares of total

    QList<TeamSection> teams; // by billed amount descending, then name
    QStringList selectedTeams; // Options::teams, sorted; empty: every billed team has a section
    QList<BudgetStatus> budgets;

    QList<WasteFinding> findings;
    Money findingsMonthlySavings;
    QDate findingsStart; // the part of the period the rules ran on; invalid when they did not
    QDate findingsEnd;

    Money mixActualCost; // the period's whole mix as billed
    QList<Repricer::Quote> comparison; // the cheapest catalog models for that mix

    Money untaggedProjectSpend;
    Money defaultProjectSpend;
    Money untaggedTeamSpend;
    [[nodiscard]] Money unattributedSpend() const { return untaggedProjectSpend + defaultProjectSpend; }

    // "team", "project", "model" (command line values, not translated).
    [[nodiscard]] static QString groupByName(GroupBy groupBy);
    [[nodiscard]] static std::optional<GroupBy> parseGroupBy(QStringView text);
    // The display name of a group, a team or a project: "(untagged)" for an empty name.
    [[nodiscard]] static QString displayName(const QString &name);

    // nullopt with `error` set when the period is invalid for the data.
    [[nodiscard]] static std::optional<ChargebackReport> compute(const CostData &data, const Options &options,
                                                                 QString *error = nullptr);
};

} // namespace Spendscope
