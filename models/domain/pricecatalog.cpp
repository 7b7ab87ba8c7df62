// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

Q_LOGGING_CATEGORY(lcPrices, "spendscope.prices")

// A required date "YYYY-MM-DD".
std::optional<QDate> dateField(const QJsonObject &object, const QString &field)
{
    const QDate date = QDate::fromString(object.value(field).toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<Money> ModelPrice::perMillion(UsageType::TokenType type) const
{
    switch (type) {
    case UsageType::TokenType::Input: return inputPerMillion;
    case UsageType::TokenType::Output: return outputPerMillion;
    case UsageType::TokenType::CacheRead: return cacheReadPerMillion;
    case UsageType::TokenType::CacheWrite: return cacheWritePerMillion;
    case UsageType::TokenType::Other: break;
    }
    return std::nullopt;
}

QString ModelPrice::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Premium: return u"premium"_s;
    case Tier::Standard: return u"standard"_s;
    case Tier::Economy: return u"economy"_s;
    }
    return QString();
}

std::optional<ModelPrice::Tier> ModelPrice::tierFromName(QStringView name)
{
    if (name == u"premium")
        return Tier::Premium;
    if (name == u"standard")
        return Tier::Standard;
    if (name == u"economy")
        return Tier::Economy;
    return std::nullopt;
}

std::optional<PriceCatalog> PriceCatalog::fromJson(QByteArrayView json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<PriceCatalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The price catalog is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("The price catalog must be a JSON object."));
    const QJsonObject root = document.object();

    PriceCatalog catalog;
    const std::optional<QDate> asOf = dateField(root, u"as_of"_s);
    if (!asOf)
        return fail(tr("The price catalog has no valid \"as_of\" date (YYYY-MM-DD)."));
    catalog.m_asOf = *asOf;
    catalog.m_currency = root.value(u"currency"_s).toString();
    if (catalog.m_currency.size() != 3)
        return fail(tr("The price catalog has no valid \"currency\" (an ISO 4217 code such as USD)."));
    const QJsonValue modelsValue = root.value(u"models"_s);
    if (!modelsValue.isArray() || modelsValue.toArray().isEmpty())
        return fail(tr("The price catalog has no \"models\" list."));

    const QJsonArray models = modelsValue.toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QJsonObject entry = models.at(i).toObject();
        const QString id = entry.value(u"id"_s).toString();
        const QString where = id.isEmpty() ? tr("model #%1").arg(i + 1) : tr("model \"%1\"").arg(id);
        if (!models.at(i).isObject() || id.isEmpty())
            return fail(tr("The price catalog's %1 has no \"id\".").arg(where));

        ModelPrice price;
        price.modelId = id;
        price.name = entry.value(u"name"_s).toString(id);
        price.provider = entry.value(u"provider"_s).toString();
        price.endpoint = entry.value(u"endpoint"_s).toString(u"mantle"_s);
        price.route = entry.value(u"route"_s).toString();
        price.region = entry.value(u"region"_s).toString();
        price.sourceUrl = entry.value(u"source_url"_s).toString();
        price.confidence = entry.value(u"confidence"_s).toString();
        price.note = entry.value(u"note"_s).toString();
        if (price.provider.isEmpty())
            return fail(tr("The price catalog's %1 has no \"provider\".").arg(where));
        if (price.region.isEmpty())
            return fail(tr("The price catalog's %1 has no \"region\".").arg(where));
        if (price.endpoint != u"mantle" && price.endpoint != u"runtime")
            return fail(tr("The price catalog's %1 has an unknown \"endpoint\" (mantle or runtime).").arg(where));
        if (!price.sourceUrl.startsWith(u"https://"))
            return fail(tr("The price catalog's %1 has no https \"source_url\".").arg(where));
        if (price.confidence.isEmpty())
            return fail(tr("The price catalog's %1 has no \"confidence\".").arg(where));
        const std::optional<ModelPrice::Tier> tier = ModelPrice::tierFromName(entry.value(u"tier"_s).toString());
        if (!tier)
            return fail(tr("The price catalog's %1 has no valid \"tier\" (premium, standard or economy).").arg(where));
        price.tier = *tier;
        const std::optional<QDate> entryAsOf = dateField(entry, u"as_of"_s);
        if (!entryAsOf)
            return fail(tr("The price catalog's %1 has no valid \"as_of\" date.").arg(where));
        price.asOf = *entryAsOf;

        // Prices are decimal strings so that they stay exact; numbers would pass through double.
        const auto priceField = [&](const QString &field, bool required, std::optional<Money> *out) -> QString {
            const QJsonValue value = entry.value(field);
            if (value.isUndefined() || value.isNull()) {
                if (required)
                    return tr("The price catalog's %1 has no \"%2\".").arg(where, field);
                return QString();
            }
            const std::optional<Money> money = value.isString() ? Money::parse(value.toString()) : std::nullopt;
            if (!money || money->isNegative())
                return tr("The price catalog's %1 has an invalid \"%2\": write a non-negative decimal string such as \"0.15\".")
                    .arg(where, field);
            *out = money;
            return QString();
        };
        std::optional<Money> input;
        std::optional<Money> output;
        for (const QString &problem : {priceField(u"input_per_1m"_s, true, &input),
                                       priceField(u"output_per_1m"_s, true, &output),
                                       priceField(u"cache_read_per_1m"_s, false, &price.cacheReadPerMillion),
                                       priceField(u"cache_write_per_1m"_s, false, &price.cacheWritePerMillion)}) {
            if (!problem.isEmpty())
                return fail(problem);
        }
        price.inputPerMillion = *input;
        price.outputPerMillion = *output;

        QList<qsizetype> &indexes = catalog.m_byModel[id];
        for (qsizetype other : std::as_const(indexes)) {
            if (catalog.m_models.at(other).region == price.region)
                return fail(tr("The price catalog lists %1 twice for region %2.").arg(where, price.region));
        }
        indexes.append(catalog.m_models.size());
        catalog.m_models.append(std::move(price));
    }
    return catalog;
}

