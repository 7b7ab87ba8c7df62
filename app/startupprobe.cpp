// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Spendscope {

namespace {

// Gives up when the data never loads (no cache, a broken profile), so a benchmark cannot hang.
constexpr int TimeoutMs = 120'000;

} // namespace

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet(EnvironmentVariable);
}

StartupProbe::StartupProbe(QWidget *window, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    window->installEventFilter(this);
    connect(workspace, &Workspace::costDataChanged, this, [this] {
        if (m_dataLoaded == 0 && m_workspace->costData().byProject->rowCount() > 0) {
            m_dataLoaded = QDateTime::currentMSecsSinceEpoch();
            finishIfDone();
        }
    });
    QTimer::singleShot(TimeoutMs, this, [this] {
        std::printf("startup-probe timeout first_paint_ms=%lld data_loaded_ms=%lld\n",
                    static_cast<long long>(m_firstPaint), static_cast<long long>(m_dataLoaded));
        std::fflush(stdout);
        QCoreApplication::exit(1);
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_paintSeen && event->type() == QEvent::Paint) {
        m_paintSeen = true;
        // The paint runs after this filter returns; a zero timer fires once it and the flush to
        // the screen are done.
        QTimer::singleShot(0, this, [this] {
            m_firstPaint = QDateTime::currentMSecsSinceEpoch();
            finishIfDone();
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finishIfDone()
{
    if (m_firstPaint == 0 || m_dataLoaded == 0)
        return;
    std::printf("startup-probe first_paint_ms=%lld data_loaded_ms=%lld rows=%lld\n",
                static_cast<long long>(m_firstPaint), static_cast<long long>(m_dataLoaded),
                static_cast<long long>(m_workspace->costData().byProject->rowCount()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace Spendscope
