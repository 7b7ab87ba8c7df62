// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "analytics/chargebackcsv.h"
#include "analytics/costdataloader.h"
#include "domain/pricecatalog.h"
#include "store/costcache.h"

#include "reportrenderer.h"
#include "synccommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcessEnvironment>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

struct CommandOptions
{
    QCommandLineOption help{{u"h"_s, u"help"_s}, ReportCommand::tr("Show this help.")};
    QCommandLineOption period{u"period"_s,
                              ReportCommand::tr("The period: a month (2026-10) or a day range, both days included "
                                                "(2026-10-01..2026-10-15)."),
                              u"PERIOD"_s};
    QCommandLineOption groupBy{u"group-by"_s, ReportCommand::tr("Group the spend by team, project or model."),
                               u"GROUP"_s};
    QCommandLineOption format{u"format"_s, ReportCommand::tr("The output format: pdf or csv."), u"FORMAT"_s};
    QCommandLineOption output{u"output"_s, ReportCommand::tr("Write the report to FILE."), u"FILE"_s};
    CommandSupport::AccountOptions account{
        {ReportCommand::tr("Report from the cache of the AWS profile NAME."),
         ReportCommand::tr("Report from the cache synced from URL, e.g. a sandbox account's."),
         ReportCommand::tr("Read the cache in FILE instead of the profile's cache in the data folder.")},
        CommandSupport::AccountOptions::ProfileAndEndpoint::Exclusive};
    QCommandLineOption sync{u"sync"_s, ReportCommand::tr("Bring the cache up to date first, as “spendscope sync” does.")};

    [[nodiscard]] QList<QCommandLineOption> list() const
    {
        return {help, period, groupBy, format, output, account.profile, account.endpointUrl, account.cache,
                account.projectTag, account.teamTag, sync};
    }
};


} // namespace

ReportCommand::Parsed ReportCommand::parse(const QStringList &arguments, Options *options, QString *error)
{
    const CommandOptions o;
    QCommandLineParser parser;
    if (const Parsed front = CommandSupport::parse(parser, o.list(), o.help, arguments, error); front != Parsed::Run)
        return front;
    auto required = [&](const QCommandLineOption &option) {
        if (parser.isSet(option) && !parser.value(option).trimmed().isEmpty())
            return true;
        *error = tr("--%1 is required.").arg(option.names().constFirst());
        return false;
    };
    if (!required(o.period) || !required(o.groupBy) || !required(o.format) || !required(o.output))
        return Parsed::UsageError;

    QString periodError;
    const std::optional<ChargebackReport::Period> period =
        ChargebackReport::Period::parse(parser.value(o.period), &periodError);
    if (!period) {
        *error = tr("--period: %1").arg(periodError);
        return Parsed::UsageError;
    }
    options->period = *period;
    const std::optional<ChargebackReport::GroupBy> groupBy = ChargebackReport::parseGroupBy(parser.value(o.groupBy));
    if (!groupBy) {
        *error = tr("--group-by must be team, project or model, not “%1”.").arg(parser.value(o.groupBy));
        return Parsed::UsageError;
    }
    options->groupBy = *groupBy;
    if (parser.value(o.format) == u"csv") {
        options->format = Format::Csv;
    } else if (parser.value(o.format) == u"pdf") {
        options->format = Format::Pdf;
    } else {
        *error = tr("--format must be pdf or csv, not “%1”.").arg(parser.value(o.format));
        return Parsed::UsageError;
    }
    options->output = parser.value(o.output);

    if (!o.account.read(parser, &options->account, &options->settings, error))
        return Parsed::UsageError;
    options->sync = parser.isSet(o.sync);
    if (const QString problem = options->settings.validate(); !problem.isEmpty()) {
        *error = problem;
        return Parsed::UsageError;
    }
    return Parsed::Run;
}

