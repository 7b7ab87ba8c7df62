// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/insightanalysis.h"
#include "aws/job.h"
#include "domain/pricecatalog.h"

#include <QFutureWatcher>

class QThreadPool;

namespace Spendscope {

// Runs InsightAnalysis::compute() (waste rules, anomalies, forecasts) on a worker thread and
// reports on the thread that owns the job. The task owns copies of the cost data (shared,
// immutable cubes) and of the price catalog (the workspace's changes with price overrides), so
// cancel() and deleting the job are safe at any time.
class InsightAnalysisJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightAnalysisJob)
public:
    InsightAnalysisJob(CostData data, PriceCatalog catalog, QDate today, QObject *parent = nullptr);
    ~InsightAnalysisJob() override;

    // nullptr (the default) is QThreadPool::globalInstance(); set it before start().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    // Valid after a successful finish.
    [[nodiscard]] const InsightAnalysis &analysis() const { return m_analysis; }

protected:
    void run() override;
    void abort() override;

private:
    void onComputed();

    CostData m_data;
    PriceCatalog m_catalog;
    QDate m_today;
    InsightAnalysis m_analysis;
    QThreadPool *m_pool = nullptr;
    QFutureWatcher<InsightAnalysis> m_watcher;
};

} // namespace Spendscope
