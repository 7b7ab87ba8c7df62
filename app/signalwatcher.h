// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Spendscope {

// Turns Unix signals (SIGINT, SIGTERM, ...) into a Qt signal in the event loop, so that a
// foreground command can shut down cleanly: the handler only writes the signal number to a
// socket pair (async-signal-safe), and a QSocketNotifier reads it in the main thread.
// One watcher at a time; the default handlers are restored on destruction.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void onReadable();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Spendscope
