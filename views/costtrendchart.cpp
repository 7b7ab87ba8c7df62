// SPDX-License-Identifier: GPL-3.0-or-later
#include "costtrendchart.h"

#include "costchartpalette.h"

#include <QAreaSeries>
#include <QCursor>
#include <QEvent>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

qreal msecs(QDate day)
{
    return qreal(day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
}

QDate dayOf(qreal msecs)
{
    // Rounded to the nearest midnight, as a hover lands between two points.
    const qint64 day = 86'400'000;
    const auto rounded = qint64(std::llround(msecs / qreal(day))) * day;
    return QDateTime::fromMSecsSinceEpoch(rounded, QTimeZone::utc()).date();
}

} // namespace

CostTrendChart::CostTrendChart(QWidget *parent)
    : QChartView(CostChartPalette::newChart(Qt::AlignBottom), parent)
{
    QChart *chart = this->chart();
    CostChartPalette::applyTheme(chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);
}

CostTrendChart::~CostTrendChart() = default;

void CostTrendChart::setData(const QMap<QDate, Money> &daily, QDate from,
                             const std::optional<MonthEndForecaster::Forecast> &forecast)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_actual = nullptr;
    m_band = nullptr;
    m_daily.clear();
    m_allDaily = daily;
    m_from = from;
    m_forecast = forecast;
    if (!from.isValid())
        return;
    for (auto it = daily.lowerBound(from); it != daily.end(); ++it)
        m_daily.insert(it.key(), it.value());
    if (m_daily.isEmpty())
        return;

    double highest = 0;
    m_actual = new QLineSeries;
    m_actual->setName(tr("Daily cost"));
    m_actual->setPen(QPen(CostChartPalette::series(0), 2));
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        m_actual->append(msecs(it.key()), it.value().toDouble());
        highest = std::max(highest, it.value().toDouble());
    }
    connect(m_actual, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = dayOf(point.x());
        if (!m_daily.contains(day))
            return;
        //: %1 a day, %2 the exact amount
        QToolTip::showText(QCursor::pos(), tr("%1: %2 USD").arg(QLocale().toString(day, QLocale::ShortFormat),
                                                                m_daily.value(day).toString()), this);
    });
    c->addSeries(m_actual);

    QDate last = m_daily.lastKey();
    if (m_forecast && m_forecast->remainingDays > 0 && m_forecast->today == m_daily.lastKey()) {
        // The month-end interval as an even daily amount over the remaining days.
        const int days = m_forecast->remainingDays;
        const double lower = (m_forecast->lower - m_forecast->monthToDate).toDouble() / days;
        const double upper = (m_forecast->upper - m_forecast->monthToDate).toDouble() / days;
        const double expected = m_forecast->forecastRemaining.toDouble() / days;
        auto *lowerLine = new QLineSeries;
        auto *upperLine = new QLineSeries;
        auto *expectedLine = new QLineSeries;
        // The band starts at the last actual day so that it joins the line.
        const QDate today = m_forecast->today;
        const double lastActual = m_daily.value(today).toDouble();
        lowerLine->append(msecs(today), lastActual);
        upperLine->append(msecs(today), lastActual);
        expectedLine->append(msecs(today), lastActual);
        for (QDate day = today.addDays(1); day <= m_forecast->monthEnd; day = day.addDays(1)) {
            lowerLine->append(msecs(day), lower);
            upperLine->append(msecs(day), upper);
            expectedLine->append(msecs(day), expected);
        }
        highest = std::max(highest, upper);
        last = m_forecast->monthEnd;
        m_band = new QAreaSeries(upperLine, lowerLine);
        m_band->setName(tr("Forecast, %1% interval").arg(qRound(m_forecast->level * 100)));
        QColor fill = CostChartPalette::forecast();
        fill.setAlpha(60);
        m_band->setBrush(fill);
        m_band->setPen(Qt::NoPen);
        const QString bandText = tr("Month-end forecast: %1 USD (%2% interval %3 to %4 USD)\n%5")
                                     .arg(m_forecast->expectedTotal.toString(2))
                                     .arg(qRound(m_forecast->level * 100))
                                     .arg(m_forecast->lower.toString(2), m_forecast->upper.toString(2),
                                          MonthEndForecaster::basisText(*m_forecast));
        connect(m_band, &QAreaSeries::hovered, this, [this, bandText](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), bandText, this);
            else
                QToolTip::hideText();
        });
        c->addSeries(m_band); // the chart owns the band, not its boundary lines: the band does
        upperLine->setParent(m_band);
        lowerLine->setParent(m_band);
        expectedLine->setName(tr("Expected"));
        QPen dashed(CostChartPalette::forecast(), 1.5, Qt::DashLine);
        expectedLine->setPen(dashed);
        c->addSeries(expectedLine);
    }

    last = std::max(last, m_daily.firstKey().addDays(1)); // a one-day range still needs a width
    auto *time = new QDateTimeAxis;
    time->setFormat(u"d MMM"_s);
    time->setRange(m_daily.firstKey().startOfDay(QTimeZone::utc()), last.startOfDay(QTimeZone::utc()));
    time->setTickCount(std::clamp(int(m_daily.firstKey().daysTo(last)) + 1, 2, 7));
    time->setGridLineVisible(false);
    c->addAxis(time, Qt::AlignBottom);
    auto *amounts = new QValueAxis;
    amounts->setRange(0, highest > 0 ? highest * 1.05 : 1);
    amounts->setLabelFormat(u"$%.0f"_s);
    amounts->applyNiceNumbers();
    c->addAxis(amounts, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(time);
        series->attachAxis(amounts);
    }
    c->legend()->setVisible(m_band != nullptr);
}

void CostTrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        CostChartPalette::applyTheme(chart(), palette());
        setData(m_allDaily, m_from, m_forecast);
    }
}

} // namespace Spendscope
