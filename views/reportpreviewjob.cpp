// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreviewjob.h"

#include <QBuffer>
#include <QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Spendscope {

ReportPreviewJob::ReportPreviewJob(CostData data, PriceCatalog catalog, Request request, QObject *parent)
    : ConcurrentJob(parent)
    , m_data(std::move(data))
    , m_catalog(std::move(catalog))
    , m_request(std::move(request))
{
}

ReportPreviewJob::~ReportPreviewJob() = default;

QStringList ReportPreviewJob::selection(const QList<ChargebackReport::Entry> &teams, const QSet<QString> &excluded)
{
    QStringList selected;
    bool excludesOne = false;
    for (const ChargebackReport::Entry &team : teams) {
        if (excluded.contains(team.name))
            excludesOne = true;
        else
            selected.append(team.name);
    }
    return excludesOne ? selected : QStringList();
}

ReportPreviewJob::Result ReportPreviewJob::compute(const CostData &data, const PriceCatalog &catalog, const Request &request)
{
    Result result;
    CostCube::Query byMonth;
    byMonth.bucket = CostCube::TimeBucket::Month;
    for (const CostCube::ResultRow &row : data.byTeam->query(byMonth).rows) {
        if (!row.cost.isZero())
            result.months.prepend(row.bucketStart);
    }
    result.period = request.period;
    if (!result.period.start.isValid()) {
        // A chargeback is usually for the last whole month: skip a month still running.
        QDate month = result.months.value(0);
        if (result.months.size() > 1 && data.lastDay.isValid() && data.lastDay.addDays(1).day() != 1)
            month = result.months.at(1);
        if (!month.isValid())
            return result;
        result.period = {month, month.addMonths(1)};
    }

    if (result.period.start.isValid() && result.period.end > result.period.start) {
        CostCube::Query teams;
        teams.groupBy = {CostCube::Dimension::Team};
        teams.start = result.period.start;
        teams.end = result.period.end;
        const CostCube::Result billed = data.byTeam->query(teams);
        for (const CostCube::ResultRow &row : billed.rows)
            result.teams.append({row.keys.constFirst(), row.cost, row.cost.ratioTo(billed.totalCost)});
        std::sort(result.teams.begin(), result.teams.end(), [](const auto &a, const auto &b) {
            return a.amount != b.amount ? a.amount > b.amount : a.name < b.name;
        });
    }

    ChargebackReport::Options options;
    options.period = result.period;
    options.groupBy = request.groupBy;
    options.catalog = &catalog;
    options.lastSync = request.lastSync;
    options.teams = selection(result.teams, request.excludedTeams);
    result.report = ChargebackReport::compute(data, options, &result.error);
    result.render = request.render;
    if (result.report) {
        ReportRenderer::Options &render = result.render;
        // Every team excluded: no team has a section, which the renderer says by leaving them out.
        if (!result.teams.isEmpty() && options.teams.isEmpty() && !request.excludedTeams.isEmpty()
            && std::all_of(result.teams.cbegin(), result.teams.cend(),
                           [&](const auto &team) { return request.excludedTeams.contains(team.name); }))
            render.sections.setFlag(ReportRenderer::Section::TeamSections, false);
        result.pages = ReportRenderer::renderPages(*result.report, render, request.pageWidth);
        QBuffer buffer(&result.pdf);
        buffer.open(QIODevice::WriteOnly);
        if (!ReportRenderer::renderPdf(*result.report, render, &buffer, &result.pdfError, &result.pdfPages))
            result.pdf.clear();
    }
    return result;
}

void ReportPreviewJob::run()
{
    // Captured by value: the task never reaches back into the job, which may be gone by then.
    watch(QtConcurrent::run(pool(), [data = m_data, catalog = m_catalog, request = m_request] {
        return compute(data, catalog, request);
    }));
}

} // namespace Spendscope
