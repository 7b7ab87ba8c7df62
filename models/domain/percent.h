// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Spendscope {

// Percentages as every view shows them: the number in `locale`, the sign placed as the user
// interface's language writes it ("12.5%" in English, "12,5 %" with a non-breaking space in French
// and German), from one translated pattern so no view composes its own.
class Percent final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Percent)
public:
    // `share` is a fraction: 0.125 is "12.5%".
    [[nodiscard]] static QString fromShare(double share, const QLocale &locale = QLocale(), int decimals = 1);
    // A change, always with its sign: 0.13 is "+13.0%", -0.03 is "-3.0%" (the locale's signs).
    [[nodiscard]] static QString signedFromShare(double share, const QLocale &locale = QLocale(), int decimals = 1);
    // `percent` is already in percent: 80 is "80%".
    [[nodiscard]] static QString fromPercent(double percent, const QLocale &locale = QLocale(), int decimals = 0);
};

} // namespace Spendscope
