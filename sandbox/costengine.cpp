// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"

#include "costallocationtags.h"
#include "ledger.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

// Open-weight and first-party models on the mantle endpoint bill under this SERVICE. (Claude has
// been reported under "Claude … (Amazon Bedrock Edition)" services; the sandbox keeps one.)
constexpr QStringView ServiceName = u"Amazon Bedrock";
// Not documented for mantle usage; one value keeps OPERATION groupable.
constexpr QStringView OperationName = u"Usage";
constexpr QStringView LegalEntity = u"Amazon Web Services, Inc.";

// The DIMENSION keys GetCostAndUsage accepts in GroupBy (as the service lists them in its error).
constexpr std::array<QStringView, 17> GroupDimensions{
    u"AZ", u"INSTANCE_TYPE", u"LINKED_ACCOUNT", u"OPERATION", u"PURCHASE_TYPE", u"SERVICE", u"USAGE_TYPE",
    u"PLATFORM", u"TENANCY", u"RECORD_TYPE", u"LEGAL_ENTITY_NAME", u"INVOICING_ENTITY", u"DEPLOYMENT_OPTION",
    u"DATABASE_ENGINE", u"CACHE_ENGINE", u"INSTANCE_TYPE_FAMILY", u"REGION"};

struct Accumulator
{
    qint64 cost = 0;
    qint64 quantity = 0;
};

CostEngine::Error validation(const QString &message)
{
    return {u"ValidationException"_s, message};
}

QString groupDimensionList()
{
    QStringList names;
    for (QStringView name : GroupDimensions)
        names.append(name.toString());
    return names.join(u", "_s);
}

