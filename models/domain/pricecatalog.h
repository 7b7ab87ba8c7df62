// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/usagetype.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// The price of one Bedrock model in one region, per million tokens, from a dated source.
struct ModelPrice
{
    enum class Tier {
        Premium,  // frontier models priced for hard tasks
        Standard, // capable general models
        Economy,  // small, cheap models
    };

    QString modelId;  // mantle id, e.g. "openai.gpt-oss-120b"
    QString name;     // "gpt-oss-120b"
    QString provider; // "OpenAI"
    Tier tier = Tier::Standard;
    QString endpoint = QStringLiteral("mantle"); // "mantle" or "runtime" (bedrock-runtime only)
    QString route;                               // mantle base path: "/v1", "/openai/v1", "/anthropic/v1"
    QString region = QStringLiteral("us-east-1");
    Money inputPerMillion;
    Money outputPerMillion;
    std::optional<Money> cacheReadPerMillion;  // absent: the model has no cache-read SKU
    std::optional<Money> cacheWritePerMillion; // absent: the model has no cache-write SKU
    QString sourceUrl;
    QString confidence; // how the figure was established ("price-list", "third-party", ...)
    QDate asOf;
    QString note;
    // A user's price (e.g. a negotiated rate, PriceOverrides) replaced a catalog figure.
    bool overridden = false;

    [[nodiscard]] bool isMantle() const { return endpoint == QLatin1String("mantle"); }
    // Per million tokens of `type`; nullopt when the model is not billed for that token type.
    [[nodiscard]] std::optional<Money> perMillion(UsageType::TokenType type) const;

    [[nodiscard]] static QString tierName(Tier tier);
    [[nodiscard]] static std::optional<Tier> tierFromName(QStringView name);
};

// The dated model price catalog (resources/pricecatalog.json), shared by the app (re-pricing,
// waste rules) and the sandbox (billing). Prices are exact decimals; a cost is
// price per 1M × tokens / 10^6 rounded half away from zero to nano-units.
class PriceCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PriceCatalog)
public:
    PriceCatalog() = default;

    // Parses the catalog JSON. On failure returns nullopt and sets *error to a translated message
    // naming the model entry and field at fault.
    [[nodiscard]] static std::optional<PriceCatalog> fromJson(QByteArrayView json, QString *error = nullptr);
    [[nodiscard]] static std::optional<PriceCatalog> fromFile(const QString &path, QString *error = nullptr);
    // The catalog built into the binary (":/spendscope/pricecatalog.json"), parsed once.
    [[nodiscard]] static const PriceCatalog &builtIn();
    static constexpr QStringView BuiltInPath = u":/spendscope/pricecatalog.json";

    [[nodiscard]] QDate asOf() const { return m_asOf; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    [[nodiscard]] const QList<ModelPrice> &models() const { return m_models; }
    [[nodiscard]] bool isEmpty() const { return m_models.isEmpty(); }

    // The entry for `modelId` in `region`, else the model's first listed region; nullptr if the
    // model is unknown.
    [[nodiscard]] const ModelPrice *find(QStringView modelId, QStringView region = {}) const;
    // Replaces the entry of `price.modelId` in `price.region` (used to apply price overrides);
    // false, and nothing changes, when the catalog has no such entry.
    bool replace(const ModelPrice &price);

    // The exact cost of `tokens` tokens of `type`; nullopt for an unknown model or a token type
    // the model is not billed for.
    [[nodiscard]] std::optional<Money> cost(QStringView modelId, UsageType::TokenType type, qint64 tokens,
                                            QStringView region = {}) const;
    [[nodiscard]] static Money cost(Money perMillion, qint64 tokens) { return perMillion.multipliedBy(tokens, 1'000'000); }

private:
    QDate m_asOf;
    QString m_currency;
    QList<ModelPrice> m_models;
    QHash<QString, QList<qsizetype>> m_byModel; // model id → indexes into m_models
};

} // namespace Spendscope
