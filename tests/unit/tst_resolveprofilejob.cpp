// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/inmemorysecretstore.h"
#include "aws/secretstore.h"
#include "jobrunner.h"
#include "workspace/resolveprofilejob.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

// Fails the first `failures` reads with "keychain unavailable", then answers from memory, like a
// secret service that starts after the desktop session.
class LateKeychain final : public SecretStore
{
public:
    explicit LateKeychain(int failures)
        : m_failures(failures)
    {
    }
    QHash<QString, QByteArray> secrets;
    int executed = 0;

protected:
    void execute(SecretJob *job) override
    {
        ++executed;
        if (m_failures > 0) {
            --m_failures;
            fail(job, keychainUnavailable(u"org.freedesktop.secrets is not running"_s));
            return;
        }
        if (!secrets.contains(job->key())) {
            fail(job, notFound(job->key()));
            return;
        }
        succeed(job, secrets.value(job->key()));
    }

private:
    int m_failures;
};

Profile storedKeys()
{
    Profile p;
    p.id = u"prod"_s;
    p.name = u"Production"_s;
    p.kind = Profile::Kind::StoredKeys;
    p.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    p.region = u"eu-central-1"_s;
    return p;
}

QProcessEnvironment emptyEnvironment()
{
    return QProcessEnvironment();
}

} // namespace

class TestResolveProfileJob final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storedKeys_readTheSecretFromTheKeychain();
    void storedKeys_missingSecret_saysSo();
    void lateKeychain_isAskedOnceMore();
    void absentKeychain_failsAfterOneRetry();
    void awsConfigProfile_usesTheFiles();
    void apiKeyProfile_readsTheBearerFromTheKeychain();
    void endpoints_profileOverrideWins();
    void sandboxAndInvalid_areRefused();
};

void TestResolveProfileJob::storedKeys_readTheSecretFromTheKeychain()
{
    InMemorySecretStore store;
    store.insert(storedKeys().secretKeyName(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    auto *job = new ResolveProfileJob(storedKeys(), &store);
    job->setEnvironment(emptyEnvironment());
    SPENDSCOPE_RUN_OK(done, job);
    QCOMPARE(done->credentials().accessKeyId, u"AKIAIOSFODNN7EXAMPLE"_s);
    QCOMPARE(done->credentials().secretAccessKey, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s);
    QCOMPARE(done->endpointConfig().region, u"eu-central-1"_s);
    QVERIFY(done->endpointConfig().endpointUrl.isEmpty());
}

void TestResolveProfileJob::storedKeys_missingSecret_saysSo()
{
    InMemorySecretStore store;
    auto *job = new ResolveProfileJob(storedKeys(), &store);
    job->setEnvironment(emptyEnvironment());
    auto done = Test::runJob(job);
    QCOMPARE(done->error().kind(), AwsError::Kind::Credentials);
    QVERIFY2(done->errorString().contains(u"Production"_s), qPrintable(done->errorString()));
}

void TestResolveProfileJob::lateKeychain_isAskedOnceMore()
{
    LateKeychain store(1);
    store.secrets.insert(storedKeys().secretKeyName(), "secret");
    auto *job = new ResolveProfileJob(storedKeys(), &store);
    job->setEnvironment(emptyEnvironment());
    job->setKeychainRetryDelay(std::chrono::milliseconds(20));
    SPENDSCOPE_RUN_OK(done, job);
    QCOMPARE(store.executed, 2);
    QCOMPARE(done->credentials().secretAccessKey, u"secret"_s);
}

void TestResolveProfileJob::absentKeychain_failsAfterOneRetry()
{
    LateKeychain store(100);
    auto *job = new ResolveProfileJob(storedKeys(), &store);
    job->setEnvironment(emptyEnvironment());
    job->setKeychainRetryDelay(std::chrono::milliseconds(20));
    auto done = Test::runJob(job);
    QVERIFY(done->hasError());
    QCOMPARE(done->error().code(), SecretStore::KeychainUnavailableCode.toString());
    QCOMPARE(store.executed, 2);
    // Never a plaintext fallback: nothing was resolved.
    QVERIFY(done->credentials().secretAccessKey.isEmpty());
}

void TestResolveProfileJob::awsConfigProfile_usesTheFiles()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u".aws"_s));
    QFile credentials(home.filePath(u".aws/credentials"_s));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[dev]\naws_access_key_id = AKIADEVDEVDEVDEVDEV1\naws_secret_access_key = devsecret\n");
    credentials.close();
    QFile config(home.filePath(u".aws/config"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile dev]\nregion = ap-southeast-2\n");
    config.close();

    Profile p;
    p.id = u"dev"_s;
    p.name = u"Dev"_s;
    p.kind = Profile::Kind::AwsConfig;
    p.awsProfile = u"dev"_s;
    p.region = u"us-east-1"_s;
    auto *job = new ResolveProfileJob(p, nullptr);
    job->setEnvironment(emptyEnvironment());
    job->setHomeDirectory(home.path());
    SPENDSCOPE_RUN_OK(done, job);
    QCOMPARE(done->credentials().accessKeyId, u"AKIADEVDEVDEVDEVDEV1"_s);
    // The app's own region setting wins over the file's, as an explicit setting should.
    QCOMPARE(done->endpointConfig().region, u"us-east-1"_s);
}

