// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjob.h"

#include "aws/awstransport.h"
#include "aws/logging.h"
#include "store/cachedocuments.h"
#include "store/costcache.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

const QString CostMetric = u"UnblendedCost"_s;
const QString QuantityMetric = u"UsageQuantity"_s;

Granularity requestGranularity(CostCache::Granularity granularity)
{
    return granularity == CostCache::Granularity::Daily ? Granularity::Daily : Granularity::Monthly;
}

// "Project$checkout" → "checkout"; "Project$" (untagged) → "". Cost Explorer prefixes the key;
// anything after the first '$' is the value, which may itself contain '$'.
QString tagValue(const QString &groupKey)
{
    const qsizetype dollar = groupKey.indexOf(u'$');
    return dollar < 0 ? groupKey : groupKey.mid(dollar + 1);
}

} // namespace

SyncJob::SyncJob(AwsTransport *transport, const EndpointConfig &config, CostCache *cache, SyncSettings settings,
                 QObject *parent)
    : Job(parent)
    , m_transport(transport)
    , m_cache(cache)
    , m_settings(std::move(settings))
    , m_costExplorer(transport, config)
    , m_mantle(transport, config)
    , m_budgets(transport, config)
    , m_sts(transport, config)
{
}

SyncJob::~SyncJob()
{
    if (m_current)
        m_current->disconnect(this);
}

template<typename Result>
void SyncJob::await(ApiJob<Result> *job, std::function<void(Result &&)> onSuccess, const QString &warningContext,
                    std::function<void()> onFailure)
{
    m_current = job;
    connect(job, &Job::finished, this, [this, job, onSuccess = std::move(onSuccess), warningContext,
                                        onFailure = std::move(onFailure)] {
        m_current = nullptr;
        if (isFinished())
            return;
        if (!job->hasError()) {
            onSuccess(job->takeResult());
        } else if (onFailure) {
            //: %1 says what was not refreshed, %2 is the reason
            m_report.warnings.append(tr("%1: %2").arg(warningContext, job->errorString()));
            onFailure();
        } else {
            fail(job->error());
        }
    });
    job->start();
}

void SyncJob::run()
{
    m_timer.start();
    m_startedAt = m_transport->now().toUTC();
    m_costExplorerBefore = m_transport->requestCount(u"ce"_s);
    m_totalBefore = m_transport->totalRequestCount();
    if (const QString problem = m_settings.validate(); !problem.isEmpty()) {
        fail(AwsError::invalidInput(problem));
        return;
    }
    if (!m_cache || !m_cache->isOpen()) {
        failStorage(tr("The cost cache is not open."));
        return;
    }
    if (!m_today.isValid())
        m_today = m_startedAt.date();
    m_window = SyncPlanner::window(m_today, m_settings);
    m_report.window = m_window;
    discoverServices();
}

void SyncJob::abort()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void SyncJob::fail(const AwsError &error)
{
    m_report.elapsedMs = m_timer.elapsed();
    m_report.costExplorerRequests = m_transport->requestCount(u"ce"_s) - m_costExplorerBefore;
    m_report.otherRequests = m_transport->totalRequestCount() - m_totalBefore - m_report.costExplorerRequests;
    m_report.apiCost = PricePerRequest.multipliedBy(m_report.costExplorerRequests, 1);
    // Requests cost money even when the sync fails, so they are logged all the same.
    if (m_cache && m_cache->isOpen()) {
        (void)m_cache->recordSync(CostCache::SyncRecord{m_startedAt, QDateTime(), m_report.costExplorerRequests,
                                                        m_report.apiCost});
    }
    emitResult(error);
}

void SyncJob::failStorage(const QString &detail)
{
    fail(AwsError(AwsError::Kind::LocalStorage, u"CacheWriteFailed"_s, detail));
}

CostExpression SyncJob::serviceFilter() const
{
    return CostExpression::dimension(u"SERVICE"_s, m_report.services);
}

