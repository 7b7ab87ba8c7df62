// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetsclient.h"

#include "aws/awstransport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr qsizetype MaxBudgetNameLength = 100;
constexpr int MaxDescribeBudgetsPage = 1000;

const QString NextToken = u"NextToken"_s;

// --- enum names ----------------------------------------------------------------------------------

template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr NameTable<BudgetTimeUnit, 5> TimeUnitNames = {{
    {BudgetTimeUnit::Daily, u"DAILY"},
    {BudgetTimeUnit::Monthly, u"MONTHLY"},
    {BudgetTimeUnit::Quarterly, u"QUARTERLY"},
    {BudgetTimeUnit::Annually, u"ANNUALLY"},
    {BudgetTimeUnit::Custom, u"CUSTOM"},
}};

constexpr NameTable<BudgetType, 6> BudgetTypeNames = {{
    {BudgetType::Usage, u"USAGE"},
    {BudgetType::Cost, u"COST"},
    {BudgetType::RiUtilization, u"RI_UTILIZATION"},
    {BudgetType::RiCoverage, u"RI_COVERAGE"},
    {BudgetType::SavingsPlansUtilization, u"SAVINGS_PLANS_UTILIZATION"},
    {BudgetType::SavingsPlansCoverage, u"SAVINGS_PLANS_COVERAGE"},
}};

constexpr NameTable<NotificationType, 2> NotificationTypeNames = {{
    {NotificationType::Actual, u"ACTUAL"},
    {NotificationType::Forecasted, u"FORECASTED"},
}};

constexpr NameTable<ComparisonOperator, 3> ComparisonNames = {{
    {ComparisonOperator::GreaterThan, u"GREATER_THAN"},
    {ComparisonOperator::LessThan, u"LESS_THAN"},
    {ComparisonOperator::EqualTo, u"EQUAL_TO"},
}};

constexpr NameTable<ThresholdType, 2> ThresholdTypeNames = {{
    {ThresholdType::Percentage, u"PERCENTAGE"},
    {ThresholdType::AbsoluteValue, u"ABSOLUTE_VALUE"},
}};

constexpr NameTable<NotificationState, 2> NotificationStateNames = {{
    {NotificationState::Ok, u"OK"},
    {NotificationState::Alarm, u"ALARM"},
}};

