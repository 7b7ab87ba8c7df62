// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcommands.h"

#include "workspace/policyeditor.h"
#include "workspace/projecteditor.h"

namespace Spendscope {

CreateProjectCommand::CreateProjectCommand(ProjectEditor *editor, QString name, TagSet tags)
    : m_editor(editor)
    , m_name(std::move(name))
    , m_tags(std::move(tags))
{
    setText(tr("Create project “%1”").arg(m_name));
}

void CreateProjectCommand::redo()
{
    m_id.clear();
    m_editor->create(m_name, m_tags, [this](const QString &id) { m_id = id; });
}

void CreateProjectCommand::undo()
{
    // Mantle cannot delete a project; archiving is the closest inverse.
    if (!m_id.isEmpty())
        m_editor->archive(m_id);
}

RenameProjectCommand::RenameProjectCommand(ProjectEditor *editor, QString id, QString from, QString to)
    : m_editor(editor)
    , m_id(std::move(id))
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    setText(tr("Rename “%1” to “%2”").arg(m_from, m_to));
}

void RenameProjectCommand::redo()
{
    m_editor->rename(m_id, m_to);
}

void RenameProjectCommand::undo()
{
    m_editor->rename(m_id, m_from);
}

ChangeTagsCommand::ChangeTagsCommand(ProjectEditor *editor, QString id, QString projectName, TagSet from, TagSet to)
    : m_editor(editor)
    , m_id(std::move(id))
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    setText(tr("Change the tags of “%1”").arg(projectName));
}

void ChangeTagsCommand::redo()
{
    m_editor->changeTags(m_id, m_from, m_to);
}

void ChangeTagsCommand::undo()
{
    m_editor->changeTags(m_id, m_to, m_from);
}

AppliedTagChangesCommand::AppliedTagChangesCommand(ProjectEditor *editor, TagChangePlan applied)
    : m_editor(editor)
    , m_applied(std::move(applied))
{
    if (m_applied.size() == 1)
        setText(tr("Change the tags of “%1”").arg(m_applied.constFirst().projectName));
    else
        setText(tr("Change the tags of %1 projects").arg(m_applied.size()));
}

void AppliedTagChangesCommand::redo()
{
    if (m_first) {
        m_first = false; // the editor applied it before pushing
        return;
    }
    for (const ProjectTagChange &change : std::as_const(m_applied))
        m_editor->changeTags(change.projectId, change.before, change.after());
}

void AppliedTagChangesCommand::undo()
{
    for (const ProjectTagChange &change : std::as_const(m_applied))
        m_editor->changeTags(change.projectId, change.after(), change.before);
}

PolicyAttachmentCommand::PolicyAttachmentCommand(PolicyEditor *editor, AccessMatrixModel::Principal::Kind kind,
                                                 QString principal, QString policyArn, QString policyName, bool attach)
    : m_editor(editor)
    , m_kind(kind)
    , m_principal(std::move(principal))
    , m_policyArn(std::move(policyArn))
    , m_attach(attach)
{
    setText(attach ? tr("Attach “%1” to %2").arg(policyName, m_principal)
                   : tr("Detach “%1” from %2").arg(policyName, m_principal));
}

void PolicyAttachmentCommand::redo()
{
    m_editor->setAttachment(m_kind, m_principal, m_policyArn, m_attach);
}

void PolicyAttachmentCommand::undo()
{
    m_editor->setAttachment(m_kind, m_principal, m_policyArn, !m_attach);
}

PolicyVersionCommand::PolicyVersionCommand(PolicyEditor *editor, QString policyArn, QString policyName,
                                           QString previousVersion, QString newVersion)
    : m_editor(editor)
    , m_policyArn(std::move(policyArn))
    , m_previous(std::move(previousVersion))
    , m_new(std::move(newVersion))
{
    setText(tr("Save “%1” as version %2").arg(policyName, m_new));
}

void PolicyVersionCommand::redo()
{
    if (m_first) {
        m_first = false; // saved before it was pushed
        return;
    }
    m_editor->setDefaultVersion(m_policyArn, m_new);
}

void PolicyVersionCommand::undo()
{
    m_editor->setDefaultVersion(m_policyArn, m_previous);
}

TagKeyActivationCommand::TagKeyActivationCommand(PolicyEditor *editor, QString key)
    : m_editor(editor)
    , m_key(std::move(key))
{
    setText(tr("Activate the tag key “%1”").arg(m_key));
}

void TagKeyActivationCommand::redo()
{
    m_editor->setTagKeyActive(m_key, true);
}

void TagKeyActivationCommand::undo()
{
    m_editor->setTagKeyActive(m_key, false);
}

} // namespace Spendscope
