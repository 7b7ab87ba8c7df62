// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview page against a synced sandbox: every figure equals an independent cube query, and
// every card opens the page behind it (by mouse and by keyboard).
#include "costspage.h"
#include "guitestsupport.h"
#include "domain/pricecatalog.h"
#include "mainwindow.h"
#include "navigator.h"
#include "overviewpage.h"
#include "overviewtile.h"
#include "rankedbarlist.h"

#include "analytics/budgetstatus.h"
#include "api/budgetsclient.h"
#include "sandboxaccount.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

using Tile = OverviewPage::Tile;
using Dimension = CostCube::Dimension;

CostCube::Result monthQuery(const CostCube &cube, QList<Dimension> groupBy, QDate start, QDate end)
{
    CostCube::Query query;
    query.groupBy = std::move(groupBy);
    query.start = start;
    query.end = end;
    return cube.query(query);
}

// The five largest groups, ties by name: the list the Overview must show.
QList<QPair<QString, Money>> topFive(const CostCube::Result &result)
{
    QList<QPair<QString, Money>> rows;
    for (const CostCube::ResultRow &row : result.rows)
        rows.append({row.keys.constFirst(), row.cost});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return rows.mid(0, 5);
}

} // namespace

class TestOverviewPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresEqualCubeQueries_cardsOpenTheirPages();
};

