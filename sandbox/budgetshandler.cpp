// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetshandler.h"

#include "sandboxstore.h"
#include "wireresponses.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

using Error = BudgetsHandler::Error;

constexpr std::array<QStringView, 5> TimeUnits{u"DAILY", u"MONTHLY", u"QUARTERLY", u"ANNUALLY", u"CUSTOM"};
constexpr std::array<QStringView, 6> BudgetTypes{u"USAGE", u"COST", u"RI_UTILIZATION", u"RI_COVERAGE",
                                                 u"SAVINGS_PLANS_UTILIZATION", u"SAVINGS_PLANS_COVERAGE"};
constexpr std::array<QStringView, 8> Metrics{u"BlendedCost",      u"UnblendedCost",    u"AmortizedCost",
                                             u"NetUnblendedCost", u"NetAmortizedCost", u"UsageQuantity",
                                             u"NormalizedUsageAmount", u"Hours"};
constexpr std::array<QStringView, 2> NotificationTypes{u"ACTUAL", u"FORECASTED"};
constexpr std::array<QStringView, 3> ComparisonOperators{u"GREATER_THAN", u"LESS_THAN", u"EQUAL_TO"};
constexpr std::array<QStringView, 2> ThresholdTypes{u"PERCENTAGE", u"ABSOLUTE_VALUE"};
constexpr std::array<QStringView, 2> SubscriptionTypes{u"SNS", u"EMAIL"};
constexpr std::array<QStringView, 2> AutoAdjustTypes{u"HISTORICAL", u"FORECAST"};
// Budgets' Dimension enum differs from Cost Explorer's (budgets 2016-10-20 service model).
constexpr std::array<QStringView, 33> BudgetDimensions{
    u"AZ", u"INSTANCE_TYPE", u"LINKED_ACCOUNT", u"LINKED_ACCOUNT_NAME", u"OPERATION", u"PURCHASE_TYPE", u"REGION",
    u"SERVICE", u"SERVICE_CODE", u"USAGE_TYPE", u"USAGE_TYPE_GROUP", u"RECORD_TYPE", u"OPERATING_SYSTEM", u"TENANCY",
    u"SCOPE", u"PLATFORM", u"SUBSCRIPTION_ID", u"LEGAL_ENTITY_NAME", u"INVOICING_ENTITY", u"DEPLOYMENT_OPTION",
    u"DATABASE_ENGINE", u"CACHE_ENGINE", u"INSTANCE_TYPE_FAMILY", u"BILLING_ENTITY", u"RESERVATION_ID",
    u"RESOURCE_ID", u"RIGHTSIZING_TYPE", u"SAVINGS_PLANS_TYPE", u"SAVINGS_PLAN_ARN", u"PAYMENT_OPTION",
    u"RESERVATION_MODIFIED", u"TAG_KEY", u"COST_CATEGORY_NAME"};
// The legacy CostFilters keys and the dimensions they stand for.
constexpr std::array<std::pair<QStringView, QStringView>, 15> CostFilterKeys{{
    {u"AZ", u"AZ"},
    {u"BillingEntity", u"BILLING_ENTITY"},
    {u"InstanceType", u"INSTANCE_TYPE"},
    {u"InvoicingEntity", u"INVOICING_ENTITY"},
    {u"LegalEntityName", u"LEGAL_ENTITY_NAME"},
    {u"LinkedAccount", u"LINKED_ACCOUNT"},
    {u"Operation", u"OPERATION"},
    {u"Platform", u"PLATFORM"},
    {u"PurchaseType", u"PURCHASE_TYPE"},
    {u"RecordType", u"RECORD_TYPE"},
    {u"Region", u"REGION"},
    {u"Service", u"SERVICE"},
    {u"Tenancy", u"TENANCY"},
    {u"UsageType", u"USAGE_TYPE"},
    {u"UsageTypeGroup", u"USAGE_TYPE_GROUP"},
}};

constexpr double MaxThreshold = 15000000000000.0;
constexpr int MaxResourceTags = 200;
constexpr int MaxAdjustmentPeriod = 60;

template<std::size_t N>
bool oneOf(const std::array<QStringView, N> &names, QStringView value)
{
    for (QStringView name : names) {
        if (name == value)
            return true;
    }
    return false;
}

template<std::size_t N>
QString listed(const std::array<QStringView, N> &names)
{
    QStringList out;
    for (QStringView name : names)
        out.append(name.toString());
    return u"["_s + out.join(u", "_s) + u"]"_s;
}

Error invalid(const QString &message)
{
    return {u"InvalidParameterException"_s, message};
}

Error validation(const QString &message)
{
    return invalid(u"1 validation error detected: "_s + message);
}

Error missing(const QString &path)
{
    return validation(u"Value null at '%1' failed to satisfy constraint: Member must not be null"_s.arg(path));
}

Error notInEnum(const QString &value, const QString &path, const QString &names)
{
    return validation(u"Value '%1' at '%2' failed to satisfy constraint: Member must satisfy enum value set: %3"_s
                          .arg(value, path, names));
}

// The JSON 1.1 front end refuses members of the wrong JSON type before any validation, in
// Jackson's words.
QString jsonTokenName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"STRING_VALUE"_s;
    case QJsonValue::Double: return u"NUMBER_VALUE"_s;
    case QJsonValue::Bool: return value.toBool() ? u"VALUE_TRUE"_s : u"VALUE_FALSE"_s;
    case QJsonValue::Array: return u"START_ARRAY"_s;
    case QJsonValue::Object: return u"START_OBJECT"_s;
    default: return u"VALUE_NULL"_s;
    }
}

Error wrongType(const QJsonValue &value, const QString &expected)
{
    return {u"SerializationException"_s, u"%1 can not be converted to %2"_s.arg(jsonTokenName(value), expected)};
}

// Reads the members of one request structure; the first problem sticks.
class Reader final
{
public:
    Reader(const QJsonObject &object, QString path, Error *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString pathOf(const QString &member) const
    {
        QString camel = member;
        if (!camel.isEmpty())
            camel[0] = camel.at(0).toLower();
        return m_path.isEmpty() ? camel : m_path + u'.' + camel;
    }

    std::optional<QString> string(const QString &member, bool required = false)
    {
        const QJsonValue v = present(member, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return failWith(wrongType(v, u"a String"_s));
        return v.toString();
    }

    std::optional<double> number(const QString &member, bool required = false)
    {
        const QJsonValue v = present(member, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble())
            return failWith(wrongType(v, u"a Double"_s));
        return v.toDouble();
    }

    std::optional<int> integer(const QString &member, bool required = false)
    {
        const QJsonValue v = present(member, required);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > 2147483647.0)
            return failWith(wrongType(v, u"an Integer"_s));
        return int(d);
    }

    std::optional<bool> boolean(const QString &member)
    {
        const QJsonValue v = present(member, false);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool())
            return failWith(wrongType(v, u"a Boolean"_s));
        return v.toBool();
    }

    std::optional<QJsonObject> object(const QString &member, bool required = false)
    {
        const QJsonValue v = present(member, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject())
            return failWith(wrongType(v, u"a Structure"_s));
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QString &member, bool required = false)
    {
        const QJsonValue v = present(member, required);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray())
            return failWith(wrongType(v, u"a List"_s));
        return v.toArray();
    }

    // A string member that must be one of `names`.
    template<std::size_t N>
    std::optional<QString> enumeration(const QString &member, const std::array<QStringView, N> &names, bool required)
    {
        std::optional<QString> value = string(member, required);
        if (value && !oneOf(names, *value))
            return failWith(notInEnum(*value, pathOf(member), listed(names)));
        return value;
    }

    std::nullopt_t failWith(const Error &error)
    {
        if (!m_failed) {
            m_failed = true;
            *m_error = error;
        }
        return std::nullopt;
    }

