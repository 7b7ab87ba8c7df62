// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace Spendscope {

class Workspace;

// Measures a GUI start for bench/run: with SPENDSCOPE_STARTUP_PROBE set, it prints one line with
// the wall-clock times (milliseconds since the epoch) at which the main window finished its first
// paint and at which the profile's cost data was loaded, then quits. The benchmark takes the
// launch time itself, so exec, dynamic linking and static initialisation are counted too.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)
public:
    static constexpr char EnvironmentVariable[] = "SPENDSCOPE_STARTUP_PROBE";
    [[nodiscard]] static bool isRequested();

    StartupProbe(QWidget *window, Workspace *workspace, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishIfDone();

    Workspace *m_workspace;
    qint64 m_firstPaint = 0;
    qint64 m_dataLoaded = 0;
    bool m_paintSeen = false;
};

} // namespace Spendscope
