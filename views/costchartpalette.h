// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

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

    // The light or dark chart theme that matches `palette`, on the palette's base colour. Resets
    // series colours: call it before (re)building the series.
    static void applyTheme(QChart *chart, const QPalette &palette);
};

} // namespace Spendscope
