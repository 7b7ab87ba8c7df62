// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/syncsettings.h"

#include "commandsupport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// `spendscope sync [--profile NAME | --endpoint-url URL] [--region R] [--json] [--cache FILE]
// [--months N] [--daily-days N] [--project-tag KEY] [--team-tag KEY]`: brings the profile's cost
// cache up to date without a GUI (SyncJob) and prints what it did: requests and their price,
// rows, elapsed time and each month's exact total. With --json one JSON object goes to stdout,
// also when the sync fails (then with "error"). Exit codes: 0 ok, 1 failure, 2 usage error.
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::SyncCommand)
public:
    struct Options
    {
        CommandSupport::Account account;
        QString region;
        bool json = false;
        SyncSettings settings;
    };

    using Parsed = CommandSupport::Parsed;

    // `arguments` start with the command name (CommandLine::commandArguments()).
    [[nodiscard]] static Parsed parse(const QStringList &arguments, Options *options, QString *error);
    [[nodiscard]] static QString helpText();
    [[nodiscard]] static int run(const QStringList &arguments);

private:
    [[nodiscard]] static int execute(const Options &options);
};

} // namespace Spendscope
