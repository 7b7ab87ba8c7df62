// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "domain/pricecatalog.h"
#include "domain/priceoverrides.h"
#include "aws/credentials.h"
#include "aws/endpoints.h"
#include "store/syncjob.h"
#include "workspace/profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Spendscope {

class AwsTransport;
class BudgetAlerts;
class BudgetEditor;
class CostCache;
class PolicyEditor;
class ProjectEditor;
class SecretStore;

// The session of one profile, shared by every page: the transport and endpoints the API clients
// use, the profile's cost cache and the CostData loaded from it, the sync in progress, and the
// undo stack every edit is pushed on (DESIGN.md §3). Pages read from it and listen to its
// signals; none of them owns network or cache state of its own.
//
// Connecting resolves the profile (ResolveProfileJob); the sandbox profile is connected with
// connectResolved() by whoever started the sandbox. Loading the cache runs on the thread pool
// (LoadCostDataJob); the sync runs on this thread but stores one period per event-loop turn.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    Workspace(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);
    ~Workspace() override;

    // Where the profiles' caches live; default CostCache::defaultPath(). Tests use a temporary one.
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    // The day the sync fetches up to; default: today (UTC). Tests pin it.
    void setToday(QDate today) { m_today = today; }
    // The day budgets are judged on: the pinned day, else the transport's clock (UTC), which is
    // the closest to the service's own day that AWS Budgets computes CalculatedSpend on.
    [[nodiscard]] QDate today() const;

    void connectProfile(const Profile &profile);
    void connectResolved(const Profile &profile, const AwsCredentials &credentials, const EndpointConfig &config);
    void disconnectProfile();

    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] AwsTransport *transport() const { return m_transport.get(); }
    [[nodiscard]] const EndpointConfig &endpointConfig() const { return m_config; }
    [[nodiscard]] QString cacheFile() const;

    [[nodiscard]] const CostData &costData() const { return m_data; }
    // The prices every page re-prices and estimates with: the built-in catalog with the profile's
    // price overrides applied (overridden entries are marked). It changes with the overrides
    // (priceCatalogChanged()), so a worker thread must get a copy, never this reference.
    [[nodiscard]] const PriceCatalog &priceCatalog() const { return m_catalog; }
    // The connected profile's price overrides (negotiated rates), loaded on connect.
    [[nodiscard]] const PriceOverrides &priceOverrides() const { return m_priceOverrides; }
    // Applies `overrides` to the built-in catalog, keeps them in the settings under the profile
    // (when connected) and emits priceCatalogChanged().
    void setPriceOverrides(const PriceOverrides &overrides);
    [[nodiscard]] bool isLoading() const { return m_loading != nullptr; }
    void reloadCostData();

    void startSync();
    void cancelSync();
    [[nodiscard]] bool isSyncing() const { return m_sync != nullptr; }
    // The last sync of this session, or of an earlier one (from the cache's sync log).
    [[nodiscard]] const std::optional<SyncReport> &lastSync() const { return m_lastSync; }
    [[nodiscard]] QDateTime lastSyncTime() const { return m_lastSyncTime; }

    [[nodiscard]] QUndoStack *undoStack() { return &m_undoStack; }
    // The editors the undo commands use; they live as long as the workspace, as the stack does.
    [[nodiscard]] ProjectEditor *projectEditor() const { return m_projectEditor; }
    [[nodiscard]] PolicyEditor *policyEditor() const { return m_policyEditor; }
    [[nodiscard]] BudgetEditor *budgetEditor() const { return m_budgetEditor; }
    // Tells when a sync made budgets cross their alert thresholds, whichever page is shown.
    [[nodiscard]] BudgetAlerts *budgetAlerts() const { return m_budgetAlerts; }

    // The AWS account the connection acts in (Budgets names it in every request), as the last
    // sync or a budget edit learnt it from STS GetCallerIdentity; empty until then.
    [[nodiscard]] const QString &accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId) { m_accountId = accountId; }

Q_SIGNALS:
    void connectionChanged();
    void connectionFailed(const QString &reason);
    void costDataChanged();
    void priceCatalogChanged();
    // Something the user should know that is not an error (a damaged cache moved aside, ...).
    void notice(const QString &text);
    void syncStarted();
    void syncProgress(qint64 done, qint64 total);
    void syncStepChanged(const QString &description);
    // ok is false after a failure or a cancel; message says what happened.
    void syncFinished(bool ok, const QString &message);

private:
    void openCache();
    void readSyncLog();
    void applyPriceOverrides(const PriceOverrides &overrides);

    QNetworkAccessManager *m_network;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<CostCache> m_cache; // the sync's connection, on this thread
    Profile m_profile;
    EndpointConfig m_config;
    bool m_connected = false;
    QString m_cacheDirectory;
    QDate m_today;
    CostData m_data;
    PriceCatalog m_catalog = PriceCatalog::builtIn();
    PriceOverrides m_priceOverrides;
    QPointer<Job> m_resolving;
    QPointer<Job> m_loading;
    QPointer<SyncJob> m_sync;
    std::optional<SyncReport> m_lastSync;
    QDateTime m_lastSyncTime;
    QUndoStack m_undoStack;
    ProjectEditor *m_projectEditor;
    PolicyEditor *m_policyEditor;
    BudgetEditor *m_budgetEditor;
    BudgetAlerts *m_budgetAlerts;
    QString m_accountId;
};

} // namespace Spendscope
