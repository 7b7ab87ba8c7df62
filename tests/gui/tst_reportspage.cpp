// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page against a synced sandbox: the last whole month by team previews several pages
// whose total is Cost Explorer's; the exported PDF prints that total and every team's, the CSV
// holds it to the nano; unticking a team or the team sections removes pages; a range that ends
// before it starts shows the report's error instead of previews.
#include "guitestsupport.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "navigator.h"
#include "processrun.h"
#include "reportspage.h"

#include "api/costexplorerclient.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

// The text of a PDF (pdftotext -layout), empty when poppler-utils is missing or fails.
QString pdfText(const QString &path)
{
    const Test::ProcessRun run = Test::runProcess(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s},
                                                  QProcessEnvironment::systemEnvironment(), 60000);
    return run.exitCode == 0 ? QString::fromUtf8(run.standardOutput) : QString();
}

bool hasTeamSection(const QString &text, const QString &team)
{
    return QRegularExpression(u"Team: %1\\s*$"_s.arg(QRegularExpression::escape(team)), QRegularExpression::MultilineOption)
        .match(text)
        .hasMatch();
}

} // namespace

class TestReportsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lastMonthByTeam_equalsCostExplorer_exports();
    void teamsAndSections_removePages();
    void rangeEndingBeforeItStarts_showsTheError();

private:
    bool waitForReport();
    // Cost Explorer's own answer for [start, end) with the sync's service filter, by team tag when
    // `byTeam` (untagged as "(untagged)", zero groups left out), else the total under "".
    QMap<QString, Money> costExplorer(QDate start, QDate end, bool byTeam);
    QString exportedPdfText(const QString &name);

    std::unique_ptr<Test::GuiSession> m_session;
    ReportsPage *m_page = nullptr;
    QTemporaryDir m_dir;
    QDate m_month;
    int m_allPages = 0;
};

void TestReportsPage::initTestCase()
{
    m_session = std::make_unique<Test::GuiSession>(Today);
    m_page = m_session->page<ReportsPage>();
    QVERIFY(m_page);
    QVERIFY(m_session->showOnSandbox(Navigator::ReportsPage));
    // Before a sync: what to do, and nothing to export.
    QVERIFY(waitForReport());
    QVERIFY2(m_page->message().contains(u"Sync"_s), qPrintable(m_page->message()));
    QVERIFY(!m_page->report());
    QVERIFY(!m_page->findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());

    Workspace &workspace = m_session->workspace;
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(120000));
    QVERIFY2(synced.constFirst().at(0).toBool(), qPrintable(synced.constFirst().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byProject->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->report().has_value() && !m_page->isBusy(), 60000);
    // The last whole month before the data's last day.
    const QDate lastDay = workspace.costData().lastDay;
    m_month = QDate(lastDay.year(), lastDay.month(), 1);
    if (lastDay.addDays(1).day() != 1)
        m_month = m_month.addMonths(-1);
}

void TestReportsPage::cleanupTestCase()
{
    m_session.reset();
}

bool TestReportsPage::waitForReport()
{
    QDeadlineTimer deadline(60000);
    while (m_page->isBusy() && !deadline.hasExpired())
        QTest::qWait(20);
    return !m_page->isBusy();
}

QMap<QString, Money> TestReportsPage::costExplorer(QDate start, QDate end, bool byTeam)
{
    Workspace &workspace = m_session->workspace;
    const CostData &data = workspace.costData();
    CostExplorerClient client(workspace.transport(), workspace.endpointConfig());
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(start, end);
    request.granularity = Granularity::Monthly;
    request.metrics = {u"UnblendedCost"_s};
    request.filter = CostExpression::dimension(u"SERVICE"_s, data.services); // the sync's filter
    if (byTeam)
        request.groupBy = {{GroupType::Tag, data.teamTagKey}};
    auto job = Test::runJob(client.getCostAndUsage(request));
    QMap<QString, Money> result;
    if (job->hasError()) {
        qWarning("Cost Explorer: %s", qPrintable(job->errorString()));
        return result;
    }
    if (!byTeam) {
        result.insert(QString(), job->result().sum(u"UnblendedCost"_s));
        return result;
    }
    for (const CostResultByTime &period : job->result().resultsByTime) {
        for (const CostGroup &group : period.groups) {
            const QString value = group.keys.constFirst().mid(data.teamTagKey.size() + 1); // "Team$value"
            result[value.isEmpty() ? u"(untagged)"_s : value] += group.metrics.value(u"UnblendedCost"_s).amount;
        }
    }
    for (auto it = result.begin(); it != result.end();)
        it = it.value().isZero() ? result.erase(it) : std::next(it);
    return result;
}

