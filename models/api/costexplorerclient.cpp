// SPDX-License-Identifier: GPL-3.0-or-later
#include "costexplorerclient.h"

#include "aws/awstransport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr qsizetype MaxTagKeyLength = 1024;
constexpr qsizetype MaxSearchStringLength = 1024;
constexpr int MaxResultsUpperBound = 1000;
constexpr qsizetype MaxListedTagKeys = 100;

const QString NextPageToken = u"NextPageToken"_s;

// --- enum names ----------------------------------------------------------------------------------

QString contextName(DimensionContext context)
{
    switch (context) {
    case DimensionContext::CostAndUsage:
        return u"COST_AND_USAGE"_s;
    case DimensionContext::Reservations:
        return u"RESERVATIONS"_s;
    case DimensionContext::SavingsPlans:
        return u"SAVINGS_PLANS"_s;
    }
    return QString();
}

QString sortOrderName(SortOrder order)
{
    return order == SortOrder::Ascending ? u"ASCENDING"_s : u"DESCENDING"_s;
}

QString tagStatusName(CostAllocationTagStatus status)
{
    return status == CostAllocationTagStatus::Active ? u"Active"_s : u"Inactive"_s;
}

QString tagTypeName(CostAllocationTagType type)
{
    return type == CostAllocationTagType::AwsGenerated ? u"AWSGenerated"_s : u"UserDefined"_s;
}

std::optional<GroupType> groupTypeFromName(QStringView name)
{
    if (name == u"DIMENSION")
        return GroupType::Dimension;
    if (name == u"TAG")
        return GroupType::Tag;
    if (name == u"COST_CATEGORY")
        return GroupType::CostCategory;
    return std::nullopt;
}

// --- shared request parts ------------------------------------------------------------------------

QJsonObject intervalJson(const DateInterval &interval)
{
    return QJsonObject{{u"Start"_s, interval.start}, {u"End"_s, interval.end}};
}

QJsonArray sortJson(const QList<SortDefinition> &sortBy)
{
    QJsonArray out;
    for (const SortDefinition &sort : sortBy) {
        QJsonObject o{{u"Key"_s, sort.key}};
        if (sort.sortOrder)
            o.insert(u"SortOrder"_s, sortOrderName(*sort.sortOrder));
        out.append(o);
    }
    return out;
}

void insertCommon(QJsonObject &body, const CostExpression &filter, const QString &billingViewArn)
{
    if (!filter.isEmpty())
        body.insert(u"Filter"_s, filter.toJson());
    if (!billingViewArn.isEmpty())
        body.insert(u"BillingViewArn"_s, billingViewArn);
}

// --- validation helpers (each returns a translated problem or an empty string) -------------------

