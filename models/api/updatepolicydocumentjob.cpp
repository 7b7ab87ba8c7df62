// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatepolicydocumentjob.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// v12 -> 12; versions without a plain number sort last.
qint64 versionNumber(const QString &versionId)
{
    bool ok = false;
    const qint64 n = QStringView(versionId).mid(1).toLongLong(&ok);
    return ok ? n : std::numeric_limits<qint64>::max();
}

} // namespace

UpdatePolicyDocumentJob::UpdatePolicyDocumentJob(const IamClient &client, QString policyArn, QString document,
                                                 QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_policyArn(std::move(policyArn))
    , m_document(std::move(document))
{
}

UpdatePolicyDocumentJob::~UpdatePolicyDocumentJob()
{
    // The step is our child and dies with us; it must not call back into a half-destroyed job.
    if (m_step)
        m_step->disconnect(this);
}

QString UpdatePolicyDocumentJob::versionToDelete(const QList<IamPolicyVersion> &versions)
{
    if (versions.size() < IamClient::MaxPolicyVersions)
        return {};
    const IamPolicyVersion *oldest = nullptr;
    for (const IamPolicyVersion &v : versions) {
        if (v.isDefaultVersion || v.versionId.isEmpty())
            continue;
        const auto older = [](const IamPolicyVersion &a, const IamPolicyVersion &b) {
            // CreateDate decides; IAM numbers versions upwards, which breaks ties and covers
            // answers without dates.
            if (a.createDate.isValid() && b.createDate.isValid() && a.createDate != b.createDate)
                return a.createDate < b.createDate;
            return versionNumber(a.versionId) < versionNumber(b.versionId);
        };
        if (!oldest || older(v, *oldest))
            oldest = &v;
    }
    return oldest ? oldest->versionId : QString();
}

void UpdatePolicyDocumentJob::run()
{
    // Check everything up front: nothing is listed or deleted for a document IAM would refuse.
    if (AwsError error = IamClient::validatePolicyArn(m_policyArn)) {
        emitResult(error);
        return;
    }
    if (AwsError error = IamClient::validatePolicyDocument(m_document)) {
        emitResult(error);
        return;
    }
    follow(m_client.listPolicyVersions(m_policyArn), &UpdatePolicyDocumentJob::onVersionsListed);
}

void UpdatePolicyDocumentJob::abort()
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->cancel();
        m_step.clear();
    }
}

template<typename Result>
void UpdatePolicyDocumentJob::follow(ApiJob<Result> *job, void (UpdatePolicyDocumentJob::*next)(const Result &))
{
    job->setParent(this);
    m_step = job;
    connect(job, &Job::finished, this, [this, job, next] {
        m_step.clear();
        if (job->hasError()) {
            emitResult(job->error());
            return;
        }
        (this->*next)(job->result());
    });
    job->start();
}

void UpdatePolicyDocumentJob::onVersionsListed(const QList<IamPolicyVersion> &versions)
{
    if (versions.size() < IamClient::MaxPolicyVersions) {
        createVersion();
        return;
    }
    const QString victim = versionToDelete(versions);
    if (victim.isEmpty()) {
        emitResult(AwsError(AwsError::Kind::LimitExceeded, u"LimitExceeded"_s,
                            tr("The policy already has %1 versions and none of them can be deleted.")
                                .arg(versions.size())));
        return;
    }
    m_result.deletedVersionId = victim;
    follow(m_client.deletePolicyVersion(m_policyArn, victim), &UpdatePolicyDocumentJob::onVersionDeleted);
}

void UpdatePolicyDocumentJob::onVersionDeleted(const IamAcknowledgement &)
{
    createVersion();
}

void UpdatePolicyDocumentJob::createVersion()
{
    follow(m_client.createPolicyVersion(m_policyArn, m_document, true), &UpdatePolicyDocumentJob::onVersionCreated);
}

void UpdatePolicyDocumentJob::onVersionCreated(const IamPolicyVersion &version)
{
    m_result.createdVersion = version;
    emitResult();
}

} // namespace Spendscope
