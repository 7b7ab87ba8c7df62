// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/credentialchain.h"
#include "aws/inmemorysecretstore.h"
#include "aws/resolvecredentialsjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

// Every secret in this test contains this marker; no error message or log line may.
constexpr auto SecretMarker = "SeCrEt";

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QDateTime FixedNow = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

// A secret store that answers only when told to.
class ManualSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualSecretStore)
public:
    ManualSecretStore() = default;
    ~ManualSecretStore() override = default;
    [[nodiscard]] bool hasPendingJob() const { return !m_pending.isNull(); }
    void answer(const QByteArray &secret)
    {
        if (m_pending)
            succeed(m_pending, secret);
    }

protected:
    void execute(SecretJob *job) override { m_pending = job; }

private:
    QPointer<SecretJob> m_pending;
};

class TestCredentialChain final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void splitCommandLine_splitsLikeTheCli_data();
    void splitCommandLine_splitsLikeTheCli();
    void parseProcessOutput_valid();
    void parseProcessOutput_invalid_data();
    void parseProcessOutput_invalid();

    void explicitKeys_winOverEnvironmentAndFiles();
    void explicitKeys_incomplete_fail();
    void environment_winsOverFiles();
    void environment_incomplete_fails();
    void environment_skippedWhenProfileIsExplicit();
    void environment_expired_fails();
    void awsProfile_selectsTheProfile();
    void credentialsFile_winsOverConfigFile();
    void configFile_keysUsedWhenCredentialsFileLacksProfile();
    void filePaths_comeFromTheEnvironment();
    void region_precedence_data();
    void region_precedence();

    void credentialProcess_success();
    void credentialProcess_foundInInjectedPath();
    void credentialProcess_notRunWhenFileHasKeys();
    void credentialProcess_failure_data();
    void credentialProcess_failure();
    void credentialProcess_timeout_killsAndFails();
    void credentialProcess_cancel_endsJob();
    void cancel_whileReadingKeychain_stopsThere();

    void bearer_fromEnvironmentAlone_suffices();
    void bearer_fromSecretStore_addsToKeys();
    void bearer_fromSettings_winsWithoutReadingTheStore();
    void bearer_missingStoreEntry_isNotAnError();
    void bearer_keychainUnavailable_reportedWhenNothingElse();
    void bearer_keychainUnavailable_ignoredWhenKeysExist();

    void nothingConfigured_givesClearError();
    void namedProfileMissing_fails();
    void malformedFile_namesFileAndLine();
    void unsupportedProfile_saysWhy();

private:
    [[nodiscard]] CredentialChainSettings settings() const;
    [[nodiscard]] QString home() const { return m_dir->filePath(u"home"_s); }
    void writeFile(const QString &path, const QByteArray &contents) const;
    [[nodiscard]] QString writeScript(const QString &name, const QByteArray &body) const;
    // Runs the chain to its end; the caller checks isFinished().
    [[nodiscard]] std::unique_ptr<ResolveCredentialsJob> resolve(const CredentialChainSettings &settings) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCredentialChain::initTestCase()
{
    QLoggingCategory::setFilterRules(u"spendscope.*=true"_s);
    previousHandler = qInstallMessageHandler(captureMessages);
}

void TestCredentialChain::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestCredentialChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(home() + u"/.aws"_s));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"bin"_s)));
    QMutexLocker locker(&logMutex);
    capturedLog.clear();
}

void TestCredentialChain::cleanup()
{
    QMutexLocker locker(&logMutex);
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(QLatin1StringView(SecretMarker)), "a secret was logged");
}

CredentialChainSettings TestCredentialChain::settings() const
{
    CredentialChainSettings s;
    s.environment = QProcessEnvironment();
    s.environment.insert(u"PATH"_s, m_dir->filePath(u"bin"_s) + u":/usr/bin:/bin"_s);
    s.homeDirectory = home();
    s.processTimeout = std::chrono::seconds(20);
    s.clock = [] { return FixedNow; };
    return s;
}

void TestCredentialChain::writeFile(const QString &path, const QByteArray &contents) const
{
    QFile f(path.startsWith(u'/') ? path : home() + u'/' + path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(contents), contents.size());
}

