// SPDX-License-Identifier: GPL-3.0-or-later
// `spendscope report` as cron jobs use it: sync a `spendscope sandbox` process into a cache, write
// the CSV report from it, and compare every group and the total with Cost Explorer's own answer
// for the period, to the nano; bad arguments give one line and exit code 2.
#include "api/costexplorerclient.h"
#include "aws/awstransport.h"
#include "jobrunner.h"
#include "processrun.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

using Run = Test::ProcessRun;

Run spendscope(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return Test::runProcess(QStringLiteral(SPENDSCOPE_EXECUTABLE), arguments, environment);
}

// The services that a `spendscope sync --json` run found.
QStringList syncedServices(const Run &sync)
{
    QStringList services;
    for (const QJsonValue &service : QJsonDocument::fromJson(sync.standardOutput).object().value(u"services"_s).toArray())
        services << service.toString();
    return services;
}

// Group → amount of a report CSV (no quoted fields expected from tag values in the sandbox);
// the "Total" row under the key "Total".
QMap<QString, Money> readCsv(const QString &path, QString *problem)
{
    QFile file(path);
    QMap<QString, Money> amounts;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return amounts;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.value(0) != u"period_start,period_end,group_by,group,amount,currency,share_percent"_s) {
        *problem = u"bad header: "_s + lines.value(0);
        return amounts;
    }
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        const std::optional<Money> amount = fields.size() == 7 ? Money::parse(fields.at(4)) : std::nullopt;
        if (!amount || amounts.contains(fields.at(3))) {
            *problem = u"bad row: "_s + line;
            return amounts;
        }
        amounts.insert(fields.at(3), *amount);
    }
    return amounts;
}

// Cost Explorer's answer for [start, end) grouped by a tag, the untagged value as "(untagged)",
// zero groups left out (the report has no rows for them).
QMap<QString, Money> costExplorerByTag(const Test::SandboxProcess &sandbox, const QStringList &services, QDate start,
                                       QDate end, const QString &tagKey, QString *problem)
{
    QNetworkAccessManager network;
    AwsTransport transport(&network);
    AwsCredentials credentials;
    credentials.accessKeyId = sandbox.value(u"AWS_ACCESS_KEY_ID"_s);
    credentials.secretAccessKey = sandbox.value(u"AWS_SECRET_ACCESS_KEY"_s);
    transport.setCredentials(credentials);
    EndpointConfig config;
    config.endpointUrl = sandbox.endpointUrl();
    CostExplorerClient client(&transport, config);
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(start, end);
    request.granularity = Granularity::Monthly;
    request.metrics = {u"UnblendedCost"_s};
    request.filter = CostExpression::dimension(u"SERVICE"_s, services);
    request.groupBy = {{GroupType::Tag, tagKey}};
    auto job = Test::runJob(client.getCostAndUsage(request));
    QMap<QString, Money> result;
    if (job->hasError()) {
        *problem = job->errorString();
        return result;
    }
    for (const CostResultByTime &period : job->result().resultsByTime) {
        for (const CostGroup &group : period.groups) {
            const QString value = group.keys.constFirst().mid(tagKey.size() + 1);
            result[value.isEmpty() ? u"(untagged)"_s : value] += group.metrics.value(u"UnblendedCost"_s).amount;
        }
    }
    for (auto it = result.begin(); it != result.end();)
        it = it.value().isZero() ? result.erase(it) : std::next(it);
    return result;
}

// The output of a poppler tool, empty when it is missing or fails.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_equalsCostExplorer();
    void pdf_showsCostExplorerTotals_fontsEmbedded();
    void usageErrors_oneLineExitTwo();
    void noCache_oneLineExitOne();
};

