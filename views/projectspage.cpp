// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectspage.h"

#include "navigator.h"
#include "sparklinedelegate.h"
#include "tageditordialog.h"
#include "tagpolicydialog.h"

#include "api/mantleprojectsclient.h"
#include "domain/projectnamerules.h"
#include "items/projectfilterproxymodel.h"
#include "items/projecttablemodel.h"
#include "items/tagcoveragemodel.h"
#include "domain/policyevaluator.h"
#include "workspace/loadprincipalsjob.h"
#include "workspace/projectcommands.h"
#include "workspace/projecteditor.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QHash>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

ProjectsPage::ProjectsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProjectTableModel(this))
    , m_proxy(new ProjectFilterProxyModel(this))
    , m_editor(workspace->projectEditor())
    , m_coverage(new TagCoverageModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"projectSearch"_s);
    m_search->setPlaceholderText(tr("Search names, ids and tags"));
    m_search->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(u"showArchived"_s);
    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamFilter"_s);
    m_team->setMinimumContentsLength(14);
    m_missingTags = new QCheckBox(tr("&Missing required tags"), this);
    m_missingTags->setObjectName(u"missingTagsFilter"_s);
    m_create = new QPushButton(tr("&New Project…"), this);
    m_create->setObjectName(u"newProjectButton"_s);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(u"renameProjectButton"_s);
    m_archive = new QPushButton(tr("Ar&chive…"), this);
    m_archive->setObjectName(u"archiveProjectButton"_s);
    m_editTags = new QPushButton(tr("Edit &Tags…"), this);
    m_editTags->setObjectName(u"editTagsButton"_s);
    m_policyButton = new QPushButton(tr("Tag &Policy…"), this);
    m_policyButton->setObjectName(u"tagPolicyButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_team);
    bar->addWidget(m_missingTags);
    bar->addWidget(m_showArchived);
    bar->addSpacing(12);
    bar->addWidget(m_policyButton);
    bar->addWidget(m_editTags);
    bar->addWidget(m_create);
    bar->addWidget(m_rename);
    bar->addWidget(m_archive);

    m_table = new QTableView(this);
    m_table->setObjectName(u"projectsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectTableModel::MonthToDateCostColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(ProjectTableModel::TrendColumn,
                                      new SparklineDelegate(ProjectTableModel::TrendRole, m_table));
    m_table->setWordWrap(false);
    // Spend first: it is what the analyst scans for.
    m_table->horizontalHeader()->moveSection(ProjectTableModel::MonthToDateCostColumn, 1);
    m_table->horizontalHeader()->moveSection(ProjectTableModel::TrendColumn, 2);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"projectDetails"_s);
    m_details->setMinimumWidth(260);
    // Tag coverage: for each required key, the share of projects and of this month's spend that
    // lack it.
    auto *coverageView = new QTableView(this);
    coverageView->setObjectName(u"tagCoverage"_s);
    coverageView->setModel(m_coverage);
    coverageView->verticalHeader()->hide();
    coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    coverageView->setMaximumHeight(120);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(coverageView);
    side->setStretchFactor(0, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"projectsMessage"_s);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProjectFilterProxyModel::setSearchText);
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &ProjectFilterProxyModel::setShowArchived);
    connect(m_missingTags, &QCheckBox::toggled, this, &ProjectsPage::setMissingTagsOnly);
    connect(m_team, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_team->itemData(index);
        setTeamFilter(data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_create, &QPushButton::clicked, this, &ProjectsPage::onCreate);
    connect(m_rename, &QPushButton::clicked, this, &ProjectsPage::onRename);
    connect(m_archive, &QPushButton::clicked, this, [this] { archiveSelected(); });
    connect(m_editTags, &QPushButton::clicked, this, [this] { editTagsOfSelected(); });
    connect(m_policyButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new TagPolicyDialog(tagPolicy(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (const std::optional<TagPolicy> policy = dialog->policy())
                setTagPolicy(*policy);
        });
        dialog->open();
    });
    // The editor read the project back: show that, without listing every project again.
    connect(m_editor, &ProjectEditor::edited, this, &ProjectsPage::showProject);
    connect(m_editor, &ProjectEditor::failed, this, [this](const QString &message) { m_message->setText(message); });
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        // A read of the previous account's IAM must neither finish into this one nor keep the
        // new account's read from starting.
        m_principals.cancelAll();
        m_policyDocuments.clear();
        refresh();
        loadPolicies();
    });
    connect(m_workspace, &Workspace::costDataChanged, this, [this] {
        const CostData &data = m_workspace->costData();
        m_model->setTagKeys(data.teamTagKey.isEmpty() ? m_workspace->profile().sync.teamTagKey : data.teamTagKey,
                            data.projectTagKey.isEmpty() ? m_workspace->profile().sync.projectTagKey : data.projectTagKey);
        m_model->setCostData(data.byProject, data.lastDay.isValid() ? data.lastDay : QDate::currentDate());
        updateDetails();
        updateCoverage();
    });
    if (navigator)
        connect(navigator, &Navigator::projectRequested, this, &ProjectsPage::selectProjectByTagValue);
    updateActions();
}

