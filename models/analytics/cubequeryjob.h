// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "aws/concurrentjob.h"

#include <memory>

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
class CubeQueryJob final : public ConcurrentJob<CostCube::Result>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CubeQueryJob)
public:
    CubeQueryJob(std::shared_ptr<const CostCube> cube, CostCube::Query query, QObject *parent = nullptr);
    ~CubeQueryJob() override;

    // setThreadPool(), result() and takeResult() come from ConcurrentJob.
    [[nodiscard]] const CostCube::Query &query() const { return m_query; }

protected:
    void run() override;

private:
    std::shared_ptr<const CostCube> m_cube;
    CostCube::Query m_query;
};

} // namespace Spendscope