constexpr NameTable<SubscriptionType, 2> SubscriptionTypeNames = {{
    {SubscriptionType::Sns, u"SNS"},
    {SubscriptionType::Email, u"EMAIL"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name.toString();
    }
    return QString();
}

// Reads an enum member; an unknown value is a malformed answer, as Spendscope could not show or
// write it back faithfully.
template<typename Enum, std::size_t N>
std::optional<Enum> readEnum(const Json11::Field &field, const NameTable<Enum, N> &table, bool required)
{
    const std::optional<QString> text = required ? std::optional<QString>(field.string()) : field.optionalString();
    if (!text || field.hasError())
        return std::nullopt;
    for (const auto &[v, name] : table) {
        if (name == *text)
            return v;
    }
    field.fail(BudgetsClient::tr("unknown value \"%1\"").arg(text->left(40)));
    return std::nullopt;
}

// The metrics a budget can be measured in (Budgets' Metric enum).
const QStringList &budgetMetricNames()
{
    static const QStringList names = {
        u"BlendedCost"_s, u"UnblendedCost"_s, u"AmortizedCost"_s, u"NetUnblendedCost"_s,
        u"NetAmortizedCost"_s, u"UsageQuantity"_s, u"NormalizedUsageAmount"_s, u"Hours"_s,
    };
    return names;
}

// Budget members with a field of their own in Budget; everything else goes to otherFields.
const QSet<QString> &modeledBudgetMembers()
{
    static const QSet<QString> members = {
        u"BudgetName"_s, u"BudgetLimit"_s, u"PlannedBudgetLimits"_s, u"TimeUnit"_s, u"TimePeriod"_s,
        u"CalculatedSpend"_s, u"BudgetType"_s, u"LastUpdatedTime"_s, u"FilterExpression"_s, u"Metrics"_s,
    };
    return members;
}

// --- wire forms ----------------------------------------------------------------------------------

QJsonObject spendJson(const Spend &spend)
{
    // Money::toString() is the exact value with no exponent or sign for amounts >= 0, which is
    // what the model's NumericValue pattern ([0-9]*\.)?[0-9]+ accepts.
    return QJsonObject{{u"Amount"_s, spend.amount.toString()}, {u"Unit"_s, spend.unit}};
}

// Epoch seconds as a JSON number; whole seconds are written without a fraction.
QJsonValue timestampJson(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    if (msecs % 1000 == 0)
        return QJsonValue(static_cast<double>(msecs / 1000));
    return QJsonValue(static_cast<double>(msecs) / 1000.0);
}

Spend readSpend(const Json11::Field &field)
{
    return Spend{field[u"Amount"].money(), field[u"Unit"].string()};
}

std::optional<Spend> readOptionalSpend(const Json11::Field &field)
{
    if (!field.isPresent())
        return std::nullopt;
    return readSpend(field);
}

Notification readNotification(const Json11::Field &field)
{
    Notification n;
    n.type = readEnum(field[u"NotificationType"], NotificationTypeNames, true).value_or(NotificationType::Actual);
    n.comparison = readEnum(field[u"ComparisonOperator"], ComparisonNames, true).value_or(ComparisonOperator::GreaterThan);
    const Json11::Field threshold = field[u"Threshold"];
    if (!threshold.isPresent())
        threshold.fail(BudgetsClient::tr("the field is missing"));
    n.threshold = threshold.optionalNumber().value_or(0.0);
    n.thresholdType = readEnum(field[u"ThresholdType"], ThresholdTypeNames, false);
    n.state = readEnum(field[u"NotificationState"], NotificationStateNames, false);
    return n;
}

Subscriber readSubscriber(const Json11::Field &field)
{
    Subscriber s;
    s.type = readEnum(field[u"SubscriptionType"], SubscriptionTypeNames, true).value_or(SubscriptionType::Email);
    s.address = field[u"Address"].string();
    return s;
}

Budget readBudget(const Json11::Field &field)
{
    Budget b;
    if (!field.isPresent())
        field.fail(BudgetsClient::tr("the field is missing"));
    b.name = field[u"BudgetName"].string();
    b.limit = readOptionalSpend(field[u"BudgetLimit"]);
    for (const auto &[key, spend] : field[u"PlannedBudgetLimits"].members()) {
        // The keys are the periods' start times in epoch seconds, as text.
        bool ok = false;
        const double seconds = key.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || std::trunc(seconds) != seconds || std::fabs(seconds) > 1e15) {
            spend.fail(BudgetsClient::tr("the period start \"%1\" is not a time in epoch seconds").arg(key.left(40)));
            continue;
        }
        b.plannedLimits.insert(static_cast<qint64>(seconds), readSpend(spend));
    }
    b.timeUnit = readEnum(field[u"TimeUnit"], TimeUnitNames, true).value_or(BudgetTimeUnit::Monthly);
    b.type = readEnum(field[u"BudgetType"], BudgetTypeNames, true).value_or(BudgetType::Cost);
    b.periodStart = field[u"TimePeriod"][u"Start"].optionalTimestamp().value_or(QDateTime());
    b.periodEnd = field[u"TimePeriod"][u"End"].optionalTimestamp().value_or(QDateTime());
    if (const Json11::Field calculated = field[u"CalculatedSpend"]; calculated.isPresent()) {
        b.actualSpend = readSpend(calculated[u"ActualSpend"]);
        b.forecastedSpend = readOptionalSpend(calculated[u"ForecastedSpend"]);
    }
    if (const Json11::Field filter = field[u"FilterExpression"]; filter.isPresent()) {
        if (!filter.value().isObject()) {
            filter.fail(BudgetsClient::tr("expected an expression object"));
        } else {
            QString problem;
            if (std::optional<CostExpression> e = CostExpression::fromJson(filter.value().toObject(), &problem))
                b.filterExpression = std::move(*e);
            else
                filter.fail(problem);
        }
    }
    b.metrics = field[u"Metrics"].stringList();
    b.lastUpdatedTime = field[u"LastUpdatedTime"].optionalTimestamp().value_or(QDateTime());
    if (field.value().isObject()) {
        const QJsonObject object = field.value().toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!modeledBudgetMembers().contains(it.key()))
                b.otherFields.insert(it.key(), it.value());
        }
    }
    return b;
}

