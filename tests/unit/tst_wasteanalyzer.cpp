// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/wasteanalyzer.h"

#include "costfixtures.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Spendscope::CostAllocationTag;
using Spendscope::CostAllocationTagStatus;
using Spendscope::CostCube;
using Spendscope::Money;
using Spendscope::PriceCatalog;
using Spendscope::WasteAnalyzer;
using Spendscope::WasteFinding;
using Rule = WasteFinding::Rule;
using TokenType = Spendscope::UsageType::TokenType;
using Spendscope::Test::kilo;
using Spendscope::Test::money;

namespace {

// A 30-day window: a month's rate equals the window's amount.
const QDate Start(2026, 6, 1);
const QDate End(2026, 7, 1);

struct Tokens {
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
};

// The window's tokens spread evenly over `days` days from `first`, one bill row per day and token
// type, each priced from the catalog (unknown models at 1.00 per 1M).
void addTraffic(CostCube::Builder &builder, const QString &project, const QString &team, const QString &model,
                Tokens tokens, QDate first = Start, int days = 10)
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const Spendscope::ModelPrice *price = catalog.find(model);
    const std::array<std::pair<TokenType, qint64>, 4> parts{{{TokenType::Input, tokens.input},
                                                             {TokenType::Output, tokens.output},
                                                             {TokenType::CacheRead, tokens.cacheRead},
                                                             {TokenType::CacheWrite, tokens.cacheWrite}}};
    for (int d = 0; d < days; ++d) {
        for (const auto &[type, total] : parts) {
            if (total == 0)
                continue;
            const qint64 perDay = total / days;
            CostCube::Row row;
            row.day = first.addDays(d);
            row.team = team;
            row.project = project;
            row.model = model;
            row.provider = price ? price->provider : u"Acme"_s;
            row.tokenType = Spendscope::UsageType::tokenTypeName(type);
            row.region = u"us-east-1"_s;
            row.quantity = kilo(perDay);
            row.cost = price ? catalog.cost(model, type, perDay).value() : Money::fromNanos(perDay * 1'000);
            builder.append(row);
        }
    }
}

QList<CostAllocationTag> activeTags(const QStringList &keys = {u"Project"_s, u"Team"_s})
{
    QList<CostAllocationTag> tags;
    for (const QString &key : keys) {
        CostAllocationTag tag;
        tag.tagKey = key;
        tag.status = CostAllocationTagStatus::Active;
        tags.append(tag);
    }
    return tags;
}

WasteAnalyzer::Input inputFor(const CostCube &cube, QDate start = Start, QDate end = End)
{
    return {.projectCube = cube,
            .periodStart = start,
            .periodEnd = end,
            .tagStatus = activeTags(),
            .catalog = PriceCatalog::builtIn()};
}

QList<WasteFinding> ofRule(const QList<WasteFinding> &findings, Rule rule)
{
    QList<WasteFinding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [rule](const WasteFinding &f) { return f.rule == rule; });
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Tokens)

class TestWasteAnalyzer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void premium_simpleTraffic_firesWithSameProviderAlternative();
    void premium_noCheaperModelOfProvider_cheapestStandardOfAnyProvider();
    void premium_noFire_data();
    void premium_noFire();
    void cache_inputHeavyWithoutReads_fires();
    void cache_shorterWindow_scaledToMonth();
    void cache_writesCrowdOutInput_addedReadsCappedAtUncachedInput();
    void cache_noFire_data();
    void cache_noFire();
    void unattributed_untaggedDefaultAndTeam_fire();
    void unattributed_smallOrOutsideWindow_noFire();
    void tagKeys_inactiveOrUnlisted_fire();
    void tagKeys_allActive_noFire();
    void analyze_sortedBySavingsThenAmountAtStake();
    void analyze_invalidWindow_empty();
};

