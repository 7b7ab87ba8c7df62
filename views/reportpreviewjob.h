// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportrenderer.h"

#include "analytics/chargebackreport.h"
#include "analytics/costdata.h"
#include "aws/concurrentjob.h"
#include "domain/pricecatalog.h"

#include <QImage>
#include <QList>
#include <QSet>

#include <optional>

namespace Spendscope {

// What a ReportPreviewJob computes (ReportPreviewJob::Result).
struct ReportPreviewResult {
    QList<QDate> months;                    // first days of the months with spend, newest first
    QList<ChargebackReport::Entry> teams;   // billed teams in the period, largest first
    ChargebackReport::Period period;        // the period used
    std::optional<ChargebackReport> report; // nullopt: see error
    QString error;                          // ChargebackReport's message for an invalid period
    ReportRenderer::Options render; // as used for the pages and the PDF
    QList<QImage> pages;
    // The same report as a PDF, rendered here too so that exporting only writes bytes and never
    // paints on the GUI thread (a 50-team year takes about 0.2 s); empty with pdfError set when
    // rendering failed.
    QByteArray pdf;
    int pdfPages = 0;
    QString pdfError;
};

// Computes a chargeback report, paints its page previews and renders its PDF on a worker thread, reporting on the
// thread that owns the job, so the Reports page never scans the cubes or paints pages on the GUI
// thread. It also finds what the page's settings offer: the months with spend and every billed
// team's amount in the period. The task works on its own copies of the data and the catalog, so
// cancel() and deleting the job are safe at any time; a cancelled task's result is dropped.
class ReportPreviewJob final : public ConcurrentJob<ReportPreviewResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewJob)
public:
    struct Request {
        // Invalid start: the newest complete month with spend (else the newest month).
        ChargebackReport::Period period;
        ChargebackReport::GroupBy groupBy = ChargebackReport::GroupBy::Team;
        QSet<QString> excludedTeams; // the other billed teams get sections
        ReportRenderer::Options render;
        QDateTime lastSync;
        int pageWidth = 600; // preview pixels
    };

    using Result = ReportPreviewResult;

    ReportPreviewJob(CostData data, PriceCatalog catalog, Request request, QObject *parent = nullptr);
    ~ReportPreviewJob() override;

    // The team selection that ChargebackReport::Options::teams takes: empty when nothing is
    // excluded, else the billed teams that are not excluded.
    [[nodiscard]] static QStringList selection(const QList<ChargebackReport::Entry> &teams, const QSet<QString> &excluded);
    // The work of the job, on the calling thread.
    [[nodiscard]] static Result compute(const CostData &data, const PriceCatalog &catalog, const Request &request);

    [[nodiscard]] const Request &request() const { return m_request; }

protected:
    void run() override;

private:
    CostData m_data;
    PriceCatalog m_catalog;
    Request m_request;
};

} // namespace Spendscope
