// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailyspendbars.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Spendscope {

DailySpendBars::DailySpendBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DailySpendBars::setDaily(const QMap<QDate, Money> &daily, QDate highlightFrom, const QString &currency)
{
    m_daily = daily;
    m_highlightFrom = highlightFrom;
    m_currency = currency;
    update();
}

int DailySpendBars::barAt(QPoint position) const
{
    if (m_daily.isEmpty() || width() <= 0)
        return -1;
    const int index = int(double(position.x()) * double(m_daily.size()) / double(width()));
    return index >= 0 && index < m_daily.size() ? index : -1;
}

bool DailySpendBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0) {
            const auto it = std::next(m_daily.cbegin(), index);
            //: A bar of the daily spend chart: %1 day, %2 exact amount
            QToolTip::showText(help->globalPos(),
                               tr("%1: %2").arg(m_locale.toString(it.key(), QLocale::ShortFormat),
                                                it.value().format(m_locale, m_currency)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void DailySpendBars::paintEvent(QPaintEvent *)
{
    if (m_daily.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    Money highest;
    for (const Money &amount : m_daily)
        highest = std::max(highest, amount);
    const double slot = double(width()) / double(m_daily.size());
    const double gap = slot > 4 ? 1.0 : 0.0;
    const QColor current = palette().color(QPalette::Highlight);
    QColor earlier = palette().color(QPalette::Mid);
    earlier.setAlpha(150);
    int i = 0;
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it, ++i) {
        // Bars are the one place money becomes a double: a length in pixels.
        const double ratio = highest > Money() ? std::max(0.0, it.value().ratioTo(highest)) : 0.0;
        const double barHeight = std::max(ratio * double(height() - 1), it.value() > Money() ? 1.0 : 0.0);
        const QRectF bar(slot * i + gap / 2, double(height()) - barHeight, std::max(1.0, slot - gap), barHeight);
        painter.fillRect(bar, it.key() >= m_highlightFrom ? current : earlier);
    }
}

} // namespace Spendscope
