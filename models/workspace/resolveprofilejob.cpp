// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolveprofilejob.h"

#include "aws/credentialchain.h"
#include "aws/resolvecredentialsjob.h"
#include "aws/secretstore.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

ResolveProfileJob::ResolveProfileJob(Profile profile, SecretStore *secrets, QObject *parent)
    : Job(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ResolveProfileJob::readSecret);
}

ResolveProfileJob::~ResolveProfileJob()
{
    if (m_current)
        m_current->disconnect(this);
}

void ResolveProfileJob::run()
{
    if (m_profile.kind == Profile::Kind::Sandbox) {
        emitResult(AwsError::invalidInput(tr("The sandbox profile is connected by starting the sandbox.")));
        return;
    }
    if (const QString problem = m_profile.validate(); !problem.isEmpty()) {
        emitResult(AwsError::invalidInput(problem));
        return;
    }
    if (m_profile.kind == Profile::Kind::StoredKeys)
        readSecret();
    else
        resolve(QString());
}

void ResolveProfileJob::abort()
{
    m_retryTimer.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void ResolveProfileJob::readSecret()
{
    if (!m_secrets) {
        emitResult(SecretStore::keychainUnavailable(tr("no keychain is configured")));
        return;
    }
    SecretJob *job = m_secrets->readSecret(m_profile.secretKeyName());
    m_current = job;
    connect(job, &Job::finished, this, [this, job] {
        m_current = nullptr;
        if (job->isNotFound()) {
            emitResult(AwsError(AwsError::Kind::Credentials, u"SecretNotFound"_s,
                                tr("The secret access key of profile “%1” is not in the keychain; enter it again.")
                                    .arg(m_profile.name)));
            return;
        }
        if (job->hasError()) {
            // The secret service may still be starting with the session: ask once more, later.
            if (job->error().code() == SecretStore::KeychainUnavailableCode && !m_retried) {
                m_retried = true;
                m_retryTimer.start(m_retryDelay);
                return;
            }
            emitResult(job->error());
            return;
        }
        resolve(QString::fromUtf8(job->secret()));
    });
    job->start();
}

void ResolveProfileJob::resolve(const QString &secretAccessKey)
{
    CredentialChainSettings settings;
    settings.environment = m_environment;
    if (!m_home.isEmpty())
        settings.homeDirectory = m_home;
    settings.region = m_profile.region;
    switch (m_profile.kind) {
    case Profile::Kind::AwsConfig:
        settings.profile = m_profile.awsProfile;
        break;
    case Profile::Kind::StoredKeys:
        settings.accessKeyId = m_profile.accessKeyId;
        settings.secretAccessKey = secretAccessKey;
        break;
    case Profile::Kind::ApiKey:
        settings.secretStore = m_secrets;
        settings.bearerTokenSecretKey = m_profile.apiKeyName();
        break;
    case Profile::Kind::Sandbox:
        break;
    }
    auto *job = new ResolveCredentialsJob(settings, this);
    m_current = job;
    connect(job, &Job::finished, this, [this, job] {
        m_current = nullptr;
        if (job->hasError()) {
            emitResult(job->error());
            return;
        }
        m_credentials = job->credentials();
        m_config = endpointConfigFromEnvironment(m_environment, job->region().isEmpty() ? m_profile.region : job->region());
        if (!m_profile.endpointUrl.isEmpty()) {
            m_config.endpointUrl = m_profile.endpointUrl;
            m_config.serviceUrls.clear();
        }
        emitResult();
    });
    job->start();
}

} // namespace Spendscope