bool isGroupDimension(QStringView name)
{
    return std::find(GroupDimensions.cbegin(), GroupDimensions.cend(), name) != GroupDimensions.cend();
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

// One query compiled against the ledger: per usage type and per tag snapshot lookup tables, so
// that the row loop only indexes arrays.
class CostEngine::Compiled
{
public:
    struct Axis
    {
        bool isTag = false;
        int tagKey = -1;                // index into m_tagKeys for TAG axes
        std::vector<quint32> byUsageType; // DIMENSION: usage type → label
        std::vector<quint32> bySnapshot;  // TAG: snapshot → label (0 is untagged)
        QStringList labels;               // sorted, so label order is key order
    };

    Compiled(const CostEngine &engine, const CostFilter &filter, QDate start, QDate end)
        : m_engine(engine)
        , m_ledger(engine.m_ledger)
        , m_start(start)
        , m_end(end)
    {
        m_firstRow = m_ledger.lowerBound(start);
        m_endRow = m_ledger.lowerBound(end);
        m_startOffset = start.toJulianDay() - Ledger::EpochJulianDay;
        m_days = int(start.daysTo(end));
        compileFilter(filter);
    }

    QString dimensionValue(const QString &dimension, quint16 usageType) const
    {
        const UsageType &type = m_ledger.usageType(usageType);
        if (dimension == u"SERVICE")
            return ServiceName.toString();
        if (dimension == u"USAGE_TYPE")
            return m_ledger.usageTypeText(usageType);
        if (dimension == u"REGION") {
            const QString region = type.region();
            return region.isEmpty() ? u"global"_s : region;
        }
        if (dimension == u"OPERATION")
            return OperationName.toString();
        if (dimension == u"LINKED_ACCOUNT")
            return m_engine.m_accountId;
        if (dimension == u"RECORD_TYPE")
            return u"Usage"_s;
        if (dimension == u"PURCHASE_TYPE")
            return u"On Demand"_s;
        if (dimension == u"LEGAL_ENTITY_NAME" || dimension == u"INVOICING_ENTITY")
            return LegalEntity.toString();
        if (dimension == u"BILLING_ENTITY")
            return u"AWS"_s;
        if (dimension == u"AZ")
            return u"NoAZ"_s;
        if (dimension == u"INSTANCE_TYPE")
            return u"NoInstanceType"_s;
        if (dimension == u"PLATFORM")
            return u"NoPlatform"_s;
        if (dimension == u"TENANCY")
            return u"NoTenancy"_s;
        // Dimensions of other services (database engine, reservations, ...) do not apply.
        return QString();
    }

    int tagKeyIndex(const QString &key)
    {
        const qsizetype index = m_tagKeys.indexOf(key);
        if (index >= 0)
            return int(index);
        m_tagKeys.append(key);
        // Whether the key counts on each day of the query: activation is not retroactive.
        std::vector<char> active(size_t(m_days), 0);
        const CostAllocationTags::Key *entry = m_engine.m_tags.find(key);
        if (entry) {
            for (int d = 0; d < m_days; ++d)
                active[size_t(d)] = entry->isActiveOn(m_start.addDays(d)) ? 1 : 0;
        }
        m_active.push_back(std::move(active));
        return int(m_tagKeys.size() - 1);
    }

    Axis dimensionAxis(const QString &dimension) const
    {
        Axis axis;
        const auto types = quint16(m_ledger.usageTypeCount());
        QStringList values;
        values.reserve(types);
        for (quint16 t = 0; t < types; ++t)
            values.append(dimensionValue(dimension, t));
        axis.labels = values;
        axis.labels.sort();
        axis.labels.removeDuplicates();
        axis.byUsageType.resize(types);
        for (quint16 t = 0; t < types; ++t)
            axis.byUsageType[t] = quint32(std::lower_bound(axis.labels.cbegin(), axis.labels.cend(), values.at(t))
                                          - axis.labels.cbegin());
        return axis;
    }

    // Labels are the raw values; the caller decorates them ("Key$value").
    Axis tagAxis(const QString &key)
    {
        Axis axis;
        axis.isTag = true;
        axis.tagKey = tagKeyIndex(key);
        const auto snapshots = size_t(m_ledger.tagSnapshotCount());
        QStringList values;
        values.reserve(qsizetype(snapshots));
        for (size_t s = 0; s < snapshots; ++s)
            values.append(m_ledger.tagSnapshot(quint32(s)).value(key));
        axis.labels = values;
        axis.labels.append(QString()); // untagged, always label 0 after sorting
        axis.labels.sort();
        axis.labels.removeDuplicates();
        axis.bySnapshot.resize(snapshots);
        for (size_t s = 0; s < snapshots; ++s)
            axis.bySnapshot[s] = quint32(std::lower_bound(axis.labels.cbegin(), axis.labels.cend(), values.at(qsizetype(s)))
                                         - axis.labels.cbegin());
        return axis;
    }

    bool matches(size_t row, int day) const
    {
        if (m_filterNodes.empty())
            return true;
        if (!m_filterUsesTags)
            return m_passByUsageType[m_ledger.usageTypeColumn()[row]] != 0;
        return evaluate(0, row, day);
    }

    quint32 label(const Axis &axis, size_t row, int day) const
    {
        if (!axis.isTag)
            return axis.byUsageType[m_ledger.usageTypeColumn()[row]];
        if (!m_active[size_t(axis.tagKey)][size_t(day)])
            return 0;
        return axis.bySnapshot[m_ledger.tagsColumn()[row]];
    }

    // Calls visit(row, dayIndex) for every row in the period that passes the filter.
    template<typename Visit>
    void scan(Visit &&visit) const
    {
        const auto days = m_ledger.dayColumn();
        for (size_t row = size_t(m_firstRow); row < size_t(m_endRow); ++row) {
            const int day = int(days[row] - m_startOffset);
            if (matches(row, day))
                visit(row, day);
        }
    }

    [[nodiscard]] bool isActive(int tagKey, int day) const { return m_active[size_t(tagKey)][size_t(day)] != 0; }
    [[nodiscard]] int days() const { return m_days; }
    [[nodiscard]] const QStringList &tagKeys() const { return m_tagKeys; }

private:
    struct FilterNode
    {
        CostFilter::Kind kind = CostFilter::Kind::And;
        std::vector<int> children;
        std::vector<char> byUsageType; // Dimension leaves
        std::vector<char> bySnapshot;  // Tag leaves: match of the snapshot's value
        char whenUntagged = 0;         // Tag leaves: match of the empty value
        int tagKey = -1;
    };

    static bool valueMatches(const CostFilter::Node &node, const QString &value)
    {
        if (value.isEmpty() && node.absent)
            return true;
        const Qt::CaseSensitivity cs = node.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
        return node.values.contains(value, cs);
    }

    void compileFilter(const CostFilter &filter)
    {
        const std::vector<CostFilter::Node> &nodes = filter.nodes();
        m_filterNodes.resize(nodes.size());
        for (size_t i = 0; i < nodes.size(); ++i) {
            const CostFilter::Node &node = nodes[i];
            FilterNode &compiled = m_filterNodes[i];
            compiled.kind = node.kind;
            compiled.children = node.children;
            if (node.kind == CostFilter::Kind::Dimension) {
                const auto types = quint16(m_ledger.usageTypeCount());
                compiled.byUsageType.resize(types);
                for (quint16 t = 0; t < types; ++t)
                    compiled.byUsageType[t] = valueMatches(node, dimensionValue(node.key, t)) ? 1 : 0;
            } else if (node.kind == CostFilter::Kind::Tag) {
                m_filterUsesTags = true;
                compiled.tagKey = tagKeyIndex(node.key);
                compiled.whenUntagged = valueMatches(node, QString()) ? 1 : 0;
                const auto snapshots = size_t(m_ledger.tagSnapshotCount());
                compiled.bySnapshot.resize(snapshots);
                for (size_t s = 0; s < snapshots; ++s)
                    compiled.bySnapshot[s] = valueMatches(node, m_ledger.tagSnapshot(quint32(s)).value(node.key)) ? 1 : 0;
            }
        }
        if (!m_filterNodes.empty() && !m_filterUsesTags) {
            // Without tags the filter depends on the usage type only: evaluate it once per type.
            const auto types = quint16(m_ledger.usageTypeCount());
            m_passByUsageType.resize(types);
            for (quint16 t = 0; t < types; ++t)
                m_passByUsageType[t] = evaluateForUsageType(0, t) ? 1 : 0;
        }
    }

    bool evaluateForUsageType(int index, quint16 type) const
    {
        const FilterNode &node = m_filterNodes[size_t(index)];
        switch (node.kind) {
        case CostFilter::Kind::And:
            return std::all_of(node.children.cbegin(), node.children.cend(),
                               [&](int child) { return evaluateForUsageType(child, type); });
        case CostFilter::Kind::Or:
            return std::any_of(node.children.cbegin(), node.children.cend(),
                               [&](int child) { return evaluateForUsageType(child, type); });
        case CostFilter::Kind::Not:
            return !evaluateForUsageType(node.children.front(), type);
        case CostFilter::Kind::Dimension:
            return node.byUsageType[type] != 0;
        case CostFilter::Kind::Tag:
            break;
        }
        return false;
    }

    bool evaluate(int index, size_t row, int day) const
    {
        const FilterNode &node = m_filterNodes[size_t(index)];
        switch (node.kind) {
        case CostFilter::Kind::And:
            for (int child : node.children) {
                if (!evaluate(child, row, day))
                    return false;
            }
            return true;
        case CostFilter::Kind::Or:
            for (int child : node.children) {
                if (evaluate(child, row, day))
                    return true;
            }
            return false;
        case CostFilter::Kind::Not:
            return !evaluate(node.children.front(), row, day);
        case CostFilter::Kind::Dimension:
            return node.byUsageType[m_ledger.usageTypeColumn()[row]] != 0;
        case CostFilter::Kind::Tag:
            if (!m_active[size_t(node.tagKey)][size_t(day)])
                return node.whenUntagged != 0;
            return node.bySnapshot[m_ledger.tagsColumn()[row]] != 0;
        }
        return false;
    }

    const CostEngine &m_engine;
    const Ledger &m_ledger;
    QDate m_start;
    QDate m_end;
    qsizetype m_firstRow = 0;
    qsizetype m_endRow = 0;
    qint64 m_startOffset = 0;
    int m_days = 0;
    QStringList m_tagKeys;
    std::vector<std::vector<char>> m_active; // per tag key, per day of the query
    std::vector<FilterNode> m_filterNodes;
    bool m_filterUsesTags = false;
    std::vector<char> m_passByUsageType;
};

CostEngine::CostEngine(const Ledger &ledger, const CostAllocationTags &tags, QString accountId, QString accountName)
    : m_ledger(ledger)
    , m_tags(tags)
    , m_accountId(std::move(accountId))
    , m_accountName(std::move(accountName))
{
}

QString CostEngine::metricName(Metric metric)
{
    switch (metric) {
    case Metric::AmortizedCost: return u"AmortizedCost"_s;
    case Metric::BlendedCost: return u"BlendedCost"_s;
    case Metric::NetAmortizedCost: return u"NetAmortizedCost"_s;
    case Metric::NetUnblendedCost: return u"NetUnblendedCost"_s;
    case Metric::NormalizedUsageAmount: return u"NormalizedUsageAmount"_s;
    case Metric::UnblendedCost: return u"UnblendedCost"_s;
    case Metric::UsageQuantity: return u"UsageQuantity"_s;
    }
    return QString();
}

std::optional<CostEngine::Metric> CostEngine::metricFromName(QStringView name)
{
    for (Metric metric : {Metric::AmortizedCost, Metric::BlendedCost, Metric::NetAmortizedCost, Metric::NetUnblendedCost,
                          Metric::NormalizedUsageAmount, Metric::UnblendedCost, Metric::UsageQuantity}) {
        if (metricName(metric) == name)
            return metric;
    }
    return std::nullopt;
}

QString CostEngine::unitOf(Metric metric)
{
    switch (metric) {
    case Metric::UsageQuantity:
        // Cost Explorer reports mantle usage in the Price List's unit, "1K tokens" (observed live,
        // reference §7); every sandbox usage type has that unit, so sums are meaningful.
        return u"1K tokens"_s;
    case Metric::NormalizedUsageAmount:
        // Normalised units exist only for instance reservations.
        return u"N/A"_s;
    default:
        return u"USD"_s;
    }
}

Money CostEngine::value(const Sums &sums, Metric metric)
{
    switch (metric) {
    case Metric::UsageQuantity: return sums.quantity;
    case Metric::NormalizedUsageAmount: return Money();
    default: return sums.cost;
    }
}

bool CostEngine::parsePeriod(const QJsonValue &timePeriod, QDate *start, QDate *end, Error *error)
{
    if (!timePeriod.isObject()) {
        *error = validation(u"1 validation error detected: Value null at 'timePeriod' failed to satisfy constraint: Member must not be null"_s);
        return false;
    }
    static const QRegularExpression pattern(u"^(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}:\\d{2}Z)?$"_s);
    const QJsonObject period = timePeriod.toObject();
    for (const auto &[field, target] : {std::pair{u"Start"_s, start}, std::pair{u"End"_s, end}}) {
        const QJsonValue value = period.value(field);
        if (!value.isString()) {
            *error = validation(u"1 validation error detected: Value null at 'timePeriod.%1' failed to satisfy constraint: Member must not be null"_s
                                    .arg(field.toLower()));
            return false;
        }
        const QRegularExpressionMatch match = pattern.match(value.toString());
        const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (!date.isValid() || !Ledger::isStorable(date)) {
            *error = validation(u"1 validation error detected: Value '%1' at 'timePeriod.%2' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}:\\d{2}Z)?"_s
                                    .arg(value.toString(), field.toLower()));
            return false;
        }
        *target = date;
    }
    return true;
}

std::optional<CostEngine::Query> CostEngine::parseQuery(const QJsonObject &request, QDate today, Error *error)
{
    Query query;
    if (!parsePeriod(request.value(u"TimePeriod"_s), &query.start, &query.end, error))
        return std::nullopt;

    const QJsonValue granularity = request.value(u"Granularity"_s);
    if (!granularity.isString()) {
        *error = validation(u"1 validation error detected: Value null at 'granularity' failed to satisfy constraint: Member must not be null"_s);
        return std::nullopt;
    }
    if (granularity.toString() == u"DAILY") {
        query.granularity = Granularity::Daily;
    } else if (granularity.toString() == u"MONTHLY") {
        query.granularity = Granularity::Monthly;
    } else if (granularity.toString() == u"HOURLY") {
        *error = validation(u"Hourly granularity is not enabled for this account."_s);
        return std::nullopt;
    } else {
        *error = validation(u"1 validation error detected: Value '%1' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [DAILY, MONTHLY, HOURLY]"_s
                                .arg(granularity.toString()));
        return std::nullopt;
    }

    const QJsonArray metrics = request.value(u"Metrics"_s).toArray();
    if (metrics.isEmpty()) {
        *error = validation(u"Metrics is required for GetCostAndUsage requests."_s);
        return std::nullopt;
    }
    for (const QJsonValue &value : metrics) {
        const std::optional<Metric> metric = metricFromName(value.toString());
        if (!metric) {
            *error = validation(u"Invalid metric '%1'. Valid values are AmortizedCost, BlendedCost, NetAmortizedCost, NetUnblendedCost, NormalizedUsageAmount, UnblendedCost, and UsageQuantity."_s
                                    .arg(value.toString()));
            return std::nullopt;
        }
        if (!query.metrics.contains(*metric))
            query.metrics.append(*metric);
    }

    const QJsonArray groupBy = request.value(u"GroupBy"_s).toArray();
    if (groupBy.size() > 2) {
        *error = validation(u"Group Definitions must contain at most 2 elements."_s);
        return std::nullopt;
    }
    for (const QJsonValue &value : groupBy) {
        const QJsonObject group = value.toObject();
        const QString type = group.value(u"Type"_s).toString();
        const QString key = group.value(u"Key"_s).toString();
        if (type.isEmpty() || key.isEmpty()) {
            *error = validation(u"Group Definition is invalid. Both type an key need to be set to a non-empty value."_s);
            return std::nullopt;
        }
        if (type == u"DIMENSION") {
            if (!isGroupDimension(key)) {
                *error = validation(u"Group Definition dimension is invalid. Valid values are %1."_s.arg(groupDimensionList()));
                return std::nullopt;
            }
            query.groupBy.append(GroupBy{false, key});
        } else if (type == u"TAG") {
            query.groupBy.append(GroupBy{true, key});
        } else if (type == u"COST_CATEGORY") {
            *error = validation(u"Cost category %1 doesn't exist."_s.arg(key));
            return std::nullopt;
        } else {
            *error = validation(u"Group Definition type is invalid."_s);
            return std::nullopt;
        }
    }

    const QJsonValue filter = request.value(u"Filter"_s);
    if (filter.isObject()) {
        QString message;
        std::optional<CostFilter> parsed = CostFilter::fromJson(filter.toObject(), &message);
        if (!parsed) {
            *error = validation(message);
            return std::nullopt;
        }
        query.filter = std::move(*parsed);
    } else if (!filter.isUndefined() && !filter.isNull()) {
        *error = validation(u"Filter must be an Expression object."_s);
        return std::nullopt;
    }

    // Period rules as Cost Explorer states them.
    if (query.start >= query.end) {
        *error = validation(u"Start date (and hour) should be before end date (and hour)"_s);
        return std::nullopt;
    }
    if (query.start > today) {
        *error = validation(u"Start date must be equal to or no later than the current date."_s);
        return std::nullopt;
    }
    if (query.end > firstOfMonth(today).addMonths(1)) {
        *error = validation(u"end date past the beginning of next month"_s);
        return std::nullopt;
    }
    if (query.start < today.addMonths(-14) && query.start.day() != 1) {
        *error = validation(u"To retrieve data beyond the past 14 months, your start date needs to be the first day of the month."_s);
        return std::nullopt;
    }
    return query;
}

std::vector<CostEngine::Period> CostEngine::evaluate(const Query &query, QDate today) const
{
    // The periods: days, or calendar months clipped to the query.
    std::vector<Period> periods;
    Compiled compiled(*this, query.filter, query.start, query.end);
    std::vector<int> periodOfDay(size_t(compiled.days()));
    for (QDate from = query.start; from < query.end;) {
        const QDate to = query.granularity == Granularity::Daily
            ? from.addDays(1)
            : std::min(firstOfMonth(from).addMonths(1), query.end);
        Period period;
        period.start = from;
        period.end = to;
        period.estimated = to > firstOfMonth(today);
        for (QDate d = from; d < to; d = d.addDays(1))
            periodOfDay[size_t(query.start.daysTo(d))] = int(periods.size());
        periods.push_back(std::move(period));
        from = to;
    }

    std::vector<Compiled::Axis> axes;
    for (const GroupBy &group : query.groupBy)
        axes.push_back(group.isTag ? compiled.tagAxis(group.key) : compiled.dimensionAxis(group.key));
    const size_t width = axes.size() > 1 ? size_t(axes[1].labels.size()) : 1;
    const size_t cells = (axes.empty() ? 1 : size_t(axes[0].labels.size())) * width;
    // Group keys as Cost Explorer writes them ("Team$payments"), built once per label.
    std::vector<QStringList> keyLabels;
    for (size_t a = 0; a < axes.size(); ++a) {
        QStringList labels;
        labels.reserve(axes[a].labels.size());
        for (const QString &label : std::as_const(axes[a].labels))
            labels.append(axes[a].isTag ? query.groupBy[qsizetype(a)].key % u'$' % label : label);
        keyLabels.push_back(std::move(labels));
    }

    // Cells of the current period in a flat array, with the list of touched ones; the ledger is in
    // day order, so each period is finished before the next begins.
    std::vector<Accumulator> accumulators(cells);
    std::vector<char> touchedFlag(cells, 0);
    std::vector<quint32> touched;
    int currentPeriod = -1;
    const auto flush = [&] {
        if (currentPeriod < 0)
            return;
        Period &period = periods[size_t(currentPeriod)];
        std::sort(touched.begin(), touched.end());
        if (!axes.empty())
            period.groups.reserve(qsizetype(touched.size()));
        for (quint32 cell : touched) {
            const Accumulator &a = accumulators[cell];
            const Sums sums{Money::fromNanos(a.cost), Money::fromNanos(a.quantity)};
            period.total += sums;
            if (!axes.empty()) {
                Group group;
                group.keys.reserve(qsizetype(axes.size()));
                group.keys.append(keyLabels[0].at(qsizetype(cell / width)));
                if (axes.size() > 1)
                    group.keys.append(keyLabels[1].at(qsizetype(cell % width)));
                group.sums = sums;
                period.groups.append(std::move(group));
            }
            accumulators[cell] = Accumulator();
            touchedFlag[cell] = 0;
        }
        touched.clear();
    };

    const auto costs = m_ledger.costColumn();
    const auto quantities = m_ledger.quantityColumn();
    compiled.scan([&](size_t row, int day) {
        const int periodIndex = periodOfDay[size_t(day)];
        if (periodIndex != currentPeriod) {
            flush();
            currentPeriod = periodIndex;
        }
        size_t cell = 0;
        if (!axes.empty()) {
            cell = size_t(compiled.label(axes[0], row, day)) * width;
            if (axes.size() > 1)
                cell += compiled.label(axes[1], row, day);
        }
        Accumulator &a = accumulators[cell];
        // Plain additions: a ledger total fits qint64 nano-units by a wide margin.
        a.cost += costs[row];
        a.quantity += quantities[row];
        if (!touchedFlag[cell]) {
            touchedFlag[cell] = 1;
            touched.push_back(quint32(cell));
        }
    });
    flush();
    return periods;
}

CostEngine::Sums CostEngine::total(const CostFilter &filter, QDate start, QDate end) const
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return {};
    Compiled compiled(*this, filter, start, end);
    Accumulator a;
    const auto costs = m_ledger.costColumn();
    const auto quantities = m_ledger.quantityColumn();
    compiled.scan([&](size_t row, int) {
        a.cost += costs[row];
        a.quantity += quantities[row];
    });
    return {Money::fromNanos(a.cost), Money::fromNanos(a.quantity)};
}

