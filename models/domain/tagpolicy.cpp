// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpolicy.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

void TagPolicy::setRule(const Rule &rule)
{
    const auto it = std::lower_bound(m_rules.begin(), m_rules.end(), rule.key,
                                     [](const Rule &r, const QString &key) { return r.key < key; });
    if (it != m_rules.end() && it->key == rule.key)
        *it = rule;
    else
        m_rules.insert(it, rule);
}

bool TagPolicy::removeRule(const QString &key)
{
    return m_rules.removeIf([&key](const Rule &r) { return r.key == key; }) > 0;
}

std::optional<TagPolicy::Rule> TagPolicy::rule(const QString &key) const
{
    for (const Rule &r : m_rules) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

QStringList TagPolicy::requiredKeys() const
{
    QStringList keys;
    for (const Rule &r : m_rules) {
        if (r.required)
            keys.append(r.key);
    }
    return keys;
}

QList<TagPolicy::Issue> TagPolicy::validateKey(const QString &key) const
{
    QList<Issue> issues;
    if (QString problem = TagSet::validateKey(key); !problem.isEmpty())
        issues.append({key, std::move(problem), Severity::Error});
    if (rule(key))
        return issues;
    // Tag keys are case-sensitive: "team" and "Team" are two keys and two columns in Cost Explorer.
    for (const Rule &r : m_rules) {
        if (r.key.compare(key, Qt::CaseInsensitive) == 0) {
            issues.append({key,
                           tr("Tag key “%1” differs from the policy’s key “%2” only in letter case; Cost Explorer "
                              "reports them separately.")
                               .arg(key, r.key),
                           Severity::Warning});
            break;
        }
    }
    return issues;
}

void TagPolicy::appendValueIssues(const Rule &r, const QString &value, QList<Issue> &issues) const
{
    if (r.required && value.trimmed().isEmpty()) {
        issues.append({r.key, tr("Required tag “%1” has no value.").arg(r.key), Severity::Error});
        return;
    }
    if (!r.allowedValues.isEmpty() && !r.allowedValues.contains(value)) {
        const auto sameLetters = std::find_if(r.allowedValues.cbegin(), r.allowedValues.cend(), [&value](const QString &a) {
            return a.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (sameLetters == r.allowedValues.cend()) {
            //: %3 is a comma-separated list of values
            issues.append({r.key,
                           tr("“%2” is not an allowed value of tag “%1”; allowed are %3.")
                               .arg(r.key, value, r.allowedValues.join(u", "_s)),
                           Severity::Error});
            return;
        }
        if (r.caseRule == CaseRule::Exact) {
            issues.append({r.key, tr("The value of tag “%1” must be written “%2”.").arg(r.key, *sameLetters),
                           Severity::Error});
            return;
        }
    }
    if (r.caseRule == CaseRule::Lower && value != value.toLower()) {
        issues.append({r.key, tr("The value of tag “%1” should be lower case: “%2”.").arg(r.key, value.toLower()),
                       Severity::Warning});
    }
}

QList<TagPolicy::Issue> TagPolicy::validateTag(const QString &key, const QString &value) const
{
    QList<Issue> issues = validateKey(key);
    if (QString problem = TagSet::validateValue(key, value); !problem.isEmpty())
        issues.append({key, std::move(problem), Severity::Error});
    if (const std::optional<Rule> r = rule(key))
        appendValueIssues(*r, value, issues);
    return issues;
}

QList<TagPolicy::Issue> TagPolicy::validate(const TagSet &tags) const
{
    QList<Issue> issues;
    if (tags.size() > TagSet::MaxTags) {
        issues.append({QString(),
                       tr("There are %n tags; a resource can have at most %1.", nullptr, static_cast<int>(tags.size()))
                           .arg(TagSet::MaxTags),
                       Severity::Error});
    }
    for (auto it = tags.begin(); it != tags.end(); ++it)
        issues.append(validateTag(it.key(), it.value()));
    for (const Rule &r : m_rules) {
        if (r.required && !tags.contains(r.key))
            issues.append({r.key, tr("Required tag “%1” is missing.").arg(r.key), Severity::Error});
    }
    return issues;
}

bool TagPolicy::hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.severity == Severity::Error; });
}

