// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QString>

namespace Spendscope {

// One finding of WasteAnalyzer: what was seen, where, with the figures behind it and the money
// involved. Savings and money at stake are kept apart on purpose: only rules that a change of model
// or of client code would make cheaper have savings; attribution problems put spend at risk of
// being charged to the wrong owner, which is not a saving and must not be added to one.
struct WasteFinding
{
    enum class Rule {
        PremiumOnSimpleTraffic, // a premium model on a token mix a cheaper model handles
        UnattributedSpend,      // spend without a project (or team), or in the default project
        LowCacheReadShare,      // input-heavy traffic on a caching model that hardly reads the cache
        InactiveTagKey,         // a tag key in use that Cost Explorer does not report
    };

    Rule rule = Rule::PremiumOnSimpleTraffic;
    QString project; // project tag value; empty = untagged; "default" = the default project
    QString team;    // the project's owner team (from the project cube); empty = untagged
    QString model;   // rules PremiumOnSimpleTraffic and LowCacheReadShare
    QString tagKey;  // InactiveTagKey: the key; UnattributedSpend: the tag the spend lacks
    QString title;    // translated, short
    QString evidence; // translated, one or two sentences with the figures

    // Evidence figures, for tables and sorting. Token quantities are in 1K tokens, in the window.
    Money windowCost; // the spend the finding is about, in the analysis window
    Money inputKiloTokens;
    Money outputKiloTokens;
    Money cacheReadKiloTokens;
    Money cacheWriteKiloTokens;
    double share = 0; // rule specific: output/input-side (premium), cache-read share (cache),
                      // share of all window spend (unattributed, tag key)
    QString alternativeModel; // PremiumOnSimpleTraffic: the model the estimate is priced on
    Money alternativeWindowCost;

    Money monthlySavings; // estimate for a 30-day month; zero for attribution findings
    Money amountAtStake;  // attribution findings: window spend that is misallocated or invisible
};

} // namespace Spendscope