void TestWasteAnalyzer::premium_simpleTraffic_firesWithSameProviderAlternative()
{
    CostCube::Builder builder;
    // Opus: 50M input, 2M output (4 %), no cache use.
    addTraffic(builder, u"triage"_s, u"support"_s, u"anthropic.claude-opus-4-6"_s, {50'000'000, 2'000'000});
    const CostCube cube = builder.build();
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(inputFor(cube));

    const QList<WasteFinding> premium = ofRule(findings, Rule::PremiumOnSimpleTraffic);
    QCOMPARE(premium.size(), 1);
    const WasteFinding &f = premium.constFirst();
    QCOMPARE(f.project, u"triage"_s);
    QCOMPARE(f.team, u"support"_s);
    QCOMPARE(f.model, u"anthropic.claude-opus-4-6"_s);
    // Actual: 50 × 5.00 + 2 × 25.00 = 300. Haiku, the only non-premium Anthropic model:
    // 50 × 1.00 + 2 × 5.00 = 60. Savings 240 in a 30-day window.
    QCOMPARE(f.windowCost, money("300"));
    QCOMPARE(f.alternativeModel, u"anthropic.claude-haiku-4-5"_s);
    QCOMPARE(f.alternativeWindowCost, money("60"));
    QCOMPARE(f.monthlySavings, money("240"));
    QCOMPARE(f.amountAtStake, Money());
    QCOMPARE(f.inputKiloTokens, kilo(50'000'000));
    QCOMPARE(f.outputKiloTokens, kilo(2'000'000));
    QCOMPARE(f.share, 0.04);
    QVERIFY(!f.title.isEmpty());
    const QString savings = money("240").format(QLocale(), u"USD"_s);
    QVERIFY2(f.evidence.contains(u"triage") && f.evidence.contains(savings), qPrintable(f.evidence));

    // The same traffic is also input-heavy without cache reads on a caching model: rule c offers
    // the other remedy. Half the input as reads saves 25M × (5.00 − 0.50) = 112.5, less 2.5M
    // writes × (6.25 − 5.00) = 3.125: 109.375. Alternatives are not added up.
    const QList<WasteFinding> cache = ofRule(findings, Rule::LowCacheReadShare);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.constFirst().monthlySavings, money("109.375"));
    QCOMPARE(WasteAnalyzer::totalMonthlySavings(findings), money("240"));
    QCOMPARE(findings.size(), 2);

    // The thresholds decide: 4 % output is not simple under a 3 % limit, and savings of exactly
    // the minimum still count while one nano-unit more does not.
    WasteAnalyzer::Input strict = inputFor(cube);
    strict.thresholds.simpleMaxOutputPercent = 3;
    QVERIFY(ofRule(WasteAnalyzer::analyze(strict), Rule::PremiumOnSimpleTraffic).isEmpty());
    strict.thresholds = {};
    strict.thresholds.minMonthlySavings = money("240");
    QCOMPARE(ofRule(WasteAnalyzer::analyze(strict), Rule::PremiumOnSimpleTraffic).size(), 1);
    strict.thresholds.minMonthlySavings = money("240.000000001");
    QVERIFY(WasteAnalyzer::analyze(strict).isEmpty());
}

void TestWasteAnalyzer::premium_noCheaperModelOfProvider_cheapestStandardOfAnyProvider()
{
    CostCube::Builder builder;
    // Kimi K2.5 (Moonshot AI has no other model): 100M input, 5M output.
    addTraffic(builder, u"routing"_s, u"search"_s, u"moonshotai.kimi-k2.5"_s, {100'000'000, 5'000'000});
    const CostCube cube = builder.build();
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(inputFor(cube));
    QCOMPARE(findings.size(), 1);
    const WasteFinding &f = findings.constFirst();
    QCOMPARE(f.rule, Rule::PremiumOnSimpleTraffic);
    // Actual: 100 × 0.60 + 5 × 3.00 = 75. Standard mantle models by hand: gpt-oss-120b and its
    // safeguard twin 100 × 0.15 + 5 × 0.60 = 18 (tie broken by id), nemotron-super 18.25,
    // qwen3-next 21, ...; economy models of other providers are not considered.
    QCOMPARE(f.windowCost, money("75"));
    QCOMPARE(f.alternativeModel, u"openai.gpt-oss-120b"_s);
    QCOMPARE(f.alternativeWindowCost, money("18"));
    QCOMPARE(f.monthlySavings, money("57"));
}

void TestWasteAnalyzer::premium_noFire_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Tokens>("tokens");
    // Output 30 % of input: conversational, not simple.
    QTest::newRow("long answers") << u"anthropic.claude-opus-4-6"_s << Tokens{50'000'000, 15'000'000};
    // Cache reads are 20 % of the input side: reused long context.
    QTest::newRow("uses the cache") << u"anthropic.claude-opus-4-6"_s << Tokens{40'000'000, 2'000'000, 10'000'000};
    // 0.5 × 5.00 + 0.02 × 25.00 = 3 a month, below the 50 minimum.
    QTest::newRow("small spend") << u"anthropic.claude-opus-4-6"_s << Tokens{500'000, 20'000};
    QTest::newRow("standard tier") << u"anthropic.claude-haiku-4-5"_s << Tokens{50'000'000, 2'000'000};
    QTest::newRow("unknown model") << u"acme.large"_s << Tokens{500'000'000, 2'000'000};
    QTest::newRow("no input") << u"openai.gpt-5.5"_s << Tokens{0, 2'000'000};
}