void SyncJob::discoverServices()
{
    Q_EMIT stepChanged(tr("Finding the Bedrock services billed to the account…"));
    GetDimensionValuesRequest request;
    request.timePeriod = DateInterval::fromDates(m_window.historyStart, m_window.end);
    request.dimension = u"SERVICE"_s;
    request.searchString = m_settings.serviceSearch;
    request.context = DimensionContext::CostAndUsage;
    await<GetDimensionValuesResult>(m_costExplorer.getDimensionValues(request), [this](GetDimensionValuesResult &&result) {
        QStringList services;
        for (const DimensionValueWithAttributes &value : std::as_const(result.dimensionValues)) {
            if (!value.value.isEmpty())
                services.append(value.value);
        }
        services.sort();
        services.removeDuplicates();
        m_report.services = services;

        // Stored costs were filtered on the old list; with another list none of them applies.
        if (const std::optional<CostCache::Document> stored = m_cache->document(CacheDocuments::Services.toString())) {
            const std::optional<QStringList> previous = CacheDocuments::services(stored->body);
            if (!previous || *previous != services) {
                if (!m_cache->clearCosts()) {
                    failStorage(m_cache->lastError());
                    return;
                }
                m_report.warnings.append(tr("The Bedrock services billed to the account changed; all costs are fetched again."));
            }
        }
        if (!m_cache->storeDocument(CacheDocuments::Services.toString(), CacheDocuments::fromServices(services),
                                    m_transport->now())) {
            failStorage(m_cache->lastError());
            return;
        }
        if (services.isEmpty())
            m_report.warnings.append(tr("No Bedrock service has costs in this period."));
        fetchTagStatus();
    });
}

void SyncJob::fetchTagStatus()
{
    Q_EMIT stepChanged(tr("Reading the cost allocation tags…"));
    await<ListCostAllocationTagsResult>(m_costExplorer.listCostAllocationTags(),
                                        [this](ListCostAllocationTagsResult &&result) {
        if (!m_cache->storeDocument(CacheDocuments::CostAllocationTags.toString(), CacheDocuments::fromTags(result.tags),
                                    m_transport->now())) {
            failStorage(m_cache->lastError());
            return;
        }
        for (const QString &key : {m_settings.projectTagKey, m_settings.teamTagKey}) {
            const auto it = std::find_if(result.tags.cbegin(), result.tags.cend(),
                                         [&key](const CostAllocationTag &tag) { return tag.tagKey == key; });
            if (it == result.tags.cend() || it->status != CostAllocationTagStatus::Active) {
                //: %1 is a tag key such as "Project"
                m_report.warnings.append(tr("The tag key \"%1\" is not an active cost allocation tag: its spend shows as untagged.").arg(key));
            }
        }
        if (m_report.services.isEmpty())
            fetchProjects();
        else
            probeEstimated();
    });
}

void SyncJob::probeEstimated()
{
    const QList<CostCache::Period> estimated = SyncPlanner::estimated(m_window, m_settings, m_cache->periods());
    if (estimated.isEmpty()) {
        planFetches({});
        return;
    }
    QDate first = estimated.first().start;
    QDate last = first;
    for (const CostCache::Period &period : estimated) {
        first = std::min(first, period.start);
        last = std::max(last, period.start);
    }
    Q_EMIT stepChanged(tr("Checking the days whose bill is not final yet…"));
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(first, last.addDays(1));
    request.granularity = Granularity::Daily;
    request.metrics = {CostMetric, QuantityMetric};
    request.filter = serviceFilter();
    await<GetCostAndUsageResult>(m_costExplorer.getCostAndUsage(request), [this, estimated, first,
                                                                           last](GetCostAndUsageResult &&result) {
        struct Day
        {
            CostCache::Totals totals;
            bool estimated = true;
        };
        QHash<QDate, Day> days;
        for (const CostResultByTime &period : std::as_const(result.resultsByTime)) {
            const QDate start = QDate::fromString(period.timePeriod.start, Qt::ISODate);
            if (!start.isValid())
                continue; // an unreadable period is refetched below, never trusted
            Money cost;
            Money quantity;
            if (period.groups.isEmpty()) {
                cost = period.total.value(CostMetric).amount;
                quantity = period.total.value(QuantityMetric).amount;
            } else {
                for (const CostGroup &group : period.groups) {
                    cost += group.metrics.value(CostMetric).amount;
                    quantity += group.metrics.value(QuantityMetric).amount;
                }
            }
            days.insert(start, Day{CostCache::Totals{cost, quantity}, period.estimated});
        }

        QHash<QString, QMap<QDate, CostCache::Totals>> stored;
        for (const QString &grouping : {m_settings.projectGrouping(), m_settings.teamGrouping()})
            stored.insert(grouping, m_cache->dailyTotals(grouping, first, last.addDays(1)));

        QList<qint64> finalIds;
        QHash<QString, QList<QDate>> changed;
        for (const CostCache::Period &period : estimated) {
            const auto day = days.constFind(period.start);
            const auto totals = stored.value(period.grouping).constFind(period.start);
            if (day != days.cend() && totals != stored.value(period.grouping).cend() && day->totals == *totals) {
                ++m_report.periodsConfirmed;
                if (!day->estimated)
                    finalIds.append(period.id);
            } else {
                changed[period.grouping].append(period.start);
            }
        }
        if (!finalIds.isEmpty()) {
            if (!m_cache->markFinal(finalIds)) {
                failStorage(m_cache->lastError());
                return;
            }
            m_report.periodsFinalised += int(finalIds.size());
        }
        QList<FetchTask> refetch;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            const QString key = it.key() == m_settings.projectGrouping() ? m_settings.projectTagKey
                                                                         : m_settings.teamTagKey;
            refetch.append(SyncPlanner::dailyTasks(it.key(), key, it.value(), m_settings.dailyChunkDays));
        }
        planFetches(refetch);
    });
}

