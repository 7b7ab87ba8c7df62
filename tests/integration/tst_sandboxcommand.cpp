// SPDX-License-Identifier: GPL-3.0-or-later
// The `spendscope` executable itself: `spendscope sandbox` in the foreground (exports, serving,
// persistence across restarts, clean stop on SIGINT/SIGTERM, usage errors), help and version
// without a display, and `spendscope --sandbox` starting the GUI with an in-process sandbox.
#include "sandboxaccount.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Spendscope::Test::SandboxProcess;

namespace {

const QString Executable = QStringLiteral(SPENDSCOPE_EXECUTABLE);

struct Reply
{
    int status = 0;
    QJsonObject body;
};

Reply request(const QUrl &endpoint, const QString &apiKey, const QByteArray &method, const QString &path,
              const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QUrl url = endpoint;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30000))
        qWarning("request timed out");
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

// An environment in which a QApplication would abort: no display at all.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    return env;
}

} // namespace

class TestSandboxCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandbox_printsExportsServesAndStopsOnSigterm();
    void sandbox_restart_keepsStateAndStopsOnSigint();
    void sandbox_sameDataDirectoryTwice_failsWithExitOne();
    void sandbox_badOptions_exitTwo_data();
    void sandbox_badOptions_exitTwo();
    void helpAndVersion_needNoDisplay_data();
    void helpAndVersion_needNoDisplay();
    void gui_withSandbox_startsAndServes();

private:
    QTemporaryDir m_dir;
    QString m_createdId;
    QStringList m_firstExports;
};

void TestSandboxCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(Executable).isExecutable(), qPrintable(Executable));
}

void TestSandboxCommand::sandbox_printsExportsServesAndStopsOnSigterm()
{
    SandboxProcess sandbox(Executable);
    sandbox.setEnvironment(headlessEnvironment());
    QVERIFY2(sandbox.start({u"--scale"_s, u"small"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s,
                            m_dir.filePath(u"data"_s)}),
             qPrintable(sandbox.errorString()));

    // Shell lines only, one per variable, ready to paste.
    for (const QString &line : sandbox.exportLines())
        QVERIFY2(QRegularExpression(u"^export [A-Z_]+=[A-Za-z0-9+/=:._-]+$"_s).match(line).hasMatch(), qPrintable(line));
    QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:[1-9][0-9]*$"_s).match(sandbox.value(u"AWS_ENDPOINT_URL"_s)).hasMatch(),
             qPrintable(sandbox.value(u"AWS_ENDPOINT_URL"_s)));
    QVERIFY(QRegularExpression(u"^AKIA[A-Z2-7]{16}$"_s).match(sandbox.value(u"AWS_ACCESS_KEY_ID"_s)).hasMatch());
    QCOMPARE(sandbox.value(u"AWS_SECRET_ACCESS_KEY"_s).size(), 40);
    QCOMPARE(sandbox.value(u"AWS_REGION"_s), u"us-east-1"_s);
    QVERIFY(sandbox.value(u"AWS_BEARER_TOKEN_BEDROCK"_s).startsWith(u"ABSK"_s));
    m_firstExports = sandbox.exportLines();

    // It answers: create a project with the printed API key.
    const QString apiKey = sandbox.value(u"AWS_BEARER_TOKEN_BEDROCK"_s);
    Reply r = request(sandbox.endpointUrl(), apiKey, "POST", u"/v1/organization/projects"_s,
                      "{\"name\":\"From The Command Test\",\"tags\":{\"Team\":\"qa\"}}");
    QCOMPARE(r.status, 200);
    m_createdId = r.body.value(u"id"_s).toString();
    QVERIFY(m_createdId.startsWith(u"proj_"_s));
    QCOMPARE(request(sandbox.endpointUrl(), u"wrong"_s, "GET", u"/v1/organization/projects"_s).status, 401);

    QVERIFY(sandbox.stop(SIGTERM));
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
    // Secrets go to the export lines only, never to the log.
    const QByteArray log = sandbox.standardError();
    QVERIFY(!log.contains(sandbox.value(u"AWS_SECRET_ACCESS_KEY"_s).toUtf8()));
    QVERIFY(!log.contains(apiKey.toUtf8()));
    QVERIFY(log.contains("Press Ctrl+C"));
}

void TestSandboxCommand::sandbox_restart_keepsStateAndStopsOnSigint()
{
    if (m_createdId.isEmpty())
        QSKIP("needs the project created by the previous test");
    SandboxProcess sandbox(Executable);
    // No --scale: the data directory remembers it.
    QVERIFY2(sandbox.start({u"--data"_s, m_dir.filePath(u"data"_s)}), qPrintable(sandbox.errorString()));
    // Same account, same keys (the port is new).
    for (qsizetype i = 1; i < m_firstExports.size(); ++i)
        QCOMPARE(sandbox.exportLines().at(i), m_firstExports.at(i));
    const Reply r = request(sandbox.endpointUrl(), sandbox.value(u"AWS_BEARER_TOKEN_BEDROCK"_s), "GET",
                            u"/v1/organization/projects/"_s + m_createdId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(u"name"_s).toString(), u"From The Command Test"_s);
    QCOMPARE(r.body.value(u"tags"_s).toObject().value(u"Team"_s).toString(), u"qa"_s);

    QVERIFY(sandbox.stop(SIGINT));
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
}

