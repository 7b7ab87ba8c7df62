// SPDX-License-Identifier: GPL-3.0-or-later
#include "costexplorerhandler.h"

#include "costallocationtags.h"
#include "costforecaster.h"
#include "ledger.h"
#include "wireresponses.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

constexpr QByteArrayView TargetPrefix = "AWSInsightsIndexService.";
// Values per GetTags / GetDimensionValues page when SortBy does not set MaxResults.
constexpr int ListPageSize = 1000;

HttpResponse validationError(const QString &message, const QByteArray &requestId)
{
    return Wire::json11Error(400, u"ValidationException"_s, message, requestId);
}

HttpResponse engineError(const CostEngine::Error &error, const QByteArray &requestId)
{
    return Wire::json11Error(400, error.code, error.message, requestId);
}

QJsonObject metricValue(Money amount, const QString &unit)
{
    return {{u"Amount"_s, amount.toString()}, {u"Unit"_s, unit}};
}

QJsonObject dateInterval(QDate start, QDate end)
{
    return {{u"Start"_s, start.toString(Qt::ISODate)}, {u"End"_s, end.toString(Qt::ISODate)}};
}

QString zonedDateTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

// Page tokens name the request they belong to (a hash of the operation and body without the
// token) and the offset, so that they are stable and refuse a changed request.
QByteArray requestHash(const QByteArray &operation, QJsonObject body)
{
    body.remove(u"NextPageToken"_s);
    body.remove(u"NextToken"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(operation);
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return hash.result().left(12).toHex();
}

QString makeToken(const QByteArray &hash, qsizetype offset)
{
    return QString::fromLatin1(QByteArray("v1." + hash + '.' + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

enum class TokenCheck {
    None,
    Valid,
    Invalid,
    Changed,
};

TokenCheck readToken(const QJsonValue &token, const QByteArray &hash, qsizetype *offset)
{
    if (token.isUndefined() || token.isNull())
        return TokenCheck::None;
    const auto decoded = QByteArray::fromBase64Encoding(token.toString().toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return TokenCheck::Invalid;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    bool ok = false;
    const qsizetype value = parts.size() == 3 ? parts.at(2).toLongLong(&ok) : 0;
    if (parts.size() != 3 || parts.at(0) != "v1" || !ok || value < 0)
        return TokenCheck::Invalid;
    if (parts.at(1) != hash)
        return TokenCheck::Changed;
    *offset = value;
    return TokenCheck::Valid;
}

HttpResponse tokenError(TokenCheck check, const QByteArray &requestId)
{
    if (check == TokenCheck::Changed)
        return Wire::json11Error(400, u"RequestChangedException"_s,
                                 u"Your request parameters changed between pages. Try again with the old parameters or without a pagination token."_s,
                                 requestId);
    return Wire::json11Error(400, u"InvalidNextTokenException"_s,
                             u"The pagination token is invalid. Try again without a pagination token."_s, requestId);
}

std::optional<CostFilter> parseFilter(const QJsonObject &body, QString *error)
{
    const QJsonValue filter = body.value(u"Filter"_s);
    if (filter.isUndefined() || filter.isNull())
        return CostFilter();
    if (!filter.isObject()) {
        *error = u"Filter must be an Expression object."_s;
        return std::nullopt;
    }
    return CostFilter::fromJson(filter.toObject(), error);
}

// SortBy for GetTags / GetDimensionValues: [{Key: metric, SortOrder: ASCENDING|DESCENDING}].
bool sortValues(const QJsonValue &sortBy, QList<CostEngine::ValueSums> *values, QString *error)
{
    if (sortBy.isUndefined() || sortBy.isNull())
        return true;
    const QJsonArray definitions = sortBy.toArray();
    struct Key
    {
        CostEngine::Metric metric;
        bool descending;
    };
    QList<Key> keys;
    for (const QJsonValue &value : definitions) {
        const QJsonObject definition = value.toObject();
        const std::optional<CostEngine::Metric> metric
            = CostEngine::metricFromName(definition.value(u"Key"_s).toString());
        const QString order = definition.value(u"SortOrder"_s).toString(u"ASCENDING"_s);
        if (!metric || (order != u"ASCENDING" && order != u"DESCENDING")) {
            *error = u"SortBy Key must be a cost or usage metric and SortOrder ASCENDING or DESCENDING."_s;
            return false;
        }
        keys.append({*metric, order == u"DESCENDING"});
    }
    std::stable_sort(values->begin(), values->end(),
                     [&keys](const CostEngine::ValueSums &a, const CostEngine::ValueSums &b) {
                         for (const Key &key : keys) {
                             const Money x = CostEngine::value(a.sums, key.metric);
                             const Money y = CostEngine::value(b.sums, key.metric);
                             if (x != y)
                                 return key.descending ? x > y : x < y;
                         }
                         return false;
                     });
    return true;
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

CostExplorerHandler::CostExplorerHandler(const Ledger &ledger, CostAllocationTags &tags, QString accountId,
                                         QString accountName)
    : m_ledger(ledger)
    , m_tags(tags)
    , m_engine(ledger, tags, std::move(accountId), std::move(accountName))
{
}

HttpResponse CostExplorerHandler::handle(const SandboxRequest &request)
{
    const QByteArray target = request.http.header("x-amz-target");
    const QByteArray operation = target.startsWith(TargetPrefix) ? target.mid(TargetPrefix.size()) : QByteArray();

    QJsonObject body;
    if (!request.http.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.http.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return Wire::json11Error(400, u"SerializationException"_s,
                                     u"Start of structure or map found where not expected."_s, request.requestId);
        body = document.object();
    }

    if (operation == "GetCostAndUsage")
        return getCostAndUsage(body, request);
    if (operation == "GetCostForecast")
        return getCostForecast(body, request);
    if (operation == "GetTags")
        return getTags(body, request);
    if (operation == "GetDimensionValues")
        return getDimensionValues(body, request);
    if (operation == "ListCostAllocationTags")
        return listCostAllocationTags(body, request);
    if (operation == "UpdateCostAllocationTagsStatus")
        return updateCostAllocationTagsStatus(body, request);
    return Wire::json11Error(400, u"UnknownOperationException"_s,
                             u"The operation %1 is not supported by this endpoint."_s.arg(QString::fromLatin1(target)),
                             request.requestId);
}

HttpResponse CostExplorerHandler::getCostAndUsage(const QJsonObject &body, const SandboxRequest &request)
{
    const QDate today = request.now.toUTC().date();
    CostEngine::Error error;
    const std::optional<CostEngine::Query> query = CostEngine::parseQuery(body, today, &error);
    if (!query)
        return engineError(error, request.requestId);

    const QByteArray hash = requestHash("GetCostAndUsage", body);
    qsizetype offset = 0;
    const TokenCheck check = readToken(body.value(u"NextPageToken"_s), hash, &offset);
    if (check == TokenCheck::Invalid || check == TokenCheck::Changed)
        return tokenError(check, request.requestId);

    if (m_cache.requestHash != hash || m_cache.ledgerVersion != m_ledger.version()
        || m_cache.tagsVersion != m_tags.version() || m_cache.today != today) {
        m_cache.periods = m_engine.evaluate(*query, today);
        m_cache.requestHash = hash;
        m_cache.ledgerVersion = m_ledger.version();
        m_cache.tagsVersion = m_tags.version();
        m_cache.today = today;
    }
    const std::vector<CostEngine::Period> &periods = m_cache.periods;
    const bool grouped = !query->groupBy.isEmpty();

    // Paging counts group entries: a period's groups may be split over pages, and a period
    // without groups goes with the page holding its position.
    qsizetype totalGroups = 0;
    for (const CostEngine::Period &period : periods)
        totalGroups += period.groups.size();
    if (offset > totalGroups)
        return tokenError(TokenCheck::Invalid, request.requestId);
    const qsizetype pageEnd = grouped ? offset + m_pageSize : totalGroups;

    QJsonArray results;
    qsizetype position = 0;
    for (const CostEngine::Period &period : periods) {
        const qsizetype count = period.groups.size();
        const qsizetype from = std::max(position, offset);
        const qsizetype to = std::min(position + count, pageEnd);
        const bool onPage = count > 0 ? from < to
                                      : (position >= offset && (position < pageEnd || pageEnd >= totalGroups));
        if (onPage) {
            QJsonObject total;
            QJsonArray groups;
            if (!grouped) {
                for (CostEngine::Metric metric : query->metrics)
                    total.insert(CostEngine::metricName(metric),
                                 metricValue(CostEngine::value(period.total, metric), CostEngine::unitOf(metric)));
            }
            for (qsizetype g = from - position; g < to - position && count > 0; ++g) {
                const CostEngine::Group &group = period.groups.at(g);
                QJsonObject metrics;
                for (CostEngine::Metric metric : query->metrics)
                    metrics.insert(CostEngine::metricName(metric),
                                   metricValue(CostEngine::value(group.sums, metric), CostEngine::unitOf(metric)));
                groups.append(QJsonObject{{u"Keys"_s, QJsonArray::fromStringList(group.keys)}, {u"Metrics"_s, metrics}});
            }
            results.append(QJsonObject{{u"TimePeriod"_s, dateInterval(period.start, period.end)},
                                       {u"Total"_s, total},
                                       {u"Groups"_s, groups},
                                       {u"Estimated"_s, period.estimated}});
        }
        position += count;
    }

    QJsonObject response{{u"ResultsByTime"_s, results}};
    QJsonArray definitions;
    QJsonArray attributes;
    for (const CostEngine::GroupBy &group : query->groupBy) {
        definitions.append(QJsonObject{{u"Type"_s, group.isTag ? u"TAG"_s : u"DIMENSION"_s}, {u"Key"_s, group.key}});
        if (!group.isTag && group.key == u"LINKED_ACCOUNT")
            attributes.append(QJsonObject{{u"Value"_s, m_engine.accountId()},
                                          {u"Attributes"_s, QJsonObject{{u"description"_s, m_engine.accountName()}}}});
    }
    if (grouped)
        response.insert(u"GroupDefinitions"_s, definitions);
    response.insert(u"DimensionValueAttributes"_s, attributes);
    if (grouped && pageEnd < totalGroups)
        response.insert(u"NextPageToken"_s, makeToken(hash, pageEnd));
    else
        m_cache = Cached(); // the last page is out: keep no large answer around
    return Wire::json11(response, request.requestId);
}

HttpResponse CostExplorerHandler::getCostForecast(const QJsonObject &body, const SandboxRequest &request)
{
    const QDate today = request.now.toUTC().date();
    QDate start;
    QDate end;
    CostEngine::Error error;
    if (!CostEngine::parsePeriod(body.value(u"TimePeriod"_s), &start, &end, &error))
        return engineError(error, request.requestId);

    const QString metricName = body.value(u"Metric"_s).toString();
    static const QStringList metrics{u"BLENDED_COST"_s,       u"UNBLENDED_COST"_s, u"AMORTIZED_COST"_s,
                                     u"NET_UNBLENDED_COST"_s, u"NET_AMORTIZED_COST"_s, u"USAGE_QUANTITY"_s,
                                     u"NORMALIZED_USAGE_AMOUNT"_s};
    if (metricName.isEmpty())
        return validationError(u"1 validation error detected: Value null at 'metric' failed to satisfy constraint: Member must not be null"_s,
                               request.requestId);
    if (!metrics.contains(metricName))
        return validationError(u"1 validation error detected: Value '%1' at 'metric' failed to satisfy constraint: Member must satisfy enum value set: [%2]"_s
                                   .arg(metricName, metrics.join(u", "_s)),
                               request.requestId);
    const QString granularity = body.value(u"Granularity"_s).toString();
    if (granularity != u"DAILY" && granularity != u"MONTHLY")
        return validationError(u"GetCostForecast supports only DAILY and MONTHLY granularities."_s, request.requestId);

    int level = 0;
    const QJsonValue levelValue = body.value(u"PredictionIntervalLevel"_s);
    if (!levelValue.isUndefined() && !levelValue.isNull()) {
        level = levelValue.toInt(-1);
        if (!levelValue.isDouble() || level < 51 || level > 99)
            return validationError(u"1 validation error detected: Value '%1' at 'predictionIntervalLevel' failed to satisfy constraint: Member must have value between 51 and 99"_s
                                       .arg(levelValue.toVariant().toString()),
                                   request.requestId);
    }
    QString filterError;
    const std::optional<CostFilter> filter = parseFilter(body, &filterError);
    if (!filter)
        return validationError(filterError, request.requestId);

    if (start >= end)
        return validationError(u"Requested Start: %1 must be before requested End: %2"_s
                                   .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)),
                               request.requestId);
    if (start < today)
        return validationError(u"Start date must be equal to or later than the current date: %1"_s
                                   .arg(today.toString(Qt::ISODate)),
                               request.requestId);
    const bool daily = granularity == u"DAILY";
    if (end > start.addMonths(daily ? 3 : 18))
        return validationError(daily ? u"DAILY forecasts cover at most 3 months."_s
                                     : u"MONTHLY forecasts cover at most 18 months."_s,
                               request.requestId);
    if (metricName == u"NORMALIZED_USAGE_AMOUNT")
        return Wire::json11Error(400, u"DataUnavailableException"_s,
                                 u"Normalized usage is not available for this account."_s, request.requestId);

    const bool quantity = metricName == u"USAGE_QUANTITY";
    const QDate historyStart = today.addDays(-CostForecaster::HistoryDays);
    std::vector<Money> history;
    for (const CostEngine::Sums &sums : m_engine.dailySeries(*filter, historyStart, today))
        history.push_back(quantity ? sums.quantity : sums.cost);

    std::vector<std::pair<QDate, QDate>> periods;
    for (QDate from = start; from < end;) {
        const QDate to = daily ? from.addDays(1) : std::min(firstOfMonth(from).addMonths(1), end);
        periods.emplace_back(from, to);
        from = to;
    }
    const std::optional<CostForecaster::Result> forecast
        = CostForecaster::forecast(history, historyStart, periods, level > 0 ? level : 80);
    if (!forecast)
        return Wire::json11Error(400, u"DataUnavailableException"_s,
                                 u"Insufficient amount of historical data to generate a forecast."_s, request.requestId);

    const QString unit = quantity ? CostEngine::unitOf(CostEngine::Metric::UsageQuantity) : u"USD"_s;
    QJsonArray results;
    for (const CostForecaster::Period &period : forecast->periods) {
        QJsonObject result{{u"TimePeriod"_s, dateInterval(period.start, period.end)},
                           {u"MeanValue"_s, period.mean.toString()}};
        // The interval is returned only when asked for, as Cost Explorer documents.
        if (level > 0) {
            result.insert(u"PredictionIntervalLowerBound"_s, period.lower.toString());
            result.insert(u"PredictionIntervalUpperBound"_s, period.upper.toString());
        }
        results.append(result);
    }
    return Wire::json11(QJsonObject{{u"Total"_s, metricValue(forecast->total, unit)},
                                    {u"ForecastResultsByTime"_s, results}},
                        request.requestId);
}

namespace {

// One page of a sorted value list, for GetTags and GetDimensionValues.
struct ValuePage
{
    qsizetype from = 0;
    qsizetype to = 0;
    QString nextToken;
};

std::optional<ValuePage> pageOf(const QJsonObject &body, const QByteArray &operation, qsizetype total,
                                       bool sorted, HttpResponse *failure, const QByteArray &requestId)
{
    const QByteArray hash = requestHash(operation, body);
    qsizetype offset = 0;
    const TokenCheck check = readToken(body.value(u"NextPageToken"_s), hash, &offset);
    if (check == TokenCheck::Invalid || check == TokenCheck::Changed || offset > total) {
        *failure = tokenError(check == TokenCheck::Changed ? check : TokenCheck::Invalid, requestId);
        return std::nullopt;
    }
    int pageSize = ListPageSize;
    const QJsonValue maxResults = body.value(u"MaxResults"_s);
    // MaxResults applies only together with SortBy, as the service documents.
    if (sorted && !maxResults.isUndefined() && !maxResults.isNull()) {
        pageSize = maxResults.toInt(0);
        if (pageSize < 1 || pageSize > 1000) {
            *failure = validationError(u"MaxResults must be between 1 and 1000."_s, requestId);
            return std::nullopt;
        }
    }
    ValuePage page;
    page.from = offset;
    page.to = std::min(total, offset + pageSize);
    if (page.to < total)
        page.nextToken = makeToken(hash, page.to);
    return page;
}

bool searchMatches(const QString &value, const QString &search)
{
    return search.isEmpty() || value.contains(search, Qt::CaseInsensitive);
}

} // namespace

HttpResponse CostExplorerHandler::getTags(const QJsonObject &body, const SandboxRequest &request)
{
    QDate start;
    QDate end;
    CostEngine::Error error;
    if (!CostEngine::parsePeriod(body.value(u"TimePeriod"_s), &start, &end, &error))
        return engineError(error, request.requestId);
    if (start >= end)
        return validationError(u"Start date (and hour) should be before end date (and hour)"_s, request.requestId);
    QString filterError;
    const std::optional<CostFilter> filter = parseFilter(body, &filterError);
    if (!filter)
        return validationError(filterError, request.requestId);

    const QString tagKey = body.value(u"TagKey"_s).toString();
    QList<CostEngine::ValueSums> values
        = tagKey.isEmpty() ? m_engine.tagKeys(start, end, *filter) : m_engine.tagValues(tagKey, start, end, *filter);
    const QString search = body.value(u"SearchString"_s).toString();
    values.removeIf([&search](const CostEngine::ValueSums &v) { return !searchMatches(v.value, search); });
    QString sortError;
    if (!sortValues(body.value(u"SortBy"_s), &values, &sortError))
        return validationError(sortError, request.requestId);

    HttpResponse failure;
    const std::optional<ValuePage> page = pageOf(body, "GetTags", values.size(), body.contains(u"SortBy"_s),
                                                 &failure, request.requestId);
    if (!page)
        return failure;
    QJsonArray tags;
    for (qsizetype i = page->from; i < page->to; ++i)
        tags.append(values.at(i).value);
    QJsonObject response{{u"Tags"_s, tags},
                         {u"ReturnSize"_s, int(page->to - page->from)},
                         {u"TotalSize"_s, int(values.size())}};
    if (!page->nextToken.isEmpty())
        response.insert(u"NextPageToken"_s, page->nextToken);
    return Wire::json11(response, request.requestId);
}

HttpResponse CostExplorerHandler::getDimensionValues(const QJsonObject &body, const SandboxRequest &request)
{
    QDate start;
    QDate end;
    CostEngine::Error error;
    if (!CostEngine::parsePeriod(body.value(u"TimePeriod"_s), &start, &end, &error))
        return engineError(error, request.requestId);
    const QString dimension = body.value(u"Dimension"_s).toString();
    if (dimension.isEmpty())
        return validationError(u"1 validation error detected: Value null at 'dimension' failed to satisfy constraint: Member must not be null"_s,
                               request.requestId);
    if (!CostFilter::isKnownDimension(dimension))
        return validationError(u"Dimension %1 is not allowed."_s.arg(dimension), request.requestId);
    if (start >= end)
        return validationError(u"Start date (and hour) should be before end date (and hour)"_s, request.requestId);
    const QString context = body.value(u"Context"_s).toString(u"COST_AND_USAGE"_s);
    if (context != u"COST_AND_USAGE" && context != u"RESERVATIONS" && context != u"SAVINGS_PLANS")
        return validationError(u"1 validation error detected: Value '%1' at 'context' failed to satisfy constraint: Member must satisfy enum value set: [COST_AND_USAGE, RESERVATIONS, SAVINGS_PLANS]"_s
                                   .arg(context),
                               request.requestId);
    QString filterError;
    const std::optional<CostFilter> filter = parseFilter(body, &filterError);
    if (!filter)
        return validationError(filterError, request.requestId);

    // The sandbox account has no reservations or savings plans.
    QList<CostEngine::ValueSums> values;
    if (context == u"COST_AND_USAGE")
        values = m_engine.dimensionValues(dimension, start, end, *filter);
    const QString search = body.value(u"SearchString"_s).toString();
    values.removeIf([&search](const CostEngine::ValueSums &v) { return !searchMatches(v.value, search); });
    QString sortError;
    if (!sortValues(body.value(u"SortBy"_s), &values, &sortError))
        return validationError(sortError, request.requestId);

    HttpResponse failure;
    const std::optional<ValuePage> page = pageOf(body, "GetDimensionValues", values.size(),
                                                 body.contains(u"SortBy"_s), &failure, request.requestId);
    if (!page)
        return failure;
    QJsonArray list;
    for (qsizetype i = page->from; i < page->to; ++i) {
        QJsonObject attributes;
        if (dimension == u"LINKED_ACCOUNT")
            attributes.insert(u"description"_s, m_engine.accountName());
        list.append(QJsonObject{{u"Value"_s, values.at(i).value}, {u"Attributes"_s, attributes}});
    }
    QJsonObject response{{u"DimensionValues"_s, list},
                         {u"ReturnSize"_s, int(page->to - page->from)},
                         {u"TotalSize"_s, int(values.size())}};
    if (!page->nextToken.isEmpty())
        response.insert(u"NextPageToken"_s, page->nextToken);
    return Wire::json11(response, request.requestId);
}

void CostExplorerHandler::learnTagKeys()
{
    // Keys appear in the cost allocation tags list once usage carries them (AWS: within a day).
    if (m_learnedVersion == m_ledger.version())
        return;
    m_lastUsed.clear();
    for (const auto &[key, lastDay] : m_engine.tagKeysInUse()) {
        m_tags.addKey(key);
        m_lastUsed.insert(key, lastDay);
    }
    m_learnedVersion = m_ledger.version();
}

HttpResponse CostExplorerHandler::listCostAllocationTags(const QJsonObject &body, const SandboxRequest &request)
{
    learnTagKeys();
    const QJsonValue status = body.value(u"Status"_s);
    if (!status.isUndefined() && status.toString() != u"Active" && status.toString() != u"Inactive")
        return validationError(u"1 validation error detected: Value '%1' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]"_s
                                   .arg(status.toVariant().toString()),
                               request.requestId);
    const QJsonValue type = body.value(u"Type"_s);
    if (!type.isUndefined() && type.toString() != u"AWSGenerated" && type.toString() != u"UserDefined")
        return validationError(u"1 validation error detected: Value '%1' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [AWSGenerated, UserDefined]"_s
                                   .arg(type.toVariant().toString()),
                               request.requestId);
    QStringList keys;
    const QJsonValue keysValue = body.value(u"TagKeys"_s);
    if (!keysValue.isUndefined()) {
        for (const QJsonValue &key : keysValue.toArray())
            keys.append(key.toString());
        if (keys.isEmpty() || keys.size() > 100)
            return validationError(u"1 validation error detected: Value at 'tagKeys' failed to satisfy constraint: Member must have length between 1 and 100"_s,
                                   request.requestId);
    }
    int maxResults = 100;
    const QJsonValue maxValue = body.value(u"MaxResults"_s);
    if (!maxValue.isUndefined()) {
        maxResults = maxValue.toInt(0);
        if (maxResults < 1 || maxResults > 1000)
            return validationError(u"1 validation error detected: Value '%1' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000"_s
                                       .arg(maxValue.toVariant().toString()),
                                   request.requestId);
    }

    QList<const CostAllocationTags::Key *> selected;
    for (const CostAllocationTags::Key &key : m_tags.keys()) {
        if (!keys.isEmpty() && !keys.contains(key.key))
            continue;
        if (!status.isUndefined() && (status.toString() == u"Active") != key.isActive())
            continue;
        if (type.toString() == u"AWSGenerated") // the sandbox has user-defined tags only
            continue;
        selected.append(&key);
    }

    const QByteArray hash = requestHash("ListCostAllocationTags", body);
    qsizetype offset = 0;
    const TokenCheck check = readToken(body.value(u"NextToken"_s), hash, &offset);
    if (check == TokenCheck::Invalid || check == TokenCheck::Changed || offset > selected.size())
        return Wire::json11Error(400, u"InvalidNextTokenException"_s,
                                 u"The pagination token is invalid. Try again without a pagination token."_s,
                                 request.requestId);
    const qsizetype to = std::min(selected.size(), offset + maxResults);
    QJsonArray list;
    for (qsizetype i = offset; i < to; ++i) {
        const CostAllocationTags::Key &key = *selected.at(i);
        QJsonObject entry{{u"TagKey"_s, key.key},
                          {u"Type"_s, u"UserDefined"_s},
                          {u"Status"_s, key.isActive() ? u"Active"_s : u"Inactive"_s}};
        if (key.lastUpdated.isValid())
            entry.insert(u"LastUpdatedDate"_s, zonedDateTime(key.lastUpdated));
        const QDate lastUsed = m_lastUsed.value(key.key);
        if (lastUsed.isValid())
            entry.insert(u"LastUsedDate"_s, zonedDateTime(QDateTime(firstOfMonth(lastUsed), QTime(0, 0), Qt::UTC)));
        list.append(entry);
    }
    QJsonObject response{{u"CostAllocationTags"_s, list}};
    if (to < selected.size())
        response.insert(u"NextToken"_s, makeToken(hash, to));
    return Wire::json11(response, request.requestId);
}

HttpResponse CostExplorerHandler::updateCostAllocationTagsStatus(const QJsonObject &body, const SandboxRequest &request)
{
    learnTagKeys();
    const QJsonValue entriesValue = body.value(u"CostAllocationTagsStatus"_s);
    if (!entriesValue.isArray())
        return validationError(u"1 validation error detected: Value null at 'costAllocationTagsStatus' failed to satisfy constraint: Member must not be null"_s,
                               request.requestId);
    const QJsonArray entries = entriesValue.toArray();
    if (entries.isEmpty() || entries.size() > 20)
        return validationError(u"1 validation error detected: Value at 'costAllocationTagsStatus' failed to satisfy constraint: Member must have length between 1 and 20"_s,
                               request.requestId);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString status = entry.value(u"Status"_s).toString();
        if (entry.value(u"TagKey"_s).toString().isEmpty() || (status != u"Active" && status != u"Inactive"))
            return validationError(u"Each entry needs a TagKey and a Status of Active or Inactive."_s, request.requestId);
    }
    QJsonArray errors;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString key = entry.value(u"TagKey"_s).toString();
        if (!m_tags.setActive(key, entry.value(u"Status"_s).toString() == u"Active", request.now)) {
            errors.append(QJsonObject{{u"TagKey"_s, key},
                                      {u"Code"_s, u"TagKeyNotFound"_s},
                                      {u"Message"_s, u"The tag key %1 was not found on any usage of this account."_s.arg(key)}});
        }
    }
    return Wire::json11(QJsonObject{{u"Errors"_s, errors}}, request.requestId);
}

} // namespace Spendscope::Sandbox
