// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/monthendforecaster.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace Spendscope {

namespace {

// Linear interpolation between order statistics (the usual "type 7" quantile); p in [0, 1].
double quantile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - double(below)) * (values[above] - values[below]);
}

double median(std::vector<double> values)
{
    return quantile(std::move(values), 0.5);
}

Money moneyFromNanos(double nanos)
{
    // Saturate like Money's own arithmetic instead of overflowing the conversion.
    constexpr double max = 9.2e18;
    return Money::fromNanos(qint64(std::llround(std::clamp(nanos, -max, max))));
}

struct Fit {
    std::array<double, 7> factors{}; // by ISO weekday − 1
    double intercept = 0.0; // of the de-seasonalised line, at window index 0
    double slope = 0.0;     // per day

    [[nodiscard]] double at(int index, int weekday) const
    {
        return std::max(0.0, (intercept + slope * index) * factors[std::size_t(weekday)]);
    }
};

// Steps 2 and 3 of the method in the header. `weekdays[i]` is the ISO weekday − 1 of y[i].
Fit fitSeasonalTrend(const std::vector<double> &y, const std::vector<int> &weekdays)
{
    const int n = int(y.size());
    Fit fit;

    std::array<std::vector<double>, 7> ratios;
    for (int centre = 3; centre + 3 < n; ++centre) {
        // Summed afresh rather than rolled, so a constant series gives ratios of exactly 1.
        double window = 0.0;
        for (int i = centre - 3; i <= centre + 3; ++i)
            window += y[std::size_t(i)];
        const double average = window / 7.0;
        if (average > 0.0)
            ratios[std::size_t(weekdays[std::size_t(centre)])].push_back(y[std::size_t(centre)] / average);
    }
    double factorSum = 0.0;
    for (std::size_t w = 0; w < 7; ++w) {
        fit.factors[w] = ratios[w].empty() ? 1.0 : median(ratios[w]);
        factorSum += fit.factors[w];
    }
    for (double &factor : fit.factors)
        factor = factorSum > 0.0 ? factor * 7.0 / factorSum : 1.0;

    // A weekday with a zero factor carries no level information; it is forecast as zero.
    std::vector<int> xs;
    std::vector<double> zs;
    for (int i = 0; i < n; ++i) {
        const double factor = fit.factors[std::size_t(weekdays[std::size_t(i)])];
        if (factor > 1e-9) {
            xs.push_back(i);
            zs.push_back(y[std::size_t(i)] / factor);
        }
    }
    if (zs.empty())
        return fit;
    std::vector<double> slopes;
    slopes.reserve(zs.size() * (zs.size() - 1) / 2);
    for (std::size_t a = 0; a < zs.size(); ++a) {
        for (std::size_t b = a + 1; b < zs.size(); ++b)
            slopes.push_back((zs[b] - zs[a]) / double(xs[b] - xs[a]));
    }
    fit.slope = slopes.empty() ? 0.0 : median(std::move(slopes));
    std::vector<double> intercepts(zs.size());
    for (std::size_t k = 0; k < zs.size(); ++k)
        intercepts[k] = zs[k] - fit.slope * double(xs[k]);
    fit.intercept = median(std::move(intercepts));
    return fit;
}

// How much wider than one day's residual the error of the sum of h forecast days is (step 5).
// As for a least-squares line through n days at x = 0..n−1, the variance of that error, in units
// of the day-level variance, is h (the days' own noise) + h²/n (the fitted level, shared by all
// h days) + (Σ (x − x̄))² / Sxx over the forecast days (the fitted slope, extrapolated). The
// residuals are in-sample, so they are scaled up by n / (n − 8) for the fitted parameters
// (six free weekday factors, level and slope).
double horizonErrorScale(int n, int h)
{
    const double days = n;
    const double centre = (days - 1.0) / 2.0;
    const double sxx = days * (days * days - 1.0) / 12.0;
    const double offsets = double(h) * (days - 1.0 - centre) + double(h) * double(h + 1) / 2.0;
    const double variance = double(h) + double(h) * double(h) / days + offsets * offsets / sxx;
    return std::sqrt(variance * days / std::max(1.0, days - 8.0));
}

} // namespace

MonthEndForecaster::MonthEndForecaster(const Options &options)
    : m_options(options)
{
}

