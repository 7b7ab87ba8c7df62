// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iamclient.h"
#include "iamtypes.h"

#include "aws/job.h"

#include <QPointer>

namespace Spendscope {

// Makes a JSON document the default version of a managed policy while respecting IAM's limit of
// five versions: lists the versions and, when five exist, deletes the oldest version that is not
// the default before creating the new default one. Built from IamClient's ApiJobs and shaped like
// any other Job; cancel() stops the step in flight.
//
// Not atomic: if creating the new version fails after the delete, the deleted version stays gone
// (IAM offers no way to do both in one call). result().deletedVersionId tells which one it was.
class UpdatePolicyDocumentJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatePolicyDocumentJob)
public:
    UpdatePolicyDocumentJob(const IamClient &client, QString policyArn, QString document, QObject *parent = nullptr);
    ~UpdatePolicyDocumentJob() override;

    [[nodiscard]] const QString &policyArn() const { return m_policyArn; }
    [[nodiscard]] const IamPolicyDocumentUpdate &result() const { return m_result; }
    // The version the job would delete from `versions` to make room, or an empty string when there
    // is room already (fewer than five) or no version may be deleted.
    [[nodiscard]] static QString versionToDelete(const QList<IamPolicyVersion> &versions);

protected:
    void run() override;
    void abort() override;

private:
    void onVersionsListed(const QList<IamPolicyVersion> &versions);
    void createVersion();
    // Starts a step job as our child and calls `next` with it when it succeeds.
    template<typename Result>
    void follow(ApiJob<Result> *job, void (UpdatePolicyDocumentJob::*next)(const Result &));
    void onVersionDeleted(const IamAcknowledgement &);
    void onVersionCreated(const IamPolicyVersion &version);

    IamClient m_client;
    QString m_policyArn;
    QString m_document;
    IamPolicyDocumentUpdate m_result;
    QPointer<Job> m_step;
};

} // namespace Spendscope