std::optional<PriceCatalog> PriceCatalog::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the price catalog %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A catalog is a few kilobytes; anything huge is not one.
    constexpr qint64 MaxSize = 16 * 1024 * 1024;
    if (file.size() > MaxSize) {
        if (error)
            *error = tr("The price catalog %1 is too large.").arg(path);
        return std::nullopt;
    }
    QString parseError;
    std::optional<PriceCatalog> catalog = fromJson(file.readAll(), &parseError);
    if (!catalog && error)
        *error = tr("%1: %2").arg(path, parseError);
    return catalog;
}

const PriceCatalog &PriceCatalog::builtIn()
{
    static const PriceCatalog catalog = [] {
        QString error;
        std::optional<PriceCatalog> parsed = fromFile(BuiltInPath.toString(), &error);
        if (!parsed) {
            // Only a broken build gets here; an empty catalog prices nothing instead of crashing.
            qCCritical(lcPrices) << "built-in price catalog:" << error;
            return PriceCatalog();
        }
        return std::move(*parsed);
    }();
    return catalog;
}

const ModelPrice *PriceCatalog::find(QStringView modelId, QStringView region) const
{
    const auto it = m_byModel.constFind(modelId.toString());
    if (it == m_byModel.cend() || it->isEmpty())
        return nullptr;
    if (!region.isEmpty()) {
        for (qsizetype index : *it) {
            if (m_models.at(index).region == region)
                return &m_models.at(index);
        }
    }
    return &m_models.at(it->constFirst());
}

bool PriceCatalog::replace(const ModelPrice &price)
{
    const auto it = m_byModel.constFind(price.modelId);
    if (it == m_byModel.cend())
        return false;
    for (qsizetype index : *it) {
        if (m_models.at(index).region == price.region) {
            m_models[index] = price;
            return true;
        }
    }
    return false;
}

std::optional<Money> PriceCatalog::cost(QStringView modelId, UsageType::TokenType type, qint64 tokens,
                                        QStringView region) const
{
    const ModelPrice *price = find(modelId, region);
    if (!price)
        return std::nullopt;
    const std::optional<Money> perMillion = price->perMillion(type);
    if (!perMillion)
        return std::nullopt;
    return cost(*perMillion, tokens);
}

} // namespace Spendscope
