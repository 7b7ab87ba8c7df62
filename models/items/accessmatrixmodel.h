// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/policyevaluator.h"
#include "domain/project.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Spendscope {

// Who may do what where: one row per principal (user, role or group, with the documents of the
// policies attached to it), one column per project, and in each cell the IAM decision for one
// chosen action on that project, with the policy and statement that decided it.
//
// Columns are the projects, so there is no fixed Column enum; RawValueRole carries the decision
// as an int (Allow < ImplicitDeny < ExplicitDeny) for sorting, DecisionRole the enum itself.
// A user's row counts only the policies given for it: callers add the policies of the user's
// groups, as IAM does.
class AccessMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessMatrixModel)
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        DecisionRole,   // PolicyEvaluator::Decision
        PolicyNameRole, // the deciding policy; empty for an implicit deny
        StatementRole,  // the deciding statement's Sid or "#n"
    };

    struct Principal
    {
        enum class Kind {
            User,
            Role,
            Group,
        };

        Kind kind = Kind::User;
        QString name;
        QString arn;
        QList<PolicyEvaluator::Policy> policies;
    };

    explicit AccessMatrixModel(QObject *parent = nullptr);

    // "Any inference": the action every inference API is authorized as.
    [[nodiscard]] static QString anyInferenceAction();

    [[nodiscard]] const QList<Principal> &principals() const { return m_principals; }
    void setPrincipals(const QList<Principal> &principals);
    // Replaces one principal's policies (after an attach, detach or edit) and updates its row.
    void setPrincipalPolicies(int row, const QList<PolicyEvaluator::Policy> &policies);
    [[nodiscard]] const QList<Project> &projects() const { return m_projects; }
    void setProjects(const QList<Project> &projects);
    [[nodiscard]] const QString &action() const { return m_action; }
    // Re-evaluates every cell; the shape stays, so views get dataChanged, not a reset.
    void setAction(const QString &action);

    [[nodiscard]] PolicyEvaluator::Result result(int row, int column) const;
    [[nodiscard]] static QString decisionText(PolicyEvaluator::Decision decision); // translated
    [[nodiscard]] static QString kindName(Principal::Kind kind);                   // translated

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QList<PolicyEvaluator::Result> evaluateRow(const Principal &principal) const;
    void evaluateAll();
    [[nodiscard]] QString projectLabel(const Project &project) const;
    [[nodiscard]] QString toolTip(int row, int column) const;

    QList<Principal> m_principals;
    QList<Project> m_projects;
    QString m_action;
    QList<QList<PolicyEvaluator::Result>> m_results; // [row][column]
};

} // namespace Spendscope