AwsError firstProblem(std::initializer_list<QString> problems)
{
    for (const QString &problem : problems) {
        if (!problem.isEmpty())
            return AwsError::invalidInput(problem);
    }
    return AwsError();
}

// Builds the step of a read that lists `listField` items over NextToken pages.
template<typename Item, typename Reader>
typename ApiJob<QList<Item>>::Step listStep(const QString &operation, const QJsonObject &body, const QString &listField,
                                            Reader reader)
{
    Json11::Pager pager(BudgetsClient::TargetPrefix.toString(), operation, body, NextToken);
    return [pager, listField, reader](const HttpResponse &response, QList<Item> &out) mutable -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        const Json11::Field top(root, QString(), &error);
        QList<Item> items;
        for (const Json11::Field &item : top[listField].items())
            items.append(reader(item));
        const QString token = top[NextToken].optionalString().value_or(QString());
        if (error)
            return StepOutcome::fail(error);
        out.append(std::move(items));
        return pager.next(token);
    };
}

} // namespace

BudgetsClient::BudgetsClient(AwsTransport *transport, const EndpointConfig &config)
    : m_transport(transport)
    , m_endpoint(resolveEndpoint(AwsService::Budgets, config))
{
    Q_ASSERT(transport);
}

ServiceRequest BudgetsClient::serviceRequest(const QString &operation, const QJsonObject &body) const
{
    return Json11::serviceRequest(m_endpoint, TargetPrefix.toString(), operation, body);
}

ApiJob<EmptyResult> *BudgetsClient::emptyResultJob(const QString &operation, const QJsonObject &body,
                                                   const QString &problem) const
{
    auto step = [](const HttpResponse &response, EmptyResult &) -> StepOutcome {
        // The output shapes are empty: {} (or nothing); anything else is not an answer we know.
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root, true))
            return StepOutcome::fail(error);
        return StepOutcome::done();
    };
    auto *job = new ApiJob<EmptyResult>(m_transport, serviceRequest(operation, body), step);
    if (!problem.isEmpty())
        job->failBeforeSending(AwsError::invalidInput(problem));
    return job;
}

// --- validation ----------------------------------------------------------------------------------

QString BudgetsClient::checkAccountId(const QString &accountId)
{
    static const QRegularExpression pattern(u"^[0-9]{12}$"_s);
    if (!pattern.match(accountId).hasMatch())
        return tr("\"%1\" is not an AWS account ID (twelve digits).").arg(accountId.left(40));
    return QString();
}

QString BudgetsClient::checkBudgetName(const QString &name)
{
    if (name.isEmpty())
        return tr("The budget needs a name.");
    if (name.size() > MaxBudgetNameLength)
        return tr("The budget name is longer than %1 characters.").arg(MaxBudgetNameLength);
    if (name.contains(u':') || name.contains(u'\\'))
        return tr("A budget name cannot contain \":\" or \"\\\".");
    // The model's pattern also refuses these two forms.
    if (name.contains(u"/action/"))
        return tr("A budget name cannot contain \"/action/\".");
    static const QRegularExpression script(u"<script>.*</script>"_s, QRegularExpression::CaseInsensitiveOption
                                                                         | QRegularExpression::DotMatchesEverythingOption);
    if (script.match(name).hasMatch())
        return tr("A budget name cannot contain a script element.");
    return QString();
}