private:
    QJsonValue present(const QString &member, bool required)
    {
        if (m_failed)
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_object.value(member);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failWith(missing(pathOf(member)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QJsonObject m_object;
    QString m_path;
    Error *m_error;
    bool m_failed = false;
};

// --- dates ---------------------------------------------------------------------------------------

QDate dateOfSeconds(double seconds)
{
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC).date();
}

qint64 secondsOf(QDate day)
{
    return day.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

QDate periodStartOf(const QString &timeUnit, QDate day)
{
    if (timeUnit == u"DAILY")
        return day;
    if (timeUnit == u"QUARTERLY")
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    if (timeUnit == u"ANNUALLY")
        return QDate(day.year(), 1, 1);
    return QDate(day.year(), day.month(), 1); // MONTHLY (and CUSTOM's default start)
}

QDate periodEndOf(const QString &timeUnit, QDate start)
{
    if (timeUnit == u"DAILY")
        return start.addDays(1);
    if (timeUnit == u"QUARTERLY")
        return start.addMonths(3);
    if (timeUnit == u"ANNUALLY")
        return start.addYears(1);
    return start.addMonths(1);
}

// --- values --------------------------------------------------------------------------------------

QString encodeToken(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

std::optional<QString> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded);
}

// An offset token for the small per-budget lists.
std::optional<qsizetype> decodeOffset(const QString &token, qsizetype size)
{
    const std::optional<QString> text = decodeToken(token);
    if (!text || !text->startsWith(u"offset:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = text->mid(7).toLongLong(&ok);
    if (!ok || offset <= 0 || offset > size)
        return std::nullopt;
    return offset;
}

// The threshold as an exact amount; thresholds are doubles on the wire, written here with the
// shortest text that reads back as the same double.
Money thresholdMoney(double threshold)
{
    if (threshold >= 9e9)
        return Money::fromNanos(std::numeric_limits<qint64>::max());
    return Money::parse(QString::number(threshold, 'g', 17)).value_or(Money());
}

std::optional<Money> parseAmount(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]*\\.)?[0-9]+$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return Money::parse(text);
}

bool spendFrom(const QJsonObject &spend, Money *amount, QString *unit)
{
    const std::optional<Money> parsed = parseAmount(spend.value(u"Amount"_s).toString());
    if (!parsed)
        return false;
    *amount = *parsed;
    *unit = spend.value(u"Unit"_s).toString();
    return true;
}

QJsonObject spendJson(Money amount, const QString &unit)
{
    return QJsonObject{{u"Amount"_s, amount.toString()}, {u"Unit"_s, unit}};
}

std::optional<Error> validateSpend(const QJsonValue &value, const QString &path)
{
    Error error;
    if (!value.isObject())
        return wrongType(value, u"a Structure"_s);
    Reader r(value.toObject(), path, &error);
    const std::optional<QString> amount = r.string(u"Amount"_s, true);
    const std::optional<QString> unit = r.string(u"Unit"_s, true);
    if (r.failed())
        return error;
    if (!parseAmount(*amount)) {
        return validation(u"Value '%1' at '%2.amount' failed to satisfy constraint: Member must satisfy regular expression pattern: ([0-9]*\\.)?[0-9]+"_s
                              .arg(*amount, path));
    }
    if (unit->isEmpty())
        return validation(u"Value '' at '%1.unit' failed to satisfy constraint: Member must have length greater than or equal to 1"_s
                              .arg(path));
    return std::nullopt;
}

// Budgets validates the dimension names against its own enum before anything else.
std::optional<Error> checkBudgetDimensions(const QJsonObject &expression, int depth)
{
    if (depth > 32)
        return invalid(u"Expression is nested too deeply."_s);
    if (const QJsonValue d = expression.value(u"Dimensions"_s); d.isObject()) {
        const QString key = d.toObject().value(u"Key"_s).toString();
        if (!oneOf(BudgetDimensions, key))
            return notInEnum(key, u"budget.filterExpression.dimensions.key"_s, listed(BudgetDimensions));
    }
    for (const QString &combination : {u"And"_s, u"Or"_s}) {
        for (const QJsonValue &child : expression.value(combination).toArray()) {
            if (auto error = checkBudgetDimensions(child.toObject(), depth + 1))
                return error;
        }
    }
    if (const QJsonValue n = expression.value(u"Not"_s); n.isObject())
        return checkBudgetDimensions(n.toObject(), depth + 1);
    return std::nullopt;
}

// The legacy CostFilters map as the equivalent FilterExpression (leaves AND-ed). Tag filters are
// written "user:<key>$<value>" in TagKeyValue.
std::optional<QJsonObject> expressionFromCostFilters(const QJsonObject &costFilters, Error *error)
{
    QJsonArray leaves;
    for (auto it = costFilters.begin(); it != costFilters.end(); ++it) {
        if (!it.value().isArray() || it.value().toArray().isEmpty()) {
            *error = invalid(u"CostFilters %1 must have at least one value."_s.arg(it.key()));
            return std::nullopt;
        }
        QStringList values;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isString()) {
                *error = wrongType(v, u"a String"_s);
                return std::nullopt;
            }
            values.append(v.toString());
        }
        if (it.key() == u"TagKeyValue") {
            QMap<QString, QStringList> byKey;
            for (const QString &value : std::as_const(values)) {
                const qsizetype dollar = value.indexOf(u'$');
                QString key = dollar < 0 ? value : value.left(dollar);
                if (key.startsWith(u"user:"))
                    key = key.mid(5);
                if (dollar < 0 || key.isEmpty()) {
                    *error = invalid(u"The TagKeyValue \"%1\" is not of the form user:<key>$<value>."_s.arg(value));
                    return std::nullopt;
                }
                byKey[key].append(value.mid(dollar + 1));
            }
            for (auto k = byKey.begin(); k != byKey.end(); ++k) {
                QJsonObject tags{{u"Key"_s, k.key()}, {u"Values"_s, QJsonArray::fromStringList(k.value())}};
                if (k.value().contains(QString()))
                    tags.insert(u"MatchOptions"_s, QJsonArray{u"ABSENT"_s, u"EQUALS"_s});
                leaves.append(QJsonObject{{u"Tags"_s, tags}});
            }
            continue;
        }
        QString dimension;
        for (const auto &[name, dim] : CostFilterKeys) {
            if (name == it.key())
                dimension = dim.toString();
        }
        if (dimension.isEmpty()) {
            *error = invalid(u"The cost filter \"%1\" is not supported."_s.arg(it.key()));
            return std::nullopt;
        }
        leaves.append(QJsonObject{
            {u"Dimensions"_s, QJsonObject{{u"Key"_s, dimension}, {u"Values"_s, QJsonArray::fromStringList(values)}}}});
    }
    if (leaves.isEmpty())
        return QJsonObject();
    if (leaves.size() == 1)
        return leaves.first().toObject();
    return QJsonObject{{u"And"_s, leaves}};
}

std::optional<CostFilter> compileFilter(const QJsonObject &definition, Error *error)
{
    QJsonObject expression;
    if (const QJsonValue e = definition.value(u"FilterExpression"_s); e.isObject()) {
        expression = e.toObject();
    } else if (const QJsonValue c = definition.value(u"CostFilters"_s); c.isObject()) {
        std::optional<QJsonObject> converted = expressionFromCostFilters(c.toObject(), error);
        if (!converted)
            return std::nullopt;
        expression = *converted;
    }
    if (expression.isEmpty())
        return CostFilter();
    QString message;
    std::optional<CostFilter> filter = CostFilter::fromJson(expression, &message, CostFilter::Dialect::Budgets);
    if (!filter)
        *error = invalid(message);
    return filter;
}

} // namespace

BudgetsHandler::BudgetsHandler(SandboxStore &store, const Ledger &ledger, const CostAllocationTags &tags,
                               Account account)
    : m_store(store)
    , m_engine(ledger, tags, account.accountId, account.accountName)
    , m_account(std::move(account))
{
}

bool BudgetsHandler::load(QString *error)
{
    QMap<QString, Budget> budgets;
    for (const SandboxStore::Document &document : m_store.documents(BudgetsCollection.toString())) {
        QString problem;
        std::optional<Budget> budget = fromStoredForm(document.body, &problem);
        if (!budget) {
            if (error)
                *error = u"The stored budget \"%1\" cannot be read: %2"_s.arg(document.key, problem);
            return false;
        }
        budgets.insert(budget->definition.value(u"BudgetName"_s).toString(), std::move(*budget));
    }
    m_budgets = std::move(budgets);
    return true;
}

// --- dispatch ------------------------------------------------------------------------------------

