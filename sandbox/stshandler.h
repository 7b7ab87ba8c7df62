// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servicehandler.h"

namespace Spendscope::Sandbox {

// STS (Query protocol): GetCallerIdentity for the sandbox account's user.
class StsHandler final : public ServiceHandler
{
public:
    StsHandler(QString accountId, QString userName);

    [[nodiscard]] QString service() const override { return QStringLiteral("sts"); }
    [[nodiscard]] WireProtocol protocol() const override { return WireProtocol::Query; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override;

private:
    QString m_accountId;
    QString m_userName;
};

} // namespace Spendscope::Sandbox
