// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfilterproxymodel.h"

#include "projecttablemodel.h"

namespace Spendscope {

ProjectFilterProxyModel::ProjectFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows change in place when projects are refreshed; keep the order and the filter current.
    setDynamicSortFilter(true);
}

ProjectFilterProxyModel::~ProjectFilterProxyModel() = default;

void ProjectFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    invalidateRowsFilter();
}

void ProjectFilterProxyModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

void ProjectFilterProxyModel::setTeamFilter(const std::optional<QString> &team)
{
    if (team == m_team)
        return;
    m_team = team;
    invalidateRowsFilter();
}

void ProjectFilterProxyModel::setMissingRequiredTagOnly(bool only)
{
    if (only == m_missingRequiredOnly)
        return;
    m_missingRequiredOnly = only;
    invalidateRowsFilter();
}

void ProjectFilterProxyModel::setPolicy(const TagPolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    if (m_missingRequiredOnly)
        invalidateRowsFilter();
}

bool ProjectFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, ProjectTableModel::NameColumn, sourceParent);
    const Project project = index.data(ProjectTableModel::ProjectRole).value<Project>();

    if (!m_showArchived && project.isArchived())
        return false;
    if (m_team) {
        const QString team = index.siblingAtColumn(ProjectTableModel::TeamColumn).data(ProjectTableModel::RawValueRole).toString();
        if (team != *m_team)
            return false;
    }
    if (m_missingRequiredOnly) {
        if (project.isDefault())
            return false;
        bool missing = false;
        for (const QString &key : m_policy.requiredKeys()) {
            if (project.tags().value(key).trimmed().isEmpty()) {
                missing = true;
                break;
            }
        }
        if (!missing)
            return false;
    }
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    if (project.name().contains(needle, Qt::CaseInsensitive) || project.id().contains(needle, Qt::CaseInsensitive))
        return true;
    for (auto it = project.tags().begin(); it != project.tags().end(); ++it) {
        if (it.key().contains(needle, Qt::CaseInsensitive) || it.value().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Spendscope
