// SPDX-License-Identifier: GPL-3.0-or-later
#include "costallocationtags.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope::Sandbox;

class TestCostAllocationTags final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addKey_startsInactive_sorted();
    void setActive_effectiveNextDay_notRetroactive();
    void setActive_toggleBeforeEffect_leavesNoSpan();
    void setActive_unknownKey_false();
};

void TestCostAllocationTags::addKey_startsInactive_sorted()
{
    CostAllocationTags tags;
    tags.addKey(u"Team"_s);
    tags.addKey(u"Environment"_s);
    tags.addKey(u"team"_s);
    tags.addKey(u"Team"_s);
    QCOMPARE(tags.keyNames(), (QStringList{u"Environment"_s, u"Team"_s, u"team"_s}));
    QVERIFY(!tags.find(u"Team"_s)->isActive());
    QVERIFY(!tags.find(u"Team"_s)->lastUpdated.isValid());
    QVERIFY(!tags.isActiveOn(u"Team"_s, QDate(2026, 1, 1)));
}

void TestCostAllocationTags::setActive_effectiveNextDay_notRetroactive()
{
    CostAllocationTags tags;
    tags.addKey(u"Team"_s);
    const quint64 version = tags.version();
    const QDateTime monday(QDate(2026, 11, 23), QTime(23, 59), Qt::UTC);
    QVERIFY(tags.setActive(u"Team"_s, true, monday));
    QVERIFY(tags.version() > version);
    QVERIFY(tags.find(u"Team"_s)->isActive());
    QCOMPARE(tags.find(u"Team"_s)->lastUpdated, monday);
    QVERIFY(!tags.isActiveOn(u"Team"_s, QDate(2026, 11, 23)));
    QVERIFY(tags.isActiveOn(u"Team"_s, QDate(2026, 11, 24)));
    QVERIFY(tags.isActiveOn(u"Team"_s, QDate(2030, 1, 1)));

    QVERIFY(tags.setActive(u"Team"_s, true, monday.addDays(1))); // already active: unchanged
    QCOMPARE(tags.find(u"Team"_s)->lastUpdated, monday);

    QVERIFY(tags.setActive(u"Team"_s, false, monday.addDays(3)));
    QVERIFY(tags.isActiveOn(u"Team"_s, QDate(2026, 11, 26)));
    QVERIFY(!tags.isActiveOn(u"Team"_s, QDate(2026, 11, 27)));
    QVERIFY(tags.setActive(u"Team"_s, true, monday.addDays(10)));
    const QList<CostAllocationTags::Span> spans = tags.find(u"Team"_s)->spans;
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0], (CostAllocationTags::Span{QDate(2026, 11, 24), QDate(2026, 11, 27)}));
    QCOMPARE(spans[1], (CostAllocationTags::Span{QDate(2026, 12, 4), QDate()}));
    QVERIFY(!tags.isActiveOn(u"Team"_s, QDate(2026, 12, 1)));
}

void TestCostAllocationTags::setActive_toggleBeforeEffect_leavesNoSpan()
{
    CostAllocationTags tags;
    tags.addKey(u"Team"_s);
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    QVERIFY(tags.setActive(u"Team"_s, true, now));
    QVERIFY(tags.setActive(u"Team"_s, false, now.addSecs(3600)));
    QVERIFY(tags.find(u"Team"_s)->spans.isEmpty());
    QVERIFY(!tags.find(u"Team"_s)->isActive());
}

void TestCostAllocationTags::setActive_unknownKey_false()
{
    CostAllocationTags tags;
    QVERIFY(!tags.setActive(u"Nope"_s, true, QDateTime::currentDateTimeUtc()));
    QVERIFY(!tags.contains(u"Nope"_s));
    QCOMPARE(tags.find(u"Nope"_s), nullptr);
}

QTEST_GUILESS_MAIN(TestCostAllocationTags)
#include "tst_costallocationtags.moc"
