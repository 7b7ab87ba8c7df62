// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "servicehandler.h"
#include "sigv4verifier.h"

#include <QAbstractHttpServer>
#include <QHash>

#include <functional>
#include <memory>

namespace Spendscope::Sandbox {

// The sandbox account's HTTP front door: listens on loopback only, authenticates every request
// as AWS does (SigV4 with the account's keys; the Bedrock API key on mantle routes), routes by
// the credential scope's service to a ServiceHandler, injects faults, and answers auth and
// routing failures in the protocol of the service that was addressed.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    struct Credentials
    {
        QString accessKeyId;
        QString secretAccessKey;
        QString apiKey; // Bedrock API key (bearer) for bedrock-mantle
    };

    explicit SandboxServer(Credentials credentials, QObject *parent = nullptr);
    ~SandboxServer() override;

    void addHandler(std::unique_ptr<ServiceHandler> handler);
    void setFaults(const FaultInjector &faults) { m_faults = faults; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }
    [[nodiscard]] quint64 requestCount() const { return m_sequence; }

    // The full request path without the socket, for tests and in-process use.
    [[nodiscard]] HttpResponse respond(const HttpRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Delivery {
        Normal,
        Reset,
    };
    [[nodiscard]] HttpResponse dispatch(const HttpRequest &request, Delivery *delivery);
    [[nodiscard]] QString routeWithoutSignature(const HttpRequest &request) const;
    [[nodiscard]] HttpResponse authError(const QString &service, SigV4Verifier::Outcome outcome, const QString &detail,
                                         const QByteArray &requestId) const;
    [[nodiscard]] HttpResponse protocolError(const QString &service, int status, const QString &code,
                                             const QString &message, const QByteArray &requestId) const;
    [[nodiscard]] HttpResponse throttled(const QString &service, const QByteArray &requestId) const;
    [[nodiscard]] WireProtocol protocolOf(const QString &service) const;

    Credentials m_credentials;
    SigV4Verifier m_verifier;
    QHash<QString, ServiceHandler *> m_byService;
    std::vector<std::unique_ptr<ServiceHandler>> m_handlers;
    FaultInjector m_faults;
    std::function<QDateTime()> m_clock;
    quint16 m_port = 0;
    quint64 m_sequence = 0;
};

} // namespace Spendscope::Sandbox