void SyncJob::planFetches(const QList<FetchTask> &refetch)
{
    m_tasks = SyncPlanner::missing(m_window, m_settings, m_cache->periods());
    m_tasks.append(refetch);
    m_tasksTotal = m_tasks.size();
    fetchNext();
}

void SyncJob::fetchNext()
{
    Q_EMIT progress(this, m_tasksTotal - m_tasks.size(), m_tasksTotal);
    if (m_tasks.isEmpty()) {
        fetchProjects();
        return;
    }
    const FetchTask task = m_tasks.takeFirst();
    //: %1 and %2 are dates, %3 a tag key
    Q_EMIT stepChanged(tr("Fetching costs from %1 to %2 by %3…")
                           .arg(task.start.toString(Qt::ISODate), task.end.addDays(-1).toString(Qt::ISODate), task.tagKey));
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(task.start, task.end);
    request.granularity = requestGranularity(task.granularity);
    request.metrics = {CostMetric, QuantityMetric};
    request.filter = serviceFilter();
    request.groupBy = {{GroupType::Tag, task.tagKey}, {GroupType::Dimension, u"USAGE_TYPE"_s}};
    await<GetCostAndUsageResult>(m_costExplorer.getCostAndUsage(request), [this, task](GetCostAndUsageResult &&result) {
        m_storing = task;
        m_answer = std::move(result.resultsByTime);
        m_nextPeriod = 0;
        storeNextPeriod();
    });
}

void SyncJob::storeNextPeriod()
{
    if (isFinished())
        return;
    if (m_nextPeriod >= m_answer.size()) {
        m_answer.clear();
        fetchNext();
        return;
    }
    const FetchTask &task = m_storing;
    const CostResultByTime &answer = m_answer.at(m_nextPeriod++);
    CostCache::Period period;
    period.granularity = task.granularity;
    period.start = QDate::fromString(answer.timePeriod.start, Qt::ISODate);
    period.end = QDate::fromString(answer.timePeriod.end, Qt::ISODate);
    period.grouping = task.grouping;
    period.estimated = answer.estimated;
    period.fetchedAt = m_transport->now();
    if (!period.start.isValid() || !period.end.isValid() || period.start < task.start || period.end > task.end
        || period.end <= period.start) {
        fail(AwsError::malformed(tr("Cost Explorer answered with the period %1 to %2, outside the request.")
                                     .arg(answer.timePeriod.start.left(40), answer.timePeriod.end.left(40))));
        return;
    }
    // Keyed by (tag value, usage type); a pair sent twice (e.g. across pages) is summed rather
    // than stored twice.
    QList<CostCache::Row> rows;
    rows.reserve(answer.groups.size());
    QHash<std::pair<QString, QString>, qsizetype> index;
    for (const CostGroup &group : answer.groups) {
        if (group.keys.size() != 2 || group.keys.at(1).isEmpty()) {
            fail(AwsError::malformed(tr("A cost group of %1 does not have a tag and a usage type.")
                                         .arg(answer.timePeriod.start.left(40))));
            return;
        }
        const MetricValue cost = group.metrics.value(CostMetric);
        const MetricValue quantity = group.metrics.value(QuantityMetric);
        const std::pair<QString, QString> key{tagValue(group.keys.at(0)), group.keys.at(1)};
        if (const auto it = index.constFind(key); it != index.cend()) {
            rows[*it].cost += cost.amount;
            rows[*it].quantity += quantity.amount;
            continue;
        }
        index.insert(key, rows.size());
        rows.append(CostCache::Row{key.first, key.second, cost.amount, quantity.amount, quantity.unit});
    }
    if (!m_cache->replacePeriod(period, rows)) {
        failStorage(m_cache->lastError());
        return;
    }
    ++m_report.periodsWritten;
    m_report.rowsWritten += rows.size();
    QMetaObject::invokeMethod(this, &SyncJob::storeNextPeriod, Qt::QueuedConnection);
}

