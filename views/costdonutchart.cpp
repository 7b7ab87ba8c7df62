// SPDX-License-Identifier: GPL-3.0-or-later
#include "costdonutchart.h"

#include "costchartpalette.h"

#include "items/costchartmodel.h"

#include <QCursor>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

#include <algorithm>

namespace Spendscope {

CostDonutChart::CostDonutChart(CostChartModel *model, QWidget *parent)
    : QChartView(CostChartPalette::newChart(Qt::AlignRight), parent)
    , m_model(model)
{
    QChart *chart = this->chart();
    CostChartPalette::applyTheme(chart, palette());
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CostDonutChart::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CostDonutChart::rebuild);
    rebuild();
}

CostDonutChart::~CostDonutChart() = default;

void CostDonutChart::rebuild()
{
    chart()->removeAllSeries();
    m_series = new QPieSeries;
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.9);
    const QLocale locale;
    const double total = m_model->total().toDouble();
    int named = 0;
    if (m_model->rowCount() > 0) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const double value = m_model->index(0, column).data().toDouble();
            // Bedrock model ids start with the provider ("anthropic.claude-…"); the legend drops it
            // to leave room for the name, the tooltip keeps the full id.
            QString name = m_model->headerData(column, Qt::Horizontal).toString();
            const qsizetype dot = name.indexOf(u'.');
            if (dot > 0 && dot + 1 < name.size() && !m_model->isOther(column))
                name = name.mid(dot + 1);
            const double share = total > 0 ? value / total * 100.0 : 0.0;
            //: A legend entry: the share of the range's cost and the model, e.g. "12.5% nova-pro"
            auto *slice = new QPieSlice(tr("%1% %2").arg(locale.toString(share, 'f', 1), name), value);
            QColor colour;
            if (m_model->isUntagged(column))
                colour = CostChartPalette::untagged();
            else if (m_model->isOther(column))
                colour = CostChartPalette::other();
            else
                colour = CostChartPalette::series(named++);
            slice->setColor(colour);
            slice->setBorderColor(palette().base().color());
            connect(slice, &QPieSlice::hovered, this, [this, slice, column](bool state) {
                slice->setExploded(state);
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QString text = m_model->index(0, column).data(CostChartModel::ToolTipTextRole).toString();
                QToolTip::showText(QCursor::pos(), text + u'\n' + tr("Click to drill down."), this);
            });
            connect(slice, &QPieSlice::clicked, this, [this, column] { Q_EMIT sliceClicked(column); });
            m_series->append(slice);
        }
    }
    chart()->addSeries(m_series);
    updateLegendWidth();
    chart()->legend()->setVisible(m_series->count() > 0);
}

void CostDonutChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLegendWidth();
}

void CostDonutChart::updateLegendWidth()
{
    // Qt Charts elides a side legend's labels early; ask for the width the longest one needs,
    // up to about 60% of the chart, so that model names stay readable.
    QLegend *legend = chart()->legend();
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    if (m_series) {
        for (const QPieSlice *slice : m_series->slices())
            widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    }
    legend->setMinimumWidth(std::min<qreal>(widest + 5 * metrics.height(), width() * 0.62));
}

void CostDonutChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        CostChartPalette::applyTheme(chart(), palette());
        QFont small = chart()->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        chart()->legend()->setFont(small);
        rebuild();
    }
}

} // namespace Spendscope