QString TagPolicy::caseRuleName(CaseRule rule)
{
    switch (rule) {
    case CaseRule::Any:
        return u"any"_s;
    case CaseRule::Lower:
        return u"lower"_s;
    case CaseRule::Exact:
        return u"exact"_s;
    }
    return {};
}

std::optional<TagPolicy::CaseRule> TagPolicy::caseRuleFromName(const QString &name)
{
    for (const CaseRule rule : {CaseRule::Any, CaseRule::Lower, CaseRule::Exact}) {
        if (caseRuleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

QJsonObject TagPolicy::toJson() const
{
    QJsonArray rules;
    for (const Rule &r : m_rules) {
        QJsonObject object{{u"key"_s, r.key}, {u"required"_s, r.required}, {u"case"_s, caseRuleName(r.caseRule)}};
        if (!r.allowedValues.isEmpty())
            object.insert(u"allowedValues"_s, QJsonArray::fromStringList(r.allowedValues));
        rules.append(object);
    }
    return QJsonObject{{u"version"_s, JsonVersion}, {u"rules"_s, rules}};
}

std::optional<TagPolicy> TagPolicy::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<TagPolicy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue version = json.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != JsonVersion)
        return fail(tr("The tag policy has an unknown version."));
    const QJsonValue rulesValue = json.value(u"rules"_s);
    if (!rulesValue.isArray())
        return fail(tr("The tag policy has no list of rules."));

    TagPolicy policy;
    QSet<QString> seen;
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const qsizetype n = i + 1; // 1-based, as users count
        if (!rules.at(i).isObject())
            return fail(tr("Rule %1 of the tag policy is not an object.").arg(n));
        const QJsonObject object = rules.at(i).toObject();
        Rule rule;
        if (!object.value(u"key"_s).isString())
            return fail(tr("Rule %1 of the tag policy has no key.").arg(n));
        rule.key = object.value(u"key"_s).toString();
        if (const QString problem = TagSet::validateKey(rule.key); !problem.isEmpty())
            return fail(problem);
        if (seen.contains(rule.key))
            return fail(tr("The tag policy has two rules for “%1”.").arg(rule.key));
        seen.insert(rule.key);

        const QJsonValue required = object.value(u"required"_s);
        if (!required.isUndefined() && !required.isBool())
            return fail(tr("Rule %1 of the tag policy: “required” is not true or false.").arg(n));
        rule.required = required.toBool(false);

        const QJsonValue allowed = object.value(u"allowedValues"_s);
        if (!allowed.isUndefined()) {
            if (!allowed.isArray())
                return fail(tr("Rule %1 of the tag policy: “allowedValues” is not a list.").arg(n));
            for (const QJsonValue &value : allowed.toArray()) {
                if (!value.isString())
                    return fail(tr("Rule %1 of the tag policy: an allowed value is not text.").arg(n));
                if (const QString problem = TagSet::validateValue(rule.key, value.toString()); !problem.isEmpty())
                    return fail(problem);
                if (!rule.allowedValues.contains(value.toString()))
                    rule.allowedValues.append(value.toString());
            }
        }

        const QJsonValue caseRule = object.value(u"case"_s);
        if (!caseRule.isUndefined()) {
            const std::optional<CaseRule> parsed = caseRuleFromName(caseRule.toString());
            if (!caseRule.isString() || !parsed)
                return fail(tr("Rule %1 of the tag policy: the letter case rule must be “any”, “lower” or “exact”.").arg(n));
            rule.caseRule = *parsed;
        }
        if (rule.caseRule == CaseRule::Exact && rule.allowedValues.isEmpty())
            return fail(tr("Rule %1 of the tag policy: the “exact” rule needs a list of allowed values.").arg(n));
        policy.setRule(rule);
    }
    return policy;
}

} // namespace Spendscope
