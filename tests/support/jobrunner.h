// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/job.h"

#include <QSignalSpy>
#include <QtGlobal>

#include <memory>

namespace Spendscope::Test {

// Starts a job, waits (event loop running) until it finished or `timeoutMs` passed, and hands it
// back owned, so tests read result() and error() after finished().
template<typename SomeJob>
std::unique_ptr<SomeJob> runJob(SomeJob *job, int timeoutMs = 60000)
{
    job->setAutoDelete(false);
    std::unique_ptr<SomeJob> owned(job);
    QSignalSpy finished(job, &Spendscope::Job::finished);
    job->start();
    if (!owned->isFinished() && !finished.wait(timeoutMs))
        qWarning("job timed out");
    return owned;
}

} // namespace Spendscope::Test

// Runs `call` into `var` and fails the current test function unless it succeeded.
#define SPENDSCOPE_RUN_OK(var, call)                                                                                   \
    auto var = Spendscope::Test::runJob(call);                                                                         \
    QVERIFY2(var->isFinished() && !var->hasError(), qPrintable(QStringLiteral(#call ": ") + var->errorString()))
