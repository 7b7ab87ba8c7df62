// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace Spendscope {

class BudgetNotifier;
class ConnectionDialog;
class Navigator;
class ProfileStore;
class SandboxLauncher;
class SecretStore;
class Workspace;

// The shell: a navigation list and the pages, the profile selector, the sync controls (start,
// progress, cancel, the last sync's time and API cost), undo/redo of the workspace's edits, the
// theme, and the remembered geometry. Pages are added by whoever composes the window; each is
// named "page-<key>" and reachable with Ctrl+1.. in the order added.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Workspace *workspace, ProfileStore *profiles, SecretStore *secrets, SandboxLauncher *sandbox,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(const QString &key, const QString &title, QWidget *page);
    [[nodiscard]] QStringList pageKeys() const { return m_pageKeys; }
    void showPage(const QString &key);
    // Pages ask it to show a subject on another page; it switches pages here.
    [[nodiscard]] Navigator *navigator() const { return m_navigator; }
    // Shows the budget alerts of a sync on the desktop (Workspace::budgetAlerts()).
    [[nodiscard]] BudgetNotifier *budgetNotifier() const { return m_budgetNotifier; }
    [[nodiscard]] QString currentPageKey() const;

    // Connects the current profile, or on the first run offers the sandbox or an AWS account.
    void start();
    // Switches to a stored profile (the sandbox included).
    void selectProfile(const QString &id);
    // The connection dialog, for adding an account; non-modal so that tests can drive it.
    ConnectionDialog *openConnectionDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void restoreLayout();
    void reloadProfiles();
    void updateSyncState();
    void updateConnectionLabel();
    void setTheme(Theme::Mode mode);
    void showAbout();
    void openPreferences();

    Workspace *m_workspace;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxLauncher *m_sandbox;
    Navigator *m_navigator = nullptr;
    BudgetNotifier *m_budgetNotifier = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageKeys;
    QComboBox *m_profileSelector = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QPalette m_systemPalette;
    QPointer<ConnectionDialog> m_connectionDialog;
    bool m_reloadingProfiles = false;
};

} // namespace Spendscope
