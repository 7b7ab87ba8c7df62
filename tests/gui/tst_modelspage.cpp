// SPDX-License-Identifier: GPL-3.0-or-later
// The Models page against a synced sandbox account: re-pricing a team's and a project's real
// usage on every model, a price override that changes the comparison and is kept per account,
// and the task calculator.
#include "guitestsupport.h"
#include "mainwindow.h"
#include "modelcomparisonchart.h"
#include "modelspage.h"
#include "navigator.h"
#include "priceoverridedialog.h"

#include "items/modelcatalogmodel.h"
#include "items/modelcomparisonmodel.h"
#include "items/taskprofilemodel.h"
#include "items/taskquotemodel.h"
#include "items/tokenmixmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using TokenType = UsageType::TokenType;
using EntityKind = CostInsights::EntityKind;

namespace {

const QDate Today(2026, 11, 20);

// The mix of one scope over the page's window, straight from the cube (Repricer::mixOf on the
// GUI thread: fine in a test).
Repricer::Mix expectedMix(const Workspace &workspace, const ModelsPage &page)
{
    const auto [start, end] = page.windowRange();
    CostCube::Query query;
    query.start = start;
    query.end = end;
    const std::optional<EntityKind> kind = page.scopeKind();
    if (kind)
        query.setFilter(*kind == EntityKind::Team ? CostCube::Dimension::Team : CostCube::Dimension::Project,
                        {page.scopeEntity()});
    const CostData &data = workspace.costData();
    return Repricer::mixOf(kind == EntityKind::Project ? *data.byProject : *data.byTeam, query);
}

// The exact cost of `mix` with per-1M prices per token type, from the token quantities alone:
// tokens = 1K-token quantity × 1000, cost = price × tokens / 10^6. Prices here have at most three
// decimals and quantities whole tokens, so nothing needs rounding (nullopt otherwise).
std::optional<Money> handPriced(const Repricer::Mix &mix, const std::array<Money, 4> &perMillion)
{
    __extension__ typedef __int128 Int128;
    Int128 total = 0; // in 10^-9 units × 10^6 tokens
    for (const Repricer::Line &line : mix.lines) {
        if (line.tokenType == TokenType::Other) {
            total += Int128(line.actualCost.nanos()) * 1'000'000;
            continue;
        }
        if (line.kiloTokens.nanos() % 1'000'000 != 0)
            return std::nullopt;
        const Int128 tokens = line.kiloTokens.nanos() / 1'000'000; // 1K units at 10^-9 → tokens
        total += Int128(perMillion[std::size_t(line.tokenType)].nanos()) * tokens;
    }
    if (total % 1'000'000 != 0)
        return std::nullopt;
    return Money::fromNanos(qint64(total / 1'000'000));
}

} // namespace

class TestModelsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareTeamAndProject_overridePrice_persisted_taskCalculator();
};

