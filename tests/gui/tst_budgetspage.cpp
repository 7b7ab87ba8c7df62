// SPDX-License-Identifier: GPL-3.0-or-later
// The Budgets page against a sandbox account: create a budget in the editor dialog and see its
// gauge with the CalculatedSpend the service reports, edit it, delete it, undo both; a sync that
// makes a budget cross an alert threshold raises the desktop notice.
#include "budgetcard.h"
#include "budgeteditordialog.h"
#include "budgetgauge.h"
#include "budgetnotifier.h"
#include "budgetspage.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "navigator.h"
#include "theme.h"

#include "api/budgetsclient.h"
#include "items/budgettablemodel.h"
#include "workspace/budgetalerts.h"
#include "workspace/budgeteditor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace Spendscope {
char *toString(const Money &money)
{
    return QTest::toString(money.toString());
}
} // namespace Spendscope

namespace {

const QDate Today(2026, 11, 20);

// Runs one API job to its end; nullopt (and the error) when it failed.
template<typename Result>
std::optional<Result> run(ApiJob<Result> *job, AwsError *error = nullptr)
{
    std::optional<Result> result;
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&] {
        done = true;
        if (job->hasError()) {
            if (error)
                *error = job->error();
        } else {
            result = job->result();
        }
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return std::nullopt;
    return result;
}

BudgetsClient budgetsClient(Workspace &workspace)
{
    return BudgetsClient(workspace.transport(), workspace.endpointConfig());
}

QString teamOf(const Test::GuiSession &session, int index)
{
    return session.sandbox.account()->organisation().teams.at(index).name;
}

// Fills the editor dialog as a user would.
void fill(BudgetEditorDialog *dialog, const QString &name, const QString &limit, const QString &team)
{
    if (!name.isEmpty())
        dialog->findChild<QLineEdit *>(u"budgetName"_s)->setText(name);
    dialog->findChild<QLineEdit *>(u"budgetLimit"_s)->setText(limit);
    auto *scope = dialog->findChild<QComboBox *>(u"budgetScope"_s);
    scope->setCurrentIndex(scope->findData(int(BudgetFilter::Kind::Team)));
    dialog->findChild<QComboBox *>(u"budgetScopeValue"_s)->setCurrentText(team);
}

} // namespace

class TestBudgetsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createEditDelete_gaugesShowTheServiceSpend_undo();
    void sync_thresholdCrossed_raisesNotice();
    void teamBudget_countsTheDiscoveredBedrockServices();
};

