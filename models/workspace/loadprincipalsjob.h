// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/iamclient.h"
#include "aws/job.h"
#include "items/accessmatrixmodel.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace Spendscope {

// Reads what the access matrix needs from IAM: every role, user and group, the managed policies
// attached to each, and each policy's default version as a parsed document. Policies whose
// document cannot be read or parsed are left out and named in problems(), so one odd policy does
// not hide the rest. Requests run one at a time (IAM throttles bursts).
class LoadPrincipalsJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadPrincipalsJob)
public:
    LoadPrincipalsJob(AwsTransport *transport, const EndpointConfig &config, QObject *parent = nullptr);
    ~LoadPrincipalsJob() override;

    [[nodiscard]] const QList<AccessMatrixModel::Principal> &principals() const { return m_principals; }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

protected:
    void run() override;
    void abort() override;

private:
    // Runs the next queued step, or assembles the result when none is left.
    void next();
    template<typename Result>
    void await(ApiJob<Result> *job, std::function<void(Result &&)> onSuccess);
    void readPolicy(const QString &arn);
    void assemble();

    IamClient m_iam;
    QList<std::function<void()>> m_steps;
    QPointer<Job> m_current;
    QList<AccessMatrixModel::Principal> m_principals;
    QList<QStringList> m_attached; // per principal: policy ARNs
    QHash<QString, PolicyEvaluator::Policy> m_policies; // by ARN
    QStringList m_problems;
};

} // namespace Spendscope
