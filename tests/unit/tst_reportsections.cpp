// SPDX-License-Identifier: GPL-3.0-or-later
// ReportRenderer's options: the sections after the cover can be left out, a team selection keeps
// only those team sections (and the cover says so), and the page images are the PDF's pages.
#include "analytics/chargebackreport.h"
#include "reportrenderer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Section = ReportRenderer::Section;

namespace {

// Three teams over October: alpha (project a-i, i + 1 a day), beta (b-i, 2i + 1) and untagged.
CostData threeTeams()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day(2026, 10, 1); day <= QDate(2026, 10, 31); day = day.addDays(1)) {
        for (int i = 0; i < 12; ++i) {
            for (const QString &team : {u"alpha"_s, u"beta"_s, QString()}) {
                CostCube::Row row;
                row.day = day;
                row.model = i % 2 ? u"anthropic.claude-haiku-4-5"_s : u"anthropic.claude-sonnet-4-6"_s;
                row.region = u"us-east-1"_s;
                row.tokenType = u"input-tokens"_s;
                row.cost = Money::fromUnits(team == u"beta" ? 2 * i + 1 : i + 1) + Money::fromNanos(1);
                row.quantity = Money::fromUnits(1000);
                row.team = team;
                teams.append(row);
                row.project = team.isEmpty() ? QString() : team.left(1) + u"-%1"_s.arg(i);
                projects.append(row);
            }
        }
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.projectTagKey = u"Project"_s;
    data.teamTagKey = u"Team"_s;
    data.firstDailyDay = QDate(2026, 9, 1);
    data.lastDay = QDate(2026, 11, 20);
    return data;
}

ChargebackReport report(const QStringList &teams = {})
{
    ChargebackReport::Options options;
    options.period = *ChargebackReport::Period::parse(u"2026-10");
    options.generated = QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC);
    options.teams = teams;
    QString error;
    const std::optional<ChargebackReport> r = ChargebackReport::compute(threeTeams(), options, &error);
    if (!r)
        qFatal("compute failed: %s", qPrintable(error));
    return *r;
}

struct Pdf {
    int pages = 0;
    QStringList pageTexts; // one per page, from pdftotext
};

Pdf render(const ChargebackReport &r, ReportRenderer::Sections sections = ReportRenderer::AllSections)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile file(path);
    Pdf pdf;
    if (!file.open(QIODevice::WriteOnly))
        return pdf;
    ReportRenderer::Options options{u"sandbox"_s, QLocale(QLocale::English, QLocale::UnitedStates), sections};
    QString error;
    if (!ReportRenderer::renderPdf(r, options, &file, &error, &pdf.pages))
        qWarning("renderPdf: %s", qPrintable(error));
    file.close();
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (process.waitForFinished(60000) && process.exitCode() == 0)
        pdf.pageTexts = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f').filter(QRegularExpression(u"\\S"_s));
    return pdf;
}

bool contains(const Pdf &pdf, const QString &text)
{
    return std::any_of(pdf.pageTexts.cbegin(), pdf.pageTexts.cend(), [&](const QString &page) { return page.contains(text); });
}

} // namespace

class TestReportSections final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_everySection();
    void sections_leftOut();
    void teamSelection_onlyThoseSectionsAndSaidOnTheCover();
    void pageImages_areThePdfPages();
};

void TestReportSections::defaults_everySection()
{
    const ReportRenderer::Options defaults;
    QCOMPARE(defaults.sections, ReportRenderer::AllSections);
    const Pdf pdf = render(report());
    QVERIFY2(!pdf.pageTexts.isEmpty(), "pdftotext (poppler-utils) missing or failed");
    QCOMPARE(pdf.pageTexts.size(), pdf.pages);
    // Cover, summary and groups, three team pages, then comparison, unattributed and appendix.
    QCOMPARE(pdf.pages, 6);
    QVERIFY(pdf.pageTexts.at(0).contains(u"Chargeback report"_s));
    QVERIFY(!pdf.pageTexts.at(0).contains(u"Team sections are included"_s));
    QVERIFY(pdf.pageTexts.at(1).contains(u"Executive summary"_s));
    QVERIFY(pdf.pageTexts.at(1).contains(u"Spend by team"_s));
    QVERIFY(pdf.pageTexts.at(2).contains(u"Team: beta"_s));
    QVERIFY(pdf.pageTexts.at(3).contains(u"Team: (untagged)"_s)); // ties with alpha, by name
    QVERIFY(pdf.pageTexts.at(4).contains(u"Team: alpha"_s));
    for (const QString &heading : {u"Model comparison"_s, u"Unattributed spend"_s, u"Appendix"_s})
        QVERIFY2(pdf.pageTexts.at(5).contains(heading), qPrintable(heading));
}

