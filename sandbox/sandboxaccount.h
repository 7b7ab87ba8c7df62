// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "ledger.h"
#include "organisation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Spendscope::Sandbox {

class MantleHandler;
class SandboxServer;
class SandboxStore;
class ServiceHandler;

// The local AWS-compatible account, composed: its state (SandboxStore), the generated
// organisation and its bill (Ledger), and the HTTP front door (SandboxServer) with one handler per
// service. Everything derived from the seed is deterministic: account id, keys, project ids,
// usage history.
//
// An account lives in one thread (the store's connection and the server's sockets belong to the
// thread that called start()); SandboxHost runs one in a worker thread for the GUI.
class SandboxAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxAccount)
public:
    static constexpr quint64 DefaultSeed = 42;
    static constexpr QStringView Region = u"us-east-1";
    static constexpr QStringView UserName = u"sandbox-admin";

    struct Options
    {
        quint16 port = 0;      // 0: any free port
        QString dataDirectory; // empty: state in memory only
        bool reset = false;    // delete the data directory's state first
        // Unset: the data directory's (or DefaultSeed / Default for a new account). A value that
        // differs from an existing account's is refused, because the history would not match.
        std::optional<quint64> seed;
        std::optional<Organisation::Scale> scale;
        FaultInjector faults;
        QDate today; // last day of generated usage for a new account; invalid: today (UTC)
        // The server's clock (signature expiry, timestamps); unset: the system clock.
        std::function<QDateTime()> clock;
        // Groups per GetCostAndUsage page; 0: CostExplorerHandler::DefaultPageSize. Tests make
        // pages small to exercise paging on a small account.
        int costExplorerPageSize = 0;
    };

    // What a client needs to reach the account. The secret key and API key are secrets: show them
    // only where the user asked for them (the sandbox command's export lines).
    struct Connection
    {
        QUrl endpointUrl;
        QString region;
        QString accountId;
        QString userName;
        QString accessKeyId;
        QString secretAccessKey;
        QString apiKey; // Bedrock API key (bearer) for bedrock-mantle
    };

    explicit SandboxAccount(Options options, QObject *parent = nullptr);
    ~SandboxAccount() override;

    // Opens the state, generates the organisation, starts the handlers and listens on
    // 127.0.0.1. Returns false with a translated one-line reason in *error.
    bool start(QString *error = nullptr);
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] QUrl endpointUrl() const { return m_connection.endpointUrl; }
    [[nodiscard]] const Connection &connection() const { return m_connection; }
    // Shell lines that point the AWS CLI and SDKs at the account (export NAME=value).
    [[nodiscard]] QStringList shellExports() const;

    // The keys and account id an account with `seed` has, without starting it.
    [[nodiscard]] static Connection credentialsForSeed(quint64 seed, const QString &accountId);

    [[nodiscard]] quint64 seed() const { return m_seed; }
    [[nodiscard]] Organisation::Scale scale() const { return m_scale; }
    [[nodiscard]] const Organisation &organisation() const { return m_organisation; }
    [[nodiscard]] const Ledger &ledger() const { return m_ledger; }
    [[nodiscard]] SandboxServer *server() const { return m_server; }
    [[nodiscard]] SandboxStore *store() const { return m_store.get(); }
    [[nodiscard]] MantleHandler *mantle() const { return m_mantle; }

private:
    bool startAccount(QString *error);
    bool openState(QString *error);
    void addHandler(std::unique_ptr<ServiceHandler> handler);
    void restoreCostAllocationTags();
    void saveCostAllocationTags();

    Options m_options;
    quint64 m_seed = DefaultSeed;
    Organisation::Scale m_scale = Organisation::Scale::Default;
    QDate m_today;
    std::unique_ptr<SandboxStore> m_store;
    Ledger m_ledger;
    Organisation m_organisation;
    quint64 m_savedTagsVersion = 0;
    SandboxServer *m_server = nullptr;
    MantleHandler *m_mantle = nullptr;
    Connection m_connection;
    bool m_running = false;
};

} // namespace Spendscope::Sandbox
