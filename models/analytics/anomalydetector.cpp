// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/anomalydetector.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Spendscope {

namespace {

// 1 / Φ⁻¹(0.75): turns a median absolute deviation into a normal standard deviation.
constexpr double MadToSigma = 1.4826;

double median(std::vector<double> values)
{
    Q_ASSERT(!values.empty());
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

Money roundedMoney(double nanos)
{
    constexpr double max = 9.2e18; // Money saturates rather than wraps; so does this
    return Money::fromNanos(qint64(std::llround(std::clamp(nanos, -max, max))));
}

// A dense copy of a sparse series over [first, first + days), missing days zero.
std::vector<qint64> densify(const QMap<QDate, Money> &series, QDate first, int days)
{
    std::vector<qint64> dense(std::size_t(days), 0);
    for (auto it = series.lowerBound(first); it != series.end(); ++it) {
        const qint64 index = first.daysTo(it.key());
        if (index >= days)
            break;
        dense[std::size_t(index)] = it.value().nanos();
    }
    return dense;
}

struct Expectation {
    double value = 0.0;
    bool robust = false; // the baseline is a median of at least three values
    double driftUncertainty = 0.0; // while the drift cannot be estimated yet
};

struct SeasonalResidual {
    double value = 0.0; // r1 = y − b
    bool robust = false;
};

// Steps 1 and 2 of the method in the header: the expected value of every day, nullopt for the
// first week (no same-weekday history yet).
std::vector<std::optional<Expectation>> expectedValues(const std::vector<qint64> &y, int weeks, int driftWeeks)
{
    // A median of one or two values is a copy or a mean, which one past spike would drag along.
    const std::size_t robustCount = std::size_t(std::min(3, weeks));
    const auto n = std::ptrdiff_t(y.size());
    std::vector<std::optional<SeasonalResidual>> residuals(y.size());
    std::vector<std::optional<Expectation>> expected(y.size());
    std::vector<double> values;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        values.clear();
        for (std::ptrdiff_t j = 1; j <= weeks && i - 7 * j >= 0; ++j)
            values.push_back(double(y[std::size_t(i - 7 * j)]));
        if (values.empty())
            continue;
        Expectation expectation;
        expectation.robust = values.size() >= robustCount;
        const double baseline = median(values);
        residuals[std::size_t(i)] = SeasonalResidual{double(y[std::size_t(i)]) - baseline, expectation.robust};

        // The drift uses past residuals only, so the day itself never moves its own baseline.
        values.clear();
        for (std::ptrdiff_t j = 1; j <= driftWeeks && i - 7 * j >= 0; ++j) {
            const auto &past = residuals[std::size_t(i - 7 * j)];
            if (past && past->robust)
                values.push_back(past->value);
        }
        double drift = 0.0;
        if (values.size() >= robustCount) {
            drift = median(values);
        } else {
            // Too early for a drift per weekday. Whether a trend's lag is the same on every day
            // (additive) or in proportion (multiplicative) is unknown yet, so the typical lag of
            // the last two weeks, any weekday, widens the scale instead of moving the baseline.
            values.clear();
            for (std::ptrdiff_t x = std::max<std::ptrdiff_t>(0, i - 14); x < i; ++x) {
                if (const auto &past = residuals[std::size_t(x)])
                    values.push_back(past->value);
            }
            expectation.driftUncertainty = values.empty() ? 0.0 : std::abs(median(values));
        }
        expectation.value = std::max(0.0, baseline + drift);
        expected[std::size_t(i)] = expectation;
    }
    return expected;
}

} // namespace

AnomalyDetector::AnomalyDetector(const Options &options)
    : m_options(options)
{
}