QString ReportCommand::helpText()
{
    return CommandSupport::helpText(
        tr("Usage: spendscope report --period PERIOD --group-by GROUP --format FORMAT --output FILE [options]\n\n"
           "Writes the chargeback report of a period from the local cost cache (run “spendscope sync”\n"
           "first): a PDF with a summary, spend by group, a section per team, a model comparison and\n"
           "unattributed spend, or a CSV with one row per group (exact amounts) and the total. No\n"
           "request is sent to AWS unless --sync is given.\n\n"),
        CommandOptions().list());
}

int ReportCommand::run(const QStringList &arguments)
{
    return CommandSupport::run(u"report"_s, arguments, &parse, &helpText, &execute);
}

int ReportCommand::execute(const Options &options)
{
    auto fail = [](const QString &reason) {
        CommandSupport::printError(u"report"_s, reason);
        return 1;
    };

    const QString cacheFile = options.account.cachePath(QProcessEnvironment::systemEnvironment());
    if (options.sync) {
        // The sync command prints its own progress and, on failure, its one-line reason.
        QStringList syncArguments = {u"spendscope sync"_s, u"--cache"_s, cacheFile, u"--project-tag"_s,
                                     options.settings.projectTagKey, u"--team-tag"_s, options.settings.teamTagKey};
        if (!options.account.profile.isEmpty())
            syncArguments << u"--profile"_s << options.account.profile;
        if (!options.account.endpointUrl.isEmpty())
            syncArguments << u"--endpoint-url"_s << options.account.endpointUrl.toString();
        if (SyncCommand::run(syncArguments) != 0)
            return 1;
    }
    // Opening creates a missing cache; a report must not leave an empty one behind.
    if (!QFileInfo::exists(cacheFile))
        return fail(tr("there is no cost cache at %1; run “spendscope sync” first.").arg(cacheFile));
    CostCache cache;
    const CostCache::OpenResult opened = cache.open(cacheFile);
    if (!opened.ok)
        return fail(opened.error);
    if (opened.recreated)
        return fail(opened.notice);

    const PriceCatalog &catalog = PriceCatalog::builtIn();
    QString loadError;
    const std::optional<CostData> data = CostDataLoader::load(cache, options.settings, catalog, &loadError);
    if (!data)
        return fail(loadError);
    if (!data->lastDay.isValid())
        return fail(tr("the cost cache at %1 holds no cost data; run “spendscope sync” first.").arg(cacheFile));

    ChargebackReport::Options reportOptions;
    reportOptions.period = options.period;
    reportOptions.groupBy = options.groupBy;
    reportOptions.catalog = &catalog;
    const QList<CostCache::SyncRecord> log = cache.syncLog();
    for (const CostCache::SyncRecord &record : log) {
        if (record.finishedAt.isValid() && (!reportOptions.lastSync.isValid() || record.finishedAt > reportOptions.lastSync))
            reportOptions.lastSync = record.finishedAt;
    }
    QString reportError;
    const std::optional<ChargebackReport> report = ChargebackReport::compute(*data, reportOptions, &reportError);
    if (!report)
        return fail(reportError);

    if (options.format == Format::Pdf) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(tr("PDF output needs a QGuiApplication."));
        ReportRenderer::Options renderOptions;
        renderOptions.account =
            options.account.profile.isEmpty() ? options.account.endpointUrl.toString() : options.account.profile;
        // Written next to the target and renamed, so a failed run never leaves half a PDF.
        QSaveFile file(options.output);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(options.output, file.errorString()));
        QString renderError;
        if (!ReportRenderer::renderPdf(*report, renderOptions, &file, &renderError))
            return fail(renderError);
        if (!file.commit())
            return fail(tr("cannot write %1: %2").arg(options.output, file.errorString()));
        return 0;
    }
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(options.output, file.errorString()));
    file.write(ChargebackCsv::write(*report));
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(options.output, file.errorString()));
    return 0;
}

} // namespace Spendscope
