// SPDX-License-Identifier: GPL-3.0-or-later
#include "costbarchart.h"

#include "costchartpalette.h"

#include "items/costchartmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Above this many buckets only every n-th label is written, so that labels never overlap.
constexpr int MaxLabels = 16;

} // namespace

CostBarChart::CostBarChart(CostChartModel *model, QWidget *parent)
    : QChartView(CostChartPalette::newChart(Qt::AlignBottom), parent)
    , m_model(model)
{
    QChart *chart = this->chart();
    CostChartPalette::applyTheme(chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CostBarChart::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CostBarChart::rebuild);
    rebuild();
}

CostBarChart::~CostBarChart() = default;

double CostBarChart::drawnTotal() const
{
    double total = 0;
    if (!m_series)
        return total;
    for (const QBarSet *set : m_series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
    }
    return total;
}

void CostBarChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries(); // deletes the old series and its sets
    m_series = nullptr;
    if (m_categories) {
        c->removeAxis(m_categories);
        delete m_categories;
        m_categories = nullptr;
    }
    if (m_amounts) {
        c->removeAxis(m_amounts);
        delete m_amounts;
        m_amounts = nullptr;
    }

    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(rows > 40 ? 0.9 : 0.7);
    int named = 0;
    for (int column = 0; column < columns; ++column) {
        auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString());
        QColor colour;
        if (m_model->isUntagged(column))
            colour = CostChartPalette::untagged();
        else if (m_model->isOther(column))
            colour = CostChartPalette::other();
        else
            colour = CostChartPalette::series(named++);
        set->setColor(colour);
        set->setBorderColor(colour);
        for (int row = 0; row < rows; ++row)
            set->append(m_model->index(row, column).data().toDouble());
        m_series->append(set);
    }
    connect(m_series, &QBarSeries::hovered, this, &CostBarChart::onHovered);
    connect(m_series, &QBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const int column = int(m_series->barSets().indexOf(set));
        if (column >= 0)
            Q_EMIT segmentClicked(index, column);
    });
    c->addSeries(m_series);

    // Category labels must be unique; thinned-out ones are made unique with zero-width spaces.
    QStringList labels;
    const int step = std::max(1, (rows + MaxLabels - 1) / MaxLabels);
    for (int row = 0; row < rows; ++row) {
        if (row % step == 0)
            labels.append(m_model->headerData(row, Qt::Vertical).toString());
        else
            labels.append(QString(row, QChar(0x200B)));
    }
    m_categories = new QBarCategoryAxis;
    m_categories->append(labels);
    m_categories->setGridLineVisible(false);
    if (rows > 12)
        m_categories->setLabelsAngle(-90);
    c->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);

    // Stacked bars put credits (negative amounts) below zero, so the axis spans both stacks.
    double highest = 0;
    double lowest = 0;
    for (int row = 0; row < rows; ++row) {
        double positive = 0;
        double negative = 0;
        for (int column = 0; column < columns; ++column) {
            const double value = m_model->index(row, column).data().toDouble();
            (value < 0 ? negative : positive) += value;
        }
        highest = std::max(highest, positive);
        lowest = std::min(lowest, negative);
    }
    m_amounts = new QValueAxis;
    m_amounts->setRange(lowest, highest > lowest ? highest : lowest + 1);
    m_amounts->setLabelFormat(u"$%.0f"_s);
    m_amounts->applyNiceNumbers();
    c->addAxis(m_amounts, Qt::AlignLeft);
    m_series->attachAxis(m_amounts);
    c->legend()->setVisible(columns > 0);
}

void CostBarChart::onHovered(bool status, int index, QBarSet *set)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const int column = int(m_series->barSets().indexOf(set));
    if (column < 0 || index < 0 || index >= m_model->rowCount())
        return;
    const QString text = m_model->index(index, column).data(CostChartModel::ToolTipTextRole).toString();
    QToolTip::showText(QCursor::pos(), text + u'\n' + tr("Click to drill down."), this);
}

void CostBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        CostChartPalette::applyTheme(chart(), palette());
        rebuild();
    }
}

} // namespace Spendscope