QString TestCredentialChain::writeScript(const QString &name, const QByteArray &body) const
{
    const QString path = m_dir->filePath(u"bin/"_s + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write("#!/bin/sh\n" + body);
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

std::unique_ptr<ResolveCredentialsJob> TestCredentialChain::resolve(const CredentialChainSettings &settings) const
{
    std::unique_ptr<ResolveCredentialsJob> job(CredentialChain(settings).resolve());
    job->setAutoDelete(false);
    job->start();
    (void)QTest::qWaitFor([&job] { return job->isFinished(); }, 30000);
    return job;
}

// Checks that a failed job names no secret.
#define VERIFY_NO_SECRET(job)                                                                                        \
    QVERIFY2(!(job)->errorString().contains(QLatin1StringView(SecretMarker)), qPrintable((job)->errorString()))

void TestCredentialChain::splitCommandLine_splitsLikeTheCli_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("words"); // empty with valid=false means "rejected"
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"/opt/bin/creds --profile dev"_s
                           << QStringList{u"/opt/bin/creds"_s, u"--profile"_s, u"dev"_s} << true;
    QTest::newRow("extra whitespace") << u"  a \t b  "_s << QStringList{u"a"_s, u"b"_s} << true;
    QTest::newRow("double quotes") << uR"(tool "two words" x)"_s << QStringList{u"tool"_s, u"two words"_s, u"x"_s}
                                   << true;
    QTest::newRow("single quotes are literal") << uR"(tool 'a "b" \c')"_s
                                               << QStringList{u"tool"_s, uR"(a "b" \c)"_s} << true;
    QTest::newRow("escapes in double quotes") << uR"(tool "a \"b\" \\ \n")"_s
                                              << QStringList{u"tool"_s, uR"(a "b" \ \n)"_s} << true;
    QTest::newRow("backslash outside quotes") << uR"(tool a\ b \"c)"_s
                                              << QStringList{u"tool"_s, u"a b"_s, uR"("c)"_s} << true;
    QTest::newRow("adjacent quoting") << uR"(tool --x="a b"'c d')"_s << QStringList{u"tool"_s, u"--x=a bc d"_s}
                                      << true;
    QTest::newRow("empty quoted word") << uR"(tool "" '')"_s << QStringList{u"tool"_s, QString(), QString()} << true;
    QTest::newRow("empty") << u""_s << QStringList() << true;
    QTest::newRow("unterminated double") << uR"(tool "abc)"_s << QStringList() << false;
    QTest::newRow("unterminated single") << uR"(tool 'abc)"_s << QStringList() << false;
    QTest::newRow("trailing backslash") << uR"(tool abc\)"_s << QStringList() << false;
}

void TestCredentialChain::splitCommandLine_splitsLikeTheCli()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, words);
    QFETCH(bool, valid);
    const std::optional<QStringList> split = CredentialChain::splitCommandLine(commandLine);
    QCOMPARE(split.has_value(), valid);
    if (valid)
        QCOMPARE(*split, words);
}

void TestCredentialChain::parseProcessOutput_valid()
{
    AwsCredentials out;
    const AwsError error = CredentialChain::parseProcessOutput(
        R"({"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "SeCrEt-proc",
            "SessionToken": "SeCrEt-token", "Expiration": "2024-06-01T13:00:00.000Z"})",
        FixedNow, &out);
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(out.accessKeyId, u"AKIDPROC"_s);
    QCOMPARE(out.secretAccessKey, u"SeCrEt-proc"_s);
    QCOMPARE(out.sessionToken, u"SeCrEt-token"_s);
    QCOMPARE(out.expiration, QDateTime(QDate(2024, 6, 1), QTime(13, 0), Qt::UTC));

    AwsCredentials longTerm;
    QVERIFY(!CredentialChain::parseProcessOutput(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S"})",
                                                 FixedNow, &longTerm));
    QVERIFY(longTerm.sessionToken.isEmpty());
    QVERIFY(!longTerm.expiration.isValid());

    AwsCredentials offset;
    QVERIFY(!CredentialChain::parseProcessOutput(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2024-06-01T14:30:00+02:00"})",
        FixedNow, &offset));
    QCOMPARE(offset.expiration, QDateTime(QDate(2024, 6, 1), QTime(12, 30), Qt::UTC));
}

