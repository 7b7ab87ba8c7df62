// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace Spendscope {

using HttpHeader = std::pair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// Header lookup is case-insensitive, as in HTTP; the first match wins.
[[nodiscard]] QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
// Replaces every header called `name` (any case) by one with `value`, appended at the end.
void setHeaderValue(HttpHeaders &headers, QByteArrayView name, const QByteArray &value);
void removeHeader(HttpHeaders &headers, QByteArrayView name);

// A request exactly as it goes on the wire: this is what SigV4 signs and what the transport sends.
// `path` and `query` are already percent-encoded; `headers` include Host.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path = QByteArrayLiteral("/");
    QByteArray query;
    HttpHeaders headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    void setHeader(QByteArrayView name, const QByteArray &value) { setHeaderValue(headers, name, value); }
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

// Percent-encodes for a URI component as SigV4 and AWS query strings require (RFC 3986 unreserved
// characters stay, everything else is %XX upper case).
[[nodiscard]] QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash = true);

// Builds `k1=v1&k2=v2` with uriEncode(); order is kept.
[[nodiscard]] QByteArray encodeQuery(const QList<std::pair<QByteArray, QByteArray>> &items);

} // namespace Spendscope
