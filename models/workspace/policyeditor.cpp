// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyeditor.h"

#include "api/costexplorerclient.h"
#include "api/iamclient.h"
#include "workspace/workspace.h"

namespace Spendscope {

PolicyEditor::PolicyEditor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

void PolicyEditor::setAttachment(PrincipalKind kind, const QString &principal, const QString &policyArn, bool attached)
{
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    ApiJob<IamAcknowledgement> *job = nullptr;
    switch (kind) {
    case PrincipalKind::Role:
        job = attached ? iam.attachRolePolicy(principal, policyArn) : iam.detachRolePolicy(principal, policyArn);
        break;
    case PrincipalKind::User:
        job = attached ? iam.attachUserPolicy(principal, policyArn) : iam.detachUserPolicy(principal, policyArn);
        break;
    case PrincipalKind::Group:
        job = attached ? iam.attachGroupPolicy(principal, policyArn) : iam.detachGroupPolicy(principal, policyArn);
        break;
    }
    connect(job, &Job::finished, this, [this, job, kind, principal, policyArn, attached] {
        if (job->hasError()) {
            Q_EMIT failed(attached ? tr("The policy was not attached: %1").arg(job->errorString())
                                   : tr("The policy was not detached: %1").arg(job->errorString()));
            return;
        }
        IamClient client(m_workspace->transport(), m_workspace->endpointConfig());
        auto *check = client.listEntitiesForPolicy(policyArn);
        connect(check, &Job::finished, this, [this, check, kind, principal, attached] {
            if (check->hasError()) {
                Q_EMIT failed(tr("The change could not be verified: %1").arg(check->errorString()));
                return;
            }
            const IamPolicyEntities &entities = check->result();
            const QList<IamPolicyEntity> &list = kind == PrincipalKind::Role ? entities.roles
                : kind == PrincipalKind::User                               ? entities.users
                                                                            : entities.groups;
            const bool found = std::any_of(list.cbegin(), list.cend(),
                                           [&principal](const IamPolicyEntity &e) { return e.name == principal; });
            if (found != attached) {
                Q_EMIT failed(tr("Read back, the policy's attachment to %1 is not as requested.").arg(principal));
                return;
            }
            Q_EMIT attachmentChanged(principal, attached);
        });
        check->start();
    });
    job->start();
}

void PolicyEditor::setDefaultVersion(const QString &policyArn, const QString &versionId)
{
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = iam.setDefaultPolicyVersion(policyArn, versionId);
    connect(job, &Job::finished, this, [this, job, policyArn, versionId] {
        if (job->hasError()) {
            Q_EMIT failed(tr("Version %1 was not made the default: %2").arg(versionId, job->errorString()));
            return;
        }
        IamClient client(m_workspace->transport(), m_workspace->endpointConfig());
        auto *check = client.getPolicy(policyArn);
        connect(check, &Job::finished, this, [this, check, policyArn, versionId] {
            if (check->hasError() || check->result().defaultVersionId != versionId) {
                Q_EMIT failed(tr("Read back, version %1 is not the default.").arg(versionId));
                return;
            }
            Q_EMIT defaultVersionChanged(policyArn, versionId);
        });
        check->start();
    });
    job->start();
}

void PolicyEditor::setTagKeyActive(const QString &key, bool active)
{
    CostExplorerClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.updateCostAllocationTagsStatus(
        {CostAllocationTagStatusEntry{key, active ? CostAllocationTagStatus::Active : CostAllocationTagStatus::Inactive}});
    connect(job, &Job::finished, this, [this, job, key, active] {
        if (job->hasError() || !job->result().errors.isEmpty()) {
            const QString reason = job->hasError() ? job->errorString() : job->result().errors.constFirst().message;
            Q_EMIT failed(active ? tr("“%1” could not be activated: %2").arg(key, reason)
                                 : tr("“%1” could not be deactivated: %2").arg(key, reason));
            return;
        }
        CostExplorerClient ce(m_workspace->transport(), m_workspace->endpointConfig());
        ListCostAllocationTagsRequest request;
        request.tagKeys = {key};
        auto *check = ce.listCostAllocationTags(request);
        connect(check, &Job::finished, this, [this, check, key, active] {
            const auto &tags = check->result().tags;
            const bool matches = !check->hasError() && !tags.isEmpty()
                && (tags.constFirst().status == CostAllocationTagStatus::Active) == active;
            if (!matches) {
                Q_EMIT failed(tr("Read back, the status of “%1” is not as requested.").arg(key));
                return;
            }
            Q_EMIT tagKeyChanged(key, active);
        });
        check->start();
    });
    job->start();
}

} // namespace Spendscope
