// SPDX-License-Identifier: GPL-3.0-or-later
#include "policytemplates.h"

#include "bedrockmantleactions.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QStringList qualified(std::initializer_list<QStringView> names)
{
    QStringList result;
    for (QStringView name : names)
        result.append(BedrockMantleActions::qualified(name.toString()));
    return result;
}

PolicyStatement statement(const QString &sid, PolicyStatement::Effect effect, const QStringList &actions,
                          const QStringList &resources)
{
    PolicyStatement s;
    s.sid = sid;
    s.effect = effect;
    s.actions = actions;
    s.resources = resources;
    return s;
}

// Listing names no project: it must be granted on "*".
PolicyStatement discovery()
{
    return statement(u"ListProjectsAndModels"_s, PolicyStatement::Effect::Allow,
                     qualified({u"ListProjects", u"ListModels", u"GetModel"}), {u"*"_s});
}

QStringList orAllProjects(const QStringList &projectArns)
{
    return projectArns.isEmpty() ? QStringList{PolicyTemplates::allProjectsArn()} : projectArns;
}

} // namespace

QString PolicyTemplates::projectArn(const QString &region, const QString &account, const QString &projectId)
{
    return u"arn:aws:bedrock-mantle:%1:%2:project/%3"_s.arg(region, account, projectId);
}

QString PolicyTemplates::allProjectsArn()
{
    return projectArn(u"*"_s, u"*"_s, u"*"_s);
}

PolicyDocument PolicyTemplates::readOnly(const QStringList &projectArns)
{
    return PolicyDocument({statement(u"ReadProjects"_s, PolicyStatement::Effect::Allow,
                                     qualified({u"GetProject", u"ListTagsForResource"}), orAllProjects(projectArns)),
                           discovery()});
}

PolicyDocument PolicyTemplates::inferenceOnly(const QStringList &projectArns)
{
    return PolicyDocument({statement(u"Inference"_s, PolicyStatement::Effect::Allow,
                                     qualified({u"CreateInference", u"GetInference", u"CancelInference", u"CountTokens",
                                                u"GetProject"}),
                                     orAllProjects(projectArns)),
                           discovery()});
}

PolicyDocument PolicyTemplates::fullAccess(const QStringList &projectArns)
{
    Q_ASSERT(!projectArns.isEmpty());
    return PolicyDocument({statement(u"FullAccessToProjects"_s, PolicyStatement::Effect::Allow,
                                     {BedrockMantleActions::qualified(u"*"_s)}, projectArns),
                           discovery()});
}

PolicyDocument PolicyTemplates::denyProjectCreation()
{
    return PolicyDocument({statement(u"DenyProjectCreation"_s, PolicyStatement::Effect::Deny,
                                     qualified({u"CreateProject"}), {u"*"_s})});
}

PolicyDocument PolicyTemplates::accessByTag(const QString &tagKey, const QString &tagValue)
{
    PolicyStatement byTag = statement(u"AccessByTag"_s, PolicyStatement::Effect::Allow,
                                      qualified({u"CreateInference", u"GetInference", u"CancelInference",
                                                 u"CountTokens", u"GetProject", u"ListTagsForResource"}),
                                      {allProjectsArn()});
    byTag.conditions.append({u"StringEquals"_s, u"aws:ResourceTag/"_s + tagKey, {tagValue}});
    return PolicyDocument({byTag, discovery()});
}

QString PolicyTemplates::title(Kind kind)
{
    switch (kind) {
    case Kind::ReadOnly:
        return tr("Read-only");
    case Kind::InferenceOnly:
        return tr("Inference only");
    case Kind::FullAccess:
        return tr("Full access to chosen projects");
    case Kind::DenyProjectCreation:
        return tr("Deny project creation");
    case Kind::AccessByTag:
        return tr("Access by project tag");
    }
    return {};
}

QString PolicyTemplates::description(Kind kind)
{
    switch (kind) {
    case Kind::ReadOnly:
        return tr("Read projects and their tags, and list projects and models. No inference, no changes.");
    case Kind::InferenceOnly:
        return tr("Run and manage inference in the projects, and list projects and models. No project changes.");
    case Kind::FullAccess:
        return tr("Every bedrock-mantle action on the chosen projects, including archiving them.");
    case Kind::DenyProjectCreation:
        return tr("Forbid creating projects, whatever other policies allow.");
    case Kind::AccessByTag:
        return tr("Inference and reading on every project that carries the chosen tag value.");
    }
    return {};
}

} // namespace Spendscope
