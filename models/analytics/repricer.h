// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"
#include "domain/pricecatalog.h"
#include "domain/usagetype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Spendscope {

// Prices real usage on another catalog model: "what would this project's tokens have cost on X?".
//
// A mix is the selection's quantities per source model, region and token type, in Cost Explorer's
// unit of 1K tokens (an exact decimal: 112.112 is 112,112 tokens), with the cost actually billed.
// Re-pricing follows PriceCatalog::cost(): price per 1M × tokens / 10^6, rounded half away from
// zero to nano-units, once per mix line. The 1K-token quantity is converted exactly (tokens =
// nanos / 10^6), so a fractional token count is priced as such, not truncated.
//
// Choices, all visible in the quote:
// - A target without a cache-read price bills cache reads as input tokens, and one without a
//   cache-write price bills cache writes as input tokens: without prompt caching those tokens
//   would have been sent as ordinary input. This never makes a target look cheaper than it is.
// - Token type "other" (anything that is not a mantle token usage type) has no price on any
//   model; it is carried at its actual cost, unchanged, and reported in Quote::otherCost.
// - The target is priced in the line's region when the catalog lists it there, else in the
//   target's first listed region (PriceCatalog::find()).
//
// Priced on its own source model, a mix reproduces the billed cost exactly when that cost came
// from the catalog and the per-token price is a whole number of nano-units (true for every price
// with at most three decimals per 1M tokens); otherwise the two differ by at most half a nano-unit
// per billed row, because the bill rounds each row and the re-pricing rounds the sum.
class Repricer final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Repricer)
public:
    static constexpr int TokenTypeCount = 5; // indexed by UsageType::TokenType

    struct Line {
        QString model;  // source model id
        QString region; // as in the cube
        UsageType::TokenType tokenType = UsageType::TokenType::Other;
        Money kiloTokens; // quantity in 1K tokens; meaningless for Other
        Money actualCost;
    };

    struct Mix {
        QList<Line> lines;

        [[nodiscard]] Money actualCost() const;
        [[nodiscard]] Money kiloTokens(UsageType::TokenType type) const; // over all source models
        [[nodiscard]] Money otherCost() const;
        [[nodiscard]] QStringList models() const; // source models, sorted
        [[nodiscard]] Mix forModel(QStringView model) const;
    };

    struct Quote {
        QString modelId;
        QString name;
        QString provider;
        ModelPrice::Tier tier = ModelPrice::Tier::Standard;
        QString endpoint;
        Money cost;       // the whole mix on this model, "other" included at its actual cost
        Money actualCost; // what the mix was billed
        Money difference; // cost − actualCost: negative means the target is cheaper
        Money otherCost;  // carried unchanged
        std::array<Money, TokenTypeCount> costByTokenType; // indexed by UsageType::TokenType
        bool cacheReadsAsInput = false;  // the mix has cache reads and the target no cache-read price
        bool cacheWritesAsInput = false; // the mix has cache writes and the target no cache-write price
        QStringList notes;               // translated, one sentence each
    };

    explicit Repricer(const PriceCatalog &catalog);

    // The token mix of a cube selection: `selection`'s filters and day range, with its group-by
    // and bucket replaced by model, region and token type.
    [[nodiscard]] static Mix mixOf(const CostCube &cube, CostCube::Query selection);

    // The mix on one target; nullopt when the catalog does not know `modelId`.
    [[nodiscard]] std::optional<Quote> quote(const Mix &mix, QStringView modelId) const;
    // The mix on every catalog model (each id once), cheapest first; ties by model id.
    [[nodiscard]] QList<Quote> compare(const Mix &mix) const;
    // Source models of the mix that the catalog does not know: their usage is still re-priced
    // from its token counts, but their actual cost cannot be checked against the catalog.
    [[nodiscard]] QStringList unknownModels(const Mix &mix) const;

    // `kiloTokens` (1K-token units) at `perMillion`, exact to the nano-unit.
    [[nodiscard]] static Money cost(Money perMillion, Money kiloTokens);

private:
    const PriceCatalog &m_catalog;
};

} // namespace Spendscope
