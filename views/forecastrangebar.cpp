// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastrangebar.h"

#include <QPainter>

#include <algorithm>

namespace Spendscope {

ForecastRangeBar::ForecastRangeBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ForecastRangeBar::setRange(Money monthToDate, Money lower, Money expected, Money upper, Money lastMonthTotal)
{
    m_monthToDate = monthToDate;
    m_lower = lower;
    m_expected = expected;
    m_upper = upper;
    m_lastMonthTotal = lastMonthTotal;
    m_valid = true;
    update();
}

void ForecastRangeBar::clear()
{
    m_valid = false;
    update();
}

void ForecastRangeBar::paintEvent(QPaintEvent *)
{
    const Money scale = std::max({m_upper, m_lastMonthTotal, m_expected, m_monthToDate});
    if (!m_valid || scale <= Money())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const double width = double(this->width() - 2);
    // Pixel positions are the one place these amounts become doubles.
    const auto x = [&](Money amount) { return 1.0 + width * std::clamp(amount.ratioTo(scale), 0.0, 1.0); };
    const QRectF track(1, 8, width, 12);
    QColor trackColour = p.color(QPalette::Mid);
    trackColour.setAlpha(50);
    painter.fillRect(track, trackColour);
    QColor band = p.color(QPalette::Highlight);
    band.setAlpha(70);
    painter.fillRect(QRectF(QPointF(x(m_lower), track.top()), QPointF(x(m_upper), track.bottom())), band);
    painter.fillRect(QRectF(QPointF(track.left(), track.top() + 3), QPointF(x(m_monthToDate), track.bottom() - 3)),
                     p.color(QPalette::Highlight));
    painter.setPen(QPen(p.color(QPalette::Highlight).darker(130), 2));
    painter.drawLine(QPointF(x(m_expected), track.top() - 3), QPointF(x(m_expected), track.bottom() + 3));
    if (m_lastMonthTotal > Money()) {
        QPen dashed(p.color(QPalette::Text), 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(x(m_lastMonthTotal), 2), QPointF(x(m_lastMonthTotal), double(height() - 2)));
    }
}

} // namespace Spendscope
