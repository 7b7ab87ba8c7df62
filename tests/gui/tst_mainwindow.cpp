// SPDX-License-Identifier: GPL-3.0-or-later
// The shell against a sandbox account: first run, the connection dialog and its test, sync with
// progress and the last sync's cost, themes, and the remembered layout.
#include "connectiondialog.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "navigator.h"
#include "overviewpage.h"
#include "policiespage.h"
#include "projectspage.h"
#include "theme.h"

#include "aws/awstransport.h"
#include "aws/inmemorysecretstore.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

using Fixture = Test::GuiSession;

template<typename T>
T *find(QWidget *parent, const QString &name)
{
    T *child = parent->findChild<T *>(name);
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

QAction *action(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRun_offersTheSandbox_thenSyncs();
    void connectionDialog_testsKeys_andStoresTheSecretInTheKeychainOnly();
    void themes_switchPalettes();
    void layout_isRemembered();
};

void TestMainWindow::firstRun_offersTheSandbox_thenSyncs()
{
    Fixture f(Today);
    // The window as main() composes it: every page, the Overview first.
    const QStringList keys{u"overview"_s, u"costs"_s,    u"budgets"_s,  u"models"_s,
                           u"insights"_s, u"reports"_s, u"projects"_s, u"policies"_s};
    QCOMPARE(f.window->pageKeys(), keys);
    QCOMPARE(f.window->currentPageKey(), u"overview"_s);
    auto *overview = find<OverviewPage>(f.window.get(), u"page-overview"_s);
    QVERIFY(overview);
    QSignalSpy overviewUpdated(overview, &OverviewPage::summaryUpdated);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.profiles.isFirstRun());
    f.window->start();
    auto *dialog = find<ConnectionDialog>(f.window.get(), u"connectionDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(find<QRadioButton>(dialog, u"sandboxChoice"_s)->isChecked());
    QVERIFY(Test::saveSnapshot(dialog, u"connection"_s));

    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QTRY_VERIFY(f.workspace.isConnected());
    QCOMPARE(f.workspace.profile().kind, Profile::Kind::Sandbox);
    QVERIFY(!f.profiles.isFirstRun());
    QCOMPARE(find<QComboBox>(f.window.get(), u"profileSelector"_s)->currentData().toString(), u"sandbox"_s);
    QVERIFY(find<QLabel>(f.window.get(), u"connectionLabel"_s)->text().contains(u"us-east-1"_s));
    QCOMPARE(find<QLabel>(f.window.get(), u"lastSyncLabel"_s)->text(), u"Never synced"_s);

    QAction *sync = action(f.window.get(), u"actionSync"_s);
    QVERIFY(sync && sync->isEnabled());
    const qsizetype updatesBeforeSync = overviewUpdated.size();
    sync->trigger();
    QVERIFY(action(f.window.get(), u"actionCancelSync"_s)->isEnabled());
    QVERIFY(!sync->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!f.workspace.isSyncing(), 60000);
    const QString last = find<QLabel>(f.window.get(), u"lastSyncLabel"_s)->text();
    const int requests = f.workspace.lastSync()->costExplorerRequests;
    QVERIFY2(last.contains(u"requests: %1"_s.arg(requests)), qPrintable(last));
    QVERIFY2(last.contains(u"USD %1"_s.arg(f.workspace.lastSync()->apiCost.toString(2))), qPrintable(last));
    QTRY_VERIFY(f.workspace.costData().byProject->rowCount() > 0);
    // The Overview shows the synced month, and View → Costs (Ctrl+2) opens the next page.
    QTRY_VERIFY_WITH_TIMEOUT(overviewUpdated.size() > updatesBeforeSync, 20000);
    // The summary of the synced data (one of the loading cache may come first).
    QTRY_VERIFY_WITH_TIMEOUT(overview->summary().monthToDate > Money(), 20000);
    QVERIFY(Test::saveSnapshot(f.window.get(), u"mainwindow"_s));
    QAction *costs = action(f.window.get(), u"actionPage-costs"_s);
    QCOMPARE(costs->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    costs->trigger();
    QCOMPARE(f.window->currentPageKey(), u"costs"_s);
    // Every page has its Ctrl+N, the eighth too.
    QAction *policies = action(f.window.get(), u"actionPage-policies"_s);
    QCOMPARE(policies->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    policies->trigger();
    QCOMPARE(f.window->currentPageKey(), u"policies"_s);
    QCOMPARE(action(f.window.get(), u"actionPage-reports"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
}

void TestMainWindow::connectionDialog_testsKeys_andStoresTheSecretInTheKeychainOnly()
{
    Fixture f(Today);
    // Pages read IAM when an account connects (Policies and Projects). Here they finish before
    // the account changes, and the new account is read in full afterwards (tst_policiespage
    // changes the account while the reads are pending).
    QSignalSpy matrixRead(f.page<PoliciesPage>(), &PoliciesPage::matrixRefreshed);
    QSignalSpy projectsRead(f.page<ProjectsPage>(), &ProjectsPage::refreshed);
    f.sandbox.launch(); // the account to connect to, as if it were AWS; the window connects it
    QTRY_VERIFY_WITH_TIMEOUT(f.workspace.isConnected() && !matrixRead.isEmpty() && !projectsRead.isEmpty(), 20000);
    const Sandbox::SandboxAccount::Connection &account = f.sandbox.account()->connection();
    ConnectionDialog *dialog = f.window->openConnectionDialog();
    QTRY_VERIFY(dialog->isVisible());
    find<QRadioButton>(dialog, u"awsChoice"_s)->setChecked(true);
    find<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"Staging"_s);
    find<QComboBox>(dialog, u"kindSelector"_s)->setCurrentIndex(1);
    find<QLineEdit>(dialog, u"accessKeyEdit"_s)->setText(account.accessKeyId);
    find<QLineEdit>(dialog, u"secretKeyEdit"_s)->setText(u"wrong-secret"_s);
    find<QLineEdit>(dialog, u"endpointEdit"_s)->setText(account.endpointUrl.toString());

    auto *result = find<QLabel>(dialog, u"connectionResult"_s);
    find<QPushButton>(dialog, u"testConnectionButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"did not accept"_s), 20000);
    QVERIFY(!result->text().contains(u"wrong-secret"_s));
    QVERIFY(Test::saveSnapshot(dialog, u"connection-failed"_s));

    find<QLineEdit>(dialog, u"secretKeyEdit"_s)->setText(account.secretAccessKey);
    find<QPushButton>(dialog, u"testConnectionButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(account.accountId), 20000);
    QVERIFY(result->text().contains(u"Projects: "_s));

    // With a keychain that fails, Connect keeps every field and saves nothing.
    f.secrets.setFailure(SecretStore::keychainUnavailable(u"no secret service"_s));
    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QTRY_VERIFY(result->text().contains(u"could not be stored"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.profiles.profiles().size(), 1);
    QCOMPARE(find<QLineEdit>(dialog, u"secretKeyEdit"_s)->text(), account.secretAccessKey);

    f.secrets.setFailure(AwsError());
    matrixRead.clear();
    projectsRead.clear();
    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QTRY_VERIFY(!dialog->isVisible());
    const std::optional<Profile> saved = f.profiles.profile(u"staging"_s);
    QVERIFY(saved);
    QCOMPARE(saved->kind, Profile::Kind::StoredKeys);
    QCOMPARE(f.secrets.keys(), QStringList{saved->secretKeyName()});
    QCOMPARE(f.profiles.storedSecrets(saved->id), QStringList{saved->secretKeyName()});
    QTRY_VERIFY_WITH_TIMEOUT(f.workspace.isConnected() && f.workspace.profile().id == saved->id, 20000);

    // The settings file names the keychain entry but never holds the secret.
    f.settings.sync();
    QFile file(f.settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(account.secretAccessKey.toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(!matrixRead.isEmpty() && !projectsRead.isEmpty(), 20000);
}

void TestMainWindow::themes_switchPalettes()
{
    Fixture f(Today);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    action(f.window.get(), u"actionTheme-dark"_s)->trigger();
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"dark"_s);
    // The shown window takes the new palette; a grab waits for its repaint.
    QTRY_VERIFY(Theme::isDark(f.window->palette()));
    QVERIFY(Test::saveSnapshot(f.window.get(), u"mainwindow-dark"_s));
    action(f.window.get(), u"actionTheme-light"_s)->trigger();
    QVERIFY(!Theme::isDark(QApplication::palette()));
}

void TestMainWindow::layout_isRemembered()
{
    Fixture f(Today);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    // Not the default size, and above the composed window's minimum (the widest page's).
    const QSize size(1200, 700);
    QVERIFY(size.expandedTo(f.window->minimumSizeHint()) == size);
    f.window->resize(size);
    QTRY_COMPARE(f.window->size(), size);
    f.window->close();
    MainWindow again(&f.workspace, &f.profiles, &f.secrets, &f.sandbox);
    QCOMPARE(again.size(), size);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
