// SPDX-License-Identifier: GPL-3.0-or-later
// The Policies page against a sandbox account: template → JSON and table in sync → lint →
// create in IAM → attach to a role → the access matrix shows it.
#include "guitestsupport.h"
#include "mainwindow.h"
#include "navigator.h"
#include "policiespage.h"

#include "api/iamclient.h"
#include "aws/awstransport.h"
#include "aws/inmemorysecretstore.h"
#include "items/accessmatrixmodel.h"
#include "items/policystatementmodel.h"
#include "jobrunner.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestPoliciesPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templateCreateAttach_showsInTheMatrix();
    void accountChange_whileIamIsRead_readsTheNewAccount();
};

void TestPoliciesPage::accountChange_whileIamIsRead_readsTheNewAccount()
{
    Test::GuiSession session(QDate(2026, 11, 20));
    Workspace &workspace = session.workspace;
    auto *page = session.page<PoliciesPage>();
    QVERIFY(page);
    QSignalSpy refreshed(page, &PoliciesPage::matrixRefreshed);
    // The moment the sandbox account connects, the Policies and Projects pages have started
    // reading IAM (they connected first); the account is replaced at once, before any answer, so
    // those reads are pending when their transport is deleted — as when a user switches accounts
    // while a large account's IAM is still being read.
    int connections = 0;
    connect(&workspace, &Workspace::connectionChanged, this, [&] {
        if (!workspace.isConnected() || ++connections > 1)
            return;
        const Profile profile = workspace.profile();
        const AwsCredentials credentials = workspace.transport()->credentials();
        const EndpointConfig config = workspace.endpointConfig();
        workspace.connectResolved(profile, credentials, config);
    });
    QVERIFY(session.showOnSandbox(Navigator::PoliciesPage));
    QTRY_COMPARE_WITH_TIMEOUT(connections, 2, 20000);
    // Only the second connection's read reports, and it reads the whole account.
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(page->matrix()->rowCount() > 0);
    QCOMPARE(session.window->findChild<QLabel *>(u"policyStatus"_s)->text(), QString());
    QTest::qWait(200);
    QCOMPARE(refreshed.size(), 1);
}

