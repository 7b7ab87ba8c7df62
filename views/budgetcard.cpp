// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcard.h"

#include "budgetgauge.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

BudgetCard::BudgetCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_gauge(new BudgetGauge(this))
{
    setObjectName(u"budgetCard"_s);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setObjectName(u"budgetCardName"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    m_badge->setObjectName(u"budgetCardHealth"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setContentsMargins(8, 1, 8, 1);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_subtitle->setObjectName(u"budgetCardFilter"_s);
    m_gauge->setObjectName(u"budgetGauge"_s);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_gauge);
    updateStyle();
}

void BudgetCard::setBudget(const BudgetStatus &status, const QString &filterText, const QString &periodText)
{
    m_name = status.name;
    m_health = status.health;
    m_title->setText(m_title->fontMetrics().elidedText(status.name, Qt::ElideRight, 320));
    m_title->setToolTip(status.name);
    m_badge->setText(BudgetStatus::healthText(status.health));
    //: %1 what the budget covers ("Team: ml"), %2 its period ("Monthly")
    m_subtitle->setText(tr("%1 · %2").arg(filterText, periodText));
    m_gauge->setStatus(status);
    setAccessibleName(status.name);
    updateStyle();
}

QString BudgetCard::healthText() const
{
    return m_badge->text();
}

void BudgetCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    updateStyle();
}

void BudgetCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_name);
    QFrame::mousePressEvent(event);
}

void BudgetCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked(m_name);
    QFrame::mouseDoubleClickEvent(event);
}

void BudgetCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
}

void BudgetCard::updateStyle()
{
    // No style sheet: it would pin the children's palettes, and the gauge must follow the theme.
    const QPalette pal = palette();
    QPalette badge = m_badge->palette();
    badge.setColor(QPalette::WindowText, BudgetGauge::healthColor(m_health, pal));
    m_badge->setPalette(badge);
    QPalette subtitle = m_subtitle->palette();
    QColor muted = pal.color(QPalette::WindowText);
    muted.setAlphaF(0.65f);
    subtitle.setColor(QPalette::WindowText, muted);
    m_subtitle->setPalette(subtitle);
    update();
}

void BudgetCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const qreal border = m_selected ? 2.0 : 1.0;
    const QRectF frame = QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    p.setPen(QPen(m_selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), border));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 8, 8);
    // The health badge: a pill in a light tint of its colour behind the label.
    QColor tint = BudgetGauge::healthColor(m_health, pal);
    tint.setAlphaF(Theme::isDark(pal) ? 0.25f : 0.14f);
    const QRectF pill = QRectF(m_badge->geometry()).adjusted(-2, -1, 2, 1);
    p.setPen(Qt::NoPen);
    p.setBrush(tint);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
}

} // namespace Spendscope
