// SPDX-License-Identifier: GPL-3.0-or-later
// The Costs page against a synced sandbox account: every grouping and range gives the same total
// in the table, the charts, the cube and Cost Explorer itself; drill-down from a row, a bar
// segment and the Navigator filters correctly; Back undoes; CSV export is exact.
#include "costbarchart.h"
#include "costspage.h"
#include "guitestsupport.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "navigator.h"
#include "theme.h"

#include "api/costexplorerclient.h"
#include "items/costchartmodel.h"
#include "items/costpivotmodel.h"
#include "workspace/workspace.h"

#include <QBarSet>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

using Dimension = CostCube::Dimension;
using TimeBucket = CostCube::TimeBucket;
using Preset = CostExplorerQuery::RangePreset;

namespace {

const QDate Today(2026, 11, 20);

// Picks `data` in a combo as a user would: the current index changes and activated() follows.
void choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

Money cubeTotal(const CostCube &cube, const CostCube::Query &like, bool keepFilters)
{
    CostCube::Query q;
    q.start = like.start;
    q.end = like.end;
    if (keepFilters)
        q.filters = like.filters;
    return cube.query(q).totalCost;
}

} // namespace

class TestCostsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void groupingAndRange_totalsAgreeWithCubeAndCostExplorer();
    void drillDown_rowSegmentNavigatorTag_andBack();
    void exportCsv_exactAmountsAsShown();

private:
    // Waits for the page's next result; false when none came.
    bool waitForRefresh(QSignalSpy &spy);
    void checkTotals(const QString &what);
    Money costExplorerTotal(QDate start, QDate end);

    std::unique_ptr<Test::GuiSession> m_session;
    CostsPage *m_page = nullptr;
};

void TestCostsPage::initTestCase()
{
    m_session = std::make_unique<Test::GuiSession>(Today);
    m_page = m_session->page<CostsPage>();
    QVERIFY(m_page);
    QVERIFY(m_session->showOnSandbox(Navigator::CostsPage));
    Workspace &workspace = m_session->workspace;
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(120000));
    QVERIFY2(synced.constFirst().at(0).toBool(), qPrintable(synced.constFirst().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byProject->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->pivotModel()->rowCount() > 0, 20000);
    QCOMPARE(m_page->today(), workspace.costData().lastDay);
}

void TestCostsPage::cleanupTestCase()
{
    m_session.reset();
}

bool TestCostsPage::waitForRefresh(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return false;
    // Coalesced changes may still be running: wait until nothing is.
    QDeadlineTimer deadline(20000);
    while (m_page->isBusy() && !deadline.hasExpired())
        QTest::qWait(10);
    return !m_page->isBusy();
}

Money TestCostsPage::costExplorerTotal(QDate start, QDate end)
{
    Workspace &workspace = m_session->workspace;
    const CostData &data = workspace.costData();
    CostExplorerClient client(workspace.transport(), workspace.endpointConfig());
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(start, end);
    // Daily where the cache holds days, as the sync asked; monthly before.
    request.granularity = start >= data.firstDailyDay ? Granularity::Daily : Granularity::Monthly;
    request.metrics = {u"UnblendedCost"_s};
    request.filter = CostExpression::dimension(u"SERVICE"_s, data.services); // the sync's filter
    auto job = Test::runJob(client.getCostAndUsage(request));
    if (job->hasError()) {
        qWarning("Cost Explorer: %s", qPrintable(job->errorString()));
        return Money::fromNanos(-1);
    }
    return job->result().sum(u"UnblendedCost"_s);
}