void TestWasteAnalyzer::premium_noFire()
{
    QFETCH(QString, model);
    QFETCH(Tokens, tokens);
    CostCube::Builder builder;
    addTraffic(builder, u"p"_s, u"t"_s, model, tokens);
    const CostCube cube = builder.build();
    QVERIFY(ofRule(WasteAnalyzer::analyze(inputFor(cube)), Rule::PremiumOnSimpleTraffic).isEmpty());
}

void TestWasteAnalyzer::cache_inputHeavyWithoutReads_fires()
{
    CostCube::Builder builder;
    // Sonnet: 40M input, 1M cache reads (2.4 % of 41M), 5M output (12 %: not "simple").
    addTraffic(builder, u"docs"_s, u"knowledge"_s, u"anthropic.claude-sonnet-4-6"_s,
               {40'000'000, 5'000'000, 1'000'000});
    const CostCube cube = builder.build();
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(inputFor(cube));
    QCOMPARE(findings.size(), 1);
    const WasteFinding &f = findings.constFirst();
    QCOMPARE(f.rule, Rule::LowCacheReadShare);
    QCOMPARE(f.project, u"docs"_s);
    QCOMPARE(f.team, u"knowledge"_s);
    QCOMPARE(f.model, u"anthropic.claude-sonnet-4-6"_s);
    // Target: 50 % of 41M = 20.5M reads, 19.5M more, bringing 1.95M writes.
    // 19.5 × (3.00 − 0.30) = 52.65; 1.95 × (3.75 − 3.00) = 1.4625; 52.65 − 1.4625 = 51.1875.
    QCOMPARE(f.monthlySavings, money("51.1875"));
    QCOMPARE(f.cacheReadKiloTokens, kilo(1'000'000));
    QCOMPARE(f.share, 1.0 / 41.0);
    // 40 × 3 + 5 × 15 + 1 × 0.3
    QCOMPARE(f.windowCost, money("195.3"));
    QVERIFY2(f.evidence.contains(u"docs"), qPrintable(f.evidence));
}

void TestWasteAnalyzer::cache_shorterWindow_scaledToMonth()
{
    CostCube::Builder builder;
    addTraffic(builder, u"docs"_s, u"knowledge"_s, u"anthropic.claude-sonnet-4-6"_s,
               {40'000'000, 5'000'000, 1'000'000});
    const CostCube cube = builder.build();
    // The same traffic in 15 days is twice the monthly rate.
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(inputFor(cube, Start, Start.addDays(15)));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().monthlySavings, money("102.375"));
}

void TestWasteAnalyzer::cache_writesCrowdOutInput_addedReadsCappedAtUncachedInput()
{
    CostCube::Builder builder;
    // Haiku writing the cache all the time and never reading it: 1M input, 30M writes, 1M output.
    addTraffic(builder, u"writer"_s, u"t"_s, u"anthropic.claude-haiku-4-5"_s, {1'000'000, 1'000'000, 0, 30'000'000});
    const CostCube cube = builder.build();
    WasteAnalyzer::Input input = inputFor(cube);
    input.thresholds.minMonthlySavings = Money();
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(input);
    QCOMPARE(findings.size(), 1);
    // Only the 1M uncached input can move: reads 1000K × 100/110 = 909.090909091K, writes the
    // remaining 90.909090909K. Reads at 1.00 instead of 0.10 per 1M: 909,090,909 − 90,909,091
    // nanos (each rounded); writes at 1.25 instead of 1.00: 113,636,364 − 90,909,091 nanos.
    // 818,181,818 − 22,727,273 = 795,454,545.
    QCOMPARE(findings.constFirst().monthlySavings, Money::fromNanos(795'454'545));
}

void TestWasteAnalyzer::cache_noFire_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Tokens>("tokens");
    QTest::newRow("no cache price") << u"openai.gpt-oss-120b"_s << Tokens{400'000'000, 10'000'000};
    QTest::newRow("already caching") << u"anthropic.claude-sonnet-4-6"_s << Tokens{20'000'000, 2'000'000, 20'000'000};
    QTest::newRow("not input heavy") << u"anthropic.claude-sonnet-4-6"_s << Tokens{8'000'000, 4'000'000};
    QTest::newRow("low volume") << u"anthropic.claude-sonnet-4-6"_s << Tokens{2'000'000, 100'000};
    QTest::newRow("unknown model") << u"acme.large"_s << Tokens{400'000'000, 1'000'000};
}

