// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/repricer.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Spendscope {

namespace {

using TokenType = UsageType::TokenType;

// 1K tokens → tokens is × 1000 and a price is per 10^6 tokens: nanos × price / 10^12 overall.
constexpr qint64 KiloTokenNanosPerMillionTokens = qint64(1'000'000) * Money::Scale / 1000;

std::size_t indexOf(TokenType type)
{
    return std::size_t(type);
}

} // namespace

Money Repricer::Mix::actualCost() const
{
    Money sum;
    for (const Line &line : lines)
        sum += line.actualCost;
    return sum;
}

Money Repricer::Mix::kiloTokens(UsageType::TokenType type) const
{
    Money sum;
    for (const Line &line : lines) {
        if (line.tokenType == type)
            sum += line.kiloTokens;
    }
    return sum;
}

Money Repricer::Mix::otherCost() const
{
    Money sum;
    for (const Line &line : lines) {
        if (line.tokenType == TokenType::Other)
            sum += line.actualCost;
    }
    return sum;
}

QStringList Repricer::Mix::models() const
{
    QSet<QString> seen;
    for (const Line &line : lines)
        seen.insert(line.model);
    QStringList result(seen.cbegin(), seen.cend());
    result.sort();
    return result;
}

Repricer::Mix Repricer::Mix::forModel(QStringView model) const
{
    Mix result;
    for (const Line &line : lines) {
        if (line.model == model)
            result.lines.append(line);
    }
    return result;
}

Repricer::Repricer(const PriceCatalog &catalog)
    : m_catalog(catalog)
{
}

Repricer::Mix Repricer::mixOf(const CostCube &cube, CostCube::Query selection)
{
    using Dimension = CostCube::Dimension;
    selection.groupBy = {Dimension::Model, Dimension::Region, Dimension::TokenType};
    selection.bucket = CostCube::TimeBucket::None;
    const CostCube::Result result = cube.query(selection);
    Mix mix;
    mix.lines.reserve(result.rows.size());
    for (const CostCube::ResultRow &row : result.rows) {
        // Unknown or empty token type names count as "other": shown at cost, never dropped.
        mix.lines.append({row.keys.at(0), row.keys.at(1), UsageType::tokenTypeFromName(row.keys.at(2)),
                          row.quantity, row.cost});
    }
    return mix;
}

Money Repricer::cost(Money perMillion, Money kiloTokens)
{
    return perMillion.multipliedBy(kiloTokens.nanos(), KiloTokenNanosPerMillionTokens);
}

std::optional<Repricer::Quote> Repricer::quote(const Mix &mix, QStringView modelId) const
{
    const ModelPrice *target = m_catalog.find(modelId);
    if (!target)
        return std::nullopt;

    Quote quote;
    quote.modelId = target->modelId;
    quote.name = target->name;
    quote.provider = target->provider;
    quote.tier = target->tier;
    quote.endpoint = target->endpoint;
    quote.actualCost = mix.actualCost();

    for (const Line &line : mix.lines) {
        const std::size_t slot = indexOf(line.tokenType);
        if (line.tokenType == TokenType::Other) {
            quote.costByTokenType[slot] += line.actualCost;
            continue;
        }
        const ModelPrice *price = m_catalog.find(modelId, line.region);
        std::optional<Money> perMillion = price->perMillion(line.tokenType);
        if (!perMillion) {
            // Only cache SKUs can be missing: without caching these tokens are ordinary input.
            perMillion = price->inputPerMillion;
            if (!line.kiloTokens.isZero()) {
                if (line.tokenType == TokenType::CacheRead)
                    quote.cacheReadsAsInput = true;
                else
                    quote.cacheWritesAsInput = true;
            }
        }
        quote.costByTokenType[slot] += cost(*perMillion, line.kiloTokens);
    }

    for (const Money &part : quote.costByTokenType)
        quote.cost += part;
    quote.otherCost = quote.costByTokenType[indexOf(TokenType::Other)];
    quote.difference = quote.cost - quote.actualCost;

    const QLocale locale;
    if (quote.cacheReadsAsInput)
        quote.notes.append(tr("%1 has no cache-read price: cache reads are priced as input tokens.").arg(quote.name));
    if (quote.cacheWritesAsInput)
        quote.notes.append(tr("%1 has no cache-write price: cache writes are priced as input tokens.").arg(quote.name));
    if (!quote.otherCost.isZero())
        quote.notes.append(tr("%1 of usage that is not billed per token is carried at its actual cost.")
                               .arg(quote.otherCost.format(locale, m_catalog.currency())));
    return quote;
}

QList<Repricer::Quote> Repricer::compare(const Mix &mix) const
{
    QList<Quote> quotes;
    QSet<QString> done;
    for (const ModelPrice &price : m_catalog.models()) {
        if (done.contains(price.modelId))
            continue;
        done.insert(price.modelId);
        if (std::optional<Quote> q = quote(mix, price.modelId))
            quotes.append(std::move(*q));
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return a.modelId < b.modelId;
    });
    return quotes;
}

QStringList Repricer::unknownModels(const Mix &mix) const
{
    QStringList unknown;
    for (const QString &model : mix.models()) {
        if (!m_catalog.find(model))
            unknown.append(model);
    }
    return unknown;
}

} // namespace Spendscope
