// SPDX-License-Identifier: GPL-3.0-or-later
#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Spendscope::SigV4 {

namespace {

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(), QCryptographicHash::Sha256);
}

// Headers that are never signed because proxies and HTTP stacks may change them: the hop-by-hop
// headers of RFC 9110 §7.6.1, User-Agent, Expect and the trace id (botocore's
// SIGNED_HEADERS_BLACKLIST), plus Authorization, which carries the signature itself.
bool isUnsignable(QByteArrayView lowerName)
{
    static constexpr QByteArrayView unsignable[] = {
        "authorization", "connection", "expect",  "keep-alive", "proxy-authenticate", "proxy-authorization",
        "te",            "trailer",    "transfer-encoding",     "upgrade",            "user-agent",
        "x-amzn-trace-id",
    };
    return std::find(std::begin(unsignable), std::end(unsignable), lowerName) != std::end(unsignable);
}

struct CanonicalHeader
{
    QByteArray name;
    QByteArray value;
};

// Sorted by name; repeated headers joined with commas in the order given.
QList<CanonicalHeader> canonicalHeaderList(const HttpHeaders &headers)
{
    QList<CanonicalHeader> out;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (isUnsignable(lower))
            continue;
        const QByteArray folded = value.simplified();
        auto it = std::find_if(out.begin(), out.end(), [&](const CanonicalHeader &h) { return h.name == lower; });
        if (it == out.end())
            out.append({lower, folded});
        else
            it->value += ',' + folded;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CanonicalHeader &a, const CanonicalHeader &b) { return a.name < b.name; });
    return out;
}

QByteArray payloadHash(const HttpRequest &request)
{
    const QByteArray declared = request.header("x-amz-content-sha256");
    return declared.isEmpty() ? sha256Hex(request.body) : declared;
}

// RFC 3986 §5.2.4, and AWS also drops empty segments (duplicate slashes).
QByteArray removeDotSegments(QByteArrayView path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.toByteArray().split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray out;
    if (path.startsWith('/'))
        out.append('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(segments.at(i));
    }
    if (path.endsWith('/') && !segments.isEmpty())
        out.append('/');
    return out;
}

QByteArray canonicalRequestWithPayload(const HttpRequest &request, bool normalizePath, const QByteArray &payload);

QByteArray scopeDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray credentialScope(const SigningParams &params)
{
    return scopeDate(params.time) + '/' + params.region.toUtf8() + '/' + params.service.toUtf8() + "/aws4_request";
}

QByteArray canonicalUri(QByteArrayView path, bool normalizePath)
{
    if (!normalizePath)
        return path.isEmpty() ? QByteArrayLiteral("/") : path.toByteArray();
    return uriEncode(removeDotSegments(path), /*encodeSlash=*/false);
}

QByteArray canonicalQuery(QByteArrayView query)
{
    if (query.isEmpty())
        return {};
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : query.toByteArray().split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.first(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.sliced(eq + 1);
        // Decoding first makes raw and already-encoded input produce the same canonical form.
        pairs.append({uriEncode(QByteArray::fromPercentEncoding(key)), uriEncode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray canonicalHeaders(const HttpHeaders &headers)
{
    QByteArray out;
    for (const auto &h : canonicalHeaderList(headers))
        out.append(h.name).append(':').append(h.value).append('\n');
    return out;
}

QByteArray signedHeaders(const HttpHeaders &headers)
{
    QByteArray out;
    for (const auto &h : canonicalHeaderList(headers)) {
        if (!out.isEmpty())
            out.append(';');
        out.append(h.name);
    }
    return out;
}

namespace {
QByteArray canonicalRequestWithPayload(const HttpRequest &request, bool normalizePath, const QByteArray &payload)
{
    return request.method.toUpper() + '\n' + canonicalUri(request.path, normalizePath) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaders(request.headers) + '\n'
        + signedHeaders(request.headers) + '\n' + payload;
}
} // namespace

QByteArray canonicalRequest(const HttpRequest &request, bool normalizePath)
{
    return canonicalRequestWithPayload(request, normalizePath, payloadHash(request));
}

QByteArray stringToSign(const QByteArray &canonicalRequest, const SigningParams &params)
{
    return Algorithm.toByteArray() + '\n' + amzDate(params.time) + '\n' + credentialScope(params) + '\n'
        + sha256Hex(canonicalRequest);
}

QByteArray signingKey(const QString &secretAccessKey, QByteArrayView date, const QString &region,
                      const QString &service)
{
    const QByteArray kDate = hmac(QByteArray("AWS4" + secretAccessKey.toUtf8()), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

QByteArray signature(const QByteArray &stringToSign, const SigningParams &params)
{
    const QByteArray key = signingKey(params.secretAccessKey, scopeDate(params.time), params.region, params.service);
    return hmac(key, stringToSign).toHex();
}

QByteArray authorizationHeader(const HttpRequest &request, const SigningParams &params)
{
    const QByteArray sts = stringToSign(canonicalRequest(request, params.normalizePath), params);
    return Algorithm.toByteArray() + " Credential=" + params.accessKeyId.toUtf8() + '/' + credentialScope(params)
        + ", SignedHeaders=" + signedHeaders(request.headers) + ", Signature=" + signature(sts, params);
}

void signRequest(HttpRequest &request, const SigningParams &params)
{
    removeHeader(request.headers, "authorization");
    request.setHeader("X-Amz-Date", amzDate(params.time));
    if (!params.sessionToken.isEmpty())
        request.setHeader("X-Amz-Security-Token", params.sessionToken.toUtf8());
    request.setHeader("Authorization", authorizationHeader(request, params));
}

QByteArray presignQuery(const HttpRequest &request, const SigningParams &params, int expiresSeconds,
                        bool signPayload)
{
    HttpRequest presigned = request;
    for (const QByteArrayView name : {"authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"})
        removeHeader(presigned.headers, name);

    QList<std::pair<QByteArray, QByteArray>> auth = {
        {"X-Amz-Algorithm", Algorithm.toByteArray()},
        {"X-Amz-Credential", params.accessKeyId.toUtf8() + '/' + credentialScope(params)},
        {"X-Amz-Date", amzDate(params.time)},
        {"X-Amz-Expires", QByteArray::number(expiresSeconds)},
        {"X-Amz-SignedHeaders", signedHeaders(presigned.headers)},
    };
    if (!params.sessionToken.isEmpty())
        auth.append({"X-Amz-Security-Token", params.sessionToken.toUtf8()});
    const QByteArray authQuery = encodeQuery(auth);
    presigned.query = presigned.query.isEmpty() ? authQuery : presigned.query + '&' + authQuery;

    const QByteArray payload = signPayload ? sha256Hex(presigned.body) : QByteArrayLiteral("UNSIGNED-PAYLOAD");
    const QByteArray creq = canonicalRequestWithPayload(presigned, params.normalizePath, payload);
    return presigned.query + "&X-Amz-Signature=" + signature(stringToSign(creq, params), params);
}

} // namespace Spendscope::SigV4