QString BudgetsClient::checkBudget(const Budget &budget)
{
    if (QString problem = checkBudgetName(budget.name); !problem.isEmpty())
        return problem;
    auto checkSpend = [](const Spend &spend) -> QString {
        if (spend.amount.isNegative())
            return tr("A budget limit cannot be negative (%1).").arg(spend.amount.toString());
        if (spend.unit.isEmpty())
            return tr("A budget limit needs a unit such as USD.");
        return QString();
    };
    if (budget.limit) {
        if (QString problem = checkSpend(*budget.limit); !problem.isEmpty())
            return problem;
    }
    for (auto it = budget.plannedLimits.begin(); it != budget.plannedLimits.end(); ++it) {
        if (it.key() < 0)
            return tr("A planned limit starts before 1970.");
        if (QString problem = checkSpend(it.value()); !problem.isEmpty())
            return problem;
    }
    if (budget.limit && !budget.plannedLimits.isEmpty())
        return tr("A budget has either one limit or planned limits per period, not both.");
    const bool needsLimit = budget.type == BudgetType::Cost || budget.type == BudgetType::Usage;
    const bool autoAdjusted = budget.otherFields.contains(u"AutoAdjustData"_s);
    if (needsLimit && !budget.limit && budget.plannedLimits.isEmpty() && !autoAdjusted)
        return tr("A cost or usage budget needs a limit.");
    if (budget.metrics.size() > 1)
        return tr("A budget is measured in one metric, not %1.").arg(budget.metrics.size());
    for (const QString &metric : budget.metrics) {
        if (!budgetMetricNames().contains(metric))
            return tr("\"%1\" is not a budget metric (expected one of %2).")
                .arg(metric.left(40), budgetMetricNames().join(u", "_s));
    }
    if (budget.periodStart.isValid() && budget.periodEnd.isValid() && budget.periodStart >= budget.periodEnd)
        return tr("The budget period must start before it ends.");
    return budget.filterExpression.validate();
}

QString BudgetsClient::checkNotification(const Notification &notification)
{
    if (!std::isfinite(notification.threshold) || notification.threshold < 0 || notification.threshold > MaxThreshold)
        return tr("A notification threshold must be between 0 and %1.").arg(MaxThreshold, 0, 'f', 0);
    return QString();
}

QString BudgetsClient::checkSubscribers(const QList<Subscriber> &subscribers)
{
    if (subscribers.isEmpty())
        return tr("A notification needs at least one subscriber.");
    if (subscribers.size() > MaxSubscribers)
        return tr("A notification has at most %1 subscribers, not %2.").arg(MaxSubscribers).arg(subscribers.size());
    int sns = 0;
    int email = 0;
    for (qsizetype i = 0; i < subscribers.size(); ++i) {
        const Subscriber &s = subscribers.at(i);
        if (subscribers.indexOf(s) != i)
            return tr("The subscriber %1 is listed twice.").arg(s.address.left(80));
        if (s.type == SubscriptionType::Sns) {
            ++sns;
            if (!s.address.startsWith(u"arn:"_s) || !s.address.contains(u":sns:"_s))
                return tr("\"%1\" is not an SNS topic ARN.").arg(s.address.left(80));
        } else {
            ++email;
            const qsizetype at = s.address.indexOf(u'@');
            if (at <= 0 || at == s.address.size() - 1 || s.address.contains(u' '))
                return tr("\"%1\" is not an e-mail address.").arg(s.address.left(80));
        }
    }
    if (sns > 1)
        return tr("A notification can notify one SNS topic, not %1.").arg(sns);
    if (email > MaxEmailSubscribers)
        return tr("A notification can notify at most %1 e-mail addresses, not %2.").arg(MaxEmailSubscribers).arg(email);
    return QString();
}

// --- wire forms ----------------------------------------------------------------------------------

