// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awserror.h"
#include "credentials.h"
#include "httpmessage.h"
#include "retrypolicy.h"
#include "serviceendpoint.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Spendscope {

enum class AuthMode {
    SigV4,  // AWS Signature Version 4 with the endpoint's signing name and region
    Bearer, // Authorization: Bearer <Bedrock API key> (bedrock-mantle only)
};

// One request to one service: everything the transport needs to sign, send and interpret it.
struct ServiceRequest
{
    ServiceEndpoint endpoint;
    WireProtocol protocol = WireProtocol::Json11;
    AuthMode auth = AuthMode::SigV4;
    QString operation; // for logs and request counting, e.g. "GetCostAndUsage"
    HttpRequest http;  // path, query, body and protocol headers; Host and auth are added here
};

// Signs and sends requests for the API clients over an injected QNetworkAccessManager.
// It holds the resolved credentials, the shared retry policy (its quota is shared by all calls, as
// in the SDKs) and counts requests per service, because Cost Explorer bills each one.
class AwsTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsTransport)
public:
    explicit AwsTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AwsTransport() override;

    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    void setCredentials(const AwsCredentials &credentials) { m_credentials = credentials; }
    [[nodiscard]] const AwsCredentials &credentials() const { return m_credentials; }

    // The signing clock; tests pin it to reproduce signatures.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // Responses larger than this are refused as malformed (protects against runaway bodies).
    void setMaxResponseSize(qint64 bytes) { m_maxResponseSize = bytes; }
    [[nodiscard]] qint64 maxResponseSize() const { return m_maxResponseSize; }

    [[nodiscard]] RetryPolicy &retryPolicy() { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // Adds Host, User-Agent and authentication; fails (without sending) when the credentials
    // needed for request.auth are missing or expired.
    [[nodiscard]] AwsError prepare(const ServiceRequest &request, HttpRequest &out) const;
    // Sends a prepared request; the caller owns the reply.
    [[nodiscard]] QNetworkReply *send(const ServiceRequest &request, const HttpRequest &prepared);

    // Requests sent per SigV4 service name since construction or resetCounters(); retries count.
    [[nodiscard]] int requestCount(const QString &signingName) const { return m_requestCounts.value(signingName); }
    [[nodiscard]] int totalRequestCount() const;
    void resetCounters() { m_requestCounts.clear(); }

Q_SIGNALS:
    void requestSent(const QString &signingName, const QString &operation);

private:
    QNetworkAccessManager *m_network;
    AwsCredentials m_credentials;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_transferTimeout{std::chrono::seconds(60)};
    qint64 m_maxResponseSize = 256ll * 1024 * 1024;
    RetryPolicy m_retryPolicy;
    QHash<QString, int> m_requestCounts;
};

} // namespace Spendscope
