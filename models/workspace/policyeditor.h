// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/accessmatrixmodel.h"

#include <QObject>

#include <functional>

namespace Spendscope {

class Workspace;

// Carries out the IAM and cost allocation edits of the Policies page and the tag editor, and
// checks each by reading back (who the policy is attached to, which version is the default,
// whether the tag key is active), like ProjectEditor does for projects. The undo commands call in
// here, in both directions.
class PolicyEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)
public:
    using PrincipalKind = AccessMatrixModel::Principal::Kind;

    explicit PolicyEditor(Workspace *workspace, QObject *parent = nullptr);

    void setAttachment(PrincipalKind kind, const QString &principal, const QString &policyArn, bool attached);
    void setDefaultVersion(const QString &policyArn, const QString &versionId);
    void setTagKeyActive(const QString &key, bool active);

Q_SIGNALS:
    void attachmentChanged(const QString &principal, bool attached);
    void defaultVersionChanged(const QString &policyArn, const QString &versionId);
    void tagKeyChanged(const QString &key, bool active);
    void failed(const QString &message);

private:
    Workspace *m_workspace;
};

} // namespace Spendscope
