// SPDX-License-Identifier: GPL-3.0-or-later
#include "policylint.h"

#include "bedrockmantleactions.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

bool isMantleAction(const QString &action)
{
    const qsizetype colon = action.indexOf(u':');
    return colon > 0 && QStringView(action).left(colon).compare(BedrockMantleActions::Prefix, Qt::CaseInsensitive) == 0;
}

bool hasWildcard(const QString &text)
{
    return text.contains(u'*') || text.contains(u'?');
}

// Whether a pattern covers every bedrock-mantle action, present and future (so "bedrock-mantle:*"
// and "*", not "bedrock-mantle:C*").
bool coversWholeService(const QString &pattern)
{
    if (pattern == u"*")
        return true;
    const qsizetype colon = pattern.indexOf(u':');
    if (colon < 0)
        return false;
    const QString service = pattern.left(colon);
    const QString action = pattern.mid(colon + 1);
    return (service == u"*" || service.compare(BedrockMantleActions::Prefix, Qt::CaseInsensitive) == 0)
        && std::all_of(action.cbegin(), action.cend(), [](QChar c) { return c == u'*'; }) && !action.isEmpty();
}

} // namespace

QString PolicyLint::statementLabel(const PolicyDocument &document, qsizetype index)
{
    const QString &sid = document.statements().at(index).sid;
    if (!sid.isEmpty())
        return sid;
    //: a policy statement without a Sid, by its position (1-based)
    return tr("#%1").arg(index + 1);
}

QList<PolicyLint::Warning> PolicyLint::check(const PolicyDocument &document)
{
    QList<Warning> warnings;
    const qsizetype size = document.sizeWithoutWhiteSpace();
    if (size > MaxManagedPolicySize) {
        warnings.append({Code::TooLarge, -1,
                         tr("The policy has %1 characters without white space; a managed policy may have at most %2.")
                             .arg(size)
                             .arg(MaxManagedPolicySize),
                         QString()});
    }

    QHash<QString, qsizetype> firstBySid;
    const QList<PolicyStatement> &statements = document.statements();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const PolicyStatement &s = statements.at(i);
        const QString label = statementLabel(document, i);
        const bool allow = s.effect == PolicyStatement::Effect::Allow;

        if (!s.sid.isEmpty()) {
            const auto it = firstBySid.constFind(s.sid);
            if (it == firstBySid.constEnd()) {
                firstBySid.insert(s.sid, i);
            } else {
                warnings.append({Code::DuplicateSid, i,
                                 tr("Statements #%1 and #%2 share the Sid “%3”; Sids must be unique within a policy.")
                                     .arg(it.value() + 1)
                                     .arg(i + 1)
                                     .arg(s.sid),
                                 QString()});
            }
        }

        if (s.actions.isEmpty())
            warnings.append({Code::EmptyStatement, i, tr("Statement %1 has no actions.").arg(label), QString()});
        if (s.resources.isEmpty())
            warnings.append({Code::EmptyStatement, i, tr("Statement %1 has no resources.").arg(label), QString()});

        const bool onAllResources = !s.notResource && s.resources.contains(u"*"_s);
        if (allow && !s.notAction && onAllResources
            && std::any_of(s.actions.cbegin(), s.actions.cend(), coversWholeService)) {
            warnings.append({Code::AllActionsOnAllResources, i,
                             tr("Statement %1 allows every bedrock-mantle action on every resource; limit it to the "
                                "actions and projects that need it.")
                                 .arg(label),
                             QString()});
        }
        if (allow && s.notAction) {
            warnings.append({Code::AllowWithNotAction, i,
                             tr("Statement %1 allows everything except the listed actions, including every action of "
                                "other AWS services and actions added later; list the allowed actions instead.")
                                 .arg(label),
                             QString()});
        }

        for (const QString &action : s.actions) {
            if (!isMantleAction(action))
                continue;
            if (hasWildcard(action)) {
                if (BedrockMantleActions::matching(action).isEmpty()) {
                    warnings.append({Code::PatternMatchesNothing, i,
                                     tr("Statement %1: “%2” matches no bedrock-mantle action.").arg(label, action),
                                     QString()});
                }
                continue;
            }
            if (BedrockMantleActions::accessLevel(action))
                continue;
            const QString closest = BedrockMantleActions::closest(action);
            const QString message =
                closest.isEmpty()
                    ? tr("Statement %1: “%2” is not a bedrock-mantle action.").arg(label, action)
                    : tr("Statement %1: “%2” is not a bedrock-mantle action; did you mean “%3”?")
                          .arg(label, action, closest);
            warnings.append({Code::UnknownAction, i, message, closest});
        }

        // Only actions named outright: a wildcard such as List* on project/* is how the managed
        // policies are written, and those still work for the project-scoped actions they cover.
        if (allow && !s.notAction && !s.notResource && !onAllResources
            && std::any_of(s.resources.cbegin(), s.resources.cend(),
                           [](const QString &r) { return r.contains(u":project/"_s); })) {
            for (const QString &action : s.actions) {
                if (hasWildcard(action) || !BedrockMantleActions::needsAllResources(action))
                    continue;
                warnings.append({Code::ProjectlessActionOnProject, i,
                                 tr("Statement %1 grants “%2” on project ARNs, but that call names no project, so IAM "
                                    "answers 403; grant it on \"*\" in a statement of its own.")
                                     .arg(label, action),
                                 u"*"_s});
            }
        }
    }
    return warnings;
}

} // namespace Spendscope
