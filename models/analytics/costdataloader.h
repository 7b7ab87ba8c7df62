// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costdata.h"
#include "store/syncsettings.h"

#include <QCoreApplication>

#include <optional>

namespace Spendscope {

class CostCache;
class PriceCatalog;

// Builds CostData from a cost cache: every stored row becomes a cube row, its USAGE_TYPE parsed
// into region, model, token type and tier (unknown formats keep their text as the model and
// "other" as the token type, so their spend stays visible), the provider looked up in the price
// catalog. Each month is read from one granularity only (SyncPlanner::monthSources()), so
// nothing is counted twice. Runs on any thread that owns the cache connection.
class CostDataLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostDataLoader)
public:
    // nullopt with a translated reason when the cache cannot be read.
    [[nodiscard]] static std::optional<CostData> load(const CostCache &cache, const SyncSettings &settings,
                                                      const PriceCatalog &catalog, QString *error = nullptr);
};

} // namespace Spendscope