void TestBudgetsPage::createEditDelete_gaugesShowTheServiceSpend_undo()
{
    Test::GuiSession session(Today);
    Workspace &workspace = session.workspace;
    auto *page = session.page<BudgetsPage>();
    QVERIFY(page);
    BudgetEditor *editor = page->editor();
    QVERIFY(session.showOnSandbox(Navigator::BudgetsPage));
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLive() && !editor->isBusy(), 30000);
    QVERIFY(!workspace.accountId().isEmpty());
    const int initialRows = page->model()->rowCount();
    const QString team = teamOf(session, 0);
    const QString name = u"gui-%1-monthly"_s.arg(team);

    // --- create through the editor dialog ---
    QPointer<BudgetEditorDialog> dialog = page->newBudget();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    // Invalid input is refused inline, nothing is sent, the input stays.
    fill(dialog, name, u"-5"_s, team);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(u"positive amount"_s));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"budgetName"_s)->text(), name);
    fill(dialog, QString(), u"250"_s, team);
    // Two alerts: actual over 80 % (the first one offered), forecast over 100 % (the next one).
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addBudgetAlert"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addBudgetAlert"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChildren<QLineEdit *>(u"budgetAlertEmails"_s).size(), 2);
    dialog->findChildren<QLineEdit *>(u"budgetAlertEmails"_s).constFirst()->setText(
        u"finops@example.com, lead@example.com"_s);
    dialog->accept();
    QVERIFY(dialog->isVisible()); // still open: one alert has no address
    QVERIFY2(dialog->errorText().contains(u"e-mail"_s), qPrintable(dialog->errorText()));
    QTest::keyClicks(dialog->findChildren<QLineEdit *>(u"budgetAlertEmails"_s).constLast(), u"finops@example.com"_s);
    QCOMPARE(dialog->errorText(), QString()); // editing clears the old message
    dialog->resize(dialog->sizeHint().expandedTo(QSize(680, 0)));
    QVERIFY(Test::saveSnapshot(dialog, u"budget-editor"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveBudgetButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000); // closed after the read-back
    QCOMPARE(workspace.undoStack()->count(), 1);

    // The gauge shows exactly the CalculatedSpend the service reports for the budget.
    const BudgetsClient client = budgetsClient(workspace);
    const std::optional<Budget> described = run(client.describeBudget(workspace.accountId(), name));
    QVERIFY(described);
    QVERIFY(described->actualSpend);
    QVERIFY(!described->actualSpend->amount.isZero());
    QTRY_VERIFY(page->card(name));
    BudgetCard *card = page->card(name);
    QCOMPARE(card->gauge()->status().actual, described->actualSpend->amount);
    QCOMPARE(card->gauge()->status().limit, Money::fromUnits(250));
    QCOMPARE(card->gauge()->status().forecast.has_value(), described->forecastedSpend.has_value());
    if (described->forecastedSpend)
        QCOMPARE(*card->gauge()->status().forecast, described->forecastedSpend->amount);
    QCOMPARE(card->gauge()->status().actualThresholds, (QList<double>{80}));
    QCOMPARE(card->gauge()->status().forecastThresholds, (QList<double>{100}));
    const int row = page->model()->rowForName(name);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->status(row).actual, described->actualSpend->amount);
    // No sync yet: no Bedrock service is known, so the budget counts every service with the tag.
    QCOMPARE(page->model()->index(row, BudgetTableModel::FilterColumn).data().toString(),
             u"Team: %1 (all services)"_s.arg(team));
    QCOMPARE(page->model()->rowCount(), initialRows + 1);
    const std::optional<QList<Notification>> notes = run(client.describeNotificationsForBudget(workspace.accountId(), name));
    QVERIFY(notes);
    QCOMPARE(notes->size(), 2);

    // The service refuses a second budget of the same name: the dialog says why and keeps the input.
    dialog = page->newBudget();
    fill(dialog, name, u"99"_s, team);
    dialog->accept();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"Duplicate"_s, Qt::CaseInsensitive)
                 || dialog->errorText().contains(u"already exists"_s, Qt::CaseInsensitive),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"budgetLimit"_s)->text(), u"99"_s);
    QCOMPARE(workspace.undoStack()->count(), 1);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // --- edit: a higher limit, and the forecast alert removed ---
    QCOMPARE(page->selectedBudgetName(), name);
    QSignalSpy opened(page, &BudgetsPage::editorOpened);
    page->editSelected();
    QVERIFY(opened.wait(30000));
    dialog = opened.constFirst().constFirst().value<BudgetEditorDialog *>();
    QVERIFY(dialog->isEditing());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"budgetName"_s)->isEnabled()
            || dialog->findChild<QLineEdit *>(u"budgetName"_s)->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"budgetLimit"_s)->text(), u"250"_s);
    QCOMPARE(dialog->findChildren<QLineEdit *>(u"budgetAlertEmails"_s).size(), 2);
    dialog->findChild<QLineEdit *>(u"budgetLimit"_s)->setText(u"400.50"_s);
    const auto removeButtons = dialog->findChildren<QWidget *>(u"removeBudgetAlert"_s);
    QCOMPARE(removeButtons.size(), 2);
    QTest::mouseClick(removeButtons.constLast(), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveBudgetButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QCOMPARE(workspace.undoStack()->count(), 2);
    QTRY_COMPARE(page->card(name)->gauge()->status().limit, Money::parse(u"400.50").value());
    QCOMPARE(page->card(name)->gauge()->status().forecastThresholds, QList<double>());
    std::optional<Budget> changed = run(client.describeBudget(workspace.accountId(), name));
    QVERIFY(changed && changed->limit);
    QCOMPARE(changed->limit->amount, Money::parse(u"400.5").value());
    QCOMPARE(run(client.describeNotificationsForBudget(workspace.accountId(), name))->size(), 1);

    // Undo the edit: the service has the old limit and both alerts again.
    workspace.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    QTRY_COMPARE(page->card(name)->gauge()->status().limit, Money::fromUnits(250));
    changed = run(client.describeBudget(workspace.accountId(), name));
    QCOMPARE(changed->limit->amount, Money::fromUnits(250));
    QCOMPARE(run(client.describeNotificationsForBudget(workspace.accountId(), name))->size(), 2);
    workspace.undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    QTRY_COMPARE(page->card(name)->gauge()->status().limit, Money::parse(u"400.50").value());

    // A second budget that is already over its limit, for the picture; created directly.
    Budget over;
    over.name = u"gui-%1-tight"_s.arg(teamOf(session, 1));
    over.limit = Spend{Money::fromUnits(5), u"USD"_s};
    over.filterExpression = BudgetFilter::tagFilter(workspace.profile().sync.teamTagKey, teamOf(session, 1));
    QVERIFY(run(client.createBudget(workspace.accountId(), over)));
    // And a quarterly project budget whose forecast is over its limit: at risk.
    QString project;
    for (const auto &p : session.sandbox.account()->organisation().projects) {
        project = p.currentTags().value(workspace.profile().sync.projectTagKey);
        if (!project.isEmpty() && !p.isArchived())
            break;
    }
    QVERIFY(!project.isEmpty());
    Budget risky;
    risky.name = u"gui-%1-quarterly"_s.arg(project);
    risky.timeUnit = BudgetTimeUnit::Quarterly;
    risky.limit = Spend{Money::fromUnits(1'000'000), u"USD"_s};
    risky.filterExpression = BudgetFilter::tagFilter(workspace.profile().sync.projectTagKey, project);
    QVERIFY(run(client.createBudget(workspace.accountId(), risky)));
    std::optional<Budget> riskyNow = run(client.describeBudget(workspace.accountId(), risky.name));
    QVERIFY(riskyNow && riskyNow->actualSpend && riskyNow->forecastedSpend);
    // Half way between the spend and its forecast.
    riskyNow->limit = Spend{(riskyNow->actualSpend->amount + riskyNow->forecastedSpend->amount).multipliedBy(1, 2).rounded(2),
                            u"USD"_s};
    QVERIFY(run(client.updateBudget(workspace.accountId(), *riskyNow)));
    Notification riskyAlert;
    riskyAlert.type = NotificationType::Forecasted;
    riskyAlert.threshold = 100;
    QVERIFY(run(client.createNotification(workspace.accountId(), risky.name, riskyAlert,
                                          {{SubscriptionType::Email, u"owner@example.com"_s}})));
    editor->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->card(over.name) && page->card(risky.name), 30000);
    QCOMPARE(page->card(over.name)->healthText(), u"Exceeded"_s);
    QCOMPARE(page->card(risky.name)->healthText(), u"At risk"_s);
    QCOMPARE(page->card(name)->healthText(), u"On track"_s);
    page->selectBudget(name);
    session.window->resize(1280, 820);
    QTest::qWait(50);
    QVERIFY(Test::saveSnapshot(session.window.get(), u"budgets"_s));
    // The gauges follow the theme.
    const QPalette light = session.window->palette();
    session.window->setPalette(Theme::darkPalette());
    QVERIFY(BudgetGauge::healthColor(BudgetStatus::Health::OnTrack, page->card(name)->gauge()->palette())
            != BudgetGauge::healthColor(BudgetStatus::Health::OnTrack, light));
    QVERIFY(Test::saveSnapshot(session.window.get(), u"budgets-dark"_s));
    session.window->setPalette(light);

    // --- delete, confirmed; then undo creates it again with its alert ---
    page->selectBudget(name);
    page->deleteSelected(true);
    QTRY_VERIFY_WITH_TIMEOUT(!page->card(name), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    AwsError error;
    QVERIFY(!run(client.describeBudget(workspace.accountId(), name), &error));
    QCOMPARE(error.kind(), AwsError::Kind::NotFound);
    QCOMPARE(workspace.undoStack()->count(), 3);
    workspace.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(page->card(name), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    QVERIFY(run(client.describeBudget(workspace.accountId(), name)));
    QCOMPARE(run(client.describeNotificationsForBudget(workspace.accountId(), name))->size(), 1);

    // Undoing the edit and then the creation leaves the account as it was.
    workspace.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    QTRY_COMPARE(page->card(name)->gauge()->status().limit, Money::fromUnits(250));
    workspace.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!page->card(name), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 30000);
    QVERIFY(!run(client.describeBudget(workspace.accountId(), name), &error));
    QCOMPARE(error.kind(), AwsError::Kind::NotFound);
    QCOMPARE(page->model()->rowCount(), initialRows + 2); // the two made directly stay
}

