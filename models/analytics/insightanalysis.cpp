// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/insightanalysis.h"

#include "analytics/wasteanalyzer.h"

#include <QSet>

#include <algorithm>

namespace Spendscope {

std::optional<Money> InsightAnalysis::forecastOf(CostInsights::EntityKind kind, const QString &entity) const
{
    const QHash<QString, Money> &forecasts = kind == CostInsights::EntityKind::Team ? teamForecasts : projectForecasts;
    const auto it = forecasts.constFind(entity);
    return it == forecasts.cend() ? std::nullopt : std::optional<Money>(*it);
}

InsightAnalysis InsightAnalysis::compute(const CostData &data, const PriceCatalog &catalog, QDate today)
{
    InsightAnalysis analysis;
    analysis.currency = catalog.currency().isEmpty() ? analysis.currency : catalog.currency();
    analysis.projectTagKey = data.projectTagKey.isEmpty() ? QStringLiteral("Project") : data.projectTagKey;
    analysis.teamTagKey = data.teamTagKey.isEmpty() ? QStringLiteral("Team") : data.teamTagKey;
    if (!today.isValid() || !data.firstDailyDay.isValid() || !data.byProject || !data.byTeam
        || data.firstDailyDay > today)
        return analysis;
    analysis.windowStart = std::max(data.firstDailyDay, today.addDays(1 - WindowDays));
    analysis.windowEnd = today.addDays(1);

    // The keys on projects count as "seen", so an inactive key that projects carry is reported.
    QSet<QString> seen;
    for (const Project &project : data.projects) {
        for (auto it = project.tags().begin(); it != project.tags().end(); ++it)
            seen.insert(it.key());
    }
    QStringList seenKeys(seen.cbegin(), seen.cend());
    seenKeys.sort();
    analysis.findings = WasteAnalyzer::analyze({
        .projectCube = *data.byProject,
        .periodStart = analysis.windowStart,
        .periodEnd = analysis.windowEnd,
        .tagStatus = data.costAllocationTags,
        .projectTagKey = analysis.projectTagKey,
        .teamTagKey = analysis.teamTagKey,
        .seenTagKeys = seenKeys,
        .catalog = catalog,
        .teamCube = data.byTeam.get(),
    });
    analysis.totalMonthlySavings = WasteAnalyzer::totalMonthlySavings(analysis.findings);
    analysis.anomalies = CostInsights::anomalies(data, analysis.windowStart, today);
    CostCube::Query owners;
    owners.groupBy = {CostCube::Dimension::Project, CostCube::Dimension::Team};
    owners.start = analysis.windowStart;
    owners.end = analysis.windowEnd;
    QHash<QString, Money> ownerCost;
    for (const CostCube::ResultRow &row : data.byProject->query(owners).rows) {
        const QString &project = row.keys.at(0);
        const auto it = ownerCost.constFind(project);
        if (it == ownerCost.cend() || row.cost > *it) {
            ownerCost.insert(project, row.cost);
            analysis.teamOfProject.insert(project, row.keys.at(1));
        }
    }
    for (const CostInsights::EntityForecast &forecast : CostInsights::forecasts(data, today)) {
        QHash<QString, Money> &into =
            forecast.kind == CostInsights::EntityKind::Team ? analysis.teamForecasts : analysis.projectForecasts;
        into.insert(forecast.entity, forecast.forecast.expectedTotal);
    }
    return analysis;
}

} // namespace Spendscope
