// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolvecredentialsjob.h"

#include "logging.h"
#include "secretjob.h"
#include "secretstore.h"

#include <QStandardPaths>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Settings that make the SDKs fetch credentials in ways this chain does not (yet) support.
const QStringList &unsupportedSettings()
{
    static const QStringList names = {
        u"sso_session"_s, u"sso_start_url"_s, u"role_arn"_s, u"web_identity_token_file"_s,
        u"credential_source"_s, u"login_session"_s,
    };
    return names;
}

constexpr qsizetype MaxStderr = 4096;

// The last non-empty line of the process's stderr, shortened, for the error message.
QString stderrSummary(const QByteArray &stderrBytes)
{
    const QStringList lines = QString::fromUtf8(stderrBytes).split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->simplified();
        if (!line.isEmpty())
            return line.size() > 200 ? line.left(200) + u'…' : line;
    }
    return QString();
}

} // namespace

ResolveCredentialsJob::ResolveCredentialsJob(CredentialChainSettings settings, QObject *parent)
    : Job(parent)
    , m_settings(std::move(settings))
{
}

ResolveCredentialsJob::~ResolveCredentialsJob()
{
    stopProcess();
}

QDateTime ResolveCredentialsJob::now() const
{
    return m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
}

void ResolveCredentialsJob::fail(QStringView code, const QString &message)
{
    stopProcess();
    m_credentials = AwsCredentials();
    m_processStdout.clear();
    qCInfo(lcCredentials).noquote() << "resolving credentials for profile" << m_profile << "failed:" << code;
    emitResult(AwsError(AwsError::Kind::Credentials, code.toString(), message));
}

ResolveCredentialsJob::Take ResolveCredentialsJob::takeKeys(const QString &accessKeyId, const QString &secretAccessKey,
                                                            const QString &sessionToken, const QString &source)
{
    const QString id = accessKeyId.trimmed();
    const QString secret = secretAccessKey.trimmed();
    if (id.isEmpty() && secret.isEmpty())
        return Take::Nothing;
    if (id.isEmpty() || secret.isEmpty()) {
        //: %1 is where they were found, e.g. "environment variables" or "profile “dev” in ~/.aws/credentials"
        fail(CredentialChain::PartialCredentialsCode,
             tr("The credentials in %1 are incomplete: both an access key ID and a secret access key are needed.")
                 .arg(source));
        return Take::Failed;
    }
    m_credentials.accessKeyId = id;
    m_credentials.secretAccessKey = secret;
    m_credentials.sessionToken = sessionToken.trimmed();
    m_keySource = source;
    return Take::Taken;
}

void ResolveCredentialsJob::run()
{
    const QProcessEnvironment &env = m_settings.environment;
    auto envValue = [&env](const QString &name) { return env.value(name).trimmed(); };

    m_profile = m_settings.profile.trimmed();
    m_explicitProfile = !m_profile.isEmpty();
    if (m_profile.isEmpty())
        m_profile = envValue(u"AWS_PROFILE"_s);
    if (m_profile.isEmpty())
        m_profile = envValue(u"AWS_DEFAULT_PROFILE"_s); // the CLI's older name
    const bool namedProfile = !m_profile.isEmpty();
    if (!namedProfile)
        m_profile = u"default"_s;

    m_region = m_settings.region.trimmed();
    if (m_region.isEmpty())
        m_region = envValue(u"AWS_REGION"_s);
    if (m_region.isEmpty())
        m_region = envValue(u"AWS_DEFAULT_REGION"_s);

    // The Bedrock API key: settings, environment, then the keychain (read asynchronously below).
    if (!m_settings.bearerToken.trimmed().isEmpty()) {
        m_credentials.bearerToken = m_settings.bearerToken.trimmed();
        m_bearerSource = tr("profile settings");
    } else if (const QString bearer = envValue(u"AWS_BEARER_TOKEN_BEDROCK"_s); !bearer.isEmpty()) {
        m_credentials.bearerToken = bearer;
        m_bearerSource = u"AWS_BEARER_TOKEN_BEDROCK"_s;
    } else {
        m_needStoreRead = m_settings.secretStore && !m_settings.bearerTokenSecretKey.isEmpty();
    }

    // 1. Keys given by the caller.
    Take taken = takeKeys(m_settings.accessKeyId, m_settings.secretAccessKey, m_settings.sessionToken,
                          tr("profile settings"));
    if (taken == Take::Failed)
        return;

    // 2. The environment, unless a profile was chosen explicitly (as the SDKs do for --profile).
    if (taken == Take::Nothing && !m_explicitProfile) {
        QString token = envValue(u"AWS_SESSION_TOKEN"_s);
        if (token.isEmpty())
            token = envValue(u"AWS_SECURITY_TOKEN"_s);
        taken = takeKeys(envValue(u"AWS_ACCESS_KEY_ID"_s), envValue(u"AWS_SECRET_ACCESS_KEY"_s), token,
                         tr("environment variables"));
        if (taken == Take::Failed)
            return;
        if (taken == Take::Taken) {
            if (const QString expiration = envValue(u"AWS_CREDENTIAL_EXPIRATION"_s); !expiration.isEmpty())
                m_credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs).toUTC();
        }
    }

    // 3.-5. The shared files, for keys, credential_process or just the region.
    if (taken == Take::Nothing || m_region.isEmpty()) {
        if (!readFiles(namedProfile && taken == Take::Nothing))
            return;
    }
    continueResolving();
}