void TestPoliciesPage::templateCreateAttach_showsInTheMatrix()
{
    Test::GuiSession session(QDate(2026, 11, 20));
    MainWindow &window = *session.window;
    Workspace &workspace = session.workspace;
    auto *page = session.page<PoliciesPage>();
    QVERIFY(page);
    QVERIFY(session.showOnSandbox(Navigator::PoliciesPage));
    QSignalSpy refreshed(page, &PoliciesPage::matrixRefreshed);
    QVERIFY(refreshed.wait(20000));
    auto *projects = window.findChild<QListWidget *>(u"policyProjects"_s);
    QTRY_VERIFY(projects->count() > 2);

    // The JSON editor and the statement table follow each other; the lint speaks up.
    auto *json = window.findChild<QPlainTextEdit *>(u"policyJson"_s);
    auto *lint = window.findChild<QListWidget *>(u"policyLint"_s);
    auto *create = window.findChild<QPushButton *>(u"createPolicyButton"_s);
    page->setJson(uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock-mantle:*","Resource":"*"}]})"_s);
    QCOMPARE(page->statements()->rowCount(), 1);
    QVERIFY(lint->count() >= 1);
    page->setJson(u"{ not json"_s);
    QVERIFY(!create->isEnabled());
    QCOMPARE(page->statements()->rowCount(), 1); // the last valid document stays

    // Inference on the first project only, from the template.
    projects->item(0)->setCheckState(Qt::Checked);
    page->applyTemplate(PolicyTemplates::Kind::InferenceOnly);
    QVERIFY(create->isEnabled());
    QVERIFY(json->toPlainText().contains(projects->item(0)->data(Qt::UserRole + 1).toString()));
    QVERIFY(Test::saveSnapshot(&window, u"policies"_s));

    QSignalSpy created(page, &PoliciesPage::policyCreated);
    page->createPolicy(u"gui-inference"_s);
    QVERIFY(created.wait(10000));

    // A role to attach it to, made directly in IAM.
    IamClient iam(workspace.transport(), workspace.endpointConfig());
    IamCreateRoleRequest role;
    role.name = u"gui-analyst"_s;
    role.assumeRolePolicyDocument =
        uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;
    SPENDSCOPE_RUN_OK(newRole, iam.createRole(role));
    page->refreshMatrix();
    QVERIFY(refreshed.wait(10000));

    QSignalSpy attached(page, &PoliciesPage::attached);
    page->attachTo(u"gui-analyst"_s);
    QVERIFY(attached.wait(10000));
    QVERIFY(refreshed.wait(10000));

    AccessMatrixModel *matrix = page->matrix();
    int row = -1;
    for (int r = 0; r < matrix->principals().size(); ++r) {
        if (matrix->principals().at(r).name == u"gui-analyst")
            row = r;
    }
    QVERIFY(row >= 0);
    int column = -1;
    for (int c = 0; c < matrix->projects().size(); ++c) {
        if (matrix->projects().at(c).name() == projects->item(0)->text())
            column = c;
    }
    QVERIFY(column >= 0);
    QCOMPARE(matrix->index(row, column).data(AccessMatrixModel::DecisionRole).value<PolicyEvaluator::Decision>(),
             PolicyEvaluator::Decision::Allow);
    const int other = column == 0 ? 1 : 0;
    QCOMPARE(matrix->index(row, other).data(AccessMatrixModel::DecisionRole).value<PolicyEvaluator::Decision>(),
             PolicyEvaluator::Decision::ImplicitDeny);
    window.findChild<QTabWidget *>(u"policyTabs"_s)->setCurrentIndex(1);
    QVERIFY(Test::saveSnapshot(&window, u"access-matrix"_s));

    // Undo detaches, redo attaches again (each read back from IAM).
    QSignalSpy detached(page, &PoliciesPage::detached);
    workspace.undoStack()->undo();
    QVERIFY(detached.wait(10000));
    QVERIFY(refreshed.wait(10000));
    workspace.undoStack()->redo();
    QVERIFY(attached.wait(10000));
    QVERIFY(refreshed.wait(10000));

    // Detached again: the role loses the access.
    page->detachFrom(u"gui-analyst"_s);
    QVERIFY(detached.wait(10000));
    QVERIFY(refreshed.wait(10000));
    for (int r = 0; r < matrix->principals().size(); ++r) {
        if (matrix->principals().at(r).name == u"gui-analyst")
            row = r;
    }
    QCOMPARE(matrix->index(row, column).data(AccessMatrixModel::DecisionRole).value<PolicyEvaluator::Decision>(),
             PolicyEvaluator::Decision::ImplicitDeny);

    // The created policy, loaded back from IAM; its first statement's actions set from the
    // picker; six new versions: IAM keeps five, so the oldest non-default goes each time.
    QSignalSpy loaded(page, &PoliciesPage::policyLoaded);
    page->loadPolicy(created.constFirst().constFirst().toString());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->document().toJson(), PolicyTemplates::inferenceOnly({projects->item(0)->data(Qt::UserRole + 1).toString()}).toJson());
    page->setStatementActions(0, {u"bedrock-mantle:GetProject"_s, u"bedrock-mantle:CreateInference"_s});
    QCOMPARE(page->document().statements().constFirst().actions.size(), 2);
    projects->item(1)->setCheckState(Qt::Checked);
    page->setStatementResources(0);
    QCOMPARE(page->document().statements().constFirst().resources.size(), 2);
    QVERIFY(json->toPlainText().contains(projects->item(1)->data(Qt::UserRole + 1).toString()));
    QSignalSpy saved(page, &PoliciesPage::versionSaved);
    for (int i = 0; i < 5; ++i) {
        page->saveNewVersion();
        QVERIFY(saved.wait(10000));
    }
    QCOMPARE(saved.at(3).at(1).toString(), QString()); // v2..v5: room enough
    QCOMPARE(saved.at(4).at(1).toString(), u"v1"_s);   // v6 needs v1's place
    // Undoing the last save makes v5 the default again.
    QSignalSpy defaulted(page, &PoliciesPage::defaultVersionChanged);
    workspace.undoStack()->undo();
    QVERIFY(defaulted.wait(10000));
    QCOMPARE(defaulted.constFirst().constFirst().toString(), u"v5"_s);
}

QTEST_MAIN(TestPoliciesPage)
#include "tst_policiespage.moc"