std::optional<QDateTime> parseYearMonthDay(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

QString checkInterval(const DateInterval &interval)
{
    const std::optional<QDateTime> start = parseYearMonthDay(interval.start);
    if (!start)
        return CostExplorerClient::tr("The start \"%1\" is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).")
            .arg(interval.start.left(40));
    const std::optional<QDateTime> end = parseYearMonthDay(interval.end);
    if (!end)
        return CostExplorerClient::tr("The end \"%1\" is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).")
            .arg(interval.end.left(40));
    // The end is exclusive, so an empty period (start == end) asks for nothing.
    if (*start >= *end)
        return CostExplorerClient::tr("The period must start before it ends (%1 to %2).")
            .arg(interval.start, interval.end);
    return QString();
}

QString checkFilter(const CostExpression &filter)
{
    return filter.validate();
}

QString checkBillingView(const QString &arn)
{
    static const QRegularExpression pattern(u"^arn:aws[a-z-]*:billing::[0-9]{12}:billingview/\\S+$"_s);
    if (!arn.isEmpty() && (arn.size() > 2048 || !pattern.match(arn).hasMatch()))
        return CostExplorerClient::tr("\"%1\" is not a billing view ARN.").arg(arn.left(80));
    return QString();
}

QString checkSortAndMax(const QList<SortDefinition> &sortBy, const std::optional<int> &maxResults)
{
    for (const SortDefinition &sort : sortBy) {
        if (sort.key.isEmpty())
            return CostExplorerClient::tr("A sort key is empty.");
    }
    if (maxResults) {
        // The model documents MaxResults as applying only together with SortBy.
        if (sortBy.isEmpty())
            return CostExplorerClient::tr("A maximum number of results needs a sort order.");
        if (*maxResults < 1 || *maxResults > MaxResultsUpperBound)
            return CostExplorerClient::tr("The maximum number of results must be between 1 and %1.")
                .arg(MaxResultsUpperBound);
    }
    return QString();
}

QString checkSearchString(const QString &search)
{
    if (search.size() > MaxSearchStringLength)
        return CostExplorerClient::tr("The search text is longer than %1 characters.").arg(MaxSearchStringLength);
    return QString();
}

QString checkDimensionName(const QString &dimension)
{
    static const QRegularExpression pattern(u"^[A-Z][A-Z0-9_]*$"_s);
    if (dimension.isEmpty())
        return CostExplorerClient::tr("A dimension name is needed.");
    if (!pattern.match(dimension).hasMatch())
        return CostExplorerClient::tr("\"%1\" is not a dimension name such as SERVICE.").arg(dimension.left(40));
    return QString();
}

AwsError firstProblem(std::initializer_list<QString> problems)
{
    for (const QString &problem : problems) {
        if (!problem.isEmpty())
            return AwsError::invalidInput(problem);
    }
    return AwsError();
}

// --- response parsing ----------------------------------------------------------------------------

DateInterval readInterval(const Json11::Field &field)
{
    return {field[u"Start"].string(), field[u"End"].string()};
}

MetricMap readMetrics(const Json11::Field &field)
{
    MetricMap out;
    for (const auto &[name, value] : field.members())
        out.insert(name, MetricValue{value[u"Amount"].money(), value[u"Unit"].optionalString().value_or(QString())});
    return out;
}

QList<DimensionValueWithAttributes> readDimensionValues(const Json11::Field &field)
{
    QList<DimensionValueWithAttributes> out;
    for (const Json11::Field &item : field.items()) {
        DimensionValueWithAttributes value;
        value.value = item[u"Value"].string();
        for (const auto &[name, attribute] : item[u"Attributes"].members())
            value.attributes.insert(name, attribute.string());
        out.append(value);
    }
    return out;
}

void mergeMetrics(MetricMap &into, const MetricMap &from)
{
    // Never summed: a period split over pages may repeat its Total, which would count it twice.
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
}

// Adds one page's periods: a period seen on an earlier page gets this page's groups appended.
void mergePeriods(QList<CostResultByTime> &into, QList<CostResultByTime> &&page)
{
    for (CostResultByTime &period : page) {
        auto existing = std::find_if(into.begin(), into.end(), [&](const CostResultByTime &p) {
            return p.timePeriod == period.timePeriod;
        });
        if (existing == into.end()) {
            into.append(std::move(period));
            continue;
        }
        existing->groups.append(std::move(period.groups));
        mergeMetrics(existing->total, period.total);
        existing->estimated = existing->estimated || period.estimated;
    }
}

StepOutcome failOr(const AwsError &error, StepOutcome &&outcome)
{
    return error ? StepOutcome::fail(error) : std::move(outcome);
}

} // namespace

CostExplorerClient::CostExplorerClient(AwsTransport *transport, const EndpointConfig &config)
    : m_transport(transport)
    , m_endpoint(resolveEndpoint(AwsService::CostExplorer, config))
{
    Q_ASSERT(transport);
}

ServiceRequest CostExplorerClient::serviceRequest(const QString &operation, const QJsonObject &body) const
{
    return Json11::serviceRequest(m_endpoint, TargetPrefix.toString(), operation, body);
}

// --- enum names ----------------------------------------------------------------------------------

QString CostExplorerClient::granularityName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Daily:
        return u"DAILY"_s;
    case Granularity::Monthly:
        return u"MONTHLY"_s;
    case Granularity::Hourly:
        return u"HOURLY"_s;
    }
    return QString();
}

