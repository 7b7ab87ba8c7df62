// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/costcache.h"
#include "store/syncsettings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Spendscope {

// One GetCostAndUsage request of a sync: a grouping's periods of one granularity in
// [start, end) (exclusive end, as Cost Explorer's TimePeriod).
struct FetchTask
{
    QString grouping;
    QString tagKey;
    CostCache::Granularity granularity = CostCache::Granularity::Monthly;
    QDate start;
    QDate end;

    friend bool operator==(const FetchTask &, const FetchTask &) = default;
};

// Decides what a sync fetches so that Cost Explorer requests (USD 0.01 each) are few: MONTHLY for
// older history, DAILY for a recent window rounded out to whole months, and only what the cache
// does not hold yet. Periods still Estimated are not refetched blindly: the sync first compares
// their stored totals with one ungrouped DAILY request (the probe) and refetches only the days
// that changed. Pure functions of the date, the settings and the stored periods.
class SyncPlanner final
{
public:
    // The span of a sync: [historyStart, end) with DAILY periods from dailyStart; all three are
    // UTC days, historyStart and dailyStart are firsts of months, end is the day after `today`.
    struct Window
    {
        QDate historyStart;
        QDate dailyStart;
        QDate end;

        friend bool operator==(const Window &, const Window &) = default;
    };

    [[nodiscard]] static Window window(QDate today, const SyncSettings &settings);

    // Requests for every period of both groupings that is not stored yet (and for MONTHLY
    // periods still marked Estimated), in date order, chunked as the settings say.
    [[nodiscard]] static QList<FetchTask> missing(const Window &window, const SyncSettings &settings,
                                                  const QList<CostCache::Period> &stored);

    // The stored DAILY periods of both groupings still marked Estimated within the window.
    [[nodiscard]] static QList<CostCache::Period> estimated(const Window &window, const SyncSettings &settings,
                                                            const QList<CostCache::Period> &stored);

    // DAILY requests for `days` (any order) of one grouping: consecutive days share a request,
    // at most `chunkDays` each.
    [[nodiscard]] static QList<FetchTask> dailyTasks(const QString &grouping, const QString &tagKey, QList<QDate> days,
                                                     int chunkDays);

    // Which granularity answers each month of a grouping, so that no month is counted twice: the
    // DAILY periods when they cover the whole month or when the month has no MONTHLY period
    // (the current month), else the MONTHLY period. Months are keyed by their first day.
    [[nodiscard]] static QHash<QString, QMap<QDate, CostCache::Granularity>>
    monthSources(const QList<CostCache::Period> &stored);
};

} // namespace Spendscope
