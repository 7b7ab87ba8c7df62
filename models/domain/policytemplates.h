// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policydocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// Starting points for the policy editor. Each template is a complete, lint-clean identity policy:
// project-scoped actions go on the given project ARNs, and actions that name no project
// (ListProjects, ListModels, ...) get a statement of their own on "*", since granting them on
// project ARNs fails with 403.
class PolicyTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyTemplates)
public:
    enum class Kind {
        ReadOnly,
        InferenceOnly,
        FullAccess,
        DenyProjectCreation,
        AccessByTag,
    };

    PolicyTemplates() = delete;

    // arn:aws:bedrock-mantle:<region>:<account>:project/<id>; "*" works for any part.
    [[nodiscard]] static QString projectArn(const QString &region, const QString &account, const QString &projectId);
    // Every project in every region and account: arn:aws:bedrock-mantle:*:*:project/*.
    [[nodiscard]] static QString allProjectsArn();

    // GetProject and ListTagsForResource on the projects, listing projects and models on "*".
    // Without ARNs, all projects.
    [[nodiscard]] static PolicyDocument readOnly(const QStringList &projectArns = {});
    // Inference (create, get, cancel, count tokens) and GetProject on the projects, plus listing
    // projects and models. Without ARNs, all projects.
    [[nodiscard]] static PolicyDocument inferenceOnly(const QStringList &projectArns = {});
    // Every bedrock-mantle action on the chosen projects (which must not be empty), plus listing.
    [[nodiscard]] static PolicyDocument fullAccess(const QStringList &projectArns);
    // An explicit deny of CreateProject, to attach next to broader grants.
    [[nodiscard]] static PolicyDocument denyProjectCreation();
    // Inference and reading on every project whose tag `tagKey` equals `tagValue`
    // (aws:ResourceTag/<key>), plus listing.
    [[nodiscard]] static PolicyDocument accessByTag(const QString &tagKey, const QString &tagValue);

    [[nodiscard]] static QString title(Kind kind);       // translated
    [[nodiscard]] static QString description(Kind kind); // translated
};

} // namespace Spendscope
