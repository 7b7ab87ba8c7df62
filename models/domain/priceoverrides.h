// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/pricecatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Spendscope {

// The user's own price for one catalog entry (model and region), e.g. a negotiated rate. Each
// price is per 1M tokens; an absent one keeps the catalog's figure.
struct PriceOverride
{
    QString modelId;
    QString region; // the catalog entry's region, e.g. "us-east-1"
    std::optional<Money> inputPerMillion;
    std::optional<Money> outputPerMillion;
    std::optional<Money> cacheReadPerMillion;
    std::optional<Money> cacheWritePerMillion;
    QString note; // why, e.g. "EDP rate from the 2026 contract"

    [[nodiscard]] bool hasPrices() const
    {
        return inputPerMillion || outputPerMillion || cacheReadPerMillion || cacheWritePerMillion;
    }
    friend bool operator==(const PriceOverride &, const PriceOverride &) = default;
};

// The price overrides of one profile, kept in the settings under the profile id (prices are not
// secret). Applied to the built-in catalog they give the catalog every page prices with; the
// entries they changed carry ModelPrice::overridden, so views can mark them.
//
// Overrides only replace prices the catalog has: a model without a cache-read (cache-write) SKU
// keeps billing those tokens as input (see Repricer), so such an override is refused rather than
// inventing a SKU. Stored overrides of entries a newer catalog no longer lists are kept, not
// applied, and reported by applyTo().
class PriceOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PriceOverrides)
public:
    static constexpr int Version = 1;
    static constexpr int MaxNoteLength = 200;
    // No Bedrock price is anywhere near this; a larger figure is a typing slip (a missing point).
    static constexpr qint64 MaxPricePerMillion = 100'000;

    [[nodiscard]] const QList<PriceOverride> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] const PriceOverride *find(QStringView modelId, QStringView region) const;
    // Any region of the model when `region` is empty.
    [[nodiscard]] bool isOverridden(QStringView modelId, QStringView region = {}) const;

    // A translated message for the first problem of `entry` against `catalog`; empty when valid.
    [[nodiscard]] static QString validate(const PriceOverride &entry, const PriceCatalog &catalog);
    // Adds or replaces the override of the entry's model and region; an entry without prices
    // removes it. Refuses an invalid entry, with the reason in *error.
    bool set(const PriceOverride &entry, const PriceCatalog &catalog, QString *error = nullptr);
    bool remove(QStringView modelId, QStringView region);

    // `catalog` with these prices in place and the changed entries marked overridden. Overrides
    // the catalog cannot take (unknown entry, a SKU it lacks) are left out and named in *skipped
    // ("model (region)").
    [[nodiscard]] PriceCatalog applyTo(const PriceCatalog &catalog, QStringList *skipped = nullptr) const;

    // {"version": 1, "overrides": [{"model", "region", "input_per_1m", ... as decimal strings, "note"}]}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PriceOverrides> fromJson(const QJsonObject &json, QString *error = nullptr);

    [[nodiscard]] static QString settingsKey(const QString &profileId);
    // Unreadable stored overrides give none and the reason in *error (the user sets them again).
    [[nodiscard]] static PriceOverrides load(const QSettings &settings, const QString &profileId,
                                             QString *error = nullptr);
    static void save(QSettings &settings, const QString &profileId, const PriceOverrides &overrides);

    friend bool operator==(const PriceOverrides &, const PriceOverrides &) = default;

private:
    QList<PriceOverride> m_entries; // sorted by model id, then region
};

} // namespace Spendscope
