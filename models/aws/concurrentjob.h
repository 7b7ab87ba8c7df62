// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"

#include <QFutureWatcher>
#include <QThreadPool>

#include <utility>

namespace Spendscope {

// A Job that runs one pure computation on a QThreadPool (QtConcurrent) and reports on the thread
// that owns the job, so scans of the cost cubes never block the GUI thread. A subclass keeps its
// inputs and its synchronous compute(), and its run() starts a callable that owns copies of
// everything it reads on pool() and hands the future to watch():
//
//     watch(QtConcurrent::run(pool(), [data = m_data] { return compute(data); }));
//
// With only copies inside (shared, immutable cubes; copied queries) the task never reaches back
// into the job, so cancel() and deleting the job are safe at any time. A running task is not
// interrupted; after cancel() it ends on its own and its result is dropped with the future.
// An invalid, cancelled or empty future finishes with a Cancelled error.
//
// No Q_OBJECT here (moc cannot process templates): the signals live in Job, and the watcher is
// connected to a lambda. Subclasses declare Q_OBJECT as usual.
template<typename Result>
class ConcurrentJob : public Job
{
public:
    ~ConcurrentJob() override = default; // the watcher only observes; it neither waits nor touches the task

    // The pool the task runs on; nullptr (the default) is QThreadPool::globalInstance(). The pool
    // must outlive the running task; set it before start().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    [[nodiscard]] QThreadPool *threadPool() const { return m_pool; }

    // Valid after a successful finish; empty otherwise.
    [[nodiscard]] const Result &result() const { return m_result; }
    // Moves the result out (e.g. into a model) and leaves an empty one behind.
    [[nodiscard]] Result takeResult() { return std::exchange(m_result, Result()); }

protected:
    explicit ConcurrentJob(QObject *parent = nullptr)
        : Job(parent)
        , m_watcher(this) // a child, so that moveToThread() takes it along
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { onComputed(); });
    }

    // The pool to run the task on (QtConcurrent stays out of this header, and so out of every
    // target that includes it).
    [[nodiscard]] QThreadPool *pool() const { return m_pool ? m_pool : QThreadPool::globalInstance(); }
    // Reports the task's result through complete(), or a Cancelled error.
    void watch(const QFuture<Result> &future) { m_watcher.setFuture(future); }

    void abort() override
    {
        // Stops the watcher from reporting; the running task ends by itself and its result is
        // released with the future's shared state.
        QObject::disconnect(&m_watcher, nullptr, this, nullptr);
        m_watcher.setFuture(QFuture<Result>());
    }

    // Called once with the task's result; stores it and ends the job. Override to turn a result
    // into an error or to keep it elsewhere (then call emitResult() yourself).
    virtual void complete(Result &&result)
    {
        m_result = std::move(result);
        emitResult();
    }

private:
    void onComputed()
    {
        if (isFinished())
            return;
        QFuture<Result> future = m_watcher.future();
        if (!future.isValid() || future.isCanceled() || future.resultCount() == 0) {
            emitResult(AwsError(AwsError::Kind::Cancelled, QStringLiteral("Cancelled"), QString()));
            return;
        }
        complete(future.takeResult());
    }

    Result m_result{};
    QThreadPool *m_pool = nullptr;
    QFutureWatcher<Result> m_watcher;
};

} // namespace Spendscope
