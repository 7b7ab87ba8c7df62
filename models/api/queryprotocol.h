// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awstransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Spendscope {

// Form parameters of one Query-protocol request, in the order they go into the body.
using QueryParameters = QList<std::pair<QByteArray, QByteArray>>;

// One element of a parsed Query-protocol response: its local name (namespaces are ignored, as
// every element of an IAM or STS answer lives in the one service namespace), the character data
// directly inside it and its child elements in document order.
struct XmlElement
{
    QString name;
    QString text;
    QList<XmlElement> children;

    // The first child called `childName`, or nullptr.
    [[nodiscard]] const XmlElement *child(QStringView childName) const;
    // The text of the first child called `childName`; empty when there is none.
    [[nodiscard]] QString childText(QStringView childName) const;
    [[nodiscard]] bool hasChild(QStringView childName) const { return child(childName) != nullptr; }
    // The <member> items of the list element called `listName` (an absent or empty list gives none).
    [[nodiscard]] QList<const XmlElement *> members(QStringView listName) const;
};

// The AWS Query protocol (IAM, STS): requests are form-encoded POSTs to "/" with Action and
// Version first; answers are <ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>.
// Parsing never trusts the input: junk, deep nesting, DTDs and oversized documents end in
// AwsError::malformed() instead of a crash or an unbounded tree.
class QueryProtocol final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::QueryProtocol)
public:
    // Limits for parse(): AWS answers are shallow (depth < 10) and a page holds at most 1,000 items
    // of a few dozen elements each.
    static constexpr int MaxDepth = 64;
    static constexpr qsizetype MaxElements = 200'000;

    QueryProtocol() = delete;

    // POST / with the form body Action=..&Version=..&<parameters> (RFC 3986 encoded).
    [[nodiscard]] static HttpRequest httpRequest(const QString &action, const QString &version,
                                                 const QueryParameters &parameters);
    [[nodiscard]] static ServiceRequest serviceRequest(const ServiceEndpoint &endpoint, const QString &action,
                                                       const QString &version, const QueryParameters &parameters);

    // Appends a list as the Query protocol flattens it: `<prefix>.member.<n>=value`, n from 1.
    static void appendList(QueryParameters &parameters, const QByteArray &prefix, const QStringList &values);
    // Appends key/value structures: `<prefix>.member.<n>.Key` and `.Value`.
    static void appendKeyValues(QueryParameters &parameters, const QByteArray &prefix,
                                const QList<std::pair<QString, QString>> &items);

    // Parses a whole document into `root`. Empty, truncated, malformed or oversized input fails.
    [[nodiscard]] static AwsError parse(const QByteArray &body, XmlElement &root);
    // Parses a successful answer to `action`: checks the <ActionResponse> root and hands out its
    // <ActionResult> (an empty element when the action has no result), plus the request id.
    [[nodiscard]] static AwsError parseResponse(const HttpResponse &response, const QString &action,
                                                XmlElement &result, QString *requestId = nullptr);

    // Typed readers for child elements. An absent (or empty) element gives std::nullopt; a present
    // one that does not hold the type sets `error` (if it is still clear) and gives std::nullopt.
    [[nodiscard]] static std::optional<qint64> readInt(const XmlElement &parent, QStringView childName,
                                                       AwsError &error);
    [[nodiscard]] static std::optional<bool> readBool(const XmlElement &parent, QStringView childName,
                                                      AwsError &error);
    // ISO 8601 as IAM writes it ("2015-04-21T21:04:17Z", with or without fractions), in UTC.
    [[nodiscard]] static std::optional<QDateTime> readDateTime(const XmlElement &parent, QStringView childName,
                                                               AwsError &error);
    // A child that must be present; sets `error` and gives nullptr when it is not.
    [[nodiscard]] static const XmlElement *requireChild(const XmlElement &parent, QStringView childName,
                                                        AwsError &error);

    // The pagination fields of a list result: IsTruncated and Marker. A truncated page without a
    // marker fails, because following it would either stop early or loop.
    struct Page
    {
        bool truncated = false;
        QString marker;
    };
    [[nodiscard]] static AwsError readPage(const XmlElement &result, Page &page);
};

} // namespace Spendscope
