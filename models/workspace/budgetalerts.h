// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetstypes.h"
#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <optional>

namespace Spendscope {

class Workspace;

// One budget notification whose condition became true.
struct ThresholdCrossing
{
    QString budgetName;
    Notification notification;
    QString unit;     // of the amounts, e.g. "USD"
    Money limit;      // the limit in force for the period
    Money measured;   // the actual or forecasted spend now
    Money threshold;  // the amount the notification compares the spend with
};

// Tells when a sync makes a budget cross one of its notification thresholds, so that the user
// hears of it on the desktop and not only by the service's e-mail.
//
// The rule (crossings()): a notification of a budget that existed before and after the sync is
// reported when its condition (BudgetStatus::triggered, evaluated exactly as the service does) was
// false on the budget as it was before and is true on the budget as it is after. Both sides are
// evaluated against the notifications as they are after the sync, so a threshold the user just
// added is judged by the spend, not reported for being new. Budgets first seen in this sync are
// not reported: there is no "before" to cross from.
//
// The live flow: "before" is the budget editor's list when the sync starts (which includes the
// user's own edits since the last sync); "after" is the editor's list once it has been read again
// following the sync.
class BudgetAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetAlerts)
public:
    // Follows the workspace's syncs and its budget editor.
    explicit BudgetAlerts(Workspace *workspace, QObject *parent = nullptr);

    [[nodiscard]] static QList<ThresholdCrossing> crossings(const QList<Budget> &before, const QList<Budget> &after,
                                                            const QHash<QString, QList<Notification>> &notifications,
                                                            QDate today);
    // One translated sentence for a desktop notification.
    [[nodiscard]] static QString describe(const ThresholdCrossing &crossing, const QLocale &locale = QLocale());

    // The steps of the live flow, also driven by tests.
    void beginSync(const QList<Budget> &before);
    // Compares with the snapshot of beginSync() (nothing without one) and emits thresholdsCrossed()
    // when anything was crossed.
    void finishSync(const QList<Budget> &after, const QHash<QString, QList<Notification>> &notifications, QDate today);
    [[nodiscard]] bool isWaitingForSync() const { return m_before.has_value(); }
    [[nodiscard]] const QList<ThresholdCrossing> &lastCrossings() const { return m_last; }

Q_SIGNALS:
    void thresholdsCrossed(const QList<Spendscope::ThresholdCrossing> &crossings);

private:
    Workspace *m_workspace = nullptr;
    std::optional<QList<Budget>> m_before;
    bool m_syncEnded = false;
    QList<ThresholdCrossing> m_last;
};

} // namespace Spendscope
