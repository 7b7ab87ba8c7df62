// SPDX-License-Identifier: GPL-3.0-or-later
// The Projects page against a sandbox account: list with spend, create, rename with undo and
// redo (each read back from the service), archive.
#include "guitestsupport.h"
#include "mainwindow.h"
#include "navigator.h"
#include "projectspage.h"
#include "tageditordialog.h"
#include "tagpolicydialog.h"

#include "aws/inmemorysecretstore.h"
#include "items/projecttablemodel.h"
#include "items/tagcoveragemodel.h"
#include "items/tagchangepreviewmodel.h"
#include "items/tageditmodel.h"
#include "workspace/policyeditor.h"
#include "workspace/projecteditor.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"
#include "sandboxserver.h"
#include "faultinjector.h"

#include <QProgressBar>
#include <QPushButton>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

int rowNamed(const ProjectTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->project(row).name() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestProjectsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listCreateRenameUndoRedoArchive();
    void tagEditor_tagVerifyUndoRedo_bulkBlockedThenApplied_activateKey();
};

void TestProjectsPage::listCreateRenameUndoRedoArchive()
{
    Test::GuiSession session(Today);
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    auto *page = session.page<ProjectsPage>();
    QVERIFY(page);
    QVERIFY(session.showOnSandbox(Navigator::ProjectsPage));
    QSignalSpy refreshed(page, &ProjectsPage::refreshed);
    QVERIFY(refreshed.wait(20000));
    ProjectTableModel *model = page->model();
    QVERIFY(model->rowCount() > 3);
    // With a synced cache the month-to-date spend shows.
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    workspace.startSync();
    QVERIFY(synced.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(workspace.costData().byProject->rowCount() > 0, 20000);
    Money total;
    for (int row = 0; row < model->rowCount(); ++row)
        total += model->monthToDateCost(row);
    QVERIFY(!total.isZero());
    QCOMPARE(window.currentPageKey(), u"projects"_s);
    QVERIFY(Test::saveSnapshot(&window, u"projects"_s));

    // Filters: one team's projects; projects missing a required tag; coverage per required key.
    auto *table = window.findChild<QTableView *>(u"projectsTable"_s);
    const int all = table->model()->rowCount();
    QString team;
    for (int row = 0; row < model->rowCount() && team.isEmpty(); ++row)
        team = model->project(row).tags().value(u"Team"_s);
    QVERIFY(!team.isEmpty());
    page->setTeamFilter(team);
    QVERIFY(table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, 0).data(ProjectTableModel::ProjectRole).value<Project>().tags().value(u"Team"_s), team);
    page->setTeamFilter(std::nullopt);
    QCOMPARE(table->model()->rowCount(), all);
    page->setMissingTagsOnly(true);
    const int missing = table->model()->rowCount();
    QVERIFY(missing < all);
    page->setMissingTagsOnly(false);
    QCOMPARE(page->coverage()->rowCount(), 2); // the Project and Team keys are required
    // A stricter policy (a third required key) is kept per profile and used by coverage.
    TagPolicy stricter = page->tagPolicy();
    TagPolicy::Rule owner;
    owner.key = u"CostCenter"_s;
    owner.required = true;
    stricter.setRule(owner);
    page->setTagPolicy(stricter);
    QCOMPARE(page->coverage()->rowCount(), 3);
    QCOMPARE(page->tagPolicy().requiredKeys().size(), 3);
    TagPolicyDialog policyDialog(page->tagPolicy());
    QCOMPARE(policyDialog.policy()->requiredKeys(), page->tagPolicy().requiredKeys());
    QVERIFY(Test::saveSnapshot(&policyDialog, u"tag-policy"_s));
    policyDialog.addRule(TagPolicy::Rule{u"bad key!"_s, true, {}, TagPolicy::CaseRule::Any});
    QVERIFY(!policyDialog.policy());
    page->setTagPolicy(TagPolicyDialog::load(u"nothing-stored"_s, {u"Project"_s, u"Team"_s}));
    // The sandbox's inference roles' policies cover every project.
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, ProjectTableModel::AttachedPoliciesColumn)
                                     .data(ProjectTableModel::RawValueRole).toInt() > 0, 10000);

    // Create: appears after the read-back.
    page->createProject(u"GUI Test Project"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, u"GUI Test Project"_s) >= 0, 20000);
    const QString id = model->project(rowNamed(model, u"GUI Test Project"_s)).id();
    QVERIFY(id.startsWith(u"proj_"_s));

    // Rename, undo, redo: the service's name follows each step.
    page->selectProject(id);
    QCOMPARE(page->selectedProjectId(), id);
    page->renameSelected(u"GUI Renamed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->project(model->rowForId(id)).name(), u"GUI Renamed"_s, 20000);
    QCOMPARE(workspace.undoStack()->count(), 2);
    window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->project(model->rowForId(id)).name(), u"GUI Test Project"_s, 20000);
    window.findChild<QAction *>(u"actionRedo"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->project(model->rowForId(id)).name(), u"GUI Renamed"_s, 20000);

    // An invalid name is refused before anything is sent.
    page->renameSelected(u"bad/name!"_s);
    QVERIFY(!window.findChild<QLabel *>(u"projectsMessage"_s)->text().isEmpty());
    QCOMPARE(workspace.undoStack()->count(), 2);

    // Archive (confirmed): terminal, hidden unless archived projects are shown.
    page->selectProject(id);
    page->archiveSelected(true);
    QTRY_VERIFY_WITH_TIMEOUT(model->project(model->rowForId(id)).isArchived(), 20000);
    const int visible = table->model()->rowCount();
    window.findChild<QCheckBox *>(u"showArchived"_s)->setChecked(true);
    QVERIFY(table->model()->rowCount() > visible);
    QCOMPARE(page->editor()->pendingEdits(), 0);
}

