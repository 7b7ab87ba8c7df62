// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/apicall.h"
#include "aws/awstransport.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Spendscope {

// The result of an operation whose successful answer carries nothing (CreateBudget, ...).
struct EmptyResult
{
};

// The AWS JSON 1.1 protocol (Cost Explorer, Budgets): every operation is a POST to "/" with
// `Content-Type: application/x-amz-json-1.1`, `X-Amz-Target: <prefix>.<Operation>` and a JSON
// object as body; answers are JSON objects. Amounts travel as decimal strings and are read into
// Money, never through double; timestamps are epoch seconds as JSON numbers.
class Json11 final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Json11)
public:
    // Paginated reads stop after this many pages: each Cost Explorer page is billed, and a
    // service that keeps answering with fresh tokens must not run up the bill without end.
    static constexpr int MaxPages = 1000;

    Json11() = delete;

    // Compact UTF-8 JSON; members are written in key order, so equal objects give equal bytes.
    [[nodiscard]] static QByteArray serialize(const QJsonObject &body);

    [[nodiscard]] static HttpRequest httpRequest(const QString &targetPrefix, const QString &operation,
                                                 const QByteArray &body);
    [[nodiscard]] static HttpRequest httpRequest(const QString &targetPrefix, const QString &operation,
                                                 const QJsonObject &body);
    [[nodiscard]] static ServiceRequest serviceRequest(const ServiceEndpoint &endpoint, const QString &targetPrefix,
                                                       const QString &operation, const QJsonObject &body);
    // Sends exactly these bytes as the body (e.g. to reproduce a recorded request).
    [[nodiscard]] static ServiceRequest serviceRequest(const ServiceEndpoint &endpoint, const QString &targetPrefix,
                                                       const QString &operation, const QByteArray &body);

    // Parses a successful answer into its top-level object. Anything but a JSON object fails;
    // an empty body counts as {} only when `emptyIsObject` (operations with empty outputs).
    [[nodiscard]] static AwsError parseObject(const HttpResponse &response, QJsonObject &root,
                                              bool emptyIsObject = false);

    // One value of a parsed answer together with its path ("ResultsByTime[2].Groups[0]"), read with
    // checks. The first problem is recorded in the shared AwsError as a malformed-response error
    // naming the path; later problems are ignored, so a parser reads everything and checks the
    // error once. Absent members and JSON null count as "not present".
    class Field final
    {
    public:
        Field(const QJsonValue &value, QString path, AwsError *error);

        [[nodiscard]] Field operator[](QStringView key) const; // member of an object
        [[nodiscard]] QList<Field> items() const;               // elements of an array (absent: none)
        [[nodiscard]] QList<std::pair<QString, Field>> members() const; // members of an object (absent: none)

        [[nodiscard]] bool isPresent() const { return !m_value.isUndefined() && !m_value.isNull(); }
        [[nodiscard]] const QJsonValue &value() const { return m_value; }
        [[nodiscard]] const QString &path() const { return m_path; }
        [[nodiscard]] bool hasError() const { return m_error->isError(); }

        // Required values record an error when absent; every reader records one on a wrong type.
        [[nodiscard]] QString string() const;
        [[nodiscard]] std::optional<QString> optionalString() const;
        [[nodiscard]] QStringList stringList() const; // absent: empty
        [[nodiscard]] bool boolean(bool fallback = false) const; // absent: fallback
        [[nodiscard]] qint64 integer() const;
        [[nodiscard]] std::optional<qint64> optionalInteger() const;
        [[nodiscard]] std::optional<double> optionalNumber() const;
        // An exact decimal sent as a JSON string ("0.0000001035", "1.7E-7"); a JSON number is a
        // wrong type, because it may already have been rounded through binary floating point.
        [[nodiscard]] Money money() const;
        [[nodiscard]] std::optional<Money> optionalMoney() const;
        // Epoch seconds as a JSON number, possibly fractional or in E-notation (1.7855424E9);
        // an ISO 8601 string is accepted too, as botocore does.
        [[nodiscard]] std::optional<QDateTime> optionalTimestamp() const;
        // A ZonedDateTime string ("2024-01-31T08:15:00Z", "...+02:00"), in UTC.
        [[nodiscard]] std::optional<QDateTime> optionalIsoDateTime() const;

        // Records "<path>: <problem>" unless an error was recorded before.
        void fail(const QString &problem) const;

    private:
        QJsonValue m_value;
        QString m_path;
        AwsError *m_error;
    };

    // Follows NextPageToken-style pagination: repeats the first request with the token of the
    // previous answer. A token seen before or more than MaxPages pages fail instead of looping.
    class Pager final
    {
    public:
        Pager(QString targetPrefix, QString operation, QJsonObject firstBody, QString tokenField);

        // `token` is the answer's token (empty on the last page).
        [[nodiscard]] StepOutcome next(const QString &token);
        [[nodiscard]] int pages() const { return m_pages; }

    private:
        QString m_targetPrefix;
        QString m_operation;
        QJsonObject m_body;
        QString m_tokenField;
        QSet<QString> m_seenTokens;
        int m_pages = 0;
    };
};

} // namespace Spendscope
