// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/wasteanalyzer.h"

#include "analytics/repricer.h"
#include "domain/percent.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

namespace Spendscope {

namespace {

using Dimension = CostCube::Dimension;
using TokenType = UsageType::TokenType;

// Share comparisons in 128 bits: part × 100 would saturate Money for a large project's volume.
__extension__ typedef __int128 Int128;

// part ≤ whole × percent / 100, exactly.
bool atMostPercent(Money part, Money whole, int percent)
{
    return Int128(part.nanos()) * 100 <= Int128(whole.nanos()) * percent;
}

bool lessThanPercent(Money part, Money whole, int percent)
{
    return Int128(part.nanos()) * 100 < Int128(whole.nanos()) * percent;
}

// Whole tokens for display; quantities are 1K-token units with nano precision.
qint64 tokensOf(Money kiloTokens)
{
    const qint64 nanos = kiloTokens.nanos();
    constexpr qint64 NanosPerToken = Money::Scale / 1000;
    return nanos >= 0 ? (nanos + NanosPerToken / 2) / NanosPerToken : -((-nanos + NanosPerToken / 2) / NanosPerToken);
}

struct TokenTotals {
    Money input;
    Money output;
    Money cacheRead;
    Money cacheWrite;

    explicit TokenTotals(const Repricer::Mix &mix)
        : input(mix.kiloTokens(TokenType::Input))
        , output(mix.kiloTokens(TokenType::Output))
        , cacheRead(mix.kiloTokens(TokenType::CacheRead))
        , cacheWrite(mix.kiloTokens(TokenType::CacheWrite))
    {
    }
    [[nodiscard]] Money inputSide() const { return input + cacheRead + cacheWrite; }
};

} // namespace

// Everything the rules share, computed once per analysis.
struct WasteAnalyzer::Context {
    struct Usage {
        QString project;
        QString model;
        Repricer::Mix mix;
    };

    const Input &input;
    qint64 windowDays = 0;
    Repricer repricer;
    QList<Usage> usage; // one entry per project and model, sorted
    QHash<QString, QString> teamOfProject;
    Money windowTotal;
    QLocale locale;

    Context(const Input &in, qint64 days)
        : input(in)
        , windowDays(days)
        , repricer(in.catalog)
    {
    }