QString TestReportsPage::exportedPdfText(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!m_page->exportPdf(path, &error)) {
        qWarning("exportPdf: %s", qPrintable(error));
        return {};
    }
    return pdfText(path);
}

void TestReportsPage::lastMonthByTeam_equalsCostExplorer_exports()
{
    auto *period = m_page->findChild<QComboBox *>(u"periodCombo"_s);
    auto *groupBy = m_page->findChild<QComboBox *>(u"groupByCombo"_s);
    auto *previews = m_page->findChild<QListWidget *>(u"previewList"_s);
    auto *total = m_page->findChild<QLabel *>(u"totalLabel"_s);
    QVERIFY(period && groupBy && previews && total);
    // Months newest first, then the custom range.
    QVERIFY(period->count() >= 3);
    QVERIFY(period->itemData(0).toDate() > period->itemData(1).toDate());
    QVERIFY(!period->itemData(period->count() - 1).isValid());

    const int monthIndex = period->findData(m_month);
    QVERIFY(monthIndex >= 0);
    period->setCurrentIndex(monthIndex);
    Q_EMIT period->activated(monthIndex);
    groupBy->setCurrentIndex(groupBy->findData(int(ChargebackReport::GroupBy::Team)));
    QVERIFY(m_page->isBusy());
    QVERIFY(waitForReport());
    QVERIFY(m_page->report());
    const ChargebackReport &report = *m_page->report();
    QCOMPARE(report.period.start, m_month);
    QCOMPARE(report.period.end, m_month.addMonths(1));
    QCOMPARE(report.groupBy, ChargebackReport::GroupBy::Team);
    QVERIFY2(m_page->pageCount() > 1, qPrintable(QString::number(m_page->pageCount())));
    QCOMPARE(previews->count(), m_page->pageCount());
    m_allPages = m_page->pageCount();

    const QLocale locale;
    const Money awsTotal = costExplorer(m_month, m_month.addMonths(1), false).value(QString(), Money::fromNanos(-1));
    QVERIFY(!awsTotal.isZero() && !awsTotal.isNegative());
    QCOMPARE(report.total, awsTotal);
    const QString formattedTotal = awsTotal.format(locale, report.currency);
    QVERIFY2(total->text().contains(formattedTotal), qPrintable(total->text() + u" / "_s + formattedTotal));
    QVERIFY(total->text().contains(QString::number(m_page->pageCount())));

    const QMap<QString, Money> awsTeams = costExplorer(m_month, m_month.addMonths(1), true);
    QVERIFY(awsTeams.size() >= 2);
    QCOMPARE(qsizetype(report.teams.size()), awsTeams.size());
    auto *teamList = m_page->findChild<QListWidget *>(u"teamList"_s);
    QCOMPARE(qsizetype(teamList->count()), awsTeams.size());

    QVERIFY(Test::saveSnapshot(m_session->window.get(), u"reports"_s));

    // The PDF: the total and every team's total as Cost Explorer has them.
    const QString text = exportedPdfText(u"report.pdf"_s);
    QVERIFY2(!text.isEmpty(), "the export failed, or pdftotext (poppler-utils) is missing");
    QCOMPARE(int(text.split(u'\f').filter(QRegularExpression(u"\\S"_s)).size()), m_page->pageCount());
    QVERIFY(text.contains(formattedTotal));
    for (auto it = awsTeams.cbegin(); it != awsTeams.cend(); ++it) {
        QVERIFY2(hasTeamSection(text, it.key()), qPrintable(it.key()));
        QVERIFY2(text.contains(it.value().format(locale, report.currency)), qPrintable(it.key()));
    }
    QVERIFY(m_page->findChild<QLabel *>(u"exportStatus"_s)->text().contains(u"report.pdf"_s));

    // The CSV: every team and the total to the nano.
    const QString csvPath = m_dir.filePath(u"report.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"period_start,period_end,group_by,group,amount,currency,share_percent"_s);
    QMap<QString, Money> rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), m_month.toString(Qt::ISODate));
        rows.insert(fields.at(3), Money::parse(fields.at(4)).value());
    }
    QCOMPARE(rows.take(u"Total"_s), awsTotal);
    QCOMPARE(rows, awsTeams);
    QCOMPARE(m_page->defaultFileName(u"pdf"_s), u"spendscope-chargeback-%1.pdf"_s.arg(m_month.toString(u"yyyy-MM"_s)));
}

