// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetstypes.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// Where one AWS budget stands in its current period, computed from what DescribeBudget(s) and
// DescribeNotificationsForBudget returned. The rules follow the service (and the sandbox):
//
//  - Period: the budget's MONTHLY / QUARTERLY / ANNUALLY / DAILY period containing `today`
//    (calendar aligned, UTC days), or its own dates for CUSTOM; clipped to the budget's
//    TimePeriod. periodEnd is exclusive.
//  - Limit: BudgetLimit, else the PlannedBudgetLimits entry in force for the period (the latest
//    one starting on or before it; before the first one, the first). No limit: Health::NoLimit.
//  - Actual and forecast: CalculatedSpend as the service computed it; a missing actual is zero.
//  - Burn rate: actual / elapsed days, where the elapsed days run from periodStart up to and
//    including `today` (the service's actual spend includes today's).
//  - runOutDate: the day on which spend at that burn rate reaches the limit, i.e.
//    periodStart + ceil(limit × elapsed / actual) − 1 day. It can lie in the past when the limit
//    is already reached. nullopt when there is no limit (or it is not positive), no spend yet, or
//    the day falls on or after periodEnd (the budget does not run out this period).
//  - Health: Exceeded when actual > limit; AtRisk when the service's forecast > limit or, without
//    a forecast, when runOutDate falls inside the period; OnTrack otherwise.
//  - Thresholds: percentages of the limit, ascending and without duplicates; absolute thresholds
//    are converted. triggered() evaluates a notification exactly as AWS does (exact amounts).
struct BudgetStatus
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::BudgetStatus)
public:
    enum class Health { OnTrack, AtRisk, Exceeded, NoLimit };

    QString name;
    QString unit; // "USD", or a usage unit; the limit's unit
    Money limit;
    Money actual;
    std::optional<Money> forecast;
    QDate periodStart;
    QDate periodEnd; // exclusive
    int elapsedDays = 0; // days of the period up to and including today, >= 1 once it started
    QList<double> actualThresholds;   // percent of the limit
    QList<double> forecastThresholds; // percent of the limit
    QList<Notification> notifications;
    std::optional<QDate> runOutDate;
    Health health = Health::OnTrack;

    [[nodiscard]] bool hasLimit() const { return health != Health::NoLimit; }
    // actual / limit in percent; 0 without a limit. For display and gauges only.
    [[nodiscard]] double actualPercent() const;
    [[nodiscard]] std::optional<double> forecastPercent() const;
    // Average spend per elapsed day; zero before the period starts.
    [[nodiscard]] Money burnRate() const;
    // The amount a notification compares against: the absolute threshold, or the percentage of
    // the limit (nullopt for a percentage without a limit).
    [[nodiscard]] std::optional<Money> thresholdAmount(const Notification &notification) const;
    // Whether the notification's condition holds (GREATER_THAN, LESS_THAN or EQUAL_TO on the
    // actual or the forecasted spend), as the service decides its ALARM state.
    [[nodiscard]] bool triggered(const Notification &notification) const;

    [[nodiscard]] static BudgetStatus of(const Budget &budget, const QList<Notification> &notifications, QDate today);

    // The period [start, end) of the given unit containing `day` (calendar aligned; CUSTOM and
    // DAILY give that day).
    [[nodiscard]] static QDate periodStartOf(BudgetTimeUnit unit, QDate day);
    [[nodiscard]] static QDate periodEndOf(BudgetTimeUnit unit, QDate start);
    // An AWS threshold (a double on the wire) as an exact amount.
    [[nodiscard]] static Money thresholdAsMoney(double threshold);
    // "On track", "At risk", "Exceeded", "No limit".
    [[nodiscard]] static QString healthText(Health health);
};

} // namespace Spendscope
