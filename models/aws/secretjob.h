// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"

#include <QByteArray>
#include <QPointer>
#include <QString>

namespace Spendscope {

class SecretStore;

// One read, write or delete in a SecretStore. Created by SecretStore::readSecret() and friends;
// follows the Job shape (start() is deferred, finished() comes exactly once).
//
// A read of a key that holds nothing fails with isNotFound() (AwsError::Kind::NotFound, code
// "SecretNotFound"), which callers usually treat as "not configured" rather than as a problem.
// Deleting a key that holds nothing succeeds.
class SecretJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)
public:
    enum class Operation { Read, Write, Delete };

    ~SecretJob() override;

    [[nodiscard]] Operation operation() const { return m_operation; }
    [[nodiscard]] const QString &key() const { return m_key; }
    // The secret that was read; empty for writes and deletes and after a failure.
    [[nodiscard]] const QByteArray &secret() const { return m_secret; }
    [[nodiscard]] bool isNotFound() const;

protected:
    void run() override;
    void abort() override;

private:
    friend class SecretStore;

    SecretJob(SecretStore *store, Operation operation, QString key, QByteArray payload);

    QPointer<SecretStore> m_store;
    Operation m_operation;
    QString m_key;
    QByteArray m_secret; // the payload of a write until it is handed over, the result of a read
};

} // namespace Spendscope
