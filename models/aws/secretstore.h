// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awserror.h"
#include "secretjob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Spendscope {

// Where secrets (secret access keys, session tokens, Bedrock API keys) are kept between runs: the
// OS keychain in the app (QtKeychainSecretStore), memory in tests (InMemorySecretStore). Keys are
// plain names chosen by the caller, scoped per profile ("profile/dev/bedrock-api-key").
//
//     auto *job = store->readSecret(key);
//     connect(job, &Job::finished, this, [job] {
//         if (job->isNotFound()) ...; else if (job->hasError()) ...; else use(job->secret());
//     });
//     job->start();
//
// Failures are AwsErrors: code "KeychainUnavailable" (Kind::Credentials) when there is no usable
// keychain, "SecretNotFound" (Kind::NotFound) for a read of an empty key. There is no plaintext
// fallback, ever.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The jobs are not started; they delete themselves after finished() unless told otherwise.
    [[nodiscard]] SecretJob *readSecret(const QString &key);
    [[nodiscard]] SecretJob *writeSecret(const QString &key, const QByteArray &secret);
    [[nodiscard]] SecretJob *deleteSecret(const QString &key);

    // The errors every implementation reports. Messages are translated and never hold a secret.
    [[nodiscard]] static AwsError keychainUnavailable(const QString &detail);
    [[nodiscard]] static AwsError keychainAccessDenied(const QString &detail);
    [[nodiscard]] static AwsError keychainFailed(const QString &detail);
    [[nodiscard]] static AwsError notFound(const QString &key);

    static constexpr QStringView KeychainUnavailableCode = u"KeychainUnavailable";
    static constexpr QStringView KeychainAccessDeniedCode = u"KeychainAccessDenied";
    static constexpr QStringView KeychainErrorCode = u"KeychainError";
    static constexpr QStringView NotFoundCode = u"SecretNotFound";

protected:
    friend class SecretJob;

    // Carries out job->operation() on job->key(); must end the job with succeed() or fail(), now
    // or later. Called from the event loop after the job was started.
    virtual void execute(SecretJob *job) = 0;
    // The job was cancelled: stop timers, drop connections. The job ends itself.
    virtual void abandon(SecretJob *job);

    // The secret to write (empty for reads and deletes).
    [[nodiscard]] static QByteArray payload(const SecretJob *job) { return job->m_secret; }
    // Ends the job successfully; secret is the value read (reads only).
    static void succeed(SecretJob *job, const QByteArray &secret = QByteArray());
    static void fail(SecretJob *job, const AwsError &error);
};

} // namespace Spendscope