HttpResponse BudgetsHandler::handle(const SandboxRequest &request)
{
    const QString target = QString::fromUtf8(request.http.header("x-amz-target"));
    const QString prefix = TargetPrefix.toString() + u'.';
    if (!target.startsWith(prefix))
        return fail(request, {u"UnknownOperationException"_s, QString()});
    const QString operation = target.mid(prefix.size());

    QJsonObject body;
    if (!request.http.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.http.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(request, {u"SerializationException"_s, u"Start of structure or map found where not expected."_s});
        body = document.object();
    }

    using Operation = HttpResponse (BudgetsHandler::*)(const QJsonObject &, const SandboxRequest &);
    static const QHash<QString, Operation> operations{
        {u"DescribeBudgets"_s, &BudgetsHandler::describeBudgets},
        {u"DescribeBudget"_s, &BudgetsHandler::describeBudget},
        {u"CreateBudget"_s, &BudgetsHandler::createBudget},
        {u"UpdateBudget"_s, &BudgetsHandler::updateBudget},
        {u"DeleteBudget"_s, &BudgetsHandler::deleteBudget},
        {u"DescribeNotificationsForBudget"_s, &BudgetsHandler::describeNotificationsForBudget},
        {u"CreateNotification"_s, &BudgetsHandler::createNotification},
        {u"UpdateNotification"_s, &BudgetsHandler::updateNotification},
        {u"DeleteNotification"_s, &BudgetsHandler::deleteNotification},
        {u"DescribeSubscribersForNotification"_s, &BudgetsHandler::describeSubscribersForNotification},
        {u"CreateSubscriber"_s, &BudgetsHandler::createSubscriber},
        {u"DeleteSubscriber"_s, &BudgetsHandler::deleteSubscriber},
        {u"DescribeBudgetPerformanceHistory"_s, &BudgetsHandler::describeBudgetPerformanceHistory},
    };
    const Operation handler = operations.value(operation);
    if (!handler)
        return fail(request, {u"UnknownOperationException"_s, QString()});
    return (this->*handler)(body, request);
}

HttpResponse BudgetsHandler::fail(const SandboxRequest &request, const Error &error) const
{
    return Wire::json11Error(400, error.code, error.message, request.requestId);
}

HttpResponse BudgetsHandler::storeError(const SandboxRequest &request) const
{
    return Wire::json11Error(500, u"InternalErrorException"_s,
                             u"An internal error occurred while saving the budget. Try again."_s, request.requestId);
}

// --- shared checks -------------------------------------------------------------------------------

std::optional<Error> BudgetsHandler::checkAccount(const QJsonObject &body, const QString &action,
                                                  const QString &budgetName) const
{
    Error error;
    Reader r(body, QString(), &error);
    const std::optional<QString> accountId = r.string(u"AccountId"_s, true);
    if (r.failed())
        return error;
    static const QRegularExpression pattern(u"^\\d{12}$"_s);
    if (accountId->size() != 12)
        return validation(u"Value '%1' at 'accountId' failed to satisfy constraint: Member must have length %2 12"_s
                              .arg(*accountId, accountId->size() < 12 ? u"greater than or equal to"_s
                                                                      : u"less than or equal to"_s));
    if (!pattern.match(*accountId).hasMatch())
        return validation(u"Value '%1' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d{12}"_s
                              .arg(*accountId));
    if (*accountId != m_account.accountId) {
        return Error{u"AccessDeniedException"_s,
                     u"User: arn:aws:iam::%1:user/%2 is not authorized to perform: budgets:%3 on resource: arn:aws:budgets::%4:budget/%5"_s
                         .arg(m_account.accountId, m_account.userName, action, *accountId,
                              budgetName.isEmpty() ? u"*"_s : budgetName)};
    }
    return std::nullopt;
}

namespace {

std::optional<Error> checkBudgetName(const QString &name, const QString &path)
{
    if (name.isEmpty())
        return validation(u"Value '' at '%1' failed to satisfy constraint: Member must have length greater than or equal to 1"_s
                              .arg(path));
    if (name.size() > 100)
        return validation(u"Value '%1' at '%2' failed to satisfy constraint: Member must have length less than or equal to 100"_s
                              .arg(name, path));
    static const QRegularExpression script(u"<script>.*</script>"_s, QRegularExpression::CaseInsensitiveOption
                                                                         | QRegularExpression::DotMatchesEverythingOption);
    if (name.contains(u':') || name.contains(u'\\') || name.contains(u"/action/") || script.match(name).hasMatch()) {
        return validation(u"Value '%1' at '%2' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$"_s
                              .arg(name, path));
    }
    return std::nullopt;
}

} // namespace

BudgetsHandler::Budget *BudgetsHandler::findBudget(const QJsonObject &body, const QString &verb, Error *error)
{
    Reader r(body, QString(), error);
    const std::optional<QString> name = r.string(u"BudgetName"_s, true);
    if (r.failed())
        return nullptr;
    if (auto problem = checkBudgetName(*name, u"budgetName"_s)) {
        *error = *problem;
        return nullptr;
    }
    const auto it = m_budgets.find(*name);
    if (it == m_budgets.end()) {
        *error = {u"NotFoundException"_s, u"Unable to %1 budget: %2 - the budget doesn't exist."_s.arg(verb, *name)};
        return nullptr;
    }
    return &it.value();
}

// --- parsing -------------------------------------------------------------------------------------

