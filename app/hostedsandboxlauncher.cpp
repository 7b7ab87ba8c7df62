// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostedsandboxlauncher.h"

namespace Spendscope {

HostedSandboxLauncher::HostedSandboxLauncher(Sandbox::SandboxAccount::Options options, QObject *parent)
    : SandboxLauncher(parent)
    , m_options(std::move(options))
{
}

HostedSandboxLauncher::~HostedSandboxLauncher() = default; // the host joins its thread

void HostedSandboxLauncher::launch()
{
    if (m_host && m_host->isRunning()) {
        reportLaunched();
        return;
    }
    if (m_host)
        return; // still starting; started() reports
    m_host = std::make_unique<Sandbox::SandboxHost>(m_options);
    connect(m_host.get(), &Sandbox::SandboxHost::started, this, &HostedSandboxLauncher::reportLaunched);
    connect(m_host.get(), &Sandbox::SandboxHost::failed, this, [this](const QString &reason) {
        m_host.reset();
        Q_EMIT failed(reason);
    });
    m_host->start();
}

void HostedSandboxLauncher::reportLaunched()
{
    const Sandbox::SandboxAccount::Connection &connection = m_host->connection();
    AwsCredentials credentials;
    credentials.accessKeyId = connection.accessKeyId;
    credentials.secretAccessKey = connection.secretAccessKey;
    credentials.bearerToken = connection.apiKey;
    credentials.source = tr("sandbox account");
    EndpointConfig config;
    config.region = connection.region;
    config.endpointUrl = connection.endpointUrl;
    Q_EMIT launched(credentials, config);
}

} // namespace Spendscope
