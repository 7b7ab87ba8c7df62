// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace Spendscope {

// An exact decimal amount: a signed count of nano-units (10^-9) in a qint64, which covers
// ±9.2 billion with nine decimals. AWS sends amounts as decimal strings ("902.5512"); they are
// parsed exactly and summed exactly; rounding happens only when an amount is displayed.
// The type carries no currency: the API results keep AWS's "Unit" next to it. It is also used for
// other exact AWS decimals such as UsageQuantity.
class Money final
{
public:
    static constexpr int Decimals = 9;
    static constexpr qint64 Scale = 1'000'000'000;

    constexpr Money() = default;
    [[nodiscard]] static constexpr Money fromNanos(qint64 nanos) { return Money(nanos); }
    [[nodiscard]] static constexpr Money fromUnits(qint64 units) { return Money(units * Scale); }

    // Parses "123", "-0.5", "+1.25", ".5", "1.2E-7", "3e2". Digits beyond nine decimals are
    // rounded half away from zero (AWS sends at most ten). Returns nullopt for anything else,
    // including values outside the range, so absurd input never wraps around.
    [[nodiscard]] static std::optional<Money> parse(QStringView text);
    [[nodiscard]] static std::optional<Money> parse(QByteArrayView text);

    [[nodiscard]] constexpr qint64 nanos() const { return m_nanos; }
    [[nodiscard]] constexpr bool isZero() const { return m_nanos == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_nanos < 0; }

    // The exact value with the fewest decimals that represent it: "902.5512", "0", "-3".
    [[nodiscard]] QString toString() const;
    // Rounded half away from zero to `decimals` (0..9), always with that many decimals.
    [[nodiscard]] QString toString(int decimals) const;
    [[nodiscard]] Money rounded(int decimals) const;
    // Locale formatting with a currency symbol, grouping and `decimals` decimals; exact, not
    // through double. `currency` is an ISO 4217 code such as "USD".
    [[nodiscard]] QString format(const QLocale &locale, const QString &currency = QStringLiteral("USD"),
                                 int decimals = 2) const;
    // Only for charts and ratios; never for sums.
    [[nodiscard]] double toDouble() const { return static_cast<double>(m_nanos) / static_cast<double>(Scale); }

    // this × numerator / denominator, rounded half away from zero to nano-units, computed in
    // 128 bits (e.g. a price per million tokens times a token count). Saturates on overflow.
    [[nodiscard]] Money multipliedBy(qint64 numerator, qint64 denominator = 1) const;
    // this × other (both decimals), rounded to nano-units.
    [[nodiscard]] Money multipliedBy(Money other) const;
    // this / other as a ratio; 0 when other is zero.
    [[nodiscard]] double ratioTo(Money other) const;

    // Sums saturate at the range's ends instead of wrapping; with nine decimals that is
    // ±9.2 billion, far above any Bedrock bill.
    Money &operator+=(Money other);
    Money &operator-=(Money other);
    [[nodiscard]] friend Money operator+(Money a, Money b) { return a += b; }
    [[nodiscard]] friend Money operator-(Money a, Money b) { return a -= b; }
    [[nodiscard]] Money operator-() const;
    [[nodiscard]] friend constexpr bool operator==(Money a, Money b) = default;
    [[nodiscard]] friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 nanos)
        : m_nanos(nanos)
    {
    }

    qint64 m_nanos = 0;
};

} // namespace Spendscope

Q_DECLARE_METATYPE(Spendscope::Money)
