// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/anomalydetector.h"
#include "analytics/costdata.h"
#include "analytics/monthendforecaster.h"
#include "api/costexplorertypes.h"

#include <QCoreApplication>

#include <optional>

namespace Spendscope {

// Forecasts and anomalies per team and per project from the loaded cost data: team figures from
// the team cube (what AWS billed to each team tag), project figures from the project cube; daily
// data only, so the series start at CostData::firstDailyDay. Anomalies name the model that drove
// them. Pure functions; safe on a worker thread (the cubes are immutable).
class CostInsights final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostInsights)
public:
    enum class EntityKind { Team, Project };

    struct EntityForecast
    {
        EntityKind kind = EntityKind::Team;
        QString entity; // the tag value; empty = untagged
        MonthEndForecaster::Forecast forecast;
    };

    struct EntityAnomaly
    {
        EntityKind kind = EntityKind::Team;
        AnomalyDetector::Anomaly anomaly;
    };

    // Day → cost per value of `dimension` over [from, to), with every day of the range present
    // (zero when nothing was spent), so that series have no holes.
    [[nodiscard]] static QMap<QString, QMap<QDate, Money>> dailyByEntity(const CostCube &cube, CostCube::Dimension dimension,
                                                                       QDate from, QDate to);

    // Every team and project, sorted by expected month total, largest first.
    [[nodiscard]] static QList<EntityForecast> forecasts(const CostData &data, QDate today,
                                                         const MonthEndForecaster::Options &options = {});

    // Anomalies in [from, to] (inclusive) with the model that drove each, teams first, by day.
    [[nodiscard]] static QList<EntityAnomaly> anomalies(const CostData &data, QDate from, QDate to,
                                                        const AnomalyDetector::Options &options = {});

    // Cost Explorer's own forecast of the rest of today's month for one tag value, to show next
    // to ours (GetCostForecast, USD 0.01): nullopt on the month's last day, when nothing remains.
    [[nodiscard]] static std::optional<GetCostForecastRequest>
    costExplorerForecastRequest(const QStringList &services, const QString &tagKey, const QString &tagValue,
                                QDate today, int intervalLevel = 80);
    // Our ExternalForecast from Cost Explorer's answer.
    [[nodiscard]] static std::optional<MonthEndForecaster::ExternalForecast>
    externalForecast(const GetCostForecastResult &result);
};

} // namespace Spendscope
