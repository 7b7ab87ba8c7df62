// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryprotocol.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Quoted values in error messages are cut short: the body may be huge or binary junk.
QString excerpt(const QString &text)
{
    constexpr qsizetype limit = 40;
    QString simplified = text.simplified();
    if (simplified.size() > limit)
        simplified = simplified.left(limit) + u'\x2026';
    return simplified;
}

QString fieldName(const XmlElement &parent, QStringView childName)
{
    return parent.name.isEmpty() ? childName.toString() : parent.name + u'.' + childName;
}

} // namespace

namespace {

// The text of a scalar field, or nullptr when the field is absent or blank. A field that holds
// elements where a value belongs is a type error.
const XmlElement *scalarField(const XmlElement &parent, QStringView childName, AwsError &error)
{
    const XmlElement *c = parent.child(childName);
    if (!c)
        return nullptr;
    if (!c->children.isEmpty()) {
        if (!error)
            error = AwsError::malformed(QueryProtocol::tr("The field %1 should hold a value but holds elements.")
                                            .arg(fieldName(parent, childName)));
        return nullptr;
    }
    return c->text.trimmed().isEmpty() ? nullptr : c;
}

} // namespace

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlElement::childText(QStringView childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->text : QString();
}

QList<const XmlElement *> XmlElement::members(QStringView listName) const
{
    QList<const XmlElement *> out;
    const XmlElement *list = child(listName);
    if (!list)
        return out;
    for (const XmlElement &c : list->children) {
        if (c.name == u"member")
            out.append(&c);
    }
    return out;
}

HttpRequest QueryProtocol::httpRequest(const QString &action, const QString &version,
                                       const QueryParameters &parameters)
{
    QueryParameters all;
    all.reserve(parameters.size() + 2);
    all.append({QByteArrayLiteral("Action"), action.toUtf8()});
    all.append({QByteArrayLiteral("Version"), version.toUtf8()});
    all.append(parameters);

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QByteArrayLiteral("/");
    request.setHeader("Content-Type", QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    request.body = encodeQuery(all);
    return request;
}

ServiceRequest QueryProtocol::serviceRequest(const ServiceEndpoint &endpoint, const QString &action,
                                             const QString &version, const QueryParameters &parameters)
{
    ServiceRequest request;
    request.endpoint = endpoint;
    request.protocol = WireProtocol::Query;
    request.auth = AuthMode::SigV4;
    request.operation = action;
    request.http = httpRequest(action, version, parameters);
    return request;
}

void QueryProtocol::appendList(QueryParameters &parameters, const QByteArray &prefix, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        parameters.append({prefix + ".member." + QByteArray::number(i + 1), values.at(i).toUtf8()});
}

void QueryProtocol::appendKeyValues(QueryParameters &parameters, const QByteArray &prefix,
                                    const QList<std::pair<QString, QString>> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray member = prefix + ".member." + QByteArray::number(i + 1);
        parameters.append({member + ".Key", items.at(i).first.toUtf8()});
        parameters.append({member + ".Value", items.at(i).second.toUtf8()});
    }
}

AwsError QueryProtocol::parse(const QByteArray &body, XmlElement &root)
{
    root = XmlElement();
    if (body.trimmed().isEmpty())
        return AwsError::malformed(tr("The response is empty where an XML document was expected."));

    QXmlStreamReader xml(body);
    // The open elements, innermost last. Each points into its parent's children, which do not
    // change while a descendant is open, so the pointers stay valid.
    QList<XmlElement *> open;
    qsizetype elements = 0;
    bool haveRoot = false;

    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // AWS never sends a DTD; refusing it rules out entity expansion tricks.
            return AwsError::malformed(tr("The response contains a document type declaration, which AWS never sends."));
        case QXmlStreamReader::StartElement: {
            if (open.size() >= MaxDepth)
                return AwsError::malformed(tr("The response is nested deeper than %1 levels.").arg(MaxDepth));
            if (++elements > MaxElements)
                return AwsError::malformed(tr("The response has more than %1 elements.").arg(MaxElements));
            XmlElement *element = nullptr;
            if (open.isEmpty()) {
                if (haveRoot)
                    break; // QXmlStreamReader reports a second root as an error below
                haveRoot = true;
                element = &root;
            } else {
                element = &open.last()->children.emplaceBack();
            }
            element->name = xml.name().toString();
            open.append(element);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last()->text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty()) {
                XmlElement *element = open.takeLast();
                // Indentation between child elements is not content.
                if (!element->children.isEmpty() && element->text.trimmed().isEmpty())
                    element->text.clear();
            }
            break;
        default:
            break;
        }
    }

    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return AwsError::malformed(tr("The response ended before its XML document was complete."));
        return AwsError::malformed(tr("The response is not valid XML (line %1, column %2: %3).")
                                       .arg(xml.lineNumber())
                                       .arg(xml.columnNumber())
                                       .arg(xml.errorString()));
    }
    if (!haveRoot)
        return AwsError::malformed(tr("The response contains no XML element."));
    return {};
}