void TestReportCommand::csv_equalsCostExplorer()
{
    Test::SandboxProcess sandbox(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(sandbox.start({u"--scale"_s, u"small"_s, u"--seed"_s, u"5"_s}), qPrintable(sandbox.errorString()));
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"sandbox.sqlite"_s);
    const QStringList target = {u"--endpoint-url"_s, sandbox.endpointUrl().toString(), u"--cache"_s, cache};
    const Run sync = spendscope(QStringList{u"sync"_s, u"--json"_s} + target, sandbox.exportedEnvironment());
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.standardError));
    const QStringList services = syncedServices(sync);
    QVERIFY(!services.isEmpty());

    // Last month (complete), and a day range of this month's daily data.
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    const QDate lastMonth = thisMonth.addMonths(-1);
    struct Case {
        QString period;
        QDate start;
        QDate end;
        QString groupBy;
        QString tagKey;
    };
    const QList<Case> cases = {
        {lastMonth.toString(u"yyyy-MM"_s), lastMonth, thisMonth, u"team"_s, u"Team"_s},
        {lastMonth.toString(u"yyyy-MM"_s), lastMonth, thisMonth, u"project"_s, u"Project"_s},
        {u"%1..%2"_s.arg(lastMonth.addDays(4).toString(Qt::ISODate), lastMonth.addDays(11).toString(Qt::ISODate)),
         lastMonth.addDays(4), lastMonth.addDays(12), u"team"_s, u"Team"_s},
    };
    for (const Case &c : cases) {
        const QString output = dir.filePath(u"report-%1-%2.csv"_s.arg(c.groupBy, c.start.toString(Qt::ISODate)));
        const Run report = spendscope(QStringList{u"report"_s, u"--period"_s, c.period, u"--group-by"_s, c.groupBy,
                                                  u"--format"_s, u"csv"_s, u"--output"_s, output}
                                          + target,
                                      sandbox.exportedEnvironment());
        QVERIFY2(report.exitCode == 0, qPrintable(report.standardError));
        QVERIFY(report.standardError.isEmpty());
        QString problem;
        QMap<QString, Money> csv = readCsv(output, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QMap<QString, Money> expected = costExplorerByTag(sandbox, services, c.start, c.end, c.tagKey, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(expected.size() > 1);
        const Money total = csv.take(u"Total"_s);
        Money expectedTotal;
        for (const Money &amount : expected)
            expectedTotal += amount;
        QCOMPARE(total.toString(), expectedTotal.toString());
        for (auto it = csv.begin(); it != csv.end();)
            it = it.value().isZero() ? csv.erase(it) : std::next(it);
        QCOMPARE(csv.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(csv.value(it.key()).toString(), it.value().toString());
    }

    // --sync brings a new cache up to date first and gives the same report.
    const QString fresh = dir.filePath(u"fresh.csv"_s);
    const Run synced = spendscope({u"report"_s, u"--sync"_s, u"--period"_s, cases.constFirst().period, u"--group-by"_s,
                                   u"team"_s, u"--format"_s, u"csv"_s, u"--output"_s, fresh, u"--endpoint-url"_s,
                                   sandbox.endpointUrl().toString(), u"--cache"_s, dir.filePath(u"fresh.sqlite"_s)},
                                  sandbox.exportedEnvironment());
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.standardError));
    QFile first(dir.filePath(u"report-team-%1.csv"_s.arg(lastMonth.toString(Qt::ISODate))));
    QFile second(fresh);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), first.readAll());
}

