// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QDateTime>
#include <QString>

// AWS Signature Version 4 as pure functions
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
namespace Spendscope::SigV4 {

struct SigningParams
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // signed as X-Amz-Security-Token when set
    QString region;
    QString service;
    QDateTime time;       // UTC; the request's X-Amz-Date
    // Every AWS service but S3 normalises the path (RFC 3986 dot segments, duplicate slashes)
    // and encodes each segment once more.
    bool normalizePath = true;
};

inline constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";

[[nodiscard]] QByteArray amzDate(const QDateTime &time);                 // 20150830T123600Z
[[nodiscard]] QByteArray credentialScope(const SigningParams &params);   // 20150830/us-east-1/service/aws4_request

[[nodiscard]] QByteArray canonicalUri(QByteArrayView path, bool normalizePath);
[[nodiscard]] QByteArray canonicalQuery(QByteArrayView query);
// Lower-case names, sorted; values trimmed with inner runs of white space folded to one space;
// repeated headers joined with commas in the order given. Authorization, the hop-by-hop headers
// (Connection, Keep-Alive, TE, Trailer, Transfer-Encoding, Upgrade, Proxy-*), Expect, User-Agent
// and X-Amzn-Trace-Id are never signed, as in botocore: proxies and HTTP stacks change them.
[[nodiscard]] QByteArray canonicalHeaders(const HttpHeaders &headers);
[[nodiscard]] QByteArray signedHeaders(const HttpHeaders &headers);
[[nodiscard]] QByteArray canonicalRequest(const HttpRequest &request, bool normalizePath = true);
[[nodiscard]] QByteArray stringToSign(const QByteArray &canonicalRequest, const SigningParams &params);
[[nodiscard]] QByteArray signingKey(const QString &secretAccessKey, QByteArrayView date, const QString &region,
                                    const QString &service);
[[nodiscard]] QByteArray signature(const QByteArray &stringToSign, const SigningParams &params); // hex
[[nodiscard]] QByteArray authorizationHeader(const HttpRequest &request, const SigningParams &params);

// Sets X-Amz-Date (and X-Amz-Security-Token) and signs every header the request carries;
// headers the HTTP stack adds later stay unsigned, as the AWS SDKs do.
void signRequest(HttpRequest &request, const SigningParams &params);

// Query-string signing (presigned URL): returns the query to use instead of request.query, with
// X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders (and -Security-Token) and
// X-Amz-Signature. The payload is UNSIGNED-PAYLOAD unless signPayload is set.
[[nodiscard]] QByteArray presignQuery(const HttpRequest &request, const SigningParams &params, int expiresSeconds,
                                      bool signPayload = false);

} // namespace Spendscope::SigV4
