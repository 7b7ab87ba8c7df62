// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexplorertypes.h"
#include "domain/project.h"
#include "domain/projecttagchange.h"
#include "domain/tagpolicy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Spendscope {

// The visual tag editor's table: the tags of one project, or of several projects at once (bulk
// edit). A key whose value is the same on every selected project shows that value; otherwise the
// value shows as "(mixed)" and stays per project until it is edited, which sets it on all of them.
// Renaming a key keeps each project's own value; removing a row removes the key everywhere.
//
// Edits are accepted as typed and validated at once (AWS's tag rules plus the TagPolicy); issues
// show on the row through ValidationRole, SeverityRole and the tool tip. Only edited rows and
// removed keys can block: an old problem elsewhere is shown but does not stop other fixes, the
// same rule ApplyTagChangesJob applies. plan() turns the edit into one add/remove change per
// project, computed against the tags the projects had when they were loaded.
class TagEditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditModel)
public:
    enum Column {
        KeyColumn,
        ValueColumn,
        CostAllocationColumn, // whether Cost Explorer reports the key
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // key, value (empty when mixed), or CostAllocationState as int
        MixedRole,                       // bool: the value differs between the selected projects
        ValidationRole,                  // QStringList: the row's issue messages, errors first
        SeverityRole,                    // int: IssueLevel
        CostAllocationRole,              // int: CostAllocationState
        ModifiedRole,                    // bool: the row is new, renamed or has a new value
        OriginalKeyRole,                 // QString: the key as loaded; empty for new rows
    };

    enum class IssueLevel { None, Warning, Error };
    enum class CostAllocationState {
        Unknown,  // not in Cost Explorer's list (never seen on billed usage)
        Inactive, // seen, but not activated: Cost Explorer does not group by it
        Active,
    };

    explicit TagEditModel(QObject *parent = nullptr);
    ~TagEditModel() override;

    // Starts a new edit of these projects' tags (a reset: it is a different document).
    void setProjects(const QList<Project> &projects);
    [[nodiscard]] const QList<Project> &projects() const { return m_projects; }
    void setPolicy(const TagPolicy &policy);
    [[nodiscard]] const TagPolicy &policy() const { return m_policy; }
    void setCostAllocationTags(const QList<CostAllocationTag> &tags);

    // Appends a row (a new key for every project) and returns its row number.
    int addRow(const QString &key = QString(), const QString &value = QString());
    [[nodiscard]] int rowForKey(const QString &key) const;

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] bool isModified() const { return !plan().isEmpty(); }
    // Issues of the edit as a whole: required keys no row has, removed required keys, projects
    // that cannot be tagged.
    [[nodiscard]] QList<TagPolicy::Issue> issues() const;
    // One change per project whose tags the edit changes, in the order of setProjects().
    [[nodiscard]] TagChangePlan plan() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // The result of hasErrors(), issues() or plan() may have changed.
    void validationChanged();

private:
    struct Row
    {
        QString originalKey; // empty: added in this edit
        QString originalValue;
        bool originalMixed = false;
        int presentIn = 0; // selected projects that have originalKey
        QString key;
        QString value;
        bool mixed = false;
        QList<TagPolicy::Issue> issues;
    };

    [[nodiscard]] bool isModified(const Row &row) const;
    [[nodiscard]] IssueLevel level(const Row &row) const;
    [[nodiscard]] CostAllocationState costAllocationState(const QString &key) const;
    [[nodiscard]] QList<TagPolicy::Issue> validateRow(const Row &row) const;
    // Recomputes every row's issues and reports the rows whose issues changed (and `alsoChanged`).
    void revalidate(int alsoChanged = -1);

    QList<Project> m_projects;
    QList<Row> m_rows;
    QStringList m_removedKeys; // original keys whose rows were removed
    TagPolicy m_policy;
    QHash<QString, CostAllocationTagStatus> m_costAllocation;
};

} // namespace Spendscope