void TestBudgetsPage::sync_thresholdCrossed_raisesNotice()
{
    Test::GuiSession session(Today);
    Workspace &workspace = session.workspace;
    auto *page = session.page<BudgetsPage>();
    QVERIFY(page);
    BudgetEditor *editor = page->editor();
    QVERIFY(session.showOnSandbox(Navigator::BudgetsPage));
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLive() && !editor->isBusy(), 30000);
    const BudgetsClient client = budgetsClient(workspace);
    const QString team = teamOf(session, 2);

    // Another page asks for a budget for a team: the editor opens prefilled.
    QSignalSpy opened(page, &BudgetsPage::editorOpened);
    session.window->navigator()->openNewBudget(CostInsights::EntityKind::Team, team, Money::parse(u"1234.5").value());
    QCOMPARE(opened.size(), 1);
    QPointer<BudgetEditorDialog> prefilled = opened.constFirst().constFirst().value<BudgetEditorDialog *>();
    QCOMPARE(prefilled->findChild<QComboBox *>(u"budgetScope"_s)->currentData().toInt(), int(BudgetFilter::Kind::Team));
    QCOMPARE(prefilled->findChild<QComboBox *>(u"budgetScopeValue"_s)->currentText(), team);
    QCOMPARE(prefilled->findChild<QLineEdit *>(u"budgetLimit"_s)->text(), u"1234.50"_s);
    QCOMPARE(prefilled->findChildren<QLineEdit *>(u"budgetAlertEmails"_s).size(), 2);
    const std::optional<BudgetEditor::Definition> suggested = [&] {
        for (QLineEdit *emails : prefilled->findChildren<QLineEdit *>(u"budgetAlertEmails"_s))
            emails->setText(u"owner@example.com"_s);
        return prefilled->definition();
    }();
    QVERIFY(suggested);
    QCOMPARE(suggested->budget.filterExpression, BudgetFilter::tagFilter(workspace.profile().sync.teamTagKey, team));
    QCOMPARE(suggested->budget.limit->amount, Money::parse(u"1234.5").value());
    prefilled->reject();
    QTRY_VERIFY(!prefilled);

    // A budget far from its 80 % alert, made elsewhere (the console).
    Budget budget;
    budget.name = u"alerts-%1"_s.arg(team);
    budget.limit = Spend{Money::fromUnits(1'000'000), u"USD"_s};
    budget.filterExpression = BudgetFilter::tagFilter(workspace.profile().sync.teamTagKey, team);
    Notification at80;
    at80.type = NotificationType::Actual;
    at80.threshold = 80;
    QVERIFY(run(client.createBudget(workspace.accountId(), budget, {{at80, {{SubscriptionType::Email, u"a@example.com"_s}}}})));
    const std::optional<Budget> described = run(client.describeBudget(workspace.accountId(), budget.name));
    QVERIFY(described && described->actualSpend && !described->actualSpend->amount.isZero());
    const Money actual = described->actualSpend->amount;

    QSignalSpy notified(session.window->budgetNotifier(), &BudgetNotifier::notified);
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    // A sync that crosses nothing says nothing.
    workspace.startSync();
    QVERIFY(synced.wait(120000));
    QVERIFY2(synced.constFirst().constFirst().toBool(), qPrintable(synced.constFirst().at(1).toString()));
    BudgetAlerts *alerts = workspace.budgetAlerts();
    QTRY_VERIFY_WITH_TIMEOUT(!alerts->isWaitingForSync() && editor->isLive() && !editor->isBusy(), 30000);
    QVERIFY(page->card(budget.name));
    QCOMPARE(notified.size(), 0);

    // The limit is lowered elsewhere so that the spend is over 80 % of it; the next sync tells.
    Budget lowered = *described;
    lowered.limit = Spend{actual, u"USD"_s}; // spend = 100 % of the limit
    QVERIFY(run(client.updateBudget(workspace.accountId(), lowered)));
    // The alert reaches the user whichever page is shown.
    session.window->showPage(Navigator::OverviewPage.toString());
    synced.clear();
    workspace.startSync();
    QVERIFY(synced.wait(120000));
    QVERIFY(notified.wait(30000));
    const QList<ThresholdCrossing> crossings = alerts->lastCrossings();
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.constFirst().budgetName, budget.name);
    QCOMPARE(crossings.constFirst().measured, actual);
    QCOMPARE(crossings.constFirst().limit, actual);
    QCOMPARE(crossings.constFirst().threshold, actual.multipliedBy(80, 100));
    // Offscreen there is no system tray: the notice shows in the window.
    QFrame *notice = session.window->findChild<QFrame *>(u"budgetAlertNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    const QString text = notice->findChild<QLabel *>(u"budgetAlertNoticeText"_s)->text();
    QVERIFY2(text.contains(budget.name), qPrintable(text));
    QVERIFY2(text.contains(actual.format(QLocale(), u"USD"_s)), qPrintable(text));
    QCOMPARE(session.window->currentPageKey(), Navigator::OverviewPage.toString());
    QVERIFY(Test::saveSnapshot(session.window.get(), u"budget-alert"_s));
    // "Show Budgets" opens the page with the budget, and the notice goes.
    QTest::mouseClick(notice->findChild<QToolButton *>(u"showBudgetsFromNotice"_s), Qt::LeftButton);
    QCOMPARE(session.window->currentPageKey(), Navigator::BudgetsPage.toString());
    QTRY_VERIFY(!session.window->findChild<QFrame *>(u"budgetAlertNotice"_s));
}

