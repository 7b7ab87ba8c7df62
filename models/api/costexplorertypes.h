// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexpression.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Requests and results of the Cost Explorer operations Spendscope uses (ce 2017-10-25).
// Amounts are exact Money; the unit AWS sends ("USD", "N/A" for mixed usage) stays next to them.
namespace Spendscope {

enum class Granularity { Daily, Monthly, Hourly };
enum class GroupType { Dimension, Tag, CostCategory };
// GetCostForecast names its metrics in UPPER_SNAKE (UNBLENDED_COST), unlike GetCostAndUsage.
enum class ForecastMetric {
    BlendedCost,
    UnblendedCost,
    AmortizedCost,
    NetUnblendedCost,
    NetAmortizedCost,
    UsageQuantity,
    NormalizedUsageAmount,
};
enum class DimensionContext { CostAndUsage, Reservations, SavingsPlans };
enum class SortOrder { Ascending, Descending };
enum class CostAllocationTagStatus { Active, Inactive };
enum class CostAllocationTagType { AwsGenerated, UserDefined };

// A period as Cost Explorer writes it: "2026-08-01", or "2026-08-20T00:00:00Z" for HOURLY.
// Start is inclusive, end exclusive.
struct DateInterval
{
    QString start;
    QString end;

    [[nodiscard]] static DateInterval fromDates(QDate start, QDate endExclusive)
    {
        return {start.toString(Qt::ISODate), endExclusive.toString(Qt::ISODate)};
    }
    [[nodiscard]] static DateInterval fromTimes(const QDateTime &start, const QDateTime &endExclusive)
    {
        return {start.toUTC().toString(Qt::ISODate), endExclusive.toUTC().toString(Qt::ISODate)};
    }
    [[nodiscard]] friend bool operator==(const DateInterval &, const DateInterval &) = default;
};

struct MetricValue
{
    Money amount;
    QString unit;

    [[nodiscard]] friend bool operator==(const MetricValue &, const MetricValue &) = default;
};

// Metric name ("UnblendedCost") to value.
using MetricMap = QMap<QString, MetricValue>;

struct GroupDefinition
{
    GroupType type = GroupType::Dimension;
    QString key; // "SERVICE", or a tag key such as "Team"

    [[nodiscard]] friend bool operator==(const GroupDefinition &, const GroupDefinition &) = default;
};

// One group of one period. A TAG key comes back as "Team$platform"; "Team$" is untagged spend.
struct CostGroup
{
    QStringList keys;
    MetricMap metrics;
};

struct CostResultByTime
{
    DateInterval timePeriod;
    MetricMap total; // usually empty when grouping: sum the groups instead
    QList<CostGroup> groups;
    bool estimated = false; // the period's bill is not final yet
};

struct DimensionValueWithAttributes
{
    QString value;
    QMap<QString, QString> attributes; // LINKED_ACCOUNT: {"description": "<account name>"}
};

struct GetCostAndUsageRequest
{
    DateInterval timePeriod;
    Granularity granularity = Granularity::Monthly;
    QStringList metrics; // "UnblendedCost", "NetUnblendedCost", "UsageQuantity", ...
    CostExpression filter;
    QList<GroupDefinition> groupBy; // at most two
    QString billingViewArn;
};

struct GetCostAndUsageResult
{
    QList<GroupDefinition> groupDefinitions;
    // All pages merged: one entry per period, in the order the service sent them.
    QList<CostResultByTime> resultsByTime;
    QList<DimensionValueWithAttributes> dimensionValueAttributes;

    // The exact sum of `metric` over all periods: of the groups when there are any, else of the
    // totals.
    [[nodiscard]] Money sum(const QString &metric) const
    {
        Money total;
        for (const CostResultByTime &period : resultsByTime) {
            if (!period.groups.isEmpty()) {
                for (const CostGroup &group : period.groups)
                    total += group.metrics.value(metric).amount;
            } else {
                total += period.total.value(metric).amount;
            }
        }
        return total;
    }
};

struct GetCostForecastRequest
{
    DateInterval timePeriod;
    ForecastMetric metric = ForecastMetric::UnblendedCost;
    Granularity granularity = Granularity::Monthly; // DAILY or MONTHLY only
    CostExpression filter;
    std::optional<int> predictionIntervalLevel; // 51..99
    QString billingViewArn;
};

struct ForecastResult
{
    DateInterval timePeriod;
    std::optional<Money> meanValue;
    std::optional<Money> lowerBound;
    std::optional<Money> upperBound;
};

struct GetCostForecastResult
{
    std::optional<MetricValue> total;
    QList<ForecastResult> forecastResultsByTime;
};

struct SortDefinition
{
    QString key; // e.g. "UnblendedCost"
    std::optional<SortOrder> sortOrder;
};

struct GetTagsRequest
{
    DateInterval timePeriod;
    QString tagKey; // empty: list tag keys; set: list the values of that key
    QString searchString;
    CostExpression filter;
    QList<SortDefinition> sortBy;
    std::optional<int> maxResults; // per page, only together with sortBy
    QString billingViewArn;
};

struct GetTagsResult
{
    QStringList tags; // all pages
    int returnSize = 0; // summed over the pages
    int totalSize = 0;  // as the last page reported it
};

struct GetDimensionValuesRequest
{
    DateInterval timePeriod;
    QString dimension; // "SERVICE", "USAGE_TYPE", ...
    QString searchString;
    std::optional<DimensionContext> context;
    CostExpression filter;
    QList<SortDefinition> sortBy;
    std::optional<int> maxResults; // per page, only together with sortBy
    QString billingViewArn;
};

struct GetDimensionValuesResult
{
    QList<DimensionValueWithAttributes> dimensionValues; // all pages
    int returnSize = 0;
    int totalSize = 0;
};

struct CostAllocationTag
{
    QString tagKey;
    CostAllocationTagType type = CostAllocationTagType::UserDefined;
    CostAllocationTagStatus status = CostAllocationTagStatus::Inactive;
    QDateTime lastUpdatedDate; // invalid when not reported
    QDateTime lastUsedDate;
};

struct ListCostAllocationTagsRequest
{
    std::optional<CostAllocationTagStatus> status;
    std::optional<CostAllocationTagType> type;
    QStringList tagKeys; // empty: all; else 1..100 keys
    std::optional<int> maxResults; // per page, 1..1000
};

struct ListCostAllocationTagsResult
{
    QList<CostAllocationTag> tags; // all pages
};

struct CostAllocationTagStatusEntry
{
    QString tagKey;
    CostAllocationTagStatus status = CostAllocationTagStatus::Active;
};

struct CostAllocationTagStatusError
{
    QString tagKey;
    QString code;
    QString message;
};

struct UpdateCostAllocationTagsStatusResult
{
    // Keys the service refused, from all batches; keys not listed were updated.
    QList<CostAllocationTagStatusError> errors;
};

} // namespace Spendscope
