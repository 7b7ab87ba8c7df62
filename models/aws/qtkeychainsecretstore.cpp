// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtkeychainsecretstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QString defaultService()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? u"Spendscope"_s : name;
}

const char *operationName(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Read:
        return "read";
    case SecretJob::Operation::Write:
        return "write";
    case SecretJob::Operation::Delete:
        return "delete";
    }
    return "?";
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QObject *parent)
    : QtKeychainSecretStore(QString(), parent)
{
}

QtKeychainSecretStore::QtKeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service.isEmpty() ? defaultService() : service)
{
}

QtKeychainSecretStore::~QtKeychainSecretStore() = default;

void QtKeychainSecretStore::execute(SecretJob *job)
{
    // The QtKeychain job lives on its own (auto-delete) and is never deleted by us: its backends
    // keep raw pointers to it in pending callbacks, so it must be left to finish even after we
    // have given up on it. Connections use `job` as context and die with it.
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(payload(job));
        keychainJob = write;
        break;
    }
    case SecretJob::Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setKey(job->key());
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);

    connect(keychainJob, &QKeychain::Job::finished, job, [job, timer](QKeychain::Job *done) {
        timer->stop();
        const QKeychain::Error error = done->error();
        qCDebug(lcKeychain) << "keychain" << operationName(job->operation()) << "of" << job->key()
                            << "ended with QKeychain error" << int(error);
        switch (error) {
        case QKeychain::NoError:
            if (job->operation() == SecretJob::Operation::Read)
                succeed(job, static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData());
            else
                succeed(job);
            return;
        case QKeychain::EntryNotFound:
            // Deleting what is not there leaves the keychain as the caller wanted it.
            if (job->operation() == SecretJob::Operation::Delete)
                succeed(job);
            else
                fail(job, notFound(job->key()));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::OtherError:
            // Without a session bus or secret service QtKeychain says OtherError, not
            // NoBackendAvailable (a locked or missing "login" collection also ends here).
            fail(job, keychainUnavailable(done->errorString()));
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            fail(job, keychainAccessDenied(done->errorString()));
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::NotImplemented:
            break;
        }
        fail(job, keychainFailed(done->errorString()));
    });

    const std::chrono::milliseconds timeout = m_timeout;
    connect(timer, &QTimer::timeout, job, [job, keychainJob, timeout] {
        // keychainJob is still pending, so it is alive; stop listening to it.
        QObject::disconnect(keychainJob, nullptr, job, nullptr);
        qCWarning(lcKeychain) << "keychain" << operationName(job->operation()) << "of" << job->key()
                              << "timed out after" << timeout.count() << "ms";
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
        //: the end of "The system keychain is not available: ..."
        fail(job, keychainUnavailable(tr("it did not answer within %n second(s)", nullptr,
                                         int(qMax<qint64>(1, seconds)))));
    });

    keychainJob->start();
    timer->start();
}

} // namespace Spendscope
