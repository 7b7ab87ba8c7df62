// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costexplorerjob.h"
#include "analytics/costexplorerquery.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;
using Preset = CostExplorerQuery::RangePreset;

namespace {

const QDate Today(2026, 11, 20);
const QDate FirstDaily(2026, 10, 1);

Project makeProject(const QString &id, const TagSet &tags)
{
    Project p;
    p.setId(id);
    p.setName(id);
    p.setTags(tags);
    return p;
}

// Billed: team tag "payments" on checkout's spend until Oct 31, "growth" from Nov 1 (checkout
// changed teams; now owned by growth). search is billed to "search". Untagged spend each day.
// August and September are monthly rows dated the 1st; October and November are daily.
CostData makeData()
{
    CostCube::Builder projects;
    CostCube::Builder teams;
    const auto add = [&](QDate day, const QString &billedTeam, const QString &projectTag, const QString &owner,
                         const QString &model, const QString &tokenType, qint64 nanos) {
        const Money cost = Money::fromNanos(nanos);
        projects.append({day, owner, projectTag, model, u"Anthropic"_s, tokenType, u"standard"_s, u"us-east-1"_s, cost, Money()});
        teams.append({day, billedTeam, QString(), model, u"Anthropic"_s, tokenType, u"standard"_s, u"us-east-1"_s, cost, Money()});
    };
    for (const QDate month : {QDate(2026, 8, 1), QDate(2026, 9, 1)}) {
        add(month, u"payments"_s, u"checkout"_s, u"growth"_s, u"claude"_s, u"input"_s, 30'000'000'001);
        add(month, u"search"_s, u"search"_s, u"search"_s, u"nova"_s, u"output"_s, 12'500'000'000);
        add(month, QString(), QString(), QString(), u"nova"_s, u"input"_s, 3'000'000'007);
    }
    for (QDate day = FirstDaily; day <= Today; day = day.addDays(1)) {
        const QString billed = day < QDate(2026, 11, 1) ? u"payments"_s : u"growth"_s;
        add(day, billed, u"checkout"_s, u"growth"_s, u"claude"_s, u"input"_s, 1'000'000'003 + day.day());
        add(day, billed, u"checkout"_s, u"growth"_s, u"claude"_s, u"output"_s, 2'000'000'000);
        add(day, u"search"_s, u"search"_s, u"search"_s, u"nova"_s, u"output"_s, 400'000'009);
        add(day, QString(), QString(), QString(), u"nova"_s, u"input"_s, 100'000'001);
    }
    CostData data;
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.projectTagKey = u"Project"_s;
    data.teamTagKey = u"Team"_s;
    data.projects = {makeProject(u"default"_s, {}),
                     makeProject(u"proj_a"_s, {{u"Project"_s, u"checkout"_s}, {u"Team"_s, u"growth"_s}, {u"Env"_s, u"prod"_s}}),
                     makeProject(u"proj_b"_s, {{u"Project"_s, u"search"_s}, {u"Team"_s, u"search"_s}, {u"Env"_s, u"dev"_s}}),
                     makeProject(u"proj_c"_s, {{u"Env"_s, u"prod"_s}})}; // no project tag: untagged spend
    data.firstDailyDay = FirstDaily;
    data.lastDay = Today;
    return data;
}

CostCube::Result run(const CostData &data, const CostExplorerQuery::Plan &plan)
{
    return CostExplorerQuery::cubeFor(plan.cube, data)->query(plan.query);
}

Money totalOf(const CostCube &cube, QDate start, QDate end)
{
    CostCube::Query q;
    q.start = start;
    q.end = end;
    return cube.query(q).totalCost;
}

} // namespace

class TestCostExplorerQuery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void presetRange_data();
    void presetRange();
    void plan_teamGrouping_billedTeamsFromTeamCube();
    void plan_teamFilterByModel_staysOnTeamCube();
    void plan_projectInvolved_projectCubeWithCurrentOwnerNote();
    void plan_rangeIntoMonthlyMonths_widenedAndMonthly();
    void plan_customRangeWithinDailyWindow_exactDays();
    void plan_customReversed_swapped();
    void plan_tagFilter_resolvesToProjectTagValues();
    void plan_tagFilter_teamAndProjectKeys_filterTheirDimension();
    void plan_tagFilterMatchingNoProject_matchesNothing();
    void plan_contradictoryFilters_matchNothing();
    void drillTarget_chain();
    void labels_untaggedAndBuckets();
    void compute_groupsModelsAndDailyAgree_forecastThisMonth();
    void compute_pastRange_noForecast();
    void job_runsOnPool_sameAsCompute();
};

void TestCostExplorerQuery::presetRange_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("this month") << Preset::ThisMonth << QDate(2026, 11, 1) << QDate(2026, 11, 21);
    QTest::newRow("last month") << Preset::LastMonth << QDate(2026, 10, 1) << QDate(2026, 11, 1);
    QTest::newRow("30 days") << Preset::Last30Days << QDate(2026, 10, 22) << QDate(2026, 11, 21);
    QTest::newRow("90 days") << Preset::Last90Days << QDate(2026, 8, 23) << QDate(2026, 11, 21);
    QTest::newRow("ytd") << Preset::YearToDate << QDate(2026, 1, 1) << QDate(2026, 11, 21);
    QTest::newRow("12 months") << Preset::Last12Months << QDate(2025, 12, 1) << QDate(2026, 11, 21);
}

void TestCostExplorerQuery::presetRange()
{
    QFETCH(Preset, preset);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const auto range = CostExplorerQuery::presetRange(preset, Today);
    QCOMPARE(range.first, start);
    QCOMPARE(range.second, end);
}

void TestCostExplorerQuery::plan_teamGrouping_billedTeamsFromTeamCube()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Team;
    state.preset = Preset::LastMonth;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.cube, CostExplorerQuery::CubeKind::ByTeam);
    QVERIFY(!plan.teamsAreCurrentOwners);
    QVERIFY(!plan.rangeWidened);
    QVERIFY(plan.notes.isEmpty());
    QCOMPARE(plan.bucket, TimeBucket::Day);
    const CostCube::Result result = run(data, plan);
    // October was billed to payments: growth has nothing yet, as billed.
    QStringList teams;
    for (const CostCube::ResultRow &row : result.rows) {
        if (!teams.contains(row.keys.constFirst()))
            teams.append(row.keys.constFirst());
    }
    teams.sort();
    QCOMPARE(teams, (QStringList{QString(), u"payments"_s, u"search"_s}));
    QCOMPARE(result.totalCost, totalOf(*data.byProject, QDate(2026, 10, 1), QDate(2026, 11, 1)));
    QCOMPARE(result.rows.size(), 31 * 3);
}

void TestCostExplorerQuery::plan_teamFilterByModel_staysOnTeamCube()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.preset = Preset::LastMonth;
    state.setFilter(Dimension::Team, {u"payments"_s});
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.cube, CostExplorerQuery::CubeKind::ByTeam);
    QVERIFY(!plan.teamsAreCurrentOwners);
    const CostCube::Result result = run(data, plan);
    Money expected;
    for (int d = 1; d <= 31; ++d)
        expected += Money::fromNanos(1'000'000'003 + d) + Money::fromNanos(2'000'000'000);
    QCOMPARE(result.totalCost, expected);
}

