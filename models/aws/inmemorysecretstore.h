// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QHash>
#include <QStringList>

namespace Spendscope {

// A SecretStore in memory, for tests and for sessions that must not persist anything. Jobs end
// from the event loop like real keychain jobs. setFailure() makes every job fail with an error, to
// test how callers cope with a missing keychain.
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)
public:
    explicit InMemorySecretStore(QObject *parent = nullptr);
    ~InMemorySecretStore() override;

    // Direct access for test set-up and inspection.
    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }
    [[nodiscard]] QByteArray value(const QString &key) const { return m_secrets.value(key); }
    void insert(const QString &key, const QByteArray &secret) { m_secrets.insert(key, secret); }
    [[nodiscard]] QStringList keys() const { return m_secrets.keys(); }
    void clear() { m_secrets.clear(); }

    // Every following job fails with error (none when error is AwsError()).
    void setFailure(const AwsError &error) { m_failure = error; }
    // How many jobs were executed, to check that callers do not read more than needed.
    [[nodiscard]] int executedJobs() const { return m_executedJobs; }

protected:
    void execute(SecretJob *job) override;

private:
    QHash<QString, QByteArray> m_secrets;
    AwsError m_failure;
    int m_executedJobs = 0;
};

} // namespace Spendscope