std::vector<CostEngine::Sums> CostEngine::dailySeries(const CostFilter &filter, QDate start, QDate end) const
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return {};
    Compiled compiled(*this, filter, start, end);
    std::vector<Accumulator> days(size_t(compiled.days()));
    const auto costs = m_ledger.costColumn();
    const auto quantities = m_ledger.quantityColumn();
    compiled.scan([&](size_t row, int day) {
        days[size_t(day)].cost += costs[row];
        days[size_t(day)].quantity += quantities[row];
    });
    std::vector<Sums> series;
    series.reserve(days.size());
    for (const Accumulator &a : days)
        series.push_back({Money::fromNanos(a.cost), Money::fromNanos(a.quantity)});
    return series;
}

QList<CostEngine::ValueSums> CostEngine::dimensionValues(const QString &dimension, QDate start, QDate end,
                                                         const CostFilter &filter) const
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return {};
    Compiled compiled(*this, filter, start, end);
    std::vector<Accumulator> byType(size_t(m_ledger.usageTypeCount()));
    std::vector<char> seen(byType.size(), 0);
    const auto costs = m_ledger.costColumn();
    const auto quantities = m_ledger.quantityColumn();
    const auto types = m_ledger.usageTypeColumn();
    compiled.scan([&](size_t row, int) {
        byType[types[row]].cost += costs[row];
        byType[types[row]].quantity += quantities[row];
        seen[types[row]] = 1;
    });
    QMap<QString, Sums> values;
    for (size_t t = 0; t < byType.size(); ++t) {
        if (!seen[t])
            continue;
        const QString value = compiled.dimensionValue(dimension, quint16(t));
        if (!value.isEmpty())
            values[value] += Sums{Money::fromNanos(byType[t].cost), Money::fromNanos(byType[t].quantity)};
    }
    QList<ValueSums> result;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

