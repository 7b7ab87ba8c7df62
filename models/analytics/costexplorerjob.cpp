// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costexplorerjob.h"

#include <QtConcurrentRun>

#include <algorithm>

namespace Spendscope {

CostExplorerJob::CostExplorerJob(std::shared_ptr<const CostCube> cube, CostExplorerQuery::Plan plan, QDate today,
                                 QObject *parent)
    : ConcurrentJob(parent)
    , m_cube(std::move(cube))
    , m_plan(std::move(plan))
    , m_today(today)
{
}

CostExplorerJob::~CostExplorerJob() = default;

CostExplorerJob::Result CostExplorerJob::compute(const CostCube &cube, const CostExplorerQuery::Plan &plan, QDate today)
{
    Result result;
    if (plan.matchesNothing)
        return result;
    result.groups = cube.query(plan.query);
    result.byModel = cube.query(plan.modelQuery());
    result.untaggedDimension = plan.cube == CostExplorerQuery::CubeKind::ByTeam ? CostCube::Dimension::Team
                                                                               : CostCube::Dimension::Project;
    CostCube::Query untagged = plan.query;
    untagged.groupBy.clear();
    untagged.bucket = CostCube::TimeBucket::None;
    QSet<QString> &attributed = untagged.filters[std::size_t(result.untaggedDimension)];
    if (attributed.isEmpty() || attributed.contains(QString())) {
        attributed = {QString()};
        result.untagged = cube.query(untagged).totalCost;
    }

    // History for the forecast reaches back before the range; the trend shows only the range.
    const MonthEndForecaster forecaster;
    const QDate historyStart = today.addDays(1 - forecaster.options().historyDays);
    const std::optional<CostCube::Query> daily = plan.dailyQuery(historyStart);
    if (!daily)
        return result;
    const CostCube::Result days = cube.query(*daily);
    const QDate last = std::min(daily->end, today.addDays(1));
    for (QDate day = daily->start; day < last; day = day.addDays(1))
        result.daily.insert(day, Money());
    for (const CostCube::ResultRow &row : days.rows) {
        if (row.bucketStart < last)
            result.daily[row.bucketStart] = row.cost;
    }
    const QDate trendStart = std::max(plan.start, plan.firstDailyDay);
    if (trendStart < last)
        result.trendStart = trendStart;
    // A forecast of the current month only makes sense when the range reaches today and the
    // month is held in days.
    const QDate month(today.year(), today.month(), 1);
    if (plan.start <= today && today < plan.end && plan.firstDailyDay.isValid() && plan.firstDailyDay <= month
        && !result.daily.isEmpty())
        result.forecast = forecaster.forecast(result.daily, today);
    return result;
}

void CostExplorerJob::run()
{
    if (!m_cube) {
        emitResult(AwsError::invalidInput(tr("There is no cost data to query.")));
        return;
    }
    watch(QtConcurrent::run(pool(), [cube = m_cube, plan = m_plan, today = m_today] {
        return compute(*cube, plan, today);
    }));
}

} // namespace Spendscope
