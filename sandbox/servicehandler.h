// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awserror.h"
#include "aws/httpmessage.h"

#include <QDateTime>
#include <QString>

namespace Spendscope::Sandbox {

// A request that passed authentication, with what the server learned about it.
struct SandboxRequest
{
    HttpRequest http;
    QString service;      // credential scope service, or bedrock-mantle for bearer requests
    QString region;       // credential scope region
    bool bearer = false;  // authenticated with the Bedrock API key
    QByteArray requestId;
    QDateTime now;        // UTC
};

// One AWS service of the sandbox account. Handlers run on the server's thread, one request at a
// time, and answer in their service's wire protocol.
class ServiceHandler
{
public:
    virtual ~ServiceHandler() = default;

    [[nodiscard]] virtual QString service() const = 0; // SigV4 signing name: "ce", "iam", ...
    [[nodiscard]] virtual WireProtocol protocol() const = 0;
    [[nodiscard]] virtual HttpResponse handle(const SandboxRequest &request) = 0;
};

} // namespace Spendscope::Sandbox
