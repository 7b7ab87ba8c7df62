// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"
#include "domain/projecttagchange.h"
#include "items/accessmatrixmodel.h"
#include "domain/tagset.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Spendscope {

class PolicyEditor;
class ProjectEditor;

// The undoable edits of the Projects page. Each runs through ProjectEditor (the API call, then a
// read-back that checks the result), in both directions: undoing a rename renames back, undoing
// a tag change applies the inverse add_tags / remove_tag_keys, undoing a creation archives the
// new project (Mantle cannot delete one; redoing creates it anew under a new id). Archiving is
// terminal and therefore not a command: it is confirmed and then done for good.
class CreateProjectCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CreateProjectCommand)
public:
    CreateProjectCommand(ProjectEditor *editor, QString name, TagSet tags);
    void redo() override;
    void undo() override;
    [[nodiscard]] const QString &projectId() const { return m_id; }

private:
    ProjectEditor *m_editor;
    QString m_name;
    TagSet m_tags;
    QString m_id; // of the project the last redo created
};

class RenameProjectCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::RenameProjectCommand)
public:
    RenameProjectCommand(ProjectEditor *editor, QString id, QString from, QString to);
    void redo() override;
    void undo() override;

private:
    ProjectEditor *m_editor;
    QString m_id;
    QString m_from;
    QString m_to;
};

class ChangeTagsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ChangeTagsCommand)
public:
    ChangeTagsCommand(ProjectEditor *editor, QString id, QString projectName, TagSet from, TagSet to);
    void redo() override;
    void undo() override;

private:
    ProjectEditor *m_editor;
    QString m_id;
    TagSet m_from;
    TagSet m_to;
};

// A tag edit of several projects that was already applied (and verified) by the tag editor: the
// first redo does nothing, undo applies each project's inverse change, redo applies it again.
class AppliedTagChangesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::AppliedTagChangesCommand)
public:
    AppliedTagChangesCommand(ProjectEditor *editor, TagChangePlan applied);
    void redo() override;
    void undo() override;

private:
    ProjectEditor *m_editor;
    TagChangePlan m_applied;
    bool m_first = true;
};

// Attaching or detaching a managed policy; undo does the opposite.
class PolicyAttachmentCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyAttachmentCommand)
public:
    PolicyAttachmentCommand(PolicyEditor *editor, AccessMatrixModel::Principal::Kind kind, QString principal,
                            QString policyArn, QString policyName, bool attach);
    void redo() override;
    void undo() override;

private:
    PolicyEditor *m_editor;
    AccessMatrixModel::Principal::Kind m_kind;
    QString m_principal;
    QString m_policyArn;
    bool m_attach;
};

// A new default policy version that was already saved: the first redo does nothing; undo makes
// the previous version the default again, redo the new one.
class PolicyVersionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyVersionCommand)
public:
    PolicyVersionCommand(PolicyEditor *editor, QString policyArn, QString policyName, QString previousVersion,
                         QString newVersion);
    void redo() override;
    void undo() override;

private:
    PolicyEditor *m_editor;
    QString m_policyArn;
    QString m_previous;
    QString m_new;
    bool m_first = true;
};

// Activating a tag key as a cost allocation tag; undo deactivates it.
class TagKeyActivationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::TagKeyActivationCommand)
public:
    TagKeyActivationCommand(PolicyEditor *editor, QString key);
    void redo() override;
    void undo() override;

private:
    PolicyEditor *m_editor;
    QString m_key;
};

} // namespace Spendscope
