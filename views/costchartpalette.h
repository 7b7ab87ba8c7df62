// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <Qt>

class QChart;
class QPalette;

namespace Spendscope {

// Series colours shared by the Costs page's charts, so a team or model keeps its colour from one
// chart to the next within a result: distinct hues for named series, grey for untagged spend and a
// lighter grey for "Other", which read as "not attributed" and "the rest" at a glance.
class CostChartPalette final
{
public:
    [[nodiscard]] static QColor series(int index);
    [[nodiscard]] static QColor untagged();
    [[nodiscard]] static QColor other();
    [[nodiscard]] static QColor forecast();

    // A new chart set up as every Spendscope chart is: no animation (snapshots and exports never
    // catch a frame mid-way), tight margins, square corners, the legend at `legendAlignment`.
    // For QChartView's constructor: QChartView(parent) would make a chart that setChart() orphans.
    [[nodiscard]] static QChart *newChart(Qt::Alignment legendAlignment = Qt::AlignBottom);

    // The light or dark chart theme that matches `palette`, on the palette's base colour. Resets
    // series colours: call it before (re)building the series.
    static void applyTheme(QChart *chart, const QPalette &palette);
};

} // namespace Spendscope