QList<AnomalyDetector::Anomaly> AnomalyDetector::detect(const EntitySeries &series, QDate from, QDate to) const
{
    QDate first;
    QDate last;
    const auto extend = [&first, &last](const QMap<QDate, Money> &daily) {
        if (daily.isEmpty())
            return;
        first = first.isValid() ? std::min(first, daily.firstKey()) : daily.firstKey();
        last = last.isValid() ? std::max(last, daily.lastKey()) : daily.lastKey();
    };
    extend(series.daily);
    for (const auto &driver : series.drivers)
        extend(driver);
    if (!first.isValid())
        return {};
    if (to.isValid())
        last = std::max(last, to);

    const int days = int(first.daysTo(last)) + 1;
    const int weeks = std::max(1, m_options.seasonalWeeks);
    const int driftWeeks = std::max(1, m_options.driftWeeks);
    const std::vector<qint64> actual = densify(series.daily, first, days);
    const std::vector<std::optional<Expectation>> expected = expectedValues(actual, weeks, driftWeeks);

    const int begin = std::max(std::max(0, m_options.minHistoryDays),
                               from.isValid() ? int(first.daysTo(from)) : 0);
    const int end = to.isValid() ? std::min(days, int(first.daysTo(to)) + 1) : days;
    const double minimumScale = std::max(1.0, double(m_options.minimumScale.nanos()));

    // Driver expectations are only needed on anomalous days, so they are computed on first use.
    std::vector<std::vector<qint64>> driverActual;
    std::vector<std::vector<std::optional<Expectation>>> driverExpected;

    QList<Anomaly> anomalies;
    std::vector<double> residuals;
    std::vector<double> deviations;
    for (int i = std::max(begin, 7); i < end; ++i) {
        const auto index = std::size_t(i);
        if (!expected[index] || !expected[index]->robust)
            continue;
        residuals.clear();
        for (int x = std::max(0, i - m_options.scaleWindowDays); x < i; ++x) {
            if (const auto &past = expected[std::size_t(x)])
                residuals.push_back(double(actual[std::size_t(x)]) - past->value);
        }
        double scale = 0.0;
        if (!residuals.empty()) {
            const double centre = median(residuals);
            deviations.clear();
            for (const double residual : residuals)
                deviations.push_back(std::abs(residual - centre));
            scale = MadToSigma * median(deviations);
        }
        const Money expectedMoney = roundedMoney(expected[index]->value);
        scale = std::max({scale, minimumScale, m_options.relativeScaleFloor * double(expectedMoney.nanos()),
                          expected[index]->driftUncertainty});

        const Money actualMoney = Money::fromNanos(actual[index]);
        const Money excess = actualMoney - expectedMoney;
        const double score = double(excess.nanos()) / scale;
        const Money magnitude = excess.isNegative() ? -excess : excess;
        if (std::abs(score) < m_options.threshold || magnitude < m_options.minimumExcess || excess.isZero())
            continue;

        Anomaly anomaly;
        anomaly.entity = series.entity;
        anomaly.day = first.addDays(i);
        anomaly.direction = excess.isNegative() ? Direction::Drop : Direction::Spike;
        anomaly.actual = actualMoney;
        anomaly.expected = expectedMoney;
        anomaly.excess = excess;
        anomaly.score = score;

        if (driverActual.empty() && !series.drivers.isEmpty()) {
            for (const auto &driver : series.drivers) {
                driverActual.push_back(densify(driver, first, days));
                driverExpected.push_back(expectedValues(driverActual.back(), weeks, driftWeeks));
            }
        }
        std::optional<Money> best;
        qsizetype d = 0;
        for (auto it = series.drivers.cbegin(); it != series.drivers.cend(); ++it, ++d) {
            const auto &driverPast = driverExpected[std::size_t(d)][index];
            const Money driverExcess = Money::fromNanos(driverActual[std::size_t(d)][index])
                - roundedMoney(driverPast ? driverPast->value : 0.0);
            // Strictly better only, so ties go to the first driver in name order.
            const bool better = !best
                || (anomaly.direction == Direction::Spike ? driverExcess > *best : driverExcess < *best);
            if (better) {
                best = driverExcess;
                anomaly.driver = it.key();
            }
        }
        if (best) {
            anomaly.driverExcess = *best;
            anomaly.driverShare = best->ratioTo(excess);
        }
        anomalies.append(anomaly);
    }
    return anomalies;
}

QList<AnomalyDetector::Anomaly> AnomalyDetector::detect(const QList<EntitySeries> &entities, QDate from,
                                                        QDate to) const
{
    QList<Anomaly> anomalies;
    for (const EntitySeries &series : entities)
        anomalies.append(detect(series, from, to));
    return anomalies;
}

QString AnomalyDetector::directionText(Direction direction)
{
    switch (direction) {
    case Direction::Spike:
        //: A day on which cost was unusually high
        return tr("Spike");
    case Direction::Drop:
        //: A day on which cost was unusually low
        return tr("Drop");
    }
    return {};
}

} // namespace Spendscope
