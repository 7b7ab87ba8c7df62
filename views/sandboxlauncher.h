// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/credentials.h"
#include "aws/endpoints.h"

#include <QObject>

namespace Spendscope {

// Starts the built-in sandbox account when the sandbox profile is chosen and reports how to
// reach it. The app runs it in a worker thread (SandboxHost); GUI tests run a small one in
// process. Views only see this interface, so they do not depend on the sandbox library.
class SandboxLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)
public:
    explicit SandboxLauncher(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SandboxLauncher() override = default;

    // Starts the account if it is not running; launched() or failed() follows, also when it was
    // running already.
    virtual void launch() = 0;

Q_SIGNALS:
    void launched(const Spendscope::AwsCredentials &credentials, const Spendscope::EndpointConfig &config);
    void failed(const QString &reason);
};

} // namespace Spendscope
