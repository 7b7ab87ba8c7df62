// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policydocument.h"
#include "tagset.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spendscope {

class Project;

// Decides whether a principal whose identity-based policies are given may make one request, with
// the IAM evaluation logic for a single account without boundaries, SCPs or session policies: an
// explicit Deny in any statement wins, otherwise any Allow allows, otherwise the request is denied
// implicitly.
//
// Actions match case-insensitively, resources case-sensitively, both with * and ? wildcards;
// NotAction/NotResource invert the match. Condition keys known here are aws:ResourceTag/<key>
// (the project's tags), aws:RequestTag/<key>, aws:TagKeys, bedrock-mantle:ProjectArn and whatever
// the request's `context` supplies; a known key may be absent (and *IfExists, the negated
// operators, ForAllValues and Null treat that as IAM does). A key Spendscope cannot know (say
// aws:SourceIp) makes its condition fail, so the statement is not counted either way: the matrix
// never claims an access that depends on facts it does not have.
class PolicyEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyEvaluator)
public:
    // Ordered from most to least permissive so that sorting by the raw value groups them.
    enum class Decision {
        Allow,
        ImplicitDeny,
        ExplicitDeny,
    };

    struct Policy
    {
        QString name; // shown in explanations, e.g. the managed policy's name
        PolicyDocument document;
    };

    struct Request
    {
        QString action;   // e.g. "bedrock-mantle:CreateInference"
        QString resource; // e.g. a project ARN, or "*" for account-level actions
        TagSet resourceTags;
        TagSet requestTags;
        QStringList tagKeys; // aws:TagKeys; when empty, the keys of requestTags
        // Further condition keys and their values, e.g. bedrock-mantle:DataRetentionMode.
        QMap<QString, QStringList> context;
    };

    struct Result
    {
        Decision decision = Decision::ImplicitDeny;
        // The deciding statement; empty and -1 for an implicit deny.
        QString policyName;
        qsizetype statementIndex = -1;
        QString sid;

        // The Sid, or "#n" (1-based) for a statement without one.
        [[nodiscard]] QString statementLabel() const;
        // A translated sentence naming the policy and statement that decided.
        [[nodiscard]] QString explanation() const;
    };

    explicit PolicyEvaluator(QList<Policy> policies = {});

    [[nodiscard]] const QList<Policy> &policies() const { return m_policies; }
    void setPolicies(const QList<Policy> &policies) { m_policies = policies; }

    [[nodiscard]] Result evaluate(const Request &request) const;

    // A request for `action` on `project`: its ARN as resource, its tags as aws:ResourceTag.
    [[nodiscard]] static Request projectRequest(const QString &action, const Project &project);
    // Whether one statement applies to the request (action, resource and every condition).
    [[nodiscard]] static bool statementApplies(const PolicyStatement &statement, const Request &request);
    // IAM's glob: * matches any run of characters (also none), ? exactly one.
    [[nodiscard]] static bool matchesWildcard(QStringView pattern, QStringView value, Qt::CaseSensitivity cs);

private:
    QList<Policy> m_policies;
};

} // namespace Spendscope
