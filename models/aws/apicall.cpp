// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "logging.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

AwsError networkError(QNetworkReply::NetworkError code, const QString &text, bool aborted)
{
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports an expired transfer timeout as a cancel; a real cancel is handled by Job.
        if (!aborted)
            return AwsError(AwsError::Kind::Timeout, u"RequestTimeout"_s, text);
        return AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, text);
    case QNetworkReply::TimeoutError:
        return AwsError(AwsError::Kind::Timeout, u"RequestTimeout"_s, text);
    default:
        return AwsError(AwsError::Kind::Network, u"NetworkError"_s, text);
    }
}

} // namespace

ApiCall::ApiCall(AwsTransport *transport, ServiceRequest request, QObject *parent)
    : Job(parent)
    , m_transport(transport)
    , m_request(std::move(request))
{
    Q_ASSERT(transport);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // A pending call ends at once when its connection goes; one not started yet ends when started.
    connect(transport, &QObject::destroyed, this, [this] {
        if (isStarted() && !isFinished()) {
            abort();
            endIfDisconnected();
        }
    });
}

ApiCall::~ApiCall()
{
    abort();
}

void ApiCall::run()
{
    if (m_preflightError) {
        emitResult(m_preflightError);
        return;
    }
    sendAttempt();
}

void ApiCall::abort()
{
    m_retryTimer.stop();
    if (m_reply) {
        m_aborting = true;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

bool ApiCall::endIfDisconnected()
{
    if (m_transport)
        return false;
    qCInfo(lcNetwork) << m_request.operation << "ended: its connection was closed";
    emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, tr("The connection was closed before the request ended.")));
    return true;
}

void ApiCall::sendAttempt()
{
    if (endIfDisconnected())
        return;
    HttpRequest prepared;
    if (const AwsError error = m_transport->prepare(m_request, prepared)) {
        emitResult(error);
        return;
    }
    ++m_attempt;
    ++m_totalAttempts;
    m_oversized = false;
    m_reply = m_transport->send(m_request, prepared);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onDownloadProgress);
}

void ApiCall::onDownloadProgress(qint64 received)
{
    if (m_transport && received > m_transport->maxResponseSize() && m_reply) {
        m_oversized = true;
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    if (endIfDisconnected())
        return;

    if (m_oversized) {
        emitResult(AwsError::malformed(tr("The response is larger than %1 bytes.").arg(m_transport->maxResponseSize())));
        return;
    }

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.append({name, value});
    response.body = reply->readAll();
    m_lastResponse = response;

    // A status line means the service answered; its body says why it failed.
    if (response.status == 0) {
        retryOrFail(networkError(reply->error(), reply->errorString(), m_aborting));
        return;
    }
    if (!response.isSuccess()) {
        retryOrFail(AwsError::fromResponse(m_request.protocol, response));
        return;
    }

    m_transport->retryPolicy().recordSuccess(m_attempt > 1);
    ++m_pages;
    StepOutcome outcome = handleResponse(response);
    if (outcome.error) {
        emitResult(outcome.error);
        return;
    }
    if (outcome.next) {
        m_request.http = std::move(*outcome.next);
        m_attempt = 0;
        Q_EMIT progress(this, m_pages, 0);
        sendAttempt();
        return;
    }
    emitResult();
}

void ApiCall::retryOrFail(const AwsError &error)
{
    if (m_transport->retryPolicy().acquireRetry(error, m_attempt)) {
        const auto delay = m_transport->retryPolicy().delayBeforeRetry(m_attempt);
        qCInfo(lcNetwork) << m_request.operation << "attempt" << m_attempt << "failed with" << error.code()
                          << "- retrying in" << delay.count() << "ms";
        m_retryTimer.start(delay);
        return;
    }
    qCInfo(lcNetwork) << m_request.operation << "failed:" << error.code() << error.httpStatus();
    emitResult(error);
}

} // namespace Spendscope
