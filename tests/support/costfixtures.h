// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"

#include <QtGlobal>

namespace Spendscope::Test {

// An exact amount from decimal text ("1.65"); text that does not parse ends the test run.
[[nodiscard]] Money money(const char *text);
// Cost Explorer's unit for token usage: 1K tokens, exact.
[[nodiscard]] Money kilo(qint64 tokens);
// All of `cube` grouped by `dimension`, in `bucket`s.
[[nodiscard]] CostCube::Result queryBy(const CostCube &cube, CostCube::Dimension dimension,
                                       CostCube::TimeBucket bucket);

} // namespace Spendscope::Test