void TestReportsPage::teamsAndSections_removePages()
{
    QVERIFY(m_allPages > 1);
    auto *teamList = m_page->findChild<QListWidget *>(u"teamList"_s);
    QVERIFY(teamList->count() >= 2);
    // Untick the last (smallest) team: its section goes, nothing else.
    QListWidgetItem *item = teamList->item(teamList->count() - 1);
    const QString team = ChargebackReport::displayName(item->data(Qt::UserRole + 1).toString());
    const Money total = m_page->report()->total;
    item->setCheckState(Qt::Unchecked);
    QVERIFY(waitForReport());
    QVERIFY(m_page->pageCount() < m_allPages);
    QCOMPARE(m_page->report()->total, total);
    QCOMPARE(teamList->item(teamList->count() - 1)->checkState(), Qt::Unchecked);
    QString text = exportedPdfText(u"without-team.pdf"_s);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!hasTeamSection(text, team), qPrintable(team));
    QVERIFY(hasTeamSection(text, ChargebackReport::displayName(m_page->report()->teams.constFirst().team)));
    QVERIFY(text.contains(u"Team sections are included for these teams only"_s));
    QVERIFY(text.contains(total.format(QLocale(), m_page->report()->currency)));

    // None: no team sections; All: every one again.
    m_page->findChild<QPushButton *>(u"noTeamsButton"_s)->click();
    QVERIFY(waitForReport());
    const int noTeams = m_page->pageCount();
    QVERIFY(noTeams < m_allPages - 1);
    m_page->findChild<QPushButton *>(u"allTeamsButton"_s)->click();
    QVERIFY(waitForReport());
    QCOMPARE(m_page->pageCount(), m_allPages);

    // Without the team sections section: the same as no team ticked.
    auto *sectionTeams = m_page->findChild<QCheckBox *>(u"sectionTeams"_s);
    sectionTeams->setChecked(false);
    QVERIFY(waitForReport());
    QCOMPARE(m_page->pageCount(), noTeams);
    text = exportedPdfText(u"without-teams.pdf"_s);
    QVERIFY(!text.contains(u"Team: "_s));
    QVERIFY(text.contains(u"Executive summary"_s));
    m_page->findChild<QCheckBox *>(u"sectionAppendix"_s)->setChecked(false);
    m_page->findChild<QCheckBox *>(u"sectionSummary"_s)->setChecked(false);
    QVERIFY(waitForReport());
    text = exportedPdfText(u"fewer-sections.pdf"_s);
    QVERIFY(!text.contains(u"Executive summary"_s));
    QVERIFY(!text.contains(u"Cost Explorer notes"_s));
    QVERIFY(text.contains(u"Unattributed spend"_s));
    for (const QString &name : {u"sectionTeams"_s, u"sectionAppendix"_s, u"sectionSummary"_s})
        m_page->findChild<QCheckBox *>(name)->setChecked(true);
    QVERIFY(waitForReport());
    QCOMPARE(m_page->pageCount(), m_allPages);
}

void TestReportsPage::rangeEndingBeforeItStarts_showsTheError()
{
    auto *period = m_page->findChild<QComboBox *>(u"periodCombo"_s);
    auto *start = m_page->findChild<QDateEdit *>(u"customStartEdit"_s);
    auto *end = m_page->findChild<QDateEdit *>(u"customEndEdit"_s);
    QVERIFY(start && end);
    const int custom = period->count() - 1;
    period->setCurrentIndex(custom);
    Q_EMIT period->activated(custom);
    QVERIFY(start->isVisible());
    // The range starts as the month shown.
    QCOMPARE(start->date(), m_month);
    QCOMPARE(end->date(), m_month.addMonths(1).addDays(-1));

    start->setDate(m_month.addDays(9));
    end->setDate(m_month);
    QVERIFY(waitForReport());
    QVERIFY(!m_page->report());
    QCOMPARE(m_page->pageCount(), 0);
    QVERIFY2(m_page->message().contains(u"ends before it starts"_s), qPrintable(m_page->message()));
    QVERIFY(!m_page->findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());
    QString error;
    QVERIFY(!m_page->exportPdf(m_dir.filePath(u"none.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));

    // A valid range of days within the daily window: a report again, its total Cost Explorer's.
    end->setDate(m_month.addDays(14));
    QVERIFY(waitForReport());
    QVERIFY(m_page->report());
    QVERIFY(m_page->message().isEmpty());
    QCOMPARE(m_page->report()->period.start, m_month.addDays(9));
    QCOMPARE(m_page->report()->period.end, m_month.addDays(15));
    QVERIFY(m_page->findChild<QPushButton *>(u"exportPdfButton"_s)->isEnabled());
    QCOMPARE(m_page->defaultFileName(u"csv"_s), u"spendscope-chargeback-%1_%2.csv"_s.arg(
                                                      m_month.addDays(9).toString(Qt::ISODate), m_month.addDays(14).toString(Qt::ISODate)));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
