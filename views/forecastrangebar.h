// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QWidget>

namespace Spendscope {

// A month-end forecast on one horizontal scale: the month to date as a solid bar, the prediction
// interval as a lighter band, the expected total as a tick and, for comparison, last month's total
// as a dashed line. Painted inside the Overview's forecast card; the card's tool tip has the
// exact amounts.
class ForecastRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastRangeBar)
public:
    explicit ForecastRangeBar(QWidget *parent = nullptr);

    void setRange(Money monthToDate, Money lower, Money expected, Money upper, Money lastMonthTotal);
    void clear();

    [[nodiscard]] QSize sizeHint() const override { return {240, 30}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 30}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Money m_monthToDate;
    Money m_lower;
    Money m_expected;
    Money m_upper;
    Money m_lastMonthTotal;
    bool m_valid = false;
};

} // namespace Spendscope
