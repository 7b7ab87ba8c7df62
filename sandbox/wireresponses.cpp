// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireresponses.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox::Wire {

QByteArray requestId(quint64 sequence)
{
    const QByteArray h = QCryptographicHash::hash(QByteArray::number(sequence), QCryptographicHash::Sha1).toHex();
    return h.mid(0, 8) + '-' + h.mid(8, 4) + "-4" + h.mid(13, 3) + "-8" + h.mid(17, 3) + '-' + h.mid(20, 12);
}

HttpResponse json11(const QJsonObject &body, const QByteArray &requestId)
{
    HttpResponse r;
    r.status = 200;
    r.headers = {{"Content-Type", "application/x-amz-json-1.1"}, {"x-amzn-RequestId", requestId}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse json11Error(int status, const QString &code, const QString &message, const QByteArray &requestId)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                 {"x-amzn-RequestId", requestId},
                 {"x-amzn-ErrorType", code.toUtf8() + ':'}};
    r.body = QJsonDocument(QJsonObject{{u"__type"_s, code}, {u"Message"_s, message}}).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&apos;"_s).toUtf8();
}

HttpResponse queryResult(const QString &action, const QString &xmlNamespace, const QByteArray &resultXml,
                         const QByteArray &requestId)
{
    HttpResponse r;
    r.status = 200;
    r.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", requestId}};
    const QByteArray a = action.toUtf8();
    r.body = "<" + a + "Response xmlns=\"" + xmlNamespace.toUtf8() + "\">\n  <" + a + "Result>" + resultXml + "</" + a
        + "Result>\n  <ResponseMetadata>\n    <RequestId>" + requestId + "</RequestId>\n  </ResponseMetadata>\n</" + a
        + "Response>\n";
    return r;
}

HttpResponse queryError(int status, const QString &code, const QString &message, const QByteArray &requestId,
                        bool senderFault)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", requestId}};
    r.body = "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n  <Error>\n    <Type>"
        + QByteArray(senderFault ? "Sender" : "Receiver") + "</Type>\n    <Code>" + xmlEscape(code) + "</Code>\n    <Message>"
        + xmlEscape(message) + "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
    return r;
}

HttpResponse json(int status, const QJsonObject &body, const QByteArray &requestId)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"}, {"x-request-id", requestId}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse openAiError(int status, const QString &type, const QString &message, const QByteArray &requestId,
                         const QString &param)
{
    const QJsonObject error{{u"message"_s, message},
                            {u"type"_s, type},
                            {u"param"_s, param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                            {u"code"_s, QJsonValue()}};
    return json(status, QJsonObject{{u"error"_s, error}}, requestId);
}

} // namespace Spendscope::Sandbox::Wire
