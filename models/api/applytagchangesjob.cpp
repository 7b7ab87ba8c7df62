// SPDX-License-Identifier: GPL-3.0-or-later
#include "applytagchangesjob.h"

#include "domain/tagdiff.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

ApplyTagChangesJob::ApplyTagChangesJob(const MantleProjectsClient &client, const TagChangePlan &plan, QObject *parent)
    : Job(parent)
    , m_client(client)
{
    for (const ProjectTagChange &change : plan) {
        if (!change.isEmpty())
            m_outcomes.append(Outcome{change, Status::Pending, {}, {}, {}});
    }
}

ApplyTagChangesJob::~ApplyTagChangesJob()
{
    // The step is our child and dies with us; it must not call back into a half-destroyed job.
    if (m_step)
        m_step->disconnect(this);
}

QStringList ApplyTagChangesJob::validatePlan(const TagChangePlan &plan, const TagPolicy &policy)
{
    QStringList problems;
    QSet<QString> ids;
    for (const ProjectTagChange &change : plan) {
        if (change.isEmpty())
            continue;
        const QString project = change.projectName.isEmpty() ? change.projectId : change.projectName;
        if (ids.contains(change.projectId)) {
            problems.append(tr("Project “%1” appears twice in the change.").arg(project));
            continue;
        }
        ids.insert(change.projectId);
        MantleProjectsClient::Update update;
        update.addTags = change.addTags;
        update.removeTagKeys = change.removeTagKeys;
        for (const QString &problem : MantleProjectsClient::validateUpdate(change.projectId, update)) {
            //: %1 is a project name, %2 what is wrong
            problems.append(tr("Project “%1”: %2").arg(project, problem));
        }
        // Only what this change touches: a project's older problems must not block fixing others.
        for (const TagPolicy::Issue &issue : policy.validate(change.after())) {
            if (issue.severity != TagPolicy::Severity::Error)
                continue;
            if (issue.key.isEmpty() || change.touches(issue.key)) {
                const QString line = tr("Project “%1”: %2").arg(project, issue.message);
                if (!problems.contains(line))
                    problems.append(line);
            }
        }
    }
    return problems;
}

QList<ApplyTagChangesJob::TagDifference> ApplyTagChangesJob::compare(const TagSet &expected, const TagSet &actual)
{
    QList<TagDifference> differences;
    QStringList keys = expected.keys() + actual.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const std::optional<QString> e = expected.contains(key) ? std::optional(expected.value(key)) : std::nullopt;
        const std::optional<QString> a = actual.contains(key) ? std::optional(actual.value(key)) : std::nullopt;
        if (e != a)
            differences.append({key, e, a});
    }
    return differences;
}

qsizetype ApplyTagChangesJob::count(Status status) const
{
    return std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [status](const Outcome &o) { return o.status == status; });
}

TagChangePlan ApplyTagChangesJob::failedPlan() const
{
    TagChangePlan plan;
    for (const Outcome &outcome : m_outcomes) {
        switch (outcome.status) {
        case Status::Verified:
            break;
        case Status::Mismatch: {
            const TagDiff diff = TagSet::diff(outcome.actualTags, outcome.change.after());
            ProjectTagChange change{outcome.change.projectId, outcome.change.projectName, outcome.actualTags,
                                    diff.addTags, diff.removeTagKeys};
            if (!change.isEmpty())
                plan.append(change);
            break;
        }
        case Status::Pending:
        case Status::Failed:
        case Status::Cancelled:
            plan.append(outcome.change);
            break;
        }
    }
    return plan;
}

void ApplyTagChangesJob::run()
{
    TagChangePlan plan;
    for (const Outcome &outcome : std::as_const(m_outcomes))
        plan.append(outcome.change);
    if (const QStringList problems = validatePlan(plan, m_policy); !problems.isEmpty()) {
        emitResult(AwsError::invalidInput(problems.join(u'\n'), u"InvalidTagChange"_s));
        return;
    }
    Q_EMIT progress(this, 0, m_outcomes.size());
    applyNext();
}

void ApplyTagChangesJob::abort()
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->cancel();
        m_step.clear();
        if (m_current < m_outcomes.size())
            m_outcomes[m_current].status = Status::Cancelled;
    }
}

void ApplyTagChangesJob::follow(ApiJob<Project> *job, void (ApplyTagChangesJob::*next)(ApiJob<Project> *))
{
    job->setParent(this);
    m_step = job;
    connect(job, &Job::finished, this, [this, job, next] {
        m_step.clear();
        (this->*next)(job);
    });
    job->start();
}

void ApplyTagChangesJob::applyNext()
{
    if (isFinished()) // cancelled from a progress() handler
        return;
    if (m_current >= m_outcomes.size()) {
        emitResult();
        return;
    }
    const ProjectTagChange &change = m_outcomes.at(m_current).change;
    MantleProjectsClient::Update update;
    update.addTags = change.addTags;
    update.removeTagKeys = change.removeTagKeys;
    follow(m_client.updateProject(change.projectId, update), &ApplyTagChangesJob::onUpdated);
}

void ApplyTagChangesJob::onUpdated(ApiJob<Project> *job)
{
    if (job->hasError()) {
        finishProject(Status::Failed, job->error());
        return;
    }
    // The update's own answer could come from before a concurrent edit; a fresh read is the proof.
    follow(m_client.getProject(m_outcomes.at(m_current).change.projectId), &ApplyTagChangesJob::onReadBack);
}

void ApplyTagChangesJob::onReadBack(ApiJob<Project> *job)
{
    if (job->hasError()) {
        finishProject(Status::Failed, job->error());
        return;
    }
    Outcome &outcome = m_outcomes[m_current];
    outcome.actualTags = job->result().tags();
    outcome.differences = compare(outcome.change.after(), outcome.actualTags);
    finishProject(outcome.differences.isEmpty() ? Status::Verified : Status::Mismatch);
}

void ApplyTagChangesJob::finishProject(Status status, const AwsError &error)
{
    Outcome &outcome = m_outcomes[m_current];
    outcome.status = status;
    outcome.error = error;
    ++m_current;
    Q_EMIT progress(this, m_current, m_outcomes.size());
    applyNext();
}

} // namespace Spendscope
