// SPDX-License-Identifier: GPL-3.0-or-later
// Chargeback report generation for a 12-month, 50-team report (DESIGN §8): the median time of
// ChargebackReport::compute and of ReportRenderer::renderPdf (to a QBuffer) over N runs, on cost
// data generated in process. The sandbox generator stops at 16 teams, so the cubes are built from
// rows generated here, the way bench_cube does it: 50 teams owning 8 projects each, 2–3 catalog
// models per project, input and output tokens priced from the built-in catalog, monthly rows
// before FirstDailyDay and daily rows from then on (as a sync stores them), plus untagged and
// default-project spend.
//
// Usage: bench_report [--runs N] [--pdf FILE]     --pdf: also write the PDF once to FILE
// Prints: report teams=T team_sections=S projects=P cube_rows=R period=... report_rows=N pages=P pdf_bytes=B
//         runs=N compute_median_ms=C compute_min_ms=.. render_median_ms=R render_min_ms=..
#include "reportrenderer.h"

#include "analytics/chargebackreport.h"
#include "analytics/costdata.h"
#include "domain/pricecatalog.h"
#include "domain/usagetype.h"

#include <QBuffer>
#include "benchrandom.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Bench::Random;

namespace {

constexpr quint64 Seed = 0x5eed'2026'0050ULL;
constexpr int TeamCount = 50;
constexpr int ProjectsPerTeam = 8;
const QDate FirstMonth(2025, 10, 1);
const QDate FirstDailyDay(2026, 6, 1);
const QDate LastDay(2026, 11, 26);
// The report: 12 whole months, November 2025 to October 2026 (monthly, then daily data).
const auto PeriodText = u"2025-11-01..2026-10-31"_s;

// One project's steady use of one model: thousands of tokens a day, per token type.
struct Workload {
    QString team;    // owner now (project cube) and the team tag as billed (team cube)
    QString project; // empty: untagged
    const ModelPrice *model = nullptr;
    qint64 inputKiloPerDay = 0;
    qint64 outputKiloPerDay = 0;
};

void appendRows(CostCube::Builder &teams, CostCube::Builder &projects, const Workload &w, QDate day, int days,
                qint64 *rows)
{
    // 2% growth a month, in whole 1K-token units so that every amount stays exact.
    const qint64 months = FirstMonth.daysTo(day) / 30;
    const auto scaled = [&](qint64 perDay) { return perDay * days * (100 + 2 * months) / 100; };
    CostCube::Row row;
    row.day = day;
    row.model = w.model->modelId;
    row.provider = w.model->provider;
    row.tier = u"standard"_s;
    row.region = w.model->region;
    const std::pair<UsageType::TokenType, qint64> lines[] = {
        {UsageType::TokenType::Input, scaled(w.inputKiloPerDay)},
        {UsageType::TokenType::Output, scaled(w.outputKiloPerDay)},
    };
    for (const auto &[type, kilo] : lines) {
        row.tokenType = UsageType::tokenTypeName(type);
        row.quantity = Money::fromUnits(kilo);
        row.cost = PriceCatalog::cost(type == UsageType::TokenType::Input ? w.model->inputPerMillion
                                                                           : w.model->outputPerMillion,
                                      kilo * 1000);
        row.team = w.team;
        row.project.clear();
        teams.append(row);
        row.project = w.project;
        projects.append(row);
        *rows += 2;
    }
}

CostData generate(const PriceCatalog &catalog, qint64 *rows, int *projectCount)
{
    QList<const ModelPrice *> models;
    for (const ModelPrice &price : catalog.models())
        models.append(&price);
    Random random(Seed);
    QList<Workload> workloads;
    char buffer[32];
    for (int t = 0; t < TeamCount; ++t) {
        std::snprintf(buffer, sizeof buffer, "team-%02d", t);
        const QString team = QString::fromLatin1(buffer);
        for (int p = 0; p < ProjectsPerTeam; ++p) {
            std::snprintf(buffer, sizeof buffer, "proj-%03d", t * ProjectsPerTeam + p);
            const QString project = QString::fromLatin1(buffer);
            const int modelCount = 2 + random.bounded(2);
            const int first = random.bounded(int(models.size()));
            // Lower-numbered teams call more; what they spend also depends on their models' prices.
            const qint64 size = 200 + qint64(TeamCount - t) * 40 + random.bounded(400);
            for (int m = 0; m < modelCount; ++m) {
                workloads.append({team, project, models.at((first + m * 7) % models.size()),
                                  size * (1 + random.bounded(20)), size * (1 + random.bounded(5))});
            }
        }
    }
    *projectCount = TeamCount * ProjectsPerTeam;
    // Unattributed spend: the default project and calls without a project tag.
    workloads.append({QString(), u"default"_s, models.first(), 9000, 2000});
    workloads.append({QString(), QString(), models.last(), 4000, 1000});

    CostCube::Builder teams;
    CostCube::Builder projects;
    *rows = 0;
    for (QDate month = FirstMonth; month < FirstDailyDay; month = month.addMonths(1)) {
        for (const Workload &w : std::as_const(workloads))
            appendRows(teams, projects, w, month, month.daysInMonth(), rows);
    }
    for (QDate day = FirstDailyDay; day <= LastDay; day = day.addDays(1)) {
        for (const Workload &w : std::as_const(workloads))
            appendRows(teams, projects, w, day, 1, rows);
    }
    CostData data;
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.projectTagKey = u"Project"_s;
    data.teamTagKey = u"Team"_s;
    data.firstDailyDay = FirstDailyDay;
    data.lastDay = LastDay;
    return data;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // QPainter text needs a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs of each step."_s, u"N"_s, u"5"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, u"Also write the PDF once to FILE."_s, u"FILE"_s);
    parser.addOptions({runsOption, pdfOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const PriceCatalog &catalog = PriceCatalog::builtIn();
    qint64 cubeRows = 0;
    int projectCount = 0;
    const CostData data = generate(catalog, &cubeRows, &projectCount);

    QString error;
    const std::optional<ChargebackReport::Period> period = ChargebackReport::Period::parse(PeriodText, &error);
    if (!period) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    ChargebackReport::Options options;
    options.period = *period;
    options.catalog = &catalog;
    options.generated = QDateTime(LastDay.addDays(1), QTime(9, 0), Qt::UTC);
    options.lastSync = options.generated;

    QList<double> computeMs;
    std::optional<ChargebackReport> report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        report = ChargebackReport::compute(data, options, &error);
        computeMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!report) {
            std::fprintf(stderr, "bench_report: compute failed: %s\n", qPrintable(error));
            return 1;
        }
    }

    ReportRenderer::Options renderOptions;
    renderOptions.account = u"bench"_s;
    renderOptions.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QList<double> renderMs;
    int pages = 0;
    QByteArray pdf;
    for (int i = 0; i < runs; ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        const bool written = ReportRenderer::renderPdf(*report, renderOptions, &buffer, &error, &pages);
        renderMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!written) {
            std::fprintf(stderr, "bench_report: renderPdf failed: %s\n", qPrintable(error));
            return 1;
        }
        pdf = buffer.data();
    }
    if (parser.isSet(pdfOption)) {
        QFile file(parser.value(pdfOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }

    // The table rows the report holds: groups, each team's projects and models, the comparison.
    // Team sections: the 50 teams and untagged spend.
    qsizetype reportRows = report->groups.size() + report->comparison.size();
    for (const ChargebackReport::TeamSection &section : std::as_const(report->teams))
        reportRows += section.projects.size() + section.models.size();
    std::printf("report teams=%d team_sections=%lld projects=%d cube_rows=%lld period=%s total=%s report_rows=%lld pages=%d "
                "pdf_bytes=%lld runs=%d compute_median_ms=%.1f compute_min_ms=%.1f render_median_ms=%.1f "
                "render_min_ms=%.1f\n",
                TeamCount, static_cast<long long>(report->teams.size()), projectCount, static_cast<long long>(cubeRows),
                qPrintable(PeriodText), qPrintable(report->total.toString()), static_cast<long long>(reportRows),
                pages, static_cast<long long>(pdf.size()), runs, median(computeMs),
                *std::min_element(computeMs.begin(), computeMs.end()), median(renderMs),
                *std::min_element(renderMs.begin(), renderMs.end()));
    return 0;
}