QJsonObject BudgetsClient::toJson(const Budget &budget)
{
    QJsonObject o;
    // Unmodeled members first, so that the modeled ones below win. Read-only members are dropped,
    // and so are the legacy CostFilters/CostTypes once FilterExpression or Metrics are used: the
    // service refuses the two styles mixed.
    const bool modernFilter = !budget.filterExpression.isEmpty() || !budget.metrics.isEmpty();
    for (auto it = budget.otherFields.begin(); it != budget.otherFields.end(); ++it) {
        if (it.key() == u"HealthStatus" || modeledBudgetMembers().contains(it.key()))
            continue;
        if (modernFilter && (it.key() == u"CostFilters" || it.key() == u"CostTypes"))
            continue;
        o.insert(it.key(), it.value());
    }
    o.insert(u"BudgetName"_s, budget.name);
    o.insert(u"BudgetType"_s, nameOf(BudgetTypeNames, budget.type));
    o.insert(u"TimeUnit"_s, nameOf(TimeUnitNames, budget.timeUnit));
    if (budget.limit)
        o.insert(u"BudgetLimit"_s, spendJson(*budget.limit));
    if (!budget.plannedLimits.isEmpty()) {
        QJsonObject planned;
        for (auto it = budget.plannedLimits.begin(); it != budget.plannedLimits.end(); ++it)
            planned.insert(QString::number(it.key()), spendJson(it.value()));
        o.insert(u"PlannedBudgetLimits"_s, planned);
    }
    if (budget.periodStart.isValid() || budget.periodEnd.isValid()) {
        QJsonObject period;
        if (budget.periodStart.isValid())
            period.insert(u"Start"_s, timestampJson(budget.periodStart));
        if (budget.periodEnd.isValid())
            period.insert(u"End"_s, timestampJson(budget.periodEnd));
        o.insert(u"TimePeriod"_s, period);
    }
    if (!budget.filterExpression.isEmpty())
        o.insert(u"FilterExpression"_s, budget.filterExpression.toJson());
    if (!budget.metrics.isEmpty())
        o.insert(u"Metrics"_s, QJsonArray::fromStringList(budget.metrics));
    return o;
}

QJsonObject BudgetsClient::toDescribedJson(const Budget &budget)
{
    QJsonObject o = toJson(budget);
    if (budget.actualSpend) {
        QJsonObject calculated{{u"ActualSpend"_s, spendJson(*budget.actualSpend)}};
        if (budget.forecastedSpend)
            calculated.insert(u"ForecastedSpend"_s, spendJson(*budget.forecastedSpend));
        o.insert(u"CalculatedSpend"_s, calculated);
    }
    if (budget.lastUpdatedTime.isValid())
        o.insert(u"LastUpdatedTime"_s, timestampJson(budget.lastUpdatedTime));
    return o;
}

std::optional<Budget> BudgetsClient::budgetFromJson(const QJsonObject &json, QString *error)
{
    AwsError problem;
    Budget budget = readBudget(Json11::Field(json, u"Budget"_s, &problem));
    if (problem.isError()) {
        if (error)
            *error = problem.message();
        return std::nullopt;
    }
    return budget;
}

QJsonObject BudgetsClient::toJson(const Notification &notification)
{
    QJsonObject o{
        {u"NotificationType"_s, nameOf(NotificationTypeNames, notification.type)},
        {u"ComparisonOperator"_s, nameOf(ComparisonNames, notification.comparison)},
        {u"Threshold"_s, notification.threshold},
    };
    if (notification.thresholdType)
        o.insert(u"ThresholdType"_s, nameOf(ThresholdTypeNames, *notification.thresholdType));
    return o;
}

QJsonObject BudgetsClient::toJson(const Subscriber &subscriber)
{
    return QJsonObject{
        {u"SubscriptionType"_s, nameOf(SubscriptionTypeNames, subscriber.type)},
        {u"Address"_s, subscriber.address},
    };
}

// --- budgets -------------------------------------------------------------------------------------