// Running jobs report with this page as context, so Qt drops their connections with the page.
ProjectsPage::~ProjectsPage() = default;

void ProjectsPage::loadPolicies()
{
    // Read once per connection: the policies change far less often than the projects do.
    if (m_principals.isBusy() || !m_workspace->isConnected())
        return;
    auto *job = new LoadPrincipalsJob(m_workspace->transport(), m_workspace->endpointConfig(), this);
    m_principals.watch(job, [this, job] {
        if (job->hasError())
            return; // no IAM access: the column stays empty, the rest of the page is unaffected
        QHash<QString, PolicyDocument> policies; // attached to several principals, counted once
        for (const AccessMatrixModel::Principal &principal : job->principals()) {
            for (const PolicyEvaluator::Policy &policy : principal.policies)
                policies.insert(policy.name, policy.document);
        }
        m_policyDocuments = policies.values();
        countPolicies();
    });
    job->start();
}

void ProjectsPage::countPolicies()
{
    // "Policies" = the attached IAM policies with a statement whose resources cover the project:
    // who can do anything to it is decided by these.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Project &project = m_model->project(row);
        const auto coversProject = [&project](const PolicyStatement &statement) {
            const bool listed = std::any_of(statement.resources.cbegin(), statement.resources.cend(),
                                            [&project](const QString &resource) {
                                                return PolicyEvaluator::matchesWildcard(resource, project.arn(),
                                                                                        Qt::CaseSensitive);
                                            });
            return listed != statement.notResource;
        };
        const auto count = std::count_if(m_policyDocuments.cbegin(), m_policyDocuments.cend(),
                                         [&coversProject](const PolicyDocument &document) {
                                             return std::any_of(document.statements().cbegin(),
                                                                document.statements().cend(), coversProject);
                                         });
        m_model->setAttachedPolicyCount(project.id(), int(count));
    }
}

void ProjectsPage::showProject(const Project &project)
{
    QList<Project> projects;
    projects.reserve(m_model->rowCount() + 1);
    bool known = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool same = m_model->project(row).id() == project.id();
        projects.append(same ? project : m_model->project(row));
        known = known || same;
    }
    if (!known)
        projects.append(project);
    showProjects(projects);
}

void ProjectsPage::showProjects(const QList<Project> &projects)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setProjects(projects);
    updateTeams();
    updateCoverage();
    countPolicies();
    if (first) {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(ProjectTableModel::TrendColumn, 120);
    }
    updateDetails();
    updateActions();
}

void ProjectsPage::refresh()
{
    // Also when disconnected: the listing in flight belongs to the account that is gone.
    m_listing.cancelAll();
    if (!m_workspace->isConnected())
        return;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    MantleProjectsClient::ListOptions options;
    options.includeArchived = true;
    auto *job = client.listProjects(options);
    m_listing.watch(job, [this, job] {
        if (job->hasError()) {
            m_message->setText(tr("The projects could not be listed: %1").arg(job->errorString()));
            return;
        }
        m_message->clear();
        showProjects(job->result());
        if (m_selectionRequested)
            applyRequestedSelection();
        Q_EMIT refreshed();
    });
    job->start();
}