void TestCredentialChain::parseProcessOutput_invalid_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");

    const QString invalid = CredentialChain::ProcessOutputCode.toString();
    QTest::newRow("not json") << QByteArray("AKIDPROC SeCrEt-proc SeCrEt-token") << invalid << u"not valid JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt)")
                               << invalid << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray(R"(["SeCrEt"])") << invalid << u"not a JSON object"_s;
    QTest::newRow("empty") << QByteArray() << invalid << u"not valid JSON"_s;
    QTest::newRow("no version") << QByteArray(R"({"AccessKeyId":"A","SecretAccessKey":"SeCrEt"})") << invalid
                                << u"no “Version”"_s;
    QTest::newRow("version 2") << QByteArray(R"({"Version":2,"AccessKeyId":"A","SecretAccessKey":"SeCrEt"})")
                               << invalid << u"unsupported “Version”"_s;
    QTest::newRow("version as string") << QByteArray(R"({"Version":"1","AccessKeyId":"A","SecretAccessKey":"SeCrEt"})")
                                       << invalid << u"unsupported “Version”"_s;
    QTest::newRow("no access key") << QByteArray(R"({"Version":1,"SecretAccessKey":"SeCrEt"})") << invalid
                                   << u"no “AccessKeyId”"_s;
    QTest::newRow("no secret") << QByteArray(R"({"Version":1,"AccessKeyId":"AKIDPROC","SessionToken":"SeCrEt"})")
                               << invalid << u"no “SecretAccessKey”"_s;
    QTest::newRow("secret not a string") << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":42})")
                                         << invalid << u"no “SecretAccessKey”"_s;
    QTest::newRow("token not a string")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt","SessionToken":{}})") << invalid
        << u"“SessionToken”"_s;
    QTest::newRow("bad expiration")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt","Expiration":"tomorrow"})")
        << invalid << u"not an ISO 8601 time"_s;
    QTest::newRow("expiration not a string")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt","Expiration":1717243200})")
        << invalid << u"not an ISO 8601 time"_s;
    QTest::newRow("expired")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt","Expiration":"2024-06-01T11:59:59Z"})")
        << CredentialChain::ExpiredCode.toString() << u"expired at 2024-06-01T11:59:59Z"_s;
    QTest::newRow("expires now")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SeCrEt","Expiration":"2024-06-01T12:00:00Z"})")
        << CredentialChain::ExpiredCode.toString() << u"expired"_s;
}

void TestCredentialChain::parseProcessOutput_invalid()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    AwsCredentials out;
    const AwsError error = CredentialChain::parseProcessOutput(output, FixedNow, &out);
    QVERIFY(error);
    QCOMPARE(error.kind(), AwsError::Kind::Credentials);
    QCOMPARE(error.code(), code);
    QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    QVERIFY2(!error.toString().contains(QLatin1StringView(SecretMarker)), qPrintable(error.toString()));
    QVERIFY(!error.toString().contains(u"AKIDPROC"_s));
    QVERIFY(out.secretAccessKey.isEmpty());
}

void TestCredentialChain::explicitKeys_winOverEnvironmentAndFiles()
{
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt-file\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    s.accessKeyId = u"AKIDSETTINGS"_s;
    s.secretAccessKey = u"SeCrEt-settings"_s;
    s.sessionToken = u"SeCrEt-settings-token"_s;
    s.region = u"eu-west-3"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDSETTINGS"_s);
    QCOMPARE(job->credentials().secretAccessKey, u"SeCrEt-settings"_s);
    QCOMPARE(job->credentials().sessionToken, u"SeCrEt-settings-token"_s);
    QCOMPARE(job->credentials().source, u"profile settings"_s);
    QCOMPARE(job->region(), u"eu-west-3"_s);
    QCOMPARE(job->profile(), u"default"_s);
}

void TestCredentialChain::explicitKeys_incomplete_fail()
{
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    s.accessKeyId = u"AKIDSETTINGS"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(job->error().code(), CredentialChain::PartialCredentialsCode);
    QVERIFY2(job->errorString().contains(u"profile settings are incomplete"_s), qPrintable(job->errorString()));
    QVERIFY(!job->credentials().hasKeys());
    VERIFY_NO_SECRET(job);
}

