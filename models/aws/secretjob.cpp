// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretjob.h"

#include "secretstore.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

SecretJob::SecretJob(SecretStore *store, Operation operation, QString key, QByteArray payload)
    : Job(nullptr)
    , m_store(store)
    , m_operation(operation)
    , m_key(std::move(key))
    , m_secret(std::move(payload))
{
}

SecretJob::~SecretJob() = default;

bool SecretJob::isNotFound() const
{
    return error().kind() == AwsError::Kind::NotFound && error().code() == SecretStore::NotFoundCode;
}

void SecretJob::run()
{
    if (!m_store) {
        emitResult(SecretStore::keychainUnavailable(tr("the secret store was closed")));
        return;
    }
    if (m_key.isEmpty()) {
        emitResult(AwsError::invalidInput(tr("A secret needs a non-empty key.")));
        return;
    }
    m_store->execute(this);
}

void SecretJob::abort()
{
    if (m_store)
        m_store->abandon(this);
    m_secret.clear();
}

} // namespace Spendscope
