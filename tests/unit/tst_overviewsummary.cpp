// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/overviewsummary.h"
#include "analytics/overviewsummaryjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate First(2026, 9, 1);
const QDate Today(2026, 11, 20);

void addDay(CostCube::Builder &teams, CostCube::Builder &projects, QDate day, const QString &team,
            const QString &project, const QString &model, Money cost)
{
    CostCube::Row row;
    row.day = day;
    row.model = model;
    row.tokenType = u"input"_s;
    row.cost = cost;
    row.team = team;
    teams.append(row);
    row.project = project;
    projects.append(row);
}

// Per day: team "core" (project "chat", model "a") 10 in September and October, 12 in November;
// "search" ("rank", model "b") 3; spend without a team tag 1 ("default" project, model "a") and
// 2 (no project tag, model "c"); teams t1..t4 0.5 each on model "d" (projects p1..p4).
// August is one monthly row of 100 for "core"; a day after today must never count.
CostData craftedData(QDate firstDaily = First)
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    addDay(teams, projects, QDate(2026, 8, 1), u"core"_s, u"chat"_s, u"a"_s, Money::fromUnits(100));
    for (QDate day = First; day <= Today.addDays(1); day = day.addDays(1)) {
        const bool monthly = day < firstDaily;
        if (monthly && day.day() != 1)
            continue;
        const qint64 days = monthly ? day.daysInMonth() : 1; // a monthly row carries the month
        addDay(teams, projects, day, u"core"_s, u"chat"_s, u"a"_s,
               Money::fromUnits(day.month() == 11 ? 12 : 10).multipliedBy(days));
        addDay(teams, projects, day, u"search"_s, u"rank"_s, u"b"_s, Money::fromUnits(3).multipliedBy(days));
        addDay(teams, projects, day, QString(), u"default"_s, u"a"_s, Money::fromUnits(1).multipliedBy(days));
        addDay(teams, projects, day, QString(), QString(), u"c"_s, Money::fromUnits(2).multipliedBy(days));
        for (int i = 1; i <= 4; ++i)
            addDay(teams, projects, day, u"t%1"_s.arg(i), u"p%1"_s.arg(i), u"d"_s, Money::fromNanos(500'000'000).multipliedBy(days));
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.firstDailyDay = firstDaily;
    data.lastDay = Today.addDays(1);
    return data;
}

const Money NovemberDay = Money::fromUnits(12 + 3 + 1 + 2 + 2); // 20 a day
const Money OctoberDay = Money::fromUnits(10 + 3 + 1 + 2 + 2);  // 18 a day

} // namespace

class TestOverviewSummary final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthToDate_andLastMonth();
    void unattributed_asWasteAnalyzerDefinesIt();
    void topLists_largestFirstWithShares();
    void forecast_ofTheOrganisationsDailyTotal();
    void lastMonthMonthlyOnly_noSameDayComparison();
    void shortLastMonth_comparesUpToItsLastDay();
    void emptyOrInvalid_givesEmptyFigures();
    void job_computesOffThread_andCancels();
};

void TestOverviewSummary::monthToDate_andLastMonth()
{
    const OverviewSummary s = OverviewSummary::compute(craftedData(), Today);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.monthStart, QDate(2026, 11, 1));
    QCOMPARE(s.monthToDate, NovemberDay.multipliedBy(20));
    QCOMPARE(s.lastMonthStart, QDate(2026, 10, 1));
    QCOMPARE(s.lastMonthTotal, OctoberDay.multipliedBy(31));
    QVERIFY(s.lastMonthToSameDay);
    QCOMPARE(s.lastMonthSameDay, QDate(2026, 10, 20));
    QCOMPARE(*s.lastMonthToSameDay, OctoberDay.multipliedBy(20));
    QCOMPARE(*s.changeAmount(), Money::fromUnits(40)); // 2 more a day for 20 days
    QCOMPARE(*s.changeRatio(), 40.0 / 360.0);
    // The daily series: the last 60 days up to today, every day present.
    QCOMPARE(s.daily.size(), OverviewSummary::DailyDays);
    QCOMPARE(s.daily.lastKey(), Today);
    QCOMPARE(s.daily.value(Today), NovemberDay);
    QCOMPARE(s.daily.value(QDate(2026, 10, 31)), OctoberDay);
}

void TestOverviewSummary::unattributed_asWasteAnalyzerDefinesIt()
{
    const OverviewSummary s = OverviewSummary::compute(craftedData(), Today);
    QCOMPARE(s.untaggedProjectSpend, Money::fromUnits(2 * 20));
    QCOMPARE(s.defaultProjectSpend, Money::fromUnits(1 * 20));
    QCOMPARE(s.unattributedSpend(), Money::fromUnits(60));
    QCOMPARE(s.unattributedShare(), 60.0 / 400.0);
    QCOMPARE(s.untaggedTeamSpend, Money::fromUnits(60)); // both rows lack a team tag
    QCOMPARE(s.untaggedTeamShare(), 60.0 / 400.0);
}

