// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/chargebackreport.h"

#include <QCoreApplication>
#include <QFlags>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

namespace Spendscope {

// Renders a ChargebackReport as a vector PDF (QPdfWriter, A4 portrait, 300 dpi) with QPainter
// only: no widgets, so it runs headless under a QGuiApplication on the offscreen platform.
// Sections: cover, executive summary, spend by group (bar chart and table), one section per
// billed team (or per team that ChargebackReport::Options::teams selects), model comparison,
// unattributed spend, appendix; Options::sections leaves out any of them but the cover. Every
// page has a running header and a "Page N of M" footer: the layout runs twice, first to count the
// pages, then to paint. Tables that do not fit continue on the next page with their header row
// repeated. Amounts are exact (Money::format with two decimals), right-aligned.
//
// The same layout paints PDF pages or page images (previews): it draws on "the current page" of a
// small sink, so the two can never disagree on where a page breaks.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ReportRenderer)
public:
    // The sections after the cover, which is always there.
    enum class Section {
        Summary = 0x01,
        SpendByGroup = 0x02,
        TeamSections = 0x04,
        ModelComparison = 0x08,
        UnattributedSpend = 0x10,
        Appendix = 0x20,
    };
    Q_DECLARE_FLAGS(Sections, Section)
    static constexpr Sections AllSections = Sections::fromInt(0x3f);

    struct Options {
        QString account; // the profile or endpoint the data came from
        QLocale locale;
        Sections sections = AllSections;
    };

    // Writes the PDF to `device` (open for writing); false with `error` set when nothing could be
    // written. `pages`, if given, receives the page count.
    [[nodiscard]] static bool renderPdf(const ChargebackReport &report, const Options &options, QIODevice *device,
                                        QString *error = nullptr, int *pages = nullptr);
    // The pages as images `widthPx` wide (the whole A4 sheet, margins included, on white), laid
    // out exactly as renderPdf() lays them out. Safe on any thread: QImage and QPainter only.
    [[nodiscard]] static QList<QImage> renderPages(const ChargebackReport &report, const Options &options, int widthPx);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportRenderer::Sections)

} // namespace Spendscope
