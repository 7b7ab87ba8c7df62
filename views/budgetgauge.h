// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetstatus.h"

#include <QLocale>
#include <QWidget>

namespace Spendscope {

// One budget at a glance: a bar of the actual spend against the limit in the health colour, the
// forecast as a lighter extension with a marker, the limit as a line, the notification thresholds
// as ticks (solid: actual, dashed: forecast), and the amounts and run-out date as text. Painted
// from the palette, so it follows the light and dark themes.
class BudgetGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetGauge)
public:
    explicit BudgetGauge(QWidget *parent = nullptr);

    void setStatus(const BudgetStatus &status);
    [[nodiscard]] const BudgetStatus &status() const { return m_status; }
    void setLocale(const QLocale &locale);

    // The texts the gauge shows, also read by tests and screen readers.
    [[nodiscard]] QString spentText() const;
    [[nodiscard]] QString limitText() const;
    [[nodiscard]] QString forecastText() const;
    [[nodiscard]] QString runOutText() const;

    // The colour of a health state on `palette` (green, amber, red; neutral without a limit).
    [[nodiscard]] static QColor healthColor(BudgetStatus::Health health, const QPalette &palette);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    BudgetStatus m_status;
    QLocale m_locale;
    bool m_hasStatus = false;
};

} // namespace Spendscope
