// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/cubequeryjob.h"

#include <QThreadPool>
#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

CubeQueryJob::CubeQueryJob(std::shared_ptr<const CostCube> cube, CostCube::Query query, QObject *parent)
    : Job(parent)
    , m_cube(std::move(cube))
    , m_query(std::move(query))
    , m_watcher(this) // a child, so that moveToThread() takes it along
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CubeQueryJob::onQueryFinished);
}

// The watcher only observes the future; destroying it neither waits for nor touches the task.
CubeQueryJob::~CubeQueryJob() = default;

CostCube::Result CubeQueryJob::takeResult()
{
    return std::exchange(m_result, {});
}

void CubeQueryJob::run()
{
    if (!m_cube) {
        emitResult(AwsError::invalidInput(tr("There is no cost data to query.")));
        return;
    }
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    // Captured by value: the task never reaches back into the job, which may be gone by the time
    // it runs or ends.
    m_watcher.setFuture(QtConcurrent::run(pool, [cube = m_cube, query = m_query] { return cube->query(query); }));
}

void CubeQueryJob::abort()
{
    // Stops the watcher from reporting; the running task ends by itself and its result is
    // released with the future's shared state.
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.setFuture(QFuture<CostCube::Result>());
}

void CubeQueryJob::onQueryFinished()
{
    if (isFinished())
        return;
    QFuture<CostCube::Result> future = m_watcher.future();
    if (!future.isValid() || future.isCanceled() || future.resultCount() == 0) {
        emitResult(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, QString()));
        return;
    }
    m_result = future.takeResult();
    emitResult();
}

} // namespace Spendscope
