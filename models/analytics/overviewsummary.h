// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "analytics/monthendforecaster.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Spendscope {

// The figures of the Overview page for the month of `today` (the last complete day, usually
// CostData::lastDay), computed from the loaded cost data:
//
//  - month to date: [first of the month, today] from the team cube (both cubes hold the same
//    total for every day);
//  - last month: its whole total, and its spend over the same days of the month (1 to today's day,
//    cut at its last day) when last month has daily data; older months hold one row a month;
//  - the month-end forecast of the organisation's daily total (MonthEndForecaster, 80% interval),
//    when the current month has daily data;
//  - unattributed spend as WasteAnalyzer defines it: project tag value empty or "default" (the
//    default project) in the project cube, and, apart from it, team tag value empty in the team
//    cube; each as a share of the month's total;
//  - the five largest teams (team cube), projects and models (project cube) this month, with
//    their share of the month's total; untagged spend is an entity of its own (an empty name).
//
// compute() is a pure function of its arguments and only reads the immutable cubes, so it is safe
// on a worker thread (OverviewSummaryJob).
struct OverviewSummary
{
    struct Entry {
        QString name; // tag value or model id; empty = untagged
        Money amount;
        double share = 0; // of the month to date
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static constexpr int DefaultTopCount = 5;
    static constexpr int DailyDays = 60; // days of the daily series (the Overview's small chart)

    QDate today;      // invalid: no cost data, every figure is empty
    QDate monthStart; // first of today's month
    Money monthToDate;

    QDate lastMonthStart;
    Money lastMonthTotal;
    // Last month from its first day to the same day of the month as today (or its last day, if
    // shorter); nullopt when last month has no daily data.
    std::optional<Money> lastMonthToSameDay;
    QDate lastMonthSameDay; // the last day counted in lastMonthToSameDay

    // The month-end forecast of the whole organisation; nullopt without daily data this month.
    std::optional<MonthEndForecaster::Forecast> forecast;

    Money untaggedProjectSpend; // project tag value empty
    Money defaultProjectSpend;  // project tag value "default"
    Money untaggedTeamSpend;    // team tag value empty
    [[nodiscard]] Money unattributedSpend() const { return untaggedProjectSpend + defaultProjectSpend; }
    [[nodiscard]] double unattributedShare() const { return unattributedSpend().ratioTo(monthToDate); }
    [[nodiscard]] double untaggedTeamShare() const { return untaggedTeamSpend.ratioTo(monthToDate); }

    QList<Entry> topTeams;
    QList<Entry> topProjects;
    QList<Entry> topModels;

    // The organisation's daily total for the last DailyDays days up to today (only days with
    // daily data), every day present.
    QMap<QDate, Money> daily;

    // This month against last month to the same day: the difference and the relative change
    // (nullopt when there is nothing to compare with, or last month spent nothing).
    [[nodiscard]] std::optional<Money> changeAmount() const;
    [[nodiscard]] std::optional<double> changeRatio() const;

    [[nodiscard]] bool isEmpty() const { return !today.isValid(); }

    [[nodiscard]] static OverviewSummary compute(const CostData &data, QDate today,
                                                 int topCount = DefaultTopCount,
                                                 const MonthEndForecaster::Options &forecastOptions = {});
};

} // namespace Spendscope