void TestSandboxCommand::sandbox_sameDataDirectoryTwice_failsWithExitOne()
{
    const QString data = m_dir.filePath(u"twice"_s);
    SandboxProcess first(Executable);
    QVERIFY2(first.start({u"--scale"_s, u"small"_s, u"--data"_s, data}), qPrintable(first.errorString()));
    QProcess second;
    second.start(Executable, {u"sandbox"_s, u"--scale"_s, u"small"_s, u"--data"_s, data});
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    const QString error = QString::fromLocal8Bit(second.readAllStandardError()).trimmed();
    QVERIFY2(error.startsWith(u"spendscope sandbox: "_s) && error.contains(u"Another sandbox"_s), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(second.readAllStandardOutput().isEmpty());
    QVERIFY(first.stop(SIGTERM));
    QCOMPARE(first.process().exitCode(), 0);
}

void TestSandboxCommand::sandbox_badOptions_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("other interface") << QStringList{u"--listen"_s, u"0.0.0.0:8080"_s};
    QTest::newRow("port too large") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s};
    QTest::newRow("port not a number") << QStringList{u"--listen"_s, u"127.0.0.1:http"_s};
    QTest::newRow("unknown scale") << QStringList{u"--scale"_s, u"huge"_s};
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s};
    QTest::newRow("bad faults") << QStringList{u"--faults"_s, u"throttle=2"_s};
    QTest::newRow("reset without data") << QStringList{u"--reset"_s};
    QTest::newRow("unknown option") << QStringList{u"--colour"_s};
    QTest::newRow("missing value") << QStringList{u"--data"_s};
    QTest::newRow("extra argument") << QStringList{u"now"_s};
}

void TestSandboxCommand::sandbox_badOptions_exitTwo()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(Executable, QStringList{u"sandbox"_s} + arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.endsWith(u'\n') && error.count(u'\n') == 1 && error.size() > 20, qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxCommand::helpAndVersion_needNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"--sandbox"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0 << u"spendscope 0."_s;
    QTest::newRow("sandbox --help") << QStringList{u"sandbox"_s, u"--help"_s} << 0 << u"--listen"_s;
    QTest::newRow("unknown command") << QStringList{u"teleport"_s} << 2 << QString();
    QTest::newRow("--sandbox with a command") << QStringList{u"--sandbox"_s, u"sandbox"_s} << 2 << QString();
}

void TestSandboxCommand::helpAndVersion_needNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(Executable, arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    if (!expected.isEmpty())
        QVERIFY(QString::fromLocal8Bit(process.readAllStandardOutput()).contains(expected));
    else
        QCOMPARE(QString::fromLocal8Bit(process.readAllStandardError()).count(u'\n'), 1);
}

void TestSandboxCommand::gui_withSandbox_startsAndServes()
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"spendscope.sandbox.info=true"_s);
    gui.setProcessEnvironment(env);
    gui.start(Executable, {u"--sandbox"_s});
    QVERIFY(gui.waitForStarted(30000));

    // The in-process sandbox logs where it listens (no secrets); the keys follow from the seed.
    static const QRegularExpression listening(u"sandbox account (\\d{12}) listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QString log;
    QRegularExpressionMatch match;
    QDeadlineTimer deadline(240000);
    while (!(match = listening.match(log)).hasMatch()) {
        QVERIFY2(gui.state() == QProcess::Running, qPrintable(log));
        QVERIFY2(!deadline.hasExpired(), qPrintable(log));
        gui.waitForReadyRead(500);
        log += QString::fromLocal8Bit(gui.readAllStandardError());
    }
    const auto credentials =
        Spendscope::Sandbox::SandboxAccount::credentialsForSeed(Spendscope::Sandbox::SandboxAccount::DefaultSeed,
                                                                match.captured(1));
    const Reply r = request(QUrl(match.captured(2)), credentials.apiKey, "GET", u"/v1/organization/projects"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), u"default"_s);
    // The GUI is still up while the sandbox serves.
    QCOMPARE(gui.state(), QProcess::Running);
    // State lives in the user's data directory.
    QVERIFY(QFileInfo::exists(m_dir.filePath(u"xdg-data/Spendscope/spendscope/sandbox/sandbox.sqlite"_s)));
    gui.terminate();
    if (!gui.waitForFinished(30000)) {
        gui.kill();
        gui.waitForFinished(10000);
    }
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