void TestModelsPage::compareTeamAndProject_overridePrice_persisted_taskCalculator()
{
    Test::GuiSession session(Today);
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    auto *page = session.page<ModelsPage>();
    QVERIFY(page);
    QVERIFY(session.showOnSandbox(Navigator::ModelsPage));
    // Nothing synced yet: the page says what to do.
    QVERIFY(window.findChild<QLabel *>(u"comparisonSummary"_s)->text().contains(u"Sync"_s));
    QCOMPARE(page->comparisonModel()->rowCount(), 0);
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.at(0).at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byTeam->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->comparisonModel()->rowCount() > 0, 20000);
    QCOMPARE(page->window(), ModelsPage::Window::Last30Days);
    const auto [start, end] = page->windowRange();
    QCOMPARE(start.daysTo(end), 30);
    QCOMPARE(end, workspace.costData().lastDay.addDays(1));

    // The organisation: the token mix and the comparison hold the window's whole bill.
    const Repricer::Mix organisation = expectedMix(workspace, *page);
    QVERIFY(!organisation.actualCost().isZero());
    QCOMPARE(page->comparisonModel()->actualCost(), organisation.actualCost());
    QCOMPARE(page->tokenMixModel()->totalCost(), organisation.actualCost());
    QCOMPARE(page->tokenMixModel()->totalKiloTokens(), organisation.kiloTokens(TokenType::Input)
                                                          + organisation.kiloTokens(TokenType::Output)
                                                          + organisation.kiloTokens(TokenType::CacheRead)
                                                          + organisation.kiloTokens(TokenType::CacheWrite));
    QVERIFY(window.findChild<QLabel *>(u"catalogInfo"_s)->text().contains(u"https://"_s));
    QVERIFY(window.findChild<QLabel *>(u"comparisonPeriod"_s)->text().contains(u"Last 30 days"_s));

    // A team, as Insights asks for it through the navigator: the page becomes current.
    // The tagged team with the most spend in the window.
    QString team;
    {
        CostCube::Query byTeam;
        byTeam.groupBy = {CostCube::Dimension::Team};
        byTeam.start = start;
        byTeam.end = end;
        Money most;
        for (const CostCube::ResultRow &row : workspace.costData().byTeam->query(byTeam).rows) {
            if (!row.keys.constFirst().isEmpty() && row.cost > most) {
                most = row.cost;
                team = row.keys.constFirst();
            }
        }
    }
    QVERIFY(!team.isEmpty());
    QSignalSpy updated(page, &ModelsPage::comparisonUpdated);
    window.showPage(u"insights"_s); // asked from another page
    window.navigator()->openComparison(EntityKind::Team, team);
    QCOMPARE(window.currentPageKey(), u"models"_s);
    QVERIFY(updated.wait(20000));
    QCOMPARE(page->scopeKind(), std::optional<EntityKind>(EntityKind::Team));
    QCOMPARE(page->scopeEntity(), team);
    const Repricer::Mix teamMix = expectedMix(workspace, *page);
    ModelComparisonModel *comparison = page->comparisonModel();
    QCOMPARE(comparison->actualCost(), teamMix.actualCost());
    QVERIFY(comparison->actualCost() < organisation.actualCost());
    QCOMPARE(comparison->rowCount(), int(Repricer(workspace.priceCatalog()).compare(teamMix).size()));
    for (int row = 0; row < comparison->rowCount(); ++row) {
        const QModelIndex cost = comparison->index(row, ModelComparisonModel::CostColumn);
        const QModelIndex difference = comparison->index(row, ModelComparisonModel::DifferenceColumn);
        QCOMPARE(difference.data(ModelComparisonModel::RawValueRole).toLongLong(),
                 cost.data(ModelComparisonModel::RawValueRole).toLongLong() - teamMix.actualCost().nanos());
    }
    // Each model the team used, alone: re-priced on itself it costs exactly what was billed.
    const QStringList used = teamMix.models();
    QVERIFY(!used.isEmpty());
    for (const QString &model : used) {
        page->setSourceModel(model);
        QCOMPARE(page->sourceModel(), model);
        const int row = comparison->rowForModel(model);
        QVERIFY2(row >= 0, qPrintable(model));
        QVERIFY(comparison->isSource(row));
        QCOMPARE(comparison->quote(row).cost, teamMix.forModel(model).actualCost());
        QCOMPARE(comparison->quote(row).difference, Money());
        QCOMPARE(comparison->billedOn(model), teamMix.forModel(model).actualCost());
    }
    page->setSourceModel(QString());
    QCOMPARE(comparison->actualCost(), teamMix.actualCost());
    // Another window: last calendar month.
    page->setWindow(ModelsPage::Window::LastMonth);
    QVERIFY(updated.wait(20000));
    QCOMPARE(page->windowRange().first, QDate(workspace.costData().lastDay.year(), workspace.costData().lastDay.month(), 1).addMonths(-1));
    QCOMPARE(page->windowRange().first.daysTo(page->windowRange().second), page->windowRange().first.daysInMonth());
    QCOMPARE(comparison->actualCost(), expectedMix(workspace, *page).actualCost());
    QVERIFY(comparison->actualCost() != teamMix.actualCost());
    page->setWindow(ModelsPage::Window::Last30Days);
    QVERIFY(updated.wait(20000));
    QCOMPARE(comparison->actualCost(), teamMix.actualCost());
    // The chart: the cheapest models and every model in use, raw from the comparison.
    const QList<int> shown = page->findChild<ModelComparisonChart *>()->shownRows();
    for (int row = 0; row < comparison->rowCount(); ++row)
        QCOMPARE(shown.contains(row), row < ModelComparisonChart::CheapestShown || comparison->isSource(row));
    QTest::qWait(50); // let the chart's scene lay out before the grab
    QVERIFY(Test::saveSnapshot(&window, u"models"_s));

    // A project (from byProject) whose usage ran on one model, re-priced there.
    QString project;
    QString projectModel;
    const Dictionary &projects = workspace.costData().byProject->dictionary(CostCube::Dimension::Project);
    for (quint32 code = 0; code < projects.size() && project.isEmpty(); ++code) {
        if (projects.value(code).isEmpty())
            continue;
        page->setScope(EntityKind::Project, projects.value(code));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        if (!page->scopeMix().lines.isEmpty()) {
            project = projects.value(code);
            projectModel = page->scopeMix().models().constFirst();
        }
    }
    QVERIFY(!project.isEmpty());
    QCOMPARE(page->scopeEntity(), project);
    const Repricer::Mix projectMix = expectedMix(workspace, *page);
    QCOMPARE(comparison->actualCost(), projectMix.actualCost());
    page->setSourceModel(projectModel);
    const Repricer::Mix modelMix = projectMix.forModel(projectModel);
    const int sourceRow = comparison->rowForModel(projectModel);
    QCOMPARE(comparison->quote(sourceRow).cost, modelMix.actualCost());

    // Override the model's input price through the dialog: the comparison follows at once, to
    // the nano-unit, and the price is marked.
    const ModelPrice catalogPrice = *PriceCatalog::builtIn().find(projectModel, modelMix.lines.constFirst().region);
    const Money newInput = Money::fromNanos(catalogPrice.inputPerMillion.nanos() / 2 / 1'000'000 * 1'000'000 + 1'000'000);
    page->findChild<QTabWidget *>(u"modelsTabs"_s)->setCurrentIndex(1);
    page->selectCatalogEntry(catalogPrice.modelId, catalogPrice.region);
    PriceOverrideDialog *dialog = page->editSelectedPrice();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"overrideOutput"_s)->setText(u"abc"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused, with the reason shown
    QVERIFY(!dialog->findChild<QLabel *>(u"overrideProblem"_s)->text().isEmpty());
    dialog->findChild<QLineEdit *>(u"overrideOutput"_s)->clear();
    dialog->findChild<QLineEdit *>(u"overrideInput"_s)->setText(newInput.toString());
    dialog->findChild<QLineEdit *>(u"overrideNote"_s)->setText(u"EDP 2026"_s);
    QVERIFY(dialog->priceOverride()); // valid now: the message goes
    QVERIFY(dialog->findChild<QLabel *>(u"overrideProblem"_s)->text().isEmpty());
    QVERIFY(Test::saveSnapshot(dialog, u"price-override"_s));
    QSignalSpy catalogChanged(&workspace, &Workspace::priceCatalogChanged);
    dialog->accept();
    QCOMPARE(catalogChanged.count(), 1);

    const std::array<Money, 4> prices = {newInput, catalogPrice.outputPerMillion,
                                         catalogPrice.cacheReadPerMillion.value_or(newInput),
                                         catalogPrice.cacheWritePerMillion.value_or(newInput)};
    const std::optional<Money> priced = handPriced(modelMix, prices);
    QVERIFY(priced);
    const Money expected = *priced;
    QVERIFY(expected != modelMix.actualCost());
    const int overriddenRow = comparison->rowForModel(projectModel);
    QCOMPARE(comparison->quote(overriddenRow).cost, expected);
    QCOMPARE(comparison->quote(overriddenRow).difference, expected - modelMix.actualCost());
    QVERIFY(comparison->index(overriddenRow, 0).data(ModelComparisonModel::OverriddenRole).toBool());
    ModelCatalogModel *catalog = page->catalogModel();
    const int catalogRow = catalog->rowFor(catalogPrice.modelId, catalogPrice.region);
    QVERIFY(catalog->index(catalogRow, ModelCatalogModel::InputColumn).data(ModelCatalogModel::OverriddenRole).toBool());
    QVERIFY(!catalog->index(catalogRow, ModelCatalogModel::OutputColumn).data(ModelCatalogModel::OverriddenRole).toBool());
    QVERIFY(workspace.priceCatalog().find(catalogPrice.modelId, catalogPrice.region)->overridden);
    QVERIFY(window.findChild<QLabel *>(u"catalogInfo"_s)->text().contains(u"Your own prices"_s));
    QTest::qWait(50);
    QVERIFY(Test::saveSnapshot(&window, u"models-prices"_s));

    // Kept per account: a new workspace on the same settings and profile shows it, on a new page.
    {
        const PriceOverrides stored = PriceOverrides::load(QSettings(), workspace.profile().id);
        QCOMPARE(stored, workspace.priceOverrides());
        Workspace second(&session.network, &session.secrets);
        second.setCacheDirectory(session.isolated.path());
        second.setToday(Today);
        second.connectResolved(workspace.profile(), AwsCredentials(), workspace.endpointConfig());
        QCOMPARE(second.priceOverrides(), workspace.priceOverrides());
        QCOMPARE(second.priceCatalog().find(catalogPrice.modelId, catalogPrice.region)->inputPerMillion, newInput);
        ModelsPage secondPage(&second, nullptr);
        const int row = secondPage.catalogModel()->rowFor(catalogPrice.modelId, catalogPrice.region);
        const QModelIndex input = secondPage.catalogModel()->index(row, ModelCatalogModel::InputColumn);
        QVERIFY(input.data(ModelCatalogModel::OverriddenRole).toBool());
        QVERIFY(input.data(Qt::ToolTipRole).toString().contains(u"EDP 2026"_s));
        second.disconnectProfile();
    }

    // Back to the catalog price: the bill again.
    page->removePriceOverride(catalogPrice.modelId, catalogPrice.region);
    QCOMPARE(comparison->quote(comparison->rowForModel(projectModel)).cost, modelMix.actualCost());
    QVERIFY(PriceOverrides::load(QSettings(), workspace.profile().id).isEmpty());

    // Task calculator: a refused edit says why; a valid one re-prices the selected profile.
    page->findChild<QTabWidget *>(u"modelsTabs"_s)->setCurrentIndex(2);
    TaskProfileModel *profiles = page->taskProfileModel();
    page->selectTaskProfile(0);
    QVERIFY(!profiles->setData(profiles->index(0, TaskProfileModel::InputTokensColumn), -1));
    QVERIFY(!window.findChild<QLabel *>(u"taskMessage"_s)->text().isEmpty());
    QVERIFY(profiles->setData(profiles->index(0, TaskProfileModel::TasksPerMonthColumn), qint64(200'000)));
    QVERIFY(window.findChild<QLabel *>(u"taskMessage"_s)->text().isEmpty());
    TaskQuoteModel *quotes = page->taskQuoteModel();
    QCOMPARE(quotes->profile().tasksPerMonth, 200'000);
    const std::optional<TaskCalculator::Quote> gpt =
        TaskCalculator(workspace.priceCatalog()).quote(profiles->profile(0), u"openai.gpt-oss-120b");
    QVERIFY(gpt);
    QCOMPARE(quotes->quotes().at(quotes->rowForModel(u"openai.gpt-oss-120b"_s)).costPerMonth, gpt->costPerMonth);
    QCOMPARE(TaskProfileModel::load(QSettings()).at(0).tasksPerMonth, 200'000);
    QTest::qWait(50);
    QVERIFY(Test::saveSnapshot(&window, u"models-tasks"_s));
}

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