void TestWasteAnalyzer::cache_noFire()
{
    QFETCH(QString, model);
    QFETCH(Tokens, tokens);
    CostCube::Builder builder;
    addTraffic(builder, u"p"_s, u"t"_s, model, tokens);
    const CostCube cube = builder.build();
    QVERIFY(ofRule(WasteAnalyzer::analyze(inputFor(cube)), Rule::LowCacheReadShare).isEmpty());
}

void TestWasteAnalyzer::unattributed_untaggedDefaultAndTeam_fire()
{
    CostCube::Builder builder;
    // gpt-oss-120b input at 0.15 per 1M: 200M → 30, 100M → 15.
    addTraffic(builder, QString(), QString(), u"openai.gpt-oss-120b"_s, {200'000'000});
    addTraffic(builder, u"default"_s, u"platform"_s, u"openai.gpt-oss-120b"_s, {100'000'000});
    addTraffic(builder, u"triage"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {100'000'000});
    const CostCube projectCube = builder.build();
    CostCube::Builder teamBuilder;
    addTraffic(teamBuilder, QString(), QString(), u"openai.gpt-oss-120b"_s, {100'000'000});
    addTraffic(teamBuilder, u"x"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {300'000'000});
    const CostCube teamCube = teamBuilder.build();

    WasteAnalyzer::Input input = inputFor(projectCube);
    input.teamCube = &teamCube;
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(input);
    QCOMPARE(findings.size(), 3);
    for (const WasteFinding &f : findings) {
        QCOMPARE(f.rule, Rule::UnattributedSpend);
        QCOMPARE(f.monthlySavings, Money());
        QVERIFY(!f.title.isEmpty() && !f.evidence.isEmpty());
    }
    // By amount at stake; the two 15s by project ("" before "default").
    QCOMPARE(findings.at(0).project, QString());
    QCOMPARE(findings.at(0).tagKey, u"Project"_s);
    QCOMPARE(findings.at(0).amountAtStake, money("30"));
    QCOMPARE(findings.at(0).share, 0.5);
    QCOMPARE(findings.at(1).tagKey, u"Team"_s);
    QCOMPARE(findings.at(1).amountAtStake, money("15"));
    QCOMPARE(findings.at(1).share, 0.25);
    QCOMPARE(findings.at(2).project, u"default"_s);
    QCOMPARE(findings.at(2).team, u"platform"_s);
    QCOMPARE(findings.at(2).amountAtStake, money("15"));
    QCOMPARE(findings.at(2).share, 0.25);
    const QString amount = money("15").format(QLocale(), u"USD"_s);
    QVERIFY2(findings.at(2).evidence.contains(amount), qPrintable(findings.at(2).evidence));
    QCOMPARE(WasteAnalyzer::totalMonthlySavings(findings), Money());
}

void TestWasteAnalyzer::unattributed_smallOrOutsideWindow_noFire()
{
    CostCube::Builder builder;
    // 20M × 0.15 = 3 a month of untagged spend: below the 10 minimum.
    addTraffic(builder, QString(), QString(), u"openai.gpt-oss-120b"_s, {20'000'000});
    // Plenty in the default project, but in May, before the window.
    addTraffic(builder, u"default"_s, u"platform"_s, u"openai.gpt-oss-120b"_s, {900'000'000}, QDate(2026, 5, 1));
    addTraffic(builder, u"triage"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {900'000'000});
    const CostCube projectCube = builder.build();
    CostCube::Builder teamBuilder;
    addTraffic(teamBuilder, u"x"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {300'000'000});
    const CostCube teamCube = teamBuilder.build();

    WasteAnalyzer::Input input = inputFor(projectCube);
    input.teamCube = &teamCube;
    QVERIFY(WasteAnalyzer::analyze(input).isEmpty());
}

