// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetworkaccessmanager.h"

#include <QFile>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace Spendscope::Test {

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent)
        , m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);

        if (response.failure == FakeResponse::Failure::Hang) {
            // As QNetworkAccessManager does: an expired transfer timeout aborts the reply.
            if (const int timeout = request.transferTimeout(); timeout > 0)
                QTimer::singleShot(timeout, this, [this] { fail(OperationCanceledError, QStringLiteral("Operation canceled")); });
            return;
        }
        QMetaObject::invokeMethod(this, &FakeReply::respond, Qt::QueuedConnection);
    }

    void abort() override
    {
        if (isFinished())
            return;
        fail(OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    qint64 bytesAvailable() const override { return m_response.body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_response.body.size() - m_offset);
        if (n <= 0)
            return m_finished ? -1 : 0;
        std::memcpy(data, m_response.body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        switch (m_response.failure) {
        case FakeResponse::Failure::ConnectionReset:
            fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        case FakeResponse::Failure::ConnectionRefused:
            fail(ConnectionRefusedError, QStringLiteral("Connection refused"));
            return;
        default:
            break;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[name, value] : m_response.headers)
            setRawHeader(name, value);
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
        if (m_response.status >= 400) {
            // Real replies carry an error code for HTTP errors too; the body stays readable.
            setError(m_response.status >= 500 ? InternalServerError : ContentAccessDenied,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        }
        Q_EMIT metaDataChanged();
        Q_EMIT downloadProgress(m_response.body.size(), m_response.body.size());
        Q_EMIT readyRead();
        if (m_response.status >= 400)
            Q_EMIT errorOccurred(error());
        m_finished = true;
        setFinished(true);
        Q_EMIT finished();
    }

    void fail(NetworkError code, const QString &text)
    {
        m_response.body.clear();
        setError(code, text);
        Q_EMIT errorOccurred(code);
        m_finished = true;
        setFinished(true);
        Q_EMIT finished();
    }

    FakeResponse m_response;
    qint64 m_offset = 0;
    bool m_finished = false;
};

} // namespace

FakeResponse FakeResponse::json(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(HttpHeader(QByteArrayLiteral("Content-Type"), contentType));
    r.headers.append(HttpHeader(QByteArrayLiteral("x-amzn-RequestId"), QByteArrayLiteral("00000000-0000-4000-8000-000000000000")));
    return r;
}

FakeResponse FakeResponse::xml(int status, const QByteArray &body)
{
    return json(status, body, "text/xml");
}

FakeResponse FakeResponse::failed(Failure failure)
{
    FakeResponse r;
    r.status = 0;
    r.failure = failure;
    return r;
}

FakeResponse FakeResponse::fromHttpFile(const QString &path)
{
    QFile file(path);
    FakeResponse r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.status = 599;
        r.body = "fixture not found: " + path.toUtf8();
        return r;
    }
    const QByteArray all = file.readAll();
    qsizetype split = all.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0) {
        split = all.indexOf("\n\n");
        skip = 2;
    }
    const QByteArray head = split < 0 ? all : all.left(split);
    r.body = split < 0 ? QByteArray() : all.mid(split + skip);
    const QList<QByteArray> lines = head.split('\n');
    if (!lines.isEmpty()) {
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        r.status = status.size() > 1 ? status.at(1).toInt() : 0;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return r;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (recorded.method.isEmpty()) {
        switch (op) {
        case GetOperation: recorded.method = "GET"; break;
        case PostOperation: recorded.method = "POST"; break;
        case PutOperation: recorded.method = "PUT"; break;
        case DeleteOperation: recorded.method = "DELETE"; break;
        case HeadOperation: recorded.method = "HEAD"; break;
        default: recorded.method = "CUSTOM"; break;
        }
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    FakeResponse response;
    if (!m_queue.isEmpty()) {
        response = m_queue.takeFirst();
    } else if (m_handler) {
        response = m_handler(recorded);
    } else {
        ++m_unexpected;
        response = FakeResponse::json(599, "{\"__type\":\"UnexpectedRequest\"}");
    }
    return new FakeReply(request, op, recorded.method, response, this);
}

} // namespace Spendscope::Test
