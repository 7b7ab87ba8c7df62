// SPDX-License-Identifier: GPL-3.0-or-later
// The cost cube on 4M deterministic daily usage rows: build time and peak memory at 1M and 4M
// rows, median query latency for the queries bench/run also sends to DuckDB, and how long the
// event loop of the main thread is blocked while the same queries run through CubeQueryJob.
// Writes the rows once as CSV for the DuckDB side. Prints `key=value` lines for bench/run.
//
//   bench_cube --out-dir DIR [--rows N] [--small-rows N] [--runs N] [--project NAME]
//
// The CSV is DIR/usage-v<generator version>-<rows>.csv; its path is printed as `csv=`.
#include "analytics/costcube.h"
#include "analytics/cubequeryjob.h"

#include "benchrandom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Bench::Random;

namespace {

// The generated organisation. Changing anything here changes the rows: bump the version, which is
// part of the CSV's file name, so a stale CSV is never reused.
constexpr int GeneratorVersion = 1;
constexpr quint64 Seed = 0x5eed'2026'0004ULL;
constexpr int TeamCount = 40;
constexpr int ProjectCount = 300;
constexpr int ModelCount = 40;
const QDate FirstDay(2025, 10, 1);
const QDate EndDay(2026, 11, 1); // exclusive: 13 months, 396 days

// Draws an index with the given relative weights (cumulative table, binary search).
class Weighted final
{
public:
    explicit Weighted(const std::vector<double> &weights)
    {
        double sum = 0;
        for (const double w : weights)
            m_cumulative.push_back(sum += w);
        for (double &c : m_cumulative)
            c /= sum;
    }
    int draw(Random &random) const
    {
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), random.uniform());
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

std::vector<double> zipf(int n, double exponent)
{
    std::vector<double> weights;
    for (int i = 1; i <= n; ++i)
        weights.push_back(1.0 / std::pow(double(i), exponent));
    return weights;
}

// One generated row as indices into the name tables; turned into a CostCube::Row or a CSV line.
struct CompactRow {
    quint16 day; // offset from FirstDay
    quint16 project;
    quint8 team;
    quint8 model;
    quint8 tokenType;
    quint8 tier;
    quint8 region;
    qint64 costNanos;
    qint64 quantityNanos;
};

class Generator final
{
public:
    Generator()
        : m_random(Seed)
        , m_projects(zipf(ProjectCount, 1.1))
        , m_models(zipf(ModelCount, 1.2))
        , m_tokenTypes({45, 35, 15, 5})
        , m_tiers({80, 15, 5})
        , m_regions({50, 20, 12, 8, 6, 4})
        , m_days(dayWeights())
    {
        static const std::array<const char *, 6> providers = {"anthropic", "meta", "mistral", "amazon", "openai", "cohere"};
        static const std::array<const char *, 4> tokenTypes = {"input", "output", "cache-read", "cache-write"};
        static const std::array<const char *, 3> tiers = {"standard", "priority", "flex"};
        static const std::array<const char *, 6> regions = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
                                                            "ap-northeast-1", "ap-southeast-2"};
        char buffer[64];
        for (int t = 0; t < TeamCount; ++t) {
            std::snprintf(buffer, sizeof buffer, "team-%02d", t);
            addName(m_teamNames, buffer);
        }
        Random owners(Seed ^ 0x7ea3ULL);
        for (int p = 0; p < ProjectCount; ++p) {
            std::snprintf(buffer, sizeof buffer, "proj-%03d", p);
            addName(m_projectNames, buffer);
            // Big teams own more projects: the owner is drawn with a skew of its own.
            m_projectTeam.push_back(quint8(std::min(TeamCount - 1, int(std::pow(owners.uniform(), 1.6) * TeamCount))));
        }
        for (int m = 0; m < ModelCount; ++m) {
            const int provider = m % int(providers.size());
            std::snprintf(buffer, sizeof buffer, "%s.model-%02d", providers[std::size_t(provider)], m);
            addName(m_modelNames, buffer);
            addName(m_modelProviders, providers[std::size_t(provider)]);
            // $0.0001 .. $0.0151 per 1K input tokens, in nano-dollars.
            m_pricePer1K.push_back(100'000 + qint64(owners.next() % 150) * 100'000);
        }
        for (const char *name : tokenTypes)
            addName(m_tokenTypeNames, name);
        for (const char *name : tiers)
            addName(m_tierNames, name);
        for (const char *name : regions)
            addName(m_regionNames, name);
        for (QDate d = FirstDay; d < EndDay; d = d.addDays(1)) {
            m_dayNames.push_back(d.toString(Qt::ISODate).toStdString());
            m_dayDates.push_back(d);
        }
    }

