// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Spendscope {

// Finds the days on which an entity's (a team's or a project's) cost broke from its usual
// weekly pattern, and names the driver (a model id or usage type) that explains most of it.
//
// Series are sparse daily maps over UTC calendar days; a missing day is zero. The history starts
// at the earliest key of the entity or its drivers. For each day d, with y the daily amounts:
//  1. Seasonal baseline b(d): the median of y on the same weekday over the previous
//     seasonalWeeks weeks (those inside the history). Same-weekday values make it
//     seasonality-aware; the median keeps a past spike or dip from moving it, which takes at
//     least three values (a median of two is their mean), hence three weeks of history.
//  2. Drift: r1 = y − b lags a trend by a constant amount per weekday (the median sits about
//     (seasonalWeeks + 1) / 2 weeks back), so expected(d) = max(0, b(d) + median of r1 on the same
//     weekday over the previous driftWeeks weeks), once three such r1 exist (six weeks of
//     history). A steady trend, additive or multiplicative, then leaves no residual. Before
//     that the drift is zero, and |median of r1 over the last 14 days| joins the scale floor,
//     so that an early trend's lag is not mistaken for an anomaly.
//  3. Scale: 1.4826 × MAD (a robust standard deviation) of the residuals y − expected over the
//     previous scaleWindowDays days, floored at max(minimumScale, relativeScaleFloor × expected)
//     so that a flat or all-zero series neither divides by zero nor flags rounding noise.
//  4. Score: (actual − expected) / scale. A day is an anomaly when |score| ≥ threshold and
//     |actual − expected| ≥ minimumExcess, once it has minHistoryDays days of history and a
//     baseline of at least three same-weekday values.
//  5. Driver: every driver series gets the same expected value; on an anomalous day the driver
//     whose own excess is largest in the anomaly's direction is named, with that excess and its
//     share of the entity's excess (above 1 when other drivers moved the other way).
// Statistics run in double on nano-units; actual, expected (rounded to nano-units) and excess
// are exact Money.
class AnomalyDetector final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::AnomalyDetector)
public:
    struct Options {
        double threshold = 3.5;
        Money minimumExcess = Money::fromUnits(1);
        int minHistoryDays = 21; // three same-weekday values for a robust baseline
        int seasonalWeeks = 5; // a median of five ignores up to two odd weeks
        int driftWeeks = 8; // more weeks than the baseline: the drift is a small, noisy correction
        int scaleWindowDays = 28;
        Money minimumScale = Money::fromNanos(10'000'000); // 0.01
        double relativeScaleFloor = 0.05;
    };

    enum class Direction : quint8 {
        Spike,
        Drop,
    };

    struct EntitySeries {
        QString entity; // team or project
        QMap<QDate, Money> daily; // usually the sum of the drivers
        QMap<QString, QMap<QDate, Money>> drivers; // model id or usage type → daily cost
    };

    struct Anomaly {
        QString entity;
        QDate day;
        Direction direction = Direction::Spike;
        Money actual;
        Money expected;
        Money excess; // actual − expected
        double score = 0.0; // in robust standard deviations, signed
        QString driver; // empty when no driver series were given
        Money driverExcess;
        double driverShare = 0.0; // driverExcess / excess
    };

    AnomalyDetector() = default;
    explicit AnomalyDetector(const Options &options);

    [[nodiscard]] const Options &options() const { return m_options; }

    // Anomalies in [from, to] (an invalid date leaves that end open; `to` beyond the last key
    // extends the series with zero days), sorted by day. Earlier days still serve as history.
    [[nodiscard]] QList<Anomaly> detect(const EntitySeries &series, QDate from = {}, QDate to = {}) const;
    // The same for each entity in turn, in the given order.
    [[nodiscard]] QList<Anomaly> detect(const QList<EntitySeries> &entities, QDate from = {}, QDate to = {}) const;

    [[nodiscard]] static QString directionText(Direction direction);

private:
    Options m_options;
};

} // namespace Spendscope