void TestWasteAnalyzer::tagKeys_inactiveOrUnlisted_fire()
{
    CostCube::Builder builder;
    addTraffic(builder, u"triage"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {100'000'000}); // 15
    addTraffic(builder, u"triage"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {100'000'000}, QDate(2026, 5, 1));
    const CostCube cube = builder.build();

    WasteAnalyzer::Input input = inputFor(cube);
    input.tagStatus = activeTags({u"Project"_s, u"Env"_s});
    CostAllocationTag team;
    team.tagKey = u"Team"_s;
    team.status = CostAllocationTagStatus::Inactive;
    input.tagStatus.append(team);
    input.seenTagKeys = {u"Project"_s, u"Env"_s, u"CostCenter"_s, u"Team"_s};
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(input);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).tagKey, u"CostCenter"_s); // not listed by Cost Explorer at all
    QCOMPARE(findings.at(1).tagKey, u"Team"_s);       // listed, inactive, an attribution key
    for (const WasteFinding &f : findings) {
        QCOMPARE(f.rule, Rule::InactiveTagKey);
        QCOMPARE(f.monthlySavings, Money());
        QCOMPARE(f.amountAtStake, money("15")); // the window's spend only
        QVERIFY2(f.title.contains(f.tagKey) && f.evidence.contains(f.tagKey), qPrintable(f.evidence));
    }
    QVERIFY(findings.at(0).evidence != findings.at(1).evidence);

    // With no status at all, the configured keys are reported even if no project carries them.
    input.tagStatus.clear();
    input.seenTagKeys.clear();
    const QList<WasteFinding> none = WasteAnalyzer::analyze(input);
    QCOMPARE(none.size(), 2);
    QCOMPARE(none.at(0).tagKey, u"Project"_s);
    QCOMPARE(none.at(1).tagKey, u"Team"_s);
}

void TestWasteAnalyzer::tagKeys_allActive_noFire()
{
    CostCube::Builder builder;
    addTraffic(builder, u"triage"_s, u"support"_s, u"openai.gpt-oss-120b"_s, {100'000'000});
    const CostCube cube = builder.build();
    WasteAnalyzer::Input input = inputFor(cube);
    input.projectTagKey = u"app"_s;
    input.teamTagKey = u"owner"_s;
    input.tagStatus = activeTags({u"app"_s, u"owner"_s, u"Env"_s});
    input.seenTagKeys = {u"app"_s, u"Env"_s, u"owner"_s};
    QVERIFY(WasteAnalyzer::analyze(input).isEmpty());
}

void TestWasteAnalyzer::analyze_sortedBySavingsThenAmountAtStake()
{
    CostCube::Builder builder;
    addTraffic(builder, u"triage"_s, u"support"_s, u"anthropic.claude-opus-4-6"_s, {50'000'000, 2'000'000});
    addTraffic(builder, u"docs"_s, u"knowledge"_s, u"anthropic.claude-sonnet-4-6"_s,
               {40'000'000, 5'000'000, 1'000'000});
    addTraffic(builder, QString(), QString(), u"openai.gpt-oss-120b"_s, {200'000'000});
    const CostCube cube = builder.build();
    WasteAnalyzer::Input input = inputFor(cube);
    input.seenTagKeys = {u"CostCenter"_s};
    const QList<WasteFinding> findings = WasteAnalyzer::analyze(input);

    QList<Rule> rules;
    for (const WasteFinding &f : findings)
        rules.append(f.rule);
    QCOMPARE(rules, (QList<Rule>{Rule::PremiumOnSimpleTraffic, Rule::LowCacheReadShare, Rule::LowCacheReadShare,
                                 Rule::InactiveTagKey, Rule::UnattributedSpend}));
    QCOMPARE(findings.at(1).model, u"anthropic.claude-opus-4-6"_s);  // 109.375
    QCOMPARE(findings.at(2).model, u"anthropic.claude-sonnet-4-6"_s); // 51.1875
    // 300 + 195.3 + 30 of window spend is invisible by CostCenter; 30 is untagged.
    QCOMPARE(findings.at(3).amountAtStake, money("525.3"));
    QCOMPARE(findings.at(4).amountAtStake, money("30"));
    // Opus: max(240, 109.375); Sonnet: 51.1875.
    QCOMPARE(WasteAnalyzer::totalMonthlySavings(findings), money("291.1875"));
}

void TestWasteAnalyzer::analyze_invalidWindow_empty()
{
    CostCube::Builder builder;
    addTraffic(builder, QString(), QString(), u"openai.gpt-oss-120b"_s, {200'000'000});
    const CostCube cube = builder.build();
    QVERIFY(WasteAnalyzer::analyze(inputFor(cube, End, Start)).isEmpty());
    QVERIFY(WasteAnalyzer::analyze(inputFor(cube, Start, Start)).isEmpty());
    QVERIFY(WasteAnalyzer::analyze(inputFor(cube, QDate(), End)).isEmpty());
    // And an empty cube: nothing to find but the tag keys.
    const CostCube empty;
    WasteAnalyzer::Input input = inputFor(empty);
    QVERIFY(WasteAnalyzer::analyze(input).isEmpty());
}

QTEST_GUILESS_MAIN(TestWasteAnalyzer)
#include "tst_wasteanalyzer.moc"
