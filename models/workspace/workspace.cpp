// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "analytics/loadcostdatajob.h"
#include "aws/awstransport.h"
#include "aws/secretstore.h"
#include "domain/pricecatalog.h"
#include "store/costcache.h"
#include "workspace/budgetalerts.h"
#include "workspace/budgeteditor.h"
#include "workspace/policyeditor.h"
#include "workspace/projecteditor.h"
#include "workspace/resolveprofilejob.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Spendscope {

Workspace::Workspace(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_transport(std::make_unique<AwsTransport>(network))
    , m_projectEditor(new ProjectEditor(this, this))
    , m_policyEditor(new PolicyEditor(this, this))
    , m_budgetEditor(new BudgetEditor(this, this))
    , m_budgetAlerts(new BudgetAlerts(this, this)) // follows the budget editor: created after it
{
}

Workspace::~Workspace()
{
    // Jobs still running belong to this object's children or delete themselves; detach first so
    // that none reports into a half-destroyed workspace.
    for (Job *job : {static_cast<Job *>(m_resolving.data()), static_cast<Job *>(m_loading.data()),
                     static_cast<Job *>(m_sync.data())}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

QString Workspace::cacheFile() const
{
    if (m_cacheDirectory.isEmpty())
        return CostCache::defaultPath(m_profile.id);
    return QDir(m_cacheDirectory).filePath(CostCache::sanitisedProfileName(m_profile.id) + u".sqlite"_s);
}

void Workspace::connectProfile(const Profile &profile)
{
    disconnectProfile();
    m_profile = profile;
    auto *job = new ResolveProfileJob(profile, m_secrets, this);
    m_resolving = job;
    connect(job, &Job::finished, this, [this, job] {
        m_resolving = nullptr;
        if (job->hasError()) {
            Q_EMIT connectionFailed(job->errorString());
            return;
        }
        connectResolved(m_profile, job->credentials(), job->endpointConfig());
    });
    job->start();
}

void Workspace::connectResolved(const Profile &profile, const AwsCredentials &credentials, const EndpointConfig &config)
{
    // A sync or load in flight uses the transport and cache about to be replaced.
    disconnectProfile();
    m_profile = profile;
    m_config = config;
    m_transport = std::make_unique<AwsTransport>(m_network);
    m_transport->setCredentials(credentials);
    m_connected = true;
    openCache();
    QString overridesProblem;
    applyPriceOverrides(PriceOverrides::load(QSettings(), m_profile.id, &overridesProblem));
    if (!overridesProblem.isEmpty())
        Q_EMIT notice(overridesProblem);
    Q_EMIT connectionChanged();
    reloadCostData();
}

QDate Workspace::today() const
{
    return m_today.isValid() ? m_today : m_transport->now().toUTC().date();
}

void Workspace::disconnectProfile()
{
    cancelSync();
    if (m_resolving) {
        m_resolving->disconnect(this);
        m_resolving->cancel();
    }
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->cancel();
    }
    const bool wasConnected = m_connected;
    m_connected = false;
    m_cache.reset();
    m_data = CostData();
    m_lastSync.reset();
    m_lastSyncTime = QDateTime();
    m_accountId.clear();
    m_undoStack.clear();
    if (wasConnected) {
        applyPriceOverrides(PriceOverrides());
        Q_EMIT connectionChanged();
        Q_EMIT costDataChanged();
    }
}

void Workspace::setPriceOverrides(const PriceOverrides &overrides)
{
    if (m_connected) {
        QSettings settings;
        PriceOverrides::save(settings, m_profile.id, overrides);
    }
    applyPriceOverrides(overrides);
}

void Workspace::applyPriceOverrides(const PriceOverrides &overrides)
{
    if (overrides == m_priceOverrides)
        return;
    m_priceOverrides = overrides;
    QStringList skipped;
    m_catalog = overrides.applyTo(PriceCatalog::builtIn(), &skipped);
    if (!skipped.isEmpty())
        Q_EMIT notice(tr("Price overrides the catalog no longer takes were not applied: %1.")
                          .arg(QLocale().createSeparatedList(skipped)));
    Q_EMIT priceCatalogChanged();
}

void Workspace::openCache()
{
    m_cache = std::make_unique<CostCache>();
    const CostCache::OpenResult opened = m_cache->open(cacheFile());
    if (!opened.ok) {
        m_cache.reset();
        Q_EMIT notice(opened.error);
        return;
    }
    if (opened.recreated)
        Q_EMIT notice(opened.notice);
    readSyncLog();
}

void Workspace::readSyncLog()
{
    const QList<CostCache::SyncRecord> log = m_cache ? m_cache->syncLog() : QList<CostCache::SyncRecord>();
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->finishedAt.isValid()) {
            m_lastSyncTime = it->finishedAt;
            if (!m_lastSync) {
                SyncReport report;
                report.costExplorerRequests = it->requests;
                report.apiCost = it->apiCost;
                m_lastSync = report;
            }
            return;
        }
    }
}

void Workspace::reloadCostData()
{
    if (!m_connected)
        return;
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->cancel();
    }
    auto *job = new LoadCostDataJob(cacheFile(), m_profile.sync, PriceCatalog::builtIn(), this);
    m_loading = job;
    connect(job, &Job::finished, this, [this, job] {
        m_loading = nullptr;
        if (job->hasError()) {
            Q_EMIT notice(job->errorString());
            return;
        }
        if (!job->notice().isEmpty())
            Q_EMIT notice(job->notice());
        m_data = job->takeData();
        Q_EMIT costDataChanged();
    });
    job->start();
}

void Workspace::startSync()
{
    if (!m_connected || m_sync)
        return;
    if (!m_cache) {
        Q_EMIT syncFinished(false, tr("The cost cache could not be opened, so there is nowhere to sync to."));
        return;
    }
    auto *job = new SyncJob(m_transport.get(), m_config, m_cache.get(), m_profile.sync, this);
    if (m_today.isValid())
        job->setToday(m_today);
    if (!m_accountId.isEmpty())
        job->setAccountId(m_accountId);
    m_sync = job;
    connect(job, &Job::progress, this, [this](Job *, qint64 done, qint64 total) { Q_EMIT syncProgress(done, total); });
    connect(job, &SyncJob::stepChanged, this, &Workspace::syncStepChanged);
    connect(job, &Job::finished, this, [this, job] {
        m_sync = nullptr;
        m_lastSync = job->report();
        if (!job->accountId().isEmpty())
            m_accountId = job->accountId();
        m_lastSyncTime = m_transport->now().toUTC();
        if (job->hasError()) {
            Q_EMIT syncFinished(false, job->errorString());
        } else {
            //: %1 a number of Cost Explorer requests, %2 their price
            Q_EMIT syncFinished(true, tr("Synced. Cost Explorer requests: %1 (USD %2).")
                                          .arg(job->report().costExplorerRequests)
                                          .arg(job->report().apiCost.toString(2)));
        }
        // Whatever was stored before a failure is good data too.
        reloadCostData();
    });
    Q_EMIT syncStarted();
    job->start();
}

void Workspace::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

} // namespace Spendscope
