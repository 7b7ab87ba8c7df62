// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/jobscope.h"
#include "domain/policydocument.h"
#include "domain/policytemplates.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Spendscope {

class AccessMatrixModel;
class PolicyStatementModel;
class Workspace;

// The Policies page: start from a template for chosen projects, edit the statements in a table
// or as JSON (kept in sync both ways; the JSON is parsed as you type and linted), create the
// policy in IAM, attach it to a role, user or group, and see in the access matrix who may call
// what on which project, computed from the policies attached in IAM.
class PoliciesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesPage)
public:
    explicit PoliciesPage(Workspace *workspace, QWidget *parent = nullptr);
    ~PoliciesPage() override;

    [[nodiscard]] AccessMatrixModel *matrix() const { return m_matrix; }
    [[nodiscard]] PolicyStatementModel *statements() const { return m_statements; }
    [[nodiscard]] const PolicyDocument &document() const;

    // The user actions, also used by tests.
    void applyTemplate(PolicyTemplates::Kind kind);
    void setJson(const QString &json);
    void createPolicy(const QString &name);
    // Replaces the actions of statement `row` with the checked ones of the action picker.
    void setStatementActions(int row, const QStringList &actions);
    // Loads a customer-managed policy's default version into the editor (it becomes the target
    // of Attach/Detach and of saving a new version).
    void loadPolicy(const QString &arn);
    // Saves the editor's document as the loaded policy's new default version.
    void saveNewVersion();
    [[nodiscard]] QStringList checkedActions() const;
    // Replaces the resources of statement `row` with the checked projects' ARNs ("*" when none).
    void setStatementResources(int row);
    void attachTo(const QString &principalName);
    void detachFrom(const QString &principalName);
    void refreshMatrix();

Q_SIGNALS:
    void policyCreated(const QString &arn);
    void attached();
    void policyLoaded(const QString &arn);
    void versionSaved(const QString &versionId, const QString &deletedVersionId);
    void defaultVersionChanged(const QString &versionId);
    void detached();
    void matrixRefreshed();

private:
    void refreshProjects();
    void refreshPolicies();
    void fillActions();
    void parseJson();
    void showDocument(const PolicyDocument &document);
    void showLint(const PolicyDocument &document);
    void report(const QString &message, bool ok = false);
    // Attaches (or detaches) the created policy to the named principal.
    void changeAttachment(const QString &principalName, bool attach);

    Workspace *m_workspace;
    PolicyStatementModel *m_statements;
    AccessMatrixModel *m_matrix;
    QComboBox *m_template = nullptr;
    QListWidget *m_projects = nullptr;
    QLineEdit *m_tagKey = nullptr;
    QLineEdit *m_tagValue = nullptr;
    QTableView *m_statementView = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QListWidget *m_lint = nullptr;
    QListWidget *m_actions = nullptr;
    QComboBox *m_policies = nullptr;
    QPushButton *m_saveVersion = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_create = nullptr;
    QComboBox *m_principal = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_detach = nullptr;
    QComboBox *m_action = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_parseTimer;
    JobScope m_reads;       // reads of the connected account: projects, policies, a policy
    JobScope m_matrixReads; // the access matrix's IAM read, the newest only
    QString m_createdArn;
    QString m_policyName;
    QString m_defaultVersion;
    bool m_updatingJson = false;
};

} // namespace Spendscope
