// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceoverrides.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using TokenType = UsageType::TokenType;

struct PriceField
{
    QLatin1StringView json;
    std::optional<Money> PriceOverride::*member;
    TokenType tokenType;
};

const PriceField Fields[] = {
    {"input_per_1m"_L1, &PriceOverride::inputPerMillion, TokenType::Input},
    {"output_per_1m"_L1, &PriceOverride::outputPerMillion, TokenType::Output},
    {"cache_read_per_1m"_L1, &PriceOverride::cacheReadPerMillion, TokenType::CacheRead},
    {"cache_write_per_1m"_L1, &PriceOverride::cacheWritePerMillion, TokenType::CacheWrite},
};

// The exact catalog entry of the model in the region (find() falls back to another region).
const ModelPrice *entryOf(const PriceCatalog &catalog, QStringView modelId, QStringView region)
{
    const ModelPrice *price = catalog.find(modelId, region);
    return price && price->region == region ? price : nullptr;
}

bool lessThan(const PriceOverride &a, const PriceOverride &b)
{
    if (a.modelId != b.modelId)
        return a.modelId < b.modelId;
    return a.region < b.region;
}

} // namespace

const PriceOverride *PriceOverrides::find(QStringView modelId, QStringView region) const
{
    for (const PriceOverride &entry : m_entries) {
        if (entry.modelId == modelId && entry.region == region)
            return &entry;
    }
    return nullptr;
}

bool PriceOverrides::isOverridden(QStringView modelId, QStringView region) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const PriceOverride &entry) {
        return entry.modelId == modelId && (region.isEmpty() || entry.region == region);
    });
}

QString PriceOverrides::validate(const PriceOverride &entry, const PriceCatalog &catalog)
{
    const ModelPrice *price = entryOf(catalog, entry.modelId, entry.region);
    if (!price)
        return tr("The price catalog has no model “%1” in region %2.").arg(entry.modelId, entry.region);
    if (entry.note.size() > MaxNoteLength)
        return tr("The note can have at most %1 characters.").arg(MaxNoteLength);
    const QLocale locale;
    for (const PriceField &field : Fields) {
        const std::optional<Money> &value = entry.*field.member;
        if (!value)
            continue;
        if (!price->perMillion(field.tokenType)) {
            if (field.tokenType == TokenType::CacheRead)
                return tr("%1 has no cache-read price to override: its cache reads are billed as input.")
                    .arg(price->name);
            return tr("%1 has no cache-write price to override: its cache writes are billed as input.")
                .arg(price->name);
        }
        if (value->isNegative())
            return tr("A price cannot be negative.");
        if (*value > Money::fromUnits(MaxPricePerMillion))
            return tr("A price above %1 per million tokens is not plausible; check the decimal point.")
                .arg(locale.toString(MaxPricePerMillion));
    }
    return QString();
}

bool PriceOverrides::set(const PriceOverride &entry, const PriceCatalog &catalog, QString *error)
{
    if (!entry.hasPrices()) {
        remove(entry.modelId, entry.region);
        return true;
    }
    const QString problem = validate(entry, catalog);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entry, lessThan);
    if (it != m_entries.end() && it->modelId == entry.modelId && it->region == entry.region)
        *it = entry;
    else
        m_entries.insert(it, entry);
    return true;
}

bool PriceOverrides::remove(QStringView modelId, QStringView region)
{
    return m_entries.removeIf([&](const PriceOverride &entry) {
        return entry.modelId == modelId && entry.region == region;
    }) > 0;
}

PriceCatalog PriceOverrides::applyTo(const PriceCatalog &catalog, QStringList *skipped) const
{
    PriceCatalog result = catalog;
    for (const PriceOverride &entry : m_entries) {
        const ModelPrice *original = entryOf(catalog, entry.modelId, entry.region);
        if (!original || !validate(entry, catalog).isEmpty()) {
            if (skipped)
                skipped->append(tr("%1 (%2)").arg(entry.modelId, entry.region));
            continue;
        }
        ModelPrice price = *original;
        price.inputPerMillion = entry.inputPerMillion.value_or(price.inputPerMillion);
        price.outputPerMillion = entry.outputPerMillion.value_or(price.outputPerMillion);
        if (entry.cacheReadPerMillion)
            price.cacheReadPerMillion = entry.cacheReadPerMillion;
        if (entry.cacheWritePerMillion)
            price.cacheWritePerMillion = entry.cacheWritePerMillion;
        price.overridden = true;
        result.replace(price);
    }
    return result;
}

QJsonObject PriceOverrides::toJson() const
{
    QJsonArray list;
    for (const PriceOverride &entry : m_entries) {
        QJsonObject object{{u"model"_s, entry.modelId}, {u"region"_s, entry.region}};
        for (const PriceField &field : Fields) {
            if (const std::optional<Money> &value = entry.*field.member)
                object.insert(field.json, value->toString());
        }
        if (!entry.note.isEmpty())
            object.insert(u"note"_s, entry.note);
        list.append(object);
    }
    return QJsonObject{{u"version"_s, Version}, {u"overrides"_s, list}};
}

std::optional<PriceOverrides> PriceOverrides::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<PriceOverrides> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(u"version"_s).toInt() != Version)
        return fail(tr("The stored price overrides have an unknown version."));
    const QJsonValue list = json.value(u"overrides"_s);
    if (!list.isArray())
        return fail(tr("The stored price overrides have no \"overrides\" list."));
    PriceOverrides overrides;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        PriceOverride entry;
        entry.modelId = object.value(u"model"_s).toString();
        entry.region = object.value(u"region"_s).toString();
        entry.note = object.value(u"note"_s).toString();
        if (entry.modelId.isEmpty() || entry.region.isEmpty())
            return fail(tr("Stored price override #%1 has no model or region.").arg(i + 1));
        for (const PriceField &field : Fields) {
            const QJsonValue value = object.value(field.json);
            if (value.isUndefined())
                continue;
            const std::optional<Money> money = value.isString() ? Money::parse(value.toString()) : std::nullopt;
            if (!money || money->isNegative())
                return fail(tr("Stored price override #%1 has an invalid “%2”.").arg(i + 1).arg(field.json));
            entry.*field.member = money;
        }
        if (!entry.hasPrices())
            continue;
        if (overrides.find(entry.modelId, entry.region))
            return fail(tr("Stored price overrides list %1 (%2) twice.").arg(entry.modelId, entry.region));
        overrides.m_entries.append(entry);
    }
    std::sort(overrides.m_entries.begin(), overrides.m_entries.end(), lessThan);
    return overrides;
}

QString PriceOverrides::settingsKey(const QString &profileId)
{
    return u"priceOverrides/"_s + profileId;
}

PriceOverrides PriceOverrides::load(const QSettings &settings, const QString &profileId, QString *error)
{
    const QByteArray stored = settings.value(settingsKey(profileId)).toByteArray();
    if (stored.isEmpty())
        return PriceOverrides();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The stored price overrides are not valid JSON and were ignored.");
        return PriceOverrides();
    }
    return fromJson(document.object(), error).value_or(PriceOverrides());
}

void PriceOverrides::save(QSettings &settings, const QString &profileId, const PriceOverrides &overrides)
{
    if (overrides.isEmpty())
        settings.remove(settingsKey(profileId));
    else
        settings.setValue(settingsKey(profileId), QJsonDocument(overrides.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace Spendscope
