// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Spendscope {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            run();
    });
}

void Job::cancel()
{
    if (m_finished)
        return;
    abort();
    emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, QString()));
}

void Job::emitResult()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

void Job::emitResult(const AwsError &error)
{
    if (m_finished)
        return;
    m_error = error;
    emitResult();
}

} // namespace Spendscope
