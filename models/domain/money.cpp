// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QByteArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// 128-bit intermediates keep products and sums of nano-units exact before saturation.
__extension__ typedef __int128 Wide;

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

qint64 saturate(Wide v)
{
    if (v > Max)
        return Max;
    if (v < Min)
        return Min;
    return static_cast<qint64>(v);
}

// Divides rounding half away from zero.
Wide divideRounded(Wide value, Wide divisor)
{
    const bool negative = (value < 0) != (divisor < 0);
    Wide a = value < 0 ? -value : value;
    const Wide b = divisor < 0 ? -divisor : divisor;
    Wide q = a / b;
    if ((a % b) * 2 >= b)
        ++q;
    return negative ? -q : q;
}

Wide pow10(int n)
{
    Wide p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// A strict decimal grammar: [+-] digits [. digits] [(e|E) [+-] digits], at least one digit.
std::optional<Money> parseAscii(QByteArrayView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.size() > 400)
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (s[i] == '+' || s[i] == '-') {
        negative = s[i] == '-';
        ++i;
    }
    // Significant digits, as an integer mantissa with a decimal exponent.
    Wide mantissa = 0;
    int exponent = 0;
    int digits = 0;
    bool overflow = false;
    auto takeDigit = [&](char c, bool fractional) {
        ++digits;
        if (mantissa > pow10(30)) { // 30 significant digits are plenty; the rest cannot matter
            if (!fractional)
                ++exponent;
            return;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fractional)
            --exponent;
    };
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        takeDigit(s[i++], false);
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            takeDigit(s[i++], true);
    }
    if (digits == 0)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            expNegative = s[i] == '-';
            ++i;
        }
        int e = 0;
        int expDigits = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
        exponent += expNegative ? -e : e;
    }
    if (i != s.size())
        return std::nullopt;

    // value = mantissa × 10^exponent; we want nanos = value × 10^9.
    const int shift = exponent + Money::Decimals;
    Wide nanos = 0;
    if (mantissa == 0) {
        nanos = 0;
    } else if (shift >= 0) {
        // mantissa ≥ 1 here, so anything shifted by more than 18 places is out of range.
        if (shift > 18 || mantissa > Wide(Max) / pow10(shift))
            overflow = true;
        else
            nanos = mantissa * pow10(shift);
    } else if (shift < -36) {
        nanos = 0; // far below a nano-unit
    } else {
        nanos = divideRounded(mantissa, pow10(-shift));
    }
    if (overflow || nanos > Max)
        return std::nullopt;
    return Money::fromNanos(static_cast<qint64>(negative ? -nanos : nanos));
}

} // namespace

std::optional<Money> Money::parse(QByteArrayView text)
{
    return parseAscii(text);
}

std::optional<Money> Money::parse(QStringView text)
{
    if (text.size() > 400)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return std::nullopt;
    }
    return parseAscii(text.toLatin1());
}

QString Money::toString() const
{
    QString s = toString(Decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0" ? u"0"_s : s;
}

QString Money::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, Decimals);
    const Wide unit = pow10(Decimals - decimals);
    const Wide value = divideRounded(m_nanos, unit); // in 10^-decimals
    const bool negative = value < 0;
    const Wide magnitude = negative ? -value : value;
    const Wide scale = pow10(decimals);
    const auto integer = static_cast<quint64>(magnitude / scale);
    const auto fraction = static_cast<quint64>(magnitude % scale);
    QString s = QString::number(integer);
    if (decimals > 0)
        s += u'.' + QString::number(fraction).rightJustified(decimals, u'0');
    return negative ? u'-' + s : s;
}

Money Money::rounded(int decimals) const
{
    decimals = std::clamp(decimals, 0, Decimals);
    const Wide unit = pow10(Decimals - decimals);
    return Money(saturate(divideRounded(m_nanos, unit) * unit));
}

QString Money::format(const QLocale &requested, const QString &currency, int decimals) const
{
    // The C locale (LANG=C, common on servers and in CI) has no currency pattern or grouping of
    // its own and would print "1234.50$"; amounts are shown as in en-US there instead.
    const QLocale locale = requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                              : requested;
    decimals = std::clamp(decimals, 0, Decimals);
    const QString symbol = [&] {
        // QLocale knows the symbol of its own currency only; other codes are shown as the code.
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
            return locale.currencySymbol(QLocale::CurrencySymbol);
        if (currency == u"USD")
            return u"$"_s;
        if (currency == u"EUR")
            return u"€"_s;
        return currency;
    }();
    // Exact digits, laid into the locale's own currency pattern (learned from 1 and -1).
    const QString plain = toString(decimals);
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype dot = digits.indexOf(u'.');
    const QString integerPart = dot < 0 ? digits : digits.left(dot);
    QString number = locale.toString(integerPart.toULongLong());
    if (dot >= 0)
        number += locale.decimalPoint() + digits.mid(dot + 1);

    const double probe = negative ? -1.0 : 1.0;
    const QString pattern = locale.toCurrencyString(probe, symbol, decimals);
    const QString probeNumber = locale.toString(1.0, 'f', decimals);
    const qsizetype at = pattern.indexOf(probeNumber);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + symbol + number;
    return QString(pattern).replace(at, probeNumber.size(), number);
}

Money Money::multipliedBy(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return Money();
    return Money(saturate(divideRounded(Wide(m_nanos) * numerator, denominator)));
}

Money Money::multipliedBy(Money other) const
{
    return Money(saturate(divideRounded(Wide(m_nanos) * other.m_nanos, Scale)));
}

double Money::ratioTo(Money other) const
{
    return other.m_nanos == 0 ? 0.0 : static_cast<double>(m_nanos) / static_cast<double>(other.m_nanos);
}

Money &Money::operator+=(Money other)
{
    m_nanos = saturate(Wide(m_nanos) + other.m_nanos);
    return *this;
}

Money &Money::operator-=(Money other)
{
    m_nanos = saturate(Wide(m_nanos) - other.m_nanos);
    return *this;
}

Money Money::operator-() const
{
    return Money(saturate(-Wide(m_nanos)));
}

} // namespace Spendscope
