// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetfilter.h"
#include "domain/money.h"
#include "workspace/budgeteditor.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Spendscope {

class Workspace;

// Creates or edits one AWS budget: name, limit, period, what it covers (one team or one project
// by the profile's attribution tag), and its alerts (actual or forecasted spend over a
// percentage of the limit, e-mailed to subscribers). Input is checked with BudgetsClient's rules
// before anything is sent; the edit is then applied through BudgetEditor while the dialog waits.
// A refusal (validation, throttling, access denied) is shown in the dialog, which stays open with
// the user's input; on success it emits applied() and closes.
class BudgetEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEditorDialog)
public:
    // A dialog for a new budget.
    BudgetEditorDialog(Workspace *workspace, BudgetEditor *editor, QWidget *parent = nullptr);

    // Turns the dialog into an editor of `existing` (as BudgetEditor::loadDefinition read it).
    void setDefinition(const BudgetEditor::Definition &existing);
    // Prefills a new budget for one team or project (Navigator::openNewBudget).
    void prefill(BudgetFilter::Kind kind, const QString &value, Money suggestedLimit);
    // Adds an alert row; also used by tests.
    void addAlert(NotificationType type, double percent, const QStringList &emails);

    [[nodiscard]] bool isEditing() const { return m_editing; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The definition the fields describe, or nullopt with the first problem in *error.
    [[nodiscard]] std::optional<BudgetEditor::Definition> definition(QString *error = nullptr) const;
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The edit was applied and read back. `from` is empty (no name) for a new budget.
    void applied(const Spendscope::BudgetEditor::Definition &from, const Spendscope::BudgetEditor::Definition &to);

private:
    struct AlertRow
    {
        QWidget *widget = nullptr;
        QComboBox *type = nullptr;
        QDoubleSpinBox *threshold = nullptr;
        QLineEdit *emails = nullptr;
        Notification base;              // comparison and threshold type are kept as they were
        QList<Subscriber> otherSubscribers; // SNS topics: kept, not edited here
    };

    void addAlertRow(const Notification &notification, const QList<Subscriber> &subscribers);
    void removeAlertRow(QWidget *row);
    void updateValueChoices();
    void updateServicesNote();
    // The SERVICE values a team, project or Bedrock-only budget is limited to: the ones the last
    // sync discovered; before any sync, those the edited budget already has (possibly none).
    [[nodiscard]] QStringList services() const;
    void updateAlertButtons();
    void setBusy(bool busy);
    void showError(const QString &message, QWidget *field = nullptr);

    Workspace *m_workspace;
    QPointer<BudgetEditor> m_editor;
    BudgetEditor::Definition m_original;
    BudgetFilter m_originalFilter;
    bool m_editing = false;
    bool m_busy = false;
    QLineEdit *m_name;
    QLineEdit *m_limit;
    QLabel *m_limitNote;
    QComboBox *m_period;
    QComboBox *m_scope;
    QComboBox *m_value;
    QLabel *m_servicesNote;
    QVBoxLayout *m_alerts;
    QLabel *m_alertsEmpty;
    QWidget *m_alertHeadings = nullptr;
    QPushButton *m_addAlert;
    QLabel *m_error;
    QPushButton *m_save;
    QList<AlertRow> m_rows;
};

} // namespace Spendscope
