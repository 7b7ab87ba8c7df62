// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/overviewsummaryjob.h"

#include <QtConcurrentRun>

#include <utility>

namespace Spendscope {

OverviewSummaryJob::OverviewSummaryJob(CostData data, QDate today, QObject *parent)
    : ConcurrentJob(parent)
    , m_data(std::move(data))
    , m_today(today)
{
}

OverviewSummaryJob::~OverviewSummaryJob() = default;

void OverviewSummaryJob::run()
{
    // Captured by value: the task never reaches back into the job, which may be gone by then.
    watch(QtConcurrent::run(pool(), [data = m_data, today = m_today] { return OverviewSummary::compute(data, today); }));
}

} // namespace Spendscope
