// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace Spendscope {

// The jobs that belong to one state of their owner, such as the account a page shows: their
// results are delivered with this object as the context, and cancelAll() ends them without
// delivering anything, so that an answer for a state that is gone (another account, an overtaken
// request) never reaches the owner — not even as a "cancelled" error the user did not cause.
class JobScope final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScope)
public:
    explicit JobScope(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~JobScope() override { cancelAll(); }

    // Connects `onFinished` to the job's finished() through this scope and keeps the job.
    template<typename J, typename Slot>
    J *watch(J *job, Slot &&onFinished)
    {
        m_jobs.removeAll(nullptr);
        m_jobs.append(job);
        connect(job, &Job::finished, this, std::forward<Slot>(onFinished));
        return job;
    }

    // True while a job of this scope has not finished.
    [[nodiscard]] bool isBusy() const
    {
        return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const QPointer<Job> &job) { return job && !job->isFinished(); });
    }

    void cancelAll()
    {
        const QList<QPointer<Job>> jobs = std::exchange(m_jobs, {});
        for (const QPointer<Job> &job : jobs) {
            if (!job)
                continue;
            job->disconnect(this);
            if (!job->isFinished())
                job->cancel();
        }
    }

private:
    QList<QPointer<Job>> m_jobs;
};

} // namespace Spendscope
