// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/credentials.h"
#include "aws/endpoints.h"
#include "aws/job.h"
#include "workspace/profile.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>

namespace Spendscope {

class SecretStore;

// Turns a stored profile into what the transport needs: credentials (through the AWS credential
// chain, with the profile's secret read from the keychain first) and the endpoints (the profile's
// override, else AWS_ENDPOINT_URL[_<SERVICE>]). The sandbox profile is connected by whoever runs
// the sandbox, not here.
//
// A keychain that is not available yet (the secret service starting after the desktop session)
// is asked once more after keychainRetryDelay(); a second failure ends the job with the keychain's
// message. Secrets never leave the job except inside credentials().
class ResolveProfileJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveProfileJob)
public:
    ResolveProfileJob(Profile profile, SecretStore *secrets, QObject *parent = nullptr);
    ~ResolveProfileJob() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setHomeDirectory(const QString &path) { m_home = path; }
    void setKeychainRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    [[nodiscard]] const AwsCredentials &credentials() const { return m_credentials; }
    [[nodiscard]] const EndpointConfig &endpointConfig() const { return m_config; }

protected:
    void run() override;
    void abort() override;

private:
    void readSecret();
    void resolve(const QString &secretAccessKey);

    Profile m_profile;
    QPointer<SecretStore> m_secrets;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_home;
    std::chrono::milliseconds m_retryDelay{10000};
    bool m_retried = false;
    QTimer m_retryTimer;
    QPointer<Job> m_current;
    AwsCredentials m_credentials;
    EndpointConfig m_config;
};

} // namespace Spendscope
