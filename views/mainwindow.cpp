// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "budgetnotifier.h"
#include "connectiondialog.h"
#include "navigator.h"
#include "preferencesdialog.h"
#include "sandboxlauncher.h"

#include "aws/awstransport.h"
#include "domain/pricecatalog.h"
#include "workspace/budgetalerts.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString PageKey = u"mainWindow/page"_s;
const QString ThemeKey = u"appearance/theme"_s;
// The profile selector's last entry opens the connection dialog instead of selecting a profile.
const QString AddAccountEntry = u"::add-account"_s;

} // namespace

MainWindow::MainWindow(Workspace *workspace, ProfileStore *profiles, SecretStore *secrets, SandboxLauncher *sandbox,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
    , m_systemPalette(QApplication::palette())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Spendscope"));

    m_navigator = new Navigator(this);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
    // Budget alerts reach the user whichever page is shown; a click opens the budgets.
    m_budgetNotifier = new BudgetNotifier(this, this);
    connect(m_workspace->budgetAlerts(), &BudgetAlerts::thresholdsCrossed, m_budgetNotifier, &BudgetNotifier::notify);
    connect(m_budgetNotifier, &BudgetNotifier::activated, m_navigator,
            [this] { m_navigator->openPage(Navigator::BudgetsPage); });

    createActions();
    createToolBar();
    createStatusBar();

    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        updateConnectionLabel();
        updateSyncState();
        if (m_workspace->isConnected())
            statusBar()->showMessage(tr("Connected to %1.").arg(m_workspace->profile().name), 5000);
    });
    connect(m_workspace, &Workspace::connectionFailed, this, [this](const QString &reason) {
        updateConnectionLabel();
        statusBar()->showMessage(reason);
        QMessageBox::warning(this, tr("Connection"), reason);
    });
    connect(m_workspace, &Workspace::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_workspace, &Workspace::syncStarted, this, &MainWindow::updateSyncState);
    connect(m_workspace, &Workspace::syncProgress, this, [this](qint64 done, qint64 total) {
        m_syncProgress->setRange(0, int(qMax<qint64>(total, 1)));
        m_syncProgress->setValue(int(done));
    });
    connect(m_workspace, &Workspace::syncStepChanged, this, [this](const QString &step) {
        statusBar()->showMessage(step);
    });
    connect(m_workspace, &Workspace::syncFinished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
        updateSyncState();
    });
    connect(m_sandbox, &SandboxLauncher::launched, this,
            [this](const AwsCredentials &credentials, const EndpointConfig &config) {
                if (m_profiles->currentId() == ProfileStore::SandboxId)
                    m_workspace->connectResolved(ProfileStore::sandboxProfile(), credentials, config);
            });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &reason) {
        QMessageBox::critical(this, tr("Sandbox account"), tr("The sandbox account could not start: %1").arg(reason));
    });

    reloadProfiles();
    updateConnectionLabel();
    updateSyncState();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *addAccount = fileMenu->addAction(tr("&Add an AWS Account…"), this, [this] { openConnectionDialog(); });
    addAccount->setObjectName(u"actionAddAccount"_s);
    addAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    fileMenu->addSeparator();
    m_syncAction = fileMenu->addAction(tr("&Sync"), m_workspace, &Workspace::startSync);
    m_syncAction->setObjectName(u"actionSync"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch what is new from Cost Explorer (USD 0.01 per request)"));
    m_cancelSyncAction = fileMenu->addAction(tr("&Cancel Sync"), m_workspace, &Workspace::cancelSync);
    m_cancelSyncAction->setObjectName(u"actionCancelSync"_s);
    m_cancelSyncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences has no binding on Linux desktops; Ctrl+, is the common one.
    preferences->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const Theme::Mode saved =
        Theme::modeFromName(QSettings().value(ThemeKey).toString()).value_or(Theme::Mode::System);
    for (const Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *action = themeMenu->addAction(Theme::displayName(mode), this, [this, mode] { setTheme(mode); });
        action->setObjectName(u"actionTheme-"_s + Theme::modeName(mode));
        action->setCheckable(true);
        action->setChecked(mode == saved);
        themes->addAction(action);
    }
    m_viewMenu->addSeparator();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Spendscope"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->addWidget(new QLabel(tr("Account:"), toolBar));
    m_profileSelector = new QComboBox(toolBar);
    m_profileSelector->setObjectName(u"profileSelector"_s);
    m_profileSelector->setMinimumContentsLength(22);
    m_profileSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolBar->addWidget(m_profileSelector);
    connect(m_profileSelector, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileSelector->itemData(index).toString();
        if (id == AddAccountEntry) {
            // Back to the profile in use; the dialog decides whether another one is chosen.
            reloadProfiles();
            openConnectionDialog();
            return;
        }
        selectProfile(id);
    });
    toolBar->addSeparator();
    toolBar->addAction(m_syncAction);
    toolBar->addAction(m_cancelSyncAction);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(u"syncProgress"_s);
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setTextVisible(false);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"lastSyncLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, currentPageKey());
    event->accept();
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page)
{
    page->setObjectName(u"page-"_s + key);
    m_pages->addWidget(page);
    m_pageKeys.append(key);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 34));
    const int number = int(m_pageKeys.size());
    QAction *action = m_viewMenu->addAction(title, this, [this, key] { showPage(key); });
    action->setObjectName(u"actionPage-"_s + key);
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    m_pageActions->addAction(action);
    if (m_navigation->currentRow() < 0 || QSettings().value(PageKey).toString() == key)
        showPage(key);
}

