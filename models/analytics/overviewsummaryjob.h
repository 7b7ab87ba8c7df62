// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/overviewsummary.h"
#include "aws/job.h"

#include <QFutureWatcher>

class QThreadPool;

namespace Spendscope {

// Computes an OverviewSummary on a worker thread and reports on the thread that owns the job, so
// that the Overview never scans the cubes on the GUI thread. The task gets its own copy of the
// cost data (the cubes are shared and immutable), so cancel() and deleting the job are safe at
// any time; a cancelled computation runs to its end and its result is dropped.
class OverviewSummaryJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSummaryJob)
public:
    OverviewSummaryJob(CostData data, QDate today, QObject *parent = nullptr);
    ~OverviewSummaryJob() override;

    // nullptr (the default) is QThreadPool::globalInstance(); set it before start().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    [[nodiscard]] QDate today() const { return m_today; }
    // Valid after a successful finish.
    [[nodiscard]] const OverviewSummary &summary() const { return m_summary; }

protected:
    void run() override;
    void abort() override;

private:
    void onComputed();

    CostData m_data;
    QDate m_today;
    OverviewSummary m_summary;
    QThreadPool *m_pool = nullptr;
    QFutureWatcher<OverviewSummary> m_watcher;
};

} // namespace Spendscope
