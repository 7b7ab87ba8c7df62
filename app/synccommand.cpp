// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "commandsupport.h"
#include "signalwatcher.h"

#include "aws/awstransport.h"
#include "aws/endpoints.h"
#include "aws/resolvecredentialsjob.h"
#include "store/costcache.h"
#include "store/syncjob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

struct CommandOptions
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, SyncCommand::tr("Show this help.")};
    CommandSupport::AccountOptions account{
        {SyncCommand::tr("Use the AWS profile NAME (as the AWS CLI does)."),
         SyncCommand::tr("Send every request to URL, e.g. a sandbox account's."),
         SyncCommand::tr("Keep the cache in FILE instead of the profile's cache in the data folder.")},
        CommandSupport::AccountOptions::ProfileAndEndpoint::Combinable};
    QCommandLineOption region{u"region"_s, SyncCommand::tr("The AWS region of the Bedrock projects."), u"R"_s};
    QCommandLineOption json{u"json"_s, SyncCommand::tr("Print the result as one JSON object.")};
    QCommandLineOption months{u"months"_s,
                              SyncCommand::tr("Calendar months of history, the current one included (default 13)."),
                              u"N"_s};
    QCommandLineOption dailyDays{u"daily-days"_s,
                                 SyncCommand::tr("Days of daily detail, rounded out to whole months (default 90)."),
                                 u"N"_s};

    [[nodiscard]] QList<QCommandLineOption> list() const
    {
        return {help, account.profile, account.endpointUrl, region, json, account.cache, months, dailyDays,
                account.projectTag, account.teamTag};
    }
};


QJsonObject reportJson(const SyncReport &report, const QString &cacheFile)
{
    QJsonObject months;
    for (auto it = report.monthTotals.cbegin(); it != report.monthTotals.cend(); ++it)
        months.insert(it.key().toString(u"yyyy-MM"_s), it.value().toString());
    return QJsonObject{{u"requests"_s, report.costExplorerRequests},
                       {u"api_cost_usd"_s, report.apiCost.toString()},
                       {u"other_requests"_s, report.otherRequests},
                       {u"rows"_s, report.rowsInCache},
                       {u"rows_written"_s, report.rowsWritten},
                       {u"periods_written"_s, report.periodsWritten},
                       {u"periods_confirmed"_s, report.periodsConfirmed},
                       {u"periods_finalised"_s, report.periodsFinalised},
                       {u"elapsed_ms"_s, report.elapsedMs},
                       {u"months"_s, months},
                       {u"services"_s, QJsonArray::fromStringList(report.services)},
                       {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
                       {u"cache"_s, cacheFile}};
}

void printReport(const SyncReport &report, const QString &cacheFile)
{
    for (auto it = report.monthTotals.cbegin(); it != report.monthTotals.cend(); ++it)
        CommandSupport::printLine(stdout, SyncCommand::tr("%1  USD %2").arg(it.key().toString(u"yyyy-MM"_s), it.value().toString()));
    CommandSupport::printLine(stdout, SyncCommand::tr("Cost Explorer requests: %1 (USD %2); other requests: %3.")
                          .arg(report.costExplorerRequests)
                          .arg(report.apiCost.toString(2))
                          .arg(report.otherRequests));
    CommandSupport::printLine(stdout, SyncCommand::tr("%1 rows written, %2 rows cached in %3; %4 ms.")
                          .arg(report.rowsWritten)
                          .arg(report.rowsInCache)
                          .arg(cacheFile)
                          .arg(report.elapsedMs));
}

} // namespace

