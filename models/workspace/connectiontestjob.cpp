// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestjob.h"

#include "aws/awstransport.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

ConnectionTestJob::ConnectionTestJob(AwsTransport *transport, const EndpointConfig &config, QObject *parent)
    : Job(parent)
    , m_transport(transport)
    , m_sts(transport, config)
    , m_mantle(transport, config)
{
}

ConnectionTestJob::~ConnectionTestJob()
{
    if (m_current)
        m_current->disconnect(this);
}

AwsError ConnectionTestJob::explain(const AwsError &error, const QString &step, const QString &endpoint)
{
    QString message;
    switch (error.kind()) {
    case AwsError::Kind::Authentication:
        message = tr("AWS did not accept these credentials (%1). Check the access key id and the secret, or create new keys.")
                      .arg(error.code().isEmpty() ? error.message() : error.code());
        break;
    case AwsError::Kind::AccessDenied:
        //: %1 is an IAM action such as bedrock-mantle:ListProjects
        message = tr("The credentials work, but are not allowed to call %1. Ask for an IAM policy that allows it.").arg(step);
        break;
    case AwsError::Kind::Network:
    case AwsError::Kind::Timeout:
        message = tr("%1 cannot be reached. Check the network connection, the region and the endpoint.").arg(endpoint);
        break;
    case AwsError::Kind::Credentials:
        return error; // already says which credentials are missing, or that the keychain is not there
    default:
        message = tr("%1 failed: %2").arg(step, error.toString());
        break;
    }
    return AwsError(error.kind(), error.code(), message, error.httpStatus());
}

void ConnectionTestJob::run()
{
    if (!m_transport->credentials().hasKeys()) {
        listProjects();
        return;
    }
    auto *job = m_sts.getCallerIdentity();
    m_current = job;
    connect(job, &Job::finished, this, [this, job] {
        m_current = nullptr;
        if (job->hasError()) {
            emitResult(explain(job->error(), u"sts:GetCallerIdentity"_s, m_sts.endpoint().url.host()));
            return;
        }
        m_result.account = job->result().account;
        m_result.arn = job->result().arn;
        listProjects();
    });
    job->start();
}

void ConnectionTestJob::listProjects()
{
    auto *job = m_mantle.listProjects();
    m_current = job;
    connect(job, &Job::finished, this, [this, job] {
        m_current = nullptr;
        if (job->hasError()) {
            emitResult(explain(job->error(), u"bedrock-mantle:ListProjects"_s, m_mantle.endpoint().url.host()));
            return;
        }
        m_result.projectCount = int(job->result().size());
        emitResult();
    });
    job->start();
}

void ConnectionTestJob::abort()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

} // namespace Spendscope
