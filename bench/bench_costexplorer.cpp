// SPDX-License-Identifier: GPL-3.0-or-later
// Cost Explorer against the sandbox: account start-up time, in-process query latency over the
// ledger, and GetCostAndUsage requests per second through the production client over HTTP on
// 127.0.0.1. Prints a Markdown table row per query for bench/RESULTS.md.
//
//   bench_costexplorer [--scale small|default|large] [--requests N] [--seed N]
#include "api/costexplorerclient.h"
#include "aws/awstransport.h"
#include "costengine.h"
#include "costexplorerhandler.h"
#include "sandboxaccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

long peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

struct Case
{
    const char *name;
    GetCostAndUsageRequest request;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scaleOption(u"scale"_s, u"small, default or large"_s, u"scale"_s, u"default"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"requests per query"_s, u"n"_s, u"50"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"generator seed"_s, u"n"_s, u"42"_s);
    parser.addOptions({scaleOption, requestsOption, seedOption});
    parser.process(app);
    const std::optional<Organisation::Scale> scale = Organisation::scaleFromName(parser.value(scaleOption));
    if (!scale) {
        std::fprintf(stderr, "unknown scale\n");
        return 2;
    }
    const int requests = std::max(1, parser.value(requestsOption).toInt());

    SandboxAccount::Options options;
    options.seed = parser.value(seedOption).toULongLong();
    options.scale = *scale;
    QElapsedTimer startup;
    startup.start();
    SandboxAccount account(options);
    QString error;
    if (!account.start(&error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;
    const Ledger &ledger = account.ledger();
    std::printf("| scale | rows | start-up ms | peak RSS MiB |\n|---|---|---|---|\n");
    std::printf("| %s | %lld | %.0f | %.0f |\n\n", qPrintable(Organisation::scaleName(*scale)),
                qint64(ledger.rowCount()), startupMs, double(peakResidentKiB()) / 1024);

    const Organisation &org = account.organisation();
    const QDate end = org.today.addDays(1);
    QList<Case> cases;
    {
        GetCostAndUsageRequest r;
        r.timePeriod = DateInterval::fromDates(org.firstDay, end);
        r.granularity = Granularity::Monthly;
        r.metrics = {u"UnblendedCost"_s};
        r.groupBy = {GroupDefinition{GroupType::Tag, u"Team"_s}};
        cases.append({"MONTHLY 13 months by TAG Team", r});
        r.groupBy = {GroupDefinition{GroupType::Tag, u"Project"_s}, GroupDefinition{GroupType::Dimension, u"USAGE_TYPE"_s}};
        cases.append({"MONTHLY 13 months by TAG Project x USAGE_TYPE", r});
        r.timePeriod = DateInterval::fromDates(org.today.addDays(-30), end);
        r.granularity = Granularity::Daily;
        r.groupBy = {GroupDefinition{GroupType::Dimension, u"USAGE_TYPE"_s}};
        r.filter = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
        cases.append({"DAILY 30 days by USAGE_TYPE, SERVICE filter", r});
    }

    QNetworkAccessManager network;
    AwsTransport transport(&network);
    AwsCredentials credentials;
    credentials.accessKeyId = account.connection().accessKeyId;
    credentials.secretAccessKey = account.connection().secretAccessKey;
    transport.setCredentials(credentials);
    EndpointConfig config;
    config.endpointUrl = account.endpointUrl();
    CostExplorerClient client(&transport, config);
    const CostEngine engine(ledger, org.costAllocationTags, org.accountId, org.accountName);

    std::printf("| query | engine median ms | pages per answer | answers/s over HTTP | pages/s over HTTP |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const Case &c : cases) {
        // In-process: the engine alone (JSON parsing of the request included).
        CostEngine::Error parseError;
        const std::optional<CostEngine::Query> query
            = CostEngine::parseQuery(CostExplorerClient::toJson(c.request), org.today, &parseError);
        if (!query) {
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(parseError.message));
            return 1;
        }
        std::vector<double> engineMs;
        for (int i = 0; i < std::min(requests, 20); ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto periods = engine.evaluate(*query, org.today);
            engineMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            Q_UNUSED(periods)
        }

        // Over HTTP: all pages of each answer, one request at a time as the app sends them.
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        for (int i = 0; i < requests; ++i) {
            auto *job = client.getCostAndUsage(c.request);
            job->setAutoDelete(false);
            QEventLoop loop;
            QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
            job->start();
            if (!job->isFinished())
                loop.exec();
            if (job->hasError()) {
                std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(job->errorString()));
                delete job;
                return 1;
            }
            pages += job->pageCount();
            delete job;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("| %s | %.1f | %.0f | %.1f | %.1f |\n", c.name, median(engineMs), double(pages) / requests,
                    requests / seconds, pages / seconds);
    }
    return 0;
}
