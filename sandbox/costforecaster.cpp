// SPDX-License-Identifier: GPL-3.0-or-later
#include "costforecaster.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace Spendscope::Sandbox {

namespace {

Money fromDouble(double amount)
{
    const double nanos = std::round(amount * double(Money::Scale));
    // Forecasts of absurd series saturate like Money sums do.
    if (nanos >= 9.2e18)
        return Money::fromNanos(std::numeric_limits<qint64>::max());
    if (nanos <= -9.2e18)
        return Money::fromNanos(std::numeric_limits<qint64>::min());
    return Money::fromNanos(qint64(nanos));
}

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
double inverseNormal(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

double CostForecaster::normalQuantile(int levelPercent)
{
    const double level = std::clamp(levelPercent, 1, 99) / 100.0;
    return inverseNormal(0.5 + level / 2);
}

std::optional<CostForecaster::Result> CostForecaster::forecast(const std::vector<Money> &history, QDate historyStart,
                                                               const std::vector<std::pair<QDate, QDate>> &periods,
                                                               int level)
{
    // Skip the days before the first usage: a series that starts late is short, not zero.
    size_t first = 0;
    while (first < history.size() && history[first].isZero())
        ++first;
    const size_t n = history.size() - first;
    if (n < size_t(MinHistoryDays))
        return std::nullopt;
    const size_t begin = n > size_t(HistoryDays) ? history.size() - size_t(HistoryDays) : first;
    const QDate start = historyStart.addDays(qint64(begin));
    const size_t count = history.size() - begin;

    std::vector<double> y(count);
    for (size_t i = 0; i < count; ++i)
        y[i] = history[begin + i].toDouble();
    const double mean = std::accumulate(y.cbegin(), y.cend(), 0.0) / double(count);

    // Weekday factors (Qt: Monday = 1 … Sunday = 7).
    std::array<double, 8> weekdaySum{};
    std::array<int, 8> weekdayCount{};
    for (size_t i = 0; i < count; ++i) {
        const int w = start.addDays(qint64(i)).dayOfWeek();
        weekdaySum[size_t(w)] += y[i];
        ++weekdayCount[size_t(w)];
    }
    std::array<double, 8> factor{};
    for (int w = 1; w <= 7; ++w) {
        factor[size_t(w)] = weekdayCount[size_t(w)] > 0 && mean > 0
            ? (weekdaySum[size_t(w)] / weekdayCount[size_t(w)]) / mean
            : 1.0;
        if (factor[size_t(w)] <= 0)
            factor[size_t(w)] = 1.0; // a weekday without spend must not divide by zero below
    }

    // Least squares trend on the de-seasonalised series; t = 0 is the first history day.
    double sumT = 0, sumZ = 0, sumTT = 0, sumTZ = 0;
    for (size_t i = 0; i < count; ++i) {
        const double t = double(i);
        const double z = y[i] / factor[size_t(start.addDays(qint64(i)).dayOfWeek())];
        sumT += t;
        sumZ += z;
        sumTT += t * t;
        sumTZ += t * z;
    }
    const double nd = double(count);
    const double denominator = nd * sumTT - sumT * sumT;
    const double slope = denominator != 0 ? (nd * sumTZ - sumT * sumZ) / denominator : 0;
    const double intercept = (sumZ - slope * sumT) / nd;
    const auto fitted = [&](QDate day) {
        const double t = double(start.daysTo(day));
        return std::max(0.0, (intercept + slope * t) * factor[size_t(day.dayOfWeek())]);
    };

    double squares = 0;
    for (size_t i = 0; i < count; ++i) {
        const double residual = y[i] - fitted(start.addDays(qint64(i)));
        squares += residual * residual;
    }
    const double sigma = count > 2 ? std::sqrt(squares / double(count - 2)) : 0;
    const double z = normalQuantile(level);

    Result result;
    for (const auto &[from, to] : periods) {
        double sum = 0;
        for (QDate day = from; day < to; day = day.addDays(1))
            sum += fitted(day);
        const double half = z * sigma * std::sqrt(double(from.daysTo(to)));
        Period period{from, to, fromDouble(sum), fromDouble(std::max(0.0, sum - half)), fromDouble(sum + half)};
        result.total += period.mean;
        result.periods.push_back(period);
    }
    return result;
}

} // namespace Spendscope::Sandbox
