// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Spendscope::Test {

// What a finished child process left: its exit code (-1 when it crashed, did not start or ran
// out of time) and what it printed.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray standardOutput;
    QString standardError;
};

// Runs `program` with `arguments` in `environment` to its end; a process still running after
// `timeoutMs` is killed.
[[nodiscard]] ProcessRun runProcess(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                                    int timeoutMs = 300000);

} // namespace Spendscope::Test
