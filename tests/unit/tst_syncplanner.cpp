// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/syncplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

using Granularity = CostCache::Granularity;

namespace {

CostCache::Period period(const QString &grouping, Granularity granularity, QDate start, bool estimated = false,
                         qint64 id = 0)
{
    CostCache::Period p;
    p.id = id;
    p.grouping = grouping;
    p.granularity = granularity;
    p.start = start;
    p.end = granularity == Granularity::Daily ? start.addDays(1) : start.addMonths(1);
    p.estimated = estimated;
    return p;
}

// Every period a complete sync stores for `window`, all final except the current month's days.
QList<CostCache::Period> complete(const SyncPlanner::Window &window, const SyncSettings &settings, QDate today)
{
    QList<CostCache::Period> stored;
    for (const QString &grouping : {settings.projectGrouping(), settings.teamGrouping()}) {
        for (QDate m = window.historyStart; m < window.dailyStart; m = m.addMonths(1))
            stored.append(period(grouping, Granularity::Monthly, m));
        for (QDate d = window.dailyStart; d < window.end; d = d.addDays(1))
            stored.append(period(grouping, Granularity::Daily, d, d.month() == today.month()));
    }
    return stored;
}

} // namespace

class TestSyncPlanner final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void window_data();
    void window();
    void emptyCache_fetchesEverythingInChunks();
    void completeCache_fetchesNothing();
    void movedWindow_keepsCompleteDailyMonths();
    void estimatedMonthly_isRefetched_estimatedDaily_isProbed();
    void changedKey_startsThatGroupingAfresh();
    void dailyTasks_mergesConsecutiveDaysUpToTheChunk();
    void monthSources_countEachMonthOnce();
    void settings_validate();
};

void TestSyncPlanner::window_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("dailyDays");
    QTest::addColumn<QDate>("historyStart");
    QTest::addColumn<QDate>("dailyStart");

    QTest::newRow("defaults") << QDate(2026, 11, 20) << 13 << 90 << QDate(2025, 11, 1) << QDate(2026, 8, 1);
    QTest::newRow("first of month") << QDate(2026, 3, 1) << 13 << 90 << QDate(2025, 3, 1) << QDate(2025, 12, 1);
    QTest::newRow("one day window") << QDate(2026, 3, 15) << 13 << 1 << QDate(2025, 3, 1) << QDate(2026, 3, 1);
    QTest::newRow("window longer than history") << QDate(2026, 3, 15) << 2 << 365 << QDate(2026, 2, 1)
                                                << QDate(2026, 2, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29) << 14 << 30 << QDate(2027, 1, 1) << QDate(2028, 1, 1);
}

void TestSyncPlanner::window()
{
    QFETCH(QDate, today);
    QFETCH(int, months);
    QFETCH(int, dailyDays);
    SyncSettings settings;
    settings.historyMonths = months;
    settings.dailyDays = dailyDays;
    const SyncPlanner::Window w = SyncPlanner::window(today, settings);
    QTEST(w.historyStart, "historyStart");
    QTEST(w.dailyStart, "dailyStart");
    QCOMPARE(w.end, today.addDays(1));
}

void TestSyncPlanner::emptyCache_fetchesEverythingInChunks()
{
    const SyncSettings settings;
    const QDate today(2026, 11, 20);
    const SyncPlanner::Window w = SyncPlanner::window(today, settings);
    const QList<FetchTask> tasks = SyncPlanner::missing(w, settings, {});

    // Per grouping: 9 older months in chunks of 3, then Aug 1 .. Nov 20 (112 days) in chunks of 10.
    QList<FetchTask> project;
    for (const FetchTask &t : tasks) {
        if (t.grouping == settings.projectGrouping())
            project.append(t);
    }
    QCOMPARE(tasks.size(), 2 * project.size());
    QCOMPARE(project.size(), 3 + 12);
    QCOMPARE(project.at(0), (FetchTask{u"tag:Project"_s, u"Project"_s, Granularity::Monthly, QDate(2025, 11, 1),
                                       QDate(2026, 2, 1)}));
    QCOMPARE(project.at(2).end, QDate(2026, 8, 1));
    QCOMPARE(project.at(3), (FetchTask{u"tag:Project"_s, u"Project"_s, Granularity::Daily, QDate(2026, 8, 1),
                                       QDate(2026, 8, 11)}));
    QCOMPARE(project.last().end, w.end);
    // Together the tasks cover the window exactly once, without gaps or overlaps.
    QDate next = w.historyStart;
    for (const FetchTask &t : std::as_const(project)) {
        QCOMPARE(t.start, next);
        QVERIFY(t.end > t.start);
        next = t.end;
    }
    QCOMPARE(next, w.end);
    for (const FetchTask &t : tasks) {
        if (t.grouping == settings.teamGrouping())
            QCOMPARE(t.tagKey, u"Team"_s);
    }
}