MonthEndForecaster::Forecast MonthEndForecaster::forecast(const QMap<QDate, Money> &daily, QDate today,
                                                          const std::optional<ExternalForecast> &costExplorer) const
{
    Q_ASSERT(today.isValid());
    Forecast result;
    result.today = today;
    result.level = std::clamp(m_options.level, 0.5, 0.99);
    const QDate monthStart(today.year(), today.month(), 1);
    result.monthEnd = monthStart.addDays(monthStart.daysInMonth() - 1);
    result.remainingDays = int(today.daysTo(result.monthEnd));

    for (auto it = daily.lowerBound(monthStart); it != daily.end() && it.key() <= today; ++it)
        result.monthToDate += it.value();

    // The window: up to historyDays days ending today, never before the series' first day.
    int historyDays = 0;
    QDate windowStart;
    if (!daily.isEmpty() && daily.firstKey() <= today) {
        windowStart = std::max(daily.firstKey(), today.addDays(1 - std::max(1, m_options.historyDays)));
        historyDays = int(windowStart.daysTo(today)) + 1;
    }
    result.historyDays = historyDays;

    const int h = result.remainingDays;
    double remaining = 0.0;
    double lowerRemaining = 0.0;
    double upperRemaining = 0.0;
    if (h == 0) {
        result.basis = Basis::MonthComplete;
    } else if (historyDays < std::max(1, m_options.minHistoryDays)) {
        result.basis = Basis::RunRate;
        result.insufficientHistory = true;
        double sum = 0.0;
        for (auto it = daily.lowerBound(windowStart); historyDays > 0 && it != daily.end() && it.key() <= today; ++it)
            sum += double(it.value().nanos());
        const double runRate = historyDays > 0 ? std::max(0.0, sum / historyDays) : 0.0;
        remaining = runRate * h;
        // No basis for an error model: a factor-of-two band says "rough" honestly.
        lowerRemaining = remaining / 2.0;
        upperRemaining = remaining * 2.0;
    } else {
        result.basis = Basis::SeasonalTrend;
        std::vector<double> y(std::size_t(historyDays), 0.0);
        std::vector<int> weekdays(std::size_t(historyDays), 0);
        for (int i = 0; i < historyDays; ++i)
            weekdays[std::size_t(i)] = windowStart.addDays(i).dayOfWeek() - 1;
        for (auto it = daily.lowerBound(windowStart); it != daily.end() && it.key() <= today; ++it)
            y[std::size_t(windowStart.daysTo(it.key()))] = double(it.value().nanos());

        const Fit fit = fitSeasonalTrend(y, weekdays);
        std::vector<double> residuals(y.size());
        for (int i = 0; i < historyDays; ++i)
            residuals[std::size_t(i)] = y[std::size_t(i)] - fit.at(i, weekdays[std::size_t(i)]);
        for (int k = 1; k <= h; ++k) {
            const int index = historyDays - 1 + k;
            remaining += fit.at(index, (weekdays[std::size_t(historyDays - 1)] + k) % 7);
        }
        const double tail = (1.0 - result.level) / 2.0;
        const double horizonScale = horizonErrorScale(historyDays, h);
        lowerRemaining = remaining + horizonScale * quantile(residuals, tail);
        upperRemaining = remaining + horizonScale * quantile(residuals, 1.0 - tail);
    }

    result.forecastRemaining = moneyFromNanos(remaining);
    result.expectedTotal = result.monthToDate + result.forecastRemaining;
    // Nothing already spent can be un-spent, and the point forecast lies inside its own interval.
    result.lower = result.monthToDate + moneyFromNanos(std::clamp(lowerRemaining, 0.0, remaining));
    result.upper = result.monthToDate + moneyFromNanos(std::max(upperRemaining, remaining));
    result.lower = std::min(result.lower, result.expectedTotal);
    result.upper = std::max(result.upper, result.expectedTotal);

    if (costExplorer) {
        Comparison comparison;
        comparison.total = result.monthToDate + costExplorer->mean;
        if (costExplorer->lower)
            comparison.lower = result.monthToDate + *costExplorer->lower;
        if (costExplorer->upper)
            comparison.upper = result.monthToDate + *costExplorer->upper;
        comparison.difference = result.expectedTotal - comparison.total;
        result.costExplorer = comparison;
    }
    return result;
}

QString MonthEndForecaster::basisText(const Forecast &forecast)
{
    switch (forecast.basis) {
    case Basis::MonthComplete:
        //: The month-end "forecast" when the month has no days left
        return tr("The month is complete");
    case Basis::SeasonalTrend:
        //: %n is the number of days of cost history
        return tr("Weekly seasonality and trend from %n day(s) of history", nullptr, forecast.historyDays);
    case Basis::RunRate:
        //: %n is the number of days of cost history; the forecast is only a rough run rate
        return tr("Run rate from only %n day(s) of history (rough)", nullptr, forecast.historyDays);
    }
    return {};
}

} // namespace Spendscope
