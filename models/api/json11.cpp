// SPDX-License-Identifier: GPL-3.0-or-later
#include "json11.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Integers in JSON are doubles; beyond 2^53 they are no longer exact.
constexpr double MaxExactInteger = 9007199254740992.0;
// QDateTime's useful range for epoch seconds: years 1 to 9999.
constexpr double MinEpochSeconds = -62135596800.0;
constexpr double MaxEpochSeconds = 253402300799.0;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace

QByteArray Json11::serialize(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpRequest Json11::httpRequest(const QString &targetPrefix, const QString &operation, const QByteArray &body)
{
    HttpRequest http;
    http.method = QByteArrayLiteral("POST");
    http.path = QByteArrayLiteral("/");
    // Only these two protocol headers are set here: the signer signs every header the request
    // carries, and the SDKs sign exactly content-type, host, x-amz-date and x-amz-target.
    http.setHeader("Content-Type", QByteArrayLiteral("application/x-amz-json-1.1"));
    http.setHeader("X-Amz-Target", (targetPrefix + u'.' + operation).toLatin1());
    http.body = body;
    return http;
}

HttpRequest Json11::httpRequest(const QString &targetPrefix, const QString &operation, const QJsonObject &body)
{
    return httpRequest(targetPrefix, operation, serialize(body));
}

ServiceRequest Json11::serviceRequest(const ServiceEndpoint &endpoint, const QString &targetPrefix,
                                      const QString &operation, const QJsonObject &body)
{
    return serviceRequest(endpoint, targetPrefix, operation, serialize(body));
}

ServiceRequest Json11::serviceRequest(const ServiceEndpoint &endpoint, const QString &targetPrefix,
                                      const QString &operation, const QByteArray &body)
{
    ServiceRequest request;
    request.endpoint = endpoint;
    request.protocol = WireProtocol::Json11;
    request.auth = AuthMode::SigV4;
    request.operation = operation;
    request.http = httpRequest(targetPrefix, operation, body);
    return request;
}

AwsError Json11::parseObject(const HttpResponse &response, QJsonObject &root, bool emptyIsObject)
{
    if (response.body.trimmed().isEmpty()) {
        if (emptyIsObject) {
            root = QJsonObject();
            return {};
        }
        return AwsError::malformed(tr("The answer is empty."), response.status);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return AwsError::malformed(tr("The answer is not valid JSON (%1 at byte %2).")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset),
                                   response.status);
    }
    if (!document.isObject())
        return AwsError::malformed(tr("The answer is not a JSON object."), response.status);
    root = document.object();
    return {};
}

// --- Field ---------------------------------------------------------------------------------------

Json11::Field::Field(const QJsonValue &value, QString path, AwsError *error)
    : m_value(value)
    , m_path(std::move(path))
    , m_error(error)
{
    Q_ASSERT(error);
}

void Json11::Field::fail(const QString &problem) const
{
    if (m_error->isError())
        return;
    const QString where = m_path.isEmpty() ? u"(top level)"_s : m_path;
    //: %1 is a JSON path such as ResultsByTime[2].Total, %2 what is wrong with it
    *m_error = AwsError::malformed(tr("%1: %2").arg(where, problem));
}

Json11::Field Json11::Field::operator[](QStringView key) const
{
    const QString childPath = m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
    if (!isPresent())
        return Field(QJsonValue(QJsonValue::Undefined), childPath, m_error);
    if (!m_value.isObject()) {
        fail(tr("expected an object, found a %1").arg(typeName(m_value)));
        return Field(QJsonValue(QJsonValue::Undefined), childPath, m_error);
    }
    return Field(m_value.toObject().value(key), childPath, m_error);
}

QList<Json11::Field> Json11::Field::items() const
{
    QList<Field> out;
    if (!isPresent())
        return out;
    if (!m_value.isArray()) {
        fail(tr("expected an array, found a %1").arg(typeName(m_value)));
        return out;
    }
    const QJsonArray array = m_value.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(Field(array.at(i), m_path + u'[' + QString::number(i) + u']', m_error));
    return out;
}

QList<std::pair<QString, Json11::Field>> Json11::Field::members() const
{
    QList<std::pair<QString, Field>> out;
    if (!isPresent())
        return out;
    if (!m_value.isObject()) {
        fail(tr("expected an object, found a %1").arg(typeName(m_value)));
        return out;
    }
    const QJsonObject object = m_value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append({it.key(), Field(it.value(), m_path + u'.' + it.key(), m_error)});
    return out;
}

std::optional<QString> Json11::Field::optionalString() const
{
    if (!isPresent())
        return std::nullopt;
    if (!m_value.isString()) {
        fail(tr("expected a string, found a %1").arg(typeName(m_value)));
        return std::nullopt;
    }
    return m_value.toString();
}