void TestReportCommand::pdf_showsCostExplorerTotals_fontsEmbedded()
{
    Test::SandboxProcess sandbox(QStringLiteral(SPENDSCOPE_EXECUTABLE));
    QVERIFY2(sandbox.start({u"--scale"_s, u"small"_s, u"--seed"_s, u"5"_s}), qPrintable(sandbox.errorString()));
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"sandbox.sqlite"_s);
    const QStringList target = {u"--endpoint-url"_s, sandbox.endpointUrl().toString(), u"--cache"_s, cache};
    QProcessEnvironment environment = sandbox.exportedEnvironment();
    environment.remove(u"DISPLAY"_s); // as under cron: the command picks the offscreen platform itself
    environment.remove(u"QT_QPA_PLATFORM"_s);
    const Run sync = spendscope(QStringList{u"sync"_s, u"--json"_s} + target, environment);
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.standardError));
    const QStringList services = syncedServices(sync);

    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    const QDate lastMonth = thisMonth.addMonths(-1);
    const QString output = dir.filePath(u"report.pdf"_s);
    const Run report = spendscope(QStringList{u"report"_s, u"--period"_s, lastMonth.toString(u"yyyy-MM"_s), u"--group-by"_s,
                                              u"team"_s, u"--format"_s, u"pdf"_s, u"--output"_s, output}
                                      + target,
                                  environment);
    QVERIFY2(report.exitCode == 0, qPrintable(report.standardError));
    QFile pdf(output);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, output, u"-"_s});
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) missing or failed");
    QString problem;
    const QMap<QString, Money> expected = costExplorerByTag(sandbox, services, lastMonth, thisMonth, u"Team"_s, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(expected.size() > 1);
    // The command runs in the C locale here too (the test passes its environment on), where
    // Money::format prints en-US amounts.
    const QLocale locale;
    Money total;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        total += it.value();
        const QString amount = it.value().format(locale);
        // The team's row in the spend table: its name, then its amount on the same line.
        const QRegularExpression row(u"^\\s*%1\\s+%2\\s"_s.arg(QRegularExpression::escape(it.key()),
                                                                  QRegularExpression::escape(amount)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(text).hasMatch(), qPrintable(it.key() + u' ' + amount));
        QVERIFY2(text.contains(u"Team: %1"_s.arg(it.key())), qPrintable(it.key()));
    }
    QVERIFY2(QRegularExpression(u"Period total\\s+%1"_s.arg(QRegularExpression::escape(total.format(locale)))).match(text).hasMatch(),
             qPrintable(total.format(locale)));
    // Every page numbered "Page N of M", in order.
    const QString pages = poppler(u"pdfinfo"_s, {output});
    const QRegularExpressionMatch count = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pages);
    QVERIFY(count.hasMatch());
    const int pageCount = count.captured(1).toInt();
    QVERIFY(pageCount > 1);
    for (int page = 1; page <= pageCount; ++page)
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pageCount)), qPrintable(QString::number(page)));
    QVERIFY(!text.contains(u"Page %1 of"_s.arg(pageCount + 1)));

    // Every font embedded.
    const QStringList fonts = poppler(u"pdffonts"_s, {output}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 5 && fields.at(fields.size() - 5) == u"yes", qPrintable(line));
    }
}

void TestReportCommand::usageErrors_oneLineExitTwo()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList valid = {u"--period"_s, u"2026-10"_s, u"--group-by"_s, u"team"_s,
                               u"--format"_s, u"csv"_s, u"--output"_s, u"out.csv"_s};
    auto without = [&](const QString &option) {
        QStringList arguments = valid;
        const qsizetype i = arguments.indexOf(option);
        arguments.remove(i, 2);
        return arguments;
    };
    auto replaced = [&](const QString &option, const QString &value) {
        QStringList arguments = valid;
        arguments[arguments.indexOf(option) + 1] = value;
        return arguments;
    };
    const QList<QStringList> bad = {
        without(u"--period"_s),
        without(u"--group-by"_s),
        without(u"--format"_s),
        without(u"--output"_s),
        replaced(u"--period"_s, u"2026-13"_s),
        replaced(u"--period"_s, u"2026-10-09..2026-10-01"_s),
        replaced(u"--period"_s, u"october"_s),
        replaced(u"--group-by"_s, u"region"_s),
        replaced(u"--format"_s, u"xlsx"_s),
        valid + QStringList{u"--bogus"_s},
        valid + QStringList{u"extra"_s},
        valid + QStringList{u"--endpoint-url"_s, u"not a url"_s},
        valid + QStringList{u"--profile"_s, u"p"_s, u"--endpoint-url"_s, u"http://127.0.0.1:9"_s},
    };
    for (const QStringList &arguments : bad) {
        const Run run = spendscope(QStringList{u"report"_s} + arguments, environment);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY2(run.standardError.startsWith(u"spendscope report: "_s), qPrintable(run.standardError));
        QCOMPARE(run.standardError.trimmed().count(u'\n'), 0);
        QVERIFY(run.standardOutput.isEmpty());
    }
    const Run help = spendscope({u"report"_s, u"--help"_s}, environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.standardOutput.contains("--group-by"));
}

void TestReportCommand::noCache_oneLineExitOne()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.sqlite"_s);
    const Run run = spendscope({u"report"_s, u"--period"_s, u"2026-10"_s, u"--group-by"_s, u"team"_s, u"--format"_s,
                                u"csv"_s, u"--output"_s, dir.filePath(u"out.csv"_s), u"--cache"_s, missing},
                               QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.standardError.startsWith(u"spendscope report: "_s), qPrintable(run.standardError));
    QCOMPARE(run.standardError.trimmed().count(u'\n'), 0);
    QVERIFY(!QFileInfo::exists(missing)); // no empty cache left behind
    QVERIFY(!QFileInfo::exists(dir.filePath(u"out.csv"_s)));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
