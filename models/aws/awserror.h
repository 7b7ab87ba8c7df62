// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QCoreApplication>
#include <QString>

namespace Spendscope {

// The wire protocols whose error bodies we understand.
enum class WireProtocol {
    Json11,   // Cost Explorer, Budgets: {"__type": "...", "Message": "..."} or x-amzn-ErrorType
    Query,    // IAM, STS: <ErrorResponse><Error><Code>..</Code><Message>..</Message></Error>
    RestJson, // bedrock-mantle: OpenAI style {"error": {"message", "type", "code"}}
};

// One typed error for every failure of a call: transport, HTTP, service and parsing errors alike.
class AwsError final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::AwsError)
public:
    enum class Kind {
        None,
        Network,           // connection refused, reset, DNS, TLS
        Timeout,           // the transfer timed out
        Cancelled,         // the caller cancelled
        Throttling,        // the service asked us to slow down
        Authentication,    // bad or expired credentials, bad signature
        AccessDenied,      // authenticated but not allowed
        NotFound,          // the resource does not exist
        Validation,        // the service rejected the request's content
        Conflict,          // state conflict (archived project, duplicate record)
        LimitExceeded,     // a quota, e.g. five policy versions
        Service,           // any other service-side error (5xx included)
        MalformedResponse, // the body could not be understood
        InvalidInput,      // rejected before anything was sent (client-side validation)
        Credentials,       // no usable credentials were found
        LocalStorage,      // the local cache could not be read or written
    };

    AwsError() = default;
    AwsError(Kind kind, QString code, QString message, int httpStatus = 0);

    [[nodiscard]] static AwsError fromResponse(WireProtocol protocol, const HttpResponse &response);
    [[nodiscard]] static AwsError malformed(const QString &detail, int httpStatus = 0);
    [[nodiscard]] static AwsError invalidInput(const QString &message, const QString &code = QString());

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const QString &requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }

    // The AWS SDK "standard" retry mode's classification.
    [[nodiscard]] bool isThrottling() const;
    [[nodiscard]] bool isTransient() const;
    [[nodiscard]] bool isRetryable() const { return isThrottling() || isTransient(); }

    // A translated sentence for the user; names the code and the service's own message.
    [[nodiscard]] QString toString() const;

    [[nodiscard]] static Kind kindForCode(const QString &code, int httpStatus);

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    int m_httpStatus = 0;
    QString m_requestId;
};

} // namespace Spendscope
