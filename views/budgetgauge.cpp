// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetgauge.h"

#include "items/budgettablemodel.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Spendscope {

namespace {

constexpr int BarHeight = 12;
constexpr int TickOverhang = 4;
constexpr int RowGap = 6;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

QColor mixed(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

BudgetGauge::BudgetGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BudgetGauge::setStatus(const BudgetStatus &status)
{
    m_status = status;
    m_hasStatus = true;
    updateTexts();
    update();
}

void BudgetGauge::setLocale(const QLocale &locale)
{
    m_locale = locale;
    updateTexts();
    update();
}

QColor BudgetGauge::healthColor(BudgetStatus::Health health, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    switch (health) {
    case BudgetStatus::Health::OnTrack:
        return dark ? QColor(0x5c, 0xc2, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    case BudgetStatus::Health::AtRisk:
        return dark ? QColor(0xf2, 0xb1, 0x3c) : QColor(0xc2, 0x7c, 0x0e);
    case BudgetStatus::Health::Exceeded:
        return dark ? QColor(0xf2, 0x75, 0x6b) : QColor(0xc5, 0x22, 0x1f);
    case BudgetStatus::Health::NoLimit:
        break;
    }
    return palette.color(QPalette::Highlight);
}

QString BudgetGauge::spentText() const
{
    const QString spent = BudgetTableModel::amountText(m_status.actual, m_status.unit, m_locale);
    if (!m_status.hasLimit())
        //: %1 an amount
        return tr("%1 spent").arg(spent);
    //: %1 an amount, %2 a percentage of the limit
    return tr("%1 spent (%2%)").arg(spent, m_locale.toString(m_status.actualPercent(), 'f', 1));
}

QString BudgetGauge::limitText() const
{
    if (!m_status.hasLimit())
        return tr("No limit");
    //: %1 an amount
    return tr("Limit %1").arg(BudgetTableModel::amountText(m_status.limit, m_status.unit, m_locale));
}

QString BudgetGauge::forecastText() const
{
    if (!m_status.forecast)
        return tr("No forecast yet");
    const QString amount = BudgetTableModel::amountText(*m_status.forecast, m_status.unit, m_locale);
    if (const std::optional<double> percent = m_status.forecastPercent())
        //: %1 an amount, %2 a percentage of the limit
        return tr("Forecast %1 (%2%)").arg(amount, m_locale.toString(*percent, 'f', 0));
    return tr("Forecast %1").arg(amount);
}

QString BudgetGauge::runOutText() const
{
    if (!m_status.hasLimit())
        return {};
    if (!m_status.runOutDate)
        return m_status.actual.nanos() > 0 ? tr("Does not run out this period") : QString();
    const QString day = m_locale.toString(*m_status.runOutDate, QLocale::ShortFormat);
    if (m_status.health == BudgetStatus::Health::Exceeded)
        //: %1 a date
        return tr("Limit reached about %1").arg(day);
    //: %1 a date
    return tr("Runs out %1 at this rate").arg(day);
}

void BudgetGauge::updateTexts()
{
    const QStringList parts{spentText(), limitText(), forecastText(), runOutText()};
    setAccessibleName(tr("Budget gauge"));
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
    setToolTip(parts.join(QLatin1Char('\n')));
}

QSize BudgetGauge::sizeHint() const
{
    const int small = QFontMetrics(smallFont(font())).height();
    return {360, fontMetrics().height() + RowGap + TickOverhang * 2 + BarHeight + RowGap + small};
}

QSize BudgetGauge::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void BudgetGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void BudgetGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mixed(text, pal.color(QPalette::Window), 0.4);
    const QColor track = mixed(pal.color(QPalette::Window), text, Theme::isDark(pal) ? 0.16 : 0.09);
    const QColor accent = healthColor(m_status.health, pal);

    const QFontMetrics fm = fontMetrics();
    const QFont small = smallFont(font());
    const QFontMetrics sfm(small);
    const int w = width();

    // Row 1: spent (bold, left) and the limit (right).
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QRect row1(0, 0, w, fm.height());
    p.drawText(row1, Qt::AlignLeft | Qt::AlignVCenter, m_hasStatus ? spentText() : tr("No data"));
    p.setFont(font());
    p.drawText(row1, Qt::AlignRight | Qt::AlignVCenter, m_hasStatus ? limitText() : QString());

    // Row 2: the bar.
    const int barTop = row1.bottom() + 1 + RowGap + TickOverhang;
    const QRectF bar(0.5, barTop, w - 1.0, BarHeight);
    QPainterPath trackPath;
    trackPath.addRoundedRect(bar, BarHeight / 2.0, BarHeight / 2.0);
    p.fillPath(trackPath, track);

    double scale = std::max({m_status.limit.toDouble(), m_status.actual.toDouble(),
                             m_status.forecast ? m_status.forecast->toDouble() : 0.0});
    // Leave room past the limit, so that an overrun is visible as such.
    scale *= m_status.hasLimit() ? 1.08 : 1.0;
    const auto xOf = [&](double amount) {
        return scale > 0 ? bar.left() + bar.width() * std::clamp(amount / scale, 0.0, 1.0) : bar.left();
    };

    if (m_hasStatus && scale > 0) {
        p.save();
        p.setClipPath(trackPath);
        const double actualX = xOf(m_status.actual.toDouble());
        if (m_status.forecast && *m_status.forecast > m_status.actual) {
            QColor light = accent;
            light.setAlphaF(0.28f);
            const QRectF ahead(actualX, bar.top(), xOf(m_status.forecast->toDouble()) - actualX, bar.height());
            p.fillRect(ahead, light);
        }
        p.fillRect(QRectF(bar.left(), bar.top(), actualX - bar.left(), bar.height()), accent);
        p.restore();

        // Threshold ticks: actual solid, forecast dashed.
        if (m_status.hasLimit()) {
            const auto tick = [&](double percent, Qt::PenStyle style) {
                const double x = xOf(m_status.limit.toDouble() * percent / 100.0);
                QPen pen(muted, 1.0, style);
                p.setPen(pen);
                p.drawLine(QPointF(x, bar.top() - TickOverhang + 1), QPointF(x, bar.bottom() + TickOverhang - 1));
            };
            for (double t : m_status.actualThresholds)
                tick(t, Qt::SolidLine);
            for (double t : m_status.forecastThresholds)
                tick(t, Qt::DashLine);
            // The limit.
            const double limitX = xOf(m_status.limit.toDouble());
            p.setPen(QPen(text, 2.0));
            p.drawLine(QPointF(limitX, bar.top() - TickOverhang), QPointF(limitX, bar.bottom() + TickOverhang));
        }
        // The forecast marker: a small triangle above the bar.
        if (m_status.forecast) {
            const double fx = xOf(m_status.forecast->toDouble());
            QPainterPath marker;
            marker.moveTo(fx - 4, bar.top() - TickOverhang - 1);
            marker.lineTo(fx + 4, bar.top() - TickOverhang - 1);
            marker.lineTo(fx, bar.top() - 1);
            marker.closeSubpath();
            p.fillPath(marker, accent);
        }
    }

    // Row 3: forecast (left) and run-out date (right), smaller and muted.
    p.setFont(small);
    p.setPen(muted);
    const QRect row3(0, int(bar.bottom()) + TickOverhang + RowGap, w, sfm.height());
    if (m_hasStatus) {
        const QString right = runOutText();
        const int rightWidth = sfm.horizontalAdvance(right);
        p.drawText(row3.adjusted(0, 0, -(rightWidth + 12), 0), Qt::AlignLeft | Qt::AlignVCenter,
                   sfm.elidedText(forecastText(), Qt::ElideRight, std::max(0, w - rightWidth - 12)));
        if (m_status.runOutDate && m_status.health != BudgetStatus::Health::OnTrack)
            p.setPen(accent);
        p.drawText(row3, Qt::AlignRight | Qt::AlignVCenter, right);
    }
}

} // namespace Spendscope