QString CostExplorerClient::groupTypeName(GroupType type)
{
    switch (type) {
    case GroupType::Dimension:
        return u"DIMENSION"_s;
    case GroupType::Tag:
        return u"TAG"_s;
    case GroupType::CostCategory:
        return u"COST_CATEGORY"_s;
    }
    return QString();
}

QString CostExplorerClient::forecastMetricName(ForecastMetric metric)
{
    switch (metric) {
    case ForecastMetric::BlendedCost:
        return u"BLENDED_COST"_s;
    case ForecastMetric::UnblendedCost:
        return u"UNBLENDED_COST"_s;
    case ForecastMetric::AmortizedCost:
        return u"AMORTIZED_COST"_s;
    case ForecastMetric::NetUnblendedCost:
        return u"NET_UNBLENDED_COST"_s;
    case ForecastMetric::NetAmortizedCost:
        return u"NET_AMORTIZED_COST"_s;
    case ForecastMetric::UsageQuantity:
        return u"USAGE_QUANTITY"_s;
    case ForecastMetric::NormalizedUsageAmount:
        return u"NORMALIZED_USAGE_AMOUNT"_s;
    }
    return QString();
}

const QStringList &CostExplorerClient::costAndUsageMetricNames()
{
    // The values the GetCostAndUsage documentation lists for Metrics.
    static const QStringList names = {
        u"AmortizedCost"_s, u"BlendedCost"_s, u"NetAmortizedCost"_s, u"NetUnblendedCost"_s,
        u"NormalizedUsageAmount"_s, u"UnblendedCost"_s, u"UsageQuantity"_s,
    };
    return names;
}

// --- GetCostAndUsage -----------------------------------------------------------------------------

AwsError CostExplorerClient::validate(const GetCostAndUsageRequest &request)
{
    QString metricProblem;
    if (request.metrics.isEmpty())
        metricProblem = tr("At least one metric is needed.");
    QSet<QString> seenMetrics;
    for (const QString &metric : request.metrics) {
        if (!metricProblem.isEmpty())
            break;
        if (!costAndUsageMetricNames().contains(metric))
            metricProblem = tr("\"%1\" is not a Cost Explorer metric (expected one of %2).")
                                .arg(metric.left(40), costAndUsageMetricNames().join(u", "_s));
        else if (seenMetrics.contains(metric))
            metricProblem = tr("The metric %1 is asked for twice.").arg(metric);
        seenMetrics.insert(metric);
    }

    QString groupProblem;
    if (request.groupBy.size() > 2)
        groupProblem = tr("Cost Explorer groups by at most two keys, not %1.").arg(request.groupBy.size());
    for (qsizetype i = 0; i < request.groupBy.size() && groupProblem.isEmpty(); ++i) {
        const GroupDefinition &group = request.groupBy.at(i);
        if (group.key.isEmpty())
            groupProblem = tr("A grouping key is empty.");
        else if (group.key.size() > MaxTagKeyLength)
            groupProblem = tr("A grouping key is longer than %1 characters.").arg(MaxTagKeyLength);
        else if (group.type == GroupType::Dimension)
            groupProblem = checkDimensionName(group.key);
        if (groupProblem.isEmpty() && request.groupBy.indexOf(group) != i)
            groupProblem = tr("The grouping by %1 is given twice.").arg(group.key);
    }

    return firstProblem({checkInterval(request.timePeriod), metricProblem, groupProblem, checkFilter(request.filter),
                         checkBillingView(request.billingViewArn)});
}

QJsonObject CostExplorerClient::toJson(const GetCostAndUsageRequest &request)
{
    QJsonObject body{
        {u"TimePeriod"_s, intervalJson(request.timePeriod)},
        {u"Granularity"_s, granularityName(request.granularity)},
        {u"Metrics"_s, QJsonArray::fromStringList(request.metrics)},
    };
    if (!request.groupBy.isEmpty()) {
        QJsonArray groups;
        for (const GroupDefinition &group : request.groupBy)
            groups.append(QJsonObject{{u"Type"_s, groupTypeName(group.type)}, {u"Key"_s, group.key}});
        body.insert(u"GroupBy"_s, groups);
    }
    insertCommon(body, request.filter, request.billingViewArn);
    return body;
}

