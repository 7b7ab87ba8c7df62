// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/overviewsummaryjob.h"

#include <QThreadPool>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

OverviewSummaryJob::OverviewSummaryJob(CostData data, QDate today, QObject *parent)
    : Job(parent)
    , m_data(std::move(data))
    , m_today(today)
    , m_watcher(this) // a child, so that moveToThread() takes it along
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OverviewSummaryJob::onComputed);
}

OverviewSummaryJob::~OverviewSummaryJob() = default;

void OverviewSummaryJob::run()
{
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    // Captured by value: the task never reaches back into the job, which may be gone by then.
    m_watcher.setFuture(QtConcurrent::run(pool, [data = m_data, today = m_today] {
        return OverviewSummary::compute(data, today);
    }));
}

void OverviewSummaryJob::abort()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.setFuture(QFuture<OverviewSummary>());
}

void OverviewSummaryJob::onComputed()
{
    if (isFinished())
        return;
    QFuture<OverviewSummary> future = m_watcher.future();
    if (!future.isValid() || future.isCanceled() || future.resultCount() == 0) {
        emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, QString()));
        return;
    }
    m_summary = future.takeResult();
    emitResult();
}

} // namespace Spendscope