// Table, charts, label, cube and (for an unfiltered selection) Cost Explorer: the same total.
void TestCostsPage::checkTotals(const QString &what)
{
    const CostExplorerQuery::Plan &plan = m_page->plan();
    const CostData &data = m_session->workspace.costData();
    const Money total = m_page->total();

    // The table as shown (through the sorting proxy).
    QAbstractItemModel *shown = m_page->pivotProxy();
    Money table;
    for (int row = 0; row < shown->rowCount(); ++row)
        table += shown->index(row, CostPivotModel::TotalColumn).data(CostPivotModel::MoneyRole).value<Money>();
    QVERIFY2(table == total, qPrintable(what));
    // Every bucket column sums to the total too.
    Money buckets;
    for (int row = 0; row < shown->rowCount(); ++row) {
        for (int column = CostPivotModel::FirstBucketColumn; column < shown->columnCount(); ++column)
            buckets += shown->index(row, column).data(CostPivotModel::MoneyRole).value<Money>();
    }
    if (plan.bucket != TimeBucket::None)
        QVERIFY2(buckets == total, qPrintable(what));

    // The charts: exact sums of their models, and the bars as drawn.
    const CostChartModel *time = m_page->timeChartModel();
    Money chart;
    for (int row = 0; row < time->rowCount(); ++row) {
        for (int column = 0; column < time->columnCount(); ++column)
            chart += time->index(row, column).data(CostChartModel::RawValueRole).value<Money>();
    }
    QVERIFY2(chart == total, qPrintable(what));
    QVERIFY2(qAbs(m_page->timeChart()->drawnTotal() - total.toDouble()) < 1e-6 * std::max(1.0, total.toDouble()),
             qPrintable(what));
    Money models;
    const CostChartModel *perModel = m_page->modelChartModel();
    for (int column = 0; column < perModel->columnCount(); ++column)
        models += perModel->seriesTotal(column);
    QVERIFY2(models == total, qPrintable(what));

    // The label shows it.
    auto *label = m_page->findChild<QLabel *>(u"totalLabel"_s);
    QVERIFY(label->text().contains(total.format(QLocale())));

    // The cube, queried here independently.
    const CostCube &cube = *CostExplorerQuery::cubeFor(plan.cube, data);
    QVERIFY2(cubeTotal(cube, plan.query, true) == total, qPrintable(what));
    bool filtered = !plan.query.filters[std::size_t(Dimension::Team)].isEmpty()
                    || !plan.query.filters[std::size_t(Dimension::Project)].isEmpty()
                    || !plan.query.filters[std::size_t(Dimension::Model)].isEmpty();
    if (!filtered) {
        // Both cubes, and AWS's answer for the same range and services.
        QVERIFY2(cubeTotal(*data.byTeam, plan.query, false) == total, qPrintable(what));
        QVERIFY2(cubeTotal(*data.byProject, plan.query, false) == total, qPrintable(what));
        const Money aws = costExplorerTotal(plan.start, plan.end);
        QVERIFY2(aws == total, qPrintable(what + u": Cost Explorer "_s + aws.toString() + u" vs "_s + total.toString()));
    }
    QVERIFY(!total.isZero());
}

void TestCostsPage::groupingAndRange_totalsAgreeWithCubeAndCostExplorer()
{
    MainWindow &window = *m_session->window;
    QCOMPARE(window.currentPageKey(), u"costs"_s);
    auto *groupBy = m_page->findChild<QComboBox *>(u"groupByCombo"_s);
    auto *range = m_page->findChild<QComboBox *>(u"rangeCombo"_s);
    auto *bucket = m_page->findChild<QComboBox *>(u"bucketCombo"_s);
    QVERIFY(groupBy && range && bucket);
    QVERIFY(m_page->findChild<QTableView *>(u"pivotTable"_s));
    QVERIFY(m_page->findChild<CostBarChart *>(u"timeChart"_s));

    // The first view: this month by team, with untagged spend as its own row.
    QCOMPARE(m_page->state().groupBy, Dimension::Team);
    checkTotals(u"initial"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_page->pivotModel()->rowOf(QString()) >= 0);
    QTest::qWait(100); // let the charts' legends lay out before the picture
    QVERIFY(Test::saveSnapshot(&window, u"costs"_s));
    // The dark palette: the charts follow it and still draw the same bars.
    const double drawn = m_page->timeChart()->drawnTotal();
    Theme::apply(Theme::Mode::Dark, QPalette());
    QTest::qWait(100);
    QCOMPARE(m_page->timeChart()->drawnTotal(), drawn);
    QVERIFY(m_page->timeChart()->chart()->backgroundBrush().color().lightness() < 128);
    QVERIFY(Test::saveSnapshot(&window, u"costs-dark"_s));
    Theme::apply(Theme::Mode::Light, QPalette());
    QTest::qWait(50);

    struct Step {
        Dimension groupBy;
        Preset preset;
        TimeBucket bucket;
    };
    const QList<Step> steps = {
        {Dimension::Project, Preset::Last30Days, TimeBucket::Week},
        {Dimension::Model, Preset::LastMonth, TimeBucket::Day},
        {Dimension::TokenType, Preset::Last90Days, TimeBucket::Day},
        {Dimension::Provider, Preset::YearToDate, TimeBucket::Month},
        {Dimension::Tier, Preset::Last12Months, TimeBucket::Month},
        {Dimension::Team, Preset::ThisMonth, TimeBucket::Week},
    };
    for (const Step &step : steps) {
        QSignalSpy refreshed(m_page, &CostsPage::refreshed);
        choose(groupBy, int(step.groupBy));
        choose(range, int(step.preset));
        choose(bucket, int(step.bucket));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_page->isBusy()); // the query runs on the pool, the GUI thread goes on
        QVERIFY(waitForRefresh(refreshed));
        QCOMPARE(m_page->state().groupBy, step.groupBy);
        QCOMPARE(m_page->plan().query.groupBy, QList<Dimension>{step.groupBy});
        const auto requested = CostExplorerQuery::presetRange(step.preset, Today);
        QCOMPARE(m_page->plan().requestedStart, requested.first);
        // A range reaching into monthly-only months is widened and says so.
        if (m_page->plan().rangeWidened)
            QVERIFY(!m_page->findChild<QLabel *>(u"costsNotes"_s)->isHidden());
        checkTotals(CostExplorerQuery::presetName(step.preset) + u" by "_s + CostExplorerQuery::dimensionName(step.groupBy));
        if (QTest::currentTestFailed())
            return;
    }

    // A custom range in the middle of a month that is stored monthly: widened, still exact.
    const QDate daily = m_session->workspace.costData().firstDailyDay;
    QVERIFY(daily.isValid());
    QSignalSpy refreshed(m_page, &CostsPage::refreshed);
    m_page->setCustomRange(daily.addMonths(-2).addDays(9), daily.addDays(4));
    QVERIFY(waitForRefresh(refreshed));
    QVERIFY(m_page->plan().rangeWidened);
    QCOMPARE(m_page->plan().start, daily.addMonths(-2));
    QCOMPARE(m_page->plan().end, daily.addDays(5));
    QCOMPARE(m_page->plan().bucket, TimeBucket::Month);
    checkTotals(u"custom"_s);
    if (QTest::currentTestFailed())
        return;

    // Quick successive changes: only the last one is shown.
    refreshed.clear();
    m_page->setGroupBy(Dimension::Model);
    m_page->setRangePreset(Preset::Last30Days);
    QCoreApplication::processEvents();
    m_page->setGroupBy(Dimension::Project);
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->plan().query.groupBy, QList<Dimension>{Dimension::Project});
    QCOMPARE(m_page->pivotModel()->dimension(), Dimension::Project);
    checkTotals(u"successive"_s);
    if (QTest::currentTestFailed())
        return;
}