    [[nodiscard]] CostCube::Query windowQuery(QList<Dimension> groupBy) const
    {
        CostCube::Query query;
        query.groupBy = std::move(groupBy);
        query.start = input.periodStart;
        query.end = input.periodEnd;
        return query;
    }
    [[nodiscard]] Money monthly(Money window) const { return window.multipliedBy(DaysPerMonth, windowDays); }
    [[nodiscard]] QString money(Money amount) const { return amount.format(locale, input.catalog.currency()); }
    [[nodiscard]] QString percent(double share) const
    {
        return Percent::fromShare(share, locale);
    }
    [[nodiscard]] QString tokens(Money kiloTokens) const { return locale.toString(tokensOf(kiloTokens)); }
    [[nodiscard]] QString projectLabel(const QString &project) const
    {
        return project.isEmpty() ? tr("Untagged usage") : project;
    }
    [[nodiscard]] WasteFinding usageFinding(WasteFinding::Rule rule, const Usage &u, const TokenTotals &totals) const
    {
        WasteFinding finding;
        finding.rule = rule;
        finding.project = u.project;
        finding.team = teamOfProject.value(u.project);
        finding.model = u.model;
        finding.windowCost = u.mix.actualCost();
        finding.inputKiloTokens = totals.input;
        finding.outputKiloTokens = totals.output;
        finding.cacheReadKiloTokens = totals.cacheRead;
        finding.cacheWriteKiloTokens = totals.cacheWrite;
        return finding;
    }
};

QList<WasteFinding> WasteAnalyzer::analyze(const Input &input)
{
    QList<WasteFinding> findings;
    if (!input.periodStart.isValid() || !input.periodEnd.isValid())
        return findings;
    const qint64 days = input.periodStart.daysTo(input.periodEnd);
    if (days <= 0)
        return findings;

    Context context(input, days);

    // Mix per project and model; result rows come sorted by keys, so each pair is consecutive.
    const CostCube::Result usage = input.projectCube.query(
        context.windowQuery({Dimension::Project, Dimension::Model, Dimension::Region, Dimension::TokenType}));
    context.windowTotal = usage.totalCost;
    for (const CostCube::ResultRow &row : usage.rows) {
        const QString &project = row.keys.at(0);
        const QString &model = row.keys.at(1);
        if (context.usage.isEmpty() || context.usage.constLast().project != project
            || context.usage.constLast().model != model)
            context.usage.append({project, model, {}});
        context.usage.last().mix.lines.append(
            {model, row.keys.at(2), UsageType::tokenTypeFromName(row.keys.at(3)), row.quantity, row.cost});
    }

    // A project has one owner; should the cube hold several (an owner change), name the one that
    // carries most of the window's spend.
    QHash<QString, Money> ownerCost;
    const CostCube::Result owners = input.projectCube.query(context.windowQuery({Dimension::Project, Dimension::Team}));
    for (const CostCube::ResultRow &row : owners.rows) {
        const QString &project = row.keys.at(0);
        const auto it = ownerCost.constFind(project);
        if (it == ownerCost.cend() || row.cost > *it) {
            ownerCost.insert(project, row.cost);
            context.teamOfProject.insert(project, row.keys.at(1));
        }
    }

    premiumOnSimpleTraffic(context, findings);
    unattributedSpend(context, findings);
    lowCacheReadShare(context, findings);
    inactiveTagKeys(context, findings);

    std::sort(findings.begin(), findings.end(), [](const WasteFinding &a, const WasteFinding &b) {
        if (a.monthlySavings != b.monthlySavings)
            return a.monthlySavings > b.monthlySavings;
        if (a.amountAtStake != b.amountAtStake)
            return a.amountAtStake > b.amountAtStake;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return std::tie(a.project, a.model, a.tagKey) < std::tie(b.project, b.model, b.tagKey);
    });
    return findings;
}

Money WasteAnalyzer::totalMonthlySavings(const QList<WasteFinding> &findings)
{
    // Model and cache findings on the same traffic are alternatives: count the larger.
    std::map<std::pair<QString, QString>, Money> alternatives;
    Money total;
    for (const WasteFinding &finding : findings) {
        if (finding.rule == WasteFinding::Rule::PremiumOnSimpleTraffic
            || finding.rule == WasteFinding::Rule::LowCacheReadShare) {
            Money &best = alternatives[{finding.project, finding.model}];
            best = std::max(best, finding.monthlySavings);
        } else {
            total += finding.monthlySavings;
        }
    }
    for (const auto &[key, savings] : alternatives)
        total += savings;
    return total;
}

void WasteAnalyzer::premiumOnSimpleTraffic(const Context &context, QList<WasteFinding> &findings)
{
    const Thresholds &t = context.input.thresholds;
    const PriceCatalog &catalog = context.input.catalog;
    for (const Context::Usage &u : context.usage) {
        const ModelPrice *source = catalog.find(u.model);
        if (!source || source->tier != ModelPrice::Tier::Premium)
            continue;
        const TokenTotals totals(u.mix);
        const Money inputSide = totals.inputSide();
        if (inputSide <= Money())
            continue;
        if (!atMostPercent(totals.output, inputSide, t.simpleMaxOutputPercent)
            || !atMostPercent(totals.cacheRead + totals.cacheWrite, inputSide, t.simpleMaxCachePercent))
            continue;
        const Money actual = u.mix.actualCost();
        if (context.monthly(actual) < t.premiumMinMonthlyCost)
            continue;

        // The cheapest alternative for this very mix among the accepted models.
        const auto cheapest = [&](auto accept) {
            std::optional<Repricer::Quote> best;
            QSet<QString> seen;
            for (const ModelPrice &candidate : catalog.models()) {
                if (seen.contains(candidate.modelId) || candidate.endpoint != source->endpoint || !accept(candidate))
                    continue;
                seen.insert(candidate.modelId);
                std::optional<Repricer::Quote> quote = context.repricer.quote(u.mix, candidate.modelId);
                if (quote && (!best || quote->cost < best->cost
                              || (quote->cost == best->cost && quote->modelId < best->modelId)))
                    best = std::move(quote);
            }
            return best;
        };
        std::optional<Repricer::Quote> alternative = cheapest([&](const ModelPrice &candidate) {
            return candidate.provider == source->provider && candidate.tier != ModelPrice::Tier::Premium;
        });
        if (!alternative) {
            alternative = cheapest(
                [](const ModelPrice &candidate) { return candidate.tier == ModelPrice::Tier::Standard; });
        }
        if (!alternative)
            continue;
        const Money savings = context.monthly(actual - alternative->cost);
        if (savings < t.minMonthlySavings)
            continue;

        WasteFinding finding = context.usageFinding(WasteFinding::Rule::PremiumOnSimpleTraffic, u, totals);
        finding.share = totals.output.ratioTo(inputSide);
        finding.alternativeModel = alternative->modelId;
        finding.alternativeWindowCost = alternative->cost;
        finding.monthlySavings = savings;
        finding.title = tr("Premium model on simple traffic");
        //: %1 project, %2 amount, %3 premium model, %4 and %5 percentages, %6 cheaper model, %7 amount,
        //: %8 monthly amount
        finding.evidence =
            tr("%1 spent %2 on %3 in the window. Output was %4 of the input-side tokens and cache use %5, "
               "a mix a cheaper model usually handles. The same tokens on %6 would have cost %7: "
               "about %8 less a month.")
                .arg(context.projectLabel(u.project), context.money(actual), source->name,
                     context.percent(finding.share),
                     context.percent((totals.cacheRead + totals.cacheWrite).ratioTo(inputSide)), alternative->name,
                     context.money(alternative->cost), context.money(savings));
        findings.append(std::move(finding));
    }
}

void WasteAnalyzer::unattributedSpend(const Context &context, QList<WasteFinding> &findings)
{
    const Input &input = context.input;
    const Thresholds &t = input.thresholds;
    const auto report = [&](Money cost, Money total, const QString &project, const QString &team,
                            const QString &tagKey, const QString &title, const QString &evidenceTemplate) {
        if (cost <= Money() || context.monthly(cost) < t.unattributedMinMonthlyCost)
            return;
        WasteFinding finding;
        finding.rule = WasteFinding::Rule::UnattributedSpend;
        finding.project = project;
        finding.team = team;
        finding.tagKey = tagKey;
        finding.windowCost = cost;
        finding.amountAtStake = cost;
        finding.share = cost.ratioTo(total);
        finding.title = title;
        finding.evidence = evidenceTemplate.arg(context.money(cost), context.percent(finding.share), tagKey);
        findings.append(std::move(finding));
    };

    const CostCube::Result byProject = input.projectCube.query(context.windowQuery({Dimension::Project}));
    for (const CostCube::ResultRow &row : byProject.rows) {
        const QString &project = row.keys.at(0);
        const QString team = context.teamOfProject.value(project);
        if (project.isEmpty()) {
            const QString title = tr("Spend without a project tag");
            //: %1 amount, %2 percentage, %3 tag key
            const QString evidence = tr("%1 in the window (%2 of all spend) has no %3 tag value, so it cannot be "
                                        "charged back to a project.");
            report(row.cost, byProject.totalCost, project, team, input.projectTagKey, title, evidence);
        } else if (project == DefaultProject) {
            const QString title = tr("Spend in the default project");
            //: %1 amount, %2 percentage, %3 tag key
            const QString evidence = tr("%1 in the window (%2 of all spend) ran in the default project, where "
                                        "requests without a project land. Give each client its own project with a "
                                        "%3 tag so that this spend can be charged back.");
            report(row.cost, byProject.totalCost, project, team, input.projectTagKey, title, evidence);
        }
    }

    if (input.teamCube) {
        const CostCube::Result byTeam = input.teamCube->query(context.windowQuery({Dimension::Team}));
        for (const CostCube::ResultRow &row : byTeam.rows) {
            if (row.keys.at(0).isEmpty()) {
                const QString title = tr("Spend without a team tag");
                //: %1 amount, %2 percentage, %3 tag key
                const QString evidence = tr("%1 in the window (%2 of all spend) has no %3 tag value, so it cannot "
                                            "be charged back to a team.");
                report(row.cost, byTeam.totalCost, QString(), QString(), input.teamTagKey, title, evidence);
            }
        }
    }
}

void WasteAnalyzer::lowCacheReadShare(const Context &context, QList<WasteFinding> &findings)
{
    const Thresholds &t = context.input.thresholds;
    const PriceCatalog &catalog = context.input.catalog;
    for (const Context::Usage &u : context.usage) {
        const ModelPrice *model = catalog.find(u.model);
        if (!model || !model->cacheReadPerMillion)
            continue;
        const TokenTotals totals(u.mix);
        const Money inputSide = totals.inputSide();
        if (inputSide <= Money())
            continue;
        if (Int128(inputSide.nanos()) < Int128(totals.output.nanos()) * t.cacheMinInputToOutput
            || context.monthly(inputSide) < t.cacheMinMonthlyInputKiloTokens
            || !lessThanPercent(totals.cacheRead, inputSide, t.cacheMaxReadPercent))
            continue;

        // Price in the region that carries most of the input.
        const Repricer::Line *largest = nullptr;
        for (const Repricer::Line &line : u.mix.lines) {
            if (line.tokenType == TokenType::Input && (!largest || line.kiloTokens > largest->kiloTokens))
                largest = &line;
        }
        const ModelPrice *price = largest ? catalog.find(u.model, largest->region) : model;
        if (!price->cacheReadPerMillion)
            continue;

        // Added reads and the writes they bring both come out of the uncached input.
        Money addedReads = inputSide.multipliedBy(t.cacheTargetReadPercent, 100) - totals.cacheRead;
        Money addedWrites = addedReads.multipliedBy(t.cacheWritesPerHundredReads, 100);
        if (addedReads + addedWrites > totals.input) {
            addedReads = totals.input.multipliedBy(100, 100 + t.cacheWritesPerHundredReads);
            addedWrites = totals.input - addedReads;
        }
        if (addedReads <= Money())
            continue;
        const Money inputPrice = price->inputPerMillion;
        const Money readSaving =
            Repricer::cost(inputPrice, addedReads) - Repricer::cost(*price->cacheReadPerMillion, addedReads);
        const Money writeSurcharge = price->cacheWritePerMillion
            ? Repricer::cost(*price->cacheWritePerMillion, addedWrites) - Repricer::cost(inputPrice, addedWrites)
            : Money();
        const Money savings = context.monthly(readSaving - writeSurcharge);
        if (savings < t.minMonthlySavings)
            continue;

        WasteFinding finding = context.usageFinding(WasteFinding::Rule::LowCacheReadShare, u, totals);
        finding.share = totals.cacheRead.ratioTo(inputSide);
        finding.monthlySavings = savings;
        finding.title = tr("Little prompt caching on input-heavy traffic");
        //: %1 project, %2 model, %3 percentage, %4 token count, %5 ratio, %6 percentage, %7 monthly amount
        finding.evidence =
            tr("%1 read %3 of its %4 input-side tokens on %2 from the prompt cache, with %5 times as much input "
               "as output. If %6 were cache reads, it would save about %7 a month, cache writes included.")
                .arg(context.projectLabel(u.project), price->name, context.percent(finding.share),
                     context.tokens(inputSide), context.locale.toString(inputSide.ratioTo(totals.output), 'f', 1),
                     context.percent(t.cacheTargetReadPercent / 100.0), context.money(savings));
        findings.append(std::move(finding));
    }
}

void WasteAnalyzer::inactiveTagKeys(const Context &context, QList<WasteFinding> &findings)
{
    const Input &input = context.input;
    QHash<QString, CostAllocationTagStatus> status;
    for (const CostAllocationTag &tag : input.tagStatus)
        status.insert(tag.tagKey, tag.status);

    // Attribution keys first: the app cannot attribute anything without them.
    QStringList seen = input.seenTagKeys;
    seen.sort();
    QStringList keys;
    QSet<QString> attribution;
    for (const QString &key : {input.projectTagKey, input.teamTagKey}) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
            attribution.insert(key);
        }
    }
    for (const QString &key : std::as_const(seen)) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }

    for (const QString &key : std::as_const(keys)) {
        const auto it = status.constFind(key);
        if (it != status.cend() && *it == CostAllocationTagStatus::Active)
            continue;
        const bool listed = it != status.cend();
        const bool isAttribution = attribution.contains(key);
        WasteFinding finding;
        finding.rule = WasteFinding::Rule::InactiveTagKey;
        finding.tagKey = key;
        finding.windowCost = context.windowTotal;
        finding.amountAtStake = context.windowTotal;
        finding.share = context.windowTotal.isZero() ? 0.0 : 1.0;
        finding.title = tr("Tag key \"%1\" is not active for cost allocation").arg(key);
        const QString amount = context.money(context.windowTotal);
        if (listed && isAttribution) {
            //: %1 tag key, %2 amount
            finding.evidence = tr("Spendscope attributes spend by \"%1\", but it is an inactive cost allocation tag: "
                                  "Cost Explorer cannot split the window's %2 by it. Activate it in the Billing "
                                  "console; activation is not retroactive.")
                                   .arg(key, amount);
        } else if (listed) {
            //: %1 tag key, %2 amount
            finding.evidence = tr("\"%1\" is on projects or usage but is an inactive cost allocation tag: Cost "
                                  "Explorer cannot split the window's %2 by it.")
                                   .arg(key, amount);
        } else if (isAttribution) {
            //: %1 tag key, %2 amount
            finding.evidence = tr("Spendscope attributes spend by \"%1\", but Cost Explorer does not list it as a "
                                  "cost allocation tag, so it cannot split the window's %2 by it. Tag usage with "
                                  "it, then activate it once it appears (about a day later).")
                                   .arg(key, amount);
        } else {
            //: %1 tag key, %2 amount
            finding.evidence = tr("\"%1\" is on projects or usage but Cost Explorer does not list it as a cost "
                                  "allocation tag, so it cannot split the window's %2 by it.")
                                   .arg(key, amount);
        }
        findings.append(std::move(finding));
    }
}

} // namespace Spendscope
