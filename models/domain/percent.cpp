// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/percent.h"

#include <cmath>

namespace Spendscope {

QString Percent::fromShare(double share, const QLocale &locale, int decimals)
{
    return fromPercent(share * 100.0, locale, decimals);
}

QString Percent::signedFromShare(double share, const QLocale &locale, int decimals)
{
    // The sign of what is shown: a change that rounds to zero is "+0.0%", never "-0.0%".
    const double shown = std::round(std::abs(share) * 100.0 * std::pow(10.0, decimals));
    const QString sign = share < 0 && shown > 0 ? locale.negativeSign() : locale.positiveSign();
    return sign + fromShare(std::abs(share), locale, decimals);
}

QString Percent::fromPercent(double percent, const QLocale &locale, int decimals)
{
    //: A percentage; %1 is the number, already in the user's number format. Write the sign as
    //: the language does (French and German: a non-breaking space before %).
    return tr("%1%").arg(locale.toString(percent, 'f', decimals));
}

} // namespace Spendscope