ApiJob<GetCostAndUsageResult> *CostExplorerClient::getCostAndUsage(const GetCostAndUsageRequest &request) const
{
    const QString operation = u"GetCostAndUsage"_s;
    const QJsonObject body = toJson(request);
    Json11::Pager pager(TargetPrefix.toString(), operation, body, NextPageToken);

    auto step = [pager](const HttpResponse &response, GetCostAndUsageResult &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);

        const QString token = top[u"NextPageToken"].optionalString().value_or(QString());
        QList<GroupDefinition> definitions;
        for (const Json11::Field &item : top[u"GroupDefinitions"].items()) {
            const QString typeName = item[u"Type"].string();
            const std::optional<GroupType> type = groupTypeFromName(typeName);
            if (!type && !error)
                item[u"Type"].fail(tr("unknown group type \"%1\"").arg(typeName.left(40)));
            definitions.append(GroupDefinition{type.value_or(GroupType::Dimension), item[u"Key"].string()});
        }
        QList<CostResultByTime> periods;
        for (const Json11::Field &item : top[u"ResultsByTime"].items()) {
            CostResultByTime period;
            period.timePeriod = readInterval(item[u"TimePeriod"]);
            period.total = readMetrics(item[u"Total"]);
            for (const Json11::Field &groupItem : item[u"Groups"].items())
                period.groups.append(CostGroup{groupItem[u"Keys"].stringList(), readMetrics(groupItem[u"Metrics"])});
            period.estimated = item[u"Estimated"].boolean(false);
            periods.append(std::move(period));
        }
        QList<DimensionValueWithAttributes> attributes = readDimensionValues(top[u"DimensionValueAttributes"]);
        if (error)
            return StepOutcome::fail(error);

        // Nothing of a bad page is merged.
        if (out.groupDefinitions.isEmpty())
            out.groupDefinitions = definitions;
        mergePeriods(out.resultsByTime, std::move(periods));
        for (DimensionValueWithAttributes &value : attributes) {
            const bool known = std::any_of(out.dimensionValueAttributes.cbegin(), out.dimensionValueAttributes.cend(),
                                           [&](const DimensionValueWithAttributes &v) { return v.value == value.value; });
            if (!known)
                out.dimensionValueAttributes.append(std::move(value));
        }
        return pager.next(token);
    };

    auto *job = new ApiJob<GetCostAndUsageResult>(m_transport, serviceRequest(operation, body), step);
    if (const AwsError error = validate(request))
        job->failBeforeSending(error);
    return job;
}

// --- GetCostForecast -----------------------------------------------------------------------------

AwsError CostExplorerClient::validate(const GetCostForecastRequest &request)
{
    QString problem;
    if (request.granularity == Granularity::Hourly)
        problem = tr("Forecasts are only available by day or by month.");
    else if (request.predictionIntervalLevel && (*request.predictionIntervalLevel < 51 || *request.predictionIntervalLevel > 99))
        problem = tr("The prediction interval level must be between 51 and 99, not %1.").arg(*request.predictionIntervalLevel);
    return firstProblem({checkInterval(request.timePeriod), problem, checkFilter(request.filter),
                         checkBillingView(request.billingViewArn)});
}

QJsonObject CostExplorerClient::toJson(const GetCostForecastRequest &request)
{
    QJsonObject body{
        {u"TimePeriod"_s, intervalJson(request.timePeriod)},
        {u"Metric"_s, forecastMetricName(request.metric)},
        {u"Granularity"_s, granularityName(request.granularity)},
    };
    if (request.predictionIntervalLevel)
        body.insert(u"PredictionIntervalLevel"_s, *request.predictionIntervalLevel);
    insertCommon(body, request.filter, request.billingViewArn);
    return body;
}

