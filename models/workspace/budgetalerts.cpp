// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetalerts.h"

#include "analytics/budgetstatus.h"
#include "workspace/budgeteditor.h"
#include "workspace/workspace.h"

namespace Spendscope {

BudgetAlerts::BudgetAlerts(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    BudgetEditor *editor = workspace->budgetEditor();
    connect(workspace, &Workspace::syncStarted, this, [this, editor] {
        m_syncEnded = false;
        beginSync(editor->budgets());
    });
    connect(workspace, &Workspace::syncFinished, this, [this] { m_syncEnded = m_before.has_value(); });
    // After a sync the workspace reloads the cache and the editor reads the budgets again; the
    // first complete read after that is "after".
    connect(editor, &BudgetEditor::loaded, this, [this, editor] {
        if (!m_syncEnded)
            return;
        m_syncEnded = false;
        finishSync(editor->budgets(), editor->notifications(), m_workspace->today());
    });
    connect(workspace, &Workspace::connectionChanged, this, [this] {
        m_before.reset();
        m_syncEnded = false;
    });
}

QList<ThresholdCrossing> BudgetAlerts::crossings(const QList<Budget> &before, const QList<Budget> &after,
                                                 const QHash<QString, QList<Notification>> &notifications, QDate today)
{
    QHash<QString, const Budget *> previous;
    for (const Budget &b : before)
        previous.insert(b.name, &b);
    QList<ThresholdCrossing> result;
    for (const Budget &now : after) {
        const Budget *was = previous.value(now.name);
        if (!was)
            continue;
        const QList<Notification> list = notifications.value(now.name);
        if (list.isEmpty())
            continue;
        const BudgetStatus then = BudgetStatus::of(*was, list, today);
        const BudgetStatus status = BudgetStatus::of(now, list, today);
        for (const Notification &n : list) {
            if (then.triggered(n) || !status.triggered(n))
                continue;
            ThresholdCrossing crossing;
            crossing.budgetName = now.name;
            crossing.notification = n;
            crossing.unit = status.unit;
            crossing.limit = status.limit;
            crossing.measured = n.type == NotificationType::Actual ? status.actual : status.forecast.value_or(Money());
            crossing.threshold = status.thresholdAmount(n).value_or(Money());
            result.append(crossing);
        }
    }
    return result;
}

QString BudgetAlerts::describe(const ThresholdCrossing &crossing, const QLocale &locale)
{
    const QString unit = crossing.unit.isEmpty() ? QStringLiteral("USD") : crossing.unit;
    const QString measured = crossing.measured.format(locale, unit);
    const QString limit = crossing.limit.format(locale, unit);
    const Notification &n = crossing.notification;
    //: %1 a percentage such as 80, %2 the amount it stands for
    const QString threshold = n.thresholdType == ThresholdType::AbsoluteValue
        ? crossing.threshold.format(locale, unit)
        : tr("%1% of the limit (%2)").arg(locale.toString(n.threshold, 'g', 6), crossing.threshold.format(locale, unit));
    const bool actual = n.type == NotificationType::Actual;
    switch (n.comparison) {
    case ComparisonOperator::GreaterThan:
        return actual
            //: %1 budget name, %2 amount spent, %3 threshold, %4 limit
            ? tr("“%1” has spent %2 this period, more than its alert threshold of %3; the limit is %4.")
                  .arg(crossing.budgetName, measured, threshold, limit)
            //: %1 budget name, %2 forecast amount, %3 threshold, %4 limit
            : tr("“%1” is forecast to spend %2 this period, more than its alert threshold of %3; the limit is %4.")
                  .arg(crossing.budgetName, measured, threshold, limit);
    case ComparisonOperator::LessThan:
        return actual ? tr("“%1” has spent %2 this period, less than its alert threshold of %3; the limit is %4.")
                            .arg(crossing.budgetName, measured, threshold, limit)
                      : tr("“%1” is forecast to spend %2 this period, less than its alert threshold of %3; the limit is %4.")
                            .arg(crossing.budgetName, measured, threshold, limit);
    case ComparisonOperator::EqualTo:
        break;
    }
    return actual ? tr("“%1” has spent %2 this period, exactly its alert threshold of %3; the limit is %4.")
                        .arg(crossing.budgetName, measured, threshold, limit)
                  : tr("“%1” is forecast to spend %2 this period, exactly its alert threshold of %3; the limit is %4.")
                        .arg(crossing.budgetName, measured, threshold, limit);
}

void BudgetAlerts::beginSync(const QList<Budget> &before)
{
    m_before = before;
}

void BudgetAlerts::finishSync(const QList<Budget> &after, const QHash<QString, QList<Notification>> &notifications,
                              QDate today)
{
    if (!m_before)
        return;
    const QList<Budget> before = *std::exchange(m_before, std::nullopt);
    m_last = crossings(before, after, notifications, today);
    if (!m_last.isEmpty())
        Q_EMIT thresholdsCrossed(m_last);
}

} // namespace Spendscope
