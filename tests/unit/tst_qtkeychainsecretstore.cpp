// SPDX-License-Identifier: GPL-3.0-or-later
// The real QtKeychain adapter. The round trips run only under tests/keychain-session.sh (a private
// D-Bus session with a throwaway, unlocked gnome-keyring; SPENDSCOPE_KEYCHAIN_SESSION=ready), so the
// user's own keyring is never touched. The "no keychain" checks run this executable again as a child
// process with a broken environment (QtKeychain and GDBus cache their bus connection per process).
#include "aws/qtkeychainsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

constexpr auto ChildModeVariable = "SPENDSCOPE_KEYCHAIN_CHILD";
constexpr auto ChildTimeoutVariable = "SPENDSCOPE_KEYCHAIN_CHILD_TIMEOUT_MS";
const QString TestService = u"spendscope-keychain-test"_s;

bool finish(SecretJob *job, int timeoutMs = 30000)
{
    job->start();
    return QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs);
}

// Child process: one read, write and delete through the store; prints "<op> <code> <ms>\t<message>"
// per operation. The code is "ok" on success.
int runChild()
{
    QtKeychainSecretStore store(TestService);
    store.setTimeout(std::chrono::milliseconds(qEnvironmentVariableIntValue(ChildTimeoutVariable)));
    const QList<std::pair<const char *, SecretJob *>> jobs = {
        {"read", store.readSecret(u"child/missing"_s)},
        {"write", store.writeSecret(u"child/key"_s, "child-value")},
        {"delete", store.deleteSecret(u"child/key"_s)},
    };
    for (const auto &[name, job] : jobs) {
        job->setAutoDelete(false);
        QElapsedTimer timer;
        timer.start();
        const bool done = finish(job, 60000);
        const QString code = !done ? u"unfinished"_s : job->hasError() ? job->error().code() : u"ok"_s;
        std::printf("%s %s %lld\t%s\n", name, qPrintable(code), timer.elapsed(), qPrintable(job->errorString()));
        std::fflush(stdout);
        delete job;
    }
    // Give up on QtKeychain jobs that may still wait on the bus instead of tearing them down.
    std::_Exit(0);
}

} // namespace

class TestQtKeychainSecretStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void service_defaultsToApplicationName();
    void roundTrip_writeReadOverwriteDelete();
    void read_missingKey_isNotFound();
    void delete_missingKey_succeeds();
    void secrets_areBinarySafe();
    void services_areSeparate();
    void withoutSessionBus_reportsKeychainUnavailable();
    void silentSessionBus_timesOut();

private:
    // Why the round trips cannot run; empty when the throwaway keychain is ready.
    [[nodiscard]] QString missingKeychain() const;
    // Runs this executable as a child with env; returns its output lines (one per operation).
    [[nodiscard]] QStringList runChildProcess(const QProcessEnvironment &env, int timeoutMs);

    QString m_session;
};

void TestQtKeychainSecretStore::initTestCase()
{
    m_session = qEnvironmentVariable("SPENDSCOPE_KEYCHAIN_SESSION");
    qInfo("keychain session: %s", m_session.isEmpty() ? "not set (run through tests/keychain-session.sh)"
                                                      : qPrintable(m_session));
}

QString TestQtKeychainSecretStore::missingKeychain() const
{
    if (m_session == u"ready"_s)
        return QString();
    if (m_session.isEmpty())
        return u"no throwaway keychain: run through tests/keychain-session.sh (ctest -L keychain)"_s;
    return u"no throwaway keychain: "_s + m_session;
}

// QSKIP must be used in the test function itself.
#define REQUIRE_KEYCHAIN()                                                                                             \
    do {                                                                                                               \
        if (const QString reason = missingKeychain(); !reason.isEmpty())                                              \
            QSKIP(qPrintable(reason));                                                                                 \
    } while (false)