AwsError QueryProtocol::parseResponse(const HttpResponse &response, const QString &action, XmlElement &result,
                                      QString *requestId)
{
    result = XmlElement();
    XmlElement root;
    if (AwsError error = parse(response.body, root)) {
        return AwsError::malformed(tr("The answer to %1 could not be read: %2").arg(action, error.message()),
                                   response.status);
    }
    if (root.name == u"ErrorResponse") {
        // A proxy or an odd service may send an error document with a 2xx status; it is still an error.
        return AwsError::fromResponse(WireProtocol::Query, response);
    }
    const QString expectedRoot = action + u"Response"_s;
    if (root.name != expectedRoot) {
        return AwsError::malformed(
            tr("The answer to %1 starts with <%2> instead of <%3>.").arg(action, excerpt(root.name), expectedRoot),
            response.status);
    }
    if (requestId) {
        const XmlElement *metadata = root.child(u"ResponseMetadata");
        *requestId = metadata ? metadata->childText(u"RequestId") : QString();
    }
    const QString resultName = action + u"Result"_s;
    if (const XmlElement *found = root.child(resultName))
        result = *found;
    else
        result.name = resultName;
    return {};
}

std::optional<qint64> QueryProtocol::readInt(const XmlElement &parent, QStringView childName, AwsError &error)
{
    const XmlElement *c = scalarField(parent, childName, error);
    if (!c)
        return std::nullopt;
    bool ok = false;
    const qint64 value = c->text.trimmed().toLongLong(&ok);
    if (ok)
        return value;
    if (!error) {
        error = AwsError::malformed(tr("The field %1 should be a whole number but is \"%2\".")
                                        .arg(fieldName(parent, childName), excerpt(c->text)));
    }
    return std::nullopt;
}

std::optional<bool> QueryProtocol::readBool(const XmlElement &parent, QStringView childName, AwsError &error)
{
    const XmlElement *c = scalarField(parent, childName, error);
    if (!c)
        return std::nullopt;
    const QString text = c->text.trimmed();
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    if (!error) {
        error = AwsError::malformed(tr("The field %1 should be true or false but is \"%2\".")
                                        .arg(fieldName(parent, childName), excerpt(c->text)));
    }
    return std::nullopt;
}

std::optional<QDateTime> QueryProtocol::readDateTime(const XmlElement &parent, QStringView childName,
                                                     AwsError &error)
{
    const XmlElement *c = scalarField(parent, childName, error);
    if (!c)
        return std::nullopt;
    // Qt's ISO parser only takes up to three fraction digits; AWS and moto send up to six.
    static const QRegularExpression iso(
        u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    const QRegularExpressionMatch match = iso.match(c->text.trimmed());
    if (match.hasMatch()) {
        QDateTime value = QDateTime::fromString(match.captured(1), Qt::ISODate);
        if (value.isValid()) {
            value.setTimeZone(QTimeZone::utc());
            const QString fraction = match.captured(2);
            if (!fraction.isEmpty())
                value = value.addMSecs(fraction.leftJustified(3, u'0', true).toInt());
            const QString zone = match.captured(3);
            if (!zone.isEmpty() && zone != u"Z") {
                const int sign = zone.startsWith(u'-') ? -1 : 1;
                const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(4, 2).toInt();
                value = value.addSecs(-sign * minutes * 60);
            }
            return value;
        }
    }
    if (!error) {
        error = AwsError::malformed(tr("The field %1 should be a date and time but is \"%2\".")
                                        .arg(fieldName(parent, childName), excerpt(c->text)));
    }
    return std::nullopt;
}

const XmlElement *QueryProtocol::requireChild(const XmlElement &parent, QStringView childName, AwsError &error)
{
    const XmlElement *c = parent.child(childName);
    if (!c && !error)
        error = AwsError::malformed(tr("The answer lacks the field %1.").arg(fieldName(parent, childName)));
    return c;
}

AwsError QueryProtocol::readPage(const XmlElement &result, Page &page)
{
    AwsError error;
    page.truncated = readBool(result, u"IsTruncated", error).value_or(false);
    page.marker = result.childText(u"Marker").trimmed();
    if (error)
        return error;
    if (page.truncated && page.marker.isEmpty())
        return AwsError::malformed(tr("The answer says more pages follow but gives no marker for the next one."));
    return {};
}

} // namespace Spendscope