QList<CostEngine::ValueSums> CostEngine::tagKeys(QDate start, QDate end, const CostFilter &filter) const
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return {};
    Compiled compiled(*this, filter, start, end);
    QList<int> keyIndexes;
    for (const CostAllocationTags::Key &key : m_tags.keys())
        keyIndexes.append(compiled.tagKeyIndex(key.key));

    // Days with the same set of active keys form an epoch; sum per (snapshot, epoch), then spread
    // each sum over the snapshot's keys that were active in that epoch.
    QHash<QByteArray, int> epochIds;
    std::vector<int> epochOfDay(size_t(compiled.days()));
    std::vector<QByteArray> epochs;
    for (int d = 0; d < compiled.days(); ++d) {
        QByteArray signature(keyIndexes.size(), '0');
        for (qsizetype k = 0; k < keyIndexes.size(); ++k)
            signature[k] = compiled.isActive(keyIndexes.at(k), d) ? '1' : '0';
        const auto it = epochIds.constFind(signature);
        if (it != epochIds.cend()) {
            epochOfDay[size_t(d)] = *it;
        } else {
            epochOfDay[size_t(d)] = int(epochs.size());
            epochIds.insert(signature, int(epochs.size()));
            epochs.push_back(signature);
        }
    }
    const size_t epochCount = std::max<size_t>(1, epochs.size());
    std::unordered_map<quint64, Accumulator> bySnapshotEpoch;
    const auto costs = m_ledger.costColumn();
    const auto quantities = m_ledger.quantityColumn();
    const auto snapshots = m_ledger.tagsColumn();
    compiled.scan([&](size_t row, int day) {
        Accumulator &a = bySnapshotEpoch[quint64(snapshots[row]) * epochCount + quint64(epochOfDay[size_t(day)])];
        a.cost += costs[row];
        a.quantity += quantities[row];
    });
    QMap<QString, Sums> keys;
    for (const auto &[cell, a] : bySnapshotEpoch) {
        const Ledger::TagMap &tags = m_ledger.tagSnapshot(quint32(cell / epochCount));
        const QByteArray &signature = epochs[size_t(cell % epochCount)];
        for (qsizetype k = 0; k < keyIndexes.size(); ++k) {
            const QString &key = compiled.tagKeys().at(keyIndexes.at(k));
            if (signature.at(k) == '1' && !tags.value(key).isEmpty())
                keys[key] += Sums{Money::fromNanos(a.cost), Money::fromNanos(a.quantity)};
        }
    }
    QList<ValueSums> result;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

