// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS CLI (a peer client: botocore's signer and parsers) against `spendscope sandbox`, using
// nothing but the shell lines the command prints.
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using Spendscope::Test::SandboxProcess;

class TestSandboxAwsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stsGetCallerIdentity_answers();
    void wrongSecret_isSignatureDoesNotMatch();
    void unknownKey_isInvalidClientTokenId();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result aws(const QStringList &arguments, const QProcessEnvironment &environment);

    QString m_aws;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxAwsCli::initTestCase()
{
    m_aws = QStandardPaths::findExecutable(u"aws"_s);
    if (m_aws.isEmpty())
        QSKIP("the AWS CLI (aws) is not installed");
    QVERIFY(m_home.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(m_sandbox->start({u"--scale"_s, u"small"_s}), qPrintable(m_sandbox->errorString()));
}

void TestSandboxAwsCli::cleanupTestCase()
{
    if (m_sandbox) {
        QVERIFY(m_sandbox->stop(SIGTERM));
        QCOMPARE(m_sandbox->process().exitCode(), 0);
    }
}

TestSandboxAwsCli::Result TestSandboxAwsCli::aws(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_aws, arguments + QStringList{u"--output"_s, u"json"_s});
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Only the exported variables: no AWS settings, profile, config or credentials file of the machine.
static QProcessEnvironment isolated(const SandboxProcess &sandbox, const QString &home)
{
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    for (const QString &name : base.keys()) {
        if (name.startsWith(u"AWS_"_s))
            base.remove(name);
    }
    base.insert(u"HOME"_s, home);
    base.insert(u"AWS_CONFIG_FILE"_s, home + u"/none"_s);
    base.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, home + u"/none"_s);
    base.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
    return sandbox.exportedEnvironment(base);
}

void TestSandboxAwsCli::stsGetCallerIdentity_answers()
{
    const QProcessEnvironment env = isolated(*m_sandbox, m_home.path());
    const Result r = aws({u"sts"_s, u"get-caller-identity"_s}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject identity = QJsonDocument::fromJson(r.out).object();
    const QString account = identity.value(u"Account"_s).toString();
    QCOMPARE(account.size(), 12);
    QCOMPARE(identity.value(u"Arn"_s).toString(), u"arn:aws:iam::%1:user/sandbox-admin"_s.arg(account));
    QVERIFY(!identity.value(u"UserId"_s).toString().isEmpty());
}

void TestSandboxAwsCli::wrongSecret_isSignatureDoesNotMatch()
{
    QProcessEnvironment env = isolated(*m_sandbox, m_home.path());
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"0000000000000000000000000000000000000000"_s);
    const Result r = aws({u"sts"_s, u"get-caller-identity"_s}, env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());
}

void TestSandboxAwsCli::unknownKey_isInvalidClientTokenId()
{
    QProcessEnvironment env = isolated(*m_sandbox, m_home.path());
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIAAAAAAAAAAAAAAAAA"_s);
    const Result r = aws({u"sts"_s, u"get-caller-identity"_s}, env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("InvalidClientTokenId"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSandboxAwsCli)
#include "tst_sandboxawscli.moc"
