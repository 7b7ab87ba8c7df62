// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmatrixmodel.h"

#include "domain/bedrockmantleactions.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

AccessMatrixModel::AccessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_action(anyInferenceAction())
{
}

QString AccessMatrixModel::anyInferenceAction()
{
    return BedrockMantleActions::qualified(u"CreateInference"_s);
}

void AccessMatrixModel::setPrincipals(const QList<Principal> &principals)
{
    beginResetModel();
    m_principals = principals;
    evaluateAll();
    endResetModel();
}

void AccessMatrixModel::setPrincipalPolicies(int row, const QList<PolicyEvaluator::Policy> &policies)
{
    if (row < 0 || row >= m_principals.size())
        return;
    m_principals[row].policies = policies;
    m_results[row] = evaluateRow(m_principals.at(row));
    if (!m_projects.isEmpty())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void AccessMatrixModel::setProjects(const QList<Project> &projects)
{
    beginResetModel();
    m_projects = projects;
    evaluateAll();
    endResetModel();
}

void AccessMatrixModel::setAction(const QString &action)
{
    if (action == m_action)
        return;
    m_action = action;
    evaluateAll();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

PolicyEvaluator::Result AccessMatrixModel::result(int row, int column) const
{
    if (row < 0 || row >= m_results.size() || column < 0 || column >= m_results.at(row).size())
        return {};
    return m_results.at(row).at(column);
}

QString AccessMatrixModel::decisionText(PolicyEvaluator::Decision decision)
{
    switch (decision) {
    case PolicyEvaluator::Decision::Allow:
        //: access matrix cell: the action is allowed
        return tr("Allowed");
    case PolicyEvaluator::Decision::ExplicitDeny:
        //: access matrix cell: a Deny statement forbids the action
        return tr("Denied");
    case PolicyEvaluator::Decision::ImplicitDeny:
        break;
    }
    //: access matrix cell: no policy grants the action
    return tr("—");
}

QString AccessMatrixModel::kindName(Principal::Kind kind)
{
    switch (kind) {
    case Principal::Kind::User:
        return tr("User");
    case Principal::Kind::Role:
        return tr("Role");
    case Principal::Kind::Group:
        return tr("Group");
    }
    return {};
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_principals.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_projects.size());
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyEvaluator::Result &r = m_results.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return decisionText(r.decision);
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case RawValueRole:
        return static_cast<int>(r.decision);
    case DecisionRole:
        return QVariant::fromValue(r.decision);
    case PolicyNameRole:
        return r.policyName;
    case StatementRole:
        return r.statementLabel();
    default:
        return {};
    }
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_projects.size())
            return {};
        const Project &project = m_projects.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return projectLabel(project);
        case Qt::ToolTipRole:
            return project.arn();
        case RawValueRole:
            return project.id();
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_principals.size())
        return {};
    const Principal &principal = m_principals.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return principal.name;
    case Qt::ToolTipRole:
        //: %1 is User, Role or Group; %2 the principal's ARN
        return tr("%1 %2").arg(kindName(principal.kind), principal.arn);
    case RawValueRole:
        return principal.arn;
    default:
        return {};
    }
}

QList<PolicyEvaluator::Result> AccessMatrixModel::evaluateRow(const Principal &principal) const
{
    const PolicyEvaluator evaluator(principal.policies);
    QList<PolicyEvaluator::Result> row;
    row.reserve(m_projects.size());
    for (const Project &project : m_projects)
        row.append(evaluator.evaluate(PolicyEvaluator::projectRequest(m_action, project)));
    return row;
}

void AccessMatrixModel::evaluateAll()
{
    m_results.clear();
    m_results.reserve(m_principals.size());
    for (const Principal &principal : m_principals)
        m_results.append(evaluateRow(principal));
}

QString AccessMatrixModel::projectLabel(const Project &project) const
{
    return project.name().isEmpty() ? project.id() : project.name();
}

QString AccessMatrixModel::toolTip(int row, int column) const
{
    const PolicyEvaluator::Result &r = m_results.at(row).at(column);
    const QString principal = m_principals.at(row).name;
    const QString project = projectLabel(m_projects.at(column));
    if (r.decision == PolicyEvaluator::Decision::Allow) {
        //: %1 principal, %2 IAM action, %3 project, %4 which policy decided
        return tr("%1 may call %2 on project “%3”. %4").arg(principal, m_action, project, r.explanation());
    }
    //: %1 principal, %2 IAM action, %3 project, %4 which policy decided
    return tr("%1 may not call %2 on project “%3”. %4").arg(principal, m_action, project, r.explanation());
}

} // namespace Spendscope
