// SPDX-License-Identifier: GPL-3.0-or-later
#include "policiespage.h"

#include "api/iamclient.h"
#include "api/updatepolicydocumentjob.h"
#include "api/mantleprojectsclient.h"
#include "domain/bedrockmantleactions.h"
#include "domain/policylint.h"
#include "items/accessmatrixmodel.h"
#include "items/policystatementmodel.h"
#include "workspace/loadprincipalsjob.h"
#include "workspace/policyeditor.h"
#include "workspace/projectcommands.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr int ArnRole = Qt::UserRole + 1;

} // namespace

PoliciesPage::PoliciesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_statements(new PolicyStatementModel(this))
    , m_matrix(new AccessMatrixModel(this))
{
    // --- the editor tab: template, statements, JSON, lint, create and attach
    auto *editor = new QWidget(this);
    m_template = new QComboBox(editor);
    m_template->setObjectName(u"policyTemplate"_s);
    for (const PolicyTemplates::Kind kind :
         {PolicyTemplates::Kind::InferenceOnly, PolicyTemplates::Kind::ReadOnly, PolicyTemplates::Kind::FullAccess,
          PolicyTemplates::Kind::DenyProjectCreation, PolicyTemplates::Kind::AccessByTag}) {
        m_template->addItem(PolicyTemplates::title(kind), int(kind));
        m_template->setItemData(m_template->count() - 1, PolicyTemplates::description(kind), Qt::ToolTipRole);
    }
    auto *useTemplate = new QPushButton(tr("&Use Template"), editor);
    auto *useProjects = new QPushButton(tr("Set &Resources of the Selected Statement"), editor);
    useProjects->setObjectName(u"setResourcesButton"_s);
    useTemplate->setObjectName(u"useTemplateButton"_s);
    m_projects = new QListWidget(editor);
    m_projects->setObjectName(u"policyProjects"_s);
    m_projects->setMaximumHeight(110);
    m_tagKey = new QLineEdit(u"Team"_s, editor);
    m_tagKey->setObjectName(u"policyTagKey"_s);
    m_tagValue = new QLineEdit(editor);
    m_tagValue->setObjectName(u"policyTagValue"_s);
    m_tagValue->setPlaceholderText(tr("tag value"));
    auto *templateBox = new QGroupBox(tr("Start from a template"), editor);
    auto *templateForm = new QFormLayout(templateBox);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(useTemplate);
    templateForm->addRow(tr("Template:"), templateRow);
    templateForm->addRow(tr("Projects:"), m_projects);
    templateForm->addRow(QString(), useProjects);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagKey);
    tagRow->addWidget(m_tagValue);
    templateForm->addRow(tr("Tag condition:"), tagRow);

    m_statementView = new QTableView(editor);
    m_statementView->setObjectName(u"policyStatements"_s);
    m_statementView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statementView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statementView->setModel(m_statements);
    m_statementView->horizontalHeader()->setStretchLastSection(true);
    m_statementView->verticalHeader()->hide();
    m_statementView->setWordWrap(false);
    m_statementView->horizontalHeader()->setDefaultSectionSize(220);
    m_statementView->horizontalHeader()->setSectionResizeMode(PolicyStatementModel::EffectColumn,
                                                              QHeaderView::ResizeToContents);
    m_json = new QPlainTextEdit(editor);
    m_json->setObjectName(u"policyJson"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lint = new QListWidget(editor);
    m_lint->setObjectName(u"policyLint"_s);
    m_lint->setMaximumHeight(90);
    // The bedrock-mantle actions by access level, to set a statement's actions without typing.
    m_actions = new QListWidget(editor);
    m_actions->setObjectName(u"policyActions"_s);
    fillActions();
    auto *setActions = new QPushButton(tr("Set Actions of the Selected Statement"), editor);
    setActions->setObjectName(u"setActionsButton"_s);
    auto *actionsBox = new QWidget(editor);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addWidget(setActions);
    auto *documentSplitter = new QSplitter(Qt::Vertical, editor);
    documentSplitter->addWidget(m_statementView);
    documentSplitter->addWidget(m_json);
    documentSplitter->addWidget(m_lint);
    documentSplitter->setStretchFactor(1, 1);
    documentSplitter->setSizes({150, 320, 70});

    m_name = new QLineEdit(editor);
    m_name->setObjectName(u"policyName"_s);
    m_name->setPlaceholderText(tr("policy name, e.g. analysts-inference"));
    m_create = new QPushButton(tr("&Create in IAM"), editor);
    m_create->setObjectName(u"createPolicyButton"_s);
    m_principal = new QComboBox(editor);
    m_principal->setObjectName(u"principalSelector"_s);
    m_attach = new QPushButton(tr("&Attach"), editor);
    m_attach->setObjectName(u"attachPolicyButton"_s);
    m_detach = new QPushButton(tr("&Detach"), editor);
    m_detach->setObjectName(u"detachPolicyButton"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_name, 1);
    actions->addWidget(m_create);
    actions->addSpacing(16);
    actions->addWidget(new QLabel(tr("Attach to:"), editor));
    actions->addWidget(m_principal, 1);
    actions->addWidget(m_attach);
    actions->addWidget(m_detach);

    m_policies = new QComboBox(editor);
    m_policies->setObjectName(u"existingPolicies"_s);
    auto *load = new QPushButton(tr("&Load"), editor);
    load->setObjectName(u"loadPolicyButton"_s);
    m_saveVersion = new QPushButton(tr("Save as New &Version"), editor);
    m_saveVersion->setObjectName(u"saveVersionButton"_s);
    m_saveVersion->setToolTip(tr("IAM keeps five versions; the oldest one that is not the default is deleted first."));
    auto *existing = new QHBoxLayout;
    existing->addWidget(new QLabel(tr("Existing policy:"), editor));
    existing->addWidget(m_policies, 1);
    existing->addWidget(load);
    existing->addWidget(m_saveVersion);

    auto *editorSplitter = new QSplitter(editor);
    editorSplitter->addWidget(documentSplitter);
    editorSplitter->addWidget(actionsBox);
    editorSplitter->setStretchFactor(0, 3);
    editorSplitter->setStretchFactor(1, 1);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(templateBox);
    editorLayout->addLayout(existing);
    editorLayout->addWidget(editorSplitter, 1);
    editorLayout->addLayout(actions);

    // --- the access matrix tab
    auto *access = new QWidget(this);
    m_action = new QComboBox(access);
    m_action->setObjectName(u"matrixAction"_s);
    for (const QString &name : {u"CreateInference"_s, u"GetProject"_s, u"UpdateProject"_s, u"ArchiveProject"_s,
                                u"TagResource"_s})
        m_action->addItem(BedrockMantleActions::qualified(name));
    auto *refresh = new QPushButton(tr("&Refresh from IAM"), access);
    refresh->setObjectName(u"refreshMatrixButton"_s);
    m_matrixView = new QTableView(access);
    m_matrixView->setObjectName(u"accessMatrix"_s);
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(150);
    auto *accessBar = new QHBoxLayout;
    accessBar->addWidget(new QLabel(tr("Action:"), access));
    accessBar->addWidget(m_action, 1);
    accessBar->addWidget(refresh);
    auto *accessLayout = new QVBoxLayout(access);
    accessLayout->addLayout(accessBar);
    accessLayout->addWidget(m_matrixView, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"policyTabs"_s);
    tabs->addTab(editor, tr("Policy Editor"));
    tabs->addTab(access, tr("Access Matrix"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"policyStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(300);
    connect(&m_parseTimer, &QTimer::timeout, this, &PoliciesPage::parseJson);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updatingJson)
            m_parseTimer.start();
    });
    // Table edits rewrite the JSON; JSON edits reset the table (after a successful parse).
    connect(m_statements, &QAbstractItemModel::dataChanged, this, [this] { showDocument(m_statements->document()); });
    connect(useTemplate, &QPushButton::clicked, this,
            [this] { applyTemplate(PolicyTemplates::Kind(m_template->currentData().toInt())); });
    connect(m_create, &QPushButton::clicked, this, [this] { createPolicy(m_name->text().trimmed()); });
    connect(m_attach, &QPushButton::clicked, this, [this] { attachTo(m_principal->currentText()); });
    connect(m_detach, &QPushButton::clicked, this, [this] { detachFrom(m_principal->currentText()); });
    connect(refresh, &QPushButton::clicked, this, &PoliciesPage::refreshMatrix);
    connect(setActions, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_statementView->selectionModel()->selectedRows();
        setStatementActions(rows.isEmpty() ? 0 : rows.constFirst().row(), checkedActions());
    });
    connect(useProjects, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_statementView->selectionModel()->selectedRows();
        setStatementResources(rows.isEmpty() ? 0 : rows.constFirst().row());
    });
    connect(load, &QPushButton::clicked, this, [this] { loadPolicy(m_policies->currentData().toString()); });
    connect(m_saveVersion, &QPushButton::clicked, this, &PoliciesPage::saveNewVersion);
    connect(m_action, &QComboBox::currentTextChanged, m_matrix, &AccessMatrixModel::setAction);
    PolicyEditor *policyEditor = m_workspace->policyEditor();
    connect(policyEditor, &PolicyEditor::attachmentChanged, this, [this](const QString &principal, bool isAttached) {
        report(isAttached ? tr("Attached to %1.").arg(principal) : tr("Detached from %1.").arg(principal), true);
        if (isAttached)
            Q_EMIT attached();
        else
            Q_EMIT detached();
        refreshMatrix();
    });
    connect(policyEditor, &PolicyEditor::defaultVersionChanged, this, [this](const QString &arn, const QString &version) {
        if (arn == m_createdArn)
            m_defaultVersion = version;
        report(tr("Version %1 is the default now.").arg(version), true);
        Q_EMIT defaultVersionChanged(version);
        refreshMatrix();
    });
    connect(policyEditor, &PolicyEditor::failed, this, [this](const QString &message) { report(message); });
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        // What was being read belongs to the account that is gone.
        m_reads.cancelAll();
        refreshProjects();
        refreshPolicies();
        refreshMatrix();
    });
    applyTemplate(PolicyTemplates::Kind::InferenceOnly);
}

