// SPDX-License-Identifier: GPL-3.0-or-later
#include "awstransport.h"

#include "logging.h"
#include "sigv4.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Spendscope {

AwsTransport::AwsTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(network);
}

AwsTransport::~AwsTransport() = default;

int AwsTransport::totalRequestCount() const
{
    int total = 0;
    for (const int n : m_requestCounts)
        total += n;
    return total;
}

AwsError AwsTransport::prepare(const ServiceRequest &request, HttpRequest &out) const
{
    if (!request.endpoint.isValid())
        return AwsError::invalidInput(tr("No endpoint is configured for %1.").arg(request.endpoint.signingName),
                                      u"InvalidEndpoint"_s);
    out = request.http;
    out.setHeader("Host", request.endpoint.hostHeader());
    const QDateTime now = m_clock();

    switch (request.auth) {
    case AuthMode::Bearer:
        if (!m_credentials.hasBearer())
            return AwsError(AwsError::Kind::Credentials, u"MissingApiKey"_s,
                            tr("A Bedrock API key is needed for this request."));
        out.setHeader("Authorization", "Bearer " + m_credentials.bearerToken.toUtf8());
        return {};
    case AuthMode::SigV4:
        break;
    }

    if (!m_credentials.hasKeys())
        return AwsError(AwsError::Kind::Credentials, u"MissingCredentials"_s,
                        tr("AWS access keys are needed for this request."));
    if (m_credentials.isExpired(now))
        return AwsError(AwsError::Kind::Credentials, u"ExpiredToken"_s,
                        tr("The temporary AWS credentials from %1 have expired.").arg(m_credentials.source));
    SigV4::SigningParams params;
    params.accessKeyId = m_credentials.accessKeyId;
    params.secretAccessKey = m_credentials.secretAccessKey;
    params.sessionToken = m_credentials.sessionToken;
    params.region = request.endpoint.region;
    params.service = request.endpoint.signingName;
    params.time = now;
    SigV4::signRequest(out, params);
    return {};
}

QNetworkReply *AwsTransport::send(const ServiceRequest &request, const HttpRequest &prepared)
{
    QByteArray target = request.endpoint.url.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                       | QUrl::StripTrailingSlash);
    target += prepared.path.isEmpty() ? QByteArrayLiteral("/") : prepared.path;
    if (!prepared.query.isEmpty())
        target += '?' + prepared.query;

    QNetworkRequest qrequest(QUrl::fromEncoded(target, QUrl::StrictMode));
    for (const auto &[name, value] : prepared.headers) {
        // Qt writes Host itself from the URL, to the same value that was signed.
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            qrequest.setRawHeader(name, value);
    }
    if (prepared.header("user-agent").isEmpty())
        qrequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Spendscope/" SPENDSCOPE_VERSION));
    qrequest.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ++m_requestCounts[request.endpoint.signingName];
    qCDebug(lcNetwork) << prepared.method << request.endpoint.signingName << request.operation << prepared.path;
    Q_EMIT requestSent(request.endpoint.signingName, request.operation);
    return m_network->sendCustomRequest(qrequest, prepared.method, prepared.body);
}

} // namespace Spendscope