std::optional<BudgetsHandler::Budget> BudgetsHandler::parseBudget(const QJsonValue &value, const QString &member,
                                                                  const Budget *existing, QDate today,
                                                                  Error *error) const
{
    if (value.isUndefined() || value.isNull()) {
        *error = missing(member);
        return std::nullopt;
    }
    if (!value.isObject()) {
        *error = wrongType(value, u"a Structure"_s);
        return std::nullopt;
    }
    const QJsonObject in = value.toObject();
    Reader r(in, member, error);
    const std::optional<QString> name = r.string(u"BudgetName"_s, true);
    const std::optional<QString> timeUnit = r.enumeration(u"TimeUnit"_s, TimeUnits, true);
    const std::optional<QString> type = r.enumeration(u"BudgetType"_s, BudgetTypes, true);
    const std::optional<QJsonObject> limit = r.object(u"BudgetLimit"_s);
    const std::optional<QJsonObject> planned = r.object(u"PlannedBudgetLimits"_s);
    const std::optional<QJsonObject> period = r.object(u"TimePeriod"_s);
    const std::optional<QJsonObject> expression = r.object(u"FilterExpression"_s);
    const std::optional<QJsonArray> metrics = r.array(u"Metrics"_s);
    const std::optional<QJsonObject> costFilters = r.object(u"CostFilters"_s);
    const std::optional<QJsonObject> costTypes = r.object(u"CostTypes"_s);
    const std::optional<QJsonObject> autoAdjust = r.object(u"AutoAdjustData"_s);
    const std::optional<QString> billingView = r.string(u"BillingViewArn"_s);
    if (r.failed())
        return std::nullopt;
    if (auto problem = checkBudgetName(*name, r.pathOf(u"BudgetName"_s))) {
        *error = *problem;
        return std::nullopt;
    }

    QJsonObject definition{{u"BudgetName"_s, *name}, {u"TimeUnit"_s, *timeUnit}, {u"BudgetType"_s, *type}};
    const bool costOrUsage = *type == u"COST" || *type == u"USAGE";

    // Limits
    if (limit) {
        if (auto problem = validateSpend(*limit, r.pathOf(u"BudgetLimit"_s))) {
            *error = *problem;
            return std::nullopt;
        }
        definition.insert(u"BudgetLimit"_s, *limit);
    }
    if (planned) {
        if (limit) {
            *error = invalid(u"You can't use BudgetLimit with PlannedBudgetLimits for CreateBudget and UpdateBudget actions."_s);
            return std::nullopt;
        }
        if (!costOrUsage || (*timeUnit != u"MONTHLY" && *timeUnit != u"QUARTERLY")) {
            *error = invalid(u"PlannedBudgetLimits is available for cost and usage budgets with a MONTHLY or QUARTERLY TimeUnit."_s);
            return std::nullopt;
        }
        for (auto it = planned->begin(); it != planned->end(); ++it) {
            bool ok = false;
            const qint64 seconds = it.key().toLongLong(&ok);
            const QDate day = ok ? dateOfSeconds(double(seconds)) : QDate();
            if (!ok || secondsOf(day) != seconds || periodStartOf(*timeUnit, day) != day) {
                *error = invalid(u"The PlannedBudgetLimits key %1 is not the start of a %2 period in epoch seconds (UTC)."_s
                                     .arg(it.key(), timeUnit->toLower()));
                return std::nullopt;
            }
            if (auto problem = validateSpend(it.value(), r.pathOf(u"PlannedBudgetLimits"_s))) {
                *error = *problem;
                return std::nullopt;
            }
        }
        definition.insert(u"PlannedBudgetLimits"_s, *planned);
    }
    if (autoAdjust) {
        Reader a(*autoAdjust, r.pathOf(u"AutoAdjustData"_s), error);
        const std::optional<QString> adjustType = a.enumeration(u"AutoAdjustType"_s, AutoAdjustTypes, true);
        const std::optional<QJsonObject> options = a.object(u"HistoricalOptions"_s);
        if (a.failed())
            return std::nullopt;
        if (*adjustType == u"HISTORICAL") {
            Reader h(options.value_or(QJsonObject()), a.pathOf(u"HistoricalOptions"_s), error);
            if (!options) {
                *error = invalid(u"HistoricalOptions is required when AutoAdjustType is HISTORICAL."_s);
                return std::nullopt;
            }
            const std::optional<int> periods = h.integer(u"BudgetAdjustmentPeriod"_s, true);
            if (h.failed())
                return std::nullopt;
            if (*periods < 1 || *periods > MaxAdjustmentPeriod) {
                *error = invalid(u"BudgetAdjustmentPeriod must be between 1 and %1."_s.arg(MaxAdjustmentPeriod));
                return std::nullopt;
            }
        }
        if (*timeUnit == u"CUSTOM" || !costOrUsage) {
            *error = invalid(u"Auto-adjusting budgets must be cost or usage budgets with a DAILY, MONTHLY, QUARTERLY or ANNUALLY TimeUnit."_s);
            return std::nullopt;
        }
        definition.insert(u"AutoAdjustData"_s, *autoAdjust);
    }
    if (costOrUsage && !limit && !planned && !autoAdjust) {
        *error = invalid(u"Unable to create/update budget - please provide one of the followings: Budget Limit/ Planned Budget Limit/ Auto Adjust Data"_s);
        return std::nullopt;
    }

    // Filters: the FilterExpression/Metrics style or the legacy CostFilters/CostTypes, not both.
    if ((expression || metrics) && (costFilters || costTypes)) {
        *error = invalid(u"FilterExpression and Metrics cannot be used together with CostFilters and CostTypes."_s);
        return std::nullopt;
    }
    if (metrics) {
        if (metrics->size() > 1) {
            *error = validation(u"Value at '%1' failed to satisfy constraint: Member must have length less than or equal to 1"_s
                                    .arg(r.pathOf(u"Metrics"_s)));
            return std::nullopt;
        }
        for (const QJsonValue &metric : *metrics) {
            if (!metric.isString()) {
                *error = wrongType(metric, u"a String"_s);
                return std::nullopt;
            }
            if (!oneOf(Metrics, metric.toString())) {
                *error = notInEnum(metric.toString(), r.pathOf(u"Metrics"_s) + u".member"_s, listed(Metrics));
                return std::nullopt;
            }
        }
        definition.insert(u"Metrics"_s, *metrics);
    }
    if (expression) {
        if (auto problem = checkBudgetDimensions(*expression, 0)) {
            *error = *problem;
            return std::nullopt;
        }
        definition.insert(u"FilterExpression"_s, *expression);
    }
    if (costFilters)
        definition.insert(u"CostFilters"_s, *costFilters);
    if (costTypes) {
        for (auto it = costTypes->begin(); it != costTypes->end(); ++it) {
            if (!it.value().isBool()) {
                *error = wrongType(it.value(), u"a Boolean"_s);
                return std::nullopt;
            }
        }
        definition.insert(u"CostTypes"_s, *costTypes);
    }
    if (billingView) {
        static const QRegularExpression pattern(
            u"^arn:aws[a-z-]*:(billing)::[0-9]{12}:billingview/[a-zA-Z0-9/:_\\+=\\.\\-@]{0,75}[a-zA-Z0-9]$"_s);
        if (!pattern.match(*billingView).hasMatch()) {
            *error = validation(u"Value '%1' at '%2' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws[a-z-]*:(billing)::[0-9]{12}:billingview/[a-zA-Z0-9/:_\\+=\\.\\-@]{0,75}[a-zA-Z0-9]$"_s
                                    .arg(*billingView, r.pathOf(u"BillingViewArn"_s)));
            return std::nullopt;
        }
        definition.insert(u"BillingViewArn"_s, *billingView);
    }

    // Time period: the start defaults to the start of the current period and is aligned to a
    // period start (AWS Budgets does both); the end defaults to 2087-06-15. An update without a
    // TimePeriod keeps the budget's dates.
    const bool custom = *timeUnit == u"CUSTOM";
    double start = 0;
    double end = double(DefaultEndSeconds);
    if (period) {
        Reader p(*period, r.pathOf(u"TimePeriod"_s), error);
        const std::optional<double> givenStart = p.number(u"Start"_s);
        const std::optional<double> givenEnd = p.number(u"End"_s);
        if (p.failed())
            return std::nullopt;
        if (custom && (!givenStart || !givenEnd)) {
            *error = invalid(u"A CUSTOM budget needs a TimePeriod with a Start and an End."_s);
            return std::nullopt;
        }
        const QDate startDay = givenStart ? dateOfSeconds(*givenStart) : periodStartOf(*timeUnit, today);
        start = double(secondsOf(custom ? startDay : periodStartOf(*timeUnit, startDay)));
        if (givenEnd)
            end = *givenEnd;
    } else if (existing) {
        const QJsonObject kept = existing->definition.value(u"TimePeriod"_s).toObject();
        start = kept.value(u"Start"_s).toDouble();
        end = kept.value(u"End"_s).toDouble();
        if (custom && start >= end) {
            *error = invalid(u"A CUSTOM budget needs a TimePeriod with a Start and an End."_s);
            return std::nullopt;
        }
    } else {
        if (custom) {
            *error = invalid(u"A CUSTOM budget needs a TimePeriod with a Start and an End."_s);
            return std::nullopt;
        }
        start = double(secondsOf(periodStartOf(*timeUnit, today)));
    }
    if (end > double(DefaultEndSeconds)) {
        *error = invalid(u"The end date must come before 06/15/87 00:00 UTC."_s);
        return std::nullopt;
    }
    if (start >= end) {
        *error = invalid(u"The start date must come before the end date."_s);
        return std::nullopt;
    }
    definition.insert(u"TimePeriod"_s, QJsonObject{{u"Start"_s, start}, {u"End"_s, end}});

    Budget budget;
    budget.definition = definition;
    std::optional<CostFilter> filter = compileFilter(definition, error);
    if (!filter)
        return std::nullopt;
    budget.filter = std::move(*filter);
    if (existing) {
        budget.notifications = existing->notifications;
        budget.resourceTags = existing->resourceTags;
    }
    return budget;
}

std::optional<BudgetsHandler::Notification> BudgetsHandler::parseNotification(const QJsonValue &value,
                                                                              const QString &member, Error *error)
{
    if (value.isUndefined() || value.isNull()) {
        *error = missing(member);
        return std::nullopt;
    }
    if (!value.isObject()) {
        *error = wrongType(value, u"a Structure"_s);
        return std::nullopt;
    }
    Reader r(value.toObject(), member, error);
    Notification n;
    const std::optional<QString> type = r.enumeration(u"NotificationType"_s, NotificationTypes, true);
    const std::optional<QString> comparison = r.enumeration(u"ComparisonOperator"_s, ComparisonOperators, true);
    const std::optional<double> threshold = r.number(u"Threshold"_s, true);
    const std::optional<QString> thresholdType = r.enumeration(u"ThresholdType"_s, ThresholdTypes, false);
    // NotificationState is read-only; the service ignores it on input.
    if (r.failed())
        return std::nullopt;
    if (!std::isfinite(*threshold) || *threshold < 0 || *threshold > MaxThreshold) {
        *error = validation(u"Value '%1' at '%2.threshold' failed to satisfy constraint: Member must have value %3"_s
                                .arg(QString::number(*threshold), member,
                                     *threshold < 0 ? u"greater than or equal to 0.0"_s
                                                    : u"less than or equal to 1.5E13"_s));
        return std::nullopt;
    }
    n.type = *type;
    n.comparison = *comparison;
    n.threshold = *threshold;
    n.thresholdType = thresholdType.value_or(u"PERCENTAGE"_s);
    return n;
}

std::optional<BudgetsHandler::Subscriber> BudgetsHandler::parseSubscriber(const QJsonValue &value,
                                                                          const QString &member, Error *error)
{
    if (value.isUndefined() || value.isNull()) {
        *error = missing(member);
        return std::nullopt;
    }
    if (!value.isObject()) {
        *error = wrongType(value, u"a Structure"_s);
        return std::nullopt;
    }
    Reader r(value.toObject(), member, error);
    const std::optional<QString> type = r.enumeration(u"SubscriptionType"_s, SubscriptionTypes, true);
    const std::optional<QString> address = r.string(u"Address"_s, true);
    if (r.failed())
        return std::nullopt;
    if (address->isEmpty()) {
        *error = validation(u"Value at '%1.address' failed to satisfy constraint: Member must have length greater than or equal to 1"_s
                                .arg(member));
        return std::nullopt;
    }
    if (*type == u"EMAIL") {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!email.match(*address).hasMatch()) {
            *error = invalid(u"Invalid email address: %1"_s.arg(*address));
            return std::nullopt;
        }
    } else {
        static const QRegularExpression topic(u"^arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}$"_s);
        if (!topic.match(*address).hasMatch()) {
            *error = invalid(u"Invalid SNS topic ARN: %1"_s.arg(*address));
            return std::nullopt;
        }
    }
    return Subscriber{*type, *address};
}

