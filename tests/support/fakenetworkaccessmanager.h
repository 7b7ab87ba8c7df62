// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/httpmessage.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

namespace Spendscope::Test {

// A scripted answer to one request.
struct FakeResponse
{
    enum class Failure {
        None,
        ConnectionReset,   // the peer closed the connection before answering
        ConnectionRefused,
        Hang,              // never answers; only the request's transfer timeout ends it
    };

    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    Failure failure = Failure::None;

    [[nodiscard]] static FakeResponse json(int status, const QByteArray &body,
                                           const QByteArray &contentType = "application/x-amz-json-1.1");
    [[nodiscard]] static FakeResponse xml(int status, const QByteArray &body);
    [[nodiscard]] static FakeResponse failed(Failure failure);
    // Reads a recorded response: "HTTP/1.1 200 OK", header lines, an empty line, the body.
    [[nodiscard]] static FakeResponse fromHttpFile(const QString &path);
};

// A request as the fake saw it, after Qt added its own headers.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// A QNetworkAccessManager that answers from a queue or a handler instead of the network
// (after Nextcloud's FakeQNAM). Replies finish asynchronously, as real ones do.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void enqueue(const FakeResponse &response) { m_queue.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    [[nodiscard]] qsizetype pendingResponses() const { return m_queue.size(); }
    // Requests that found neither a queued response nor a handler (answered with HTTP 599).
    [[nodiscard]] int unexpectedRequests() const { return m_unexpected; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<FakeResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_unexpected = 0;
};

} // namespace Spendscope::Test