void TestReportSections::sections_leftOut()
{
    const ChargebackReport r = report();
    const Pdf noTeams = render(r, ReportRenderer::AllSections & ~ReportRenderer::Sections(Section::TeamSections));
    QCOMPARE(noTeams.pages, 3);
    QVERIFY(!contains(noTeams, u"Team: "_s));
    QVERIFY(contains(noTeams, u"Executive summary"_s));
    QVERIFY(contains(noTeams, u"Appendix"_s));

    const Pdf coverOnly = render(r, {});
    QCOMPARE(coverOnly.pages, 1);
    QCOMPARE(coverOnly.pageTexts.size(), 1);
    QVERIFY(coverOnly.pageTexts.at(0).contains(u"Page 1 of 1"_s));
    QVERIFY(coverOnly.pageTexts.at(0).contains(r.total.format(QLocale(QLocale::English, QLocale::UnitedStates))));

    // Each of the other sections alone: the cover and its page.
    const QList<std::pair<Section, QString>> alone = {
        {Section::Summary, u"Executive summary"_s},          {Section::SpendByGroup, u"Spend by team"_s},
        {Section::ModelComparison, u"priced on the cheapest"_s},   {Section::UnattributedSpend, u"Without a project tag"_s},
        {Section::Appendix, u"Cost Explorer notes"_s},
    };
    for (const auto &[section, heading] : alone) {
        const Pdf pdf = render(r, section);
        QCOMPARE(pdf.pages, 2);
        for (const auto &[other, otherHeading] : alone)
            QCOMPARE(contains(pdf, otherHeading), other == section);
        QVERIFY(!contains(pdf, u"Team: "_s));
    }
    const Pdf summaryAndAppendix = render(r, Section::Summary | Section::Appendix);
    QCOMPARE(summaryAndAppendix.pages, 3);
    QVERIFY(!contains(summaryAndAppendix, u"priced on the cheapest"_s));
}

void TestReportSections::teamSelection_onlyThoseSectionsAndSaidOnTheCover()
{
    const ChargebackReport all = report();
    const ChargebackReport some = report({u"alpha"_s, QString()});
    QCOMPARE(some.total, all.total);
    const Pdf pdf = render(some);
    QCOMPARE(pdf.pages, 5);
    QVERIFY(contains(pdf, u"Team: alpha"_s));
    QVERIFY(contains(pdf, u"Team: (untagged)"_s));
    QVERIFY(!contains(pdf, u"Team: beta"_s));
    // The groups and the total still cover every team.
    QVERIFY(QRegularExpression(u"\\bbeta\\s+\\$"_s).match(pdf.pageTexts.at(1)).hasMatch());
    const QString cover = pdf.pageTexts.at(0).simplified();
    QVERIFY2(cover.contains(u"Team sections are included for these teams only: (untagged) and alpha."_s), qPrintable(cover));
    QVERIFY(cover.contains(all.total.format(QLocale(QLocale::English, QLocale::UnitedStates))));
    // Without team sections the cover says nothing about them.
    const Pdf noTeams = render(some, ReportRenderer::AllSections & ~ReportRenderer::Sections(Section::TeamSections));
    QVERIFY(!noTeams.pageTexts.at(0).contains(u"Team sections are included"_s));
}

void TestReportSections::pageImages_areThePdfPages()
{
    const ChargebackReport r = report({u"beta"_s});
    for (ReportRenderer::Sections sections : {ReportRenderer::AllSections, ReportRenderer::Sections(Section::Appendix)}) {
        const Pdf pdf = render(r, sections);
        const QList<QImage> images =
            ReportRenderer::renderPages(r, {u"sandbox"_s, QLocale(QLocale::English, QLocale::UnitedStates), sections}, 420);
        QCOMPARE(images.size(), pdf.pages);
        for (const QImage &image : images) {
            QCOMPARE(image.width(), 420);
            QVERIFY(qAbs(image.height() - 420 * 297.0 / 210.0) <= 1.5); // A4
            QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // the margin
            QCOMPARE(image.pixelColor(419, image.height() - 1), QColor(Qt::white));
            // Something is painted inside the margins: the header rule and text at least.
            int inked = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    inked += image.pixelColor(x, y).lightness() < 200;
            }
            QVERIFY(inked > 50);
        }
    }
    QVERIFY(ReportRenderer::renderPages(r, {}, 0).isEmpty());
}

QTEST_MAIN(TestReportSections)
#include "tst_reportsections.moc"
