// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/chargebackreport.h"
#include "store/syncsettings.h"

#include "commandsupport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// `spendscope report --period YYYY-MM|YYYY-MM-DD..YYYY-MM-DD --group-by team|project|model
// --format pdf|csv --output FILE [--profile NAME | --endpoint-url URL] [--cache FILE]
// [--project-tag KEY] [--team-tag KEY] [--sync]`: writes the chargeback report of a period from the
// cost cache that `spendscope sync` keeps (the same cache for the same profile or endpoint), without
// a GUI; with --sync it runs `spendscope sync` on that cache first, else it sends no request. Exit codes: 0 ok, 1 failure (one line on stderr), 2 usage error.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ReportCommand)
public:
    enum class Format { Csv, Pdf };

    struct Options
    {
        ChargebackReport::Period period;
        ChargebackReport::GroupBy groupBy = ChargebackReport::GroupBy::Team;
        Format format = Format::Csv;
        QString output;
        CommandSupport::Account account;
        SyncSettings settings;
        bool sync = false;
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
