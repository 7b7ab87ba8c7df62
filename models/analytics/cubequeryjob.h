// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "aws/job.h"

#include <QFutureWatcher>

#include <memory>

class QThreadPool;

namespace Spendscope {

// Runs one CostCube::query() on a worker thread and reports back on the thread that owns the job,
// so regrouping millions of rows never blocks the GUI thread.
//
// The worker task owns everything it reads: its own reference to the cube (the shared_ptr keeps
// the cube alive even if every other owner lets go) and its own copy of the query. cancel() and
// deleting the job are therefore safe at any time: a query that is still running finishes on its
// own and its result is dropped; finished() (with a Cancelled error after cancel()) comes once.
// A running scan is not interrupted, so a cancelled query still occupies its pool thread until
// it ends.
class CubeQueryJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CubeQueryJob)
public:
    CubeQueryJob(std::shared_ptr<const CostCube> cube, CostCube::Query query, QObject *parent = nullptr);
    ~CubeQueryJob() override;

    // The pool the query runs on; nullptr (the default) is QThreadPool::globalInstance(). The pool
    // must outlive the running query; set it before start().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    [[nodiscard]] QThreadPool *threadPool() const { return m_pool; }

    [[nodiscard]] const CostCube::Query &query() const { return m_query; }
    // Valid after a successful finish; empty otherwise.
    [[nodiscard]] const CostCube::Result &result() const { return m_result; }
    // Moves the result out (e.g. into a model) and leaves an empty one behind.
    [[nodiscard]] CostCube::Result takeResult();

protected:
    void run() override;
    void abort() override;

private:
    void onQueryFinished();

    std::shared_ptr<const CostCube> m_cube;
    CostCube::Query m_query;
    CostCube::Result m_result;
    QThreadPool *m_pool = nullptr;
    QFutureWatcher<CostCube::Result> m_watcher;
};

} // namespace Spendscope
