// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF renderer on a long synthetic report: it paginates, numbers every page "Page N of M",
// repeats table headers on continuation pages, prints exact amounts and embeds its fonts.
#include "analytics/chargebackreport.h"
#include "reportrenderer.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

QString run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// 120 projects of two teams over October, project i costing i + 0.123456789 a day.
CostData longData()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day(2026, 10, 1); day <= QDate(2026, 10, 31); day = day.addDays(1)) {
        for (int i = 0; i < 120; ++i) {
            CostCube::Row row;
            row.day = day;
            row.model = i % 2 ? u"anthropic.claude-haiku-4-5"_s : u"anthropic.claude-sonnet-4-6"_s;
            row.region = u"us-east-1"_s;
            row.tokenType = u"input-tokens"_s;
            row.cost = Money::fromUnits(i) + Money::fromNanos(123'456'789);
            row.team = i < 60 ? u"alpha"_s : u"beta"_s;
            teams.append(row);
            row.project = u"p-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            projects.append(row);
        }
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.firstDailyDay = QDate(2026, 9, 1);
    data.lastDay = QDate(2026, 11, 20);
    return data;
}

} // namespace

class TestReportRenderer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longReport_paginatesWithRepeatedHeaders();
};

void TestReportRenderer::longReport_paginatesWithRepeatedHeaders()
{
    ChargebackReport::Options options;
    options.period = *ChargebackReport::Period::parse(u"2026-10");
    options.groupBy = ChargebackReport::GroupBy::Project;
    options.generated = QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC);
    QString error;
    const std::optional<ChargebackReport> report = ChargebackReport::compute(longData(), options, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->groups.size(), 120);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    int pages = 0;
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QVERIFY2(ReportRenderer::renderPdf(*report, {u"sandbox"_s, locale}, &file, &error, &pages), qPrintable(error));
    file.close();
    QVERIFY(pages > 4);

    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) missing or failed");
    const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts).filter(QRegularExpression(u"\\S"_s));
    QCOMPARE(pageTexts.size(), pages);
    // A table row (the bar chart has no share column).
    const QRegularExpression projectRow(u"^\\s*p-\\d{3}\\s+\\$[\\d,.]+\\s+[\\d.]+%\\s*$"_s, QRegularExpression::MultilineOption);
    const QRegularExpression header(u"^\\s*Project\\s+Amount\\s+Share\\s*$"_s, QRegularExpression::MultilineOption);
    int pagesWithRows = 0;
    for (int i = 0; i < pageTexts.size(); ++i) {
        const QString &page = pageTexts.at(i);
        QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)), qPrintable(QString::number(i + 1)));
        QVERIFY(page.contains(u"Spendscope chargeback report"_s));
        if (projectRow.match(page).hasMatch()) {
            ++pagesWithRows;
            // Every page with table rows starts them under a header row.
            QVERIFY2(header.match(page).hasMatch(), qPrintable(QString::number(i + 1)));
            QVERIFY(header.match(page).capturedStart() < projectRow.match(page).capturedStart());
        }
    }
    QVERIFY(pagesWithRows >= 4); // the group table and the team tables continue across pages
    // Exact amounts: project 7 is 31 × 7.123456789.
    QVERIFY(text.contains(u"p-007"_s));
    QVERIFY(QRegularExpression(u"p-007\\s+\\$220\\.83\\s"_s).match(text).hasMatch());
    QVERIFY(QRegularExpression(u"Total\\s+%1"_s.arg(QRegularExpression::escape(report->total.format(locale)))).match(text).hasMatch());

    const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 5 && fields.at(fields.size() - 5) == u"yes", qPrintable(line));
    }
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