// A team budget made in the dialog after a sync is And[team tag, SERVICE = the discovered
// services]: AWS's CalculatedSpend, the gauge and the cube's Bedrock spend of the team agree.
void TestBudgetsPage::teamBudget_countsTheDiscoveredBedrockServices()
{
    Test::GuiSession session(Today);
    Workspace &workspace = session.workspace;
    auto *page = session.page<BudgetsPage>();
    QVERIFY(page);
    BudgetEditor *editor = page->editor();
    QVERIFY(session.showOnSandbox(Navigator::BudgetsPage));
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLive() && !editor->isBusy(), 30000);
    const BudgetsClient client = budgetsClient(workspace);
    const QString teamKey = workspace.profile().sync.teamTagKey;

    // Never synced: the dialog says that a team budget would count all services with the tag.
    QPointer<BudgetEditorDialog> dialog = page->newBudget();
    fill(dialog, u"unsynced"_s, u"100"_s, teamOf(session, 0));
    auto *note = dialog->findChild<QLabel *>(u"budgetServicesNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(u"all AWS services"_s) && note->text().contains(u"Sync"_s), qPrintable(note->text()));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(120000));
    QVERIFY2(synced.constFirst().constFirst().toBool(), qPrintable(synced.constFirst().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byTeam->rowCount() > 0 && editor->isLive() && !editor->isBusy(), 30000);
    const QStringList services = workspace.costData().services;
    QVERIFY(!services.isEmpty());

    // The tagged team with the most Bedrock spend this month, as the cube has it.
    const QDate monthStart(Today.year(), Today.month(), 1);
    CostCube::Query month;
    month.groupBy = {CostCube::Dimension::Team};
    month.start = monthStart;
    month.end = Today.addDays(1);
    QString team;
    Money teamSpend;
    for (const CostCube::ResultRow &r : workspace.costData().byTeam->query(month).rows) {
        if (!r.keys.constFirst().isEmpty() && r.cost > teamSpend) {
            teamSpend = r.cost;
            team = r.keys.constFirst();
        }
    }
    QVERIFY(!team.isEmpty());
    QVERIFY(!teamSpend.isZero());

    // --- create through the dialog ---
    const QString name = u"bedrock-%1"_s.arg(team);
    dialog = page->newBudget();
    fill(dialog, name, u"500"_s, team);
    note = dialog->findChild<QLabel *>(u"budgetServicesNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"only Bedrock"_s), qPrintable(note->text()));
    QCOMPARE(note->toolTip(), services.join(u'\n'));
    dialog->resize(dialog->sizeHint().expandedTo(QSize(680, 0)));
    QVERIFY(Test::saveSnapshot(dialog, u"budget-editor-bedrock"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveBudgetButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);

    // Read back with DescribeBudgets: the And form, tag leaf then the sorted SERVICE leaf.
    const CostExpression wanted = BudgetFilter::tagFilter(teamKey, team, services);
    const std::optional<QList<Budget>> all = run(client.describeBudgets(workspace.accountId()));
    QVERIFY(all);
    const auto stored = std::find_if(all->cbegin(), all->cend(), [&](const Budget &b) { return b.name == name; });
    QVERIFY(stored != all->cend());
    QCOMPARE(stored->filterExpression, wanted);
    QCOMPARE(stored->filterExpression.kind(), CostExpression::Kind::And);
    const CostExpression &serviceLeaf = stored->filterExpression.operands().constLast();
    QCOMPARE(serviceLeaf.key(), u"SERVICE"_s);
    QStringList sorted = services;
    sorted.sort();
    QCOMPARE(serviceLeaf.values(), sorted);
    QCOMPARE(serviceLeaf.matchOptions(), QList<CostExpression::MatchOption>{CostExpression::MatchOption::Equals});

    // The service's CalculatedSpend, the gauge and the cube's Bedrock spend of the team: one amount.
    QVERIFY(stored->actualSpend);
    QCOMPARE(stored->actualSpend->amount, teamSpend);
    QTRY_VERIFY_WITH_TIMEOUT(page->card(name), 30000);
    QCOMPARE(page->card(name)->gauge()->status().actual, teamSpend);
    const int row = page->model()->rowForName(name);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, BudgetTableModel::FilterColumn).data().toString(),
             u"Team: %1 (Bedrock)"_s.arg(team));

    // --- an older tag-only budget, edited here, is upgraded to the Bedrock form ---
    Budget legacy;
    legacy.name = u"tag-only-%1"_s.arg(team);
    legacy.limit = Spend{Money::fromUnits(800), u"USD"_s};
    legacy.filterExpression = BudgetFilter::tagFilter(teamKey, team);
    QVERIFY(run(client.createBudget(workspace.accountId(), legacy)));
    editor->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->card(legacy.name) && !editor->isBusy(), 30000);
    page->selectBudget(legacy.name);
    QSignalSpy opened(page, &BudgetsPage::editorOpened);
    page->editSelected();
    QVERIFY(opened.wait(30000));
    dialog = opened.constFirst().constFirst().value<BudgetEditorDialog *>();
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->findChild<QComboBox *>(u"budgetScope"_s)->currentData().toInt(), int(BudgetFilter::Kind::Team));
    note = dialog->findChild<QLabel *>(u"budgetServicesNote"_s);
    QVERIFY2(note->isVisible() && note->text().contains(u"saving limits it"_s), qPrintable(note->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveBudgetButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    const std::optional<Budget> upgraded = run(client.describeBudget(workspace.accountId(), legacy.name));
    QVERIFY(upgraded && upgraded->actualSpend);
    QCOMPARE(upgraded->filterExpression, wanted);
    QCOMPARE(upgraded->actualSpend->amount, teamSpend);

    // --- Insights' "Create budget" prefills the same form ---
    opened.clear();
    session.window->navigator()->openNewBudget(CostInsights::EntityKind::Team, team, Money::fromUnits(300));
    QCOMPARE(opened.size(), 1);
    dialog = opened.constFirst().constFirst().value<BudgetEditorDialog *>();
    for (QLineEdit *emails : dialog->findChildren<QLineEdit *>(u"budgetAlertEmails"_s))
        emails->setText(u"owner@example.com"_s);
    const std::optional<BudgetEditor::Definition> prefilled = dialog->definition();
    QVERIFY(prefilled);
    QCOMPARE(prefilled->budget.filterExpression, wanted);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestBudgetsPage)
#include "tst_budgetspage.moc"
