// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/percent.h"

namespace Spendscope {

QString Percent::fromShare(double share, const QLocale &locale, int decimals)
{
    return fromPercent(share * 100.0, locale, decimals);
}

QString Percent::fromPercent(double percent, const QLocale &locale, int decimals)
{
    //: A percentage; %1 is the number, already in the user's number format. Write the sign as
    //: the language does (French and German: a non-breaking space before %).
    return tr("%1%").arg(locale.toString(percent, 'f', decimals));
}

} // namespace Spendscope
