// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/insightanalysisjob.h"

#include <QThreadPool>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

InsightAnalysisJob::InsightAnalysisJob(CostData data, PriceCatalog catalog, QDate today, QObject *parent)
    : Job(parent)
    , m_data(std::move(data))
    , m_catalog(std::move(catalog))
    , m_today(today)
    , m_watcher(this)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &InsightAnalysisJob::onComputed);
}

InsightAnalysisJob::~InsightAnalysisJob() = default;

void InsightAnalysisJob::run()
{
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    // Everything is copied in; the task never touches the job, which may be gone when it ends.
    m_watcher.setFuture(QtConcurrent::run(pool, [data = m_data, catalog = m_catalog, today = m_today] {
        return InsightAnalysis::compute(data, catalog, today);
    }));
}

void InsightAnalysisJob::abort()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.setFuture(QFuture<InsightAnalysis>());
}

void InsightAnalysisJob::onComputed()
{
    if (isFinished())
        return;
    QFuture<InsightAnalysis> future = m_watcher.future();
    if (!future.isValid() || future.isCanceled() || future.resultCount() == 0) {
        emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, QString()));
        return;
    }
    m_analysis = future.takeResult();
    emitResult();
}

} // namespace Spendscope
