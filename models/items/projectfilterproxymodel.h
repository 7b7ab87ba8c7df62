// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tagpolicy.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Spendscope {

// Filters and sorts a ProjectTableModel for the Projects page: free text over name, id and tags,
// archived projects on request, one team, and "missing a required tag" per the tag policy.
// Sorts on ProjectTableModel::RawValueRole, so money sorts by amount and dates by time.
class ProjectFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFilterProxyModel)
public:
    explicit ProjectFilterProxyModel(QObject *parent = nullptr);
    ~ProjectFilterProxyModel() override;

    // Case-insensitive; matches a substring of the name, the id, a tag key or a tag value.
    void setSearchText(const QString &text);
    [[nodiscard]] const QString &searchText() const { return m_searchText; }
    void setShowArchived(bool show);
    [[nodiscard]] bool showArchived() const { return m_showArchived; }
    // nullopt: every team; an empty string: projects without a team tag.
    void setTeamFilter(const std::optional<QString> &team);
    [[nodiscard]] const std::optional<QString> &teamFilter() const { return m_team; }
    // Only projects that lack a required key of the policy (or have it empty). The default
    // project is never shown then: it cannot be tagged.
    void setMissingRequiredTagOnly(bool only);
    [[nodiscard]] bool missingRequiredTagOnly() const { return m_missingRequiredOnly; }
    void setPolicy(const TagPolicy &policy);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    bool m_showArchived = false;
    std::optional<QString> m_team;
    bool m_missingRequiredOnly = false;
    TagPolicy m_policy;
};

} // namespace Spendscope
