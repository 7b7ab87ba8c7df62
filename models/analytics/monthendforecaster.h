// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace Spendscope {

// Forecasts the month-end total of one entity (a team or a project) from its daily cost.
//
// Input: a sparse daily series (days are UTC calendar days; a missing day is zero; the history
// starts at the first key) and `today`, the last complete day. The month is today's month.
//
// Method (SeasonalTrend basis, used when at least minHistoryDays days of history exist):
//  1. Window: the last historyDays days up to and including today (fewer if the series is younger).
//  2. Weekly seasonality, multiplicative: every day with a full centred 7-day moving average MA
//     gives a ratio y / MA; the factor s(w) of weekday w is the median of its ratios, rescaled so
//     that the seven factors average 1. The centred average cancels a linear trend, so a trend
//     does not leak into the factors, and the median ignores one-off spikes.
//  3. Trend: a Theil–Sen line (median of the pairwise slopes, median intercept) through the
//     de-seasonalised amounts y / s(w). It is robust to spikes (breakdown point about 29%).
//  4. Point forecast of a remaining day: max(0, line · s(w)); of the month: the exact
//     month-to-date plus the rounded sum of the remaining days.
//  5. Interval at `level` (80% by default): from the empirical distribution of the in-sample
//     day-level residuals e = y − fit. With q_lo and q_hi their (1−level)/2 and (1+level)/2
//     quantiles and h remaining days, the remaining amount lies in forecast + k · [q_lo, q_hi],
//     where k² is the variance of the error of an h-day sum in units of one day's: h for the
//     days' own noise, plus the error of the fitted level and slope carried over the h days (the
//     least-squares prediction formula), times n / (n − 8) because in-sample residuals look
//     smaller than the noise. The bounds are then clamped so that
//     monthToDate ≤ lower ≤ expected ≤ upper.
//
// With less history (RunRate basis, insufficientHistory set): the mean of the available days
// times the remaining days, with a deliberately wide band of half to twice that amount.
// Statistics run in double on nano-units; only monthToDate is summed exactly.
class MonthEndForecaster final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::MonthEndForecaster)
public:
    struct Options {
        int historyDays = 56; // eight whole weeks
        int minHistoryDays = 14;
        double level = 0.8; // of the prediction interval, clamped to [0.5, 0.99]
    };

    enum class Basis : quint8 {
        MonthComplete, // today is the last day of the month: nothing left to forecast
        SeasonalTrend,
        RunRate, // too little history
    };

    // A forecast from elsewhere for the remaining days of the month, e.g. Cost Explorer's
    // GetCostForecast for [today + 1, first of next month), shown next to ours.
    struct ExternalForecast {
        Money mean;
        std::optional<Money> lower;
        std::optional<Money> upper;
    };

    // The external figures as month totals (monthToDate added), and how far ours differs.
    struct Comparison {
        Money total;
        std::optional<Money> lower;
        std::optional<Money> upper;
        Money difference; // our expectedTotal − total
    };

    struct Forecast {
        QDate today;
        QDate monthEnd; // the last day of today's month
        Money monthToDate; // exact sum from the first of the month to today
        Money forecastRemaining;
        Money expectedTotal; // monthToDate + forecastRemaining
        Money lower;
        Money upper;
        double level = 0.8;
        Basis basis = Basis::RunRate;
        int historyDays = 0; // days of history the forecast used
        int remainingDays = 0;
        bool insufficientHistory = false;
        std::optional<Comparison> costExplorer;
    };

    MonthEndForecaster() = default;
    explicit MonthEndForecaster(const Options &options);

    [[nodiscard]] const Options &options() const { return m_options; }

    [[nodiscard]] Forecast forecast(const QMap<QDate, Money> &daily, QDate today,
                                    const std::optional<ExternalForecast> &costExplorer = std::nullopt) const;

    // One line for a tooltip, e.g. "Weekly seasonality and trend from 56 days of history".
    [[nodiscard]] static QString basisText(const Forecast &forecast);

private:
    Options m_options;
};

} // namespace Spendscope
