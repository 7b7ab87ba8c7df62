// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "analytics/wastefinding.h"
#include "api/costexplorertypes.h"
#include "domain/money.h"
#include "domain/pricecatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spendscope {

// Waste rules over the cost cube of an analysis window. Cost Explorer reports token counts per
// day, never per request, so every rule reads the token mix of a project's use of one model
// (input, output, cache-read, cache-write, in 1K tokens) and the catalog's prices. Findings are
// leads for an engineer to confirm, each with its figures; amounts are exact.
//
// Windows are [periodStart, periodEnd) like the cube and Cost Explorer. Amounts are "scaled to a
// month" as window amount × 30 / window days, and thresholds on spend or volume compare that
// monthly rate, so they mean the same for a 7-day and a 90-day window.
//
// The rules (thresholds in Thresholds below):
// a. PremiumOnSimpleTraffic: a project's use of a Premium-tier model (the catalog's tier, not the
//    cube's Tier column) whose mix is simple, i.e. output ≤ simpleMaxOutputPercent of input-side
//    tokens (input + cache reads + cache writes: reading a lot and answering briefly, as
//    classification, routing and extraction do) and cache reads + writes ≤ simpleMaxCachePercent
//    of input-side tokens (no long reused context, where premium models earn their price), with
//    monthly spend ≥
//    premiumMinMonthlyCost. The alternative is the cheapest (for this very mix, via Repricer)
//    non-premium model of the same provider and endpoint; when the provider has none, the
//    cheapest Standard-tier model of any provider on the same endpoint (Standard only: jumping
//    from a premium model to another family's smallest model is too bold to suggest from token
//    counts). Savings = actual − re-priced cost, scaled to a month, reported if ≥
//    minMonthlySavings.
// b. UnattributedSpend: spend whose project tag value is empty (untagged) or "default" (the default
//    project), and, with a team cube, spend whose team tag value is empty; one finding each when
//    its monthly rate ≥ unattributedMinMonthlyCost. Not a saving: monthlySavings is zero and the
//    window spend goes to amountAtStake.
// c. LowCacheReadShare: a project's use of a model with a cache-read price whose traffic is
//    input-heavy (input-side ≥ cacheMinInputToOutput × output, monthly input-side volume ≥
//    cacheMinMonthlyInputKiloTokens) and whose cache reads are < cacheMaxReadPercent of
//    input-side tokens. Savings: if cacheTargetReadPercent of input-side tokens were cache reads,
//    the added reads would move from the input price to the cache-read price, while each added
//    read brings cacheWritesPerHundredReads/100 cache writes at the cache-write price instead of
//    the input price (models without a cache-write price: no surcharge). Both come out of the
//    uncached input; scaled to a month, reported if ≥ minMonthlySavings.
//    Rules a and c can fire on the same traffic: they are alternative remedies, and
//    totalMonthlySavings() counts only the larger one per project and model.
// d. InactiveTagKey: each configured attribution key (project, team) and each key seen on projects
//    or usage whose cost allocation tag status is Inactive or that Cost Explorer does not list at
//    all. Cost Explorer groups nothing by such a key, so all window spend is invisible by it: that
//    total is the amountAtStake; monthlySavings is zero.
class WasteAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::WasteAnalyzer)
public:
    struct Thresholds {
        // a. premium model on simple traffic
        int simpleMaxOutputPercent = 10;
        int simpleMaxCachePercent = 10;
        Money premiumMinMonthlyCost = Money::fromUnits(50);
        // b. unattributed spend
        Money unattributedMinMonthlyCost = Money::fromUnits(10);
        // c. low cache-read share
        int cacheMinInputToOutput = 4;
        Money cacheMinMonthlyInputKiloTokens = Money::fromUnits(20'000); // 20M tokens a month
        int cacheMaxReadPercent = 10;
        int cacheTargetReadPercent = 50;
        int cacheWritesPerHundredReads = 10;
        // a and c
        Money minMonthlySavings = Money::fromUnits(10);
    };

    struct Input {
        const CostCube &projectCube; // Project = project tag value, Team = the project's owner
        // Members default to {} so that designated initializers may leave them out.
        QDate periodStart = {}; // inclusive
        QDate periodEnd = {};   // exclusive
        QList<CostAllocationTag> tagStatus = {};
        QString projectTagKey = QStringLiteral("Project");
        QString teamTagKey = QStringLiteral("Team");
        QStringList seenTagKeys = {}; // tag keys on projects and usage
        const PriceCatalog &catalog;
        Thresholds thresholds = {};
        const CostCube *teamCube = nullptr; // optional: Team = team tag value of usage
    };

    static constexpr int DaysPerMonth = 30;
    static constexpr QStringView DefaultProject = u"default";

    // Findings by monthly savings, then amount at stake, both descending; ties by rule, project,
    // model and tag key. Empty for an empty or invalid window.
    [[nodiscard]] static QList<WasteFinding> analyze(const Input &input);

    // Sum of monthly savings, counting the larger of rules a and c per project and model.
    [[nodiscard]] static Money totalMonthlySavings(const QList<WasteFinding> &findings);

private:
    struct Context;
    static void premiumOnSimpleTraffic(const Context &context, QList<WasteFinding> &findings);
    static void unattributedSpend(const Context &context, QList<WasteFinding> &findings);
    static void lowCacheReadShare(const Context &context, QList<WasteFinding> &findings);
    static void inactiveTagKeys(const Context &context, QList<WasteFinding> &findings);
};

} // namespace Spendscope
