// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QDate>

#include <optional>
#include <vector>

namespace Spendscope::Sandbox {

// The sandbox's cost forecast (GetCostForecast, and Budgets' ForecastedSpend). AWS does not publish
// its model; this one is small and documented so that results can be checked by hand:
//
//  1. History: the daily amounts of the last HistoryDays complete days before `today` (fewer if
//     usage started later). At least MinHistoryDays days since the first usage are required;
//     otherwise there is no forecast (DataUnavailableException).
//  2. Weekly seasonality: factor s(w) = mean of weekday w / mean of all days.
//  3. Trend: least squares line a + b·t through the de-seasonalised amounts y(t) / s(w(t)).
//  4. Forecast of a day: max(0, (a + b·t) · s(w)); of a period: the sum of its days.
//  5. Prediction interval at level L: mean ± z · σ · √n for a period of n days, where σ is the
//     standard deviation of the daily residuals and z the two-sided normal quantile of L;
//     the lower bound is floored at 0.
//
// The statistics run in double (they are estimates, not sums); every result is rounded to
// nano-units, and a total is the exact sum of its rounded periods.
class CostForecaster final
{
public:
    static constexpr int HistoryDays = 56; // eight whole weeks
    static constexpr int MinHistoryDays = 14;

    struct Period
    {
        QDate start;
        QDate end; // exclusive
        Money mean;
        Money lower;
        Money upper;
    };

    struct Result
    {
        std::vector<Period> periods;
        Money total; // sum of the periods' means
    };

    // `history[i]` is the amount of day historyStart + i; the last entry is the day before today.
    // `periods` are consecutive [start, end) intervals on or after today. `level` is 51..99.
    [[nodiscard]] static std::optional<Result> forecast(const std::vector<Money> &history, QDate historyStart,
                                                        const std::vector<std::pair<QDate, QDate>> &periods,
                                                        int level);

    // The two-sided standard normal quantile for a confidence level in percent (80 → 1.2816).
    [[nodiscard]] static double normalQuantile(int levelPercent);
};

} // namespace Spendscope::Sandbox
