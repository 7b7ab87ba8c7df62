// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/jobscope.h"
#include "domain/policydocument.h"
#include "domain/project.h"
#include "domain/tagpolicy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Spendscope {

class Job;
class Navigator;
class ProjectEditor;
class TagEditorDialog;
class ProjectFilterProxyModel;
class ProjectTableModel;
class TagCoverageModel;
class Workspace;

// The Projects page: every Bedrock project with its tags and month-to-date spend (from the cost
// cube) and a 30-day trend, searchable, with a detail panel; create, rename and archive. Creating
// and renaming are undoable commands on the workspace's stack; archiving is terminal and asks
// first. Every edit is read back before the table shows it.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)
public:
    // With a navigator the page follows its projectRequested() (selectProjectByTagValue()).
    explicit ProjectsPage(Workspace *workspace, Navigator *navigator = nullptr, QWidget *parent = nullptr);
    ~ProjectsPage() override;

    [[nodiscard]] ProjectTableModel *model() const { return m_model; }
    [[nodiscard]] ProjectEditor *editor() const { return m_editor; }
    [[nodiscard]] TagCoverageModel *coverage() const { return m_coverage; }
    // Filters, also used by tests: a team (nullopt: all; empty: projects without a team tag) and
    // projects missing a required tag.
    void setTeamFilter(const std::optional<QString> &team);
    void setMissingTagsOnly(bool only);
    // Lists the projects again (archived ones included, the proxy hides them).
    void refresh();

    // The user actions, also used by tests: each asks for what it needs.
    void createProject(const QString &name);
    void renameSelected(const QString &name);
    // Archives the selected project after `confirmed` said yes (tests pass true).
    void archiveSelected(bool confirmed = false);
    [[nodiscard]] QString selectedProjectId() const;
    void selectProject(const QString &id);
    void selectProjects(const QStringList &ids);
    // Opens the tag editor on the selected projects (non-modal; nullptr when none is selected).
    TagEditorDialog *editTagsOfSelected();
    // The workspace's tag policy (per profile; by default the attribution keys are required).
    [[nodiscard]] TagPolicy tagPolicy() const;
    void setTagPolicy(const TagPolicy &policy);

public Q_SLOTS:
    // Selects the project whose project tag (the profile's project tag key) has `value`, shown
    // even if the filters hid it; "default" without such a tag is the default project. Asked
    // before the list has arrived, it is done when it arrives.
    void selectProjectByTagValue(const QString &value);

Q_SIGNALS:
    void refreshed();

private:
    void updateDetails();
    void updateTeams();
    void updateCoverage();
    void loadPolicies();
    void countPolicies();
    void showProject(const Project &project);
    void showProjects(const QList<Project> &projects);
    [[nodiscard]] QString projectTagKey() const;
    bool applyRequestedSelection();
    void updateActions();
    void onCreate();
    void onRename();

    Workspace *m_workspace;
    ProjectTableModel *m_model;
    ProjectFilterProxyModel *m_proxy;
    ProjectEditor *m_editor;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QComboBox *m_team = nullptr;
    QCheckBox *m_missingTags = nullptr;
    TagCoverageModel *m_coverage;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_editTags = nullptr;
    QPushButton *m_policyButton = nullptr;
    QLabel *m_message = nullptr;
    QString m_requestedTagValue; // a selectProjectByTagValue() waiting for the list
    bool m_selectionRequested = false;
    JobScope m_listing;    // the newest project listing
    JobScope m_principals; // the IAM read for the policy column, once per connection
    QList<PolicyDocument> m_policyDocuments; // the attached policies, for the Policies column
};

} // namespace Spendscope
