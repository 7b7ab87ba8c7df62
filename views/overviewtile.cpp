// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtile.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace Spendscope {

OverviewTile::OverviewTile(const QString &heading, QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(heading, this))
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(heading);
    setMinimumSize(180, 110);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::NoTextInteraction);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_layout->setContentsMargins(16, 12, 16, 14);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_value);
    m_layout->addWidget(m_caption);
    m_layout->addStretch(1);
}

void OverviewTile::setValue(const QString &value)
{
    m_value->setText(value);
    m_value->setVisible(!value.isEmpty());
}

void OverviewTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void OverviewTile::setBody(QWidget *body)
{
    delete m_body;
    m_body = body;
    if (body) {
        body->setParent(this);
        // Clicks on the body open the tile's page as well; the body keeps its tool tips.
        body->installEventFilter(this);
        body->setCursor(Qt::PointingHandCursor);
        m_layout->insertWidget(m_layout->count() - 1, body, 1);
    }
}

QString OverviewTile::heading() const
{
    return m_heading->text();
}

QString OverviewTile::value() const
{
    return m_value->text();
}

QString OverviewTile::caption() const
{
    return m_caption->text();
}

bool OverviewTile::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void OverviewTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void OverviewTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated();
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void OverviewTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void OverviewTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void OverviewTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void OverviewTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QFrame::leaveEvent(event);
}

void OverviewTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor border = p.color(QPalette::Mid);
    qreal width = 1.0;
    if (hasFocus()) {
        border = p.color(QPalette::Highlight);
        width = 2.0;
    } else if (m_hovered) {
        border = p.color(QPalette::Highlight).lighter(130);
    }
    painter.setPen(QPen(border, width));
    painter.setBrush(p.color(QPalette::Base));
    painter.drawRoundedRect(card, 8, 8);
}

} // namespace Spendscope
