// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdio>

class QCommandLineParser;
class QProcessEnvironment;
class QUrl;

namespace Spendscope {

// What every command shares: the front of option parsing (long options also with one dash, a
// help option, no positional arguments), the option table of the help text, and printing lines.
class CommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CommandSupport)
public:
    enum class Parsed {
        Run,
        Help,
        UsageError,
    };

    // Parses `arguments` (starting with the command name) with `options`; Run means the caller
    // reads the values from `parser` next.
    [[nodiscard]] static Parsed parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QCommandLineOption &help, const QStringList &arguments, QString *error);
    // Qt's option table for `options`, without its "Usage:" line.
    [[nodiscard]] static QString optionTable(const QList<QCommandLineOption> &options);
    static void printLine(FILE *stream, const QString &line);
    // The name of the cost cache a command uses when no --cache is given: the --profile, else one
    // per --endpoint-url (a sandbox's data never mixes with an AWS account's), else AWS_PROFILE or
    // "default". `spendscope sync` and `spendscope report` share it, so a report reads what the
    // sync with the same options wrote.
    [[nodiscard]] static QString cacheName(const QString &profile, const QUrl &endpointUrl,
                                           const QProcessEnvironment &environment);
};

} // namespace Spendscope