QString ProjectsPage::selectedProjectId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return rows.constFirst().data(ProjectTableModel::ProjectIdRole).toString();
}

void ProjectsPage::selectProject(const QString &id)
{
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString ProjectsPage::projectTagKey() const
{
    const QString &key = m_workspace->costData().projectTagKey;
    return key.isEmpty() ? m_workspace->profile().sync.projectTagKey : key;
}

void ProjectsPage::selectProjectByTagValue(const QString &value)
{
    m_requestedTagValue = value;
    m_selectionRequested = true;
    applyRequestedSelection();
}

bool ProjectsPage::applyRequestedSelection()
{
    const QString key = projectTagKey();
    QString id;
    // Active projects first: an archived one may still carry the same tag value.
    for (int row = 0; row < m_model->rowCount() && id.isEmpty(); ++row) {
        const Project &p = m_model->project(row);
        if (!p.isArchived() && p.tags().contains(key) && p.tags().value(key) == m_requestedTagValue)
            id = p.id();
    }
    for (int row = 0; row < m_model->rowCount() && id.isEmpty(); ++row) {
        const Project &p = m_model->project(row);
        if (p.tags().contains(key) && p.tags().value(key) == m_requestedTagValue)
            id = p.id();
    }
    if (id.isEmpty() && m_requestedTagValue == Project::defaultId() && m_model->rowForId(Project::defaultId()) >= 0)
        id = Project::defaultId();
    if (id.isEmpty()) {
        if (m_model->rowCount() > 0) {
            //: %1 tag key, %2 tag value
            m_message->setText(tr("No project has the tag %1 = %2.").arg(key, m_requestedTagValue));
            m_selectionRequested = false;
        }
        return false;
    }
    m_selectionRequested = false;
    // The request names one project: make sure the filters do not hide it.
    const int sourceRow = m_model->rowForId(id);
    if (!m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        m_search->clear();
        setTeamFilter(std::nullopt);
        setMissingTagsOnly(false);
        if (m_model->project(sourceRow).isArchived())
            m_showArchived->setChecked(true);
    }
    selectProject(id);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void ProjectsPage::updateActions()
{
    const QString id = selectedProjectId();
    const int row = m_model->rowForId(id);
    const bool editable = row >= 0 && !m_model->project(row).isArchived() && id != Project::defaultId();
    m_create->setEnabled(m_workspace->isConnected());
    m_rename->setEnabled(editable);
    m_archive->setEnabled(editable);
    m_editTags->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

void ProjectsPage::setTeamFilter(const std::optional<QString> &team)
{
    m_proxy->setTeamFilter(team);
    const int index = team ? m_team->findData(*team) : 0;
    m_team->setCurrentIndex(qMax(0, index));
}

void ProjectsPage::setMissingTagsOnly(bool only)
{
    m_proxy->setPolicy(tagPolicy());
    m_proxy->setMissingRequiredTagOnly(only);
    m_missingTags->setChecked(only);
}

void ProjectsPage::updateTeams()
{
    const QString teamKey = m_workspace->profile().sync.teamTagKey;
    QStringList teams;
    bool untagged = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString team = m_model->project(row).tags().value(teamKey);
        if (team.isEmpty())
            untagged = true;
        else if (!teams.contains(team))
            teams.append(team);
    }
    teams.sort(Qt::CaseInsensitive);
    const QVariant current = m_team->currentData();
    m_team->clear();
    m_team->addItem(tr("All teams"));
    for (const QString &team : std::as_const(teams))
        m_team->addItem(team, team);
    if (untagged)
        m_team->addItem(tr("No team tag"), QString(u""_s));
    m_team->setCurrentIndex(current.isValid() ? qMax(0, m_team->findData(current)) : 0);
}

void ProjectsPage::updateCoverage()
{
    QList<Project> projects;
    for (int row = 0; row < m_model->rowCount(); ++row)
        projects.append(m_model->project(row));
    m_coverage->setPolicy(tagPolicy());
    m_coverage->setProjects(projects);
    const CostData &data = m_workspace->costData();
    if (data.lastDay.isValid()) {
        const QDate first(data.lastDay.year(), data.lastDay.month(), 1);
        m_coverage->setCostData(data.byProject, data.projectTagKey, first, data.lastDay.addDays(1));
    }
}

void ProjectsPage::selectProjects(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int sourceRow = m_model->rowForId(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

TagPolicy ProjectsPage::tagPolicy() const
{
    const SyncSettings &keys = m_workspace->profile().sync;
    return TagPolicyDialog::load(m_workspace->profile().id, {keys.projectTagKey, keys.teamTagKey});
}

void ProjectsPage::setTagPolicy(const TagPolicy &policy)
{
    TagPolicyDialog::save(m_workspace->profile().id, policy);
    m_proxy->setPolicy(policy);
    updateCoverage();
}

TagEditorDialog *ProjectsPage::editTagsOfSelected()
{
    QList<Project> projects;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const int row = m_model->rowForId(index.data(ProjectTableModel::ProjectIdRole).toString());
        if (row >= 0 && !m_model->project(row).isArchived())
            projects.append(m_model->project(row));
    }
    if (projects.isEmpty())
        return nullptr;
    auto *dialog = new TagEditorDialog(m_workspace, projects, tagPolicy(),
                                       m_workspace->costData().costAllocationTags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TagEditorDialog::applied, this, [this] { refresh(); });
    dialog->open();
    return dialog;
}

void ProjectsPage::updateDetails()
{
    const int row = m_model->rowForId(selectedProjectId());
    if (row < 0) {
        m_details->setHtml(tr("<p>Select a project to see its details.</p>"));
        return;
    }
    const Project &p = m_model->project(row);
    const QLocale locale;
    QString tags;
    for (auto it = p.tags().begin(); it != p.tags().end(); ++it)
        tags += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    //: the detail panel of a project; %1 name, %2 id, %3 ARN, %4 status, %5 created, %6 month-to-date cost, %7 tag rows
    m_details->setHtml(tr("<h3>%1</h3><p><code>%2</code><br/><small>%3</small></p>"
                          "<p>Status: %4<br/>Created: %5<br/>Spend this month: %6</p>"
                          "<h4>Tags</h4><table cellspacing='6'>%7</table>")
                           .arg(p.name().toHtmlEscaped(), p.id().toHtmlEscaped(), p.arn().toHtmlEscaped(),
                                Project::statusName(p.status()),
                                locale.toString(p.createdAt().toLocalTime(), QLocale::ShortFormat),
                                m_model->monthToDateCost(row).format(locale),
                                tags.isEmpty() ? tr("<tr><td>No tags</td></tr>") : tags));
}

void ProjectsPage::onCreate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Project"), tr("Project name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        createProject(name.trimmed());
}

void ProjectsPage::createProject(const QString &name)
{
    if (const QString problem = ProjectNameRules::validate(name); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_workspace->undoStack()->push(new CreateProjectCommand(m_editor, name, TagSet()));
}

void ProjectsPage::onRename()
{
    const int row = m_model->rowForId(selectedProjectId());
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Project"), tr("New name:"), QLineEdit::Normal,
                                               m_model->project(row).name(), &ok);
    if (ok)
        renameSelected(name.trimmed());
}

void ProjectsPage::renameSelected(const QString &name)
{
    const int row = m_model->rowForId(selectedProjectId());
    if (row < 0)
        return;
    const Project &p = m_model->project(row);
    if (name == p.name())
        return;
    if (const QString problem = ProjectNameRules::validate(name); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_workspace->undoStack()->push(new RenameProjectCommand(m_editor, p.id(), p.name(), name));
}

void ProjectsPage::archiveSelected(bool confirmed)
{
    const int row = m_model->rowForId(selectedProjectId());
    if (row < 0)
        return;
    const Project p = m_model->project(row);
    if (!confirmed) {
        const auto answer = QMessageBox::warning(
            this, tr("Archive Project"),
            tr("Archive “%1”? Archiving cannot be undone: the project stops accepting requests and cannot be "
               "reactivated. Its cost history stays.")
                .arg(p.name()),
            QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return;
    }
    m_editor->archive(p.id());
}

} // namespace Spendscope
