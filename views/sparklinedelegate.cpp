// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Spendscope {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<qint64> values = index.data(m_role).value<QList<qint64>>();
    if (values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double span = double(*high - *low);
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QPainterPath path;
    QPointF last;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = area.left() + area.width() * double(i) / double(values.size() - 1);
        const double y = span > 0 ? area.bottom() - area.height() * double(values.at(i) - *low) / span : area.center().y();
        last = QPointF(x, y);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = (option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText)
                                                                   : option.palette.color(QPalette::Highlight);
    painter->setPen(QPen(colour, 1.4));
    painter->drawPath(path);
    painter->setBrush(colour);
    painter->drawEllipse(last, 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(110, 22));
}

} // namespace Spendscope
