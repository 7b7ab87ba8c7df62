// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecteditor.h"

#include "api/mantleprojectsclient.h"
#include "domain/tagdiff.h"
#include "workspace/workspace.h"

namespace Spendscope {

ProjectEditor::ProjectEditor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

void ProjectEditor::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void ProjectEditor::create(const QString &name, const TagSet &tags, std::function<void(const QString &)> created)
{
    ++m_pending;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.createProject(name, tags);
    connect(job, &Job::finished, this, [this, job, name, tags, created] {
        if (job->hasError()) {
            Q_EMIT failed(tr("The project “%1” was not created: %2").arg(name, job->errorString()));
            finishOne();
            return;
        }
        const QString id = job->result().id();
        if (created)
            created(id);
        verify(id, [name, tags](const Project &p) {
            return p.name() == name && p.tags() == tags ? QString() : tr("the name or tags differ from the request");
        });
    });
    job->start();
}

void ProjectEditor::rename(const QString &id, const QString &name)
{
    ++m_pending;
    MantleProjectsClient::Update update;
    update.name = name;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.updateProject(id, update);
    connect(job, &Job::finished, this, [this, job, id, name] {
        if (job->hasError()) {
            Q_EMIT failed(tr("The project was not renamed: %1").arg(job->errorString()));
            finishOne();
            return;
        }
        verify(id, [name](const Project &p) { return p.name() == name ? QString() : tr("the name differs"); });
    });
    job->start();
}

void ProjectEditor::changeTags(const QString &id, const TagSet &from, const TagSet &to)
{
    const TagDiff diff = TagSet::diff(from, to);
    if (diff.isEmpty())
        return;
    ++m_pending;
    MantleProjectsClient::Update update;
    update.addTags = diff.addTags;
    update.removeTagKeys = diff.removeTagKeys;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.updateProject(id, update);
    connect(job, &Job::finished, this, [this, job, id, to] {
        if (job->hasError()) {
            Q_EMIT failed(tr("The tags were not changed: %1").arg(job->errorString()));
            finishOne();
            return;
        }
        verify(id, [to](const Project &p) { return p.tags() == to ? QString() : tr("the tags differ from the request"); });
    });
    job->start();
}

void ProjectEditor::archive(const QString &id)
{
    ++m_pending;
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.archiveProject(id);
    connect(job, &Job::finished, this, [this, job, id] {
        if (job->hasError()) {
            Q_EMIT failed(tr("The project was not archived: %1").arg(job->errorString()));
            finishOne();
            return;
        }
        verify(id, [](const Project &p) { return p.isArchived() ? QString() : tr("it is still active"); });
    });
    job->start();
}

void ProjectEditor::verify(const QString &id, std::function<QString(const Project &)> check)
{
    MantleProjectsClient client(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = client.getProject(id);
    connect(job, &Job::finished, this, [this, job, check] {
        if (job->hasError()) {
            Q_EMIT failed(tr("The change could not be verified: %1").arg(job->errorString()));
        } else if (const QString mismatch = check(job->result()); !mismatch.isEmpty()) {
            //: %1 is a project name, %2 what differs
            Q_EMIT failed(tr("Read back, the project “%1” does not match the change: %2").arg(job->result().name(), mismatch));
            Q_EMIT edited(job->result());
        } else {
            Q_EMIT edited(job->result());
        }
        finishOne();
    });
    job->start();
}

} // namespace Spendscope