void TestCredentialChain::environment_winsOverFiles()
{
    writeFile(u".aws/credentials"_s, "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt-file\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_PROFILE"_s, u"dev"_s);
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u" AKIDENV "_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    s.environment.insert(u"AWS_SESSION_TOKEN"_s, u"SeCrEt-env-token"_s);
    s.environment.insert(u"AWS_CREDENTIAL_EXPIRATION"_s, u"2024-06-01T18:00:00Z"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDENV"_s);
    QCOMPARE(job->credentials().secretAccessKey, u"SeCrEt-env"_s);
    QCOMPARE(job->credentials().sessionToken, u"SeCrEt-env-token"_s);
    QCOMPARE(job->credentials().expiration, QDateTime(QDate(2024, 6, 1), QTime(18, 0), Qt::UTC));
    QCOMPARE(job->credentials().source, u"environment variables"_s);
    QCOMPARE(job->profile(), u"dev"_s);
}

void TestCredentialChain::environment_incomplete_fails()
{
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt-file\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::PartialCredentialsCode);
    QVERIFY2(job->errorString().contains(u"environment variables are incomplete"_s), qPrintable(job->errorString()));
    VERIFY_NO_SECRET(job);
}

void TestCredentialChain::environment_skippedWhenProfileIsExplicit()
{
    writeFile(u".aws/credentials"_s, "[dev]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt-file\n");
    CredentialChainSettings s = settings();
    s.profile = u"dev"_s;
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDFILE"_s);
    QCOMPARE(job->credentials().source, u"profile “dev” in ~/.aws/credentials"_s);
}

void TestCredentialChain::environment_expired_fails()
{
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    s.environment.insert(u"AWS_CREDENTIAL_EXPIRATION"_s, u"2024-06-01T11:00:00Z"_s);
    s.region = u"us-east-1"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::ExpiredCode);
    QVERIFY2(job->errorString().contains(u"environment variables expired at 2024-06-01T11:00:00Z"_s),
             qPrintable(job->errorString()));
    VERIFY_NO_SECRET(job);
}

void TestCredentialChain::awsProfile_selectsTheProfile()
{
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = SeCrEt-d\n"
                                     "[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = SeCrEt-w\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_PROFILE"_s, u"work"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDWORK"_s);
    QCOMPARE(job->profile(), u"work"_s);

    // Explicit settings beat AWS_PROFILE.
    s.profile = u"default"_s;
    const auto second = resolve(s);
    QVERIFY(second->isFinished());
    QCOMPARE(second->credentials().accessKeyId, u"AKIDDEFAULT"_s);
}

void TestCredentialChain::credentialsFile_winsOverConfigFile()
{
    writeFile(u".aws/credentials"_s, "[dev]\naws_access_key_id = AKIDCRED\naws_secret_access_key = SeCrEt-c\n");
    writeFile(u".aws/config"_s, "[profile dev]\naws_access_key_id = AKIDCONF\naws_secret_access_key = SeCrEt-k\n"
                                "region = ca-central-1\ncredential_process = /nonexistent/tool\n");
    CredentialChainSettings s = settings();
    s.profile = u"dev"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDCRED"_s);
    QCOMPARE(job->credentials().secretAccessKey, u"SeCrEt-c"_s);
    QCOMPARE(job->region(), u"ca-central-1"_s);
}

void TestCredentialChain::configFile_keysUsedWhenCredentialsFileLacksProfile()
{
    writeFile(u".aws/credentials"_s, "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = SeCrEt-o\n");
    writeFile(u".aws/config"_s, "[profile dev]\naws_access_key_id = AKIDCONF\naws_secret_access_key = SeCrEt-k\n"
                                "aws_session_token = SeCrEt-kt\n");
    CredentialChainSettings s = settings();
    s.profile = u"dev"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDCONF"_s);
    QCOMPARE(job->credentials().sessionToken, u"SeCrEt-kt"_s);
    QCOMPARE(job->credentials().source, u"profile “dev” in ~/.aws/config"_s);
}