ApiJob<GetCostForecastResult> *CostExplorerClient::getCostForecast(const GetCostForecastRequest &request) const
{
    auto step = [](const HttpResponse &response, GetCostForecastResult &out) -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        GetCostForecastResult page;
        if (const Json11::Field total = top[u"Total"]; total.isPresent())
            page.total = MetricValue{total[u"Amount"].money(), total[u"Unit"].optionalString().value_or(QString())};
        for (const Json11::Field &item : top[u"ForecastResultsByTime"].items()) {
            ForecastResult result;
            result.timePeriod = readInterval(item[u"TimePeriod"]);
            result.meanValue = item[u"MeanValue"].optionalMoney();
            result.lowerBound = item[u"PredictionIntervalLowerBound"].optionalMoney();
            result.upperBound = item[u"PredictionIntervalUpperBound"].optionalMoney();
            page.forecastResultsByTime.append(result);
        }
        if (!error)
            out = std::move(page);
        return failOr(error, StepOutcome::done());
    };
    const QJsonObject body = toJson(request);
    auto *job = new ApiJob<GetCostForecastResult>(m_transport, serviceRequest(u"GetCostForecast"_s, body), step);
    if (const AwsError error = validate(request))
        job->failBeforeSending(error);
    return job;
}

// --- GetTags -------------------------------------------------------------------------------------

AwsError CostExplorerClient::validate(const GetTagsRequest &request)
{
    QString problem;
    if (request.tagKey.size() > MaxTagKeyLength)
        problem = tr("The tag key is longer than %1 characters.").arg(MaxTagKeyLength);
    return firstProblem({checkInterval(request.timePeriod), problem, checkSearchString(request.searchString),
                         checkSortAndMax(request.sortBy, request.maxResults), checkFilter(request.filter),
                         checkBillingView(request.billingViewArn)});
}

QJsonObject CostExplorerClient::toJson(const GetTagsRequest &request)
{
    QJsonObject body{{u"TimePeriod"_s, intervalJson(request.timePeriod)}};
    if (!request.tagKey.isEmpty())
        body.insert(u"TagKey"_s, request.tagKey);
    if (!request.searchString.isEmpty())
        body.insert(u"SearchString"_s, request.searchString);
    if (!request.sortBy.isEmpty())
        body.insert(u"SortBy"_s, sortJson(request.sortBy));
    if (request.maxResults)
        body.insert(u"MaxResults"_s, *request.maxResults);
    insertCommon(body, request.filter, request.billingViewArn);
    return body;
}

ApiJob<GetTagsResult> *CostExplorerClient::getTags(const GetTagsRequest &request) const
{
    const QString operation = u"GetTags"_s;
    const QJsonObject body = toJson(request);
    Json11::Pager pager(TargetPrefix.toString(), operation, body, NextPageToken);
    auto step = [pager](const HttpResponse &response, GetTagsResult &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        if (!top[u"Tags"].isPresent())
            top[u"Tags"].fail(tr("the field is missing"));
        const QStringList tags = top[u"Tags"].stringList();
        const qint64 returnSize = top[u"ReturnSize"].integer();
        const qint64 totalSize = top[u"TotalSize"].integer();
        const QString token = top[u"NextPageToken"].optionalString().value_or(QString());
        if (error)
            return StepOutcome::fail(error);
        out.tags.append(tags);
        out.returnSize += static_cast<int>(returnSize);
        out.totalSize = static_cast<int>(totalSize);
        return pager.next(token);
    };
    auto *job = new ApiJob<GetTagsResult>(m_transport, serviceRequest(operation, body), step);
    if (const AwsError error = validate(request))
        job->failBeforeSending(error);
    return job;
}

// --- GetDimensionValues --------------------------------------------------------------------------

AwsError CostExplorerClient::validate(const GetDimensionValuesRequest &request)
{
    return firstProblem({checkInterval(request.timePeriod), checkDimensionName(request.dimension),
                         checkSearchString(request.searchString), checkSortAndMax(request.sortBy, request.maxResults),
                         checkFilter(request.filter), checkBillingView(request.billingViewArn)});
}