void TestCostExplorerQuery::plan_projectInvolved_projectCubeWithCurrentOwnerNote()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Team;
    state.preset = Preset::LastMonth;
    state.setFilter(Dimension::Project, {u"checkout"_s});
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.cube, CostExplorerQuery::CubeKind::ByProject);
    QVERIFY(plan.teamsAreCurrentOwners);
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY(plan.notes.constFirst().contains(u"owns the project now"_s));
    const CostCube::Result result = run(data, plan);
    // October's checkout spend, billed to payments, shows under its current owner.
    QVERIFY(!result.rows.isEmpty());
    for (const CostCube::ResultRow &row : result.rows)
        QCOMPARE(row.keys.constFirst(), u"growth"_s);

    // Grouping by project alone also uses the project cube, without the team note.
    state = {};
    state.groupBy = Dimension::Project;
    const auto byProject = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(byProject.cube, CostExplorerQuery::CubeKind::ByProject);
    QVERIFY(!byProject.teamsAreCurrentOwners);
    QVERIFY(byProject.notes.isEmpty());
}

void TestCostExplorerQuery::plan_rangeIntoMonthlyMonths_widenedAndMonthly()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Project;
    state.bucket = TimeBucket::Week;
    state.preset = Preset::Last90Days; // from Aug 23: August holds one row dated Aug 1
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.requestedStart, QDate(2026, 8, 23));
    QCOMPARE(plan.start, QDate(2026, 8, 1));
    QCOMPARE(plan.end, QDate(2026, 11, 21));
    QVERIFY(plan.rangeWidened);
    QVERIFY(plan.bucketCoarsened);
    QCOMPARE(plan.bucket, TimeBucket::Month);
    QCOMPARE(plan.query.bucket, TimeBucket::Month);
    QCOMPARE(plan.notes.size(), 2);
    // Without widening August would silently vanish; with it the total is August to today.
    const CostCube::Result result = run(data, plan);
    QCOMPARE(result.totalCost, totalOf(*data.byTeam, QDate(2026, 8, 1), QDate(2026, 11, 21)));
    QVERIFY(result.totalCost > totalOf(*data.byTeam, QDate(2026, 8, 23), QDate(2026, 11, 21)));

    // A custom range ending inside a monthly month runs to that month's end.
    state.preset = Preset::Custom;
    state.customFirst = QDate(2026, 8, 1);
    state.customLast = QDate(2026, 8, 10);
    const auto august = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(august.start, QDate(2026, 8, 1));
    QCOMPARE(august.end, QDate(2026, 9, 1));
    QVERIFY(august.rangeWidened);
}

