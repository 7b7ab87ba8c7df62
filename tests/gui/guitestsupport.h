// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxaccount.h"
#include "sandboxlauncher.h"

#include "aws/inmemorysecretstore.h"
#include "mainwindow.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QString>
#include <QStringView>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace Spendscope::Test {

// A small sandbox account in the test's own thread, generated from a fixed seed and day, so that
// GUI tests are quick and repeatable.
class InProcessSandboxLauncher final : public SandboxLauncher
{
    Q_OBJECT
public:
    explicit InProcessSandboxLauncher(QDate today, Sandbox::SandboxAccount::Options options = {},
                                      QObject *parent = nullptr);
    ~InProcessSandboxLauncher() override;

    void launch() override;
    [[nodiscard]] Sandbox::SandboxAccount *account() const { return m_account.get(); }

private:
    Sandbox::SandboxAccount::Options m_options;
    std::unique_ptr<Sandbox::SandboxAccount> m_account;
};

// Keeps a GUI test away from the user's files: QSettings and the standard paths point into a
// temporary folder for the life of this object.
class IsolatedSettings final
{
public:
    IsolatedSettings();
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// One main window with everything it needs, composed as main() does (every standard page, in
// order), isolated from the user's files, against a small in-process sandbox pinned to `today`.
// The window is created last.
struct GuiSession
{
    explicit GuiSession(QDate today);
    // Shows the window, selects the sandbox profile and opens the page `key`. The sandbox answers
    // at once but the pages load asynchronously, so a QSignalSpy created right after this still
    // sees their first refresh. False when the window was not exposed.
    bool showOnSandbox(QStringView key);
    // The window's page of type P (each standard page is its own class).
    template <class P>
    [[nodiscard]] P *page() const
    {
        return window->findChild<P *>(QString(), Qt::FindChildrenRecursively);
    }
    IsolatedSettings isolated;
    QSettings settings;
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    ProfileStore profiles;
    Workspace workspace;
    InProcessSandboxLauncher sandbox;
    std::unique_ptr<MainWindow> window;
};

// Saves a PNG of `widget` as <name>.png in $SPENDSCOPE_SNAPSHOT_DIR when it is set (DESIGN.md §7);
// returns false only when saving was asked for and failed.
bool saveSnapshot(QWidget *widget, const QString &name);

} // namespace Spendscope::Test
