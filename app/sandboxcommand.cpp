// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcommand.h"

#include "commandsupport.h"
#include "signalwatcher.h"

#include <QCommandLineParser>

#include <climits>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace Spendscope {

namespace {

struct Options
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, SandboxCommand::tr("Show this help.")};
    QCommandLineOption listen{u"listen"_s,
                              SandboxCommand::tr("Listen on 127.0.0.1:PORT (port 0 or no option: a free port)."),
                              u"127.0.0.1:PORT"_s};
    QCommandLineOption data{u"data"_s,
                            SandboxCommand::tr("Keep the account's state in DIR (default: in memory, gone on exit)."),
                            u"DIR"_s};
    QCommandLineOption reset{u"reset"_s, SandboxCommand::tr("Delete the state kept in --data DIR and start afresh.")};
    QCommandLineOption seed{u"seed"_s,
                            SandboxCommand::tr("Generate the account from seed N (default %1).")
                                .arg(SandboxAccount::DefaultSeed),
                            u"N"_s};
    QCommandLineOption scale{u"scale"_s,
                             SandboxCommand::tr("Usage history size: small, default (about 1M daily rows) or large "
                                                "(about 10M)."),
                             u"small|default|large"_s};
    QCommandLineOption faults{u"faults"_s,
                              SandboxCommand::tr("Inject faults, e.g. throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01 "
                                                 "(optionally per service: ce:throttle=0.3)."),
                              u"SPEC"_s};

    [[nodiscard]] QList<QCommandLineOption> list() const
    {
        return {help, listen, data, reset, seed, scale, faults};
    }
};

} // namespace

SandboxCommand::Parsed SandboxCommand::parse(const QStringList &arguments, SandboxAccount::Options *options,
                                             QString *error)
{
    const Options o;
    QCommandLineParser parser;
    if (const Parsed front = CommandSupport::parse(parser, o.list(), o.help, arguments, error); front != Parsed::Run)
        return front;

    if (parser.isSet(o.listen)) {
        // The sandbox answers with the account's keys: loopback only, never another interface.
        QString value = parser.value(o.listen);
        QString host = u"127.0.0.1"_s;
        if (const qsizetype colon = value.lastIndexOf(u':'); colon >= 0) {
            host = value.left(colon);
            value = value.mid(colon + 1);
        }
        if (host != u"127.0.0.1" && host != u"localhost") {
            *error = tr("The sandbox listens on 127.0.0.1 only; “%1” is not allowed.").arg(host);
            return Parsed::UsageError;
        }
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port > 65535) {
            *error = tr("--listen needs 127.0.0.1:PORT with a port from 0 to 65535, not “%1”.")
                         .arg(parser.value(o.listen));
            return Parsed::UsageError;
        }
        options->port = quint16(port);
    }
    if (parser.isSet(o.data)) {
        options->dataDirectory = parser.value(o.data);
        if (options->dataDirectory.isEmpty()) {
            *error = tr("--data needs a directory.");
            return Parsed::UsageError;
        }
    }
    options->reset = parser.isSet(o.reset);
    if (options->reset && options->dataDirectory.isEmpty()) {
        *error = tr("--reset needs --data DIR; without it the state is in memory and always fresh.");
        return Parsed::UsageError;
    }
    if (parser.isSet(o.seed)) {
        bool ok = false;
        const quint64 seed = parser.value(o.seed).toULongLong(&ok);
        if (!ok) {
            *error = tr("--seed needs a non-negative whole number, not “%1”.").arg(parser.value(o.seed));
            return Parsed::UsageError;
        }
        options->seed = seed;
    }
    if (parser.isSet(o.scale)) {
        const std::optional<Organisation::Scale> scale = Organisation::scaleFromName(parser.value(o.scale));
        if (!scale) {
            *error = tr("--scale must be small, default or large, not “%1”.").arg(parser.value(o.scale));
            return Parsed::UsageError;
        }
        options->scale = scale;
    }
    if (parser.isSet(o.faults)) {
        QString reason;
        std::optional<Sandbox::FaultInjector> faults = Sandbox::FaultInjector::parse(parser.value(o.faults), &reason);
        if (!faults) {
            *error = tr("--faults: %1").arg(reason);
            return Parsed::UsageError;
        }
        options->faults = *faults;
    }
    return Parsed::Run;
}

QString SandboxCommand::helpText()
{
    return CommandSupport::helpText(
        tr("Usage: spendscope sandbox [options]\n\n"
           "Runs a local AWS-compatible account (Cost Explorer, Budgets, IAM, STS and the Bedrock\n"
           "Projects API) on 127.0.0.1 and prints shell lines that point the AWS CLI and SDKs at it.\n"
           "Stop it with Ctrl+C.\n\n"),
        Options().list());
}

int SandboxCommand::run(const QStringList &arguments)
{
    return CommandSupport::run(u"sandbox"_s, arguments, &parse, &helpText, &execute);
}

int SandboxCommand::execute(const SandboxAccount::Options &options)
{
    // Installed before the (possibly long) start, so that a signal then still ends the process
    // cleanly as soon as the event loop runs.
    SignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &SignalWatcher::signalReceived, QCoreApplication::instance(), [](int) {
        CommandSupport::printLine(stderr, tr("Stopping the sandbox."));
        QCoreApplication::quit();
    });

    SandboxAccount account(options);
    QString error;
    if (!account.start(&error)) {
        CommandSupport::printError(u"sandbox"_s, error);
        return 1;
    }
    // Only these lines go to stdout, so that they can be captured or pasted as they are. They
    // carry the account's secret key and API key by design: that is what they are for.
    for (const QString &line : account.shellExports())
        CommandSupport::printLine(stdout, line);
    CommandSupport::printLine(stderr, tr("Sandbox account %1 is listening on %2 (seed %3, %n usage rows). Press Ctrl+C to stop.",
                         nullptr, int(qMin<qsizetype>(account.ledger().rowCount(), INT_MAX)))
                          .arg(account.connection().accountId, account.endpointUrl().toString())
                          .arg(account.seed()));
    return QCoreApplication::exec();
}

} // namespace Spendscope