void SyncJob::fetchProjects()
{
    Q_EMIT stepChanged(tr("Reading the Bedrock projects…"));
    await<QList<Project>>(
        m_mantle.listProjects(),
        [this](QList<Project> &&projects) {
            if (!m_cache->storeDocument(CacheDocuments::Projects.toString(), CacheDocuments::fromProjects(projects),
                                        m_transport->now())) {
                failStorage(m_cache->lastError());
                return;
            }
            identify();
        },
        tr("Projects were not refreshed"), [this] { identify(); });
}

void SyncJob::identify()
{
    if (!m_accountId.isEmpty()) {
        fetchBudgets();
        return;
    }
    await<StsCallerIdentity>(
        m_sts.getCallerIdentity(),
        [this](StsCallerIdentity &&identity) {
            m_accountId = identity.account;
            fetchBudgets();
        },
        tr("Budgets were not refreshed"), [this] { finish(); });
}

void SyncJob::fetchBudgets()
{
    Q_EMIT stepChanged(tr("Reading the budgets…"));
    await<QList<Budget>>(
        m_budgets.describeBudgets(m_accountId, std::nullopt, true),
        [this](QList<Budget> &&budgets) {
            if (!m_cache->storeDocument(CacheDocuments::Budgets.toString(), CacheDocuments::fromBudgets(budgets),
                                        m_transport->now())) {
                failStorage(m_cache->lastError());
                return;
            }
            finish();
        },
        tr("Budgets were not refreshed"), [this] { finish(); });
}

void SyncJob::finish()
{
    const QList<CostCache::Period> periods = m_cache->periods();
    const auto sources = SyncPlanner::monthSources(periods);
    auto monthTotals = [&](const QString &grouping) {
        QMap<QDate, Money> totals;
        const QMap<QDate, CostCache::Granularity> months = sources.value(grouping);
        for (QDate month = m_window.historyStart; month < m_window.end; month = month.addMonths(1)) {
            Money total;
            const auto source = months.constFind(month);
            if (source != months.cend()) {
                total = m_cache->totalFor(grouping, month, month.addMonths(1), *source);
            }
            totals.insert(month, total);
        }
        return totals;
    };
    m_report.monthTotals = monthTotals(m_settings.projectGrouping());
    const QMap<QDate, Money> teamTotals = monthTotals(m_settings.teamGrouping());
    for (auto it = m_report.monthTotals.cbegin(); it != m_report.monthTotals.cend(); ++it) {
        // Both groupings partition the same filtered spend, so they must agree to the nano.
        if (teamTotals.value(it.key()) != it.value()) {
            //: %1 is a month, e.g. 2026-08
            m_report.warnings.append(tr("The team and project totals of %1 differ; sync again to refetch.")
                                         .arg(it.key().toString(u"yyyy-MM"_s)));
        }
    }
    m_report.rowsInCache = m_cache->rowCount();
    m_report.elapsedMs = m_timer.elapsed();
    m_report.costExplorerRequests = m_transport->requestCount(u"ce"_s) - m_costExplorerBefore;
    m_report.otherRequests = m_transport->totalRequestCount() - m_totalBefore - m_report.costExplorerRequests;
    m_report.apiCost = PricePerRequest.multipliedBy(m_report.costExplorerRequests, 1);
    if (!m_cache->recordSync(CostCache::SyncRecord{m_startedAt, m_transport->now().toUTC(),
                                                   m_report.costExplorerRequests, m_report.apiCost})) {
        failStorage(m_cache->lastError());
        return;
    }
    emitResult();
}

} // namespace Spendscope