void TestSyncPlanner::completeCache_fetchesNothing()
{
    const SyncSettings settings;
    const QDate today(2026, 11, 20);
    const SyncPlanner::Window w = SyncPlanner::window(today, settings);
    const QList<CostCache::Period> stored = complete(w, settings, today);
    QVERIFY(SyncPlanner::missing(w, settings, stored).isEmpty());
    // The current month's 20 days, for each grouping, wait for the probe.
    QCOMPARE(SyncPlanner::estimated(w, settings, stored).size(), 40);
}

void TestSyncPlanner::movedWindow_keepsCompleteDailyMonths()
{
    const SyncSettings settings;
    const QDate before(2026, 11, 20);
    const QList<CostCache::Period> stored = complete(SyncPlanner::window(before, settings), settings, before);

    // Two weeks later: December's days are new; August, once daily, is still complete; the
    // oldest month (November 2025) left the history and December 2025 is stored.
    const QDate after(2026, 12, 3);
    const SyncPlanner::Window w = SyncPlanner::window(after, settings);
    QCOMPARE(w.dailyStart, QDate(2026, 9, 1));
    const QList<FetchTask> tasks = SyncPlanner::missing(w, settings, stored);
    QCOMPARE(tasks.size(), 2 * 2); // Nov 21-30 and Dec 1-3 ... per grouping
    QCOMPARE(tasks.at(0), (FetchTask{u"tag:Project"_s, u"Project"_s, Granularity::Daily, QDate(2026, 11, 21),
                                     QDate(2026, 12, 1)}));
    QCOMPARE(tasks.at(1), (FetchTask{u"tag:Project"_s, u"Project"_s, Granularity::Daily, QDate(2026, 12, 1),
                                     QDate(2026, 12, 4)}));
}

void TestSyncPlanner::estimatedMonthly_isRefetched_estimatedDaily_isProbed()
{
    SyncSettings settings;
    settings.dailyDays = 1;
    const QDate today(2026, 11, 20);
    const SyncPlanner::Window w = SyncPlanner::window(today, settings);
    QList<CostCache::Period> stored = complete(w, settings, today);
    // October's bill was not final when fetched.
    for (CostCache::Period &p : stored) {
        if (p.granularity == Granularity::Monthly && p.start == QDate(2026, 10, 1))
            p.estimated = true;
    }
    const QList<FetchTask> tasks = SyncPlanner::missing(w, settings, stored);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).start, QDate(2026, 10, 1));
    QCOMPARE(tasks.at(0).granularity, Granularity::Monthly);
    // Estimated months are refetched, not probed; only days are probed.
    for (const CostCache::Period &p : SyncPlanner::estimated(w, settings, stored))
        QCOMPARE(p.granularity, Granularity::Daily);
}

void TestSyncPlanner::changedKey_startsThatGroupingAfresh()
{
    const SyncSettings before;
    const QDate today(2026, 11, 20);
    const QList<CostCache::Period> stored = complete(SyncPlanner::window(today, before), before, today);
    SyncSettings after;
    after.projectTagKey = u"CostProject"_s;
    const QList<FetchTask> tasks = SyncPlanner::missing(SyncPlanner::window(today, after), after, stored);
    QCOMPARE(tasks.size(), 15);
    for (const FetchTask &t : tasks) {
        QCOMPARE(t.grouping, u"tag:CostProject"_s);
        QCOMPARE(t.tagKey, u"CostProject"_s);
    }
    QCOMPARE(SyncPlanner::estimated(SyncPlanner::window(today, after), after, stored).size(), 20);
}

