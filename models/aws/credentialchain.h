// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awserror.h"
#include "credentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace Spendscope {

class ResolveCredentialsJob;
class SecretStore;

// What the chain needs to know besides the files: the caller's profile settings and, injectable
// for tests, the environment, the home folder and the clock.
struct CredentialChainSettings
{
    // The profile to use. Empty: AWS_PROFILE, else "default". As in the SDKs, naming a profile
    // here skips the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY environment credentials.
    QString profile;
    // Keys given by the caller (the app's own profile settings); they win over everything else.
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString region;
    // A Bedrock API key given by the caller, or where one is kept in the secret store (the key is
    // scoped per profile by the caller). AWS_BEARER_TOKEN_BEDROCK comes between the two.
    QString bearerToken;
    QPointer<SecretStore> secretStore;
    QString bearerTokenSecretKey;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString homeDirectory = QDir::homePath();
    // How long a credential_process may run, and how much it may print.
    std::chrono::milliseconds processTimeout = std::chrono::seconds(60);
    qint64 maxProcessOutput = 64 * 1024;
    // The current time, to refuse expired credentials; empty means the system clock.
    std::function<QDateTime()> clock;
};

// Resolves AWS credentials, a Bedrock API key and the region the way the AWS SDKs do:
//
//  1. keys in the settings (the app's profile settings);
//  2. the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (skipped when
//     settings.profile names a profile);
//  3. the profile in the shared credentials file (AWS_SHARED_CREDENTIALS_FILE, ~/.aws/credentials);
//  4. the profile in the config file (AWS_CONFIG_FILE, ~/.aws/config);
//  5. the profile's credential_process, run without a shell, with a timeout.
//
// The region comes from the settings, AWS_REGION, AWS_DEFAULT_REGION, then the profile. The
// Bedrock API key comes from the settings, AWS_BEARER_TOKEN_BEDROCK, then the secret store. A
// Bedrock API key alone is enough to succeed. Secrets are never logged or put in error messages.
class CredentialChain final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CredentialChain)
public:
    explicit CredentialChain(CredentialChainSettings settings = CredentialChainSettings());

    [[nodiscard]] const CredentialChainSettings &settings() const { return m_settings; }
    void setSettings(const CredentialChainSettings &settings) { m_settings = settings; }

    // A job that walks the chain once; not started. Resolve again to refresh expiring credentials.
    [[nodiscard]] ResolveCredentialsJob *resolve(QObject *parent = nullptr) const;

    // The files the chain reads, after AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE and "~".
    [[nodiscard]] static QString credentialsFilePath(const CredentialChainSettings &settings);
    [[nodiscard]] static QString configFilePath(const CredentialChainSettings &settings);

    // Splits a credential_process command line as the AWS CLI does on POSIX (Python's
    // shlex.split): whitespace separates words, '…' is literal, "…" allows \" and \\, a backslash
    // outside quotes escapes the next character. nullopt on an unterminated quote or escape.
    [[nodiscard]] static std::optional<QStringList> splitCommandLine(QStringView commandLine);

    // Reads the JSON a credential_process prints ({"Version": 1, "AccessKeyId", "SecretAccessKey",
    // "SessionToken", "Expiration"}). Fills out and returns no error on success; errors describe
    // what is wrong without repeating any value.
    [[nodiscard]] static AwsError parseProcessOutput(const QByteArray &output, const QDateTime &now,
                                                     AwsCredentials *out);

    // The error codes (Kind::Credentials) the chain reports.
    static constexpr QStringView NoCredentialsCode = u"NoCredentials";
    static constexpr QStringView PartialCredentialsCode = u"PartialCredentials";
    static constexpr QStringView ProfileNotFoundCode = u"ProfileNotFound";
    static constexpr QStringView InvalidConfigFileCode = u"InvalidConfigFile";
    static constexpr QStringView ExpiredCode = u"ExpiredCredentials";
    static constexpr QStringView ProcessFailedCode = u"CredentialProcessFailed";
    static constexpr QStringView ProcessTimeoutCode = u"CredentialProcessTimeout";
    static constexpr QStringView ProcessOutputCode = u"CredentialProcessInvalidOutput";

private:
    CredentialChainSettings m_settings;
};

} // namespace Spendscope