std::optional<QList<BudgetsHandler::Subscriber>> BudgetsHandler::parseSubscribers(const QJsonValue &value,
                                                                                  const QString &member,
                                                                                  Error *error)
{
    if (value.isUndefined() || value.isNull()) {
        *error = missing(member);
        return std::nullopt;
    }
    if (!value.isArray()) {
        *error = wrongType(value, u"a List"_s);
        return std::nullopt;
    }
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > MaxEmailSubscribers + MaxSnsSubscribers) {
        *error = validation(u"Value at '%1' failed to satisfy constraint: Member must have length %2"_s
                                .arg(member, list.isEmpty() ? u"greater than or equal to 1"_s
                                                            : u"less than or equal to 11"_s));
        return std::nullopt;
    }
    QList<Subscriber> subscribers;
    for (const QJsonValue &item : list) {
        std::optional<Subscriber> s = parseSubscriber(item, member + u".member"_s, error);
        if (!s)
            return std::nullopt;
        if (subscribers.contains(*s)) {
            *error = invalid(u"The subscriber %1 is listed more than once."_s.arg(s->address));
            return std::nullopt;
        }
        subscribers.append(*s);
    }
    if (auto problem = checkSubscriberCounts(subscribers)) {
        *error = invalid(problem->message);
        return std::nullopt;
    }
    return subscribers;
}

std::optional<Error> BudgetsHandler::checkSubscriberCounts(const QList<Subscriber> &subscribers)
{
    qsizetype sns = 0;
    for (const Subscriber &s : subscribers)
        sns += s.type == u"SNS" ? 1 : 0;
    if (sns > MaxSnsSubscribers)
        return Error{u"CreationLimitExceededException"_s, u"A notification can have only one SNS subscriber."_s};
    if (subscribers.size() - sns > MaxEmailSubscribers)
        return Error{u"CreationLimitExceededException"_s,
                     u"A notification can have at most %1 email subscribers."_s.arg(MaxEmailSubscribers)};
    return std::nullopt;
}

// --- wire and stored forms -----------------------------------------------------------------------

QJsonObject BudgetsHandler::notificationToJson(const Notification &n, const std::optional<QString> &state)
{
    QJsonObject o{{u"NotificationType"_s, n.type},
                  {u"ComparisonOperator"_s, n.comparison},
                  {u"Threshold"_s, n.threshold},
                  {u"ThresholdType"_s, n.thresholdType}};
    if (state)
        o.insert(u"NotificationState"_s, *state);
    return o;
}

QJsonObject BudgetsHandler::subscriberToJson(const Subscriber &s)
{
    return QJsonObject{{u"SubscriptionType"_s, s.type}, {u"Address"_s, s.address}};
}

QJsonObject BudgetsHandler::storedForm(const Budget &budget)
{
    QJsonArray notifications;
    for (const Notification &n : budget.notifications) {
        QJsonObject o = notificationToJson(n);
        QJsonArray subscribers;
        for (const Subscriber &s : n.subscribers)
            subscribers.append(subscriberToJson(s));
        o.insert(u"Subscribers"_s, subscribers);
        notifications.append(o);
    }
    return QJsonObject{{u"Budget"_s, budget.definition},
                       {u"Notifications"_s, notifications},
                       {u"ResourceTags"_s, budget.resourceTags}};
}

std::optional<BudgetsHandler::Budget> BudgetsHandler::fromStoredForm(const QJsonObject &stored, QString *problem)
{
    Budget budget;
    budget.definition = stored.value(u"Budget"_s).toObject();
    Error error;
    std::optional<CostFilter> filter = compileFilter(budget.definition, &error);
    if (!filter || budget.definition.value(u"BudgetName"_s).toString().isEmpty()) {
        *problem = filter ? u"no BudgetName"_s : error.message;
        return std::nullopt;
    }
    budget.filter = std::move(*filter);
    for (const QJsonValue &value : stored.value(u"Notifications"_s).toArray()) {
        std::optional<Notification> n = parseNotification(value, u"notification"_s, &error);
        if (!n) {
            *problem = error.message;
            return std::nullopt;
        }
        for (const QJsonValue &s : value.toObject().value(u"Subscribers"_s).toArray()) {
            std::optional<Subscriber> subscriber = parseSubscriber(s, u"subscriber"_s, &error);
            if (!subscriber) {
                *problem = error.message;
                return std::nullopt;
            }
            n->subscribers.append(*subscriber);
        }
        budget.notifications.append(*n);
    }
    budget.resourceTags = stored.value(u"ResourceTags"_s).toArray();
    return budget;
}

bool BudgetsHandler::save(const Budget &budget)
{
    return m_store.putDocument(BudgetsCollection.toString(), budget.definition.value(u"BudgetName"_s).toString(),
                               storedForm(budget));
}

// --- spend ---------------------------------------------------------------------------------------

Money BudgetsHandler::actualIn(const Budget &budget, QDate start, QDate end) const
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return Money();
    const QString type = budget.definition.value(u"BudgetType"_s).toString();
    QString metric = budget.definition.value(u"Metrics"_s).toArray().at(0).toString();
    if (type == u"COST") {
        if (metric.isEmpty())
            metric = u"UnblendedCost"_s;
    } else if (type == u"USAGE") {
        if (metric.isEmpty())
            metric = u"UsageQuantity"_s;
    } else {
        // The sandbox account has no reservations or Savings Plans.
        return Money();
    }
    const std::optional<CostEngine::Metric> engineMetric = CostEngine::metricFromName(metric);
    if (!engineMetric)
        return Money(); // Hours: no usage of the sandbox is measured in hours
    return CostEngine::value(m_engine.total(budget.filter, start, end), *engineMetric);
}

std::optional<Money> BudgetsHandler::limitFor(const Budget &budget, QDate periodStart, QDate today) const
{
    const QJsonObject &d = budget.definition;
    Money amount;
    QString unit;
    if (const QJsonValue limit = d.value(u"BudgetLimit"_s); limit.isObject())
        return spendFrom(limit.toObject(), &amount, &unit) ? std::optional<Money>(amount) : std::nullopt;
    if (const QJsonValue planned = d.value(u"PlannedBudgetLimits"_s); planned.isObject()) {
        // The period's own limit; after the last planned period the last limit stays in force.
        const QJsonObject limits = planned.toObject();
        const qint64 key = secondsOf(periodStart);
        qint64 best = std::numeric_limits<qint64>::min();
        qint64 first = std::numeric_limits<qint64>::max();
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            const qint64 k = it.key().toLongLong();
            first = qMin(first, k);
            if (k <= key && k > best)
                best = k;
        }
        if (best == std::numeric_limits<qint64>::min())
            best = first;
        if (spendFrom(limits.value(QString::number(best)).toObject(), &amount, &unit))
            return amount;
        return std::nullopt;
    }
    if (const QJsonValue adjust = d.value(u"AutoAdjustData"_s); adjust.isObject()) {
        const QString timeUnit = d.value(u"TimeUnit"_s).toString();
        if (adjust.toObject().value(u"AutoAdjustType"_s).toString() == u"FORECAST") {
            const PeriodSpend spend = spendOf(budget, today);
            return spend.forecast.value_or(spend.actual);
        }
        // HISTORICAL: the average actual spend of the previous N whole periods.
        const int periods = adjust.toObject()
                                .value(u"HistoricalOptions"_s)
                                .toObject()
                                .value(u"BudgetAdjustmentPeriod"_s)
                                .toInt(1);
        Money sum;
        QDate end = periodStart;
        for (int i = 0; i < periods; ++i) {
            const QDate start = periodStartOf(timeUnit, end.addDays(-1));
            sum += actualIn(budget, start, end);
            end = start;
        }
        return sum.multipliedBy(1, qMax(1, periods));
    }
    if (d.value(u"BudgetType"_s).toString() != u"COST" && d.value(u"BudgetType"_s).toString() != u"USAGE")
        return Money::fromUnits(100); // utilization and coverage budgets default to 100 %
    return std::nullopt;
}

