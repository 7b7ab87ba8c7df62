// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mantleprojectsclient.h"

#include "aws/job.h"
#include "domain/projecttagchange.h"
#include "domain/tagpolicy.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace Spendscope {

// Applies a tag edit to many projects and checks that it took: for each project, one
// UpdateProject (add_tags / remove_tag_keys; Mantle has no atomic replacement), then a
// GetProject whose tags must equal the intended result. Projects go one after another, so a
// failure stops nothing but its own project and progress() counts projects.
//
// The whole plan is validated first (AWS's tag rules, what UpdateProject refuses, and the tag
// policy's errors on the keys the plan touches); an invalid plan fails with InvalidInput before
// anything is sent. Per-project failures do not fail the job: outcomes() says what happened to
// each project, and failedPlan() is what is left to do. cancel() sends nothing more; the project
// in flight is marked Cancelled (its update may or may not have reached the service).
class ApplyTagChangesJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyTagChangesJob)
public:
    enum class Status {
        Pending,   // not attempted
        Verified,  // applied, and the read-back tags are the intended ones
        Failed,    // UpdateProject or GetProject failed; see Outcome::error
        Mismatch,  // applied, but the read-back tags differ (see Outcome::differences)
        Cancelled, // in flight when the job was cancelled
    };

    struct TagDifference
    {
        QString key;
        std::optional<QString> expected; // nullopt: the key should be absent
        std::optional<QString> actual;   // nullopt: the key is absent

        friend bool operator==(const TagDifference &, const TagDifference &) = default;
    };

    struct Outcome
    {
        ProjectTagChange change;
        Status status = Status::Pending;
        AwsError error;
        QList<TagDifference> differences;
        TagSet actualTags; // as read back; empty unless Verified or Mismatch
    };

    // Empty changes are dropped; each remaining change becomes one outcome, in plan order.
    ApplyTagChangesJob(const MantleProjectsClient &client, const TagChangePlan &plan, QObject *parent = nullptr);
    ~ApplyTagChangesJob() override;

    void setPolicy(const TagPolicy &policy) { m_policy = policy; }
    [[nodiscard]] const TagPolicy &policy() const { return m_policy; }

    // Translated reasons why `plan` must not be sent; empty when it may.
    [[nodiscard]] static QStringList validatePlan(const TagChangePlan &plan, const TagPolicy &policy);
    [[nodiscard]] static QList<TagDifference> compare(const TagSet &expected, const TagSet &actual);

    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] qsizetype count(Status status) const;
    [[nodiscard]] bool allVerified() const { return count(Status::Verified) == m_outcomes.size(); }
    // What is left to do, for a retry: failed, cancelled and pending changes as they were (adding
    // and removing are idempotent), mismatched ones recomputed from the tags read back.
    [[nodiscard]] TagChangePlan failedPlan() const;

protected:
    void run() override;
    void abort() override;

private:
    void applyNext();
    void onUpdated(ApiJob<Project> *job);
    void onReadBack(ApiJob<Project> *job);
    void finishProject(Status status, const AwsError &error = {});
    void follow(ApiJob<Project> *job, void (ApplyTagChangesJob::*next)(ApiJob<Project> *));

    MantleProjectsClient m_client;
    TagPolicy m_policy;
    QList<Outcome> m_outcomes;
    qsizetype m_current = 0;
    QPointer<Job> m_step;
};

} // namespace Spendscope
