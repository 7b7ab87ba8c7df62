// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/insightanalysis.h"
#include "aws/concurrentjob.h"
#include "domain/pricecatalog.h"

namespace Spendscope {

// Runs InsightAnalysis::compute() (waste rules, anomalies, forecasts) on a worker thread and
// reports on the thread that owns the job. The task owns copies of the cost data (shared,
// immutable cubes) and of the price catalog (the workspace's changes with price overrides), so
// cancel() and deleting the job are safe at any time.
class InsightAnalysisJob final : public ConcurrentJob<InsightAnalysis>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightAnalysisJob)
public:
    InsightAnalysisJob(CostData data, PriceCatalog catalog, QDate today, QObject *parent = nullptr);
    ~InsightAnalysisJob() override;

    // Valid after a successful finish; the same as result().
    [[nodiscard]] const InsightAnalysis &analysis() const { return result(); }

protected:
    void run() override;

private:
    CostData m_data;
    PriceCatalog m_catalog;
    QDate m_today;
};

} // namespace Spendscope