void TestQtKeychainSecretStore::service_defaultsToApplicationName()
{
    QCOMPARE(QtKeychainSecretStore().service(), QCoreApplication::applicationName());
    QCOMPARE(QtKeychainSecretStore(u"custom"_s).service(), u"custom"_s);
}

void TestQtKeychainSecretStore::roundTrip_writeReadOverwriteDelete()
{
    REQUIRE_KEYCHAIN();
    QtKeychainSecretStore store(TestService);
    const QString key = u"profile/dev/bedrock-api-key"_s;

    std::unique_ptr<SecretJob> write(store.writeSecret(key, "first-value"));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    QVERIFY2(!write->hasError(), qPrintable(write->errorString()));

    std::unique_ptr<SecretJob> read(store.readSecret(key));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY2(!read->hasError(), qPrintable(read->errorString()));
    QCOMPARE(read->secret(), QByteArray("first-value"));

    std::unique_ptr<SecretJob> overwrite(store.writeSecret(key, "second-value"));
    overwrite->setAutoDelete(false);
    QVERIFY(finish(overwrite.get()));
    QVERIFY2(!overwrite->hasError(), qPrintable(overwrite->errorString()));
    std::unique_ptr<SecretJob> reread(store.readSecret(key));
    reread->setAutoDelete(false);
    QVERIFY(finish(reread.get()));
    QVERIFY2(!reread->hasError(), qPrintable(reread->errorString()));
    QCOMPARE(reread->secret(), QByteArray("second-value"));

    std::unique_ptr<SecretJob> remove(store.deleteSecret(key));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
    QVERIFY2(!remove->hasError(), qPrintable(remove->errorString()));
    std::unique_ptr<SecretJob> gone(store.readSecret(key));
    gone->setAutoDelete(false);
    QVERIFY(finish(gone.get()));
    QVERIFY2(gone->isNotFound(), qPrintable(gone->errorString()));
}

