// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcomparisonchart.h"

#include "costchartpalette.h"

#include "items/modelcomparisonmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

ModelComparisonChart::ModelComparisonChart(ModelComparisonModel *model, QWidget *parent)
    : QChartView(CostChartPalette::newChart(Qt::AlignBottom), parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    CostChartPalette::applyTheme(chart(), palette());
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModelComparisonChart::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModelComparisonChart::rebuild);
    rebuild();
}

void ModelComparisonChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_rows.clear();
    const int count = m_model->rowCount();
    if (count == 0) {
        c->setTitle(QString());
        return;
    }
    // The model's rows are cheapest first: keep the cheapest few and every model in use.
    for (int row = 0; row < count; ++row) {
        if (row < CheapestShown || m_model->isSource(row))
            m_rows.append(row);
    }
    // Horizontal bars draw the first category at the bottom; put the cheapest on top.
    std::reverse(m_rows.begin(), m_rows.end());

    const QString currency = m_model->currency();
    auto *others = new QBarSet(tr("Would have cost"));
    auto *used = new QBarSet(tr("Model in use"));
    others->setColor(QColor(0x4e, 0x79, 0xa7));
    used->setColor(QColor(0xf2, 0x8e, 0x2b));
    QStringList categories;
    double maximum = m_model->actualCost().toDouble();
    for (int row : std::as_const(m_rows)) {
        const double cost = m_model->quote(row).cost.toDouble(); // chart geometry only
        const bool source = m_model->isSource(row);
        *others << (source ? 0.0 : cost);
        *used << (source ? cost : 0.0);
        categories.append(m_model->quote(row).name);
        maximum = std::max(maximum, cost);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(others);
    bars->append(used);
    bars->setBarWidth(0.7);
    c->addSeries(bars);

    auto *modelAxis = new QBarCategoryAxis;
    modelAxis->append(categories);
    c->addAxis(modelAxis, Qt::AlignLeft);
    bars->attachAxis(modelAxis);
    auto *costAxis = new QValueAxis;
    costAxis->setRange(0, maximum > 0 ? maximum * 1.05 : 1.0);
    costAxis->applyNiceNumbers();
    costAxis->setLabelFormat(u"%.0f"_s);
    costAxis->setTitleText(currency);
    c->addAxis(costAxis, Qt::AlignBottom);
    bars->attachAxis(costAxis);

    // What was billed, as a vertical line across every bar (on a hidden axis matching the categories).
    const double actual = m_model->actualCost().toDouble();
    auto *billed = new QLineSeries;
    //: %1 the billed amount
    billed->setName(tr("Billed: %1").arg(m_model->actualCost().format(QLocale(), currency)));
    billed->append(actual, -0.5);
    billed->append(actual, double(m_rows.size()) - 0.5);
    QPen pen(QColor(0xc0, 0x39, 0x2b));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    billed->setPen(pen);
    c->addSeries(billed);
    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(-0.5, double(m_rows.size()) - 0.5);
    rowAxis->setVisible(false);
    c->addAxis(rowAxis, Qt::AlignRight);
    billed->attachAxis(costAxis);
    billed->attachAxis(rowAxis);

    connect(others, &QBarSet::hovered, this, &ModelComparisonChart::showToolTip);
    connect(used, &QBarSet::hovered, this, &ModelComparisonChart::showToolTip);
}

void ModelComparisonChart::showToolTip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_rows.size()) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    const int row = m_rows.at(index);
    const QString currency = m_model->currency();
    //: %1 model, %2 exact re-priced cost, %3 signed difference to the bill
    QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3)")
                                           .arg(m_model->quote(row).name,
                                                m_model->quote(row).cost.format(locale, currency, Money::Decimals),
                                                ModelComparisonModel::formatSigned(m_model->quote(row).difference,
                                                                                   locale, currency)));
}

void ModelComparisonChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        CostChartPalette::applyTheme(chart(), palette());
        rebuild();
    }
}

} // namespace Spendscope