void TestSyncPlanner::dailyTasks_mergesConsecutiveDaysUpToTheChunk()
{
    const QList<QDate> days = {QDate(2026, 11, 5), QDate(2026, 11, 1), QDate(2026, 11, 2), QDate(2026, 11, 2),
                               QDate(2026, 11, 3), QDate(2026, 11, 9), QDate(2026, 11, 8)};
    const QList<FetchTask> tasks = SyncPlanner::dailyTasks(u"g"_s, u"K"_s, days, 2);
    const QList<std::pair<QDate, QDate>> expected = {{QDate(2026, 11, 1), QDate(2026, 11, 3)},
                                                     {QDate(2026, 11, 3), QDate(2026, 11, 4)},
                                                     {QDate(2026, 11, 5), QDate(2026, 11, 6)},
                                                     {QDate(2026, 11, 8), QDate(2026, 11, 10)}};
    QCOMPARE(tasks.size(), expected.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QCOMPARE(tasks.at(i).start, expected.at(i).first);
        QCOMPARE(tasks.at(i).end, expected.at(i).second);
        QCOMPARE(tasks.at(i).granularity, Granularity::Daily);
    }
    QVERIFY(SyncPlanner::dailyTasks(u"g"_s, u"K"_s, {}, 10).isEmpty());
}

void TestSyncPlanner::monthSources_countEachMonthOnce()
{
    const QString g = u"tag:Project"_s;
    QList<CostCache::Period> stored;
    // August: monthly and every day → daily. September: monthly and some days → monthly.
    // October: monthly only. November: days only (the current month) → daily.
    for (const QDate m : {QDate(2026, 8, 1), QDate(2026, 9, 1), QDate(2026, 10, 1)})
        stored.append(period(g, Granularity::Monthly, m));
    for (QDate d(2026, 8, 1); d < QDate(2026, 9, 1); d = d.addDays(1))
        stored.append(period(g, Granularity::Daily, d));
    for (QDate d(2026, 9, 10); d < QDate(2026, 9, 20); d = d.addDays(1))
        stored.append(period(g, Granularity::Daily, d));
    for (QDate d(2026, 11, 1); d < QDate(2026, 11, 5); d = d.addDays(1))
        stored.append(period(g, Granularity::Daily, d, true));
    stored.append(period(u"tag:Team"_s, Granularity::Monthly, QDate(2026, 8, 1)));

    const auto sources = SyncPlanner::monthSources(stored);
    const QMap<QDate, Granularity> expected = {{QDate(2026, 8, 1), Granularity::Daily},
                                               {QDate(2026, 9, 1), Granularity::Monthly},
                                               {QDate(2026, 10, 1), Granularity::Monthly},
                                               {QDate(2026, 11, 1), Granularity::Daily}};
    QCOMPARE(sources.value(g), expected);
    QCOMPARE(sources.value(u"tag:Team"_s).value(QDate(2026, 8, 1)), Granularity::Monthly);
}

void TestSyncPlanner::settings_validate()
{
    QVERIFY(SyncSettings().validate().isEmpty());
    auto invalid = [](auto change) {
        SyncSettings s;
        change(s);
        return !s.validate().isEmpty();
    };
    QVERIFY(invalid([](SyncSettings &s) { s.teamTagKey = s.projectTagKey; }));
    QVERIFY(invalid([](SyncSettings &s) { s.projectTagKey = u"  "_s; }));
    QVERIFY(invalid([](SyncSettings &s) { s.historyMonths = 0; }));
    QVERIFY(invalid([](SyncSettings &s) { s.historyMonths = 15; }));
    QVERIFY(invalid([](SyncSettings &s) { s.dailyDays = 0; }));
    QVERIFY(invalid([](SyncSettings &s) { s.dailyChunkDays = 0; }));
    QVERIFY(invalid([](SyncSettings &s) { s.serviceSearch.clear(); }));
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