QJsonObject CostExplorerClient::toJson(const GetDimensionValuesRequest &request)
{
    QJsonObject body{
        {u"TimePeriod"_s, intervalJson(request.timePeriod)},
        {u"Dimension"_s, request.dimension},
    };
    if (!request.searchString.isEmpty())
        body.insert(u"SearchString"_s, request.searchString);
    if (request.context)
        body.insert(u"Context"_s, contextName(*request.context));
    if (!request.sortBy.isEmpty())
        body.insert(u"SortBy"_s, sortJson(request.sortBy));
    if (request.maxResults)
        body.insert(u"MaxResults"_s, *request.maxResults);
    insertCommon(body, request.filter, request.billingViewArn);
    return body;
}

ApiJob<GetDimensionValuesResult> *CostExplorerClient::getDimensionValues(const GetDimensionValuesRequest &request) const
{
    const QString operation = u"GetDimensionValues"_s;
    const QJsonObject body = toJson(request);
    Json11::Pager pager(TargetPrefix.toString(), operation, body, NextPageToken);
    auto step = [pager](const HttpResponse &response, GetDimensionValuesResult &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        if (!top[u"DimensionValues"].isPresent())
            top[u"DimensionValues"].fail(tr("the field is missing"));
        QList<DimensionValueWithAttributes> values = readDimensionValues(top[u"DimensionValues"]);
        const qint64 returnSize = top[u"ReturnSize"].integer();
        const qint64 totalSize = top[u"TotalSize"].integer();
        const QString token = top[u"NextPageToken"].optionalString().value_or(QString());
        if (error)
            return StepOutcome::fail(error);
        out.dimensionValues.append(std::move(values));
        out.returnSize += static_cast<int>(returnSize);
        out.totalSize = static_cast<int>(totalSize);
        return pager.next(token);
    };
    auto *job = new ApiJob<GetDimensionValuesResult>(m_transport, serviceRequest(operation, body), step);
    if (const AwsError error = validate(request))
        job->failBeforeSending(error);
    return job;
}

// --- ListCostAllocationTags ----------------------------------------------------------------------

AwsError CostExplorerClient::validate(const ListCostAllocationTagsRequest &request)
{
    QString problem;
    if (request.tagKeys.size() > MaxListedTagKeys)
        problem = tr("At most %1 tag keys can be listed at once, not %2.").arg(MaxListedTagKeys).arg(request.tagKeys.size());
    for (const QString &key : request.tagKeys) {
        if (!problem.isEmpty())
            break;
        if (key.isEmpty() || key.size() > MaxTagKeyLength)
            problem = tr("A tag key is empty or longer than %1 characters.").arg(MaxTagKeyLength);
    }
    if (problem.isEmpty() && request.maxResults && (*request.maxResults < 1 || *request.maxResults > MaxResultsUpperBound))
        problem = tr("The maximum number of results must be between 1 and %1.").arg(MaxResultsUpperBound);
    return firstProblem({problem});
}

QJsonObject CostExplorerClient::toJson(const ListCostAllocationTagsRequest &request)
{
    QJsonObject body;
    if (request.status)
        body.insert(u"Status"_s, tagStatusName(*request.status));
    if (request.type)
        body.insert(u"Type"_s, tagTypeName(*request.type));
    if (!request.tagKeys.isEmpty())
        body.insert(u"TagKeys"_s, QJsonArray::fromStringList(request.tagKeys));
    if (request.maxResults)
        body.insert(u"MaxResults"_s, *request.maxResults);
    return body;
}

