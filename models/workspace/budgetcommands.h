// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/budgeteditor.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Spendscope {

// The undoable budget edits. The editor dialog applies an edit first (so that a refusal keeps the
// dialog open with the user's input) and the page pushes the command afterwards: the first redo
// does nothing. Undo and later redos go through BudgetEditor, which reads each result back.

// A budget that was created; undo deletes it, redo creates it again.
class CreateBudgetCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CreateBudgetCommand)
public:
    CreateBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition created);
    void redo() override;
    void undo() override;

private:
    BudgetEditor *m_editor;
    BudgetEditor::Definition m_created;
    bool m_first = true;
};

// A budget that was changed from one definition to another; undo changes it back.
class UpdateBudgetCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::UpdateBudgetCommand)
public:
    UpdateBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition from, BudgetEditor::Definition to);
    void redo() override;
    void undo() override;

private:
    BudgetEditor *m_editor;
    BudgetEditor::Definition m_from;
    BudgetEditor::Definition m_to;
    bool m_first = true;
};

// A budget that was deleted; undo creates it again with its notifications and subscribers (the
// service gives it a new history of its own, but the spend it reports is the same).
class DeleteBudgetCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::DeleteBudgetCommand)
public:
    DeleteBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition deleted);
    void redo() override;
    void undo() override;

private:
    BudgetEditor *m_editor;
    BudgetEditor::Definition m_deleted;
    bool m_first = true;
};

} // namespace Spendscope
