// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetstatus.h"


#include <algorithm>
#include <limits>

namespace Spendscope {

namespace {

__extension__ typedef __int128 Wide;

QDate utcDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().date() : QDate();
}

qint64 secondsOf(QDate day)
{
    return day.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

// The limit in force for the period starting at `start`.
std::optional<Spend> limitFor(const Budget &budget, QDate start)
{
    if (budget.limit)
        return budget.limit;
    if (budget.plannedLimits.isEmpty())
        return std::nullopt;
    // The latest planned period starting on or before ours; before the first one, the first.
    auto it = budget.plannedLimits.upperBound(secondsOf(start));
    if (it == budget.plannedLimits.cbegin())
        return it.value();
    return std::prev(it).value();
}

QList<double> sortedUnique(QList<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

QDate BudgetStatus::periodStartOf(BudgetTimeUnit unit, QDate day)
{
    switch (unit) {
    case BudgetTimeUnit::Daily:
    case BudgetTimeUnit::Custom:
        return day;
    case BudgetTimeUnit::Quarterly:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case BudgetTimeUnit::Annually:
        return QDate(day.year(), 1, 1);
    case BudgetTimeUnit::Monthly:
        break;
    }
    return QDate(day.year(), day.month(), 1);
}

QDate BudgetStatus::periodEndOf(BudgetTimeUnit unit, QDate start)
{
    switch (unit) {
    case BudgetTimeUnit::Daily:
    case BudgetTimeUnit::Custom:
        return start.addDays(1);
    case BudgetTimeUnit::Quarterly:
        return start.addMonths(3);
    case BudgetTimeUnit::Annually:
        return start.addYears(1);
    case BudgetTimeUnit::Monthly:
        break;
    }
    return start.addMonths(1);
}

Money BudgetStatus::thresholdAsMoney(double threshold)
{
    if (!(threshold < 9e9)) // also NaN: beyond any amount
        return Money::fromNanos(std::numeric_limits<qint64>::max());
    // The shortest text that reads back as the same double, parsed exactly.
    return Money::parse(QString::number(threshold, 'g', 17)).value_or(Money());
}

BudgetStatus BudgetStatus::of(const Budget &budget, const QList<Notification> &notifications, QDate today)
{
    BudgetStatus status;
    status.name = budget.name;
    status.notifications = notifications;

    const QDate budgetStart = utcDate(budget.periodStart);
    const QDate budgetEnd = utcDate(budget.periodEnd);
    if (budget.timeUnit == BudgetTimeUnit::Custom && budgetStart.isValid() && budgetEnd.isValid()) {
        status.periodStart = budgetStart;
        status.periodEnd = budgetEnd;
    } else {
        // The period containing today, or the budget's first (last) one before (after) its dates.
        QDate anchor = today;
        if (budgetStart.isValid() && anchor < budgetStart)
            anchor = budgetStart;
        if (budgetEnd.isValid() && anchor >= budgetEnd)
            anchor = budgetEnd.addDays(-1);
        const BudgetTimeUnit unit = budget.timeUnit == BudgetTimeUnit::Custom ? BudgetTimeUnit::Monthly
                                                                               : budget.timeUnit;
        status.periodStart = periodStartOf(unit, anchor);
        status.periodEnd = periodEndOf(unit, status.periodStart);
    }
    const std::optional<Spend> limit = limitFor(budget, status.periodStart);
    if (budgetStart.isValid())
        status.periodStart = std::max(status.periodStart, budgetStart);
    if (budgetEnd.isValid())
        status.periodEnd = std::min(status.periodEnd, budgetEnd);

    const QDate upToToday = std::min(status.periodEnd, today.addDays(1));
    status.elapsedDays = int(std::max<qint64>(0, status.periodStart.daysTo(upToToday)));

    if (budget.actualSpend) {
        status.actual = budget.actualSpend->amount;
        status.unit = budget.actualSpend->unit;
    }
    if (budget.forecastedSpend)
        status.forecast = budget.forecastedSpend->amount;
    if (limit) {
        status.limit = limit->amount;
        status.unit = limit->unit;
    }

    for (const Notification &notification : notifications) {
        double percent = notification.threshold;
        if (notification.thresholdType == ThresholdType::AbsoluteValue) {
            if (!limit || status.limit.nanos() <= 0)
                continue;
            percent = notification.threshold / status.limit.toDouble() * 100.0;
        }
        (notification.type == NotificationType::Actual ? status.actualThresholds : status.forecastThresholds)
            .append(percent);
    }
    status.actualThresholds = sortedUnique(status.actualThresholds);
    status.forecastThresholds = sortedUnique(status.forecastThresholds);

    if (!limit) {
        status.health = Health::NoLimit;
        return status;
    }

    if (status.limit.nanos() > 0 && status.actual.nanos() > 0 && status.elapsedDays > 0) {
        // Day n (1-based) ends with n × actual / elapsed spent; the first n reaching the limit.
        const Wide numerator = Wide(status.limit.nanos()) * status.elapsedDays;
        const Wide actualNanos = status.actual.nanos();
        const Wide day = (numerator + actualNanos - 1) / actualNanos;
        const qint64 periodDays = status.periodStart.daysTo(status.periodEnd);
        if (day <= periodDays)
            status.runOutDate = status.periodStart.addDays(qint64(day) - 1);
    }

    if (status.actual > status.limit)
        status.health = Health::Exceeded;
    else if (status.forecast ? *status.forecast > status.limit : status.runOutDate.has_value())
        status.health = Health::AtRisk;
    else
        status.health = Health::OnTrack;
    return status;
}

double BudgetStatus::actualPercent() const
{
    if (!hasLimit() || limit.nanos() <= 0)
        return 0;
    return actual.ratioTo(limit) * 100.0;
}

std::optional<double> BudgetStatus::forecastPercent() const
{
    if (!forecast || !hasLimit() || limit.nanos() <= 0)
        return std::nullopt;
    return forecast->ratioTo(limit) * 100.0;
}

Money BudgetStatus::burnRate() const
{
    if (elapsedDays <= 0)
        return Money();
    return actual.multipliedBy(1, elapsedDays);
}

std::optional<Money> BudgetStatus::thresholdAmount(const Notification &notification) const
{
    const Money threshold = thresholdAsMoney(notification.threshold);
    if (notification.thresholdType == ThresholdType::AbsoluteValue)
        return threshold;
    if (!hasLimit())
        return std::nullopt;
    return limit.multipliedBy(threshold).multipliedBy(1, 100);
}

bool BudgetStatus::triggered(const Notification &notification) const
{
    const std::optional<Money> measured = notification.type == NotificationType::Actual ? std::optional<Money>(actual)
                                                                                        : forecast;
    const std::optional<Money> threshold = thresholdAmount(notification);
    if (!measured || !threshold)
        return false;
    switch (notification.comparison) {
    case ComparisonOperator::GreaterThan:
        return *measured > *threshold;
    case ComparisonOperator::LessThan:
        return *measured < *threshold;
    case ComparisonOperator::EqualTo:
        return *measured == *threshold;
    }
    return false;
}

QString BudgetStatus::healthText(Health health)
{
    switch (health) {
    case Health::OnTrack:
        return tr("On track");
    case Health::AtRisk:
        return tr("At risk");
    case Health::Exceeded:
        return tr("Exceeded");
    case Health::NoLimit:
        return tr("No limit");
    }
    return {};
}

} // namespace Spendscope