ApiJob<ListCostAllocationTagsResult> *
CostExplorerClient::listCostAllocationTags(const ListCostAllocationTagsRequest &request) const
{
    const QString operation = u"ListCostAllocationTags"_s;
    const QJsonObject body = toJson(request);
    // This operation calls its token NextToken, unlike the Get* operations.
    Json11::Pager pager(TargetPrefix.toString(), operation, body, u"NextToken"_s);
    auto step = [pager](const HttpResponse &response, ListCostAllocationTagsResult &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        QList<CostAllocationTag> tags;
        for (const Json11::Field &item : top[u"CostAllocationTags"].items()) {
            CostAllocationTag tag;
            tag.tagKey = item[u"TagKey"].string();
            const QString type = item[u"Type"].string();
            if (type == u"AWSGenerated")
                tag.type = CostAllocationTagType::AwsGenerated;
            else if (type == u"UserDefined")
                tag.type = CostAllocationTagType::UserDefined;
            else if (!error)
                item[u"Type"].fail(tr("unknown tag type \"%1\"").arg(type.left(40)));
            const QString status = item[u"Status"].string();
            if (status == u"Active")
                tag.status = CostAllocationTagStatus::Active;
            else if (status == u"Inactive")
                tag.status = CostAllocationTagStatus::Inactive;
            else if (!error)
                item[u"Status"].fail(tr("unknown tag status \"%1\"").arg(status.left(40)));
            tag.lastUpdatedDate = item[u"LastUpdatedDate"].optionalIsoDateTime().value_or(QDateTime());
            tag.lastUsedDate = item[u"LastUsedDate"].optionalIsoDateTime().value_or(QDateTime());
            tags.append(tag);
        }
        const QString token = top[u"NextToken"].optionalString().value_or(QString());
        if (error)
            return StepOutcome::fail(error);
        out.tags.append(std::move(tags));
        return pager.next(token);
    };
    auto *job = new ApiJob<ListCostAllocationTagsResult>(m_transport, serviceRequest(operation, body), step);
    if (const AwsError error = validate(request))
        job->failBeforeSending(error);
    return job;
}

// --- UpdateCostAllocationTagsStatus --------------------------------------------------------------

AwsError CostExplorerClient::validate(const QList<CostAllocationTagStatusEntry> &entries)
{
    if (entries.isEmpty())
        return AwsError::invalidInput(tr("No tag keys to activate or deactivate."));
    QSet<QString> seen;
    for (const CostAllocationTagStatusEntry &entry : entries) {
        if (entry.tagKey.isEmpty() || entry.tagKey.size() > MaxTagKeyLength)
            return AwsError::invalidInput(tr("A tag key is empty or longer than %1 characters.").arg(MaxTagKeyLength));
        // Split over batches, a key listed twice could end in either state.
        if (seen.contains(entry.tagKey))
            return AwsError::invalidInput(tr("The tag key \"%1\" is listed twice.").arg(entry.tagKey.left(80)));
        seen.insert(entry.tagKey);
    }
    return AwsError();
}

ApiJob<UpdateCostAllocationTagsStatusResult> *
CostExplorerClient::updateCostAllocationTagsStatus(const QList<CostAllocationTagStatusEntry> &entries) const
{
    const QString operation = u"UpdateCostAllocationTagsStatus"_s;
    QList<QJsonObject> batches;
    for (qsizetype i = 0; i < entries.size(); i += MaxTagStatusBatch) {
        QJsonArray list;
        for (qsizetype j = i; j < std::min<qsizetype>(i + MaxTagStatusBatch, entries.size()); ++j) {
            list.append(QJsonObject{{u"TagKey"_s, entries.at(j).tagKey},
                                    {u"Status"_s, tagStatusName(entries.at(j).status)}});
        }
        batches.append(QJsonObject{{u"CostAllocationTagsStatus"_s, list}});
    }

    qsizetype nextBatch = 1;
    auto step = [batches, nextBatch, operation](const HttpResponse &response,
                                                UpdateCostAllocationTagsStatusResult &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root, true))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        QList<CostAllocationTagStatusError> errors;
        for (const Json11::Field &item : top[u"Errors"].items()) {
            errors.append({item[u"TagKey"].optionalString().value_or(QString()),
                           item[u"Code"].optionalString().value_or(QString()),
                           item[u"Message"].optionalString().value_or(QString())});
        }
        if (error)
            return StepOutcome::fail(error);
        out.errors.append(std::move(errors));
        if (nextBatch >= batches.size())
            return StepOutcome::done();
        return StepOutcome::nextPage(Json11::httpRequest(TargetPrefix.toString(), operation, batches.at(nextBatch++)));
    };
    auto *job = new ApiJob<UpdateCostAllocationTagsStatusResult>(
        m_transport, serviceRequest(operation, batches.value(0)), step);
    if (const AwsError error = validate(entries))
        job->failBeforeSending(error);
    return job;
}

} // namespace Spendscope