void TestCostExplorerQuery::plan_customRangeWithinDailyWindow_exactDays()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.preset = Preset::Custom;
    state.customFirst = QDate(2026, 10, 5);
    state.customLast = QDate(2026, 10, 7);
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.start, QDate(2026, 10, 5));
    QCOMPARE(plan.end, QDate(2026, 10, 8));
    QVERIFY(!plan.rangeWidened);
    QVERIFY(!plan.bucketCoarsened);
    const CostCube::Result result = run(data, plan);
    QCOMPARE(result.totalCost, totalOf(*data.byProject, QDate(2026, 10, 5), QDate(2026, 10, 8)));
    QCOMPARE(result.rows.size(), 3 * 2); // days × models
}

void TestCostExplorerQuery::plan_customReversed_swapped()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.preset = Preset::Custom;
    state.customFirst = QDate(2026, 11, 10);
    state.customLast = QDate(2026, 11, 3);
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.start, QDate(2026, 11, 3));
    QCOMPARE(plan.end, QDate(2026, 11, 11));
}

void TestCostExplorerQuery::plan_tagFilter_resolvesToProjectTagValues()
{
    const CostData data = makeData();
    QCOMPARE(CostExplorerQuery::projectsWithTag(data, u"Env"_s, u"prod"_s), QSet<QString>{u"checkout"_s});
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.tagKey = u"Env"_s;
    state.tagValue = u"prod"_s;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(plan.cube, CostExplorerQuery::CubeKind::ByProject);
    QCOMPARE(plan.query.filters[std::size_t(Dimension::Project)], QSet<QString>{u"checkout"_s});
    QVERIFY(!plan.matchesNothing);
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY(plan.notes.constFirst().contains(u"checkout"_s));
    // Combined with a project filter: the intersection.
    state.setFilter(Dimension::Project, {u"checkout"_s, u"search"_s});
    const auto both = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(both.query.filters[std::size_t(Dimension::Project)], QSet<QString>{u"checkout"_s});
}