    CompactRow next()
    {
        CompactRow row;
        row.day = quint16(m_days.draw(m_random));
        row.project = quint16(m_projects.draw(m_random));
        row.team = m_projectTeam[row.project];
        row.model = quint8(m_models.draw(m_random));
        row.tokenType = quint8(m_tokenTypes.draw(m_random));
        row.tier = quint8(m_tiers.draw(m_random));
        row.region = quint8(m_regions.draw(m_random));
        // Thousands of tokens, log-uniform over 1 .. ~3000, exact.
        const auto kiloTokens = qint64(std::exp(m_random.uniform() * 8.0)) + 1;
        static constexpr std::array<std::array<qint64, 2>, 4> typeFactor = {{{1, 1}, {5, 1}, {1, 10}, {5, 4}}};
        static constexpr std::array<std::array<qint64, 2>, 3> tierFactor = {{{1, 1}, {7, 4}, {1, 2}}};
        const auto &tf = typeFactor[row.tokenType];
        const auto &rf = tierFactor[row.tier];
        row.costNanos = kiloTokens * m_pricePer1K[row.model] * tf[0] * rf[0] / (tf[1] * rf[1]);
        row.quantityNanos = kiloTokens * 1'000'000'000;
        return row;
    }

    CostCube::Row cubeRow(const CompactRow &r) const
    {
        return {m_dayDates[r.day],
                m_teamNames[r.team].q,
                m_projectNames[r.project].q,
                m_modelNames[r.model].q,
                m_modelProviders[r.model].q,
                m_tokenTypeNames[r.tokenType].q,
                m_tierNames[r.tier].q,
                m_regionNames[r.region].q,
                Money::fromNanos(r.costNanos),
                Money::fromNanos(r.quantityNanos)};
    }

    void appendCsv(std::string &out, const CompactRow &r) const
    {
        out += m_dayNames[r.day];
        for (const auto *name : {&m_teamNames[r.team], &m_projectNames[r.project], &m_modelNames[r.model],
                                 &m_modelProviders[r.model], &m_tokenTypeNames[r.tokenType], &m_tierNames[r.tier],
                                 &m_regionNames[r.region]}) {
            out += ',';
            out += name->s;
        }
        out += ',';
        out += std::to_string(r.costNanos);
        out += ',';
        out += std::to_string(r.quantityNanos);
        out += '\n';
    }

    static const char *csvHeader()
    {
        return "day,team,project,model,provider,token_type,tier,region,cost_nanos,quantity_nanos\n";
    }

private:
    struct Name {
        std::string s;
        QString q;
    };
    static void addName(std::vector<Name> &names, const char *name)
    {
        names.push_back({name, QString::fromLatin1(name)});
    }
    // Growth over the 13 months (usage triples) and quieter weekends.
    static std::vector<double> dayWeights()
    {
        std::vector<double> weights;
        const auto days = FirstDay.daysTo(EndDay);
        for (qint64 i = 0; i < days; ++i) {
            const int weekday = FirstDay.addDays(i).dayOfWeek();
            weights.push_back((1.0 + 2.0 * double(i) / double(days)) * (weekday >= 6 ? 0.45 : 1.0));
        }
        return weights;
    }

    Random m_random;
    Weighted m_projects;
    Weighted m_models;
    Weighted m_tokenTypes;
    Weighted m_tiers;
    Weighted m_regions;
    Weighted m_days;
    std::vector<Name> m_teamNames, m_projectNames, m_modelNames, m_modelProviders, m_tokenTypeNames, m_tierNames,
        m_regionNames;
    std::vector<quint8> m_projectTeam;
    std::vector<qint64> m_pricePer1K;
    std::vector<std::string> m_dayNames;
    std::vector<QDate> m_dayDates;
};

long statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0), so each cube size gets its own peak.
void resetPeakResident()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

struct Built {
    std::shared_ptr<const CostCube> cube;
    double buildMs = 0; // appending to the builder and build(); generating the rows is not counted
};

// Generates `rows` rows in chunks (so the raw rows never sit in memory all at once) and, when
// `csv` is set, writes them there too.
Built buildCube(qint64 rows, QFile *csv)
{
    Generator generator;
    CostCube::Builder builder;
    builder.reserve(rows);
    std::vector<CompactRow> chunk;
    std::string text;
    if (csv)
        csv->write(Generator::csvHeader());
    Built built;
    qint64 timedNs = 0;
    for (qint64 done = 0; done < rows;) {
        const qint64 n = std::min<qint64>(65536, rows - done);
        chunk.clear();
        for (qint64 i = 0; i < n; ++i)
            chunk.push_back(generator.next());
        if (csv) {
            text.clear();
            for (const CompactRow &r : chunk)
                generator.appendCsv(text, r);
            csv->write(text.data(), qint64(text.size()));
        }
        std::vector<CostCube::Row> cubeRows;
        cubeRows.reserve(chunk.size());
        for (const CompactRow &r : chunk)
            cubeRows.push_back(generator.cubeRow(r));
        QElapsedTimer timer;
        timer.start();
        for (const CostCube::Row &r : cubeRows)
            builder.append(r);
        timedNs += timer.nsecsElapsed();
        done += n;
    }
    QElapsedTimer timer;
    timer.start();
    built.cube = std::make_shared<const CostCube>(builder.build());
    timedNs += timer.nsecsElapsed();
    built.buildMs = double(timedNs) / 1e6;
    return built;
}

struct NamedQuery {
    const char *name;
    CostCube::Query query;
};

