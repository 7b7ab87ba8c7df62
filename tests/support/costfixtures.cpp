// SPDX-License-Identifier: GPL-3.0-or-later
#include "costfixtures.h"

#include <QByteArrayView>

namespace Spendscope::Test {

Money money(const char *text)
{
    const std::optional<Money> parsed = Money::parse(QByteArrayView(text));
    if (!parsed)
        qFatal("not an amount: %s", text);
    return *parsed;
}

Money kilo(qint64 tokens)
{
    return Money::fromNanos(tokens * 1'000'000);
}

CostCube::Result queryBy(const CostCube &cube, CostCube::Dimension dimension, CostCube::TimeBucket bucket)
{
    CostCube::Query query;
    query.groupBy = {dimension};
    query.bucket = bucket;
    return cube.query(query);
}

} // namespace Spendscope::Test