ApiJob<QList<Budget>> *BudgetsClient::describeBudgets(const QString &accountId, std::optional<int> maxResults,
                                                      bool showFilterExpression) const
{
    const QString operation = u"DescribeBudgets"_s;
    QJsonObject body{{u"AccountId"_s, accountId}};
    if (maxResults)
        body.insert(u"MaxResults"_s, *maxResults);
    if (showFilterExpression)
        body.insert(u"ShowFilterExpression"_s, true);
    auto *job = new ApiJob<QList<Budget>>(m_transport, serviceRequest(operation, body),
                                          listStep<Budget>(operation, body, u"Budgets"_s, readBudget));
    QString pageProblem;
    if (maxResults && (*maxResults < 1 || *maxResults > MaxDescribeBudgetsPage))
        pageProblem = tr("The page size must be between 1 and %1.").arg(MaxDescribeBudgetsPage);
    if (const AwsError error = firstProblem({checkAccountId(accountId), pageProblem}))
        job->failBeforeSending(error);
    return job;
}

ApiJob<Budget> *BudgetsClient::describeBudget(const QString &accountId, const QString &budgetName,
                                              bool showFilterExpression) const
{
    QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName}};
    if (showFilterExpression)
        body.insert(u"ShowFilterExpression"_s, true);
    auto step = [](const HttpResponse &response, Budget &out) -> StepOutcome {
        QJsonObject root;
        if (const AwsError error = Json11::parseObject(response, root))
            return StepOutcome::fail(error);
        AwsError error;
        Budget budget = readBudget(Json11::Field(root, QString(), &error)[u"Budget"]);
        if (error)
            return StepOutcome::fail(error);
        out = std::move(budget);
        return StepOutcome::done();
    };
    auto *job = new ApiJob<Budget>(m_transport, serviceRequest(u"DescribeBudget"_s, body), step);
    if (const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName)}))
        job->failBeforeSending(error);
    return job;
}

ApiJob<EmptyResult> *BudgetsClient::createBudget(const QString &accountId, const Budget &budget,
                                                 const QList<NotificationWithSubscribers> &notifications,
                                                 const QList<ResourceTag> &resourceTags) const
{
    QJsonObject body{{u"AccountId"_s, accountId}, {u"Budget"_s, toJson(budget)}};
    QString problem = checkAccountId(accountId);
    if (problem.isEmpty())
        problem = checkBudget(budget);
    if (problem.isEmpty() && notifications.size() > MaxNotificationsPerBudget)
        problem = tr("A budget has at most %1 notifications, not %2.").arg(MaxNotificationsPerBudget).arg(notifications.size());
    if (!notifications.isEmpty()) {
        QJsonArray list;
        for (qsizetype i = 0; i < notifications.size(); ++i) {
            const NotificationWithSubscribers &n = notifications.at(i);
            if (problem.isEmpty())
                problem = checkNotification(n.notification);
            if (problem.isEmpty())
                problem = checkSubscribers(n.subscribers);
            if (problem.isEmpty()) {
                for (qsizetype j = 0; j < i; ++j) {
                    if (notifications.at(j).notification == n.notification)
                        problem = tr("The same notification is given twice.");
                }
            }
            QJsonArray subscribers;
            for (const Subscriber &s : n.subscribers)
                subscribers.append(toJson(s));
            list.append(QJsonObject{{u"Notification"_s, toJson(n.notification)}, {u"Subscribers"_s, subscribers}});
        }
        body.insert(u"NotificationsWithSubscribers"_s, list);
    }
    if (!resourceTags.isEmpty()) {
        QJsonArray tags;
        for (const ResourceTag &tag : resourceTags) {
            if (problem.isEmpty() && (tag.key.isEmpty() || tag.key.size() > 128 || tag.value.size() > 256))
                problem = tr("A resource tag needs a key of 1 to 128 characters and a value of at most 256.");
            tags.append(QJsonObject{{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
        }
        body.insert(u"ResourceTags"_s, tags);
    }
    return emptyResultJob(u"CreateBudget"_s, body, problem);
}

ApiJob<EmptyResult> *BudgetsClient::updateBudget(const QString &accountId, const Budget &budget) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"NewBudget"_s, toJson(budget)}};
    QString problem = checkAccountId(accountId);
    if (problem.isEmpty())
        problem = checkBudget(budget);
    return emptyResultJob(u"UpdateBudget"_s, body, problem);
}

