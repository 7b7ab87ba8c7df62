// SPDX-License-Identifier: GPL-3.0-or-later
#include "awserror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// botocore retries/standard.py
const QSet<QString> &throttlingCodes()
{
    static const QSet<QString> codes = {
        u"Throttling"_s, u"ThrottlingException"_s, u"ThrottledException"_s, u"RequestThrottledException"_s,
        u"TooManyRequestsException"_s, u"ProvisionedThroughputExceededException"_s,
        u"TransactionInProgressException"_s, u"RequestLimitExceeded"_s, u"BandwidthLimitExceeded"_s,
        u"LimitExceededException"_s, u"RequestThrottled"_s, u"SlowDown"_s, u"PriorRequestNotComplete"_s,
        u"EC2ThrottledException"_s, u"rate_limit_error"_s, u"rate_limit_exceeded"_s,
    };
    return codes;
}

const QSet<QString> &transientCodes()
{
    static const QSet<QString> codes = {
        u"RequestTimeout"_s, u"RequestTimeoutException"_s, u"PriorRequestNotComplete"_s,
        u"InternalError"_s, u"InternalFailure"_s, u"InternalErrorException"_s, u"InternalServerError"_s,
        u"InternalServerException"_s, u"ServiceUnavailable"_s, u"ServiceUnavailableException"_s,
    };
    return codes;
}

// "com.amazonaws.x#Foo:http://..." -> "Foo" (smithy's sanitize_error_code)
QString sanitizeCode(QString code)
{
    if (const qsizetype colon = code.indexOf(u':'); colon >= 0)
        code.truncate(colon);
    if (const qsizetype hash = code.lastIndexOf(u'#'); hash >= 0)
        code = code.mid(hash + 1);
    return code.trimmed();
}

QString genericCodeForStatus(int status)
{
    if (status == 429)
        return u"TooManyRequestsException"_s;
    if (status == 503)
        return u"ServiceUnavailable"_s;
    if (status >= 500)
        return u"InternalFailure"_s;
    if (status == 404)
        return u"NotFound"_s;
    if (status == 403)
        return u"AccessDenied"_s;
    if (status == 401)
        return u"Unauthorized"_s;
    return u"HttpError%1"_s.arg(status);
}

struct CodeAndMessage
{
    QString code;
    QString message;
    QString requestId; // Query errors carry it in the body
};

CodeAndMessage parseJson11(const HttpResponse &r)
{
    CodeAndMessage out;
    out.code = QString::fromUtf8(r.header("x-amzn-ErrorType"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (out.code.isEmpty())
        out.code = o.value(u"__type"_s).toString(o.value(u"code"_s).toString());
    out.message = o.value(u"Message"_s).toString(o.value(u"message"_s).toString());
    return out;
}

CodeAndMessage parseQueryXml(const HttpResponse &r)
{
    CodeAndMessage out;
    QXmlStreamReader xml(r.body);
    bool inError = false;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"Error") {
                inError = true;
            } else if (inError && name == u"Code") {
                out.code = xml.readElementText();
            } else if (inError && name == u"Message") {
                out.message = xml.readElementText();
            } else if (name == u"RequestId") {
                out.requestId = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"Error") {
            inError = false;
        }
    }
    return out;
}

CodeAndMessage parseRestJson(const HttpResponse &r)
{
    CodeAndMessage out;
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QJsonValue error = o.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        out.message = e.value(u"message"_s).toString();
        // OpenAI puts the category in "type" and a finer reason, sometimes numeric, in "code".
        out.code = e.value(u"type"_s).toString();
        if (out.code.isEmpty() && e.value(u"code"_s).isString())
            out.code = e.value(u"code"_s).toString();
    } else if (error.isString()) {
        out.message = error.toString();
    } else {
        // Some gateways in front of mantle answer in the AWS REST-JSON style instead.
        out.code = QString::fromUtf8(r.header("x-amzn-ErrorType"));
        if (out.code.isEmpty())
            out.code = o.value(u"__type"_s).toString();
        out.message = o.value(u"message"_s).toString(o.value(u"Message"_s).toString());
    }
    return out;
}

} // namespace

AwsError::AwsError(Kind kind, QString code, QString message, int httpStatus)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
{
}

AwsError AwsError::fromResponse(WireProtocol protocol, const HttpResponse &response)
{
    CodeAndMessage cm;
    switch (protocol) {
    case WireProtocol::Json11:
        cm = parseJson11(response);
        break;
    case WireProtocol::Query:
        cm = parseQueryXml(response);
        break;
    case WireProtocol::RestJson:
        cm = parseRestJson(response);
        break;
    }
    cm.code = sanitizeCode(cm.code);
    if (cm.code.isEmpty())
        cm.code = genericCodeForStatus(response.status);
    if (cm.message.isEmpty() && !response.body.isEmpty() && cm.code.startsWith(u"HttpError"))
        cm.message = QString::fromUtf8(response.body.left(200)).simplified();

    AwsError error(kindForCode(cm.code, response.status), cm.code, cm.message, response.status);
    QByteArray requestId = response.header("x-amzn-RequestId");
    if (requestId.isEmpty())
        requestId = response.header("x-amz-request-id");
    if (requestId.isEmpty())
        requestId = response.header("x-request-id");
    error.setRequestId(requestId.isEmpty() ? cm.requestId : QString::fromLatin1(requestId));
    return error;
}

