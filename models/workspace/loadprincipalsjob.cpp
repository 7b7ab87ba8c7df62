// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadprincipalsjob.h"

#include "domain/policydocument.h"

namespace Spendscope {

LoadPrincipalsJob::LoadPrincipalsJob(AwsTransport *transport, const EndpointConfig &config, QObject *parent)
    : Job(parent)
    , m_iam(transport, config)
{
}

LoadPrincipalsJob::~LoadPrincipalsJob()
{
    // The request in flight is not ours to delete, but it must not outlive the read it belongs to.
    abort();
}

template<typename Result>
void LoadPrincipalsJob::await(ApiJob<Result> *job, std::function<void(Result &&)> onSuccess)
{
    m_current = job;
    connect(job, &Job::finished, this, [this, job, onSuccess = std::move(onSuccess)] {
        m_current = nullptr;
        if (isFinished())
            return;
        if (job->hasError()) {
            emitResult(job->error());
            return;
        }
        onSuccess(job->takeResult());
        next();
    });
    job->start();
}

void LoadPrincipalsJob::run()
{
    using Kind = AccessMatrixModel::Principal::Kind;
    auto add = [this](Kind kind, const QString &name, const QString &arn) {
        m_principals.append(AccessMatrixModel::Principal{kind, name, arn, {}});
        m_attached.append(QStringList());
    };
    m_steps = {
        [this, add] { await<QList<IamRole>>(m_iam.listRoles(), [add](QList<IamRole> &&roles) {
            for (const IamRole &r : roles)
                add(Kind::Role, r.name, r.arn);
        }); },
        [this, add] { await<QList<IamUser>>(m_iam.listUsers(), [add](QList<IamUser> &&users) {
            for (const IamUser &u : users)
                add(Kind::User, u.name, u.arn);
        }); },
        [this, add] { await<QList<IamGroup>>(m_iam.listGroups(), [add](QList<IamGroup> &&groups) {
            for (const IamGroup &g : groups)
                add(Kind::Group, g.name, g.arn);
        }); },
        // Once the principals are known: their attachments, then each policy once.
        [this] {
            for (qsizetype i = 0; i < m_principals.size(); ++i) {
                m_steps.append([this, i] {
                    const AccessMatrixModel::Principal &p = m_principals.at(i);
                    ApiJob<QList<IamAttachedPolicy>> *job = p.kind == Kind::Role ? m_iam.listAttachedRolePolicies(p.name)
                        : p.kind == Kind::User ? m_iam.listAttachedUserPolicies(p.name)
                                               : m_iam.listAttachedGroupPolicies(p.name);
                    await<QList<IamAttachedPolicy>>(job, [this, i](QList<IamAttachedPolicy> &&attached) {
                        for (const IamAttachedPolicy &a : attached) {
                            m_attached[i].append(a.arn);
                            if (!m_policies.contains(a.arn)) {
                                m_policies.insert(a.arn, PolicyEvaluator::Policy{a.name, {}});
                                m_steps.append([this, arn = a.arn] { readPolicy(arn); });
                            }
                        }
                    });
                });
            }
            next();
        },
    };
    next();
}

void LoadPrincipalsJob::readPolicy(const QString &arn)
{
    await<IamPolicy>(m_iam.getPolicy(arn), [this, arn](IamPolicy &&policy) {
        m_steps.prepend([this, arn, version = policy.defaultVersionId] {
            await<IamPolicyVersion>(m_iam.getPolicyVersion(arn, version), [this, arn](IamPolicyVersion &&v) {
                PolicyDocument::ParseError error;
                if (std::optional<PolicyDocument> document = PolicyDocument::fromJson(v.document, &error)) {
                    m_policies[arn].document = std::move(*document);
                } else {
                    //: %1 is a policy name, %2 the reason
                    m_problems.append(tr("The policy “%1” was left out: %2").arg(m_policies.value(arn).name, error.reason));
                    m_policies.remove(arn);
                }
            });
        });
    });
}

void LoadPrincipalsJob::next()
{
    if (isFinished())
        return;
    if (m_steps.isEmpty()) {
        assemble();
        return;
    }
    m_steps.takeFirst()();
}

void LoadPrincipalsJob::assemble()
{
    for (qsizetype i = 0; i < m_principals.size(); ++i) {
        for (const QString &arn : std::as_const(m_attached.at(i))) {
            if (const auto it = m_policies.constFind(arn); it != m_policies.cend())
                m_principals[i].policies.append(*it);
        }
    }
    emitResult();
}

void LoadPrincipalsJob::abort()
{
    m_steps.clear();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

} // namespace Spendscope