SyncCommand::Parsed SyncCommand::parse(const QStringList &arguments, Options *options, QString *error)
{
    const CommandOptions o;
    QCommandLineParser parser;
    if (const Parsed front = CommandSupport::parse(parser, o.list(), o.help, arguments, error); front != Parsed::Run)
        return front;
    if (!o.account.read(parser, &options->account, &options->settings, error))
        return Parsed::UsageError;
    options->region = parser.value(o.region);
    options->json = parser.isSet(o.json);
    auto number = [&](const QCommandLineOption &option, int *target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        if (!ok) {
            *error = tr("--%1 needs a whole number, not “%2”.").arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        return true;
    };
    if (!number(o.months, &options->settings.historyMonths) || !number(o.dailyDays, &options->settings.dailyDays))
        return Parsed::UsageError;
    if (const QString problem = options->settings.validate(); !problem.isEmpty()) {
        *error = problem;
        return Parsed::UsageError;
    }
    return Parsed::Run;
}

QString SyncCommand::helpText()
{
    return CommandSupport::helpText(
        tr("Usage: spendscope sync [options]\n\n"
           "Brings the local cost cache up to date from Cost Explorer (monthly history, daily recent\n"
           "window, only what is missing or not final), with the Bedrock projects, the cost allocation\n"
           "tag status and the budgets. Cost Explorer bills USD 0.01 per request; the count is printed.\n"
           "Credentials come from the environment and the AWS config files, as for the AWS CLI.\n\n"),
        CommandOptions().list());
}

int SyncCommand::run(const QStringList &arguments)
{
    return CommandSupport::run(u"sync"_s, arguments, &parse, &helpText, &execute);
}

int SyncCommand::execute(const Options &options)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    CostCache cache;
    const QString cacheFile = options.account.cachePath(environment);
    const CostCache::OpenResult opened = cache.open(cacheFile);
    if (!opened.ok) {
        CommandSupport::printError(u"sync"_s, opened.error);
        return 1;
    }
    if (opened.recreated)
        CommandSupport::printLine(stderr, opened.notice);

    int exitCode = 1;
    QNetworkAccessManager network;
    AwsTransport transport(&network);
    SignalWatcher watcher({SIGINT, SIGTERM});
    QPointer<Job> running;
    QObject::connect(&watcher, &SignalWatcher::signalReceived, QCoreApplication::instance(), [&running](int) {
        if (running)
            running->cancel();
    });

    auto fail = [&](const QString &reason, const SyncReport *report) {
        if (options.json) {
            QJsonObject object = report ? reportJson(*report, cacheFile) : QJsonObject{{u"cache"_s, cacheFile}};
            object.insert(u"error"_s, reason);
            CommandSupport::printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        }
        CommandSupport::printError(u"sync"_s, reason);
        exitCode = 1;
        QCoreApplication::quit();
    };

    CredentialChainSettings chain;
    chain.profile = options.account.profile;
    chain.region = options.region;
    chain.environment = environment;
    // Parented to the transport so that jobs still queued for deletion go when the command ends.
    auto *resolve = new ResolveCredentialsJob(chain, &transport);
    running = resolve;
    QObject::connect(resolve, &Job::finished, QCoreApplication::instance(), [&, resolve] {
        if (resolve->hasError()) {
            fail(resolve->errorString(), nullptr);
            return;
        }
        transport.setCredentials(resolve->credentials());
        EndpointConfig config = endpointConfigFromEnvironment(environment, resolve->region());
        if (!options.account.endpointUrl.isEmpty()) {
            // As in the AWS CLI, --endpoint-url wins over every configured endpoint.
            config.endpointUrl = options.account.endpointUrl;
            config.serviceUrls.clear();
        }
        auto *sync = new SyncJob(&transport, config, &cache, options.settings, &transport);
        running = sync;
        if (!options.json) {
            QObject::connect(sync, &SyncJob::stepChanged, QCoreApplication::instance(),
                             [](const QString &step) { CommandSupport::printLine(stderr, step); });
        }
        QObject::connect(sync, &Job::finished, QCoreApplication::instance(), [&, sync] {
            for (const QString &warning : sync->report().warnings)
                CommandSupport::printLine(stderr, tr("warning: %1").arg(warning));
            if (sync->hasError()) {
                fail(sync->errorString(), &sync->report());
                return;
            }
            if (options.json)
                CommandSupport::printLine(stdout, QString::fromUtf8(QJsonDocument(reportJson(sync->report(), cacheFile))
                                                        .toJson(QJsonDocument::Compact)));
            else
                printReport(sync->report(), cacheFile);
            exitCode = 0;
            QCoreApplication::quit();
        });
        sync->start();
    });
    resolve->start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Spendscope