QList<CostEngine::ValueSums> CostEngine::tagValues(const QString &key, QDate start, QDate end,
                                                   const CostFilter &filter) const
{
    Query query;
    query.start = start;
    query.end = end;
    query.granularity = Granularity::Monthly;
    query.groupBy = {GroupBy{true, key}};
    query.filter = filter;
    if (!start.isValid() || !end.isValid() || start >= end)
        return {};
    QMap<QString, Sums> values;
    const QString prefix = key + u'$';
    for (const Period &period : evaluate(query, end)) {
        for (const Group &group : period.groups) {
            const QString value = group.keys.constFirst().mid(prefix.size());
            if (!value.isEmpty())
                values[value] += group.sums;
        }
    }
    QList<ValueSums> result;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

QList<QPair<QString, QDate>> CostEngine::tagKeysInUse() const
{
    std::vector<quint16> lastDay(size_t(m_ledger.tagSnapshotCount()), 0);
    std::vector<char> used(lastDay.size(), 0);
    const auto days = m_ledger.dayColumn();
    const auto snapshots = m_ledger.tagsColumn();
    for (size_t row = 0; row < size_t(m_ledger.rowCount()); ++row) {
        lastDay[snapshots[row]] = std::max(lastDay[snapshots[row]], days[row]);
        used[snapshots[row]] = 1;
    }
    QMap<QString, quint16> keys;
    for (size_t s = 0; s < lastDay.size(); ++s) {
        if (!used[s])
            continue;
        const Ledger::TagMap &tags = m_ledger.tagSnapshot(quint32(s));
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            quint16 &last = keys[it.key()];
            last = std::max(last, lastDay[s]);
        }
    }
    QList<QPair<QString, QDate>> result;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        result.append({it.key(), Ledger::dayFromOffset(it.value())});
    return result;
}

} // namespace Spendscope::Sandbox
