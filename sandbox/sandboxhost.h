// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxaccount.h"

#include <QObject>
#include <QThread>

namespace Spendscope::Sandbox {

// Runs a SandboxAccount in a worker thread, for `spendscope --sandbox`: generating the account's
// history and answering requests never block the GUI thread. The account is created, started and
// destroyed in the worker thread; this object lives in the caller's thread and reports there.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)
public:
    explicit SandboxHost(SandboxAccount::Options options, QObject *parent = nullptr);
    // Stops the account and joins the worker thread.
    ~SandboxHost() override;

    // Returns at once; started() or failed() follows in this object's thread.
    void start();
    // Stops the account and waits for the worker thread to end (for application exit).
    void stop();

    [[nodiscard]] bool isRunning() const { return m_running; }
    // Valid after started().
    [[nodiscard]] const SandboxAccount::Connection &connection() const { return m_connection; }

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    SandboxAccount::Options m_options;
    QThread m_thread;
    QObject *m_context = nullptr;        // lives in m_thread
    SandboxAccount *m_account = nullptr; // lives in m_thread; only touched there
    SandboxAccount::Connection m_connection;
    bool m_running = false;
};

} // namespace Spendscope::Sandbox
