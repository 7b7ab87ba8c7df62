// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/loadcostdatajob.h"

#include "analytics/costdataloader.h"
#include "store/costcache.h"

#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

LoadCostDataJob::LoadCostDataJob(QString cacheFile, SyncSettings settings, PriceCatalog catalog, QObject *parent)
    : ConcurrentJob(parent)
    , m_cacheFile(std::move(cacheFile))
    , m_settings(std::move(settings))
    , m_catalog(std::move(catalog))
{
}

LoadCostDataJob::~LoadCostDataJob() = default;

CostData LoadCostDataJob::takeData()
{
    return std::exchange(m_data, {});
}

void LoadCostDataJob::run()
{
    // Everything the task needs is copied in; it never touches the job, which may be gone.
    watch(QtConcurrent::run(pool(), [file = m_cacheFile, settings = m_settings, catalog = m_catalog] {
        CostDataLoad outcome;
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

void LoadCostDataJob::complete(CostDataLoad &&outcome)
{
    m_notice = outcome.notice;
    if (!outcome.data) {
        emitResult(AwsError(AwsError::Kind::LocalStorage, u"CacheReadFailed"_s, outcome.error));
        return;
    }
    m_data = std::move(*outcome.data);
    emitResult();
}

} // namespace Spendscope
