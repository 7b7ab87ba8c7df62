// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/pricecatalog.h"
#include "ledger.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

class TestLedger final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intern_sameValue_sameIndex();
    void record_sameKeySameDay_merges();
    void record_earlierDay_keepsDayOrder();
    void append_outOfOrder_fallsBackToOrderedInsert();
    void recordTokens_pricedFromCatalog();
    void recordTokens_unpriced_nothingRecorded();
    void fingerprint_changesWithContent();
    void lowerBound_andDays();
};

namespace {
const QString InputType = u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
const QString OutputType = u"USE1-openai.gpt-oss-120b-mantle-output-tokens-standard"_s;
}

void TestLedger::intern_sameValue_sameIndex()
{
    Ledger ledger;
    QCOMPARE(ledger.internUsageType(InputType), quint16(0));
    QCOMPARE(ledger.internUsageType(OutputType), quint16(1));
    QCOMPARE(ledger.internUsageType(InputType), quint16(0));
    QCOMPARE(ledger.usageType(1).tokenType(), UsageType::TokenType::Output);
    QCOMPARE(ledger.internTags({{u"Team"_s, u"a"_s}}), quint32(0));
    QCOMPARE(ledger.internTags({{u"Team"_s, u"b"_s}}), quint32(1));
    QCOMPARE(ledger.internTags({}), quint32(2));
    QCOMPARE(ledger.internTags({{u"Team"_s, u"a"_s}}), quint32(0));
    // Separators inside values must not make two snapshots collide.
    QVERIFY(ledger.internTags({{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}) != ledger.internTags({{u"A"_s, u"1B2"_s}}));
    QCOMPARE(ledger.internProject(u"default"_s), quint16(0));
    QCOMPARE(ledger.projectId(0), u"default"_s);
}

void TestLedger::record_sameKeySameDay_merges()
{
    Ledger ledger;
    const QDate day(2026, 11, 2);
    ledger.record(day, InputType, {{u"Team"_s, u"a"_s}}, u"p"_s, *Money::parse(u"1.5"), *Money::parse(u"0.000225"));
    ledger.record(day, InputType, {{u"Team"_s, u"a"_s}}, u"p"_s, *Money::parse(u"2"), *Money::parse(u"0.0003"));
    ledger.record(day, InputType, {{u"Team"_s, u"b"_s}}, u"p"_s, *Money::parse(u"1"), *Money::parse(u"0.00015"));
    QCOMPARE(ledger.rowCount(), 2);
    QCOMPARE(Money::fromNanos(ledger.quantityColumn()[0]).toString(), u"3.5"_s);
    QCOMPARE(Money::fromNanos(ledger.costColumn()[0]).toString(), u"0.000525"_s);
    QCOMPARE(ledger.totalCost().toString(), u"0.000675"_s);
}

void TestLedger::record_earlierDay_keepsDayOrder()
{
    Ledger ledger;
    ledger.record(QDate(2026, 11, 5), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(1));
    ledger.record(QDate(2026, 11, 3), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(2));
    ledger.record(QDate(2026, 11, 4), OutputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(3));
    ledger.record(QDate(2026, 11, 3), OutputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(4));
    QCOMPARE(ledger.rowCount(), 4);
    QList<QDate> days;
    for (qsizetype row = 0; row < ledger.rowCount(); ++row)
        days.append(ledger.day(row));
    QCOMPARE(days, (QList<QDate>{QDate(2026, 11, 3), QDate(2026, 11, 3), QDate(2026, 11, 4), QDate(2026, 11, 5)}));
    QCOMPARE(ledger.costColumn()[0], Money::fromUnits(2).nanos());
    QCOMPARE(ledger.costColumn()[1], Money::fromUnits(4).nanos());
    // Days outside the storable range are refused, not wrapped.
    ledger.record(QDate(1999, 12, 31), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(1));
    QCOMPARE(ledger.rowCount(), 4);
}

void TestLedger::append_outOfOrder_fallsBackToOrderedInsert()
{
    Ledger ledger;
    const quint16 ut = ledger.internUsageType(InputType);
    const quint32 tags = ledger.internTags({});
    const quint16 project = ledger.internProject(u"p"_s);
    ledger.append(QDate(2026, 11, 2), ut, tags, project, 1, 10);
    ledger.append(QDate(2026, 11, 4), ut, tags, project, 1, 20);
    ledger.append(QDate(2026, 11, 3), ut, tags, project, 1, 30);
    QCOMPARE(ledger.day(1), QDate(2026, 11, 3));
    QCOMPARE(ledger.costColumn()[1], 30);
    QCOMPARE(ledger.firstDay(), QDate(2026, 11, 2));
    QCOMPARE(ledger.lastDay(), QDate(2026, 11, 4));
}

void TestLedger::recordTokens_pricedFromCatalog()
{
    Ledger ledger;
    const QDate day(2026, 11, 27);
    QVERIFY(ledger.recordTokens(day, UsageType::parse(InputType), 4770, {{u"Project"_s, u"x"_s}}, u"proj_x"_s,
                                PriceCatalog::builtIn()));
    QCOMPARE(Money::fromNanos(ledger.quantityColumn()[0]).toString(), u"4.77"_s); // 1K tokens
    QCOMPARE(Money::fromNanos(ledger.costColumn()[0]).toString(), u"0.0007155"_s);
    QVERIFY(ledger.recordTokens(day, UsageType::parse(InputType), 230, {{u"Project"_s, u"x"_s}}, u"proj_x"_s,
                                PriceCatalog::builtIn()));
    QCOMPARE(ledger.rowCount(), 1);
    QCOMPARE(Money::fromNanos(ledger.quantityColumn()[0]).toString(), u"5"_s);
    QCOMPARE(Money::fromNanos(ledger.costColumn()[0]).toString(), u"0.00075"_s);
}

void TestLedger::recordTokens_unpriced_nothingRecorded()
{
    Ledger ledger;
    const QDate day(2026, 11, 27);
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    QVERIFY(!ledger.recordTokens(day, UsageType::parse(u"USE1-openai.gpt-oss-120b-mantle-cache-read-tokens-standard"), 10, {}, u"p"_s, catalog));
    QVERIFY(!ledger.recordTokens(day, UsageType::parse(u"USE1-nosuch.model-mantle-input-tokens-standard"), 10, {}, u"p"_s, catalog));
    QVERIFY(!ledger.recordTokens(day, UsageType::parse(u"garbage"), 10, {}, u"p"_s, catalog));
    QVERIFY(!ledger.recordTokens(day, UsageType::parse(InputType), -1, {}, u"p"_s, catalog));
    QCOMPARE(ledger.rowCount(), 0);
}

void TestLedger::fingerprint_changesWithContent()
{
    Ledger a;
    Ledger b;
    QCOMPARE(a.fingerprint(), b.fingerprint());
    a.record(QDate(2026, 11, 2), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(1));
    b.record(QDate(2026, 11, 2), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(1));
    QCOMPARE(a.fingerprint(), b.fingerprint());
    const quint64 version = b.version();
    b.record(QDate(2026, 11, 2), InputType, {}, u"p"_s, Money(), Money::fromNanos(1));
    QVERIFY(b.version() > version);
    QVERIFY(a.fingerprint() != b.fingerprint());
    Ledger c;
    c.record(QDate(2026, 11, 2), InputType, {}, u"q"_s, Money::fromUnits(1), Money::fromUnits(1));
    QVERIFY(a.fingerprint() != c.fingerprint()); // same numbers, other project
    const quint64 before = c.version();
    c.clear();
    QCOMPARE(c.rowCount(), 0);
    QVERIFY(c.version() > before);
}

void TestLedger::lowerBound_andDays()
{
    Ledger ledger;
    for (int d = 1; d <= 9; d += 2)
        ledger.record(QDate(2026, 11, d), InputType, {}, u"p"_s, Money::fromUnits(1), Money::fromUnits(1));
    QCOMPARE(ledger.lowerBound(QDate(2026, 11, 1)), 0);
    QCOMPARE(ledger.lowerBound(QDate(2026, 11, 2)), 1);
    QCOMPARE(ledger.lowerBound(QDate(2026, 11, 9)), 4);
    QCOMPARE(ledger.lowerBound(QDate(2026, 11, 10)), 5);
    QCOMPARE(ledger.lowerBound(QDate(1990, 1, 1)), 0);
    QCOMPARE(ledger.lowerBound(QDate(2300, 1, 1)), 5);
    QVERIFY(Ledger::isStorable(QDate(2179, 6, 1)));
    QVERIFY(!Ledger::isStorable(QDate(2180, 1, 1)));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
