// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The workspace's tag policy: which keys every project must carry, which values a key may take
// and how values are written. Cost Explorer groups by exact strings, so "Payments" and "payments"
// split a team's spend in two; the policy catches that before it reaches a bill.
//
// validate() reports the policy's issues together with AWS's own tag rules (TagSet), so that one
// list says everything that is wrong with a tag set. Stored as JSON in the settings.
class TagPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::TagPolicy)
public:
    enum class CaseRule {
        Any,   // values are taken as written
        Lower, // values should be lower case (a warning otherwise)
        Exact, // values must be one of the allowed values, letter case included
    };

    enum class Severity {
        Warning, // allowed, but splits or muddles reports
        Error,   // refused: AWS would reject it, or the policy forbids it
    };

    struct Rule
    {
        QString key;
        bool required = false;
        QStringList allowedValues; // empty: any value
        CaseRule caseRule = CaseRule::Any;

        friend bool operator==(const Rule &, const Rule &) = default;
    };

    struct Issue
    {
        QString key; // empty for issues of the whole set (too many tags)
        QString message;
        Severity severity = Severity::Error;

        friend bool operator==(const Issue &, const Issue &) = default;
    };

    static constexpr int JsonVersion = 1;

    TagPolicy() = default;

    // Adds or replaces the rule for rule.key.
    void setRule(const Rule &rule);
    bool removeRule(const QString &key);
    [[nodiscard]] std::optional<Rule> rule(const QString &key) const;
    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; } // sorted by key
    [[nodiscard]] QStringList requiredKeys() const;
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }

    // The issues of one tag: AWS's key and value rules, the policy's value rules, and a key that
    // differs from a policy key only in letter case.
    [[nodiscard]] QList<Issue> validateTag(const QString &key, const QString &value) const;
    // The issues of one tag key alone (no value rules), for keys whose values differ per project.
    [[nodiscard]] QList<Issue> validateKey(const QString &key) const;
    // Every issue of a whole tag set: validateTag() for each tag, the number of tags, and the
    // required keys that are missing or empty.
    [[nodiscard]] QList<Issue> validate(const TagSet &tags) const;
    [[nodiscard]] static bool hasErrors(const QList<Issue> &issues);

    // {"version": 1, "rules": [{"key": "Team", "required": true, "allowedValues": [...],
    //  "case": "any|lower|exact"}]}
    [[nodiscard]] QJsonObject toJson() const;
    // Returns nullopt and a translated reason in *error for anything it cannot trust: wrong types,
    // invalid or duplicate keys, unknown case rules, "exact" without allowed values.
    [[nodiscard]] static std::optional<TagPolicy> fromJson(const QJsonObject &json, QString *error = nullptr);

    [[nodiscard]] static QString caseRuleName(CaseRule rule); // "any", "lower", "exact"
    [[nodiscard]] static std::optional<CaseRule> caseRuleFromName(const QString &name);

    friend bool operator==(const TagPolicy &, const TagPolicy &) = default;

private:
    void appendValueIssues(const Rule &rule, const QString &value, QList<Issue> &issues) const;

    QList<Rule> m_rules;
};

} // namespace Spendscope
