// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/httpmessage.h"

#include <QDateTime>
#include <QString>

namespace Spendscope::Sandbox {

// Verifies AWS Signature Version 4 headers as AWS does, with the production signer, so that both
// our clients and the AWS CLI/boto3 are checked against the same canonical form.
class SigV4Verifier final
{
public:
    enum class Outcome {
        Valid,
        Missing,           // no Authorization header at all
        Incomplete,        // malformed Authorization header or missing X-Amz-Date
        UnknownAccessKey,  // the access key id is not this account's
        SignatureMismatch, // the signature does not match the request
        Expired,           // X-Amz-Date is more than 15 minutes away from now
    };

    struct Result
    {
        Outcome outcome = Outcome::Missing;
        QString accessKeyId;
        QString region;
        QString service; // the credential scope's service: how the sandbox routes the request
        QString detail;  // AWS-style message for the error body
    };

    SigV4Verifier(QString accessKeyId, QString secretAccessKey);

    // Reads only the credential scope (no verification); routing needs the service first.
    [[nodiscard]] static Result parseScope(const HttpRequest &request);
    [[nodiscard]] Result verify(const HttpRequest &request, const QDateTime &now) const;

private:
    QString m_accessKeyId;
    QString m_secretAccessKey;
};

} // namespace Spendscope::Sandbox
