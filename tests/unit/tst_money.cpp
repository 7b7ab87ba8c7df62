// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::Money;

class TestMoney final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_validInput_exactNanos_data();
    void parse_validInput_exactNanos();
    void parse_invalidInput_rejected_data();
    void parse_invalidInput_rejected();
    void toString_minimalDecimals();
    void toString_roundsHalfAwayFromZero();
    void sum_manySmallAmounts_isExact();
    void sum_randomAmounts_matchesDecimalStringArithmetic();
    void add_saturatesInsteadOfWrapping();
    void multiply_priceTimesTokens_exact();
    void format_locales_data();
    void format_locales();
    void roundTrip_parseToString();
};

void TestMoney::parse_validInput_exactNanos_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("integer") << u"123"_s << 123'000'000'000LL;
    QTest::newRow("decimal") << u"902.5512"_s << 902'551'200'000LL;
    QTest::newRow("tiny") << u"0.0000001035"_s << 104LL; // ten decimals: rounds half up to nano
    QTest::newRow("negative") << u"-0.01"_s << -10'000'000LL;
    QTest::newRow("plus") << u"+1.25"_s << 1'250'000'000LL;
    QTest::newRow("leading dot") << u".5"_s << 500'000'000LL;
    QTest::newRow("trailing dot") << u"7."_s << 7'000'000'000LL;
    QTest::newRow("exponent negative") << u"1.7E-7"_s << 170LL;
    QTest::newRow("exponent positive") << u"3e2"_s << 300'000'000'000LL;
    QTest::newRow("E-notation epoch") << u"1.7855424E9"_s << 1'785'542'400'000'000'000LL;
    QTest::newRow("zero") << u"0.000000000"_s << 0LL;
    QTest::newRow("negative zero") << u"-0"_s << 0LL;
    QTest::newRow("spaces") << u"  42.1 "_s << 42'100'000'000LL;
    QTest::newRow("below a nano") << u"1e-40"_s << 0LL;
    QTest::newRow("max") << u"9223372036.854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("round at 10th") << u"0.0000000005"_s << 1LL;
    QTest::newRow("round down") << u"0.0000000004999"_s << 0LL;
    QTest::newRow("negative rounding") << u"-0.0000000005"_s << -1LL;
    QTest::newRow("long fraction") << u"1.00000000000000000000000000000000000000001"_s << 1'000'000'000LL;
}

void TestMoney::parse_validInput_exactNanos()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    const auto parsed = Money::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->nanos(), nanos);
    const auto fromBytes = Money::parse(QByteArrayView(text.toLatin1()));
    QVERIFY(fromBytes.has_value());
    QCOMPARE(fromBytes->nanos(), nanos);
}

void TestMoney::parse_invalidInput_rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("dot only") << u"."_s;
    QTest::newRow("double dot") << u"1.2.3"_s;
    QTest::newRow("grouping") << u"1,234.5"_s;
    QTest::newRow("currency") << u"$5"_s;
    QTest::newRow("exponent without digits") << u"1e"_s;
    QTest::newRow("huge") << u"1e400"_s;
    QTest::newRow("just above max") << u"9223372036.854775808"_s;
    QTest::newRow("many digits") << u"99999999999999999999999999"_s;
    QTest::newRow("infinity") << u"inf"_s;
    QTest::newRow("nan") << u"NaN"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("unicode digits") << u"١٢٣"_s;
    QTest::newRow("embedded nul") << QString(u"1\u00002"_s);
    QTest::newRow("very long") << QString(1000, u'9');
    QTest::newRow("trailing junk") << u"12abc"_s;
}

void TestMoney::parse_invalidInput_rejected()
{
    QFETCH(QString, text);
    QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
}

void TestMoney::toString_minimalDecimals()
{
    QCOMPARE(Money::parse(u"902.5512"_s)->toString(), u"902.5512"_s);
    QCOMPARE(Money::parse(u"-3"_s)->toString(), u"-3"_s);
    QCOMPARE(Money().toString(), u"0"_s);
    QCOMPARE(Money::fromNanos(1).toString(), u"0.000000001"_s);
    QCOMPARE(Money::fromNanos(-1).toString(), u"-0.000000001"_s);
    QCOMPARE(Money::fromNanos(std::numeric_limits<qint64>::min()).toString(), u"-9223372036.854775808"_s);
}

void TestMoney::toString_roundsHalfAwayFromZero()
{
    QCOMPARE(Money::parse(u"1.005"_s)->toString(2), u"1.01"_s);
    QCOMPARE(Money::parse(u"-1.005"_s)->toString(2), u"-1.01"_s);
    QCOMPARE(Money::parse(u"1.004999999"_s)->toString(2), u"1.00"_s);
    QCOMPARE(Money::parse(u"0.004"_s)->toString(2), u"0.00"_s);
    QCOMPARE(Money::parse(u"-0.004"_s)->toString(2), u"0.00"_s);
    QCOMPARE(Money::parse(u"12.5"_s)->toString(0), u"13"_s);
    QCOMPARE(Money::parse(u"12.345"_s)->rounded(2), *Money::parse(u"12.35"_s));
}