void TestResolveProfileJob::apiKeyProfile_readsTheBearerFromTheKeychain()
{
    InMemorySecretStore store;
    Profile p;
    p.id = u"keys"_s;
    p.name = u"API key"_s;
    p.kind = Profile::Kind::ApiKey;
    store.insert(p.apiKeyName(), "ABSKexampleapikey");
    auto *job = new ResolveProfileJob(p, &store);
    job->setEnvironment(emptyEnvironment());
    job->setHomeDirectory(QDir::tempPath() + u"/no-such-home"_s);
    SPENDSCOPE_RUN_OK(done, job);
    QCOMPARE(done->credentials().bearerToken, u"ABSKexampleapikey"_s);
    QVERIFY(!done->credentials().hasKeys());
}

void TestResolveProfileJob::endpoints_profileOverrideWins()
{
    InMemorySecretStore store;
    store.insert(storedKeys().secretKeyName(), "s");
    QProcessEnvironment environment;
    environment.insert(u"AWS_ENDPOINT_URL"_s, u"http://127.0.0.1:4566"_s);
    environment.insert(u"AWS_ENDPOINT_URL_COST_EXPLORER"_s, u"http://127.0.0.1:4567"_s);
    environment.insert(u"AWS_ENDPOINT_URL_IAM"_s, u"not a url"_s);
    {
        auto *job = new ResolveProfileJob(storedKeys(), &store);
        job->setEnvironment(environment);
        SPENDSCOPE_RUN_OK(done, job);
        QCOMPARE(done->endpointConfig().endpointUrl, QUrl(u"http://127.0.0.1:4566"_s));
        QCOMPARE(done->endpointConfig().serviceUrls.value(AwsService::CostExplorer), QUrl(u"http://127.0.0.1:4567"_s));
        QVERIFY(!done->endpointConfig().serviceUrls.contains(AwsService::Iam));
    }
    Profile p = storedKeys();
    p.endpointUrl = QUrl(u"https://proxy.example.test"_s);
    auto *job = new ResolveProfileJob(p, &store);
    job->setEnvironment(environment);
    SPENDSCOPE_RUN_OK(done, job);
    QCOMPARE(done->endpointConfig().endpointUrl, p.endpointUrl);
    QVERIFY(done->endpointConfig().serviceUrls.isEmpty());
}

void TestResolveProfileJob::sandboxAndInvalid_areRefused()
{
    auto sandbox = Test::runJob(new ResolveProfileJob(
        [] {
            Profile p;
            p.id = u"sandbox"_s;
            p.name = u"Sandbox"_s;
            p.kind = Profile::Kind::Sandbox;
            return p;
        }(),
        nullptr));
    QCOMPARE(sandbox->error().kind(), AwsError::Kind::InvalidInput);
    Profile bad = storedKeys();
    bad.region = u"moon-1"_s;
    auto invalid = Test::runJob(new ResolveProfileJob(bad, nullptr));
    QCOMPARE(invalid->error().kind(), AwsError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestResolveProfileJob)
#include "tst_resolveprofilejob.moc"
