// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/budgeteditor.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QGridLayout;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;

namespace Spendscope {

class BudgetCard;
class BudgetEditorDialog;
class BudgetTableModel;
class Navigator;
class Workspace;

// The Budgets page: the account's AWS budgets as gauges (one card each: name, what it covers,
// health, actual against limit, forecast, thresholds, run-out date) above a sortable table, with
// New, Edit and Delete. Edits go through the budget editor dialog and BudgetEditor (each read
// back from the service) and are undoable. (Budgets that a sync made cross an alert threshold are
// announced by the main window, whichever page is shown: Workspace::budgetAlerts().)
class BudgetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPage)
public:
    BudgetsPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~BudgetsPage() override;

    [[nodiscard]] BudgetTableModel *model() const { return m_model; }
    [[nodiscard]] BudgetEditor *editor() const { return m_editor; }
    [[nodiscard]] QList<BudgetCard *> cards() const { return m_cards; }
    [[nodiscard]] BudgetCard *card(const QString &name) const;

    // The user actions, also used by tests. The dialogs open non-modally and are announced by
    // editorOpened().
    BudgetEditorDialog *newBudget();
    // Reads the selected budget with its alerts and subscribers, then opens the editor.
    void editSelected();
    // Deletes the selected budget after `confirmed` said yes (tests pass true).
    void deleteSelected(bool confirmed = false);
    void selectBudget(const QString &name);
    [[nodiscard]] QString selectedBudgetName() const;

Q_SIGNALS:
    // The list and gauges show a new state of the budgets.
    void refreshed();
    void editorOpened(Spendscope::BudgetEditorDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showBudgets();
    void rebuildCards();
    void layoutCards();
    void updateCardsHeight();
    void updateActions();
    void updateSummary();
    void openEditor(BudgetEditorDialog *dialog);
    void showMessage(const QString &message);
    [[nodiscard]] QDate today() const;

    Workspace *m_workspace;
    BudgetEditor *m_editor;
    BudgetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QTableView *m_table;
    QLabel *m_message;
    QList<BudgetCard *> m_cards;
    int m_columns = 0;
};

} // namespace Spendscope
