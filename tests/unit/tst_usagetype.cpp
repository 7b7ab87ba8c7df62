// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/usagetype.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::UsageType;
using TokenType = Spendscope::UsageType::TokenType;

Q_DECLARE_METATYPE(Spendscope::UsageType::TokenType)

class TestUsageType final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_mantleUsageTypes_fields_data();
    void parse_mantleUsageTypes_fields();
    void parse_otherFormats_keptAsOther_data();
    void parse_otherFormats_keptAsOther();
    void format_constructed_matchesDocumentedExample();
    void regionCodes_mapBothWays_data();
    void regionCodes_mapBothWays();
    void regionCodes_unknown_empty();
};

void TestUsageType::parse_mantleUsageTypes_fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("model");
    QTest::addColumn<TokenType>("type");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<bool>("crossRegion");
    QTest::newRow("documented example") << u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s << u"USE1"_s
                                        << u"us-east-1"_s << u"openai.gpt-oss-120b"_s << TokenType::Input
                                        << u"standard"_s << false;
    QTest::newRow("output, eu-west-1") << u"EU-qwen.qwen3-32b-mantle-output-tokens-flex"_s << u"EU"_s
                                       << u"eu-west-1"_s << u"qwen.qwen3-32b"_s << TokenType::Output << u"flex"_s
                                       << false;
    QTest::newRow("cache read") << u"USW2-anthropic.claude-haiku-4-5-mantle-cache-read-tokens-standard"_s
                                << u"USW2"_s << u"us-west-2"_s << u"anthropic.claude-haiku-4-5"_s
                                << TokenType::CacheRead << u"standard"_s << false;
    QTest::newRow("cache write, priority") << u"USE2-deepseek.v3.2-mantle-cache-write-tokens-priority"_s << u"USE2"_s
                                           << u"us-east-2"_s << u"deepseek.v3.2"_s << TokenType::CacheWrite
                                           << u"priority"_s << false;
    QTest::newRow("cross-region") << u"USE1-openai.gpt-oss-20b-mantle-input-tokens-batch-cross-region-global"_s
                                  << u"USE1"_s << u"us-east-1"_s << u"openai.gpt-oss-20b"_s << TokenType::Input
                                  << u"batch"_s << true;
    QTest::newRow("govcloud") << u"UGW1-zai.glm-5-mantle-output-tokens-standard"_s << u"UGW1"_s << u"us-gov-west-1"_s
                              << u"zai.glm-5"_s << TokenType::Output << u"standard"_s << false;
    QTest::newRow("model with dashes and mantle-like text")
        << u"APN1-mistral.ministral-3-8b-instruct-mantle-input-tokens-standard"_s << u"APN1"_s << u"ap-northeast-1"_s
        << u"mistral.ministral-3-8b-instruct"_s << TokenType::Input << u"standard"_s << false;
}

void TestUsageType::parse_mantleUsageTypes_fields()
{
    QFETCH(QString, text);
    const UsageType type = UsageType::parse(text);
    QVERIFY(type.isMantle());
    QTEST(type.regionCode(), "code");
    QTEST(type.region(), "region");
    QTEST(type.model(), "model");
    QTEST(type.tokenType(), "type");
    QTEST(type.tier(), "tier");
    QTEST(type.isCrossRegion(), "crossRegion");
    QCOMPARE(type.toString(), text); // round trip
}

void TestUsageType::parse_otherFormats_keptAsOther_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("runtime standard tier") << u"USE1-Nova-Micro-input-tokens"_s;
    QTest::newRow("cache write with duration") << u"USE1-deepseek.v3.2-mantle-cache-write-tokens-5m-standard"_s;
    QTest::newRow("long context") << u"USE1-openai.gpt-5.5-mantle-input-tokens-long-ctx-standard"_s;
    QTest::newRow("unknown tier") << u"USE1-openai.gpt-oss-120b-mantle-input-tokens-turbo"_s;
    QTest::newRow("unknown token type") << u"USE1-openai.gpt-oss-120b-mantle-image-tokens-standard"_s;
    QTest::newRow("no region code") << u"openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
    QTest::newRow("lower-case region code") << u"use1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;
    QTest::newRow("empty model") << u"USE1--mantle-input-tokens-standard"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("other service") << u"USE1-TimedStorage-ByteHrs"_s;
}

void TestUsageType::parse_otherFormats_keptAsOther()
{
    QFETCH(QString, text);
    const UsageType type = UsageType::parse(text);
    QVERIFY(!type.isMantle());
    QCOMPARE(type.tokenType(), TokenType::Other);
    QCOMPARE(type.toString(), text); // never dropped: the text stays visible
}

void TestUsageType::format_constructed_matchesDocumentedExample()
{
    const UsageType type(u"USE1"_s, u"openai.gpt-oss-120b"_s, TokenType::Input);
    QCOMPARE(type.toString(), u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s);
    QCOMPARE(UsageType::parse(type.toString()), type);
    const UsageType cross(u"USE1"_s, u"openai.gpt-oss-120b"_s, TokenType::CacheRead, u"standard"_s, true);
    QCOMPARE(cross.toString(), u"USE1-openai.gpt-oss-120b-mantle-cache-read-tokens-standard-cross-region-global"_s);
    QCOMPARE(UsageType::tokenTypeName(TokenType::CacheWrite), u"cache-write"_s);
    QCOMPARE(UsageType::tokenTypeFromName(u"output"), TokenType::Output);
    QCOMPARE(UsageType::tokenTypeFromName(u"tokens"), TokenType::Other);
}

void TestUsageType::regionCodes_mapBothWays_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("region");
    QTest::newRow("USE1") << u"USE1"_s << u"us-east-1"_s;
    QTest::newRow("USE2") << u"USE2"_s << u"us-east-2"_s;
    QTest::newRow("USW2") << u"USW2"_s << u"us-west-2"_s;
    QTest::newRow("EU") << u"EU"_s << u"eu-west-1"_s;
    QTest::newRow("EUW2") << u"EUW2"_s << u"eu-west-2"_s;
    QTest::newRow("EUC1") << u"EUC1"_s << u"eu-central-1"_s;
    QTest::newRow("EUN1") << u"EUN1"_s << u"eu-north-1"_s;
    QTest::newRow("EUS1") << u"EUS1"_s << u"eu-south-1"_s;
    QTest::newRow("APN1") << u"APN1"_s << u"ap-northeast-1"_s;
    QTest::newRow("APS2") << u"APS2"_s << u"ap-southeast-2"_s;
    QTest::newRow("APS3") << u"APS3"_s << u"ap-south-1"_s;
    QTest::newRow("APS4") << u"APS4"_s << u"ap-southeast-3"_s;
    QTest::newRow("SAE1") << u"SAE1"_s << u"sa-east-1"_s;
    QTest::newRow("UGW1") << u"UGW1"_s << u"us-gov-west-1"_s;
}

void TestUsageType::regionCodes_mapBothWays()
{
    QFETCH(QString, code);
    QFETCH(QString, region);
    QCOMPARE(UsageType::regionForCode(code), region);
    QCOMPARE(UsageType::codeForRegion(region), code);
}

void TestUsageType::regionCodes_unknown_empty()
{
    QVERIFY(UsageType::regionForCode(u"XYZ9").isEmpty());
    QVERIFY(UsageType::codeForRegion(u"mars-north-1").isEmpty());
    const UsageType type = UsageType::parse(u"ZZZ1-openai.gpt-oss-120b-mantle-input-tokens-standard");
    QVERIFY(type.isMantle()); // the shape is right; only the region is unknown
    QVERIFY(type.region().isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageType)
#include "tst_usagetype.moc"
