// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Spendscope {

// One Cost Explorer USAGE_TYPE of Bedrock's mantle endpoint, as the CUR documentation spells it:
// `{REGIONCODE}-{model}-mantle-{input|output|cache-read|cache-write}-tokens-{tier}`, optionally
// followed by `-cross-region-global` (e.g. `USE1-openai.gpt-oss-120b-mantle-input-tokens-standard`).
// Anything else parses as TokenType::Other and keeps its text, so that unknown spend is shown,
// never dropped.
class UsageType final
{
public:
    enum class TokenType {
        Input,
        Output,
        CacheRead,
        CacheWrite,
        Other, // not a mantle token usage type, or a variant this version does not know
    };

    UsageType() = default;
    UsageType(QString regionCode, QString model, TokenType tokenType, QString tier = QStringLiteral("standard"),
              bool crossRegion = false);

    [[nodiscard]] static UsageType parse(QStringView text);

    // The canonical text; for Other the text it was parsed from.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isMantle() const { return m_tokenType != TokenType::Other; }

    [[nodiscard]] const QString &regionCode() const { return m_regionCode; } // "USE1"; may be empty for Other
    [[nodiscard]] QString region() const { return regionForCode(m_regionCode); } // "us-east-1"; empty if unknown
    [[nodiscard]] const QString &model() const { return m_model; }               // "openai.gpt-oss-120b"
    [[nodiscard]] TokenType tokenType() const { return m_tokenType; }
    [[nodiscard]] const QString &tier() const { return m_tier; } // standard | batch | flex | priority
    [[nodiscard]] bool isCrossRegion() const { return m_crossRegion; }

    // "input", "output", "cache-read", "cache-write" (as in the usage type); empty for Other.
    [[nodiscard]] static QString tokenTypeName(TokenType type);
    [[nodiscard]] static TokenType tokenTypeFromName(QStringView name);

    // AWS billing region codes as they prefix usage types: USE1 ↔ us-east-1, EU ↔ eu-west-1, ...
    // Empty when unknown.
    [[nodiscard]] static QString regionForCode(QStringView code);
    [[nodiscard]] static QString codeForRegion(QStringView region);

    friend bool operator==(const UsageType &, const UsageType &) = default;

private:
    QString m_regionCode;
    QString m_model;
    TokenType m_tokenType = TokenType::Other;
    QString m_tier;
    bool m_crossRegion = false;
    QString m_text; // the original text of an Other usage type
};

} // namespace Spendscope
