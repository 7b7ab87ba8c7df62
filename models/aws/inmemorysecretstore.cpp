// SPDX-License-Identifier: GPL-3.0-or-later
#include "inmemorysecretstore.h"

namespace Spendscope {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

InMemorySecretStore::~InMemorySecretStore() = default;

void InMemorySecretStore::execute(SecretJob *job)
{
    ++m_executedJobs;
    if (m_failure.isError()) {
        fail(job, m_failure);
        return;
    }
    switch (job->operation()) {
    case SecretJob::Operation::Read: {
        const auto it = m_secrets.constFind(job->key());
        if (it == m_secrets.cend())
            fail(job, notFound(job->key()));
        else
            succeed(job, it.value());
        return;
    }
    case SecretJob::Operation::Write:
        m_secrets.insert(job->key(), payload(job));
        succeed(job);
        return;
    case SecretJob::Operation::Delete:
        m_secrets.remove(job->key());
        succeed(job);
        return;
    }
}

} // namespace Spendscope
