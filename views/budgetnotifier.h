// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/budgetalerts.h"

#include <QObject>
#include <QPointer>

class QFrame;
class QLabel;
class QSystemTrayIcon;
class QTimer;

namespace Spendscope {

// Tells the user on the desktop that a sync made budgets cross their alert thresholds (what
// BudgetAlerts found): a system tray message where the desktop has a tray, otherwise a notice in
// the window (bottom right, until closed or for half a minute).
class BudgetNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetNotifier)
public:
    // `host`: any widget of the window the in-window notice appears in.
    explicit BudgetNotifier(QWidget *host, QObject *parent = nullptr);
    ~BudgetNotifier() override;

    void notify(const QList<ThresholdCrossing> &crossings);

    [[nodiscard]] QString lastTitle() const { return m_lastTitle; }
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    // The in-window notice, while it shows (nullptr otherwise or when the tray was used).
    [[nodiscard]] QFrame *notice() const;

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    // The user clicked the message: show the budgets.
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showNotice(const QString &title, const QString &message);
    void placeNotice();

    QPointer<QWidget> m_host;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QFrame> m_notice;
    QLabel *m_noticeTitle = nullptr;
    QLabel *m_noticeText = nullptr;
    QTimer *m_hideTimer;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace Spendscope
