// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncplanner.h"

#include <QSet>

#include <algorithm>

namespace Spendscope {

namespace {

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

using Granularity = CostCache::Granularity;

} // namespace

SyncPlanner::Window SyncPlanner::window(QDate today, const SyncSettings &settings)
{
    Window w;
    w.end = today.addDays(1);
    w.historyStart = firstOfMonth(today).addMonths(-(settings.historyMonths - 1));
    w.dailyStart = std::max(w.historyStart, firstOfMonth(today.addDays(-(settings.dailyDays - 1))));
    return w;
}

QList<FetchTask> SyncPlanner::dailyTasks(const QString &grouping, const QString &tagKey, QList<QDate> days,
                                         int chunkDays)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<FetchTask> tasks;
    for (const QDate day : std::as_const(days)) {
        if (!tasks.isEmpty()) {
            FetchTask &last = tasks.last();
            if (last.end == day && last.start.daysTo(day) < chunkDays) {
                last.end = day.addDays(1);
                continue;
            }
        }
        tasks.append(FetchTask{grouping, tagKey, Granularity::Daily, day, day.addDays(1)});
    }
    return tasks;
}

QList<FetchTask> SyncPlanner::missing(const Window &window, const SyncSettings &settings,
                                      const QList<CostCache::Period> &stored)
{
    QList<FetchTask> tasks;
    const std::pair<QString, QString> groupings[] = {{settings.projectGrouping(), settings.projectTagKey},
                                                     {settings.teamGrouping(), settings.teamTagKey}};
    for (const auto &[grouping, tagKey] : groupings) {
        QSet<QDate> days;
        QSet<QDate> finalMonths;
        for (const CostCache::Period &period : stored) {
            if (period.grouping != grouping)
                continue;
            if (period.granularity == Granularity::Daily)
                days.insert(period.start);
            else if (!period.estimated)
                finalMonths.insert(period.start);
        }

        // Older history: a month is there when its MONTHLY period is final or every one of its
        // days is stored (the DAILY window moved past it).
        for (QDate month = window.historyStart; month < window.dailyStart; month = month.addMonths(1)) {
            bool covered = finalMonths.contains(month);
            for (QDate day = month; !covered && day < month.addMonths(1) && days.contains(day); day = day.addDays(1))
                covered = day.addDays(1) == month.addMonths(1);
            if (covered)
                continue;
            if (!tasks.isEmpty()) {
                FetchTask &last = tasks.last();
                if (last.grouping == grouping && last.granularity == Granularity::Monthly && last.end == month
                    && last.start.addMonths(settings.monthlyChunkMonths) > month) {
                    last.end = month.addMonths(1);
                    continue;
                }
            }
            tasks.append(FetchTask{grouping, tagKey, Granularity::Monthly, month, month.addMonths(1)});
        }

        QList<QDate> missingDays;
        for (QDate day = window.dailyStart; day < window.end; day = day.addDays(1)) {
            if (!days.contains(day))
                missingDays.append(day);
        }
        tasks.append(dailyTasks(grouping, tagKey, missingDays, settings.dailyChunkDays));
    }
    return tasks;
}

QList<CostCache::Period> SyncPlanner::estimated(const Window &window, const SyncSettings &settings,
                                                const QList<CostCache::Period> &stored)
{
    QList<CostCache::Period> result;
    for (const CostCache::Period &period : stored) {
        if (period.estimated && period.granularity == Granularity::Daily && period.start >= window.historyStart
            && period.start < window.end
            && (period.grouping == settings.projectGrouping() || period.grouping == settings.teamGrouping())) {
            result.append(period);
        }
    }
    return result;
}

QHash<QString, QMap<QDate, CostCache::Granularity>> SyncPlanner::monthSources(const QList<CostCache::Period> &stored)
{
    QHash<QString, QMap<QDate, int>> dailyCount;
    QHash<QString, QSet<QDate>> monthly;
    for (const CostCache::Period &period : stored) {
        if (period.granularity == Granularity::Daily)
            ++dailyCount[period.grouping][firstOfMonth(period.start)];
        else
            monthly[period.grouping].insert(period.start);
    }
    QHash<QString, QMap<QDate, Granularity>> sources;
    for (auto it = monthly.cbegin(); it != monthly.cend(); ++it) {
        for (const QDate month : it.value())
            sources[it.key()][month] = Granularity::Monthly;
    }
    for (auto it = dailyCount.cbegin(); it != dailyCount.cend(); ++it) {
        QMap<QDate, Granularity> &months = sources[it.key()];
        for (auto m = it.value().cbegin(); m != it.value().cend(); ++m) {
            const bool complete = m.value() == m.key().daysInMonth();
            if (complete || !months.contains(m.key()))
                months[m.key()] = Granularity::Daily;
        }
    }
    return sources;
}

} // namespace Spendscope