BudgetsHandler::PeriodSpend BudgetsHandler::spendOf(const Budget &budget, QDate today) const
{
    const QJsonObject &d = budget.definition;
    const QString timeUnit = d.value(u"TimeUnit"_s).toString();
    const QJsonObject period = d.value(u"TimePeriod"_s).toObject();
    const QDate budgetStart = dateOfSeconds(period.value(u"Start"_s).toDouble());
    const QDate budgetEnd = dateOfSeconds(period.value(u"End"_s).toDouble());

    PeriodSpend spend;
    if (timeUnit == u"CUSTOM") {
        spend.start = budgetStart;
        spend.end = budgetEnd;
    } else {
        // The period containing today, or the budget's first (last) one before (after) its dates.
        QDate anchor = today;
        if (anchor < budgetStart)
            anchor = budgetStart;
        if (anchor >= budgetEnd)
            anchor = budgetEnd.addDays(-1);
        spend.start = periodStartOf(timeUnit, anchor);
        spend.end = periodEndOf(timeUnit, spend.start);
    }
    const QDate from = qMax(spend.start, budgetStart);
    const QDate until = qMin(spend.end, budgetEnd);
    const QDate upToToday = qMin(until, today.addDays(1));
    spend.actual = actualIn(budget, from, upToToday);

    QString unit;
    Money ignored;
    if (d.value(u"BudgetLimit"_s).isObject())
        spendFrom(d.value(u"BudgetLimit"_s).toObject(), &ignored, &unit);
    else if (d.value(u"PlannedBudgetLimits"_s).isObject() && !d.value(u"PlannedBudgetLimits"_s).toObject().isEmpty())
        spendFrom(d.value(u"PlannedBudgetLimits"_s).toObject().begin().value().toObject(), &ignored, &unit);
    if (unit.isEmpty()) {
        const QString type = d.value(u"BudgetType"_s).toString();
        unit = type == u"COST" ? u"USD"_s : type == u"USAGE" ? u"1K tokens"_s : u"PERCENTAGE"_s;
    }
    spend.unit = unit;

    const qint64 periodDays = from.daysTo(until);
    const qint64 elapsedDays = from.daysTo(upToToday);
    if (periodDays > 1 && elapsedDays > 0)
        spend.forecast = spend.actual.multipliedBy(periodDays, elapsedDays);
    return spend;
}

std::optional<BudgetsHandler::PeriodSpend> BudgetsHandler::currentSpend(const QString &budgetName, QDate today) const
{
    const auto it = m_budgets.constFind(budgetName);
    if (it == m_budgets.constEnd())
        return std::nullopt;
    return spendOf(it.value(), today);
}

QString BudgetsHandler::notificationState(const Budget &budget, const Notification &notification, QDate today) const
{
    const PeriodSpend spend = spendOf(budget, today);
    const std::optional<Money> measured = notification.type == u"ACTUAL" ? std::optional<Money>(spend.actual)
                                                                         : spend.forecast;
    if (!measured)
        return u"OK"_s;
    Money threshold = thresholdMoney(notification.threshold);
    if (notification.thresholdType == u"PERCENTAGE") {
        const std::optional<Money> limit = limitFor(budget, spend.start, today);
        if (!limit)
            return u"OK"_s;
        threshold = limit->multipliedBy(threshold).multipliedBy(1, 100);
    }
    bool alarm = false;
    if (notification.comparison == u"GREATER_THAN")
        alarm = *measured > threshold;
    else if (notification.comparison == u"LESS_THAN")
        alarm = *measured < threshold;
    else
        alarm = *measured == threshold;
    return alarm ? u"ALARM"_s : u"OK"_s;
}

QJsonObject BudgetsHandler::budgetToJson(const Budget &budget, bool showFilterExpression, QDate today) const
{
    QJsonObject o = budget.definition;
    if (!showFilterExpression)
        o.remove(u"FilterExpression"_s);
    const PeriodSpend spend = spendOf(budget, today);
    // Budgets created with planned or auto-adjusted limits also report the current period's limit.
    if (!o.contains(u"BudgetLimit"_s)) {
        if (const std::optional<Money> limit = limitFor(budget, spend.start, today))
            o.insert(u"BudgetLimit"_s, spendJson(*limit, spend.unit));
    }
    QJsonObject calculated{{u"ActualSpend"_s, spendJson(spend.actual, spend.unit)}};
    if (spend.forecast)
        calculated.insert(u"ForecastedSpend"_s, spendJson(*spend.forecast, spend.unit));
    o.insert(u"CalculatedSpend"_s, calculated);
    return o;
}

// --- budgets -------------------------------------------------------------------------------------

HttpResponse BudgetsHandler::describeBudgets(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ViewBudget"_s, QString()))
        return fail(request, *error);
    Error error;
    Reader r(body, QString(), &error);
    const std::optional<int> maxResults = r.integer(u"MaxResults"_s);
    const std::optional<QString> nextToken = r.string(u"NextToken"_s);
    const bool showFilter = r.boolean(u"ShowFilterExpression"_s).value_or(false);
    if (r.failed())
        return fail(request, error);
    const int pageSize = maxResults.value_or(DefaultDescribeBudgetsPage);
    if (pageSize < 1 || pageSize > MaxDescribeBudgetsPage)
        return fail(request, validation(u"Value '%1' at 'maxResults' failed to satisfy constraint: Member must have value %2"_s
                                            .arg(pageSize)
                                            .arg(pageSize < 1 ? u"greater than or equal to 1"_s
                                                              : u"less than or equal to 1000"_s)));
    // The token names the first budget of the next page; resuming at the first name not before
    // it keeps paging stable when budgets are deleted in between.
    auto it = m_budgets.constBegin();
    if (nextToken && !nextToken->isEmpty()) {
        const std::optional<QString> from = decodeToken(*nextToken);
        if (!from || !from->startsWith(u"budget:"))
            return fail(request, {u"InvalidNextTokenException"_s, u"Invalid NextToken"_s});
        it = m_budgets.lowerBound(from->mid(7));
    }
    const QDate today = request.now.date();
    QJsonArray budgets;
    for (; it != m_budgets.constEnd() && budgets.size() < pageSize; ++it)
        budgets.append(budgetToJson(it.value(), showFilter, today));
    QJsonObject out{{u"Budgets"_s, budgets}};
    if (it != m_budgets.constEnd())
        out.insert(u"NextToken"_s, encodeToken(u"budget:"_s + it.key()));
    return Wire::json11(out, request.requestId);
}

HttpResponse BudgetsHandler::describeBudget(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ViewBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    Reader r(body, QString(), &error);
    const bool showFilter = r.boolean(u"ShowFilterExpression"_s).value_or(false);
    if (r.failed())
        return fail(request, error);
    const Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    return Wire::json11(QJsonObject{{u"Budget"_s, budgetToJson(*budget, showFilter, request.now.date())}},
                        request.requestId);
}