void TestCredentialChain::filePaths_comeFromTheEnvironment()
{
    QVERIFY(QDir().mkpath(home() + u"/elsewhere"_s));
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDWRONG\naws_secret_access_key = SeCrEt-x\n");
    writeFile(u"elsewhere/creds"_s, "[default]\naws_access_key_id = AKIDRIGHT\naws_secret_access_key = SeCrEt-r\n");
    writeFile(u"elsewhere/conf"_s, "[default]\nregion = ap-northeast-1\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, home() + u"/elsewhere/creds"_s);
    s.environment.insert(u"AWS_CONFIG_FILE"_s, u"~/elsewhere/conf"_s);
    QCOMPARE(CredentialChain::configFilePath(s), home() + u"/elsewhere/conf"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDRIGHT"_s);
    QCOMPARE(job->credentials().source, u"profile “default” in ~/elsewhere/creds"_s);
    QCOMPARE(job->region(), u"ap-northeast-1"_s);
}

void TestCredentialChain::region_precedence_data()
{
    QTest::addColumn<QString>("settingsRegion");
    QTest::addColumn<QString>("awsRegion");
    QTest::addColumn<QString>("awsDefaultRegion");
    QTest::addColumn<QString>("credentialsRegion");
    QTest::addColumn<QString>("configRegion");
    QTest::addColumn<QString>("expected");

    QTest::newRow("settings") << u"r1"_s << u"r2"_s << u"r3"_s << u"r4"_s << u"r5"_s << u"r1"_s;
    QTest::newRow("AWS_REGION") << QString() << u"r2"_s << u"r3"_s << u"r4"_s << u"r5"_s << u"r2"_s;
    QTest::newRow("AWS_DEFAULT_REGION") << QString() << QString() << u"r3"_s << u"r4"_s << u"r5"_s << u"r3"_s;
    QTest::newRow("credentials file") << QString() << QString() << QString() << u"r4"_s << u"r5"_s << u"r4"_s;
    QTest::newRow("config file") << QString() << QString() << QString() << QString() << u"r5"_s << u"r5"_s;
    QTest::newRow("none") << QString() << QString() << QString() << QString() << QString() << QString();
}

void TestCredentialChain::region_precedence()
{
    QFETCH(QString, settingsRegion);
    QFETCH(QString, awsRegion);
    QFETCH(QString, awsDefaultRegion);
    QFETCH(QString, credentialsRegion);
    QFETCH(QString, configRegion);
    QFETCH(QString, expected);

    QByteArray credentials = "[default]\naws_access_key_id = AKID\naws_secret_access_key = SeCrEt\n";
    if (!credentialsRegion.isEmpty())
        credentials += "region = " + credentialsRegion.toUtf8() + '\n';
    writeFile(u".aws/credentials"_s, credentials);
    if (!configRegion.isEmpty())
        writeFile(u".aws/config"_s, "[default]\nregion = " + configRegion.toUtf8() + '\n');
    CredentialChainSettings s = settings();
    s.region = settingsRegion;
    if (!awsRegion.isEmpty())
        s.environment.insert(u"AWS_REGION"_s, awsRegion);
    if (!awsDefaultRegion.isEmpty())
        s.environment.insert(u"AWS_DEFAULT_REGION"_s, awsDefaultRegion);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->region(), expected);
}

void TestCredentialChain::credentialProcess_success()
{
    // The script checks that quoting reached it intact, and that stdin is empty.
    const QString script = writeScript(u"creds"_s, R"SH(
[ "$1" = "--name" ] && [ "$2" = "dev team" ] && [ "$3" = "it's" ] || { echo "bad args: $*" >&2; exit 9; }
[ -z "$(cat)" ] || exit 8
cat <<'EOF'
{
  "Version": 1,
  "AccessKeyId": "AKIDPROC",
  "SecretAccessKey": "SeCrEt-proc",
  "SessionToken": "SeCrEt-proc-token",
  "Expiration": "2024-06-01T13:00:00Z"
}
EOF
)SH");
    QVERIFY(!script.isEmpty());
    writeFile(u".aws/config"_s, "[profile dev]\nregion = us-west-2\ncredential_process = " + script.toUtf8()
                                    + R"( --name "dev team" 'it'"'"'s')" + '\n');
    CredentialChainSettings s = settings();
    s.profile = u"dev"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDPROC"_s);
    QCOMPARE(job->credentials().secretAccessKey, u"SeCrEt-proc"_s);
    QCOMPARE(job->credentials().sessionToken, u"SeCrEt-proc-token"_s);
    QCOMPARE(job->credentials().expiration, QDateTime(QDate(2024, 6, 1), QTime(13, 0), Qt::UTC));
    QCOMPARE(job->credentials().source, u"credential_process of profile “dev”"_s);
    QCOMPARE(job->region(), u"us-west-2"_s);
}

void TestCredentialChain::credentialProcess_foundInInjectedPath()
{
    QVERIFY(!writeScript(u"my-creds-tool"_s,
                         R"(echo '{"Version":1,"AccessKeyId":"AKIDPATH","SecretAccessKey":"SeCrEt-p"}')")
                 .isEmpty());
    // credential_process in the credentials file counts too (the SDKs merge both files).
    writeFile(u".aws/credentials"_s, "[default]\ncredential_process = my-creds-tool\n");
    const auto job = resolve(settings());
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDPATH"_s);
    QVERIFY(!job->credentials().expiration.isValid());
}

void TestCredentialChain::credentialProcess_notRunWhenFileHasKeys()
{
    const QString marker = m_dir->filePath(u"ran"_s);
    const QString script = writeScript(u"creds"_s, "touch '" + marker.toUtf8() + "'\nexit 1\n");
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt\n");
    writeFile(u".aws/config"_s, "[default]\ncredential_process = " + script.toUtf8() + '\n');
    const auto job = resolve(settings());
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDFILE"_s);
    QVERIFY(!QFile::exists(marker));
}

void TestCredentialChain::credentialProcess_failure_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: the command line is given in commandLine
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("reasons");

    const QString failed = CredentialChain::ProcessFailedCode.toString();
    const QString output = CredentialChain::ProcessOutputCode.toString();
    QTest::newRow("exit code and stderr")
        << QByteArray("echo '{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"SeCrEt-out\"}'\n"
                      "echo 'first line' >&2\necho 'token expired, run login' >&2\nexit 3\n")
        << QString() << failed
        << QStringList{u"of profile “default” failed with exit code 3: token expired, run login"_s};
    QTest::newRow("exit code without stderr") << QByteArray("exit 2\n") << QString() << failed
                                              << QStringList{u"failed with exit code 2."_s};
    QTest::newRow("crash") << QByteArray("kill -SEGV $$\n") << QString() << failed << QStringList{u"crashed"_s};
    QTest::newRow("not json") << QByteArray("echo 'AccessKeyId=A SecretAccessKey=SeCrEt-out'\n") << QString() << output
                              << QStringList{u"Profile “default”: The credential_process output is not valid JSON"_s};
    QTest::newRow("no output") << QByteArray("exit 0\n") << QString() << output << QStringList{u"not valid JSON"_s};
    QTest::newRow("missing secret")
        << QByteArray("echo '{\"Version\":1,\"AccessKeyId\":\"AKIDPROC\",\"SessionToken\":\"SeCrEt-t\"}'\n")
        << QString() << output << QStringList{u"no “SecretAccessKey”"_s};
    QTest::newRow("wrong version")
        << QByteArray("echo '{\"Version\":2,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"SeCrEt-out\"}'\n") << QString()
        << output << QStringList{u"unsupported “Version”"_s};
    QTest::newRow("expired")
        << QByteArray("echo '{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"SeCrEt-out\","
                      "\"Expiration\":\"2024-05-31T00:00:00Z\"}'\n")
        << QString() << CredentialChain::ExpiredCode.toString()
        << QStringList{u"expired at 2024-05-31T00:00:00Z"_s};
    QTest::newRow("too much output") << QByteArray("head -c 200000 /dev/zero | tr '\\0' 'S'\necho SeCrEt\n")
                                     << QString() << output << QStringList{u"printed more than 64 KiB"_s};
    QTest::newRow("program missing") << QByteArray() << u"/nonexistent/creds --password SeCrEt-arg"_s << failed
                                     << QStringList{u"“/nonexistent/creds” of profile “default” could not be started"_s};
    QTest::newRow("program not in PATH") << QByteArray() << u"no-such-tool-here --token SeCrEt-arg"_s << failed
                                         << QStringList{u"“no-such-tool-here” of profile “default” was not found in PATH"_s};
    QTest::newRow("unbalanced quotes") << QByteArray() << u"tool \"SeCrEt-arg"_s << failed
                                       << QStringList{u"not a valid command line"_s};
}

void TestCredentialChain::credentialProcess_failure()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, commandLine);
    QFETCH(QString, code);
    QFETCH(QStringList, reasons);

    if (!script.isEmpty()) {
        commandLine = writeScript(u"creds"_s, script);
        QVERIFY(!commandLine.isEmpty());
    }
    writeFile(u".aws/config"_s, "[default]\nregion = eu-north-1\ncredential_process = " + commandLine.toUtf8() + '\n');
    const auto job = resolve(settings());
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(job->error().code(), code);
    for (const QString &reason : std::as_const(reasons))
        QVERIFY2(job->errorString().contains(reason), qPrintable(job->errorString()));
    QVERIFY(!job->credentials().hasKeys());
    VERIFY_NO_SECRET(job);
}