void TestOverviewPage::figuresEqualCubeQueries_cardsOpenTheirPages()
{
    Test::GuiSession session(Today);
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    Navigator *navigator = window.navigator();
    // The window as it ships: the pages behind the cards are the real ones.
    auto *page = session.page<OverviewPage>();
    auto *costsPage = session.page<CostsPage>();
    QVERIFY(page && costsPage);
    QVERIFY(session.showOnSandbox(Navigator::OverviewPage));
    QCOMPARE(window.currentPageKey(), u"overview"_s);

    // Two budgets on all Bedrock spend, through the Budgets API before the sync: one far below
    // this month's spend (exceeded), one far above it (on track).
    QTRY_VERIFY_WITH_TIMEOUT(workspace.isConnected(), 20000);
    const BudgetsClient budgets(workspace.transport(), workspace.endpointConfig());
    for (const auto &[name, limit] : {std::pair{u"gui-small"_s, qint64(10)}, std::pair{u"gui-large"_s, qint64(1'000'000)}}) {
        Budget budget;
        budget.name = name;
        budget.limit = Spend{Money::fromUnits(limit), u"USD"_s};
        budget.filterExpression = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
        budget.metrics = {u"UnblendedCost"_s};
        auto *job = budgets.createBudget(session.sandbox.account()->connection().accountId, budget);
        job->setAutoDelete(false);
        QSignalSpy created(job, &Job::finished);
        job->start();
        QVERIFY(created.wait(10000));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        delete job;
    }

    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.constFirst().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byTeam->rowCount() > 0, 20000);
    const CostData &data = workspace.costData();
    const QDate today = data.lastDay;
    QTRY_VERIFY_WITH_TIMEOUT(page->summary().today == today && page->summary().today.isValid(), 20000);
    const OverviewSummary &s = page->summary();
    const QLocale locale;
    const auto money = [&locale](Money amount) { return amount.format(locale, u"USD"_s); };

    // Month to date, last month, the forecast's month to date: independent queries, exactly.
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate end = today.addDays(1);
    const Money mtd = monthQuery(*data.byTeam, {}, monthStart, end).totalCost;
    QVERIFY(mtd > Money());
    QCOMPARE(s.monthToDate, mtd);
    QCOMPARE(monthQuery(*data.byProject, {}, monthStart, end).totalCost, mtd); // both cubes agree
    QCOMPARE(page->tile(Tile::MonthToDate)->value(), money(mtd));
    const QDate lastMonthStart = monthStart.addMonths(-1);
    QCOMPARE(s.lastMonthTotal, monthQuery(*data.byTeam, {}, lastMonthStart, monthStart).totalCost);
    QVERIFY(s.lastMonthTotal > Money());
    QVERIFY(s.lastMonthToSameDay); // the sandbox's DAILY window covers last month
    const QDate sameDay = lastMonthStart.addDays(std::min(today.day(), lastMonthStart.daysInMonth()) - 1);
    QCOMPARE(*s.lastMonthToSameDay, monthQuery(*data.byTeam, {}, lastMonthStart, sameDay.addDays(1)).totalCost);
    QVERIFY(page->tile(Tile::Change)->caption().contains(money(s.lastMonthTotal)));
    QVERIFY(s.forecast);
    QCOMPARE(s.forecast->monthToDate, mtd);
    QCOMPARE(page->tile(Tile::Forecast)->value(), money(s.forecast->expectedTotal));
    QVERIFY(page->tile(Tile::Forecast)->caption().contains(money(s.forecast->lower)));
    QVERIFY(page->tile(Tile::Forecast)->caption().contains(money(s.forecast->upper)));

    // Unattributed: no project tag or the default project; apart from it, no team tag.
    Money unattributed;
    for (const CostCube::ResultRow &row : monthQuery(*data.byProject, {Dimension::Project}, monthStart, end).rows) {
        if (row.keys.constFirst().isEmpty() || row.keys.constFirst() == u"default"_s)
            unattributed += row.cost;
    }
    QCOMPARE(s.unattributedSpend(), unattributed);
    QCOMPARE(s.unattributedShare(), unattributed.ratioTo(mtd));
    Money noTeam;
    for (const CostCube::ResultRow &row : monthQuery(*data.byTeam, {Dimension::Team}, monthStart, end).rows) {
        if (row.keys.constFirst().isEmpty())
            noTeam += row.cost;
    }
    QCOMPARE(s.untaggedTeamSpend, noTeam);
    QVERIFY(page->tile(Tile::Unattributed)->caption().contains(money(unattributed)));

    // Top lists: the same names and amounts, and the cards list them in that order.
    const auto checkTop = [&](const QList<OverviewSummary::Entry> &shown, const CostCube::Result &result,
                              const QString &listName) {
        const QList<QPair<QString, Money>> expected = topFive(result);
        QCOMPARE(shown.size(), expected.size());
        const auto *list = page->findChild<RankedBarList *>(listName);
        QVERIFY(list);
        QCOMPARE(list->entries().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(shown.at(i).name, expected.at(i).first);
            QCOMPARE(shown.at(i).amount, expected.at(i).second);
            QCOMPARE(list->entries().at(i).amount, money(expected.at(i).second));
        }
    };
    checkTop(s.topTeams, monthQuery(*data.byTeam, {Dimension::Team}, monthStart, end), u"overviewTopTeams"_s);
    checkTop(s.topProjects, monthQuery(*data.byProject, {Dimension::Project}, monthStart, end), u"overviewTopProjects"_s);
    checkTop(s.topModels, monthQuery(*data.byProject, {Dimension::Model}, monthStart, end), u"overviewTopModels"_s);
    QVERIFY(s.topTeams.size() >= 2 && s.topProjects.size() == 5);
    // Models are listed by the catalog's name.
    const ModelPrice *topModel = workspace.priceCatalog().find(s.topModels.constFirst().name);
    QVERIFY(topModel);
    QCOMPARE(page->findChild<RankedBarList *>(u"overviewTopModels"_s)->entries().constFirst().name, topModel->name);

    // Budgets at risk: BudgetStatus over the synced budgets.
    int atRisk = 0;
    for (const Budget &budget : data.budgets) {
        const BudgetStatus status = BudgetStatus::of(budget, {}, today);
        if (status.health == BudgetStatus::Health::AtRisk || status.health == BudgetStatus::Health::Exceeded)
            ++atRisk;
    }
    QCOMPARE(data.budgets.size(), 2);
    QCOMPARE(atRisk, 1);
    QCOMPARE(int(page->budgetsAtRisk().size()), atRisk);
    QCOMPARE(page->budgetsAtRisk().constFirst().name, u"gui-small"_s);
    QCOMPARE(page->budgetsWithLimit(), 2);
    QVERIFY(page->findChild<RankedBarList *>(u"overviewBudgetsAtRisk"_s)->entries().constFirst().name.startsWith(u"gui-small"_s));
    QCOMPARE(page->tile(Tile::BudgetsAtRisk)->value(), locale.toString(atRisk));

    QVERIFY(Test::saveSnapshot(&window, u"overview"_s));

    // Each card opens the page behind it: by mouse, and by keyboard (Tab to it, Enter).
    QSignalSpy costs(navigator, &Navigator::costsRequested);
    const QList<std::pair<Tile, QString>> targets = {
        {Tile::MonthToDate, u"costs"_s},    {Tile::Forecast, u"costs"_s},    {Tile::Change, u"costs"_s},
        {Tile::Unattributed, u"insights"_s}, {Tile::TopTeams, u"costs"_s},    {Tile::TopProjects, u"costs"_s},
        {Tile::TopModels, u"models"_s},      {Tile::BudgetsAtRisk, u"budgets"_s}};
    for (const auto &[tile, key] : targets) {
        window.showPage(u"overview"_s);
        QCOMPARE(window.currentPageKey(), u"overview"_s);
        QTest::mouseClick(page->tile(tile), Qt::LeftButton, {}, QPoint(20, 10));
        QCOMPARE(window.currentPageKey(), key);
        window.showPage(u"overview"_s);
        page->tile(tile)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(page->tile(tile), Qt::Key_Return);
        QCOMPARE(window.currentPageKey(), key);
    }
    // Top teams and top projects ask for the costs grouped by team and by project, unfiltered,
    // and the Costs page shows that grouping.
    QCOMPARE(costs.size(), 4);
    QCOMPARE(costs.at(0).at(0).value<CostCube::Dimension>(), Dimension::Team);
    QVERIFY(costs.at(0).at(2).toString().isNull());
    QCOMPARE(costs.at(2).at(0).value<CostCube::Dimension>(), Dimension::Project);
    QCOMPARE(costsPage->state().groupBy, Dimension::Project);
    for (const QSet<QString> &filter : costsPage->state().filters)
        QVERIFY(filter.isEmpty());
    QVERIFY(costsPage->state().tagKey.isEmpty());
    // Tab moves from card to card.
    window.showPage(u"overview"_s);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    page->tile(Tile::MonthToDate)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->tile(Tile::MonthToDate), Qt::Key_Tab);
    QTRY_VERIFY(page->tile(Tile::Forecast)->hasFocus());
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
