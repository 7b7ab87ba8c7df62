// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/chargebackreport.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Spendscope {

// A chargeback report as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they
// hold a comma, a quote or a line break, quotes doubled), UTF-8 without a byte order mark.
// Columns: period_start, period_end (the last day, included), group_by, group, amount, currency,
// share_percent. One row per group (untagged spend as "(untagged)"), then a "Total" row. Amounts
// are exact decimals (Money::toString(), every nano-unit kept), so the rows add up to the total
// exactly; shares are percentages of the total with two decimals, for reading only. The header
// and the group names are not translated: the file is for scripts.
class ChargebackCsv final
{
public:
    [[nodiscard]] static QByteArray write(const ChargebackReport &report);
    // One field, quoted if it needs to be.
    [[nodiscard]] static QString field(QStringView text);
};

} // namespace Spendscope