// The API jobs' connections have this page as their context, so Qt drops them with the page.
PoliciesPage::~PoliciesPage() = default;

const PolicyDocument &PoliciesPage::document() const
{
    return m_statements->document();
}

void PoliciesPage::report(const QString &message, bool ok)
{
    m_status->setText(message);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xc5, 0x22, 0x1f));
    m_status->setPalette(palette);
}

void PoliciesPage::refreshProjects()
{
    if (!m_workspace->isConnected())
        return;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.listProjects();
    m_reads.watch(job, [this, job] {
        if (job->hasError()) {
            report(tr("The projects could not be listed: %1").arg(job->errorString()));
            return;
        }
        m_projects->clear();
        for (const Project &p : job->result()) {
            auto *item = new QListWidgetItem(p.name(), m_projects);
            item->setData(ArnRole, p.arn());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_matrix->setProjects(job->result());
    });
    job->start();
}

void PoliciesPage::applyTemplate(PolicyTemplates::Kind kind)
{
    QStringList arns;
    for (int i = 0; i < m_projects->count(); ++i) {
        if (m_projects->item(i)->checkState() == Qt::Checked)
            arns.append(m_projects->item(i)->data(ArnRole).toString());
    }
    switch (kind) {
    case PolicyTemplates::Kind::ReadOnly:
        showDocument(PolicyTemplates::readOnly(arns));
        break;
    case PolicyTemplates::Kind::InferenceOnly:
        showDocument(PolicyTemplates::inferenceOnly(arns));
        break;
    case PolicyTemplates::Kind::FullAccess:
        if (arns.isEmpty()) {
            report(tr("Choose the projects the full access is for."));
            return;
        }
        showDocument(PolicyTemplates::fullAccess(arns));
        break;
    case PolicyTemplates::Kind::DenyProjectCreation:
        showDocument(PolicyTemplates::denyProjectCreation());
        break;
    case PolicyTemplates::Kind::AccessByTag:
        if (m_tagKey->text().trimmed().isEmpty() || m_tagValue->text().trimmed().isEmpty()) {
            report(tr("Enter the tag key and value the access depends on."));
            return;
        }
        showDocument(PolicyTemplates::accessByTag(m_tagKey->text().trimmed(), m_tagValue->text().trimmed()));
        break;
    }
    m_status->clear();
}

void PoliciesPage::setJson(const QString &json)
{
    m_json->setPlainText(json);
    parseJson();
}

void PoliciesPage::showDocument(const PolicyDocument &document)
{
    if (&document != &m_statements->document())
        m_statements->setDocument(document);
    m_updatingJson = true;
    m_json->setPlainText(QString::fromUtf8(document.toJson()));
    m_updatingJson = false;
    showLint(document);
}

void PoliciesPage::showLint(const PolicyDocument &document)
{
    m_lint->clear();
    for (const PolicyLint::Warning &warning : PolicyLint::check(document)) {
        const QString text = warning.suggestion.isEmpty() ? warning.message
                                                          : tr("%1 Did you mean %2?").arg(warning.message, warning.suggestion);
        new QListWidgetItem(text, m_lint);
    }
    m_create->setEnabled(true);
}

void PoliciesPage::parseJson()
{
    m_parseTimer.stop();
    PolicyDocument::ParseError error;
    const std::optional<PolicyDocument> document = PolicyDocument::fromJson(m_json->toPlainText(), &error);
    if (!document) {
        // The table keeps the last valid document; nothing can be created from broken JSON.
        m_lint->clear();
        new QListWidgetItem(error.message(), m_lint);
        m_create->setEnabled(false);
        return;
    }
    m_statements->setDocument(*document);
    showLint(*document);
}

void PoliciesPage::createPolicy(const QString &name)
{
    if (name.isEmpty()) {
        report(tr("Name the policy first."));
        return;
    }
    IamCreatePolicyRequest request;
    request.name = name;
    request.description = tr("Created with Spendscope");
    request.document = QString::fromUtf8(m_statements->document().toJson());
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = iam.createPolicy(request);
    connect(job, &Job::finished, this, [this, job, name] {
        if (job->hasError()) {
            report(tr("The policy “%1” was not created: %2").arg(name, job->errorString()));
            return;
        }
        m_createdArn = job->result().arn;
        m_policyName = job->result().name;
        m_defaultVersion = job->result().defaultVersionId;
        report(tr("Created %1.").arg(m_createdArn), true);
        refreshPolicies();
        Q_EMIT policyCreated(m_createdArn);
    });
    job->start();
}

void PoliciesPage::attachTo(const QString &principalName)
{
    changeAttachment(principalName, true);
}

void PoliciesPage::detachFrom(const QString &principalName)
{
    changeAttachment(principalName, false);
}

void PoliciesPage::changeAttachment(const QString &principalName, bool attach)
{
    if (m_createdArn.isEmpty()) {
        report(tr("Create the policy first."));
        return;
    }
    const auto &principals = m_matrix->principals();
    const auto it = std::find_if(principals.cbegin(), principals.cend(),
                                 [&](const AccessMatrixModel::Principal &p) { return p.name == principalName; });
    if (it == principals.cend()) {
        report(tr("There is no role, user or group named “%1”.").arg(principalName));
        return;
    }
    m_workspace->undoStack()->push(new PolicyAttachmentCommand(m_workspace->policyEditor(), it->kind, it->name,
                                                               m_createdArn, m_policyName, attach));
}

void PoliciesPage::fillActions()
{
    using Level = BedrockMantleActions::AccessLevel;
    for (const Level level : {Level::List, Level::Read, Level::Write, Level::Tagging}) {
        auto *heading = new QListWidgetItem(BedrockMantleActions::accessLevelName(level), m_actions);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const QString &name : BedrockMantleActions::names(level)) {
            auto *item = new QListWidgetItem(BedrockMantleActions::qualified(name), m_actions);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

QStringList PoliciesPage::checkedActions() const
{
    QStringList actions;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (m_actions->item(i)->checkState() == Qt::Checked)
            actions.append(m_actions->item(i)->text());
    }
    return actions;
}

void PoliciesPage::setStatementActions(int row, const QStringList &actions)
{
    PolicyDocument document = m_statements->document();
    if (row < 0 || row >= document.statements().size() || actions.isEmpty()) {
        report(tr("Check the actions and select the statement they are for."));
        return;
    }
    document.statements()[row].actions = actions;
    document.statements()[row].notAction = false;
    showDocument(document);
    m_statementView->selectRow(row);
}

void PoliciesPage::setStatementResources(int row)
{
    PolicyDocument document = m_statements->document();
    if (row < 0 || row >= document.statements().size()) {
        report(tr("Select the statement the projects are for."));
        return;
    }
    QStringList arns;
    for (int i = 0; i < m_projects->count(); ++i) {
        if (m_projects->item(i)->checkState() == Qt::Checked)
            arns.append(m_projects->item(i)->data(ArnRole).toString());
    }
    document.statements()[row].resources = arns.isEmpty() ? QStringList{u"*"_s} : arns;
    document.statements()[row].notResource = false;
    showDocument(document);
    m_statementView->selectRow(row);
}

void PoliciesPage::refreshPolicies()
{
    if (!m_workspace->isConnected())
        return;
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    IamListPoliciesRequest request;
    request.scope = IamPolicyScope::Local;
    auto *job = iam.listPolicies(request);
    m_reads.watch(job, [this, job] {
        if (job->hasError()) {
            report(tr("The policies could not be listed: %1").arg(job->errorString()));
            return;
        }
        const QString current = m_policies->currentData().toString();
        m_policies->clear();
        for (const IamPolicy &policy : job->result())
            m_policies->addItem(policy.name, policy.arn);
        m_policies->setCurrentIndex(qMax(0, m_policies->findData(current)));
    });
    job->start();
}

void PoliciesPage::loadPolicy(const QString &arn)
{
    if (arn.isEmpty())
        return;
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = iam.getPolicy(arn);
    m_reads.watch(job, [this, job, arn] {
        if (job->hasError()) {
            report(tr("The policy could not be read: %1").arg(job->errorString()));
            return;
        }
        IamClient client(m_workspace->transport(), m_workspace->endpointConfig());
        auto *version = client.getPolicyVersion(arn, job->result().defaultVersionId);
        m_reads.watch(version, [this, version, arn, name = job->result().name] {
            if (version->hasError()) {
                report(tr("The policy could not be read: %1").arg(version->errorString()));
                return;
            }
            setJson(version->result().document);
            m_name->setText(name);
            m_createdArn = arn;
            m_policyName = name;
            m_defaultVersion = version->result().versionId;
            report(tr("Loaded %1, version %2.").arg(name, version->result().versionId), true);
            Q_EMIT policyLoaded(arn);
        });
        version->start();
    });
    job->start();
}

void PoliciesPage::saveNewVersion()
{
    if (m_createdArn.isEmpty()) {
        report(tr("Load or create a policy first."));
        return;
    }
    IamClient iam(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = iam.updatePolicyDocument(m_createdArn, QString::fromUtf8(m_statements->document().toJson()));
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            report(tr("The new version was not saved: %1").arg(job->errorString()));
            return;
        }
        const IamPolicyDocumentUpdate &update = job->result();
        report(update.deletedVersionId.isEmpty()
                   ? tr("Saved as version %1, now the default.").arg(update.createdVersion.versionId)
                   : tr("Saved as version %1, now the default; version %2 was deleted to make room.")
                         .arg(update.createdVersion.versionId, update.deletedVersionId),
               true);
        // Already saved; the command makes it undoable (the previous version becomes the default).
        m_workspace->undoStack()->push(new PolicyVersionCommand(m_workspace->policyEditor(), m_createdArn, m_policyName,
                                                                m_defaultVersion, update.createdVersion.versionId));
        m_defaultVersion = update.createdVersion.versionId;
        Q_EMIT versionSaved(update.createdVersion.versionId, update.deletedVersionId);
        refreshMatrix();
    });
    job->start();
}

void PoliciesPage::refreshMatrix()
{
    // Only the newest read counts: an older one may belong to another account, or be overtaken
    // by an edit.
    m_matrixReads.cancelAll();
    if (!m_workspace->isConnected())
        return;
    auto *job = new LoadPrincipalsJob(m_workspace->transport(), m_workspace->endpointConfig(), this);
    m_matrixReads.watch(job, [this, job] {
        if (job->hasError()) {
            report(tr("IAM could not be read: %1").arg(job->errorString()));
            return;
        }
        if (!job->problems().isEmpty())
            report(job->problems().join(u'\n'));
        const QString selected = m_principal->currentText();
        m_matrix->setPrincipals(job->principals());
        m_matrix->setAction(m_action->currentText());
        m_principal->clear();
        for (const AccessMatrixModel::Principal &p : job->principals())
            m_principal->addItem(p.name);
        m_principal->setCurrentText(selected);
        Q_EMIT matrixRefreshed();
    });
    job->start();
}

} // namespace Spendscope
