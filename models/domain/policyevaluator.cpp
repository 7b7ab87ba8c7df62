// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyevaluator.h"

#include "conditionoperator.h"
#include "project.h"

#include <QDateTime>
#include <QHostAddress>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using Base = ConditionOperator::Base;

// What the request says about one condition key.
struct KeyValues
{
    bool known = false;   // false: Spendscope cannot tell, the condition fails
    bool present = false; // known but absent keys are handled as IAM handles missing keys
    QStringList values;
};

constexpr QStringView ResourceTagPrefix = u"aws:ResourceTag/";
constexpr QStringView RequestTagPrefix = u"aws:RequestTag/";

// Tag keys are matched exactly first; IAM compares the key part without regard to case.
std::optional<QString> tagValue(const TagSet &tags, QStringView key)
{
    const QString exact = key.toString();
    if (tags.contains(exact))
        return tags.value(exact);
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return std::nullopt;
}

KeyValues tagKey(const TagSet &tags, QStringView key)
{
    const std::optional<QString> value = tagValue(tags, key);
    return value ? KeyValues{true, true, {*value}} : KeyValues{true, false, {}};
}

KeyValues resolve(const QString &key, const PolicyEvaluator::Request &request)
{
    // Condition key names are case-insensitive in IAM.
    if (key.startsWith(ResourceTagPrefix, Qt::CaseInsensitive))
        return tagKey(request.resourceTags, QStringView(key).mid(ResourceTagPrefix.size()));
    if (key.startsWith(RequestTagPrefix, Qt::CaseInsensitive))
        return tagKey(request.requestTags, QStringView(key).mid(RequestTagPrefix.size()));
    if (key.compare(u"aws:TagKeys", Qt::CaseInsensitive) == 0) {
        const QStringList keys = request.tagKeys.isEmpty() ? request.requestTags.keys() : request.tagKeys;
        return {true, !keys.isEmpty(), keys};
    }
    for (auto it = request.context.constBegin(); it != request.context.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return {true, !it.value().isEmpty(), it.value()};
    }
    if (key.compare(u"bedrock-mantle:ProjectArn", Qt::CaseInsensitive) == 0) {
        const bool isProject = request.resource.contains(u":project/"_s);
        return {true, isProject, isProject ? QStringList{request.resource} : QStringList{}};
    }
    return {};
}

// ArnEquals and ArnLike behave alike: the six colon-separated parts match one by one, each with
// wildcards; the resource part keeps any further colons.
bool arnMatches(const QString &pattern, const QString &value)
{
    const QStringList p = pattern.split(u':');
    const QStringList v = value.split(u':');
    if (p.size() < 6 || v.size() < 6)
        return false;
    for (int i = 0; i < 5; ++i) {
        if (!PolicyEvaluator::matchesWildcard(p.at(i), v.at(i), Qt::CaseSensitive))
            return false;
    }
    return PolicyEvaluator::matchesWildcard(p.mid(5).join(u':'), v.mid(5).join(u':'), Qt::CaseSensitive);
}

