// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/insightanalysisjob.h"

#include <QtConcurrentRun>

#include <utility>

namespace Spendscope {

InsightAnalysisJob::InsightAnalysisJob(CostData data, PriceCatalog catalog, QDate today, QObject *parent)
    : ConcurrentJob(parent)
    , m_data(std::move(data))
    , m_catalog(std::move(catalog))
    , m_today(today)
{
}

InsightAnalysisJob::~InsightAnalysisJob() = default;

void InsightAnalysisJob::run()
{
    // Everything is copied in; the task never touches the job, which may be gone when it ends.
    watch(QtConcurrent::run(pool(), [data = m_data, catalog = m_catalog, today = m_today] {
        return InsightAnalysis::compute(data, catalog, today);
    }));
}

} // namespace Spendscope
