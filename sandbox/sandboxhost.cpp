// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "sandboxlogging.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

SandboxHost::SandboxHost(SandboxAccount::Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(u"sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start()
{
    if (m_thread.isRunning())
        return;
    // The context object lives in the worker thread: lambdas queued to it run there, so the
    // account (its database connection and sockets) is created, used and deleted in that thread.
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();

    QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(
        m_context,
        [this, self, options = m_options] {
            auto account = std::make_unique<SandboxAccount>(options);
            QString reason;
            const bool ok = account->start(&reason);
            const SandboxAccount::Connection connection = account->connection();
            if (ok)
                m_account = account.release(); // only touched in this thread
            QMetaObject::invokeMethod(
                this,
                [self, ok, reason, connection] {
                    if (!self)
                        return;
                    if (ok) {
                        // No secrets here: the account id and URL only.
                        qCInfo(lcSandbox).noquote() << "sandbox account" << connection.accountId << "listening on"
                                                    << connection.endpointUrl.toString();
                        self->m_connection = connection;
                        self->m_running = true;
                        Q_EMIT self->started();
                    } else {
                        Q_EMIT self->failed(reason);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_account;
            m_account = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    // The thread has ended, so its context can be deleted from here.
    delete m_context;
    m_context = nullptr;
    m_running = false;
}

} // namespace Spendscope::Sandbox
