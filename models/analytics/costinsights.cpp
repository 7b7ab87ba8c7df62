// SPDX-License-Identifier: GPL-3.0-or-later
#include "costinsights.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

QMap<QString, QMap<QDate, Money>> CostInsights::dailyByEntity(const CostCube &cube, CostCube::Dimension dimension,
                                                              QDate from, QDate to)
{
    CostCube::Query query;
    query.groupBy = {dimension};
    query.bucket = CostCube::TimeBucket::Day;
    query.start = from;
    query.end = to;
    QMap<QString, QMap<QDate, Money>> series;
    for (const CostCube::ResultRow &row : cube.query(query).rows)
        series[row.keys.constFirst()][row.bucketStart] += row.cost;
    for (auto it = series.begin(); it != series.end(); ++it) {
        for (QDate day = from; day < to; day = day.addDays(1)) {
            if (!it->contains(day))
                it->insert(day, Money());
        }
    }
    return series;
}

QList<CostInsights::EntityForecast> CostInsights::forecasts(const CostData &data, QDate today,
                                                            const MonthEndForecaster::Options &options)
{
    QList<EntityForecast> result;
    if (!data.firstDailyDay.isValid() || !today.isValid())
        return result;
    const MonthEndForecaster forecaster(options);
    const std::pair<EntityKind, const CostCube *> cubes[] = {
        {EntityKind::Team, data.byTeam.get()}, {EntityKind::Project, data.byProject.get()}};
    for (const auto &[kind, cube] : cubes) {
        const CostCube::Dimension dimension =
            kind == EntityKind::Team ? CostCube::Dimension::Team : CostCube::Dimension::Project;
        const auto series = dailyByEntity(*cube, dimension, data.firstDailyDay, today.addDays(1));
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            result.append(EntityForecast{kind, it.key(), forecaster.forecast(it.value(), today)});
    }
    std::stable_sort(result.begin(), result.end(), [](const EntityForecast &a, const EntityForecast &b) {
        return b.forecast.expectedTotal < a.forecast.expectedTotal;
    });
    return result;
}

QList<CostInsights::EntityAnomaly> CostInsights::anomalies(const CostData &data, QDate from, QDate to,
                                                           const AnomalyDetector::Options &options)
{
    QList<EntityAnomaly> result;
    if (!data.firstDailyDay.isValid() || !to.isValid())
        return result;
    const AnomalyDetector detector(options);
    const std::pair<EntityKind, const CostCube *> cubes[] = {
        {EntityKind::Team, data.byTeam.get()}, {EntityKind::Project, data.byProject.get()}};
    for (const auto &[kind, cube] : cubes) {
        const CostCube::Dimension dimension =
            kind == EntityKind::Team ? CostCube::Dimension::Team : CostCube::Dimension::Project;
        // The drivers: each entity's cost per model and day, in one pass over the cube.
        CostCube::Query query;
        query.groupBy = {dimension, CostCube::Dimension::Model};
        query.bucket = CostCube::TimeBucket::Day;
        query.start = data.firstDailyDay;
        query.end = to.addDays(1);
        QMap<QString, AnomalyDetector::EntitySeries> series;
        for (const CostCube::ResultRow &row : cube->query(query).rows) {
            AnomalyDetector::EntitySeries &s = series[row.keys.at(0)];
            s.entity = row.keys.at(0);
            s.daily[row.bucketStart] += row.cost;
            s.drivers[row.keys.at(1)][row.bucketStart] += row.cost;
        }
        for (const AnomalyDetector::EntitySeries &s : std::as_const(series)) {
            for (const AnomalyDetector::Anomaly &anomaly : detector.detect(s, from, to))
                result.append(EntityAnomaly{kind, anomaly});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const EntityAnomaly &a, const EntityAnomaly &b) {
        return a.kind != b.kind ? a.kind == EntityKind::Team : a.anomaly.day < b.anomaly.day;
    });
    return result;
}

std::optional<GetCostForecastRequest> CostInsights::costExplorerForecastRequest(const QStringList &services,
                                                                                const QString &tagKey,
                                                                                const QString &tagValue, QDate today,
                                                                                int intervalLevel)
{
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    const QDate tomorrow = today.addDays(1);
    if (tomorrow >= nextMonth)
        return std::nullopt;
    GetCostForecastRequest request;
    request.timePeriod = DateInterval::fromDates(tomorrow, nextMonth);
    request.metric = ForecastMetric::UnblendedCost;
    request.granularity = Granularity::Monthly;
    request.predictionIntervalLevel = intervalLevel;
    // An empty value is the untagged spend: Cost Explorer's "absent" match for the key.
    const CostExpression tag = tagValue.isEmpty()
        ? CostExpression::tag(tagKey, {}, {CostExpression::MatchOption::Absent})
        : CostExpression::tag(tagKey, {tagValue});
    request.filter = CostExpression::allOf({CostExpression::dimension(u"SERVICE"_s, services), tag});
    return request;
}

std::optional<MonthEndForecaster::ExternalForecast> CostInsights::externalForecast(const GetCostForecastResult &result)
{
    MonthEndForecaster::ExternalForecast forecast;
    if (result.total) {
        forecast.mean = result.total->amount;
    } else if (!result.forecastResultsByTime.isEmpty()) {
        for (const ForecastResult &period : result.forecastResultsByTime)
            forecast.mean += period.meanValue.value_or(Money());
    } else {
        return std::nullopt;
    }
    if (result.forecastResultsByTime.size() == 1) {
        forecast.lower = result.forecastResultsByTime.constFirst().lowerBound;
        forecast.upper = result.forecastResultsByTime.constFirst().upperBound;
    }
    return forecast;
}

} // namespace Spendscope
