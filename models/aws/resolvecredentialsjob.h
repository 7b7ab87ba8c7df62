// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awsconfigfile.h"
#include "credentialchain.h"
#include "credentials.h"
#include "job.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

class QTimer;

namespace Spendscope {

// Walks the CredentialChain once (see there for the order). Asynchronous because a
// credential_process and the keychain answer later; the files are read synchronously when the job
// runs. Fails with AwsError::Kind::Credentials and one of CredentialChain's codes.
class ResolveCredentialsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveCredentialsJob)
public:
    explicit ResolveCredentialsJob(CredentialChainSettings settings, QObject *parent = nullptr);
    ~ResolveCredentialsJob() override;

    // Valid after a successful finish. credentials().source says where they came from.
    [[nodiscard]] const AwsCredentials &credentials() const { return m_credentials; }
    // The resolved region; empty when none is configured anywhere.
    [[nodiscard]] const QString &region() const { return m_region; }
    // The profile that was used ("default" when none was named).
    [[nodiscard]] const QString &profile() const { return m_profile; }

protected:
    void run() override;
    void abort() override;

private:
    enum class Take { Nothing, Taken, Failed };

    Take takeKeys(const QString &accessKeyId, const QString &secretAccessKey, const QString &sessionToken,
                  const QString &source);
    bool readFiles(bool namedProfile);
    void continueResolving();
    void readBearerFromStore();
    void runCredentialProcess();
    void onProcessOutput();
    void onProcessError(QProcess::ProcessError error);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessTimeout();
    void stopProcess();
    void finish();
    void fail(QStringView code, const QString &message);
    [[nodiscard]] QDateTime now() const;

    CredentialChainSettings m_settings;
    AwsCredentials m_credentials;
    QString m_region;
    QString m_profile;
    bool m_explicitProfile = false;
    QString m_keySource;
    QString m_bearerSource;
    AwsConfigFile m_credentialsFile{AwsConfigFile::Type::Credentials};
    AwsConfigFile m_configFile{AwsConfigFile::Type::Config};
    bool m_filesRead = false;
    QString m_unsupportedSetting; // e.g. "sso_session", for a more helpful "no credentials" error

    bool m_needStoreRead = false;
    AwsError m_storeError;

    QString m_processCommand; // credential_process of the profile, when keys are still missing
    bool m_processRan = false;
    QString m_processProgram; // argv[0] as written, for messages (never the arguments)
    QProcess *m_process = nullptr;
    QTimer *m_processTimer = nullptr;
    QByteArray m_processStdout;
    QByteArray m_processStderr;
};

} // namespace Spendscope
