// SPDX-License-Identifier: GPL-3.0-or-later
#include "costchartpalette.h"

#include "theme.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>

#include <array>

namespace Spendscope {

QColor CostChartPalette::series(int index)
{
    // Ten hues that stay apart for common colour-vision deficiencies and on light and dark charts.
    static constexpr std::array<QRgb, 10> colours = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                                     0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x2f4b7c};
    return QColor::fromRgb(colours[std::size_t(index) % colours.size()]);
}

QColor CostChartPalette::untagged()
{
    return QColor::fromRgb(0x8c8c8c);
}

QColor CostChartPalette::other()
{
    return QColor::fromRgb(0xc9c9c9);
}

QColor CostChartPalette::forecast()
{
    return QColor::fromRgb(0x4e79a7);
}

QChart *CostChartPalette::newChart(Qt::Alignment legendAlignment)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(legendAlignment);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

void CostChartPalette::applyTheme(QChart *chart, const QPalette &palette)
{
    chart->setTheme(Theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.text().color());
}

} // namespace Spendscope
