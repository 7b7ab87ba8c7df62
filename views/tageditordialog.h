// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexplorertypes.h"
#include "domain/project.h"
#include "domain/projecttagchange.h"
#include "domain/tagpolicy.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Spendscope {

class ApplyTagChangesJob;
class Job;
class TagChangePreviewModel;
class TagEditModel;
class Workspace;

// The visual tag editor: the tags of one or several projects as editable rows, validated as you
// type (AWS rules and the workspace tag policy), each key marked with its cost allocation status
// and an Activate action; then a preview of the add_tags / remove_tag_keys per project, then the
// changes applied one project at a time with progress, read back and verified, with a report of
// what failed and a Retry for just those. The applied change goes on the undo stack.
class TagEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditorDialog)
public:
    TagEditorDialog(Workspace *workspace, const QList<Project> &projects,
                    const TagPolicy &policy, const QList<CostAllocationTag> &costAllocationTags,
                    QWidget *parent = nullptr);
    ~TagEditorDialog() override;

    [[nodiscard]] TagEditModel *model() const { return m_model; }
    [[nodiscard]] TagChangePreviewModel *preview() const { return m_preview; }

    // The steps, also used by tests.
    bool showPreview();
    void apply();
    void retryFailed();
    void activateKey(const QString &key);

Q_SIGNALS:
    // After each apply or retry: how many projects were verified and how many failed.
    void applied(int verified, int failed);
    void keyActivated(const QString &key, bool ok);

private:
    void updateState();
    void run(const TagChangePlan &plan);

    Workspace *m_workspace;
    TagPolicy m_policy;
    TagEditModel *m_model;
    TagChangePreviewModel *m_preview;
    QStackedWidget *m_steps = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_issues = nullptr;
    QLabel *m_activation = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_activateButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_results = nullptr;
    TagChangePlan m_failed;
    TagChangePlan m_verified;
    QPointer<Job> m_running;
};

} // namespace Spendscope