bool ResolveCredentialsJob::readFiles(bool profileRequired)
{
    const QString home = m_settings.homeDirectory;
    const QString credentialsPath = CredentialChain::credentialsFilePath(m_settings);
    const QString configPath = CredentialChain::configFilePath(m_settings);
    m_credentialsFile = AwsConfigFile::load(credentialsPath, AwsConfigFile::Type::Credentials,
                                            AwsConfigFile::displayPath(credentialsPath, home));
    if (m_credentialsFile.hasError()) {
        fail(CredentialChain::InvalidConfigFileCode, m_credentialsFile.errorString());
        return false;
    }
    m_configFile = AwsConfigFile::load(configPath, AwsConfigFile::Type::Config,
                                       AwsConfigFile::displayPath(configPath, home));
    if (m_configFile.hasError()) {
        fail(CredentialChain::InvalidConfigFileCode, m_configFile.errorString());
        return false;
    }
    m_filesRead = true;

    const bool inCredentials = m_credentialsFile.hasProfile(m_profile);
    const bool inConfig = m_configFile.hasProfile(m_profile);
    if (profileRequired && !inCredentials && !inConfig) {
        fail(CredentialChain::ProfileNotFoundCode,
             tr("The profile “%1” was not found in %2 or %3.")
                 .arg(m_profile, m_credentialsFile.displayName(), m_configFile.displayName()));
        return false;
    }

    // The SDKs merge the profile from both files, the credentials file winning.
    auto profileValue = [this](const QString &name) {
        const QString fromCredentials = m_credentialsFile.value(m_profile, name).trimmed();
        return fromCredentials.isEmpty() ? m_configFile.value(m_profile, name).trimmed() : fromCredentials;
    };

    if (m_credentials.accessKeyId.isEmpty()) {
        for (const AwsConfigFile *file : {&m_credentialsFile, &m_configFile}) {
            if (!file->hasProfile(m_profile))
                continue;
            QString token = file->value(m_profile, u"aws_session_token"_s);
            if (token.isEmpty())
                token = file->value(m_profile, u"aws_security_token"_s);
            //: %1 is a profile name, %2 a file such as ~/.aws/credentials
            const Take taken = takeKeys(file->value(m_profile, u"aws_access_key_id"_s),
                                        file->value(m_profile, u"aws_secret_access_key"_s), token,
                                        tr("profile “%1” in %2").arg(m_profile, file->displayName()));
            if (taken == Take::Failed)
                return false;
            if (taken == Take::Taken)
                break;
        }
    }
    if (m_credentials.accessKeyId.isEmpty()) {
        m_processCommand = profileValue(u"credential_process"_s);
        if (m_processCommand.isEmpty()) {
            for (const QString &name : unsupportedSettings()) {
                if (!profileValue(name).isEmpty()) {
                    m_unsupportedSetting = name;
                    break;
                }
            }
        }
    }
    if (m_region.isEmpty())
        m_region = profileValue(u"region"_s);
    return true;
}

void ResolveCredentialsJob::continueResolving()
{
    if (m_needStoreRead) {
        m_needStoreRead = false;
        readBearerFromStore();
        return;
    }
    if (m_credentials.accessKeyId.isEmpty() && !m_processCommand.isEmpty() && !m_processRan) {
        m_processRan = true;
        runCredentialProcess();
        return;
    }
    finish();
}

