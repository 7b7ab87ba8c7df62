// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "wireresponses.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

HttpRequest toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (r.path.isEmpty())
        r.path = "/";
    r.query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : request.headers())
        r.headers.append({name, value});
    r.body = request.body();
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray serialize(const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    return out;
}

} // namespace

SandboxServer::SandboxServer(Credentials credentials, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_credentials(std::move(credentials))
    , m_verifier(m_credentials.accessKeyId, m_credentials.secretAccessKey)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addHandler(std::unique_ptr<ServiceHandler> handler)
{
    m_byService.insert(handler->service(), handler.get());
    m_handlers.push_back(std::move(handler));
}

quint16 SandboxServer::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

WireProtocol SandboxServer::protocolOf(const QString &service) const
{
    if (const ServiceHandler *h = m_byService.value(service))
        return h->protocol();
    if (service == u"iam" || service == u"sts")
        return WireProtocol::Query;
    if (service == u"bedrock-mantle")
        return WireProtocol::RestJson;
    return WireProtocol::Json11;
}

QString SandboxServer::routeWithoutSignature(const HttpRequest &request) const
{
    if (request.path.startsWith("/v1/") || request.path.startsWith("/openai/") || request.path.startsWith("/anthropic/"))
        return u"bedrock-mantle"_s;
    const QByteArray target = request.header("x-amz-target");
    if (target.startsWith("AWSInsightsIndexService."))
        return u"ce"_s;
    if (target.startsWith("AWSBudgetServiceGateway."))
        return u"budgets"_s;
    if (request.body.contains("Version=2011-06-15"))
        return u"sts"_s;
    return u"iam"_s;
}

HttpResponse SandboxServer::protocolError(const QString &service, int status, const QString &code,
                                          const QString &message, const QByteArray &requestId) const
{
    switch (protocolOf(service)) {
    case WireProtocol::Json11:
        return Wire::json11Error(status, code, message, requestId);
    case WireProtocol::Query:
        return Wire::queryError(status, code, message, requestId, status < 500);
    case WireProtocol::RestJson:
        break;
    }
    QString type = code;
    if (status == 401)
        type = u"authentication_error"_s;
    else if (status == 403)
        type = u"permission_denied_error"_s;
    else if (status == 429)
        type = u"rate_limit_error"_s;
    else if (status >= 500)
        type = u"api_error"_s;
    return Wire::openAiError(status, type, message, requestId);
}

HttpResponse SandboxServer::authError(const QString &service, SigV4Verifier::Outcome outcome, const QString &detail,
                                      const QByteArray &requestId) const
{
    const bool query = protocolOf(service) == WireProtocol::Query;
    const bool rest = protocolOf(service) == WireProtocol::RestJson;
    using O = SigV4Verifier::Outcome;
    switch (outcome) {
    case O::Missing:
        return protocolError(service, rest ? 401 : (query ? 403 : 400),
                             query ? u"MissingAuthenticationToken"_s : u"MissingAuthenticationTokenException"_s,
                             detail, requestId);
    case O::Incomplete:
        return protocolError(service, rest ? 401 : 400,
                             query ? u"IncompleteSignature"_s : u"IncompleteSignatureException"_s, detail, requestId);
    case O::UnknownAccessKey:
        return protocolError(service, rest ? 401 : (query ? 403 : 400),
                             query ? u"InvalidClientTokenId"_s : u"UnrecognizedClientException"_s, detail, requestId);
    case O::SignatureMismatch:
    case O::Expired:
        return protocolError(service, rest ? 401 : (query ? 403 : 400),
                             query ? u"SignatureDoesNotMatch"_s : u"InvalidSignatureException"_s, detail, requestId);
    case O::Valid:
        break;
    }
    return protocolError(service, 500, u"InternalFailure"_s, u"unexpected authentication state"_s, requestId);
}

HttpResponse SandboxServer::throttled(const QString &service, const QByteArray &requestId) const
{
    if (service == u"ce")
        return Wire::json11Error(400, u"LimitExceededException"_s,
                                 u"You made too many calls in a short period of time. Try again later."_s, requestId);
    if (service == u"bedrock-mantle")
        return Wire::openAiError(429, u"rate_limit_error"_s, u"Too many requests, please wait before trying again."_s,
                                 requestId);
    if (protocolOf(service) == WireProtocol::Query)
        return Wire::queryError(400, u"Throttling"_s, u"Rate exceeded"_s, requestId);
    return Wire::json11Error(400, u"ThrottlingException"_s, u"Rate exceeded"_s, requestId);
}

HttpResponse SandboxServer::respond(const HttpRequest &request)
{
    Delivery delivery = Delivery::Normal;
    return dispatch(request, &delivery);
}

HttpResponse SandboxServer::dispatch(const HttpRequest &request, Delivery *delivery)
{
    const QByteArray requestId = Wire::requestId(++m_sequence);
    const QDateTime now = m_clock();

    SandboxRequest sandboxRequest;
    sandboxRequest.http = request;
    sandboxRequest.requestId = requestId;
    sandboxRequest.now = now;

    const QByteArray authorization = request.header("authorization");
    const QByteArray apiKey = request.header("x-api-key");
    if (authorization.startsWith("Bearer ") || !apiKey.isEmpty()) {
        // Bedrock API keys are only good for bedrock-mantle.
        const QString service = routeWithoutSignature(request);
        const QByteArray key = apiKey.isEmpty() ? authorization.mid(7).trimmed() : apiKey.trimmed();
        if (service != u"bedrock-mantle")
            return authError(service, SigV4Verifier::Outcome::Incomplete,
                             u"Authorization header requires 'Credential' parameter."_s, requestId);
        if (key != m_credentials.apiKey.toUtf8())
            return Wire::openAiError(401, u"authentication_error"_s, u"The API key provided is not valid."_s, requestId);
        sandboxRequest.service = service;
        sandboxRequest.region = QString();
        sandboxRequest.bearer = true;
    } else {
        const SigV4Verifier::Result scope = SigV4Verifier::parseScope(request);
        if (scope.outcome != SigV4Verifier::Outcome::Valid) {
            const QString service = routeWithoutSignature(request);
            return authError(service, scope.outcome, scope.detail, requestId);
        }
        const SigV4Verifier::Result verified = m_verifier.verify(request, now);
        if (verified.outcome != SigV4Verifier::Outcome::Valid)
            return authError(scope.service, verified.outcome, verified.detail, requestId);
        sandboxRequest.service = verified.service;
        sandboxRequest.region = verified.region;
    }

    ServiceHandler *handler = m_byService.value(sandboxRequest.service);
    if (!handler) {
        return Wire::json11Error(400, u"UnrecognizedClientException"_s,
                                 u"The sandbox account does not offer the service \"%1\"."_s.arg(sandboxRequest.service),
                                 requestId);
    }

    switch (m_faults.draw(sandboxRequest.service)) {
    case FaultInjector::Fault::Reset:
        *delivery = Delivery::Reset;
        return {};
    case FaultInjector::Fault::Throttle:
        return throttled(sandboxRequest.service, requestId);
    case FaultInjector::Fault::ServerError:
        return protocolError(sandboxRequest.service, 500,
                             protocolOf(sandboxRequest.service) == WireProtocol::Query ? u"InternalFailure"_s
                                                                                       : u"InternalServerException"_s,
                             u"The service encountered an internal error. Try again."_s, requestId);
    case FaultInjector::Fault::None:
        break;
    }
    return handler->handle(sandboxRequest);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Delivery delivery = Delivery::Normal;
    const HttpRequest http = toHttpRequest(request);
    const HttpResponse response = dispatch(http, &delivery);
    QPointer<QTcpSocket> target(socket);
    if (delivery == Delivery::Reset) {
        socket->abort();
        return true;
    }
    const QByteArray bytes = serialize(response);
    QString service = SigV4Verifier::parseScope(http).service;
    if (service.isEmpty())
        service = routeWithoutSignature(http);
    const auto latency = m_faults.latencyFor(service);
    if (latency.count() > 0) {
        QTimer::singleShot(latency, this, [target, bytes] {
            if (target)
                target->write(bytes);
        });
    } else {
        socket->write(bytes);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpResponse response = protocolError(routeWithoutSignature(toHttpRequest(request)), 404,
                                                u"UnknownOperationException"_s, u"No route."_s,
                                                Wire::requestId(++m_sequence));
    socket->write(serialize(response));
}

} // namespace Spendscope::Sandbox
