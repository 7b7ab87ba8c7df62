// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagetype.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

struct RegionCode
{
    QStringView code;
    QStringView region;
};

// AWS billing region codes as they prefix usage types (the Price List's "usagetype" prefixes).
// us-east-1 is "USE1" for Bedrock usage types; eu-west-1 keeps its historic prefix "EU".
constexpr std::array RegionCodes{
    RegionCode{u"USE1", u"us-east-1"},      RegionCode{u"USE2", u"us-east-2"},
    RegionCode{u"USW1", u"us-west-1"},      RegionCode{u"USW2", u"us-west-2"},
    RegionCode{u"CAN1", u"ca-central-1"},   RegionCode{u"EU", u"eu-west-1"},
    RegionCode{u"EUW2", u"eu-west-2"},      RegionCode{u"EUW3", u"eu-west-3"},
    RegionCode{u"EUC1", u"eu-central-1"},   RegionCode{u"EUC2", u"eu-central-2"},
    RegionCode{u"EUN1", u"eu-north-1"},     RegionCode{u"EUS1", u"eu-south-1"},
    RegionCode{u"EUS2", u"eu-south-2"},     RegionCode{u"APN1", u"ap-northeast-1"},
    RegionCode{u"APN2", u"ap-northeast-2"}, RegionCode{u"APN3", u"ap-northeast-3"},
    RegionCode{u"APS1", u"ap-southeast-1"}, RegionCode{u"APS2", u"ap-southeast-2"},
    RegionCode{u"APS3", u"ap-south-1"},     RegionCode{u"APS4", u"ap-southeast-3"},
    RegionCode{u"SAE1", u"sa-east-1"},      RegionCode{u"MES1", u"me-south-1"},
    RegionCode{u"MEC1", u"me-central-1"},   RegionCode{u"AFS1", u"af-south-1"},
    RegionCode{u"UGW1", u"us-gov-west-1"},  RegionCode{u"UGE1", u"us-gov-east-1"},
};

constexpr QStringView Mantle = u"-mantle-";
constexpr QStringView CrossRegion = u"-cross-region-global";
constexpr QStringView Tokens = u"-tokens-";

bool isTier(QStringView tier)
{
    return tier == u"standard" || tier == u"batch" || tier == u"flex" || tier == u"priority";
}

bool isRegionCodeShape(QStringView code)
{
    if (code.size() < 2 || code.size() > 5)
        return false;
    for (QChar c : code) {
        if (!(c.isUpper() && c.unicode() < 128) && !(c.isDigit() && c.unicode() < 128))
            return false;
    }
    return true;
}

} // namespace

UsageType::UsageType(QString regionCode, QString model, TokenType tokenType, QString tier, bool crossRegion)
    : m_regionCode(std::move(regionCode))
    , m_model(std::move(model))
    , m_tokenType(tokenType)
    , m_tier(std::move(tier))
    , m_crossRegion(crossRegion)
{
}

UsageType UsageType::parse(QStringView text)
{
    UsageType other;
    other.m_text = text.toString();

    const qsizetype dash = text.indexOf(u'-');
    const qsizetype mantle = text.lastIndexOf(Mantle);
    if (dash <= 0 || mantle <= dash + 1)
        return other;
    const QStringView code = text.first(dash);
    if (!isRegionCodeShape(code))
        return other;
    const QStringView model = text.sliced(dash + 1, mantle - dash - 1);
    QStringView rest = text.sliced(mantle + Mantle.size()); // "input-tokens-standard[-cross-region-global]"
    bool crossRegion = false;
    if (rest.endsWith(CrossRegion)) {
        crossRegion = true;
        rest.chop(CrossRegion.size());
    }
    const qsizetype tokens = rest.indexOf(Tokens);
    if (tokens <= 0)
        return other;
    const TokenType type = tokenTypeFromName(rest.first(tokens));
    const QStringView tier = rest.sliced(tokens + Tokens.size());
    // Variants such as "cache-write-tokens-5m-standard" or "-long-ctx" stay Other: their price
    // differs and this version does not know it.
    if (type == TokenType::Other || !isTier(tier))
        return other;
    return UsageType(code.toString(), model.toString(), type, tier.toString(), crossRegion);
}

QString UsageType::toString() const
{
    if (m_tokenType == TokenType::Other)
        return m_text;
    QString text = m_regionCode % u'-' % m_model % Mantle % tokenTypeName(m_tokenType) % Tokens % m_tier;
    if (m_crossRegion)
        text += CrossRegion;
    return text;
}

QString UsageType::tokenTypeName(TokenType type)
{
    switch (type) {
    case TokenType::Input: return u"input"_s;
    case TokenType::Output: return u"output"_s;
    case TokenType::CacheRead: return u"cache-read"_s;
    case TokenType::CacheWrite: return u"cache-write"_s;
    case TokenType::Other: break;
    }
    return QString();
}

UsageType::TokenType UsageType::tokenTypeFromName(QStringView name)
{
    if (name == u"input")
        return TokenType::Input;
    if (name == u"output")
        return TokenType::Output;
    if (name == u"cache-read")
        return TokenType::CacheRead;
    if (name == u"cache-write")
        return TokenType::CacheWrite;
    return TokenType::Other;
}

QString UsageType::regionForCode(QStringView code)
{
    for (const RegionCode &entry : RegionCodes) {
        if (entry.code == code)
            return entry.region.toString();
    }
    return QString();
}

QString UsageType::codeForRegion(QStringView region)
{
    for (const RegionCode &entry : RegionCodes) {
        if (entry.region == region)
            return entry.code.toString();
    }
    return QString();
}

} // namespace Spendscope