void TestMoney::sum_manySmallAmounts_isExact()
{
    // 0.1 a million times is exactly 100000: the classic double failure.
    Money sum;
    const Money tenth = *Money::parse(u"0.1"_s);
    double naive = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        sum += tenth;
        naive += 0.1;
    }
    QCOMPARE(sum, *Money::parse(u"100000"_s));
    QVERIFY(naive != 100000.0); // shows why Money exists
}

void TestMoney::sum_randomAmounts_matchesDecimalStringArithmetic()
{
    // Sum random nine-decimal amounts two ways: through Money, and as integers of nano-units
    // built from the digit strings themselves.
    QRandomGenerator rng(20261127);
    Money sum;
    qint64 reference = 0;
    for (int i = 0; i < 100000; ++i) {
        const qint64 whole = rng.bounded(0, 100000);
        const qint64 frac = rng.bounded(0, 1'000'000'000);
        const bool negative = rng.bounded(0, 10) == 0;
        const QString text = u"%1%2.%3"_s.arg(negative ? u"-"_s : QString()).arg(whole).arg(frac, 9, 10, QLatin1Char('0'));
        const auto m = Money::parse(text);
        QVERIFY(m);
        sum += *m;
        reference += (negative ? -1 : 1) * (whole * Money::Scale + frac);
    }
    QCOMPARE(sum.nanos(), reference);
}

void TestMoney::add_saturatesInsteadOfWrapping()
{
    const Money max = Money::fromNanos(std::numeric_limits<qint64>::max());
    QCOMPARE((max + Money::fromUnits(1)).nanos(), std::numeric_limits<qint64>::max());
    const Money min = Money::fromNanos(std::numeric_limits<qint64>::min());
    QCOMPARE((min - Money::fromUnits(1)).nanos(), std::numeric_limits<qint64>::min());
    QCOMPARE((-min).nanos(), std::numeric_limits<qint64>::max());
}

void TestMoney::multiply_priceTimesTokens_exact()
{
    // 4.77 (1K tokens) × 0.00015 USD per 1K = 0.0007155 (reference: CE probe in mantle-projects-api.md §7)
    QCOMPARE(Money::parse(u"4.77"_s)->multipliedBy(*Money::parse(u"0.00015"_s)), *Money::parse(u"0.0007155"_s));
    // USD 0.15 per million tokens × 123457 tokens = 0.01851855
    QCOMPARE(Money::parse(u"0.15"_s)->multipliedBy(123457, 1'000'000), *Money::parse(u"0.01851855"_s));
    QCOMPARE(Money::fromUnits(5).multipliedBy(1, 3), Money::fromNanos(1'666'666'667));
    QCOMPARE(Money::fromUnits(5).multipliedBy(1, 0), Money());
    QCOMPARE(Money::parse(u"-2.5"_s)->multipliedBy(*Money::parse(u"0.5"_s)), *Money::parse(u"-1.25"_s));
    QCOMPARE(Money::fromUnits(3).ratioTo(Money::fromUnits(4)), 0.75);
    QCOMPARE(Money::fromUnits(3).ratioTo(Money()), 0.0);
}

void TestMoney::format_locales_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("expectedDigits");
    QTest::newRow("en_US") << u"en_US"_s << u"1234567.895"_s << u"1,234,567.90"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"1234567.895"_s << u"1.234.567,90"_s;
    QTest::newRow("en_US negative") << u"en_US"_s << u"-0.5"_s << u"0.50"_s;
    QTest::newRow("C: the en-US pattern") << u"C"_s << u"1234567.895"_s << u"1,234,567.90"_s;
    QTest::newRow("C negative") << u"C"_s << u"-1234.5"_s << u"1,234.50"_s;
    QTest::newRow("huge exact") << u"en_US"_s << u"9000000000.01"_s << u"9,000,000,000.01"_s;
}

void TestMoney::format_locales()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, expectedDigits);
    const QString text = Money::parse(amount)->format(QLocale(locale), u"USD"_s, 2);
    QVERIFY2(text.contains(expectedDigits), qPrintable(text));
    if (locale == u"C")
        QCOMPARE(text, QLocale(QLocale::English, QLocale::UnitedStates).toCurrencyString(amount.toDouble(), u"$"_s, 2));
    QVERIFY2(text.contains(u'$') || text.contains(u"US$"_s) || text.contains(u"USD"_s), qPrintable(text));
    QCOMPARE(text.contains(u'-') || text.contains(u'(') || text.contains(QChar(0x2212)), amount.startsWith(u'-'));
}

void TestMoney::roundTrip_parseToString()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 10000; ++i) {
        const Money m = Money::fromNanos(static_cast<qint64>(rng.generate64()));
        QCOMPARE(Money::parse(m.toString()), std::optional<Money>(m));
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
