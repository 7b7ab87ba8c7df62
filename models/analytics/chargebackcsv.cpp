// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/chargebackcsv.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString ChargebackCsv::field(QStringView text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text.toString();
    QString quoted = text.toString();
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray ChargebackCsv::write(const ChargebackReport &report)
{
    const QString start = report.period.start.toString(Qt::ISODate);
    const QString last = report.period.lastDay().toString(Qt::ISODate);
    const QString groupBy = ChargebackReport::groupByName(report.groupBy);
    QString out = u"period_start,period_end,group_by,group,amount,currency,share_percent\r\n"_s;
    auto row = [&](const QString &group, Money amount, double share) {
        const QStringList fields = {start, last, groupBy, field(group), amount.toString(), field(report.currency),
                                    QString::number(share * 100, 'f', 2)};
        out += fields.join(u',') + u"\r\n"_s;
    };
    for (const ChargebackReport::Entry &entry : report.groups)
        row(entry.name.isEmpty() ? u"(untagged)"_s : entry.name, entry.amount, entry.share);
    row(u"Total"_s, report.total, report.total.isZero() ? 0.0 : 1.0);
    return out.toUtf8();
}

} // namespace Spendscope