HttpResponse BudgetsHandler::createBudget(const QJsonObject &body, const SandboxRequest &request)
{
    const QJsonValue budgetValue = body.value(u"Budget"_s);
    if (auto error = checkAccount(body, u"ModifyBudget"_s, budgetValue.toObject().value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    std::optional<Budget> budget = parseBudget(budgetValue, u"budget"_s, nullptr, request.now.date(), &error);
    if (!budget)
        return fail(request, error);
    const QString name = budget->definition.value(u"BudgetName"_s).toString();

    // Notifications with their subscribers
    Reader r(body, QString(), &error);
    const std::optional<QJsonArray> notifications = r.array(u"NotificationsWithSubscribers"_s);
    const std::optional<QJsonArray> tags = r.array(u"ResourceTags"_s);
    if (r.failed())
        return fail(request, error);
    if (notifications && notifications->size() > MaxNotificationsPerBudget)
        return fail(request, validation(u"Value at 'notificationsWithSubscribers' failed to satisfy constraint: Member must have length less than or equal to %1"_s
                                            .arg(MaxNotificationsPerBudget)));
    for (const QJsonValue &item : notifications.value_or(QJsonArray())) {
        const QString path = u"notificationsWithSubscribers.member"_s;
        if (!item.isObject())
            return fail(request, wrongType(item, u"a Structure"_s));
        std::optional<Notification> n = parseNotification(item.toObject().value(u"Notification"_s),
                                                           path + u".notification"_s, &error);
        if (!n)
            return fail(request, error);
        std::optional<QList<Subscriber>> subscribers = parseSubscribers(item.toObject().value(u"Subscribers"_s),
                                                                        path + u".subscribers"_s, &error);
        if (!subscribers)
            return fail(request, error);
        for (const Notification &other : std::as_const(budget->notifications)) {
            if (other.sameAs(*n))
                return fail(request, {u"DuplicateRecordException"_s,
                                      u"Error creating notification: the notification already exists."_s});
        }
        n->subscribers = *subscribers;
        budget->notifications.append(*n);
    }

    // Resource tags
    if (tags) {
        if (tags->size() > MaxResourceTags)
            return fail(request, validation(u"Value at 'resourceTags' failed to satisfy constraint: Member must have length less than or equal to 200"_s));
        QSet<QString> keys;
        for (const QJsonValue &tag : *tags) {
            if (!tag.isObject())
                return fail(request, wrongType(tag, u"a Structure"_s));
            Reader t(tag.toObject(), u"resourceTags.member"_s, &error);
            const std::optional<QString> key = t.string(u"Key"_s, true);
            const std::optional<QString> value = t.string(u"Value"_s, true);
            if (t.failed())
                return fail(request, error);
            if (key->isEmpty() || key->size() > 128 || value->size() > 256)
                return fail(request, validation(u"Value '%1' at 'resourceTags.member.%2' failed to satisfy constraint: Member must have length less than or equal to %3"_s
                                                    .arg(key->isEmpty() || key->size() > 128 ? *key : *value,
                                                         key->isEmpty() || key->size() > 128 ? u"key"_s : u"value"_s)
                                                    .arg(key->isEmpty() || key->size() > 128 ? 128 : 256)));
            if (key->startsWith(u"aws:", Qt::CaseInsensitive))
                return fail(request, invalid(u"The tag key %1 uses the reserved prefix aws:."_s.arg(*key)));
            if (keys.contains(*key))
                return fail(request, invalid(u"Duplicate tag key: %1"_s.arg(*key)));
            keys.insert(*key);
            budget->resourceTags.append(QJsonObject{{u"Key"_s, *key}, {u"Value"_s, *value}});
        }
    }

    if (m_budgets.contains(name))
        return fail(request, {u"DuplicateRecordException"_s,
                              u"Error creating budget: %1 - the budget already exists."_s.arg(name)});
    if (m_budgets.size() >= MaxBudgets)
        return fail(request, {u"CreationLimitExceededException"_s,
                              u"You have reached the maximum number of budgets for this account."_s});
    budget->definition.insert(u"LastUpdatedTime"_s, double(request.now.toSecsSinceEpoch()));
    if (!save(*budget))
        return storeError(request);
    m_budgets.insert(name, std::move(*budget));
    return Wire::json11(QJsonObject(), request.requestId);
}

HttpResponse BudgetsHandler::updateBudget(const QJsonObject &body, const SandboxRequest &request)
{
    const QJsonValue newBudget = body.value(u"NewBudget"_s);
    const QString name = newBudget.toObject().value(u"BudgetName"_s).toString();
    if (auto error = checkAccount(body, u"ModifyBudget"_s, name))
        return fail(request, *error);
    Error error;
    // A budget that does not exist is reported after the new definition passed validation.
    const auto it = m_budgets.find(name);
    const Budget *existing = it == m_budgets.end() ? nullptr : &it.value();
    std::optional<Budget> budget = parseBudget(newBudget, u"newBudget"_s, existing, request.now.date(), &error);
    if (!budget)
        return fail(request, error);
    if (!existing)
        return fail(request, {u"NotFoundException"_s,
                              u"Unable to update budget: %1 - the budget doesn't exist."_s.arg(name)});
    budget->definition.insert(u"LastUpdatedTime"_s, double(request.now.toSecsSinceEpoch()));
    if (!save(*budget))
        return storeError(request);
    it.value() = std::move(*budget);
    return Wire::json11(QJsonObject(), request.requestId);
}

HttpResponse BudgetsHandler::deleteBudget(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ModifyBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const Budget *budget = findBudget(body, u"delete"_s, &error);
    if (!budget) {
        if (error.code == u"NotFoundException")
            error.message += u" Try creating it first."_s;
        return fail(request, error);
    }
    const QString name = budget->definition.value(u"BudgetName"_s).toString();
    if (!m_store.removeDocument(BudgetsCollection.toString(), name))
        return storeError(request);
    m_budgets.remove(name);
    return Wire::json11(QJsonObject(), request.requestId);
}

// --- notifications -------------------------------------------------------------------------------

namespace {

// Reads MaxResults (1..100) and NextToken (an offset into `size` items) for the per-budget lists.
bool readPage(const QJsonObject &body, qsizetype size, int maxPage, int *pageSize, qsizetype *offset, Error *error)
{
    Reader r(body, QString(), error);
    const std::optional<int> maxResults = r.integer(u"MaxResults"_s);
    const std::optional<QString> nextToken = r.string(u"NextToken"_s);
    if (r.failed())
        return false;
    *pageSize = maxResults.value_or(maxPage);
    if (*pageSize < 1 || *pageSize > maxPage) {
        *error = validation(u"Value '%1' at 'maxResults' failed to satisfy constraint: Member must have value %2"_s
                                .arg(*pageSize)
                                .arg(*pageSize < 1 ? u"greater than or equal to 1"_s
                                                   : u"less than or equal to %1"_s.arg(maxPage)));
        return false;
    }
    *offset = 0;
    if (nextToken && !nextToken->isEmpty()) {
        const std::optional<qsizetype> o = decodeOffset(*nextToken, size);
        if (!o) {
            *error = {u"InvalidNextTokenException"_s, u"Invalid NextToken"_s};
            return false;
        }
        *offset = *o;
    }
    return true;
}

void addNextToken(QJsonObject &out, qsizetype next, qsizetype size)
{
    if (next < size)
        out.insert(u"NextToken"_s, encodeToken(u"offset:%1"_s.arg(next)));
}

} // namespace

HttpResponse BudgetsHandler::describeNotificationsForBudget(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ViewBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    int pageSize = 0;
    qsizetype offset = 0;
    if (!readPage(body, budget->notifications.size(), MaxDescribePage, &pageSize, &offset, &error))
        return fail(request, error);
    const QDate today = request.now.date();
    QJsonArray list;
    qsizetype i = offset;
    for (; i < budget->notifications.size() && list.size() < pageSize; ++i) {
        const Notification &n = budget->notifications.at(i);
        list.append(notificationToJson(n, notificationState(*budget, n, today)));
    }
    QJsonObject out{{u"Notifications"_s, list}};
    addNextToken(out, i, budget->notifications.size());
    return Wire::json11(out, request.requestId);
}

HttpResponse BudgetsHandler::createNotification(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ModifyBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    std::optional<Notification> n = parseNotification(body.value(u"Notification"_s), u"notification"_s, &error);
    if (!n)
        return fail(request, error);
    std::optional<QList<Subscriber>> subscribers = parseSubscribers(body.value(u"Subscribers"_s), u"subscribers"_s,
                                                                    &error);
    if (!subscribers)
        return fail(request, error);
    Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    for (const Notification &other : std::as_const(budget->notifications)) {
        if (other.sameAs(*n))
            return fail(request, {u"DuplicateRecordException"_s,
                                  u"Error creating notification: the notification already exists."_s});
    }
    if (budget->notifications.size() >= MaxNotificationsPerBudget)
        return fail(request, {u"CreationLimitExceededException"_s,
                              u"You can create up to %1 notifications per budget."_s.arg(MaxNotificationsPerBudget)});
    n->subscribers = *subscribers;
    Budget changed = *budget;
    changed.notifications.append(*n);
    if (!save(changed))
        return storeError(request);
    *budget = std::move(changed);
    return Wire::json11(QJsonObject(), request.requestId);
}

HttpResponse BudgetsHandler::updateNotification(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ModifyBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const std::optional<Notification> oldN = parseNotification(body.value(u"OldNotification"_s),
                                                               u"oldNotification"_s, &error);
    if (!oldN)
        return fail(request, error);
    const std::optional<Notification> newN = parseNotification(body.value(u"NewNotification"_s),
                                                               u"newNotification"_s, &error);
    if (!newN)
        return fail(request, error);
    Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    qsizetype index = -1;
    for (qsizetype i = 0; i < budget->notifications.size(); ++i) {
        if (budget->notifications.at(i).sameAs(*oldN))
            index = i;
        else if (budget->notifications.at(i).sameAs(*newN))
            return fail(request, {u"DuplicateRecordException"_s,
                                  u"Error updating notification: the new notification already exists."_s});
    }
    if (index < 0)
        return fail(request, {u"NotFoundException"_s,
                              u"Unable to update notification - the notification doesn't exist."_s});
    Budget changed = *budget;
    Notification &target = changed.notifications[index];
    const QList<Subscriber> subscribers = target.subscribers;
    target = *newN;
    target.subscribers = subscribers;
    if (!save(changed))
        return storeError(request);
    *budget = std::move(changed);
    return Wire::json11(QJsonObject(), request.requestId);
}

HttpResponse BudgetsHandler::deleteNotification(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ModifyBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const std::optional<Notification> n = parseNotification(body.value(u"Notification"_s), u"notification"_s,
                                                            &error);
    if (!n)
        return fail(request, error);
    Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    Budget changed = *budget;
    const qsizetype removed = changed.notifications.removeIf([&](const Notification &x) { return x.sameAs(*n); });
    if (removed == 0)
        return fail(request, {u"NotFoundException"_s,
                              u"Unable to delete notification - the notification doesn't exist."_s});
    if (!save(changed))
        return storeError(request);
    *budget = std::move(changed);
    return Wire::json11(QJsonObject(), request.requestId);
}

// --- subscribers ---------------------------------------------------------------------------------

HttpResponse BudgetsHandler::describeSubscribersForNotification(const QJsonObject &body,
                                                                const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ViewBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const std::optional<Notification> n = parseNotification(body.value(u"Notification"_s), u"notification"_s,
                                                            &error);
    if (!n)
        return fail(request, error);
    const Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    const Notification *found = nullptr;
    for (const Notification &x : budget->notifications) {
        if (x.sameAs(*n))
            found = &x;
    }
    if (!found)
        return fail(request, {u"NotFoundException"_s,
                              u"Unable to get subscribers - the notification doesn't exist."_s});
    int pageSize = 0;
    qsizetype offset = 0;
    if (!readPage(body, found->subscribers.size(), MaxDescribePage, &pageSize, &offset, &error))
        return fail(request, error);
    QJsonArray list;
    qsizetype i = offset;
    for (; i < found->subscribers.size() && list.size() < pageSize; ++i)
        list.append(subscriberToJson(found->subscribers.at(i)));
    QJsonObject out{{u"Subscribers"_s, list}};
    addNextToken(out, i, found->subscribers.size());
    return Wire::json11(out, request.requestId);
}

HttpResponse BudgetsHandler::editSubscribers(const QJsonObject &body, const SandboxRequest &request,
                                             const QString &verb, const SubscriberEdit &edit)
{
    if (auto error = checkAccount(body, u"ModifyBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    const std::optional<Notification> n = parseNotification(body.value(u"Notification"_s), u"notification"_s,
                                                            &error);
    if (!n)
        return fail(request, error);
    const std::optional<Subscriber> s = parseSubscriber(body.value(u"Subscriber"_s), u"subscriber"_s, &error);
    if (!s)
        return fail(request, error);
    Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);
    Budget changed = *budget;
    Notification *target = nullptr;
    for (Notification &x : changed.notifications) {
        if (x.sameAs(*n))
            target = &x;
    }
    if (!target)
        return fail(request, {u"NotFoundException"_s,
                              u"Unable to %1 subscriber - the notification doesn't exist."_s.arg(verb)});
    if (std::optional<Error> problem = edit(target->subscribers, *s))
        return fail(request, *problem);
    if (!save(changed))
        return storeError(request);
    *budget = std::move(changed);
    return Wire::json11(QJsonObject(), request.requestId);
}

HttpResponse BudgetsHandler::createSubscriber(const QJsonObject &body, const SandboxRequest &request)
{
    return editSubscribers(body, request, u"create"_s,
                           [](QList<Subscriber> &subscribers, const Subscriber &s) -> std::optional<Error> {
                               if (subscribers.contains(s))
                                   return Error{u"DuplicateRecordException"_s,
                                                u"Error creating subscriber: %1 - the subscriber already exists."_s.arg(
                                                    s.address)};
                               subscribers.append(s);
                               return checkSubscriberCounts(subscribers);
                           });
}

HttpResponse BudgetsHandler::deleteSubscriber(const QJsonObject &body, const SandboxRequest &request)
{
    return editSubscribers(body, request, u"delete"_s,
                           [](QList<Subscriber> &subscribers, const Subscriber &s) -> std::optional<Error> {
                               if (subscribers.removeAll(s) == 0)
                                   return Error{u"NotFoundException"_s,
                                                u"Unable to delete subscriber: %1 - the subscriber doesn't exist."_s
                                                    .arg(s.address)};
                               return std::nullopt;
                           });
}

// --- performance history -------------------------------------------------------------------------

HttpResponse BudgetsHandler::describeBudgetPerformanceHistory(const QJsonObject &body, const SandboxRequest &request)
{
    if (auto error = checkAccount(body, u"ViewBudget"_s, body.value(u"BudgetName"_s).toString()))
        return fail(request, *error);
    Error error;
    Reader r(body, QString(), &error);
    const std::optional<QJsonObject> period = r.object(u"TimePeriod"_s);
    if (r.failed())
        return fail(request, error);
    std::optional<double> requestedStart;
    std::optional<double> requestedEnd;
    if (period) {
        Reader p(*period, u"timePeriod"_s, &error);
        requestedStart = p.number(u"Start"_s);
        requestedEnd = p.number(u"End"_s);
        if (p.failed())
            return fail(request, error);
        if (requestedStart && requestedEnd && *requestedStart >= *requestedEnd)
            return fail(request, invalid(u"The start date must come before the end date."_s));
    }
    const Budget *budget = findBudget(body, u"get"_s, &error);
    if (!budget)
        return fail(request, error);

    const QDate today = request.now.date();
    const QJsonObject &d = budget->definition;
    const QString timeUnit = d.value(u"TimeUnit"_s).toString();
    const QDate budgetStart = dateOfSeconds(d.value(u"TimePeriod"_s).toObject().value(u"Start"_s).toDouble());
    const QDate budgetEnd = dateOfSeconds(d.value(u"TimePeriod"_s).toObject().value(u"End"_s).toDouble());

    // The periods the service keeps history for: DAILY the last 60 days, MONTHLY the current
    // month and the 12 before, QUARTERLY the last four quarters, ANNUALLY the current and last year.
    QList<std::pair<QDate, QDate>> periods;
    if (timeUnit == u"CUSTOM") {
        periods.append({budgetStart, budgetEnd});
    } else {
        const PeriodSpend current = spendOf(*budget, today);
        const int kept = timeUnit == u"DAILY" ? 60 : timeUnit == u"MONTHLY" ? 13 : timeUnit == u"QUARTERLY" ? 4 : 2;
        QDate start = current.start;
        for (int i = 0; i < kept && start >= periodStartOf(timeUnit, budgetStart); ++i) {
            periods.prepend({start, periodEndOf(timeUnit, start)});
            start = periodStartOf(timeUnit, start.addDays(-1));
        }
    }
    QList<std::pair<QDate, QDate>> selected;
    for (const auto &[start, end] : std::as_const(periods)) {
        if (requestedStart && end <= dateOfSeconds(*requestedStart))
            continue;
        if (requestedEnd && start >= dateOfSeconds(*requestedEnd))
            continue;
        selected.append({start, end});
    }

    int pageSize = 0;
    qsizetype offset = 0;
    if (!readPage(body, selected.size(), MaxDescribePage, &pageSize, &offset, &error))
        return fail(request, error);
    const PeriodSpend unitSource = spendOf(*budget, today);
    QJsonArray amounts;
    qsizetype i = offset;
    for (; i < selected.size() && amounts.size() < pageSize; ++i) {
        const auto &[start, end] = selected.at(i);
        const Money actual = actualIn(*budget, qMax(start, budgetStart), qMin(qMin(end, budgetEnd), today.addDays(1)));
        QJsonObject entry{{u"ActualAmount"_s, spendJson(actual, unitSource.unit)},
                          {u"TimePeriod"_s, QJsonObject{{u"Start"_s, double(secondsOf(start))},
                                                        {u"End"_s, double(secondsOf(end))}}}};
        if (const std::optional<Money> limit = limitFor(*budget, start, today))
            entry.insert(u"BudgetedAmount"_s, spendJson(*limit, unitSource.unit));
        amounts.append(entry);
    }
    QJsonObject history{{u"BudgetName"_s, d.value(u"BudgetName"_s)},
                        {u"BudgetType"_s, d.value(u"BudgetType"_s)},
                        {u"TimeUnit"_s, d.value(u"TimeUnit"_s)},
                        {u"BudgetedAndActualAmountsList"_s, amounts}};
    for (const QString &member : {u"CostFilters"_s, u"CostTypes"_s, u"FilterExpression"_s, u"Metrics"_s,
                                  u"BillingViewArn"_s}) {
        if (d.contains(member))
            history.insert(member, d.value(member));
    }
    QJsonObject out{{u"BudgetPerformanceHistory"_s, history}};
    addNextToken(out, i, selected.size());
    return Wire::json11(out, request.requestId);
}

} // namespace Spendscope::Sandbox
