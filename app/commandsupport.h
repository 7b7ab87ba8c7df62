// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdio>

class QCommandLineParser;
class QProcessEnvironment;

namespace Spendscope {

struct SyncSettings;

// What every command shares: the front of option parsing (long options also with one dash, a
// help option, no positional arguments), the options that name an account and its cost cache,
// the help text with its option table, and printing lines.
class CommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CommandSupport)
public:
    enum class Parsed {
        Run,
        Help,
        UsageError,
    };

    // The account a command works on and the cost cache that holds its data.
    struct Account
    {
        QString profile;
        QUrl endpointUrl;
        QString cacheFile; // --cache; empty: the one cachePath() names

        // --cache, else the cache in the data folder named by cacheName().
        [[nodiscard]] QString cachePath(const QProcessEnvironment &environment) const;
    };

    // --profile, --endpoint-url, --cache, --project-tag and --team-tag, as `spendscope sync` and
    // `spendscope report` share them, so that a report reads what the sync with the same options
    // wrote. Each command words the first three for what it does with them and places all five
    // in its own option list (the order of its help).
    class AccountOptions final
    {
    public:
        struct Help
        {
            QString profile;
            QString endpointUrl;
            QString cache;
        };
        // Sync takes the profile's credentials to any endpoint; a report reads the cache of one
        // of them, so naming both would be ambiguous.
        enum class ProfileAndEndpoint { Combinable, Exclusive };

        AccountOptions(const Help &help, ProfileAndEndpoint profileAndEndpoint);

        // Reads the account and the tag keys (into *settings, which the caller validates once it
        // has read the rest of them); false with the one-line reason in *error.
        [[nodiscard]] bool read(const QCommandLineParser &parser, Account *account, SyncSettings *settings,
                                QString *error) const;

        QCommandLineOption profile;
        QCommandLineOption endpointUrl;
        QCommandLineOption cache;
        QCommandLineOption projectTag;
        QCommandLineOption teamTag;

    private:
        ProfileAndEndpoint m_profileAndEndpoint;
    };

    // Parses `arguments` (starting with the command name) with `options`; Run means the caller
    // reads the values from `parser` next.
    [[nodiscard]] static Parsed parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QCommandLineOption &help, const QStringList &arguments, QString *error);

    // The whole of a command's run(): parses `arguments` with `parse`; prints `helpText()` for
    // --help (exit code 0) or the usage error as one line on stderr (exit code 2); else returns
    // what `execute` returns for the options read.
    template<typename Options>
    [[nodiscard]] static int run(const QString &command, const QStringList &arguments,
                                 Parsed (*parse)(const QStringList &, Options *, QString *), QString (*helpText)(),
                                 int (*execute)(const Options &))
    {
        Options options;
        QString error;
        const Parsed parsed = parse(arguments, &options, &error);
        if (parsed != Parsed::Run)
            return finishWithoutRun(command, parsed, error, helpText);
        return execute(options);
    }

    // A command's --help: `description` (its usage line, what it does, a blank line), then Qt's
    // table of `options`.
    [[nodiscard]] static QString helpText(const QString &description, const QList<QCommandLineOption> &options);
    static void printLine(FILE *stream, const QString &line);
    // "spendscope <command>: <reason>" on stderr: the one line a failing command prints.
    static void printError(const QString &command, const QString &reason);
    // The name of the cost cache a command uses when no --cache is given: the --profile, else one
    // per --endpoint-url (a sandbox's data never mixes with an AWS account's), else AWS_PROFILE or
    // "default". `spendscope sync` and `spendscope report` share it, so a report reads what the
    // sync with the same options wrote.
    [[nodiscard]] static QString cacheName(const QString &profile, const QUrl &endpointUrl,
                                           const QProcessEnvironment &environment);

private:
    // The help (exit code 0) or the usage error (exit code 2) of a command that does not run.
    [[nodiscard]] static int finishWithoutRun(const QString &command, Parsed parsed, const QString &error,
                                              QString (*helpText)());
};

} // namespace Spendscope
