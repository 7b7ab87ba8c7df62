// SPDX-License-Identifier: GPL-3.0-or-later
// `spendscope sync` as scripts use it: against `spendscope sandbox` processes, with --json.
#include "processrun.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString standardError;
};

Run sync(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const Test::ProcessRun run =
        Test::runProcess(QStringLiteral(SPENDSCOPE_EXECUTABLE), QStringList{u"sync"_s} + arguments, environment);
    return {run.exitCode, QJsonDocument::fromJson(run.standardOutput).object(), run.standardError};
}

} // namespace

class TestSyncCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json_hasTheContractFields_andResyncIsCheap();
    void throughFaults_resumesToTheSameMonths();
    void usageErrors_exitWithTwo();
    void noCredentials_exitsWithOneLine();
};

void TestSyncCommand::json_hasTheContractFields_andResyncIsCheap()
{
    Test::SandboxProcess sandbox(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(sandbox.start({u"--scale"_s, u"small"_s, u"--seed"_s, u"5"_s}), qPrintable(sandbox.errorString()));
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"sandbox.sqlite"_s);
    const QStringList arguments = {u"--endpoint-url"_s, sandbox.endpointUrl().toString(), u"--json"_s, u"--cache"_s, cache};

    const Run first = sync(arguments, sandbox.exportedEnvironment());
    QVERIFY2(first.exitCode == 0, qPrintable(first.standardError));
    for (const QString &field : {u"requests"_s, u"api_cost_usd"_s, u"rows"_s, u"elapsed_ms"_s, u"months"_s})
        QVERIFY2(first.json.contains(field), qPrintable(field));
    const int requests = first.json.value(u"requests"_s).toInt();
    QVERIFY(requests >= 3);
    // USD 0.01 a request, as an exact decimal string.
    QCOMPARE(first.json.value(u"api_cost_usd"_s).toString(), u"%1"_s.arg(double(requests) / 100.0, 0, 'f', 2)
                                                                   .remove(QRegularExpression(u"\\.?0+$"_s)));
    QVERIFY(first.json.value(u"rows"_s).toInteger() > 1000);
    const QJsonObject months = first.json.value(u"months"_s).toObject();
    QCOMPARE(months.size(), 13);
    const QRegularExpression decimal(u"^[0-9]+(\\.[0-9]{1,9})?$"_s);
    for (auto it = months.begin(); it != months.end(); ++it) {
        QVERIFY2(QRegularExpression(u"^20[0-9]{2}-[01][0-9]$"_s).match(it.key()).hasMatch(), qPrintable(it.key()));
        QVERIFY2(it.value().isString() && decimal.match(it.value().toString()).hasMatch(), qPrintable(it.key()));
    }
    QVERIFY(QFileInfo::exists(cache));
    // No secrets in what is printed.
    QVERIFY(!first.standardError.contains(sandbox.value(u"AWS_SECRET_ACCESS_KEY"_s)));

    const Run second = sync(arguments, sandbox.exportedEnvironment());
    QVERIFY2(second.exitCode == 0, qPrintable(second.standardError));
    QVERIFY2(second.json.value(u"requests"_s).toInt() <= 3, qPrintable(QString::number(second.json.value(u"requests"_s).toInt())));
    QCOMPARE(second.json.value(u"months"_s).toObject(), months);
    QCOMPARE(second.json.value(u"rows"_s), first.json.value(u"rows"_s));
}

void TestSyncCommand::throughFaults_resumesToTheSameMonths()
{
    Test::SandboxProcess clean(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(clean.start({u"--scale"_s, u"small"_s, u"--seed"_s, u"6"_s}), qPrintable(clean.errorString()));
    QTemporaryDir dir;
    const Run expected = sync({u"--endpoint-url"_s, clean.endpointUrl().toString(), u"--json"_s, u"--cache"_s,
                               dir.filePath(u"clean.sqlite"_s)},
                              clean.exportedEnvironment());
    QVERIFY2(expected.exitCode == 0, qPrintable(expected.standardError));

    Test::SandboxProcess faulty(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(faulty.start({u"--scale"_s, u"small"_s, u"--seed"_s, u"6"_s, u"--faults"_s, u"throttle=0.3,reset=0.05"_s}),
             qPrintable(faulty.errorString()));
    const QStringList arguments = {u"--endpoint-url"_s, faulty.endpointUrl().toString(), u"--json"_s, u"--cache"_s,
                                   dir.filePath(u"faulty.sqlite"_s)};
    Run last;
    int runs = 0;
    do {
        last = sync(arguments, faulty.exportedEnvironment());
        ++runs;
        // A failed run still prints its JSON, with the reason and the requests it paid for.
        if (last.exitCode == 1) {
            QVERIFY(last.json.contains(u"error"_s));
            QVERIFY(last.json.contains(u"requests"_s));
        } else {
            QCOMPARE(last.exitCode, 0);
        }
    } while (last.exitCode != 0 && runs < 30);
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(last.json.value(u"months"_s).toObject(), expected.json.value(u"months"_s).toObject());
    QCOMPARE(last.json.value(u"rows"_s), expected.json.value(u"rows"_s));
}

void TestSyncCommand::usageErrors_exitWithTwo()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QStringList &arguments : {QStringList{u"--endpoint-url"_s, u"not a url"_s}, QStringList{u"--months"_s, u"0"_s},
                                        QStringList{u"--project-tag"_s, u"Team"_s}, QStringList{u"extra"_s},
                                        QStringList{u"--bogus"_s}}) {
        const Run run = sync(arguments, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.startsWith(u"spendscope sync: "_s), qPrintable(run.standardError));
    }
    const Run help = sync({u"--help"_s}, environment);
    QCOMPARE(help.exitCode, 0);
}

void TestSyncCommand::noCredentials_exitsWithOneLine()
{
    QTemporaryDir home;
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    const Run run = sync({u"--endpoint-url"_s, u"http://127.0.0.1:9"_s, u"--cache"_s, home.filePath(u"c.sqlite"_s)},
                         environment);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.standardError.split(u'\n', Qt::SkipEmptyParts).filter(u"spendscope sync:"_s);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(u"credentials"_s), qPrintable(run.standardError));
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