void TestCostsPage::drillDown_rowSegmentNavigatorTag_andBack()
{
    const CostData &data = m_session->workspace.costData();
    QSignalSpy refreshed(m_page, &CostsPage::refreshed);
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Team;
    state.preset = Preset::ThisMonth;
    state.bucket = TimeBucket::Day;
    m_page->setState(state);
    QVERIFY(waitForRefresh(refreshed));
    const Money all = m_page->total();

    // Double-click the largest tagged team in the table: its projects (current owners).
    auto *table = m_page->findChild<QTableView *>(u"pivotTable"_s);
    int proxyRow = 0;
    while (table->model()->index(proxyRow, 0).data(CostPivotModel::GroupValueRole).toString().isEmpty())
        ++proxyRow;
    const QString team = table->model()->index(proxyRow, 0).data(CostPivotModel::GroupValueRole).toString();
    const QRect cell = table->visualRect(table->model()->index(proxyRow, CostPivotModel::KeyColumn));
    refreshed.clear();
    // A double-click as a mouse sends it: press, release, then the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->state().groupBy, Dimension::Project);
    QCOMPARE(m_page->state().filter(Dimension::Team), QSet<QString>{team});
    QCOMPARE(m_page->plan().cube, CostExplorerQuery::CubeKind::ByProject);
    QVERIFY(m_page->plan().teamsAreCurrentOwners);
    QVERIFY(!m_page->findChild<QLabel *>(u"costsNotes"_s)->isHidden());
    QVERIFY(m_page->canGoBack());
    checkTotals(u"drill row"_s);
    if (QTest::currentTestFailed())
        return;
    // Only the team's current projects.
    QSet<QString> teamProjects;
    for (const Project &project : data.projects) {
        if (project.tags().value(data.teamTagKey) == team)
            teamProjects.insert(project.tags().value(data.projectTagKey));
    }
    for (int row = 0; row < m_page->pivotModel()->rowCount(); ++row)
        QVERIFY2(teamProjects.contains(m_page->pivotModel()->groupValue(row)), qPrintable(m_page->pivotModel()->groupValue(row)));
    QVERIFY(m_page->total() < all);
    QTest::qWait(100);
    QVERIFY(Test::saveSnapshot(m_session->window.get(), u"costs-drilldown"_s));

    // Click a bar segment (a project on one day): the range narrows to that day, then by model.
    const CostChartModel *time = m_page->timeChartModel();
    QVERIFY(time->rowCount() > 1);
    const int row = time->rowCount() - 2;
    int column = 0;
    while (column < time->columnCount() && time->value(row, column).isZero())
        ++column;
    QVERIFY(column < time->columnCount());
    const QStringList projects = time->seriesValues(column);
    const QDate day = time->categoryStart(row);
    const Money segment = time->value(row, column);
    QStackedBarSeries *series = m_page->timeChart()->series();
    refreshed.clear();
    Q_EMIT series->clicked(row, series->barSets().at(column));
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->state().groupBy, Dimension::Model);
    QCOMPARE(m_page->plan().start, day);
    QCOMPARE(m_page->plan().end, day.addDays(1));
    QCOMPARE(m_page->state().filter(Dimension::Project), QSet<QString>(projects.cbegin(), projects.cend()));
    QCOMPARE(m_page->total(), segment); // exactly the segment clicked
    checkTotals(u"drill segment"_s);
    if (QTest::currentTestFailed())
        return;

    // Back twice: the team's projects, then all teams again.
    refreshed.clear();
    m_page->back();
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->state().groupBy, Dimension::Project);
    refreshed.clear();
    m_page->findChild<QPushButton *>(u"backButton"_s)->click();
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->state().groupBy, Dimension::Team);
    QVERIFY(m_page->state().filter(Dimension::Team).isEmpty());
    QCOMPARE(m_page->total(), all);
    QVERIFY(!m_page->canGoBack());

    // From another page: the Navigator asks for one team's cost per model, as billed.
    refreshed.clear();
    m_session->window->navigator()->openCosts(Dimension::Model, Dimension::Team, team);
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->state().groupBy, Dimension::Model);
    QCOMPARE(m_page->state().filter(Dimension::Team), QSet<QString>{team});
    QCOMPARE(m_page->plan().cube, CostExplorerQuery::CubeKind::ByTeam);
    QCOMPARE(m_page->total(), cubeTotal(*data.byTeam, m_page->plan().query, true));
    checkTotals(u"navigator"_s);
    if (QTest::currentTestFailed())
        return;

    // A tag filter from the combo: the projects carrying it, by their project tag.
    m_page->clearFilters();
    auto *tags = m_page->findChild<QComboBox *>(u"tagFilter"_s);
    QVERIFY(tags->count() > 1);
    int tagIndex = 1;
    QStringList tag;
    for (; tagIndex < tags->count(); ++tagIndex) {
        tag = tags->itemData(tagIndex).toStringList();
        if (tag.size() == 2 && tag.at(0) != data.teamTagKey
            && !CostExplorerQuery::projectsWithTag(data, tag.at(0), tag.at(1)).isEmpty())
            break;
    }
    QVERIFY(tagIndex < tags->count());
    refreshed.clear();
    tags->setCurrentIndex(tagIndex);
    Q_EMIT tags->activated(tagIndex);
    QVERIFY(waitForRefresh(refreshed));
    QCOMPARE(m_page->plan().query.filters[std::size_t(Dimension::Project)],
             CostExplorerQuery::projectsWithTag(data, tag.at(0), tag.at(1)));
    QCOMPARE(m_page->plan().cube, CostExplorerQuery::CubeKind::ByProject);
    checkTotals(u"tag"_s);
    if (QTest::currentTestFailed())
        return;
    refreshed.clear();
    m_page->clearFilters();
    QVERIFY(waitForRefresh(refreshed));
}