AwsError AwsError::malformed(const QString &detail, int httpStatus)
{
    return AwsError(Kind::MalformedResponse, u"MalformedResponse"_s, detail, httpStatus);
}

AwsError AwsError::invalidInput(const QString &message, const QString &code)
{
    return AwsError(Kind::InvalidInput, code.isEmpty() ? u"InvalidInput"_s : code, message);
}

AwsError::Kind AwsError::kindForCode(const QString &code, int httpStatus)
{
    if (throttlingCodes().contains(code) || httpStatus == 429)
        return Kind::Throttling;
    static const QSet<QString> auth = {
        u"SignatureDoesNotMatch"_s, u"InvalidSignatureException"_s, u"IncompleteSignature"_s,
        u"IncompleteSignatureException"_s, u"InvalidClientTokenId"_s, u"UnrecognizedClientException"_s,
        u"ExpiredToken"_s, u"ExpiredTokenException"_s, u"MissingAuthenticationToken"_s,
        u"MissingAuthenticationTokenException"_s, u"authentication_error"_s, u"invalid_api_key"_s,
        u"AuthFailure"_s, u"Unauthorized"_s,
    };
    if (auth.contains(code) || httpStatus == 401)
        return Kind::Authentication;
    static const QSet<QString> denied = {
        u"AccessDenied"_s, u"AccessDeniedException"_s, u"permission_denied_error"_s, u"UnauthorizedOperation"_s,
    };
    if (denied.contains(code) || httpStatus == 403)
        return Kind::AccessDenied;
    static const QSet<QString> notFound = {
        u"NoSuchEntity"_s, u"NotFoundException"_s, u"ResourceNotFoundException"_s, u"not_found_error"_s,
        u"NotFound"_s,
    };
    if (notFound.contains(code) || httpStatus == 404)
        return Kind::NotFound;
    // IAM answers LimitExceeded with HTTP 409: the code must win over the status.
    static const QSet<QString> limits = {
        u"LimitExceeded"_s, u"ServiceQuotaExceededException"_s, u"CreationLimitExceededException"_s,
    };
    if (limits.contains(code))
        return Kind::LimitExceeded;
    static const QSet<QString> conflict = {
        u"ConflictException"_s, u"conflict_error"_s, u"DuplicateRecordException"_s, u"EntityAlreadyExists"_s,
        u"DeleteConflict"_s, u"ResourceLockedException"_s,
    };
    if (conflict.contains(code) || httpStatus == 409)
        return Kind::Conflict;
    if (transientCodes().contains(code) || httpStatus >= 500)
        return Kind::Service;
    static const QSet<QString> validation = {
        u"ValidationException"_s, u"ValidationError"_s, u"InvalidParameterException"_s,
        u"InvalidParameterValue"_s, u"InvalidInput"_s, u"MalformedPolicyDocument"_s,
        u"InvalidNextTokenException"_s, u"RequestChangedException"_s, u"invalid_request_error"_s,
        u"validation_error"_s, u"SerializationException"_s, u"UnknownOperationException"_s,
        u"MissingParameter"_s, u"InvalidAction"_s,
    };
    if (validation.contains(code) || httpStatus == 400)
        return Kind::Validation;
    return Kind::Service;
}

bool AwsError::isThrottling() const
{
    return m_kind == Kind::Throttling || throttlingCodes().contains(m_code);
}

bool AwsError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    default:
        break;
    }
    return transientCodes().contains(m_code) || m_httpStatus == 500 || m_httpStatus == 502
        || m_httpStatus == 503 || m_httpStatus == 504;
}

QString AwsError::toString() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        text = tr("The service could not be reached.");
        break;
    case Kind::Timeout:
        text = tr("The service did not answer in time.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Throttling:
        text = tr("AWS is throttling requests; try again in a moment.");
        break;
    case Kind::Authentication:
        text = tr("AWS did not accept the credentials.");
        break;
    case Kind::AccessDenied:
        text = tr("These credentials are not allowed to do this.");
        break;
    case Kind::NotFound:
        text = tr("The resource was not found.");
        break;
    case Kind::Validation:
        text = tr("AWS rejected the request as invalid.");
        break;
    case Kind::Conflict:
        text = tr("The request conflicts with the resource's current state.");
        break;
    case Kind::LimitExceeded:
        text = tr("An AWS limit was reached.");
        break;
    case Kind::Service:
        text = tr("AWS reported an error.");
        break;
    case Kind::MalformedResponse:
        text = tr("The service's answer could not be understood.");
        break;
    case Kind::InvalidInput:
    case Kind::Credentials:
    case Kind::LocalStorage:
        // These messages are Spendscope's own, already translated and complete.
        if (!m_message.isEmpty())
            return m_message;
        text = m_kind == Kind::InvalidInput ? tr("The input is not valid.")
            : m_kind == Kind::Credentials   ? tr("No usable AWS credentials were found.")
                                            : tr("The local cache could not be written.");
        break;
    }
    if (!m_message.isEmpty() && !m_code.isEmpty())
        return tr("%1 (%2: %3)").arg(text, m_code, m_message);
    if (!m_message.isEmpty())
        return tr("%1 (%2)").arg(text, m_message);
    if (!m_code.isEmpty())
        return tr("%1 (%2)").arg(text, m_code);
    return text;
}

} // namespace Spendscope