void TestCredentialChain::credentialProcess_timeout_killsAndFails()
{
    const QString pidFile = m_dir->filePath(u"pid"_s);
    const QString script = writeScript(u"slow"_s, "echo $$ > '" + pidFile.toUtf8() + "'\nexec sleep 30\n");
    writeFile(u".aws/config"_s, "[default]\ncredential_process = " + script.toUtf8() + '\n');
    CredentialChainSettings s = settings();
    s.processTimeout = std::chrono::milliseconds(500);
    QElapsedTimer timer;
    timer.start();
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(timer.elapsed() < 10000, "the timeout did not stop the wait");
    QCOMPARE(job->error().code(), CredentialChain::ProcessTimeoutCode);
    QVERIFY2(job->errorString().contains(u"“"_s + script + u"” of profile “default” did not finish within 1 second"_s),
             qPrintable(job->errorString()));

    // The process is gone.
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QString number = QString::fromLatin1(pid.readAll().trimmed());
    QVERIFY(!number.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(u"/proc/"_s + number), 5000);
}

void TestCredentialChain::credentialProcess_cancel_endsJob()
{
    const QString script = writeScript(u"slow"_s, "exec sleep 30\n");
    writeFile(u".aws/config"_s, "[default]\ncredential_process = " + script.toUtf8() + '\n');
    std::unique_ptr<ResolveCredentialsJob> job(CredentialChain(settings()).resolve());
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTest::qWait(200);
    QVERIFY(!job->isFinished());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestCredentialChain::cancel_whileReadingKeychain_stopsThere()
{
    const QString marker = m_dir->filePath(u"ran"_s);
    const QString script = writeScript(u"creds"_s, "touch '" + marker.toUtf8() + "'\nexit 1\n");
    writeFile(u".aws/config"_s, "[default]\ncredential_process = " + script.toUtf8() + '\n');
    ManualSecretStore store;
    CredentialChainSettings s = settings();
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"k"_s;
    std::unique_ptr<ResolveCredentialsJob> job(CredentialChain(s).resolve());
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QTRY_VERIFY(store.hasPendingJob());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    store.answer("SeCrEt-late");
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QVERIFY(!job->credentials().hasBearer());
    QVERIFY2(!QFile::exists(marker), "the credential_process ran after cancel()");
}

void TestCredentialChain::bearer_fromEnvironmentAlone_suffices()
{
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_BEARER_TOKEN_BEDROCK"_s, u"SeCrEt-bearer-env"_s);
    s.environment.insert(u"AWS_REGION"_s, u"us-east-1"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(!job->credentials().hasKeys());
    QCOMPARE(job->credentials().bearerToken, u"SeCrEt-bearer-env"_s);
    QCOMPARE(job->credentials().source, u"Bedrock API key from AWS_BEARER_TOKEN_BEDROCK"_s);
}

void TestCredentialChain::bearer_fromSecretStore_addsToKeys()
{
    InMemorySecretStore store;
    store.insert(u"profile/default/bedrock-api-key"_s, "SeCrEt-bearer-store");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
    s.environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"SeCrEt-env"_s);
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"profile/default/bedrock-api-key"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDENV"_s);
    QCOMPARE(job->credentials().bearerToken, u"SeCrEt-bearer-store"_s);
    QCOMPARE(job->credentials().source, u"environment variables; Bedrock API key from system keychain"_s);
    QCOMPARE(store.executedJobs(), 1);
}

void TestCredentialChain::bearer_fromSettings_winsWithoutReadingTheStore()
{
    InMemorySecretStore store;
    store.insert(u"k"_s, "SeCrEt-bearer-store");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_BEARER_TOKEN_BEDROCK"_s, u"SeCrEt-bearer-env"_s);
    s.bearerToken = u"SeCrEt-bearer-settings"_s;
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"k"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().bearerToken, u"SeCrEt-bearer-settings"_s);
    QCOMPARE(store.executedJobs(), 0);

    // The environment beats the store, which is then not read either.
    s.bearerToken.clear();
    const auto second = resolve(s);
    QVERIFY(second->isFinished());
    QCOMPARE(second->credentials().bearerToken, u"SeCrEt-bearer-env"_s);
    QCOMPARE(store.executedJobs(), 0);
}

