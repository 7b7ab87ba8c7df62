// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costexplorerquery.h"
#include "analytics/monthendforecaster.h"
#include "aws/concurrentjob.h"

#include <QMap>

#include <memory>
#include <optional>

namespace Spendscope {

// What a CostExplorerJob computes (CostExplorerJob::Result).
struct CostExplorerResult
{
    CostCube::Result groups;  // Plan::query
    CostCube::Result byModel; // Plan::modelQuery()
    // Day → cost of the selection, every day present (zero when nothing was spent), from
    // the forecast history's start to the range's end or `today`, whichever comes first.
    QMap<QDate, Money> daily;
    QDate trendStart; // the first day of the range with daily data; invalid: none
    std::optional<MonthEndForecaster::Forecast> forecast;
    // Spend without the attribution tag of the plan's cube (team tag for ByTeam, project tag
    // for ByProject) within the selection, so the unattributed share is always visible.
    CostCube::Dimension untaggedDimension = CostCube::Dimension::Team;
    Money untagged;
};

// Everything the Costs page shows for one plan, computed on a worker thread: the grouped query,
// the per-model breakdown, the selection's daily cost and, when the range reaches `today`, the
// month-end forecast of the selection. Same shape and guarantees as CubeQueryJob: the task owns
// its cube reference and its copy of the plan, so cancelling or deleting the job is safe at any
// time and a dropped result is simply released.
class CostExplorerJob final : public ConcurrentJob<CostExplorerResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostExplorerJob)
public:
    using Result = CostExplorerResult;

    // `today` is the last complete day (CostData::lastDay).
    CostExplorerJob(std::shared_ptr<const CostCube> cube, CostExplorerQuery::Plan plan, QDate today,
                    QObject *parent = nullptr);
    ~CostExplorerJob() override;

    [[nodiscard]] const CostExplorerQuery::Plan &plan() const { return m_plan; }

    // The work itself, synchronous; what the worker runs.
    [[nodiscard]] static Result compute(const CostCube &cube, const CostExplorerQuery::Plan &plan, QDate today);

protected:
    void run() override;

private:
    std::shared_ptr<const CostCube> m_cube;
    CostExplorerQuery::Plan m_plan;
    QDate m_today;
};

} // namespace Spendscope
