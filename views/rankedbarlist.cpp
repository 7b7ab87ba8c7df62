// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedbarlist.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Spendscope {

namespace {
constexpr int BarHeight = 4;
constexpr int BarGap = 3;
constexpr int RowGap = 7;
} // namespace

RankedBarList::RankedBarList(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void RankedBarList::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

void RankedBarList::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

int RankedBarList::rowHeight() const
{
    return fontMetrics().height() + BarGap + BarHeight + RowGap;
}

QSize RankedBarList::sizeHint() const
{
    return QSize(240, rowHeight() * int(std::max<qsizetype>(m_entries.size(), 1)));
}

QSize RankedBarList::minimumSizeHint() const
{
    return QSize(160, rowHeight() * int(std::max<qsizetype>(m_entries.size(), 1)));
}

int RankedBarList::rowAt(QPoint position) const
{
    const int row = position.y() / rowHeight();
    return row >= 0 && row < m_entries.size() ? row : -1;
}

bool RankedBarList::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && !m_entries.at(row).toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_entries.at(row).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RankedBarList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    const QFontMetrics metrics = fontMetrics();
    if (m_entries.isEmpty()) {
        painter.setPen(p.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const int width = this->width();
    QColor track = p.color(QPalette::Mid);
    track.setAlpha(60);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const int top = i * rowHeight();
        const int amountWidth = metrics.horizontalAdvance(entry.amount);
        const QRect nameRect(0, top, std::max(0, width - amountWidth - 12), metrics.height());
        painter.setPen(p.color(QPalette::Text));
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entry.name, Qt::ElideRight, nameRect.width()));
        painter.drawText(QRect(width - amountWidth, top, amountWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, entry.amount);
        const QRect bar(0, top + metrics.height() + BarGap, width, BarHeight);
        painter.fillRect(bar, track);
        const int filled = int(double(width) * std::clamp(entry.share, 0.0, 1.0) + 0.5);
        painter.fillRect(QRect(bar.left(), bar.top(), std::max(filled, entry.share > 0 ? 1 : 0), BarHeight),
                         p.color(QPalette::Highlight));
    }
}

} // namespace Spendscope