void TestQtKeychainSecretStore::read_missingKey_isNotFound()
{
    REQUIRE_KEYCHAIN();
    QtKeychainSecretStore store(TestService);
    std::unique_ptr<SecretJob> read(store.readSecret(u"never/written"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY(read->hasError());
    QVERIFY2(read->isNotFound(), qPrintable(read->errorString()));
    QCOMPARE(read->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(read->error().code(), SecretStore::NotFoundCode);
    QVERIFY(read->secret().isEmpty());
}

void TestQtKeychainSecretStore::delete_missingKey_succeeds()
{
    REQUIRE_KEYCHAIN();
    QtKeychainSecretStore store(TestService);
    std::unique_ptr<SecretJob> remove(store.deleteSecret(u"never/written"_s));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
    QVERIFY2(!remove->hasError(), qPrintable(remove->errorString()));
}

void TestQtKeychainSecretStore::secrets_areBinarySafe()
{
    REQUIRE_KEYCHAIN();
    QtKeychainSecretStore store(TestService);
    static constexpr char raw[] = "\0\xff\xfe{\"AccessKeyId\":\"A\"}\n";
    QByteArray secret(raw, sizeof raw - 1);
    secret += QByteArray(8192, 'x');
    std::unique_ptr<SecretJob> write(store.writeSecret(u"binary"_s, secret));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    QVERIFY2(!write->hasError(), qPrintable(write->errorString()));
    std::unique_ptr<SecretJob> read(store.readSecret(u"binary"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY2(!read->hasError(), qPrintable(read->errorString()));
    QCOMPARE(read->secret(), secret);
    std::unique_ptr<SecretJob> remove(store.deleteSecret(u"binary"_s));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
}

void TestQtKeychainSecretStore::services_areSeparate()
{
    REQUIRE_KEYCHAIN();
    QtKeychainSecretStore first(TestService);
    QtKeychainSecretStore second(TestService + u"-other"_s);
    std::unique_ptr<SecretJob> write(first.writeSecret(u"shared-key"_s, "value"));
    write->setAutoDelete(false);
    QVERIFY(finish(write.get()));
    QVERIFY2(!write->hasError(), qPrintable(write->errorString()));
    std::unique_ptr<SecretJob> read(second.readSecret(u"shared-key"_s));
    read->setAutoDelete(false);
    QVERIFY(finish(read.get()));
    QVERIFY2(read->isNotFound(), qPrintable(read->errorString()));
    std::unique_ptr<SecretJob> remove(first.deleteSecret(u"shared-key"_s));
    remove->setAutoDelete(false);
    QVERIFY(finish(remove.get()));
}

QStringList TestQtKeychainSecretStore::runChildProcess(const QProcessEnvironment &env, int timeoutMs)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    // Keep the event loop running: the silent bus below lives in this process.
    const bool ended = QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        child.kill();
        child.waitForFinished();
        return {u"child did not end in time"_s};
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return {u"child failed: exit code %1"_s.arg(child.exitCode())};
    return QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

static QProcessEnvironment childEnvironment(const QString &scratch, int storeTimeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s,
                                u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s, u"KDE_FULL_SESSION"_s,
                                u"GNOME_DESKTOP_SESSION_ID"_s, u"SPENDSCOPE_KEYCHAIN_SESSION"_s})
        env.remove(name);
    // GDBus also looks for $XDG_RUNTIME_DIR/bus; point it at an empty folder.
    env.insert(u"XDG_RUNTIME_DIR"_s, scratch);
    env.insert(u"HOME"_s, scratch);
    env.insert(QString::fromLatin1(ChildModeVariable), u"1"_s);
    env.insert(QString::fromLatin1(ChildTimeoutVariable), QString::number(storeTimeoutMs));
    return env;
}

void TestQtKeychainSecretStore::withoutSessionBus_reportsKeychainUnavailable()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const int storeTimeoutMs = 20000;
    const QStringList lines = runChildProcess(childEnvironment(scratch.path(), storeTimeoutMs), 90000);
    QCOMPARE(lines.size(), 3);
    const QStringList operations = {u"read"_s, u"write"_s, u"delete"_s};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QStringList fields = line.section(u'\t', 0, 0).split(u' ');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), operations.at(i));
        // Not "SecretNotFound" for the read, not success for the write: the keychain is unavailable.
        QCOMPARE(fields.at(1), SecretStore::KeychainUnavailableCode.toString());
        QVERIFY2(line.contains(u"The system keychain is not available: "_s), qPrintable(line));
        // QtKeychain answered by itself; the store's timeout was not needed.
        QVERIFY2(fields.at(2).toLongLong() < storeTimeoutMs, qPrintable(line));
    }
}

void TestQtKeychainSecretStore::silentSessionBus_timesOut()
{
    // A "bus" that accepts connections and never answers: QtKeychain would wait forever.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QLocalServer bus;
    QVERIFY2(bus.listen(scratch.filePath(u"silent-bus"_s)), qPrintable(bus.errorString()));
    QList<QLocalSocket *> connections;
    connect(&bus, &QLocalServer::newConnection, this, [&bus, &connections] {
        while (QLocalSocket *socket = bus.nextPendingConnection())
            connections.append(socket); // read nothing, answer nothing
    });

    const int storeTimeoutMs = 1000;
    QProcessEnvironment env = childEnvironment(scratch.path(), storeTimeoutMs);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + bus.fullServerName());
    QElapsedTimer timer;
    timer.start();
    const QStringList lines = runChildProcess(env, 60000);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines) {
        QVERIFY2(line.section(u'\t', 0, 0).section(u' ', 1, 1) == SecretStore::KeychainUnavailableCode,
                 qPrintable(line));
        QVERIFY2(line.contains(u"The system keychain is not available: it did not answer within 1 second"_s),
                 qPrintable(line));
    }
    QVERIFY2(!connections.isEmpty(), "the child never tried the bus");
    QVERIFY(timer.elapsed() < 30000);
    qDeleteAll(connections);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"spendscope-keychain-test"_s);
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return runChild();
    TestQtKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qtkeychainsecretstore.moc"
