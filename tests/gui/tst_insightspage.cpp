// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page against a synced sandbox: findings and anomalies sorted by impact, and each
// action opening the right page with the right subject.
#include "budgeteditordialog.h"
#include "budgetspage.h"
#include "costspage.h"
#include "guitestsupport.h"
#include "insightspage.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "navigator.h"
#include "projectspage.h"

#include "items/insightmodel.h"
#include "items/projecttablemodel.h"
#include "domain/priceoverrides.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

using EntityKind = CostInsights::EntityKind;

// The id of the active project whose project tag has `value`, or empty.
QString projectWithTag(const ProjectTableModel *model, const QString &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const Project &p = model->project(row);
        if (!p.isArchived() && p.tags().value(u"Project"_s) == value)
            return p.id();
    }
    return {};
}

} // namespace

class TestInsightsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedByImpact_actionsOpenTheSubject();
};

void TestInsightsPage::sortedByImpact_actionsOpenTheSubject()
{
    Test::GuiSession session(Today);
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    Navigator *navigator = window.navigator();
    // The window as it ships: each action opens the real page, which shows the subject.
    auto *page = session.page<InsightsPage>();
    auto *projects = session.page<ProjectsPage>();
    auto *models = session.page<ModelsPage>();
    auto *budgets = session.page<BudgetsPage>();
    auto *costsPage = session.page<CostsPage>();
    QVERIFY(page && projects && models && budgets && costsPage);
    QSignalSpy listed(projects, &ProjectsPage::refreshed);
    QVERIFY(session.showOnSandbox(Navigator::InsightsPage));
    QVERIFY(listed.wait(20000));

    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byProject->rowCount() > 0, 20000);
    InsightModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->windowEnd() == workspace.costData().lastDay.addDays(1), 30000);
    QVERIFY(model->rowCount() > 0);

    // The table: largest impact first.
    auto *table = window.findChild<QTableView *>(u"insightsTable"_s);
    QCOMPARE(table->model()->rowCount(), model->rowCount());
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        const auto impact = [table](int r) {
            return table->model()->index(r, InsightModel::ImpactColumn).data(InsightModel::RawValueRole).toLongLong();
        };
        QVERIFY(impact(row - 1) >= impact(row));
    }
    // The planted waste and anomalies are found: savings, attribution and anomalies all appear.
    bool saving = false, attribution = false, anomaly = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        saving = saving || model->insight(row).kind == InsightModel::Kind::Saving;
        attribution = attribution || model->insight(row).kind == InsightModel::Kind::Attribution;
        anomaly = anomaly || model->insight(row).kind == InsightModel::Kind::Anomaly;
    }
    QVERIFY(saving && attribution && anomaly);
    QVERIFY(model->totalMonthlySavings() > Money());

    // A project insight whose project exists: the largest one.
    int row = -1;
    QString projectId;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const InsightModel::Insight &insight = model->insight(r);
        if (insight.hasProject && !insight.project.isEmpty() && insight.subjectKind == EntityKind::Project) {
            projectId = projectWithTag(projects->model(), insight.project);
            if (!projectId.isEmpty())
                row = r;
        }
    }
    QVERIFY(row >= 0);
    const InsightModel::Insight subject = model->insight(row);
    page->selectRow(row);
    QCOMPARE(page->selectedRow(), row);
    QCOMPARE(window.findChild<QLabel *>(u"insightTitle"_s)->text(), subject.title);
    QVERIFY(window.findChild<QTextBrowser *>(u"insightDetails"_s)->toPlainText().contains(subject.evidence.left(40)));
    QVERIFY(Test::saveSnapshot(&window, u"insights"_s));

    // Open project: the Projects page with that project selected, even when its filters had
    // hidden it.
    projects->setTeamFilter(u"a team no project has"_s);
    auto *projectsTable = window.findChild<QTableView *>(u"projectsTable"_s);
    QCOMPARE(projectsTable->model()->rowCount(), 0);
    auto *openProject = window.findChild<QPushButton *>(u"openProjectButton"_s);
    QVERIFY(openProject->isEnabled());
    QTest::mouseClick(openProject, Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), u"projects"_s);
    QCOMPARE(projects->selectedProjectId(), projectId);
    QVERIFY(projectsTable->model()->rowCount() > 1);

    // Compare models: the Models page, asked for this project.
    window.showPage(u"insights"_s);
    QSignalSpy comparison(navigator, &Navigator::comparisonRequested);
    QTest::mouseClick(window.findChild<QPushButton *>(u"compareModelsButton"_s), Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), u"models"_s);
    QCOMPARE(comparison.size(), 1);
    QCOMPARE(comparison.constFirst().at(0).value<EntityKind>(), EntityKind::Project);
    QCOMPARE(comparison.constFirst().at(1).toString(), subject.project);
    QTRY_VERIFY(models->scopeKind() == EntityKind::Project);
    QCOMPARE(models->scopeEntity(), subject.project);

    // Create budget: the Budgets page, with the forecast month total rounded up as the limit.
    window.showPage(u"insights"_s);
    QSignalSpy budget(navigator, &Navigator::newBudgetRequested);
    QSignalSpy editorOpened(budgets, &BudgetsPage::editorOpened);
    QTest::mouseClick(window.findChild<QPushButton *>(u"createBudgetButton"_s), Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), u"budgets"_s);
    QCOMPARE(budget.size(), 1);
    QCOMPARE(budget.constFirst().at(0).value<EntityKind>(), EntityKind::Project);
    QCOMPARE(budget.constFirst().at(1).toString(), subject.project);
    const Money limit = budget.constFirst().at(2).value<Money>();
    QVERIFY(subject.forecastTotal);
    QVERIFY(limit >= *subject.forecastTotal);
    QCOMPARE(limit, InsightModel::roundUpForBudget(*subject.forecastTotal));
    // The Budgets page's editor opens for that project with that limit; closed unsaved here.
    QCOMPARE(editorOpened.size(), 1);
    QPointer<BudgetEditorDialog> editor = editorOpened.constFirst().constFirst().value<BudgetEditorDialog *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->findChild<QComboBox *>(u"budgetScope"_s)->currentData().toInt(), int(BudgetFilter::Kind::Project));
    QCOMPARE(editor->findChild<QComboBox *>(u"budgetScopeValue"_s)->currentText(), subject.project);
    QCOMPARE(editor->findChild<QLineEdit *>(u"budgetLimit"_s)->text(), limit.rounded(2).toString(2));
    editor->reject();
    QTRY_VERIFY(!editor || !editor->isVisible());

    // Show costs: the Costs page by model, filtered to the project.
    window.showPage(u"insights"_s);
    QSignalSpy costs(navigator, &Navigator::costsRequested);
    QTest::mouseClick(window.findChild<QPushButton *>(u"showCostsButton"_s), Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), u"costs"_s);
    QCOMPARE(costs.size(), 1);
    QCOMPARE(costs.constFirst().at(0).value<CostCube::Dimension>(), CostCube::Dimension::Model);
    QCOMPARE(costs.constFirst().at(1).value<CostCube::Dimension>(), CostCube::Dimension::Project);
    QCOMPARE(costs.constFirst().at(2).toString(), subject.project);
    QCOMPARE(costsPage->state().groupBy, CostCube::Dimension::Model);
    QCOMPARE(costsPage->state().filter(CostCube::Dimension::Project), QSet<QString>{subject.project});

    // A team anomaly or finding: the comparison and the budget are for the team.
    window.showPage(u"insights"_s);
    int teamRow = -1;
    for (int r = 0; r < model->rowCount() && teamRow < 0; ++r) {
        if (model->insight(r).subjectKind == EntityKind::Team)
            teamRow = r;
    }
    QVERIFY(teamRow >= 0);
    page->selectRow(teamRow);
    QVERIFY(!window.findChild<QPushButton *>(u"openProjectButton"_s)->isEnabled());
    page->compareModels();
    QCOMPARE(comparison.size(), 2);
    QCOMPARE(comparison.at(1).at(0).value<EntityKind>(), EntityKind::Team);
    QCOMPARE(comparison.at(1).at(1).toString(), model->insight(teamRow).subject);
    QCOMPARE(window.currentPageKey(), u"models"_s);
    QTRY_VERIFY(models->scopeKind() == EntityKind::Team);
    QCOMPARE(models->scopeEntity(), model->insight(teamRow).subject);

    // The filter shows one kind at a time.
    window.showPage(u"insights"_s);
    auto *filter = window.findChild<QComboBox *>(u"insightKindFilter"_s);
    filter->setCurrentIndex(filter->findData(int(InsightModel::Kind::Anomaly)));
    QVERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(InsightModel::KindRole).toInt(), int(InsightModel::Kind::Anomaly));
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), model->rowCount());

    // New prices (a negotiated rate that makes the cheaper model of a premium-model finding
    // nearly free) run the analysis again off the GUI thread: the possible savings grow.
    QString premiumModel;
    QString cheaperModel;
    for (int r = 0; r < model->rowCount() && premiumModel.isEmpty(); ++r) {
        if (model->insight(r).rule == WasteFinding::Rule::PremiumOnSimpleTraffic) {
            premiumModel = model->insight(r).model;
            cheaperModel = model->insight(r).alternativeModel;
        }
    }
    QVERIFY(!premiumModel.isEmpty());
    const ModelPrice *price = workspace.priceCatalog().find(cheaperModel);
    QVERIFY(price);
    PriceOverride cheap;
    cheap.modelId = cheaperModel;
    cheap.region = price->region;
    cheap.inputPerMillion = Money::fromNanos(1'000'000); // 0.001 per 1M tokens
    cheap.outputPerMillion = Money::fromNanos(1'000'000);
    PriceOverrides overrides;
    QString error;
    QVERIFY2(overrides.set(cheap, workspace.priceCatalog(), &error), qPrintable(error));
    const Money savingsBefore = model->totalMonthlySavings();
    QSignalSpy analysed(page, &InsightsPage::analysed);
    workspace.setPriceOverrides(overrides);
    QVERIFY(analysed.wait(30000));
    QVERIFY(model->totalMonthlySavings() > savingsBefore);
}

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
