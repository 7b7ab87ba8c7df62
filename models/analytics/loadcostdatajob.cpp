// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/loadcostdatajob.h"

#include "analytics/costdataloader.h"
#include "store/costcache.h"

#include <QThreadPool>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

LoadCostDataJob::LoadCostDataJob(QString cacheFile, SyncSettings settings, PriceCatalog catalog, QObject *parent)
    : Job(parent)
    , m_cacheFile(std::move(cacheFile))
    , m_settings(std::move(settings))
    , m_catalog(std::move(catalog))
    , m_watcher(this)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LoadCostDataJob::onLoaded);
}

LoadCostDataJob::~LoadCostDataJob() = default;

CostData LoadCostDataJob::takeData()
{
    return std::exchange(m_data, {});
}

void LoadCostDataJob::run()
{
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    // Everything the task needs is copied in; it never touches the job, which may be gone.
    m_watcher.setFuture(QtConcurrent::run(pool, [file = m_cacheFile, settings = m_settings, catalog = m_catalog] {
        Outcome outcome;
        CostCache cache; // this thread's own connection, closed when the task ends
        const CostCache::OpenResult opened = cache.open(file);
        if (!opened.ok) {
            outcome.error = opened.error;
            return outcome;
        }
        outcome.notice = opened.notice;
        outcome.data = CostDataLoader::load(cache, settings, catalog, &outcome.error);
        return outcome;
    }));
}

void LoadCostDataJob::abort()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.setFuture(QFuture<Outcome>());
}

void LoadCostDataJob::onLoaded()
{
    if (isFinished())
        return;
    QFuture<Outcome> future = m_watcher.future();
    if (!future.isValid() || future.resultCount() == 0) {
        emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, QString()));
        return;
    }
    Outcome outcome = future.takeResult();
    m_notice = outcome.notice;
    if (!outcome.data) {
        emitResult(AwsError(AwsError::Kind::LocalStorage, u"CacheReadFailed"_s, outcome.error));
        return;
    }
    m_data = std::move(*outcome.data);
    emitResult();
}

} // namespace Spendscope