void TestCredentialChain::bearer_missingStoreEntry_isNotAnError()
{
    InMemorySecretStore store;
    CredentialChainSettings s = settings();
    s.accessKeyId = u"AKIDSETTINGS"_s;
    s.secretAccessKey = u"SeCrEt-settings"_s;
    s.region = u"us-east-1"_s;
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"profile/default/bedrock-api-key"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(!job->credentials().hasBearer());
    QCOMPARE(job->credentials().source, u"profile settings"_s);
    QCOMPARE(store.executedJobs(), 1);
}

void TestCredentialChain::bearer_keychainUnavailable_reportedWhenNothingElse()
{
    InMemorySecretStore store;
    store.setFailure(SecretStore::keychainUnavailable(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s));
    CredentialChainSettings s = settings();
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"profile/default/bedrock-api-key"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::NoCredentialsCode);
    QVERIFY2(job->errorString().contains(
                 u"The Bedrock API key could not be read: The system keychain is not available: Cannot autolaunch"_s),
             qPrintable(job->errorString()));
}

void TestCredentialChain::bearer_keychainUnavailable_ignoredWhenKeysExist()
{
    InMemorySecretStore store;
    store.setFailure(SecretStore::keychainUnavailable(u"no bus"_s));
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = SeCrEt\n");
    CredentialChainSettings s = settings();
    s.secretStore = &store;
    s.bearerTokenSecretKey = u"profile/default/bedrock-api-key"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->credentials().accessKeyId, u"AKIDFILE"_s);
    QVERIFY(!job->credentials().hasBearer());
}

