// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/costinsights.h"
#include "analytics/wastefinding.h"
#include "domain/money.h"
#include "domain/pricecatalog.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace Spendscope {

// What the Insights page lists, computed in one go from the loaded cost data and the price
// catalog for the WindowDays days ending `today`:
//  - WasteAnalyzer's findings over [today − WindowDays + 1, today] (30 days, so a finding's monthly
//    figures are its window figures), both cubes given, so untagged team spend is found too;
//  - CostInsights' anomalies (teams and projects) on the days of the same window;
//  - every team's and project's month-end forecast, to suggest a budget limit.
// The window never starts before CostData::firstDailyDay: months before it hold one row a month.
// compute() is pure and reads only immutable data and its own catalog copy, so it is safe on a
// worker thread (InsightAnalysisJob).
struct InsightAnalysis
{
    static constexpr int WindowDays = 30;

    QDate windowStart; // inclusive; invalid: nothing was analysed
    QDate windowEnd;   // exclusive
    QString currency = QStringLiteral("USD");
    QString projectTagKey; // the attribution keys the findings were computed with
    QString teamTagKey;
    QList<WasteFinding> findings;
    QList<CostInsights::EntityAnomaly> anomalies;
    Money totalMonthlySavings; // WasteAnalyzer::totalMonthlySavings: alternatives counted once

    // Each project's owner team in the window (the team carrying most of its spend), from the
    // project cube, to name the team of a project's anomaly.
    QHash<QString, QString> teamOfProject;
    // Expected month-end totals by entity (teams and projects; empty = untagged).
    QHash<QString, Money> teamForecasts;
    QHash<QString, Money> projectForecasts;
    [[nodiscard]] std::optional<Money> forecastOf(CostInsights::EntityKind kind, const QString &entity) const;

    [[nodiscard]] static InsightAnalysis compute(const CostData &data, const PriceCatalog &catalog, QDate today);
};

} // namespace Spendscope