void MainWindow::showPage(const QString &key)
{
    const qsizetype index = m_pageKeys.indexOf(key);
    if (index >= 0)
        m_navigation->setCurrentRow(int(index));
}

QString MainWindow::currentPageKey() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pageKeys.size() ? m_pageKeys.at(row) : QString();
}

void MainWindow::reloadProfiles()
{
    m_reloadingProfiles = true;
    m_profileSelector->clear();
    for (const Profile &profile : m_profiles->profiles())
        m_profileSelector->addItem(profile.name, profile.id);
    m_profileSelector->insertSeparator(m_profileSelector->count());
    m_profileSelector->addItem(tr("Add an AWS account…"), AddAccountEntry);
    m_profileSelector->setCurrentIndex(qMax(0, m_profileSelector->findData(m_profiles->currentId())));
    m_reloadingProfiles = false;
}

void MainWindow::start()
{
    if (m_profiles->isFirstRun()) {
        openConnectionDialog();
        return;
    }
    selectProfile(m_profiles->currentId());
}

void MainWindow::selectProfile(const QString &id)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    m_profiles->setCurrentId(id);
    reloadProfiles();
    if (profile->kind == Profile::Kind::Sandbox) {
        statusBar()->showMessage(tr("Starting the sandbox account…"));
        m_sandbox->launch();
    } else {
        statusBar()->showMessage(tr("Connecting to %1…").arg(profile->name));
        m_workspace->connectProfile(*profile);
    }
    updateConnectionLabel();
}

ConnectionDialog *MainWindow::openConnectionDialog()
{
    if (!m_connectionDialog) {
        m_connectionDialog = new ConnectionDialog(m_profiles, m_secrets, this);
        connect(m_connectionDialog, &ConnectionDialog::profileChosen, this, &MainWindow::selectProfile);
    }
    m_connectionDialog->open();
    return m_connectionDialog;
}

void MainWindow::updateConnectionLabel()
{
    if (m_workspace->isConnected()) {
        //: %1 is a profile name, %2 an AWS region
        m_connectionLabel->setText(tr("%1 · %2").arg(m_workspace->profile().name, m_workspace->endpointConfig().region));
        setWindowTitle(tr("%1 — Spendscope").arg(m_workspace->profile().name));
    } else {
        m_connectionLabel->setText(tr("Not connected"));
        setWindowTitle(tr("Spendscope"));
    }
}

void MainWindow::updateSyncState()
{
    const bool syncing = m_workspace->isSyncing();
    m_syncAction->setEnabled(m_workspace->isConnected() && !syncing);
    m_cancelSyncAction->setEnabled(syncing);
    m_syncProgress->setVisible(syncing);
    if (syncing) {
        m_syncProgress->setRange(0, 0);
        m_syncLabel->setText(tr("Syncing…"));
        return;
    }
    if (const std::optional<SyncReport> &last = m_workspace->lastSync(); last && m_workspace->lastSyncTime().isValid()) {
        const QLocale locale;
        //: %1 is a date and time, %2 a number of requests, %3 their price in USD
        m_syncLabel->setText(tr("Last sync %1 · requests: %2 · USD %3")
                                 .arg(locale.toString(m_workspace->lastSyncTime().toLocalTime(), QLocale::ShortFormat))
                                 .arg(last->costExplorerRequests)
                                 .arg(last->apiCost.toString(2)));
    } else {
        m_syncLabel->setText(m_workspace->isConnected() ? tr("Never synced") : QString());
    }
}

void MainWindow::setTheme(Theme::Mode mode)
{
    QSettings().setValue(ThemeKey, Theme::modeName(mode));
    Theme::apply(mode, m_systemPalette);
}

void MainWindow::openPreferences()
{
    QSettings settings;
    PreferencesDialog dialog(&settings, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(PreferencesDialog::restartNotice(), 15000);
}

void MainWindow::showAbout()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    QMessageBox box(this);
    box.setObjectName(u"aboutDialog"_s);
    box.setWindowTitle(tr("About Spendscope"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    //: %1 version, %2 Qt version, %3 model count, %4 catalog date
    box.setText(tr("<h3>Spendscope %1</h3>"
                   "<p>Who spends what on generative AI, on which model, and is it worth it: the analyst's "
                   "workstation for Amazon Bedrock projects, their tags and policies, and their billed cost.</p>"
                   "<p>Built with Qt %2. Price catalog: %3 models, as of %4.</p>"
                   "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
                    .arg(catalog.models().size())
                    .arg(QLocale().toString(catalog.asOf(), QLocale::LongFormat)));
    box.exec();
}

} // namespace Spendscope