std::optional<QDateTime> parseDate(const QString &text)
{
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

template<typename T>
bool compareOrdered(Base base, const T &value, const T &bound)
{
    switch (base) {
    case Base::NumericEquals:
    case Base::NumericNotEquals:
    case Base::DateEquals:
    case Base::DateNotEquals:
        return value == bound;
    case Base::NumericLessThan:
    case Base::DateLessThan:
        return value < bound;
    case Base::NumericLessThanEquals:
    case Base::DateLessThanEquals:
        return value <= bound;
    case Base::NumericGreaterThan:
    case Base::DateGreaterThan:
        return value > bound;
    case Base::NumericGreaterThanEquals:
    case Base::DateGreaterThanEquals:
        return value >= bound;
    default:
        return false;
    }
}

// The positive form of the comparison: StringNotEquals compares as StringEquals and is inverted
// by the caller.
bool comparePositive(Base base, const QString &value, const QString &conditionValue)
{
    switch (base) {
    case Base::StringEquals:
    case Base::StringNotEquals:
        return value == conditionValue;
    case Base::StringEqualsIgnoreCase:
    case Base::StringNotEqualsIgnoreCase:
        return value.compare(conditionValue, Qt::CaseInsensitive) == 0;
    case Base::StringLike:
    case Base::StringNotLike:
        return PolicyEvaluator::matchesWildcard(conditionValue, value, Qt::CaseSensitive);
    case Base::ArnEquals:
    case Base::ArnLike:
    case Base::ArnNotEquals:
    case Base::ArnNotLike:
        return arnMatches(conditionValue, value);
    case Base::Bool:
        return value.compare(conditionValue, Qt::CaseInsensitive) == 0;
    case Base::BinaryEquals:
        return value == conditionValue;
    case Base::IpAddress:
    case Base::NotIpAddress: {
        const QHostAddress address(value);
        const auto subnet = QHostAddress::parseSubnet(conditionValue.contains(u'/') ? conditionValue
                                                                                    : conditionValue + u"/32"_s);
        return !address.isNull() && subnet.second >= 0 && address.isInSubnet(subnet);
    }
    case Base::NumericEquals:
    case Base::NumericNotEquals:
    case Base::NumericLessThan:
    case Base::NumericLessThanEquals:
    case Base::NumericGreaterThan:
    case Base::NumericGreaterThanEquals: {
        bool ok1 = false;
        bool ok2 = false;
        const double a = value.toDouble(&ok1);
        const double b = conditionValue.toDouble(&ok2);
        return ok1 && ok2 && compareOrdered(base, a, b);
    }
    case Base::DateEquals:
    case Base::DateNotEquals:
    case Base::DateLessThan:
    case Base::DateLessThanEquals:
    case Base::DateGreaterThan:
    case Base::DateGreaterThanEquals: {
        const auto a = parseDate(value);
        const auto b = parseDate(conditionValue);
        return a && b && compareOrdered(base, *a, *b);
    }
    case Base::Null:
        return false;
    }
    return false;
}

bool conditionHolds(const PolicyStatement::Condition &condition, const PolicyEvaluator::Request &request)
{
    const std::optional<ConditionOperator> op = ConditionOperator::parse(condition.op);
    if (!op)
        return false;
    const KeyValues key = resolve(condition.key, request);
    if (!key.known)
        return false;

    if (op->base() == Base::Null) {
        // "true": the key must be absent; "false": it must be present. Values are ORed.
        return std::any_of(condition.values.cbegin(), condition.values.cend(), [&](const QString &v) {
            if (v.compare(u"true", Qt::CaseInsensitive) == 0)
                return !key.present;
            if (v.compare(u"false", Qt::CaseInsensitive) == 0)
                return key.present;
            return false;
        });
    }

    if (!key.present) {
        if (op->ifExists())
            return true;
        if (op->qualifier() == ConditionOperator::SetQualifier::ForAllValues)
            return true; // every one of no values matches
        if (op->qualifier() == ConditionOperator::SetQualifier::ForAnyValue)
            return false;
        return op->isNegated();
    }

    const bool negated = op->isNegated();
    // One request value against the condition's values: positive operators need one match,
    // negated operators need none.
    const auto single = [&](const QString &value) {
        const bool anyMatch = std::any_of(condition.values.cbegin(), condition.values.cend(),
                                          [&](const QString &c) { return comparePositive(op->base(), value, c); });
        return negated ? !anyMatch : anyMatch;
    };
    switch (op->qualifier()) {
    case ConditionOperator::SetQualifier::ForAnyValue:
        return std::any_of(key.values.cbegin(), key.values.cend(), single);
    case ConditionOperator::SetQualifier::ForAllValues:
        return std::all_of(key.values.cbegin(), key.values.cend(), single);
    case ConditionOperator::SetQualifier::None:
        break;
    }
    // Without a qualifier a negated operator must hold for every value (none matches), a positive
    // one for any value.
    return negated ? std::all_of(key.values.cbegin(), key.values.cend(), single)
                   : std::any_of(key.values.cbegin(), key.values.cend(), single);
}

bool anyMatches(const QStringList &patterns, const QString &value, Qt::CaseSensitivity cs)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QString &p) { return PolicyEvaluator::matchesWildcard(p, value, cs); });
}

} // namespace

QString PolicyEvaluator::Result::statementLabel() const
{
    if (!sid.isEmpty())
        return sid;
    if (statementIndex < 0)
        return {};
    //: a policy statement without a Sid, by its position (1-based)
    return tr("#%1").arg(statementIndex + 1);
}

QString PolicyEvaluator::Result::explanation() const
{
    switch (decision) {
    case Decision::Allow:
        return tr("Allowed by statement %1 of policy “%2”.").arg(statementLabel(), policyName);
    case Decision::ExplicitDeny:
        return tr("Denied by statement %1 of policy “%2”; an explicit deny overrides every allow.")
            .arg(statementLabel(), policyName);
    case Decision::ImplicitDeny:
        break;
    }
    return tr("No attached policy allows this request, so IAM denies it by default.");
}

PolicyEvaluator::PolicyEvaluator(QList<Policy> policies)
    : m_policies(std::move(policies))
{
}

PolicyEvaluator::Result PolicyEvaluator::evaluate(const Request &request) const
{
    Result allow;
    for (const Policy &policy : m_policies) {
        const QList<PolicyStatement> &statements = policy.document.statements();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const PolicyStatement &s = statements.at(i);
            if (!statementApplies(s, request))
                continue;
            if (s.effect == PolicyStatement::Effect::Deny)
                return {Decision::ExplicitDeny, policy.name, i, s.sid};
            // The first allow explains the decision; a later deny still overrides it.
            if (allow.decision != Decision::Allow)
                allow = {Decision::Allow, policy.name, i, s.sid};
        }
    }
    return allow;
}

PolicyEvaluator::Request PolicyEvaluator::projectRequest(const QString &action, const Project &project)
{
    Request request;
    request.action = action;
    request.resource = project.arn();
    request.resourceTags = project.tags();
    return request;
}

bool PolicyEvaluator::statementApplies(const PolicyStatement &statement, const Request &request)
{
    if (anyMatches(statement.actions, request.action, Qt::CaseInsensitive) == statement.notAction)
        return false;
    if (anyMatches(statement.resources, request.resource, Qt::CaseSensitive) == statement.notResource)
        return false;
    return std::all_of(statement.conditions.cbegin(), statement.conditions.cend(),
                       [&](const PolicyStatement::Condition &c) { return conditionHolds(c, request); });
}

bool PolicyEvaluator::matchesWildcard(QStringView pattern, QStringView value, Qt::CaseSensitivity cs)
{
    const auto same = [cs](QChar a, QChar b) {
        return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
    };
    // Greedy matching with one backtrack point: linear in practice, never exponential.
    qsizetype p = 0;
    qsizetype v = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (v < value.size()) {
        const bool literal = p < pattern.size() && pattern.at(p) != u'*';
        if (literal && (pattern.at(p) == u'?' || same(pattern.at(p), value.at(v)))) {
            ++p;
            ++v;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            resume = v;
        } else if (star >= 0) {
            p = star + 1;
            v = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace Spendscope
