// SPDX-License-Identifier: GPL-3.0-or-later
#include "sigv4verifier.h"

#include "aws/sigv4.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

struct ParsedAuthorization
{
    bool ok = false;
    QString accessKeyId;
    QString date;
    QString region;
    QString service;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

ParsedAuthorization parseAuthorization(const QByteArray &header)
{
    ParsedAuthorization p;
    if (!header.startsWith("AWS4-HMAC-SHA256 "))
        return p;
    const QString rest = QString::fromUtf8(header.mid(17));
    static const QRegularExpression credential(u"Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request"_s);
    static const QRegularExpression signedHeaders(u"SignedHeaders=([a-z0-9;\\-_.]+)"_s);
    static const QRegularExpression signature(u"Signature=([0-9a-f]{64})"_s);
    const auto c = credential.match(rest);
    const auto h = signedHeaders.match(rest);
    const auto s = signature.match(rest);
    if (!c.hasMatch() || !h.hasMatch() || !s.hasMatch())
        return p;
    p.accessKeyId = c.captured(1);
    p.date = c.captured(2);
    p.region = c.captured(3);
    p.service = c.captured(4);
    p.signedHeaders = h.captured(1).toLatin1().split(';');
    p.signature = s.captured(1).toLatin1();
    p.ok = true;
    return p;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

SigV4Verifier::SigV4Verifier(QString accessKeyId, QString secretAccessKey)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
{
}

SigV4Verifier::Result SigV4Verifier::parseScope(const HttpRequest &request)
{
    Result result;
    const QByteArray header = request.header("authorization");
    if (header.isEmpty()) {
        result.outcome = Outcome::Missing;
        result.detail = u"Missing Authentication Token"_s;
        return result;
    }
    const ParsedAuthorization p = parseAuthorization(header);
    if (!p.ok) {
        result.outcome = Outcome::Incomplete;
        result.detail = u"Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters."_s;
        return result;
    }
    result.outcome = Outcome::Valid;
    result.accessKeyId = p.accessKeyId;
    result.region = p.region;
    result.service = p.service;
    return result;
}

SigV4Verifier::Result SigV4Verifier::verify(const HttpRequest &request, const QDateTime &now) const
{
    Result result = parseScope(request);
    if (result.outcome != Outcome::Valid)
        return result;
    const ParsedAuthorization p = parseAuthorization(request.header("authorization"));

    if (p.accessKeyId != m_accessKeyId) {
        result.outcome = Outcome::UnknownAccessKey;
        result.detail = u"The security token included in the request is invalid."_s;
        return result;
    }
    const QByteArray amzDate = request.header("x-amz-date");
    const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    QDateTime when = signedAt;
    when.setTimeSpec(Qt::UTC);
    if (amzDate.isEmpty() || !signedAt.isValid() || !amzDate.startsWith(p.date.toLatin1())) {
        result.outcome = Outcome::Incomplete;
        result.detail = u"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."_s;
        return result;
    }
    if (qAbs(when.secsTo(now)) > 15 * 60) {
        result.outcome = Outcome::Expired;
        result.detail = u"Signature expired: %1 is now earlier than %2 (%3 - 15 min.)"_s.arg(
            QString::fromLatin1(amzDate), now.addSecs(-15 * 60).toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
            now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
        return result;
    }

    // Recompute over exactly the headers the client said it signed.
    HttpRequest signedPart;
    signedPart.method = request.method;
    signedPart.path = request.path;
    signedPart.query = request.query;
    signedPart.body = request.body;
    for (const QByteArray &name : p.signedHeaders) {
        bool found = false;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                signedPart.headers.append({name, value});
                found = true;
            }
        }
        if (!found) {
            result.outcome = Outcome::SignatureMismatch;
            result.detail = u"The request signature we calculated does not match the signature you provided. "
                            "Check your AWS Secret Access Key and signing method."_s;
            return result;
        }
    }
    SigV4::SigningParams params;
    params.accessKeyId = p.accessKeyId;
    params.secretAccessKey = m_secretAccessKey;
    params.region = p.region;
    params.service = p.service;
    params.time = when;
    const QByteArray expected = SigV4::signature(
        SigV4::stringToSign(SigV4::canonicalRequest(signedPart, params.normalizePath), params), params);
    if (!constantTimeEquals(expected, p.signature)) {
        result.outcome = Outcome::SignatureMismatch;
        result.detail = u"The request signature we calculated does not match the signature you provided. "
                        "Check your AWS Secret Access Key and signing method. Consult the service documentation "
                        "for details."_s;
        return result;
    }
    return result;
}

} // namespace Spendscope::Sandbox
