// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxaccount.h"

#include "commandsupport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// `spendscope sandbox [--listen 127.0.0.1:PORT] [--data DIR] [--reset] [--seed N]
// [--scale small|default|large] [--faults SPEC]`: runs the local AWS-compatible account in the
// foreground, prints the shell lines that point the AWS CLI at it, and stops cleanly on SIGINT
// or SIGTERM. Exit codes: 0 after a clean stop, 1 when the account cannot start, 2 on usage
// errors (with a one-line reason on stderr).
class SandboxCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::SandboxCommand)
public:
    using Parsed = CommandSupport::Parsed;

    // `arguments` start with the command name (CommandLine::commandArguments()).
    [[nodiscard]] static Parsed parse(const QStringList &arguments, Sandbox::SandboxAccount::Options *options,
                                      QString *error);
    [[nodiscard]] static QString helpText();
    // Parses, starts the account and runs the event loop; returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);

private:
    [[nodiscard]] static int execute(const Sandbox::SandboxAccount::Options &options);
};

} // namespace Spendscope