QList<NamedQuery> benchQueries(const QString &project)
{
    QList<NamedQuery> queries;
    CostCube::Query teamMonth;
    teamMonth.groupBy = {CostCube::Dimension::Team};
    teamMonth.bucket = CostCube::TimeBucket::Month;
    queries.append({"team_month", teamMonth});
    CostCube::Query modelDay;
    modelDay.groupBy = {CostCube::Dimension::Model};
    modelDay.bucket = CostCube::TimeBucket::Day;
    queries.append({"model_day", modelDay});
    CostCube::Query projectModel;
    projectModel.groupBy = {CostCube::Dimension::Model};
    projectModel.setFilter(CostCube::Dimension::Project, {project});
    queries.append({"project_model", projectModel});
    return queries;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Runs every query `runs` times through CubeQueryJob, one after the other, while a 5 ms timer on
// this (main) thread measures the longest gap between its ticks beyond the 5 ms it asked for.
double guiMaxBlockMs(const std::shared_ptr<const CostCube> &cube, const QList<NamedQuery> &queries, int runs,
                     int *jobCount)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = -1;
    qint64 maxGapNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            maxGapNs = std::max(maxGapNs, now - lastTick);
        lastTick = now;
    });

    int next = 0;
    const int total = int(queries.size()) * runs;
    std::function<void()> startNext = [&] {
        if (next == total) {
            // A few more ticks, so a block at the very end is seen too.
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            return;
        }
        auto *job = new CubeQueryJob(cube, queries.at(next % queries.size()).query);
        ++next;
        QObject::connect(job, &Job::finished, &loop, [job, &startNext] {
            const CostCube::Result result = job->takeResult(); // delivered and dropped here, as a view would
            Q_UNUSED(result)
            startNext();
        });
        job->start();
    };
    ticker.start();
    QTimer::singleShot(20, &loop, [&] { startNext(); });
    loop.exec();
    *jobCount = total;
    return std::max<double>(0, double(maxGapNs) / 1e6 - 5.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"rows of the big cube"_s, u"n"_s, u"4000000"_s);
    const QCommandLineOption smallRowsOption(u"small-rows"_s, u"rows of the small cube (0: none)"_s, u"n"_s,
                                             u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"timed runs per query"_s, u"n"_s, u"15"_s);
    const QCommandLineOption outDirOption(u"out-dir"_s, u"folder for the CSV of the big cube's rows"_s, u"dir"_s);
    const QCommandLineOption projectOption(u"project"_s, u"project of the filtered query"_s, u"name"_s,
                                           u"proj-017"_s);
    parser.addOptions({rowsOption, smallRowsOption, runsOption, outDirOption, projectOption});
    parser.process(app);
    const qint64 rows = std::max<qint64>(1, parser.value(rowsOption).toLongLong());
    const qint64 smallRows = std::max<qint64>(0, parser.value(smallRowsOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::printf("generator_version=%d seed=%llu rows=%lld\n", GeneratorVersion, static_cast<unsigned long long>(Seed),
                rows);
    std::printf("baseline_rss_mib=%.1f\n", double(statusKiB("VmRSS")) / 1024);
    if (smallRows > 0) {
        resetPeakResident();
        const Built small = buildCube(smallRows, nullptr);
        std::printf("cube_build rows=%lld build_ms=%.0f peak_rss_mib=%.1f\n", smallRows, small.buildMs,
                    double(statusKiB("VmHWM")) / 1024);
    }
    std::fflush(stdout);

    // The CSV is written next to the build of the big cube and only when missing; a partial file
    // never survives (written under a temporary name, renamed at the end).
    if (!parser.isSet(outDirOption)) {
        std::fprintf(stderr, "bench_cube: --out-dir DIR is required\n");
        return 2;
    }
    const QDir outDir(parser.value(outDirOption));
    const QString csvPath = outDir.filePath(u"usage-v%1-%2.csv"_s.arg(GeneratorVersion).arg(rows));
    std::unique_ptr<QFile> csv;
    if (!QFileInfo::exists(csvPath)) {
        QDir().mkpath(outDir.path());
        QFile::remove(csvPath + u".part"_s);
        csv = std::make_unique<QFile>(csvPath + u".part"_s);
        if (!csv->open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_cube: cannot write %s\n", qPrintable(csv->fileName()));
            return 1;
        }
    }
    resetPeakResident();
    const Built big = buildCube(rows, csv.get());
    std::printf("cube_build rows=%lld build_ms=%.0f peak_rss_mib=%.1f\n", rows, big.buildMs,
                double(statusKiB("VmHWM")) / 1024);
    if (csv) {
        csv->close();
        if (csv->error() != QFileDevice::NoError || !QFile::rename(csv->fileName(), csvPath)) {
            std::fprintf(stderr, "bench_cube: writing %s failed\n", qPrintable(csvPath));
            return 1;
        }
    }
    std::printf("csv=%s csv_written=%s\n", qPrintable(csvPath), csv ? "yes" : "no");
    std::fflush(stdout);

    const QList<NamedQuery> queries = benchQueries(parser.value(projectOption));
    double slowestSyncMs = 0;
    for (const NamedQuery &q : queries) {
        CostCube::Result result = big.cube->query(q.query); // warm-up, and the numbers to compare
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const CostCube::Result timed = big.cube->query(q.query);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (timed.rows.size() != result.rows.size() || timed.totalCost != result.totalCost) {
                std::fprintf(stderr, "bench_cube: %s is not deterministic\n", q.name);
                return 1;
            }
        }
        slowestSyncMs = std::max(slowestSyncMs, *std::max_element(ms.begin(), ms.end()));
        std::printf("query=%s engine=cube runs=%d median_ms=%.2f min_ms=%.2f groups=%lld total_nanos=%lld\n", q.name,
                    runs, median(ms), *std::min_element(ms.begin(), ms.end()), qint64(result.rows.size()),
                    result.totalCost.nanos());
        std::fflush(stdout);
    }

    int jobs = 0;
    const double blockMs = guiMaxBlockMs(big.cube, queries, runs, &jobs);
    std::printf("gui_max_block_ms=%.1f jobs=%d sync_on_gui_thread_would_block_ms=%.1f\n", blockMs, jobs,
                slowestSyncMs);
    return 0;
}