void TestCredentialChain::nothingConfigured_givesClearError()
{
    const auto job = resolve(settings());
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(job->error().code(), CredentialChain::NoCredentialsCode);
    const QString message = job->errorString();
    // The chain's own sentence is shown as it is, without a generic prefix.
    QVERIFY2(message.startsWith(u"There are no credentials"_s), qPrintable(message));
    QVERIFY2(message.contains(u"profile “default”"_s), qPrintable(message));
    QVERIFY2(message.contains(u"AWS_ACCESS_KEY_ID"_s), qPrintable(message));
    QVERIFY2(message.contains(u"~/.aws/credentials"_s) && message.contains(u"~/.aws/config"_s), qPrintable(message));
}

void TestCredentialChain::namedProfileMissing_fails()
{
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKID\naws_secret_access_key = SeCrEt\n");
    CredentialChainSettings s = settings();
    s.environment.insert(u"AWS_PROFILE"_s, u"typo"_s);
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::ProfileNotFoundCode);
    QVERIFY2(job->errorString().contains(u"The profile “typo” was not found in ~/.aws/credentials or ~/.aws/config."_s),
             qPrintable(job->errorString()));
}

void TestCredentialChain::malformedFile_namesFileAndLine()
{
    writeFile(u".aws/credentials"_s, "[default]\naws_access_key_id = AKID\naws_secret_access_key = SeCrEt\n");
    writeFile(u".aws/config"_s, "[default]\nregion = us-east-1\nregion us-west-2 SeCrEt\n");
    const auto job = resolve(settings());
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::InvalidConfigFileCode);
    QVERIFY2(job->errorString().contains(u"~/.aws/config, line 3: "_s), qPrintable(job->errorString()));
    VERIFY_NO_SECRET(job);

    // With keys and a region elsewhere, the files are not needed and not read.
    CredentialChainSettings s = settings();
    s.accessKeyId = u"AKIDSETTINGS"_s;
    s.secretAccessKey = u"SeCrEt-settings"_s;
    s.region = u"us-east-1"_s;
    const auto second = resolve(s);
    QVERIFY(second->isFinished());
    QVERIFY2(!second->hasError(), qPrintable(second->errorString()));
}

void TestCredentialChain::unsupportedProfile_saysWhy()
{
    writeFile(u".aws/config"_s, "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\n"
                                "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n");
    CredentialChainSettings s = settings();
    s.profile = u"sso"_s;
    const auto job = resolve(s);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().code(), CredentialChain::NoCredentialsCode);
    QVERIFY2(job->errorString().contains(u"The profile uses “sso_session”"_s), qPrintable(job->errorString()));
}

QTEST_GUILESS_MAIN(TestCredentialChain)
#include "tst_credentialchain.moc"
