// SPDX-License-Identifier: GPL-3.0-or-later
// ReportPreviewJob: the months and teams the Reports page offers, the default period (the last
// whole month), the team selection it passes on, the pages it paints on the thread pool, and a
// cancel that drops the result.
#include "reportpreviewjob.h"

#include "jobrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Section = ReportRenderer::Section;

namespace {

// alpha 3 and beta 1 a day, untagged 2, from September 1 to `lastDay`.
CostData data(QDate lastDay)
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day(2026, 9, 1); day <= lastDay; day = day.addDays(1)) {
        for (const auto &[team, cost] : {std::pair{u"alpha"_s, 3}, std::pair{u"beta"_s, 1}, std::pair{QString(), 2}}) {
            CostCube::Row row;
            row.day = day;
            row.model = u"anthropic.claude-sonnet-4-6"_s;
            row.region = u"us-east-1"_s;
            row.tokenType = u"input-tokens"_s;
            row.cost = Money::fromUnits(cost);
            row.quantity = Money::fromUnits(1000);
            row.team = team;
            teams.append(row);
            row.project = team.isEmpty() ? QString() : team + u"-app"_s;
            projects.append(row);
        }
    }
    CostData d;
    d.byTeam = std::make_shared<const CostCube>(teams.build());
    d.byProject = std::make_shared<const CostCube>(projects.build());
    d.projectTagKey = u"Project"_s;
    d.teamTagKey = u"Team"_s;
    d.firstDailyDay = QDate(2026, 9, 1);
    d.lastDay = lastDay;
    return d;
}

ReportPreviewJob::Request request(QSet<QString> excluded = {})
{
    ReportPreviewJob::Request r;
    r.excludedTeams = std::move(excluded);
    r.render.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    r.pageWidth = 200;
    return r;
}

} // namespace

class TestReportPreviewJob final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultPeriod_lastWholeMonth_monthsNewestFirst();
    void teams_billedAmounts_andSelection();
    void invalidPeriod_errorNoPages();
    void job_paintsOnThePool_cancelDropsTheResult();
};

void TestReportPreviewJob::defaultPeriod_lastWholeMonth_monthsNewestFirst()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    ReportPreviewJob::Result r = ReportPreviewJob::compute(data(QDate(2026, 11, 20)), catalog, request());
    QCOMPARE(r.months, (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 10, 1), QDate(2026, 9, 1)}));
    QCOMPARE(r.period.start, QDate(2026, 10, 1)); // November is still running
    QCOMPARE(r.period.end, QDate(2026, 11, 1));
    QVERIFY(r.report);
    QCOMPARE(r.report->total, Money::fromUnits(6 * 31));
    QCOMPARE(r.render.sections, ReportRenderer::AllSections);
    // Cover, summary, three teams, the rest.
    QCOMPARE(r.pages.size(), 6);
    // The PDF that Export writes is rendered here too, page for page.
    QVERIFY(r.pdf.startsWith("%PDF-"));
    QCOMPARE(r.pdfPages, 6);

    // A month whose last day has data is whole.
    r = ReportPreviewJob::compute(data(QDate(2026, 11, 30)), catalog, request());
    QCOMPARE(r.period.start, QDate(2026, 11, 1));
    // A chosen period is kept.
    ReportPreviewJob::Request september = request();
    september.period = {QDate(2026, 9, 1), QDate(2026, 10, 1)};
    r = ReportPreviewJob::compute(data(QDate(2026, 11, 20)), catalog, september);
    QCOMPARE(r.report->total, Money::fromUnits(6 * 30));
    // No data: nothing to offer, no report.
    r = ReportPreviewJob::compute(CostData(), catalog, request());
    QVERIFY(r.months.isEmpty());
    QVERIFY(!r.report);
    QVERIFY(r.pages.isEmpty());
    QVERIFY(r.pdf.isEmpty());
}

