// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexpression.h"
#include "domain/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The objects of the AWS Budgets API (budgets 2016-10-20) that Spendscope reads and writes.
namespace Spendscope {

enum class BudgetTimeUnit { Daily, Monthly, Quarterly, Annually, Custom };
enum class BudgetType { Usage, Cost, RiUtilization, RiCoverage, SavingsPlansUtilization, SavingsPlansCoverage };
enum class NotificationType { Actual, Forecasted };
enum class ComparisonOperator { GreaterThan, LessThan, EqualTo };
enum class ThresholdType { Percentage, AbsoluteValue };
enum class NotificationState { Ok, Alarm };
enum class SubscriptionType { Sns, Email };

// An amount with its unit ("USD", or a usage unit such as "GB").
struct Spend
{
    Money amount;
    QString unit;

    [[nodiscard]] friend bool operator==(const Spend &, const Spend &) = default;
};

struct Budget
{
    QString name;
    std::optional<Spend> limit; // BudgetLimit; COST and USAGE budgets need it or planned limits
    // PlannedBudgetLimits: the start of each period (epoch seconds, as the service keys them) to
    // that period's limit.
    QMap<qint64, Spend> plannedLimits;
    BudgetTimeUnit timeUnit = BudgetTimeUnit::Monthly;
    BudgetType type = BudgetType::Cost;
    QDateTime periodStart; // invalid: not set (the service picks the current period)
    QDateTime periodEnd;   // invalid: not set (the service uses 2087-06-15)
    CostExpression filterExpression;
    QStringList metrics; // at most one: "UnblendedCost", ...

    // Read-only, filled by DescribeBudget(s); never sent.
    std::optional<Spend> actualSpend;
    std::optional<Spend> forecastedSpend;
    QDateTime lastUpdatedTime;

    // Members of the service's Budget that Spendscope does not model (AutoAdjustData, CostTypes,
    // BillingViewArn, ...), kept as received: UpdateBudget replaces the whole budget, so they are
    // sent back rather than silently dropped.
    QJsonObject otherFields;
};

struct Notification
{
    NotificationType type = NotificationType::Actual;
    ComparisonOperator comparison = ComparisonOperator::GreaterThan;
    // A percentage of the limit or an absolute amount, as thresholdType says; the service
    // models it as a double.
    double threshold = 0;
    std::optional<ThresholdType> thresholdType; // the service assumes PERCENTAGE when unset
    std::optional<NotificationState> state;     // read-only

    [[nodiscard]] friend bool operator==(const Notification &, const Notification &) = default;
};

struct Subscriber
{
    SubscriptionType type = SubscriptionType::Email;
    QString address; // an e-mail address or an SNS topic ARN

    [[nodiscard]] friend bool operator==(const Subscriber &, const Subscriber &) = default;
};

struct NotificationWithSubscribers
{
    Notification notification;
    QList<Subscriber> subscribers;
};

struct ResourceTag
{
    QString key;
    QString value;
};

} // namespace Spendscope