void TestCostExplorerQuery::plan_tagFilter_teamAndProjectKeys_filterTheirDimension()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.tagKey = u"Team"_s;
    state.tagValue = u"search"_s;
    const auto team = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(team.cube, CostExplorerQuery::CubeKind::ByTeam);
    QCOMPARE(team.query.filters[std::size_t(Dimension::Team)], QSet<QString>{u"search"_s});
    state.tagKey = u"Project"_s;
    const auto project = CostExplorerQuery::plan(state, data, Today);
    QCOMPARE(project.cube, CostExplorerQuery::CubeKind::ByProject);
    QCOMPARE(project.query.filters[std::size_t(Dimension::Project)], QSet<QString>{u"search"_s});
}

void TestCostExplorerQuery::plan_tagFilterMatchingNoProject_matchesNothing()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.tagKey = u"Env"_s;
    state.tagValue = u"staging"_s;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    QVERIFY(plan.matchesNothing);
    QCOMPARE(plan.notes.size(), 1);
    const CostExplorerJob::Result result = CostExplorerJob::compute(*data.byProject, plan, Today);
    QVERIFY(result.groups.rows.isEmpty());
    QVERIFY(result.groups.totalCost.isZero());
}

void TestCostExplorerQuery::plan_contradictoryFilters_matchNothing()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.setFilter(Dimension::Project, {u"search"_s});
    state.tagKey = u"Env"_s;
    state.tagValue = u"prod"_s; // only checkout
    QVERIFY(CostExplorerQuery::plan(state, data, Today).matchesNothing);
}

void TestCostExplorerQuery::drillTarget_chain()
{
    QCOMPARE(CostExplorerQuery::drillTarget(Dimension::Team), Dimension::Project);
    QCOMPARE(CostExplorerQuery::drillTarget(Dimension::Project), Dimension::Model);
    QCOMPARE(CostExplorerQuery::drillTarget(Dimension::Provider), Dimension::Model);
    QCOMPARE(CostExplorerQuery::drillTarget(Dimension::Model), Dimension::TokenType);
    QCOMPARE(CostExplorerQuery::drillTarget(Dimension::TokenType), Dimension::Tier);
    QVERIFY(!CostExplorerQuery::drillTarget(Dimension::Tier));
}

void TestCostExplorerQuery::labels_untaggedAndBuckets()
{
    QCOMPARE(CostExplorerQuery::valueLabel(Dimension::Team, QString()), u"(untagged)"_s);
    QCOMPARE(CostExplorerQuery::valueLabel(Dimension::Project, QString()), u"(untagged)"_s);
    QCOMPARE(CostExplorerQuery::valueLabel(Dimension::Provider, QString()), u"(none)"_s);
    QCOMPARE(CostExplorerQuery::valueLabel(Dimension::Model, u"nova"_s), u"nova"_s);
    QCOMPARE(CostExplorerQuery::bucketLabel(TimeBucket::Week, QDate(2026, 11, 16)), u"Week of 16 Nov"_s);
    QCOMPARE(CostExplorerQuery::bucketLabel(TimeBucket::Month, QDate(2026, 11, 1)), u"Nov 2026"_s);
    QCOMPARE(CostExplorerQuery::bucketLabel(TimeBucket::Day, QDate(2026, 11, 3)), u"3 Nov"_s);
    QCOMPARE(CostExplorerQuery::groupableDimensions().size(), 6);
}

