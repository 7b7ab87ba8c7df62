// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetstypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Spendscope {

class BudgetsClient;
class Job;
class Workspace;

// The account's AWS budgets as the service has them, and every edit of them (DESIGN.md §3).
//
// The list starts from the cost cache (what the last sync stored, so it shows offline) and is
// then read live: DescribeBudgets, and DescribeNotificationsForBudget for each budget. Creating,
// updating and deleting go through BudgetsClient, then the list is read again and the edited
// budget compared with the request; a difference is reported as a failure, never accepted
// silently. The account id comes from the workspace, or from STS GetCallerIdentity once.
// Views show budgetsChanged() and failed(); the undo commands call in here too.
class BudgetEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEditor)
public:
    // What a budget editor edits: the budget and its notifications with their subscribers.
    struct Definition
    {
        Budget budget;
        QList<NotificationWithSubscribers> notifications;
    };
    // Called once an operation ended: an empty error means it succeeded and was verified.
    using Done = std::function<void(const QString &error)>;

    explicit BudgetEditor(Workspace *workspace, QObject *parent = nullptr);

    [[nodiscard]] const QList<Budget> &budgets() const { return m_budgets; }
    [[nodiscard]] std::optional<Budget> budget(const QString &name) const;
    // Notifications per budget name, as last read (without subscribers).
    [[nodiscard]] const QHash<QString, QList<Notification>> &notifications() const { return m_notifications; }
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }
    // True once the list was read from the service in this session (not just from the cache).
    [[nodiscard]] bool isLive() const { return m_live; }

    // Reads the budgets and their notifications again.
    void refresh(Done done = {});
    // The budget with its notifications and subscribers, read from the service for editing.
    void loadDefinition(const QString &name, std::function<void(const std::optional<Definition> &, const QString &error)> done);

    void create(const Definition &definition, Done done = {});
    // Replaces `from` (as loaded) with `to`: UpdateBudget, then notifications and subscribers
    // removed, added and changed. A budget cannot be renamed; both must carry the same name.
    void update(const Definition &from, const Definition &to, Done done = {});
    void remove(const QString &name, Done done = {});

    // Two notifications are the same one when type, comparison, threshold and threshold type
    // agree (the service identifies them so); the state does not count.
    [[nodiscard]] static bool sameNotification(const Notification &a, const Notification &b);

Q_SIGNALS:
    void budgetsChanged();
    // A read of the whole list (budgets and notifications) finished, successfully or not.
    void loaded();
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    using Step = std::function<Job *()>;
    [[nodiscard]] BudgetsClient client() const;
    void adoptCachedBudgets();
    void withAccount(std::function<void()> then, Done failed);
    void runSteps(QList<Step> steps, Done done);
    // Shows a budget as read back after an edit, before the whole list is read again.
    void showReadBack(const Budget &budget, const QList<NotificationWithSubscribers> &notifications);
    void forget(const QString &name);
    void begin();
    void end(const Done &done, const QString &error);

    Workspace *m_workspace;
    QList<Budget> m_budgets;
    QHash<QString, QList<Notification>> m_notifications;
    quint64 m_generation = 0; // of the list reads; a newer read makes older answers stale
    int m_pending = 0;
    bool m_live = false;
};

} // namespace Spendscope