void ResolveCredentialsJob::readBearerFromStore()
{
    SecretStore *store = m_settings.secretStore;
    if (!store) {
        continueResolving();
        return;
    }
    SecretJob *job = store->readSecret(m_settings.bearerTokenSecretKey);
    connect(job, &Job::finished, this, [this, job] {
        if (isFinished()) // cancelled meanwhile
            return;
        if (!job->hasError()) {
            m_credentials.bearerToken = QString::fromUtf8(job->secret()).trimmed();
            if (!m_credentials.bearerToken.isEmpty())
                m_bearerSource = tr("system keychain");
        } else if (!job->isNotFound()) {
            // Not fatal: the keys may be enough. Reported if nothing else is found.
            m_storeError = job->error();
            qCInfo(lcCredentials) << "the Bedrock API key could not be read from the secret store:"
                                  << job->error().code();
        }
        continueResolving();
    });
    job->start();
}

void ResolveCredentialsJob::runCredentialProcess()
{
    const std::optional<QStringList> words = CredentialChain::splitCommandLine(m_processCommand);
    if (!words || words->isEmpty() || words->first().isEmpty()) {
        fail(CredentialChain::ProcessFailedCode,
             tr("The credential_process of profile “%1” is not a valid command line; check its quotes.")
                 .arg(m_profile));
        return;
    }
    m_processProgram = words->first();
    QString program = m_processProgram;
    if (!program.contains(u'/')) {
        // Look the program up in the PATH the process will get, not in ours.
        const QStringList path = m_settings.environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
        program = path.isEmpty() ? QString() : QStandardPaths::findExecutable(program, path);
        if (program.isEmpty()) {
            fail(CredentialChain::ProcessFailedCode,
                 tr("The credential_process program “%1” of profile “%2” was not found in PATH.")
                     .arg(m_processProgram, m_profile));
            return;
        }
    }

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(words->mid(1));
    m_process->setProcessEnvironment(m_settings.environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ResolveCredentialsJob::onProcessOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &ResolveCredentialsJob::onProcessOutput);
    connect(m_process, &QProcess::errorOccurred, this, &ResolveCredentialsJob::onProcessError);
    connect(m_process, &QProcess::finished, this, &ResolveCredentialsJob::onProcessFinished);

    m_processTimer = new QTimer(this);
    m_processTimer->setSingleShot(true);
    connect(m_processTimer, &QTimer::timeout, this, &ResolveCredentialsJob::onProcessTimeout);
    m_processTimer->start(m_settings.processTimeout);

    qCDebug(lcCredentials).noquote() << "running the credential_process" << m_processProgram << "of profile"
                                     << m_profile;
    m_process->start(QIODevice::ReadOnly);
}

void ResolveCredentialsJob::onProcessOutput()
{
    if (!m_process)
        return;
    m_processStdout += m_process->readAllStandardOutput();
    const QByteArray err = m_process->readAllStandardError();
    if (m_processStderr.size() < MaxStderr)
        m_processStderr += err.left(MaxStderr - m_processStderr.size());
    if (m_processStdout.size() > m_settings.maxProcessOutput) {
        fail(CredentialChain::ProcessOutputCode,
             tr("The credential_process “%1” of profile “%2” printed more than %3 KiB.")
                 .arg(m_processProgram, m_profile)
                 .arg(m_settings.maxProcessOutput / 1024));
    }
}

void ResolveCredentialsJob::onProcessError(QProcess::ProcessError error)
{
    // Crashes and non-zero exits arrive through finished(); only a failed start does not.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    //: %3 is the system's reason, e.g. "Permission denied"
    fail(CredentialChain::ProcessFailedCode,
         tr("The credential_process “%1” of profile “%2” could not be started: %3")
             .arg(m_processProgram, m_profile, m_process->errorString()));
}

void ResolveCredentialsJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    onProcessOutput();
    if (isFinished())
        return;
    if (m_processTimer)
        m_processTimer->stop();

    if (status == QProcess::CrashExit) {
        fail(CredentialChain::ProcessFailedCode,
             tr("The credential_process “%1” of profile “%2” crashed.").arg(m_processProgram, m_profile));
        return;
    }
    if (exitCode != 0) {
        const QString detail = stderrSummary(m_processStderr);
        if (detail.isEmpty()) {
            fail(CredentialChain::ProcessFailedCode,
                 tr("The credential_process “%1” of profile “%2” failed with exit code %3.")
                     .arg(m_processProgram, m_profile)
                     .arg(exitCode));
        } else {
            //: %4 is the last line the program printed on its error output
            fail(CredentialChain::ProcessFailedCode,
                 tr("The credential_process “%1” of profile “%2” failed with exit code %3: %4")
                     .arg(m_processProgram, m_profile)
                     .arg(exitCode)
                     .arg(detail));
        }
        return;
    }

    AwsCredentials parsed;
    const AwsError error = CredentialChain::parseProcessOutput(m_processStdout, now(), &parsed);
    m_processStdout.clear();
    if (error) {
        //: %1 is a profile name, %2 a sentence saying what is wrong with the program's output
        fail(error.code(), tr("Profile “%1”: %2").arg(m_profile, error.message()));
        return;
    }
    m_credentials.accessKeyId = parsed.accessKeyId;
    m_credentials.secretAccessKey = parsed.secretAccessKey;
    m_credentials.sessionToken = parsed.sessionToken;
    m_credentials.expiration = parsed.expiration;
    m_keySource = tr("credential_process of profile “%1”").arg(m_profile);
    stopProcess();
    continueResolving();
}

void ResolveCredentialsJob::onProcessTimeout()
{
    if (!m_process)
        return;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_settings.processTimeout).count();
    fail(CredentialChain::ProcessTimeoutCode,
         tr("The credential_process “%1” of profile “%2” did not finish within %n second(s).", nullptr,
            int(qMax<qint64>(1, seconds)))
             .arg(m_processProgram, m_profile));
}

void ResolveCredentialsJob::stopProcess()
{
    if (m_processTimer) {
        m_processTimer->stop();
        m_processTimer->deleteLater();
        m_processTimer = nullptr;
    }
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000);
    }
    process->deleteLater();
    m_processStdout.clear();
}

void ResolveCredentialsJob::abort()
{
    stopProcess();
    m_credentials = AwsCredentials();
}

void ResolveCredentialsJob::finish()
{
    if (!m_credentials.hasKeys() && !m_credentials.hasBearer()) {
        const QString credentialsFile = m_filesRead ? m_credentialsFile.displayName()
                                                    : AwsConfigFile::displayPath(CredentialChain::credentialsFilePath(m_settings), m_settings.homeDirectory);
        const QString configFile = m_filesRead ? m_configFile.displayName()
                                               : AwsConfigFile::displayPath(CredentialChain::configFilePath(m_settings), m_settings.homeDirectory);
        //: %1 is a profile name, %2 and %3 files such as ~/.aws/credentials and ~/.aws/config
        QString message = tr("There are no credentials for profile “%1”: none in the profile settings or in the "
                             "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, no keys or "
                             "credential_process for the profile in %2 or %3, and no Bedrock API key.")
                              .arg(m_profile, credentialsFile, configFile);
        if (!m_unsupportedSetting.isEmpty()) {
            //: %1 is the sentence above, %2 a setting name such as sso_session
            message = tr("%1 The profile uses “%2”, which Spendscope does not support yet; use credential_process "
                         "instead.")
                          .arg(message, m_unsupportedSetting);
        }
        if (m_storeError) {
            //: %1 is the sentence above, %2 why the keychain could not be read
            message = tr("%1 The Bedrock API key could not be read: %2").arg(message, m_storeError.message());
        }
        fail(CredentialChain::NoCredentialsCode, message);
        return;
    }
    if (m_credentials.isExpired(now())) {
        fail(CredentialChain::ExpiredCode,
             tr("The credentials from %1 expired at %2.")
                 .arg(m_keySource, m_credentials.expiration.toUTC().toString(Qt::ISODate)));
        return;
    }

    if (!m_credentials.hasKeys())
        m_credentials.source = tr("Bedrock API key from %1").arg(m_bearerSource);
    else if (!m_credentials.hasBearer() || m_bearerSource == m_keySource)
        m_credentials.source = m_keySource;
    else
        m_credentials.source = tr("%1; Bedrock API key from %2").arg(m_keySource, m_bearerSource);

    qCInfo(lcCredentials).noquote() << "resolved credentials for profile" << m_profile << "from" << m_credentials.source
                                    << "region" << (m_region.isEmpty() ? u"(none)"_s : m_region);
    emitResult();
}

} // namespace Spendscope