void TestOverviewSummary::topLists_largestFirstWithShares()
{
    const OverviewSummary s = OverviewSummary::compute(craftedData(), Today);
    // Teams: core 240, untagged 60, search 60, t1..t4 10 each; ties by name, five at most.
    QCOMPARE(s.topTeams.size(), 5);
    const QStringList teams = {u"core"_s, QString(), u"search"_s, u"t1"_s, u"t2"_s};
    for (int i = 0; i < teams.size(); ++i)
        QCOMPARE(s.topTeams.at(i).name, teams.at(i));
    QCOMPARE(s.topTeams.at(0).amount, Money::fromUnits(240));
    QCOMPARE(s.topTeams.at(0).share, 240.0 / 400.0);
    QCOMPARE(s.topTeams.at(3).amount, Money::fromUnits(10));
    // Projects: chat 240, rank 60, untagged 40, default 20, p1 10.
    const QStringList projects = {u"chat"_s, u"rank"_s, QString(), u"default"_s, u"p1"_s};
    QCOMPARE(s.topProjects.size(), 5);
    for (int i = 0; i < projects.size(); ++i)
        QCOMPARE(s.topProjects.at(i).name, projects.at(i));
    QCOMPARE(s.topProjects.at(2).amount, Money::fromUnits(40));
    // Models: a 260, b 60, c 40, d 40 (all four).
    QCOMPARE(s.topModels.size(), 4);
    QCOMPARE(s.topModels.at(0), (OverviewSummary::Entry{u"a"_s, Money::fromUnits(260), 260.0 / 400.0}));
    QCOMPARE(s.topModels.at(2).name, u"c"_s);
    QCOMPARE(s.topModels.at(3).name, u"d"_s);
    // A smaller count cuts the list.
    QCOMPARE(OverviewSummary::compute(craftedData(), Today, 2).topProjects.size(), 2);
}

void TestOverviewSummary::forecast_ofTheOrganisationsDailyTotal()
{
    const CostData data = craftedData();
    const OverviewSummary s = OverviewSummary::compute(data, Today);
    QVERIFY(s.forecast);
    QCOMPARE(s.forecast->monthToDate, s.monthToDate);
    QCOMPARE(s.forecast->level, 0.8);
    QVERIFY(s.forecast->lower <= s.forecast->expectedTotal && s.forecast->expectedTotal <= s.forecast->upper);
    QVERIFY(s.forecast->expectedTotal > s.monthToDate);
    // The same forecaster on the daily total, built here by hand.
    QMap<QDate, Money> daily;
    for (QDate day = First; day <= Today; day = day.addDays(1))
        daily.insert(day, day.month() == 11 ? NovemberDay : OctoberDay);
    const MonthEndForecaster::Forecast expected = MonthEndForecaster().forecast(daily, Today);
    QCOMPARE(s.forecast->expectedTotal, expected.expectedTotal);
    QCOMPARE(s.forecast->lower, expected.lower);
    QCOMPARE(s.forecast->upper, expected.upper);
}

void TestOverviewSummary::lastMonthMonthlyOnly_noSameDayComparison()
{
    // Daily data from November only: October is one row dated the 1st.
    const OverviewSummary s = OverviewSummary::compute(craftedData(QDate(2026, 11, 1)), Today);
    QCOMPARE(s.lastMonthTotal, OctoberDay.multipliedBy(31));
    QVERIFY(!s.lastMonthToSameDay);
    QVERIFY(!s.changeAmount());
    QVERIFY(!s.changeRatio());
    QCOMPARE(s.monthToDate, NovemberDay.multipliedBy(20));
    QVERIFY(s.forecast); // 20 days: a run-rate forecast
    QCOMPARE(s.forecast->historyDays, 20);
    QCOMPARE(s.daily.size(), 20);
}

void TestOverviewSummary::shortLastMonth_comparesUpToItsLastDay()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day(2026, 2, 1); day <= QDate(2026, 3, 31); day = day.addDays(1))
        addDay(teams, projects, day, u"core"_s, u"chat"_s, u"a"_s, Money::fromUnits(day.month()));
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.firstDailyDay = QDate(2026, 2, 1);
    const OverviewSummary s = OverviewSummary::compute(data, QDate(2026, 3, 31));
    QCOMPARE(s.lastMonthSameDay, QDate(2026, 2, 28));
    QCOMPARE(*s.lastMonthToSameDay, Money::fromUnits(2 * 28));
    QCOMPARE(s.monthToDate, Money::fromUnits(3 * 31));
    QCOMPARE(s.forecast->basis, MonthEndForecaster::Basis::MonthComplete);
    QCOMPARE(s.forecast->expectedTotal, s.monthToDate);
}

void TestOverviewSummary::emptyOrInvalid_givesEmptyFigures()
{
    QVERIFY(OverviewSummary::compute(craftedData(), QDate()).isEmpty());
    const OverviewSummary empty = OverviewSummary::compute(CostData(), Today);
    QVERIFY(!empty.isEmpty());
    QCOMPARE(empty.monthToDate, Money());
    QCOMPARE(empty.unattributedShare(), 0.0);
    QVERIFY(empty.topTeams.isEmpty() && empty.topProjects.isEmpty() && empty.topModels.isEmpty());
    QVERIFY(!empty.forecast);
    QVERIFY(!empty.lastMonthToSameDay);
    QVERIFY(empty.daily.isEmpty());
}

void TestOverviewSummary::job_computesOffThread_andCancels()
{
    const CostData data = craftedData();
    auto *job = new OverviewSummaryJob(data, Today);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!job->hasError());
    const OverviewSummary direct = OverviewSummary::compute(data, Today);
    QCOMPARE(job->summary().monthToDate, direct.monthToDate);
    QCOMPARE(job->summary().topProjects, direct.topProjects);
    QCOMPARE(job->summary().forecast->expectedTotal, direct.forecast->expectedTotal);
    delete job;

    auto *cancelled = new OverviewSummaryJob(data, Today);
    cancelled->setAutoDelete(false);
    QSignalSpy cancelledFinished(cancelled, &Job::finished);
    cancelled->start();
    cancelled->cancel();
    QTRY_COMPARE(cancelledFinished.size(), 1);
    QCOMPARE(cancelled->error().kind(), AwsError::Kind::Cancelled);
    QVERIFY(cancelled->summary().isEmpty());
    delete cancelled;
}

QTEST_GUILESS_MAIN(TestOverviewSummary)
#include "tst_overviewsummary.moc"
