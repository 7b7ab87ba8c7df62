// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

SecretJob *SecretStore::readSecret(const QString &key)
{
    return new SecretJob(this, SecretJob::Operation::Read, key, QByteArray());
}

SecretJob *SecretStore::writeSecret(const QString &key, const QByteArray &secret)
{
    return new SecretJob(this, SecretJob::Operation::Write, key, secret);
}

SecretJob *SecretStore::deleteSecret(const QString &key)
{
    return new SecretJob(this, SecretJob::Operation::Delete, key, QByteArray());
}

AwsError SecretStore::keychainUnavailable(const QString &detail)
{
    //: %1 is the reason given by the system, e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"
    return AwsError(AwsError::Kind::Credentials, KeychainUnavailableCode.toString(),
                    tr("The system keychain is not available: %1").arg(detail));
}

AwsError SecretStore::keychainAccessDenied(const QString &detail)
{
    return AwsError(AwsError::Kind::Credentials, KeychainAccessDeniedCode.toString(),
                    tr("The system keychain refused access: %1").arg(detail));
}

AwsError SecretStore::keychainFailed(const QString &detail)
{
    return AwsError(AwsError::Kind::Credentials, KeychainErrorCode.toString(),
                    tr("The system keychain reported an error: %1").arg(detail));
}

AwsError SecretStore::notFound(const QString &key)
{
    return AwsError(AwsError::Kind::NotFound, NotFoundCode.toString(),
                    tr("No secret is stored under “%1”.").arg(key));
}

void SecretStore::abandon(SecretJob *job)
{
    Q_UNUSED(job)
}

void SecretStore::succeed(SecretJob *job, const QByteArray &secret)
{
    if (job->isFinished())
        return;
    job->m_secret = job->operation() == SecretJob::Operation::Read ? secret : QByteArray();
    job->emitResult();
}

void SecretStore::fail(SecretJob *job, const AwsError &error)
{
    if (job->isFinished())
        return;
    job->m_secret.clear();
    job->emitResult(error);
}

} // namespace Spendscope