QString Json11::Field::string() const
{
    if (!isPresent()) {
        fail(tr("the field is missing"));
        return QString();
    }
    return optionalString().value_or(QString());
}

QStringList Json11::Field::stringList() const
{
    QStringList out;
    const QList<Field> list = items();
    out.reserve(list.size());
    for (const Field &item : list) {
        if (!item.m_value.isString()) {
            item.fail(tr("expected a string, found a %1").arg(typeName(item.m_value)));
            return {};
        }
        out.append(item.m_value.toString());
    }
    return out;
}

bool Json11::Field::boolean(bool fallback) const
{
    if (!isPresent())
        return fallback;
    if (!m_value.isBool()) {
        fail(tr("expected true or false, found a %1").arg(typeName(m_value)));
        return fallback;
    }
    return m_value.toBool();
}

std::optional<double> Json11::Field::optionalNumber() const
{
    if (!isPresent())
        return std::nullopt;
    if (!m_value.isDouble()) {
        fail(tr("expected a number, found a %1").arg(typeName(m_value)));
        return std::nullopt;
    }
    const double d = m_value.toDouble();
    if (!std::isfinite(d)) {
        fail(tr("the number is out of range"));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> Json11::Field::optionalInteger() const
{
    const std::optional<double> d = optionalNumber();
    if (!d)
        return std::nullopt;
    if (std::trunc(*d) != *d || std::fabs(*d) > MaxExactInteger) {
        fail(tr("expected a whole number, found %1").arg(*d));
        return std::nullopt;
    }
    return static_cast<qint64>(*d);
}

qint64 Json11::Field::integer() const
{
    if (!isPresent()) {
        fail(tr("the field is missing"));
        return 0;
    }
    return optionalInteger().value_or(0);
}

std::optional<Money> Json11::Field::optionalMoney() const
{
    if (!isPresent())
        return std::nullopt;
    if (!m_value.isString()) {
        fail(tr("expected a decimal string, found a %1").arg(typeName(m_value)));
        return std::nullopt;
    }
    const QString text = m_value.toString();
    const std::optional<Money> amount = Money::parse(text);
    if (!amount) {
        // Only the start of the text: it comes from the network and may be huge.
        fail(tr("\"%1\" is not a decimal amount in range").arg(text.left(40)));
        return std::nullopt;
    }
    return amount;
}

Money Json11::Field::money() const
{
    if (!isPresent()) {
        fail(tr("the field is missing"));
        return Money();
    }
    return optionalMoney().value_or(Money());
}

std::optional<QDateTime> Json11::Field::optionalTimestamp() const
{
    if (!isPresent())
        return std::nullopt;
    if (m_value.isString())
        return optionalIsoDateTime();
    const std::optional<double> seconds = optionalNumber();
    if (!seconds)
        return std::nullopt;
    if (*seconds < MinEpochSeconds || *seconds > MaxEpochSeconds) {
        fail(tr("the timestamp %1 is out of range").arg(*seconds));
        return std::nullopt;
    }
    // Milliseconds are as fine as any AWS timestamp gets.
    return QDateTime::fromMSecsSinceEpoch(std::llround(*seconds * 1000.0), Qt::UTC);
}

std::optional<QDateTime> Json11::Field::optionalIsoDateTime() const
{
    const std::optional<QString> text = optionalString();
    if (!text)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(tr("\"%1\" is not a date and time").arg(text->left(40)));
        return std::nullopt;
    }
    return time.toUTC();
}

// --- Pager ---------------------------------------------------------------------------------------

Json11::Pager::Pager(QString targetPrefix, QString operation, QJsonObject firstBody, QString tokenField)
    : m_targetPrefix(std::move(targetPrefix))
    , m_operation(std::move(operation))
    , m_body(std::move(firstBody))
    , m_tokenField(std::move(tokenField))
{
}

StepOutcome Json11::Pager::next(const QString &token)
{
    ++m_pages;
    if (token.isEmpty())
        return StepOutcome::done();
    if (m_seenTokens.contains(token))
        return StepOutcome::fail(AwsError::malformed(
            tr("%1 returned a page token it had returned before; stopping instead of looping.").arg(m_operation)));
    if (m_pages >= MaxPages)
        return StepOutcome::fail(AwsError::malformed(
            tr("%1 returned more than %2 pages; stopping.").arg(m_operation).arg(MaxPages)));
    m_seenTokens.insert(token);
    // The service wants the identical request with the token (else RequestChangedException).
    QJsonObject body = m_body;
    body.insert(m_tokenField, token);
    return StepOutcome::nextPage(httpRequest(m_targetPrefix, m_operation, body));
}

} // namespace Spendscope
