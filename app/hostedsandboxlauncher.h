// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhost.h"
#include "sandboxlauncher.h"

#include <memory>

namespace Spendscope {

// The app's sandbox: a SandboxHost (worker thread) keeping its state in the user's data folder,
// so that edits made in the GUI survive a restart. Started on the first launch(), reused after.
class HostedSandboxLauncher final : public SandboxLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostedSandboxLauncher)
public:
    explicit HostedSandboxLauncher(Sandbox::SandboxAccount::Options options, QObject *parent = nullptr);
    ~HostedSandboxLauncher() override;

    void launch() override;

private:
    void reportLaunched();

    Sandbox::SandboxAccount::Options m_options;
    std::unique_ptr<Sandbox::SandboxHost> m_host;
};

} // namespace Spendscope
