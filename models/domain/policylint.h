// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policydocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Spendscope {

// Warnings about a syntactically valid policy that IAM would accept but that is probably not what
// its author meant: too broad grants, actions the service does not have, grants that fail at call
// time, and limits IAM enforces only when the policy is saved.
class PolicyLint final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyLint)
public:
    // Managed policy documents may hold 6,144 characters, white space not counted.
    static constexpr qsizetype MaxManagedPolicySize = 6144;

    enum class Code {
        TooLarge,
        DuplicateSid,
        EmptyStatement,            // no actions or no resources (only the editor produces these)
        AllActionsOnAllResources,  // bedrock-mantle:* (or *) on *
        AllowWithNotAction,        // allows every other action of every service
        UnknownAction,             // not in the bedrock-mantle action list; maybe a typo
        PatternMatchesNothing,     // a bedrock-mantle wildcard that covers no action
        ProjectlessActionOnProject // CreateProject/ListProjects limited to project ARNs: 403
    };

    struct Warning
    {
        Code code;
        qsizetype statement = -1; // index into the document's statements; -1 for the whole document
        QString message;          // translated, names the statement
        QString suggestion;       // e.g. the closest action name for a typo; often empty
    };

    PolicyLint() = delete;

    [[nodiscard]] static QList<Warning> check(const PolicyDocument &document);
    // The Sid, or "#n" (1-based) for a statement without one, as messages name statements.
    [[nodiscard]] static QString statementLabel(const PolicyDocument &document, qsizetype index);
};

} // namespace Spendscope
