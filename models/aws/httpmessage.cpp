// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

namespace Spendscope {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf([name](const HttpHeader &h) { return sameName(h.first, name); });
}

void setHeaderValue(HttpHeaders &headers, QByteArrayView name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.append({name.toByteArray(), value});
}

QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved || (u == '/' && !encodeSlash)) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0F]);
        }
    }
    return out;
}

QByteArray encodeQuery(const QList<std::pair<QByteArray, QByteArray>> &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(uriEncode(key));
        out.append('=');
        out.append(uriEncode(value));
    }
    return out;
}

} // namespace Spendscope