void TestReportPreviewJob::teams_billedAmounts_andSelection()
{
    const CostData d = data(QDate(2026, 11, 20));
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    ReportPreviewJob::Result r = ReportPreviewJob::compute(d, catalog, request());
    QCOMPARE(r.teams.size(), 3);
    QCOMPARE(r.teams.at(0).name, u"alpha"_s);
    QCOMPARE(r.teams.at(0).amount, Money::fromUnits(3 * 31));
    QCOMPARE(r.teams.at(1).name, QString());
    QCOMPARE(r.teams.at(2).name, u"beta"_s);
    QCOMPARE(r.teams.at(2).share, 1.0 / 6);

    QCOMPARE(ReportPreviewJob::selection(r.teams, {}), QStringList());
    QCOMPARE(ReportPreviewJob::selection(r.teams, {u"gone"_s}), QStringList());
    QCOMPARE(ReportPreviewJob::selection(r.teams, {u"beta"_s}), (QStringList{u"alpha"_s, QString()}));
    QCOMPARE(ReportPreviewJob::selection(r.teams, {u"alpha"_s, u"beta"_s, QString()}), QStringList());

    r = ReportPreviewJob::compute(d, catalog, request({u"beta"_s}));
    QCOMPARE(r.report->selectedTeams, (QStringList{QString(), u"alpha"_s}));
    QCOMPARE(r.report->teams.size(), 2);
    QCOMPARE(r.report->total, Money::fromUnits(6 * 31));
    QCOMPARE(r.teams.size(), 3); // the list still offers every team
    QCOMPARE(r.pages.size(), 5);

    // Every team excluded: no team sections at all.
    r = ReportPreviewJob::compute(d, catalog, request({u"alpha"_s, u"beta"_s, QString()}));
    QVERIFY(!r.render.sections.testFlag(Section::TeamSections));
    QCOMPARE(r.pages.size(), 3);
}

void TestReportPreviewJob::invalidPeriod_errorNoPages()
{
    ReportPreviewJob::Request backwards = request();
    backwards.period = {QDate(2026, 10, 10), QDate(2026, 10, 1)};
    const ReportPreviewJob::Result r = ReportPreviewJob::compute(data(QDate(2026, 11, 20)), PriceCatalog::builtIn(), backwards);
    QVERIFY(!r.report);
    QVERIFY(r.pages.isEmpty());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.months.size(), 3); // the page still offers the months

    // Part of a month before the daily window.
    CostData monthly = data(QDate(2026, 11, 20));
    monthly.firstDailyDay = QDate(2026, 10, 1);
    ReportPreviewJob::Request part = request();
    part.period = {QDate(2026, 9, 5), QDate(2026, 9, 10)};
    const ReportPreviewJob::Result early = ReportPreviewJob::compute(monthly, PriceCatalog::builtIn(), part);
    QVERIFY(!early.report);
    QVERIFY2(early.error.contains(u"2026-10-01"_s), qPrintable(early.error));
}

void TestReportPreviewJob::job_paintsOnThePool_cancelDropsTheResult()
{
    QThreadPool pool;
    auto *job = new ReportPreviewJob(data(QDate(2026, 11, 20)), PriceCatalog::builtIn(), request());
    job->setThreadPool(&pool);
    auto done = Test::runJob(job);
    QVERIFY2(done->isFinished() && !done->hasError(), qPrintable(done->errorString()));
    QCOMPARE(done->result().pages.size(), 6);
    QCOMPARE(done->result().pages.constFirst().width(), 200);
    QCOMPARE(done->result().report->total, Money::fromUnits(6 * 31));

    auto *cancelled = new ReportPreviewJob(data(QDate(2026, 11, 20)), PriceCatalog::builtIn(), request());
    cancelled->setThreadPool(&pool);
    cancelled->setAutoDelete(false);
    std::unique_ptr<ReportPreviewJob> owned(cancelled);
    QSignalSpy finished(cancelled, &Job::finished);
    cancelled->start();
    QTest::qWait(0);
    cancelled->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled->error().kind(), AwsError::Kind::Cancelled);
    QVERIFY(!cancelled->result().report);
    pool.waitForDone();
    QTest::qWait(20); // a late watcher event changes nothing
    QCOMPARE(finished.count(), 1);
    QVERIFY(!cancelled->result().report);
}

QTEST_MAIN(TestReportPreviewJob)
#include "tst_reportpreviewjob.moc"
