// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/monthendforecaster.h"
#include "domain/money.h"

#include <QChartView>
#include <QDate>
#include <QMap>

#include <optional>

class QAreaSeries;
class QLineSeries;

namespace Spendscope {

// The selection's daily cost over the range as a line, and for the rest of the current month
// the forecast as a band: the month-end interval spread evenly over the remaining days
// (QAreaSeries between the lower and the upper daily amount), with the expected daily amount
// dashed. Hovering the line shows a day's exact amount; hovering the band the month-end forecast.
class CostTrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTrendChart)
public:
    explicit CostTrendChart(QWidget *parent = nullptr);
    ~CostTrendChart() override;

    // `daily` must hold every day from `from` on; days before `from` are ignored.
    void setData(const QMap<QDate, Money> &daily, QDate from,
                 const std::optional<MonthEndForecaster::Forecast> &forecast);

    [[nodiscard]] QLineSeries *actualSeries() const { return m_actual; }
    [[nodiscard]] QAreaSeries *forecastBand() const { return m_band; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QMap<QDate, Money> m_allDaily; // as given, to rebuild on a palette change
    QDate m_from;
    QMap<QDate, Money> m_daily;
    std::optional<MonthEndForecaster::Forecast> m_forecast;
    QLineSeries *m_actual = nullptr;
    QAreaSeries *m_band = nullptr;
};

} // namespace Spendscope