void TestCostExplorerQuery::compute_groupsModelsAndDailyAgree_forecastThisMonth()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Project;
    state.preset = Preset::ThisMonth;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    const CostExplorerJob::Result result = CostExplorerJob::compute(*data.byProject, plan, Today);
    const Money expected = totalOf(*data.byTeam, QDate(2026, 11, 1), QDate(2026, 11, 21));
    QCOMPARE(result.groups.totalCost, expected);
    QCOMPARE(result.byModel.totalCost, expected);
    QCOMPARE(result.trendStart, QDate(2026, 11, 1));
    QCOMPARE(result.untaggedDimension, Dimension::Project);
    QCOMPARE(result.untagged, Money::fromNanos(20 * 100'000'001LL));
    // Daily from the forecast history's start (56 days back, clipped to the daily window).
    QCOMPARE(result.daily.firstKey(), FirstDaily);
    QCOMPARE(result.daily.lastKey(), Today);
    QCOMPARE(result.daily.size(), int(FirstDaily.daysTo(Today)) + 1);
    Money inRange;
    for (auto it = result.daily.lowerBound(result.trendStart); it != result.daily.end(); ++it)
        inRange += it.value();
    QCOMPARE(inRange, expected);
    QVERIFY(result.forecast);
    QCOMPARE(result.forecast->monthToDate, expected);
    QCOMPARE(result.forecast->remainingDays, 10);
    QVERIFY(result.forecast->lower <= result.forecast->expectedTotal);
    QVERIFY(result.forecast->expectedTotal <= result.forecast->upper);
    QVERIFY(result.forecast->expectedTotal > expected);
}

void TestCostExplorerQuery::compute_pastRange_noForecast()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.preset = Preset::LastMonth;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    const CostExplorerJob::Result result = CostExplorerJob::compute(*data.byTeam, plan, Today);
    QVERIFY(!result.forecast);
    QCOMPARE(result.trendStart, QDate(2026, 10, 1));
    QCOMPARE(result.daily.lastKey(), QDate(2026, 10, 31));

    // A range entirely in the monthly months has no daily trend at all.
    state.preset = Preset::Custom;
    state.customFirst = QDate(2026, 8, 1);
    state.customLast = QDate(2026, 9, 30);
    const auto monthly = CostExplorerQuery::plan(state, data, Today);
    const CostExplorerJob::Result old = CostExplorerJob::compute(*data.byTeam, monthly, Today);
    QVERIFY(!old.trendStart.isValid());
    QVERIFY(old.daily.isEmpty());
    QCOMPARE(old.groups.totalCost, totalOf(*data.byTeam, QDate(2026, 8, 1), QDate(2026, 10, 1)));
}

void TestCostExplorerQuery::job_runsOnPool_sameAsCompute()
{
    const CostData data = makeData();
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Team;
    state.bucket = TimeBucket::Week;
    state.preset = Preset::Last30Days;
    const auto plan = CostExplorerQuery::plan(state, data, Today);
    auto *job = new CostExplorerJob(CostExplorerQuery::cubeFor(plan.cube, data), plan, Today, this);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!job->hasError());
    const CostExplorerJob::Result direct = CostExplorerJob::compute(*data.byTeam, plan, Today);
    QCOMPARE(job->result().groups.rows, direct.groups.rows);
    QCOMPARE(job->result().groups.totalCost, direct.groups.totalCost);
    QCOMPARE(job->result().daily, direct.daily);
    delete job;

    // Cancelled: finished once, with an error, and no result.
    auto *cancelled = new CostExplorerJob(data.byTeam, plan, Today, this);
    cancelled->setAutoDelete(false);
    QSignalSpy cancelledSpy(cancelled, &Job::finished);
    cancelled->start();
    cancelled->cancel();
    QTRY_COMPARE(cancelledSpy.size(), 1);
    QVERIFY(cancelled->hasError());
    QVERIFY(cancelled->result().groups.rows.isEmpty());
    QTest::qWait(50);
    QCOMPARE(cancelledSpy.size(), 1);
    delete cancelled;
}

QTEST_GUILESS_MAIN(TestCostExplorerQuery)
#include "tst_costexplorerquery.moc"
