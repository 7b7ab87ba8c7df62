// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/overviewsummary.h"
#include "aws/concurrentjob.h"

namespace Spendscope {

// Computes an OverviewSummary on a worker thread and reports on the thread that owns the job, so
// that the Overview never scans the cubes on the GUI thread. The task gets its own copy of the
// cost data (the cubes are shared and immutable), so cancel() and deleting the job are safe at
// any time; a cancelled computation runs to its end and its result is dropped.
class OverviewSummaryJob final : public ConcurrentJob<OverviewSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSummaryJob)
public:
    OverviewSummaryJob(CostData data, QDate today, QObject *parent = nullptr);
    ~OverviewSummaryJob() override;

    [[nodiscard]] QDate today() const { return m_today; }
    // Valid after a successful finish; the same as result().
    [[nodiscard]] const OverviewSummary &summary() const { return result(); }

protected:
    void run() override;

private:
    CostData m_data;
    QDate m_today;
};

} // namespace Spendscope
