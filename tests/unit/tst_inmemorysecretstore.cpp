// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/inmemorysecretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestInMemorySecretStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_writeReadOverwriteDelete();
    void read_missingKey_isNotFound();
    void delete_missingKey_succeeds();
    void secrets_areBinarySafe();
    void jobs_areDeferredAndFinishOnce();
    void jobs_deleteThemselves();
    void emptyKey_isInvalidInput();
    void failure_reportsKeychainUnavailable();
    void cancel_beforeRun_doesNotTouchTheStore();
    void storeGone_failsTheJob();

private:
    // Starts the job and waits for it; the job must have auto-delete off.
    static bool finish(SecretJob *job);
};

bool TestInMemorySecretStore::finish(SecretJob *job)
{
    job->start();
    return QTest::qWaitFor([job] { return job->isFinished(); }, 5000);
}

void TestInMemorySecretStore::roundTrip_writeReadOverwriteDelete()
{
    InMemorySecretStore store;
    const QString key = u"profile/dev/bedrock-api-key"_s;

    std::unique_ptr<SecretJob> write(store.writeSecret(key, "first"));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    QVERIFY2(!write->hasError(), qPrintable(write->errorString()));
    QCOMPARE(write->operation(), SecretJob::Operation::Write);
    QVERIFY(write->secret().isEmpty()); // a write does not hand the secret back
    QCOMPARE(store.value(key), QByteArray("first"));

    std::unique_ptr<SecretJob> read(store.readSecret(key));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY(!read->hasError());
    QCOMPARE(read->key(), key);
    QCOMPARE(read->secret(), QByteArray("first"));

    std::unique_ptr<SecretJob> overwrite(store.writeSecret(key, "second"));
    overwrite->setAutoDelete(false);
    QVERIFY(finish(overwrite.get()));
    QVERIFY(!overwrite->hasError());
    std::unique_ptr<SecretJob> reread(store.readSecret(key));
    reread->setAutoDelete(false);
    QVERIFY(finish(reread.get()));
    QCOMPARE(reread->secret(), QByteArray("second"));

    std::unique_ptr<SecretJob> remove(store.deleteSecret(key));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
    QVERIFY(!remove->hasError());
    QVERIFY(!store.contains(key));
    QCOMPARE(store.executedJobs(), 5);
}

void TestInMemorySecretStore::read_missingKey_isNotFound()
{
    InMemorySecretStore store;
    store.insert(u"other"_s, "x");
    std::unique_ptr<SecretJob> read(store.readSecret(u"missing"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY(read->hasError());
    QVERIFY(read->isNotFound());
    QCOMPARE(read->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(read->error().code(), SecretStore::NotFoundCode);
    QVERIFY2(read->errorString().contains(u"No secret is stored under “missing”."_s), qPrintable(read->errorString()));
    QVERIFY(read->secret().isEmpty());
}

void TestInMemorySecretStore::delete_missingKey_succeeds()
{
    InMemorySecretStore store;
    std::unique_ptr<SecretJob> remove(store.deleteSecret(u"missing"_s));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
    QVERIFY2(!remove->hasError(), qPrintable(remove->errorString()));
}

void TestInMemorySecretStore::secrets_areBinarySafe()
{
    InMemorySecretStore store;
    static constexpr char raw[] = "\0\xff\xfe json {\"a\":1}\n\0";
    const QByteArray secret(raw, sizeof raw - 1);
    std::unique_ptr<SecretJob> write(store.writeSecret(u"k"_s, secret));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    std::unique_ptr<SecretJob> read(store.readSecret(u"k"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QCOMPARE(read->secret(), secret);
    QCOMPARE(read->secret().size(), qsizetype(sizeof raw - 1));
}

void TestInMemorySecretStore::jobs_areDeferredAndFinishOnce()
{
    InMemorySecretStore store;
    store.insert(u"k"_s, "v");
    std::unique_ptr<SecretJob> read(store.readSecret(u"k"_s));
    read->setAutoDelete(false);
    QSignalSpy finished(read.get(), &Job::finished);
    read->start();
    QVERIFY(read->isStarted());
    QVERIFY(!read->isFinished()); // start() only schedules
    QCOMPARE(store.executedJobs(), 0);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<Job *>(), read.get());
    read->start(); // no second run
    read->cancel(); // no second finished()
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(store.executedJobs(), 1);
    QVERIFY(!read->hasError());
}

void TestInMemorySecretStore::jobs_deleteThemselves()
{
    InMemorySecretStore store;
    QPointer<SecretJob> job = store.writeSecret(u"k"_s, "v");
    QSignalSpy finished(job.data(), &Job::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(store.value(u"k"_s), QByteArray("v"));
}

void TestInMemorySecretStore::emptyKey_isInvalidInput()
{
    InMemorySecretStore store;
    std::unique_ptr<SecretJob> write(store.writeSecret(QString(), "v"));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    QCOMPARE(write->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(store.executedJobs(), 0);
    QVERIFY(store.keys().isEmpty());
}

void TestInMemorySecretStore::failure_reportsKeychainUnavailable()
{
    InMemorySecretStore store;
    store.insert(u"k"_s, "SeCrEt");
    store.setFailure(SecretStore::keychainUnavailable(u"no session bus"_s));
    for (SecretJob *job : {store.readSecret(u"k"_s), store.writeSecret(u"k"_s, "SeCrEt2"), store.deleteSecret(u"k"_s)}) {
        std::unique_ptr<SecretJob> owned(job);
        owned->setAutoDelete(false);
        QVERIFY(finish(owned.get()));
        QVERIFY(owned->hasError());
        QVERIFY(!owned->isNotFound());
        QCOMPARE(owned->error().kind(), AwsError::Kind::Credentials);
        QCOMPARE(owned->error().code(), SecretStore::KeychainUnavailableCode);
        QVERIFY2(owned->errorString().contains(u"The system keychain is not available: no session bus"_s),
                 qPrintable(owned->errorString()));
        QVERIFY(!owned->errorString().contains(u"SeCrEt"_s));
        QVERIFY(owned->secret().isEmpty());
    }
    QCOMPARE(store.value(u"k"_s), QByteArray("SeCrEt")); // untouched

    store.setFailure(AwsError());
    std::unique_ptr<SecretJob> read(store.readSecret(u"k"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY(!read->hasError());
}

void TestInMemorySecretStore::cancel_beforeRun_doesNotTouchTheStore()
{
    InMemorySecretStore store;
    std::unique_ptr<SecretJob> write(store.writeSecret(u"k"_s, "v"));
    write->setAutoDelete(false);
    QSignalSpy finished(write.get(), &Job::finished);
    write->start();
    write->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(write->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(store.executedJobs(), 0);
    QVERIFY(!store.contains(u"k"_s));
}

void TestInMemorySecretStore::storeGone_failsTheJob()
{
    auto *store = new InMemorySecretStore;
    std::unique_ptr<SecretJob> read(store->readSecret(u"k"_s));
    read->setAutoDelete(false);
    delete store;
    QVERIFY(finish(read.get()));
    QCOMPARE(read->error().code(), SecretStore::KeychainUnavailableCode);
}

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "tst_inmemorysecretstore.moc"