ApiJob<EmptyResult> *BudgetsClient::deleteBudget(const QString &accountId, const QString &budgetName) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName}};
    QString problem = checkAccountId(accountId);
    if (problem.isEmpty())
        problem = checkBudgetName(budgetName);
    return emptyResultJob(u"DeleteBudget"_s, body, problem);
}

// --- notifications -------------------------------------------------------------------------------

ApiJob<QList<Notification>> *BudgetsClient::describeNotificationsForBudget(const QString &accountId,
                                                                           const QString &budgetName) const
{
    const QString operation = u"DescribeNotificationsForBudget"_s;
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName}};
    auto *job = new ApiJob<QList<Notification>>(
        m_transport, serviceRequest(operation, body),
        listStep<Notification>(operation, body, u"Notifications"_s, readNotification));
    if (const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName)}))
        job->failBeforeSending(error);
    return job;
}

ApiJob<EmptyResult> *BudgetsClient::createNotification(const QString &accountId, const QString &budgetName,
                                                       const Notification &notification,
                                                       const QList<Subscriber> &subscribers) const
{
    QJsonArray list;
    for (const Subscriber &s : subscribers)
        list.append(toJson(s));
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"Notification"_s, toJson(notification)}, {u"Subscribers"_s, list}};
    const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                         checkNotification(notification), checkSubscribers(subscribers)});
    return emptyResultJob(u"CreateNotification"_s, body, error.message());
}

ApiJob<EmptyResult> *BudgetsClient::updateNotification(const QString &accountId, const QString &budgetName,
                                                       const Notification &oldNotification,
                                                       const Notification &newNotification) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"OldNotification"_s, toJson(oldNotification)},
                           {u"NewNotification"_s, toJson(newNotification)}};
    const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                         checkNotification(oldNotification), checkNotification(newNotification)});
    return emptyResultJob(u"UpdateNotification"_s, body, error.message());
}

ApiJob<EmptyResult> *BudgetsClient::deleteNotification(const QString &accountId, const QString &budgetName,
                                                       const Notification &notification) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"Notification"_s, toJson(notification)}};
    const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                         checkNotification(notification)});
    return emptyResultJob(u"DeleteNotification"_s, body, error.message());
}

// --- subscribers ---------------------------------------------------------------------------------

ApiJob<QList<Subscriber>> *BudgetsClient::describeSubscribersForNotification(const QString &accountId,
                                                                             const QString &budgetName,
                                                                             const Notification &notification) const
{
    const QString operation = u"DescribeSubscribersForNotification"_s;
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"Notification"_s, toJson(notification)}};
    auto *job = new ApiJob<QList<Subscriber>>(m_transport, serviceRequest(operation, body),
                                              listStep<Subscriber>(operation, body, u"Subscribers"_s, readSubscriber));
    if (const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                             checkNotification(notification)}))
        job->failBeforeSending(error);
    return job;
}

ApiJob<EmptyResult> *BudgetsClient::createSubscriber(const QString &accountId, const QString &budgetName,
                                                     const Notification &notification,
                                                     const Subscriber &subscriber) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"Notification"_s, toJson(notification)}, {u"Subscriber"_s, toJson(subscriber)}};
    const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                         checkNotification(notification), checkSubscribers({subscriber})});
    return emptyResultJob(u"CreateSubscriber"_s, body, error.message());
}

ApiJob<EmptyResult> *BudgetsClient::deleteSubscriber(const QString &accountId, const QString &budgetName,
                                                     const Notification &notification,
                                                     const Subscriber &subscriber) const
{
    const QJsonObject body{{u"AccountId"_s, accountId}, {u"BudgetName"_s, budgetName},
                           {u"Notification"_s, toJson(notification)}, {u"Subscriber"_s, toJson(subscriber)}};
    const AwsError error = firstProblem({checkAccountId(accountId), checkBudgetName(budgetName),
                                         checkNotification(notification), checkSubscribers({subscriber})});
    return emptyResultJob(u"DeleteSubscriber"_s, body, error.message());
}

} // namespace Spendscope
