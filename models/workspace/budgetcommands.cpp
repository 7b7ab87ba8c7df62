// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcommands.h"

namespace Spendscope {

CreateBudgetCommand::CreateBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition created)
    : m_editor(editor)
    , m_created(std::move(created))
{
    setText(tr("Create budget “%1”").arg(m_created.budget.name));
}

void CreateBudgetCommand::redo()
{
    if (m_first) {
        m_first = false; // created before it was pushed
        return;
    }
    m_editor->create(m_created);
}

void CreateBudgetCommand::undo()
{
    m_editor->remove(m_created.budget.name);
}

UpdateBudgetCommand::UpdateBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition from, BudgetEditor::Definition to)
    : m_editor(editor)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    setText(tr("Change budget “%1”").arg(m_to.budget.name));
}

void UpdateBudgetCommand::redo()
{
    if (m_first) {
        m_first = false; // changed before it was pushed
        return;
    }
    m_editor->update(m_from, m_to);
}

void UpdateBudgetCommand::undo()
{
    m_editor->update(m_to, m_from);
}

DeleteBudgetCommand::DeleteBudgetCommand(BudgetEditor *editor, BudgetEditor::Definition deleted)
    : m_editor(editor)
    , m_deleted(std::move(deleted))
{
    setText(tr("Delete budget “%1”").arg(m_deleted.budget.name));
}

void DeleteBudgetCommand::redo()
{
    if (m_first) {
        m_first = false; // deleted before it was pushed
        return;
    }
    m_editor->remove(m_deleted.budget.name);
}

void DeleteBudgetCommand::undo()
{
    m_editor->create(m_deleted);
}

} // namespace Spendscope
