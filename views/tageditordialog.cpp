// SPDX-License-Identifier: GPL-3.0-or-later
#include "tageditordialog.h"

#include "api/applytagchangesjob.h"
#include "api/mantleprojectsclient.h"
#include "items/tagchangepreviewmodel.h"
#include "items/tageditmodel.h"
#include "workspace/policyeditor.h"
#include "workspace/projectcommands.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

enum Step { EditStep, PreviewStep };

} // namespace

TagEditorDialog::TagEditorDialog(Workspace *workspace, const QList<Project> &projects,
                                 const TagPolicy &policy, const QList<CostAllocationTag> &costAllocationTags,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_policy(policy)
    , m_model(new TagEditModel(this))
    , m_preview(new TagChangePreviewModel(this))
{
    setObjectName(u"tagEditorDialog"_s);
    setWindowTitle(projects.size() == 1 ? tr("Tags of %1").arg(projects.constFirst().name())
                                        : tr("Tags of %1 Projects").arg(projects.size()));
    resize(760, 520);
    m_model->setPolicy(policy);
    m_model->setCostAllocationTags(costAllocationTags);
    m_model->setProjects(projects);

    // Step 1: edit.
    auto *edit = new QWidget(this);
    m_table = new QTableView(edit);
    m_table->setObjectName(u"tagTable"_s);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(220);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("&Add Tag"), edit);
    add->setObjectName(u"addTagButton"_s);
    auto *remove = new QPushButton(tr("&Remove Tag"), edit);
    remove->setObjectName(u"removeTagButton"_s);
    m_activateButton = new QPushButton(tr("Ac&tivate for Cost Explorer"), edit);
    m_activateButton->setObjectName(u"activateTagKeyButton"_s);
    m_activateButton->setToolTip(tr("Cost Explorer groups by a tag key only once it is activated as a cost "
                                    "allocation tag. Activation takes up to 24 hours and is not retroactive: "
                                    "earlier spend stays untagged."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_activateButton);
    m_issues = new QLabel(edit);
    m_issues->setObjectName(u"tagIssues"_s);
    m_issues->setWordWrap(true);
    m_activation = new QLabel(edit);
    m_activation->setObjectName(u"tagActivationStatus"_s);
    m_activation->setWordWrap(true);
    auto *editLayout = new QVBoxLayout(edit);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_table, 1);
    editLayout->addLayout(buttons);
    editLayout->addWidget(m_issues);
    editLayout->addWidget(m_activation);

    // Step 2: preview, apply, report.
    auto *review = new QWidget(this);
    auto *previewView = new QTableView(review);
    previewView->setObjectName(u"tagPreview"_s);
    previewView->setModel(m_preview);
    previewView->horizontalHeader()->setStretchLastSection(true);
    previewView->verticalHeader()->hide();
    previewView->setWordWrap(false);
    previewView->horizontalHeader()->setDefaultSectionSize(150);
    m_progress = new QProgressBar(review);
    m_progress->setObjectName(u"tagProgress"_s);
    m_results = new QListWidget(review);
    m_results->setObjectName(u"tagResults"_s);
    m_results->setMaximumHeight(120);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(new QLabel(tr("These changes will be sent, one project at a time, and read back:"), review));
    reviewLayout->addWidget(previewView, 1);
    reviewLayout->addWidget(m_progress);
    reviewLayout->addWidget(m_results);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(edit);
    m_steps->addWidget(review);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = box->addButton(tr("&Preview Changes…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewTagsButton"_s);
    m_applyButton = box->addButton(tr("A&pply"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(u"applyTagsButton"_s);
    m_retryButton = box->addButton(tr("Retry &Failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"retryTagsButton"_s);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addRow();
        m_table->edit(m_model->index(row, TagEditModel::KeyColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_model->removeRows(rows.constFirst().row(), 1);
    });
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            activateKey(rows.constFirst().data(TagEditModel::RawValueRole).toString());
    });
    connect(m_previewButton, &QPushButton::clicked, this, &TagEditorDialog::showPreview);
    connect(m_applyButton, &QPushButton::clicked, this, &TagEditorDialog::apply);
    connect(m_retryButton, &QPushButton::clicked, this, &TagEditorDialog::retryFailed);
    connect(m_model, &TagEditModel::validationChanged, this, &TagEditorDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagEditorDialog::updateState);
    updateState();
}

TagEditorDialog::~TagEditorDialog() = default; // the running job is a child

void TagEditorDialog::updateState()
{
    const bool editing = m_steps->currentIndex() == EditStep;
    QStringList messages;
    for (const TagPolicy::Issue &issue : m_model->issues())
        messages.append(issue.message);
    m_issues->setText(messages.join(u'\n'));
    m_previewButton->setVisible(editing);
    m_previewButton->setEnabled(editing && m_model->isModified() && !m_model->hasErrors());
    m_applyButton->setVisible(!editing);
    m_applyButton->setEnabled(!editing && !m_running && m_verified.isEmpty() && m_failed.isEmpty());
    m_retryButton->setVisible(!m_failed.isEmpty());
    m_retryButton->setEnabled(!m_running);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_activateButton->setEnabled(
        !rows.isEmpty()
        && rows.constFirst().siblingAtColumn(TagEditModel::CostAllocationColumn).data(TagEditModel::CostAllocationRole).toInt()
            != int(TagEditModel::CostAllocationState::Active));
}

bool TagEditorDialog::showPreview()
{
    if (m_model->hasErrors() || !m_model->isModified())
        return false;
    m_preview->setPlan(m_model->plan());
    m_steps->setCurrentIndex(PreviewStep);
    updateState();
    return true;
}

void TagEditorDialog::apply()
{
    run(m_model->plan());
}

void TagEditorDialog::retryFailed()
{
    if (!m_failed.isEmpty())
        run(m_failed);
}

void TagEditorDialog::run(const TagChangePlan &plan)
{
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = new ApplyTagChangesJob(client, plan, this);
    job->setPolicy(m_policy);
    m_running = job;
    m_results->clear();
    m_progress->setRange(0, int(plan.size()));
    m_progress->setValue(0);
    connect(job, &Job::progress, this, [this](Job *, qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        if (job->hasError()) {
            new QListWidgetItem(job->errorString(), m_results);
            updateState();
            return;
        }
        TagChangePlan verified;
        for (const ApplyTagChangesJob::Outcome &outcome : job->outcomes()) {
            QString text;
            switch (outcome.status) {
            case ApplyTagChangesJob::Status::Verified:
                verified.append(outcome.change);
                text = tr("%1: applied and verified").arg(outcome.change.projectName);
                break;
            case ApplyTagChangesJob::Status::Mismatch:
                text = tr("%1: applied, but the tags read back differ").arg(outcome.change.projectName);
                break;
            case ApplyTagChangesJob::Status::Failed:
                text = tr("%1: failed: %2").arg(outcome.change.projectName, outcome.error.toString());
                break;
            case ApplyTagChangesJob::Status::Cancelled:
            case ApplyTagChangesJob::Status::Pending:
                text = tr("%1: not applied").arg(outcome.change.projectName);
                break;
            }
            new QListWidgetItem(text, m_results);
        }
        m_failed = job->failedPlan();
        m_verified.append(verified);
        // What was applied and verified can be undone; failures stay here for a retry.
        if (!verified.isEmpty())
            m_workspace->undoStack()->push(new AppliedTagChangesCommand(m_workspace->projectEditor(), verified));
        updateState();
        Q_EMIT applied(int(verified.size()), int(m_failed.size()));
    });
    updateState();
    job->start();
}

void TagEditorDialog::activateKey(const QString &key)
{
    if (key.isEmpty())
        return;
    PolicyEditor *editor = m_workspace->policyEditor();
    // One answer per request: listen for this key's outcome only, then let go.
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto failure = std::make_shared<QMetaObject::Connection>();
    *connection = connect(editor, &PolicyEditor::tagKeyChanged, this, [this, key, connection, failure](const QString &changed, bool active) {
        if (changed != key || !active)
            return;
        disconnect(*connection);
        disconnect(*failure);
        m_activation->setText(tr("“%1” is activated. Cost Explorer shows it within a day, for spend from now on.").arg(key));
        // Reflect the new status at once; the next sync confirms it.
        QList<CostAllocationTag> tags = m_workspace->costData().costAllocationTags;
        const auto it = std::find_if(tags.begin(), tags.end(), [&key](const CostAllocationTag &t) { return t.tagKey == key; });
        if (it != tags.end())
            it->status = CostAllocationTagStatus::Active;
        else
            tags.append(CostAllocationTag{key, CostAllocationTagType::UserDefined, CostAllocationTagStatus::Active, {}, {}});
        m_model->setCostAllocationTags(tags);
        updateState();
        Q_EMIT keyActivated(key, true);
    });
    *failure = connect(editor, &PolicyEditor::failed, this, [this, key, connection, failure](const QString &message) {
        disconnect(*connection);
        disconnect(*failure);
        m_activation->setText(message);
        updateState();
        Q_EMIT keyActivated(key, false);
    });
    m_workspace->undoStack()->push(new TagKeyActivationCommand(editor, key));
}

} // namespace Spendscope
