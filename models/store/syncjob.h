// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetsclient.h"
#include "api/costexplorerclient.h"
#include "api/mantleprojectsclient.h"
#include "api/stsclient.h"
#include "aws/job.h"
#include "domain/money.h"
#include "store/syncplanner.h"
#include "store/syncsettings.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Spendscope {

class AwsTransport;
class CostCache;

// What a sync did. Requests are counted at the transport, retries included, because AWS bills
// every Cost Explorer request that reaches it.
struct SyncReport
{
    int costExplorerRequests = 0; // billed, USD 0.01 each
    int otherRequests = 0;        // STS, Bedrock projects, Budgets: not billed per request
    Money apiCost;
    int periodsWritten = 0;
    qint64 rowsWritten = 0;
    qint64 rowsInCache = 0;
    int periodsConfirmed = 0; // Estimated periods the probe found unchanged
    int periodsFinalised = 0; // ... and of those, periods whose bill became final
    QStringList services;     // the discovered service names the costs are filtered on
    SyncPlanner::Window window;
    // Each month's exact total (first of the month → cost) from the project grouping.
    QMap<QDate, Money> monthTotals;
    // Things that went wrong without spoiling the costs (projects or budgets not refreshed, ...).
    QStringList warnings;
    qint64 elapsedMs = 0;
};

// Brings a profile's cost cache up to date (DESIGN.md §3): discovers the Bedrock service names,
// reads the cost allocation tag status, probes the stored Estimated days with one ungrouped
// request and refetches only those that changed, fetches what SyncPlanner says is missing by
// (tag, USAGE_TYPE) for the project and the team tag, then refreshes projects and budgets.
//
// Each period is stored in its own transaction as soon as its request completes, so an
// interrupted or failed sync keeps everything fetched so far and the next one resumes where it
// stopped; replacing a period never duplicates rows. progress() counts cost requests planned and
// done. Cancelling stops the current request; finished() then reports Cancelled.
class SyncJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)
public:
    // What AWS charges per Cost Explorer request.
    static constexpr Money PricePerRequest = Money::fromNanos(10'000'000);

    SyncJob(AwsTransport *transport, const EndpointConfig &config, CostCache *cache, SyncSettings settings,
            QObject *parent = nullptr);
    ~SyncJob() override;

    // The last day to fetch (UTC); default: the transport clock's date.
    void setToday(QDate today) { m_today = today; }
    // The account for Budgets; empty: asked from STS.
    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    // The account the budgets were read from (as set or learnt from STS); empty before that.
    [[nodiscard]] const QString &accountId() const { return m_accountId; }

    [[nodiscard]] const SyncReport &report() const { return m_report; }

Q_SIGNALS:
    // A short translated description of the current step, for a status line.
    void stepChanged(const QString &description);

protected:
    void run() override;
    void abort() override;

private:
    // Runs one API job; on success hands its result on. A failure ends the sync, unless
    // `onFailure` is given: then it becomes a warning and the sync continues there.
    template<typename Result>
    void await(ApiJob<Result> *job, std::function<void(Result &&)> onSuccess, const QString &warningContext = {},
               std::function<void()> onFailure = {});
    void fail(const AwsError &error);
    void failStorage(const QString &detail);

    void discoverServices();
    void fetchTagStatus();
    void probeEstimated();
    void planFetches(const QList<FetchTask> &refetch);
    void fetchNext();
    // Stores the answer's periods one per event-loop turn, so that the GUI thread is never held
    // for more than one period's transaction.
    void storeNextPeriod();
    void fetchProjects();
    void identify();
    void fetchBudgets();
    void finish();

    [[nodiscard]] CostExpression serviceFilter() const;

    AwsTransport *m_transport;
    CostCache *m_cache;
    SyncSettings m_settings;
    CostExplorerClient m_costExplorer;
    MantleProjectsClient m_mantle;
    BudgetsClient m_budgets;
    StsClient m_sts;
    QDate m_today;
    QString m_accountId;
    SyncPlanner::Window m_window;
    QList<FetchTask> m_tasks;
    FetchTask m_storing;
    QList<CostResultByTime> m_answer;
    qsizetype m_nextPeriod = 0;
    qsizetype m_tasksTotal = 0;
    QPointer<Job> m_current;
    int m_costExplorerBefore = 0;
    int m_totalBefore = 0;
    QElapsedTimer m_timer;
    QDateTime m_startedAt;
    SyncReport m_report;
};

} // namespace Spendscope
