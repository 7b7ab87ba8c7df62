// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/mantleprojectsclient.h"
#include "api/stsclient.h"
#include "aws/job.h"

#include <QPointer>

namespace Spendscope {

class AwsTransport;

// "Test connection": who am I (STS GetCallerIdentity, skipped for a Bedrock API key alone, which
// STS does not accept) and may I list the Bedrock projects. Each failure ends the job with a
// message that says what to do: keys refused, no permission (naming the missing action), no
// network, or no credentials at all.
class ConnectionTestJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestJob)
public:
    struct Result
    {
        QString account; // empty when STS was skipped
        QString arn;
        int projectCount = 0;
    };

    ConnectionTestJob(AwsTransport *transport, const EndpointConfig &config, QObject *parent = nullptr);
    ~ConnectionTestJob() override;

    [[nodiscard]] const Result &result() const { return m_result; }

    // The message a failed step gives the user; exposed for tests and the dialog.
    [[nodiscard]] static AwsError explain(const AwsError &error, const QString &step, const QString &endpoint);

protected:
    void run() override;
    void abort() override;

private:
    void listProjects();

    AwsTransport *m_transport;
    StsClient m_sts;
    MantleProjectsClient m_mantle;
    QPointer<Job> m_current;
    Result m_result;
};

} // namespace Spendscope
