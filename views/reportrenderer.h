// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/chargebackreport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QString>

namespace Spendscope {

// Renders a ChargebackReport as a vector PDF (QPdfWriter, A4 portrait, 300 dpi) with QPainter
// only: no widgets, so it runs headless under a QGuiApplication on the offscreen platform.
// Sections: cover, executive summary, spend by group (bar chart and table), one section per
// billed team, model comparison, unattributed spend, appendix. Every page has a running header and
// a "Page N of M" footer: the layout runs twice, first to count the pages, then to paint. Tables
// that do not fit continue on the next page with their header row repeated. Amounts are exact
// (Money::format with two decimals), right-aligned.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ReportRenderer)
public:
    struct Options {
        QString account; // the profile or endpoint the data came from
        QLocale locale;
    };

    // Writes the PDF to `device` (open for writing); false with `error` set when nothing could be
    // written. `pages`, if given, receives the page count.
    [[nodiscard]] static bool renderPdf(const ChargebackReport &report, const Options &options, QIODevice *device,
                                        QString *error = nullptr, int *pages = nullptr);
};

} // namespace Spendscope
