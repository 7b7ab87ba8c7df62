// SPDX-License-Identifier: GPL-3.0-or-later
#include "bedrockmantleactions.h"

#include "policyevaluator.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QList<BedrockMantleActions::Action> buildList()
{
    using Level = BedrockMantleActions::AccessLevel;
    QList<BedrockMantleActions::Action> list;
    const auto add = [&list](Level level, std::initializer_list<QStringView> names) {
        for (QStringView name : names)
            list.append({name.toString(), level});
    };
    // Service Authorization Reference, list_bedrock-mantle.html (see the mantle projects reference, §5).
    add(Level::Write, {u"ArchiveProject", u"AssociateCustomizedModel", u"CancelFineTuningJob", u"CancelInference",
                       u"CreateCustomizedModel", u"CreateFile", u"CreateFineTuningJob", u"CreateInference",
                       u"CreateProject", u"CreateReservation", u"DeleteCustomizedModel", u"DeleteFile",
                       u"DeleteInference", u"DeleteReservation", u"DisassociateCustomizedModel",
                       u"PutAccountDataRetention", u"UpdateProject", u"UpdateReservation"});
    add(Level::Read, {u"CountTokens", u"GetAccountDataRetention", u"GetCustomizedModel", u"GetFile", u"GetFineTuningJob",
                      u"GetInference", u"GetModel", u"GetProject", u"GetReservation", u"ListTagsForResource"});
    add(Level::List, {u"CallWithBearerToken", u"ListCustomizedModelAssociations", u"ListCustomizedModels", u"ListFiles",
                      u"ListFineTuningJobs", u"ListModels", u"ListProjects", u"ListReservations"});
    add(Level::Tagging, {u"TagResource", u"UntagResource"});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return list;
}

// The name part of "bedrock-mantle:Name", or the whole text when it has no prefix; nullopt for
// another service.
std::optional<QString> localName(const QString &action)
{
    const qsizetype colon = action.indexOf(u':');
    if (colon < 0)
        return action;
    if (QStringView(action).left(colon).compare(BedrockMantleActions::Prefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return action.mid(colon + 1);
}

qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            const bool same = a.at(i - 1).toCaseFolded() == b.at(j - 1).toCaseFolded();
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const QList<BedrockMantleActions::Action> &BedrockMantleActions::all()
{
    static const QList<Action> list = buildList();
    return list;
}

QStringList BedrockMantleActions::names(AccessLevel level)
{
    QStringList result;
    for (const Action &a : all()) {
        if (a.level == level)
            result.append(a.name);
    }
    return result;
}

QString BedrockMantleActions::qualified(const QString &name)
{
    return Prefix + u':' + name;
}

std::optional<BedrockMantleActions::AccessLevel> BedrockMantleActions::accessLevel(const QString &action)
{
    const std::optional<QString> name = localName(action);
    if (!name)
        return std::nullopt;
    for (const Action &a : all()) {
        if (a.name.compare(*name, Qt::CaseInsensitive) == 0)
            return a.level;
    }
    return std::nullopt;
}

QStringList BedrockMantleActions::matching(const QString &pattern)
{
    QStringList result;
    for (const Action &a : all()) {
        const QString full = qualified(a.name);
        if (PolicyEvaluator::matchesWildcard(pattern, full, Qt::CaseInsensitive))
            result.append(full);
    }
    return result;
}

QString BedrockMantleActions::closest(const QString &action)
{
    const std::optional<QString> name = localName(action);
    if (!name || name->isEmpty())
        return {};
    const Action *best = nullptr;
    qsizetype bestDistance = 0;
    for (const Action &a : all()) {
        const qsizetype d = editDistance(*name, a.name);
        if (!best || d < bestDistance) {
            best = &a;
            bestDistance = d;
        }
    }
    // Beyond a third of the name the "suggestion" is a different action, not a typo.
    if (!best || bestDistance > std::max<qsizetype>(2, name->size() / 3))
        return {};
    return qualified(best->name);
}

bool BedrockMantleActions::needsAllResources(const QString &action)
{
    const std::optional<QString> name = localName(action);
    return name
        && (name->compare(u"CreateProject", Qt::CaseInsensitive) == 0
            || name->compare(u"ListProjects", Qt::CaseInsensitive) == 0);
}

QString BedrockMantleActions::accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Write:
        //: IAM access level
        return tr("Write");
    case AccessLevel::Read:
        //: IAM access level
        return tr("Read");
    case AccessLevel::List:
        //: IAM access level
        return tr("List");
    case AccessLevel::Tagging:
        //: IAM access level
        return tr("Tagging");
    }
    return {};
}

} // namespace Spendscope