void TestCostsPage::exportCsv_exactAmountsAsShown()
{
    QSignalSpy refreshed(m_page, &CostsPage::refreshed);
    CostExplorerQuery::State state;
    state.groupBy = Dimension::Model;
    state.preset = Preset::LastMonth;
    state.bucket = TimeBucket::Week;
    m_page->setState(state);
    QVERIFY(waitForRefresh(refreshed));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"costs.csv"_s);
    QVERIFY(m_page->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QAbstractItemModel *shown = m_page->pivotProxy();
    QCOMPARE(lines.size(), shown->rowCount() + 3); // header, rows, total, empty
    QVERIFY(lines.at(0).startsWith("Model,Total,Share,Week of "));
    // Rows in the table's order (by total, largest first), with exact amounts.
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QList<QByteArray> fields = lines.at(row + 1).trimmed().split(',');
        QCOMPARE(QString::fromUtf8(fields.at(1)),
                 shown->index(row, CostPivotModel::TotalColumn).data(CostPivotModel::MoneyRole).value<Money>().toString());
    }
    const QList<QByteArray> totalLine = lines.at(shown->rowCount() + 1).trimmed().split(',');
    QCOMPARE(totalLine.at(0), QByteArray("Total"));
    QCOMPARE(QString::fromUtf8(totalLine.at(1)), m_page->total().toString());
    QVERIFY(!m_page->exportCsv(dir.filePath(u"missing/dir/costs.csv"_s)));
}

QTEST_MAIN(TestCostsPage)
#include "tst_costspage.moc"
