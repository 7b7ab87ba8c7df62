// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/cubequeryjob.h"

#include <QtConcurrentRun>

#include <utility>

namespace Spendscope {

CubeQueryJob::CubeQueryJob(std::shared_ptr<const CostCube> cube, CostCube::Query query, QObject *parent)
    : ConcurrentJob(parent)
    , m_cube(std::move(cube))
    , m_query(std::move(query))
{
}

CubeQueryJob::~CubeQueryJob() = default;

void CubeQueryJob::run()
{
    if (!m_cube) {
        emitResult(AwsError::invalidInput(tr("There is no cost data to query.")));
        return;
    }
    // Captured by value: the task never reaches back into the job, which may be gone by the time
    // it runs or ends.
    watch(QtConcurrent::run(pool(), [cube = m_cube, query = m_query] { return cube->query(query); }));
}

} // namespace Spendscope