void TestProjectsPage::tagEditor_tagVerifyUndoRedo_bulkBlockedThenApplied_activateKey()
{
    Test::GuiSession session(Today);
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    auto *page = session.page<ProjectsPage>();
    QVERIFY(page);
    QVERIFY(session.showOnSandbox(Navigator::ProjectsPage));
    QSignalSpy refreshed(page, &ProjectsPage::refreshed);
    QVERIFY(refreshed.wait(20000));
    ProjectTableModel *model = page->model();

    // A new project, tagged through the editor: preview, apply, read back.
    page->createProject(u"Tagged Project"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, u"Tagged Project"_s) >= 0, 20000);
    const QString id = model->project(rowNamed(model, u"Tagged Project"_s)).id();
    page->selectProject(id);
    TagEditorDialog *dialog = page->editTagsOfSelected();
    QVERIFY(dialog);
    TagEditModel *tags = dialog->model();
    // Required keys missing: the editor says so.
    QVERIFY(!dialog->findChild<QLabel *>(u"tagIssues"_s)->text().isEmpty());
    tags->addRow(u"Project"_s, u"tagged-project"_s);
    tags->addRow(u"Team"_s, u"payments"_s);
    QVERIFY(!tags->hasErrors());
    QVERIFY(Test::saveSnapshot(dialog, u"tag-editor"_s));
    QVERIFY(dialog->showPreview());
    QCOMPARE(dialog->preview()->rowCount(), 2);
    QVERIFY(Test::saveSnapshot(dialog, u"tag-preview"_s));
    QSignalSpy applied(dialog, &TagEditorDialog::applied);
    dialog->apply();
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.constFirst().at(0).toInt(), 1);
    QCOMPARE(applied.constFirst().at(1).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->project(model->rowForId(id)).tags().value(u"Team"_s), u"payments"_s, 20000);
    dialog->close();

    // Undo removes both tags again (read back), redo puts them back.
    const int commands = workspace.undoStack()->count();
    QVERIFY(commands >= 2);
    window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(model->project(model->rowForId(id)).tags().isEmpty(), 20000);
    window.findChild<QAction *>(u"actionRedo"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->project(model->rowForId(id)).tags().value(u"Project"_s), u"tagged-project"_s, 20000);

    // Bulk: five projects; an invalid value blocks the preview, a valid one applies to all five.
    QStringList five;
    for (int row = 0; row < model->rowCount() && five.size() < 5; ++row) {
        const Project &p = model->project(row);
        if (!p.isArchived() && p.id() != Project::defaultId())
            five.append(p.id());
    }
    QCOMPARE(five.size(), 5);
    page->selectProjects(five);
    TagEditorDialog *bulk = page->editTagsOfSelected();
    QVERIFY(bulk);
    QCOMPARE(bulk->model()->projects().size(), 5);
    const int row = bulk->model()->addRow(u"Initiative"_s, QString(300, u'x'));
    QVERIFY(bulk->model()->hasErrors());
    QVERIFY(!bulk->showPreview());
    const int requestsBefore = workspace.transport()->requestCount(u"bedrock-mantle"_s);
    QVERIFY(bulk->model()->setData(bulk->model()->index(row, TagEditModel::ValueColumn), u"q4-assistants"_s));
    QVERIFY(!bulk->model()->hasErrors());
    QCOMPARE(workspace.transport()->requestCount(u"bedrock-mantle"_s), requestsBefore);
    QVERIFY(bulk->showPreview());
    // The service fails (every attempt) while the third project is updated: a partial report,
    // then Retry Failed sends just that project again.
    RetryPolicy::Settings quick;
    quick.baseDelay = std::chrono::milliseconds(1);
    workspace.transport()->setRetryPolicy(RetryPolicy(quick));
    auto *progress = bulk->findChild<QProgressBar *>(u"tagProgress"_s);
    Sandbox::SandboxServer *server = session.sandbox.account()->server();
    connect(progress, &QProgressBar::valueChanged, this, [server](int done) {
        if (done == 2)
            server->setFaults(*Sandbox::FaultInjector::parse(u"bedrock-mantle:error5xx=1"_s));
        else if (done == 3)
            server->setFaults(Sandbox::FaultInjector());
    });
    QSignalSpy bulkApplied(bulk, &TagEditorDialog::applied);
    bulk->apply();
    QVERIFY(bulkApplied.wait(30000));
    QCOMPARE(bulkApplied.constFirst().at(0).toInt(), 4);
    QCOMPARE(bulkApplied.constFirst().at(1).toInt(), 1);
    QVERIFY(bulk->findChild<QPushButton *>(u"retryTagsButton"_s)->isVisible());
    QVERIFY(Test::saveSnapshot(bulk, u"tag-editor-partial"_s));
    progress->disconnect(this);
    bulk->retryFailed();
    QVERIFY(bulkApplied.wait(30000));
    QCOMPARE(bulkApplied.at(1).at(0).toInt(), 1);
    QCOMPARE(bulkApplied.at(1).at(1).toInt(), 0);
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const QString &bulkId : five) {
            if (model->project(model->rowForId(bulkId)).tags().value(u"Initiative"_s) != u"q4-assistants")
                return false;
        }
        return true;
    }(), 20000);
    QVERIFY(Test::saveSnapshot(bulk, u"tag-editor-bulk"_s));

    // Activate a key seen on billed usage but not yet a cost allocation tag; a key never seen on
    // usage is refused by Cost Explorer, and the editor says so.
    QSignalSpy activated(bulk, &TagEditorDialog::keyActivated);
    const QString inactive = session.sandbox.account()->organisation().inactiveTagKey;
    bulk->activateKey(inactive);
    QVERIFY(activated.wait(10000));
    QVERIFY(activated.constFirst().at(1).toBool());
    QVERIFY(bulk->findChild<QLabel *>(u"tagActivationStatus"_s)->text().contains(inactive));
    // Activation is undoable: undo deactivates the key (read back from Cost Explorer).
    QSignalSpy tagKeyChanged(workspace.policyEditor(), &PolicyEditor::tagKeyChanged);
    workspace.undoStack()->undo();
    QVERIFY(tagKeyChanged.wait(10000));
    QCOMPARE(tagKeyChanged.constFirst().at(1).toBool(), false);
    workspace.undoStack()->redo();
    QVERIFY(tagKeyChanged.wait(10000));
    QCOMPARE(tagKeyChanged.at(1).at(1).toBool(), true);
    bulk->activateKey(u"Initiative"_s);
    QVERIFY(activated.wait(10000));
    QVERIFY(!activated.at(1).at(1).toBool());
    QVERIFY(bulk->findChild<QLabel *>(u"tagActivationStatus"_s)->text().contains(u"could not be activated"_s));
    bulk->close();
}

QTEST_MAIN(TestProjectsPage)
#include "tst_projectspage.moc"
