// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/repricer.h"

#include "costfixtures.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Spendscope::CostCube;
using Spendscope::Money;
using Spendscope::PriceCatalog;
using Spendscope::Repricer;
using TokenType = Spendscope::UsageType::TokenType;
using Spendscope::Test::kilo;
using Spendscope::Test::money;

namespace {

// One billed row, priced from the catalog as the bill (and the sandbox) does: per row, rounded.
CostCube::Row row(QDate day, const QString &project, const QString &model, TokenType type, qint64 tokens)
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    CostCube::Row r;
    r.day = day;
    r.team = u"team-a"_s;
    r.project = project;
    r.model = model;
    r.tokenType = Spendscope::UsageType::tokenTypeName(type);
    r.region = u"us-east-1"_s;
    if (const Spendscope::ModelPrice *price = catalog.find(model))
        r.provider = price->provider;
    r.quantity = kilo(tokens);
    r.cost = catalog.cost(model, type, tokens).value_or(Money());
    return r;
}

// 1M input, 200K output, 500K cache reads, 100K cache writes on Claude Sonnet.
Repricer::Mix sonnetMix()
{
    Repricer::Mix mix;
    const QString model = u"anthropic.claude-sonnet-4-6"_s;
    const QString region = u"us-east-1"_s;
    mix.lines = {{model, region, TokenType::Input, kilo(1'000'000), money("3")},
                 {model, region, TokenType::Output, kilo(200'000), money("3")},
                 {model, region, TokenType::CacheRead, kilo(500'000), money("0.15")},
                 {model, region, TokenType::CacheWrite, kilo(100'000), money("0.375")}};
    return mix;
}

} // namespace

class TestRepricer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cost_kiloTokens_exactToTheNano_data();
    void cost_kiloTokens_exactToTheNano();
    void quote_sourceModel_reproducesActualCost_data();
    void quote_sourceModel_reproducesActualCost();
    void quote_otherModel_matchesHandPricing();
    void quote_targetWithoutCachePrices_billsCacheAsInput();
    void quote_targetWithCacheReadOnly_billsOnlyWritesAsInput();
    void quote_otherTokenType_carriedAtActualCost();
    void quote_unknownTarget_nullopt();
    void quote_unknownSourceModel_stillRepriced();
    void quote_regionalPrice_usedForLineRegion();
    void compare_everyModelOnce_cheapestFirst();
    void mixOf_appliesSelectionFiltersAndDays();
};

void TestRepricer::cost_kiloTokens_exactToTheNano_data()
{
    QTest::addColumn<Money>("perMillion");
    QTest::addColumn<Money>("kiloTokens");
    QTest::addColumn<Money>("expected");
    // 112,112 tokens × 0.15 / 1M = 0.0168168
    QTest::newRow("112.112K at 0.15") << money("0.15") << money("112.112") << money("0.0168168");
    // 1.5 tokens (a fractional count stays fractional) × 3.00 / 1M = 0.0000045
    QTest::newRow("1.5 tokens at 3") << money("3") << money("0.0015") << money("0.0000045");
    // 1 token × 0.00875 / 1M = 8.75 nanos → 9 (half away from zero)
    QTest::newRow("rounds half up") << money("0.00875") << money("0.001") << Money::fromNanos(9);
    // 10^12 tokens at 33.00 = 33,000,000
    QTest::newRow("large") << money("33") << money("1000000000") << money("33000000");
    QTest::newRow("zero") << money("5") << Money() << Money();
}

void TestRepricer::cost_kiloTokens_exactToTheNano()
{
    QFETCH(Money, perMillion);
    QFETCH(Money, kiloTokens);
    QFETCH(Money, expected);
    QCOMPARE(Repricer::cost(perMillion, kiloTokens), expected);
}

void TestRepricer::quote_sourceModel_reproducesActualCost_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("sonnet, all four token types") << u"anthropic.claude-sonnet-4-6"_s;
    QTest::newRow("haiku") << u"anthropic.claude-haiku-4-5"_s;
    QTest::newRow("gpt-oss-120b, no cache SKUs") << u"openai.gpt-oss-120b"_s;
    QTest::newRow("gpt-oss-20b") << u"openai.gpt-oss-20b"_s;
    QTest::newRow("nova-pro, cache read only") << u"amazon.nova-pro-v1:0"_s;
}

void TestRepricer::quote_sourceModel_reproducesActualCost()
{
    QFETCH(QString, model);
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const Spendscope::ModelPrice *price = catalog.find(model);
    QVERIFY(price);

    // Thirty days of uneven traffic, each day a separately rounded bill row.
    CostCube::Builder builder;
    Money billed;
    for (int d = 0; d < 30; ++d) {
        const QDate day = QDate(2026, 6, 1).addDays(d);
        for (const TokenType type :
             {TokenType::Input, TokenType::Output, TokenType::CacheRead, TokenType::CacheWrite}) {
            if (!price->perMillion(type))
                continue;
            const CostCube::Row r = row(day, u"p1"_s, model, type, 1'234'567 + 7'919 * d + int(type) * 313);
            billed += r.cost;
            builder.append(r);
        }
    }
    const CostCube cube = builder.build();
    const Repricer repricer(catalog);
    const Repricer::Mix mix = Repricer::mixOf(cube, {});
    QCOMPARE(mix.actualCost(), billed);
    const std::optional<Repricer::Quote> quote = repricer.quote(mix, model);
    QVERIFY(quote);
    QCOMPARE(quote->cost, billed);
    QCOMPARE(quote->actualCost, billed);
    QCOMPARE(quote->difference, Money());
    QVERIFY(!quote->cacheReadsAsInput);
    QVERIFY(!quote->cacheWritesAsInput);
    QVERIFY(quote->notes.isEmpty());
}

void TestRepricer::quote_otherModel_matchesHandPricing()
{
    const Repricer repricer(PriceCatalog::builtIn());
    const Repricer::Mix mix = sonnetMix();
    QCOMPARE(mix.actualCost(), money("6.525"));
    // Haiku: 1M × 1.00 + 0.2M × 5.00 + 0.5M × 0.10 + 0.1M × 1.25 = 1 + 1 + 0.05 + 0.125
    const std::optional<Repricer::Quote> quote = repricer.quote(mix, u"anthropic.claude-haiku-4-5");
    QVERIFY(quote);
    QCOMPARE(quote->cost, money("2.175"));
    QCOMPARE(quote->actualCost, money("6.525"));
    QCOMPARE(quote->difference, money("-4.35"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::Input)], money("1"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::Output)], money("1"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::CacheRead)], money("0.05"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::CacheWrite)], money("0.125"));
    QCOMPARE(quote->provider, u"Anthropic"_s);
    QCOMPARE(quote->tier, Spendscope::ModelPrice::Tier::Standard);
}

void TestRepricer::quote_targetWithoutCachePrices_billsCacheAsInput()
{
    const Repricer repricer(PriceCatalog::builtIn());
    // gpt-oss-120b: (1M + 0.5M + 0.1M) × 0.15 + 0.2M × 0.60 = 0.24 + 0.12
    const std::optional<Repricer::Quote> quote = repricer.quote(sonnetMix(), u"openai.gpt-oss-120b");
    QVERIFY(quote);
    QCOMPARE(quote->cost, money("0.36"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::CacheRead)], money("0.075"));
    QCOMPARE(quote->costByTokenType[std::size_t(TokenType::CacheWrite)], money("0.015"));
    QVERIFY(quote->cacheReadsAsInput);
    QVERIFY(quote->cacheWritesAsInput);
    QCOMPARE(quote->notes.size(), 2);
}

void TestRepricer::quote_targetWithCacheReadOnly_billsOnlyWritesAsInput()
{
    const Repricer repricer(PriceCatalog::builtIn());
    // Nova Pro: 1M × 0.80 + 0.2M × 3.20 + 0.5M × 0.20 + 0.1M × 0.80 (writes as input)
    const std::optional<Repricer::Quote> quote = repricer.quote(sonnetMix(), u"amazon.nova-pro-v1:0");
    QVERIFY(quote);
    QCOMPARE(quote->cost, money("1.62"));
    QVERIFY(!quote->cacheReadsAsInput);
    QVERIFY(quote->cacheWritesAsInput);
    QCOMPARE(quote->notes.size(), 1);

    // Without cache tokens in the mix there is nothing to note.
    Repricer::Mix plain = sonnetMix();
    plain.lines.resize(2);
    const std::optional<Repricer::Quote> plainQuote = repricer.quote(plain, u"openai.gpt-oss-120b");
    QVERIFY(plainQuote);
    QVERIFY(!plainQuote->cacheReadsAsInput);
    QVERIFY(!plainQuote->cacheWritesAsInput);
    QVERIFY(plainQuote->notes.isEmpty());
}

void TestRepricer::quote_otherTokenType_carriedAtActualCost()
{
    CostCube::Builder builder;
    builder.append(row(QDate(2026, 6, 3), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Input, 2'000'000)); // 0.30
    CostCube::Row other = row(QDate(2026, 6, 3), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Other, 0);
    other.tokenType = u"other"_s;
    other.quantity = money("17");
    other.cost = money("1.234");
    builder.append(other);
    CostCube::Row odd = other;
    odd.tokenType = u"input-tokens-long-ctx"_s; // a variant this version does not know
    odd.cost = money("0.5");
    builder.append(odd);
    const CostCube cube = builder.build();

    const Repricer repricer(PriceCatalog::builtIn());
    const Repricer::Mix mix = Repricer::mixOf(cube, {});
    QCOMPARE(mix.otherCost(), money("1.734"));
    QCOMPARE(mix.actualCost(), money("2.034"));
    // Haiku: 2M × 1.00 + the other usage unchanged
    const std::optional<Repricer::Quote> quote = repricer.quote(mix, u"anthropic.claude-haiku-4-5");
    QVERIFY(quote);
    QCOMPARE(quote->otherCost, money("1.734"));
    QCOMPARE(quote->cost, money("3.734"));
    QCOMPARE(quote->difference, money("1.7"));
    QCOMPARE(quote->notes.size(), 1);
    // On the source model, the actual cost again.
    QCOMPARE(repricer.quote(mix, u"openai.gpt-oss-120b")->cost, money("2.034"));
}

void TestRepricer::quote_unknownTarget_nullopt()
{
    const Repricer repricer(PriceCatalog::builtIn());
    QVERIFY(!repricer.quote(sonnetMix(), u"acme.unknown-model"));
    QVERIFY(!repricer.quote(sonnetMix(), u""));
}

void TestRepricer::quote_unknownSourceModel_stillRepriced()
{
    CostCube::Builder builder;
    CostCube::Row r = row(QDate(2026, 6, 3), u"p1"_s, u"acme.mystery-1"_s, TokenType::Input, 1'000'000);
    r.cost = money("5"); // whatever it was billed; the catalog cannot check it
    builder.append(r);
    builder.append(row(QDate(2026, 6, 3), u"p1"_s, u"openai.gpt-oss-20b"_s, TokenType::Output, 1'000'000)); // 0.30
    const CostCube cube = builder.build();

    const Repricer repricer(PriceCatalog::builtIn());
    const Repricer::Mix mix = Repricer::mixOf(cube, {});
    QCOMPARE(mix.models(), (QStringList{u"acme.mystery-1"_s, u"openai.gpt-oss-20b"_s}));
    QCOMPARE(repricer.unknownModels(mix), QStringList{u"acme.mystery-1"_s});
    // gpt-oss-120b: 1M × 0.15 + 1M × 0.60
    const std::optional<Repricer::Quote> quote = repricer.quote(mix, u"openai.gpt-oss-120b");
    QVERIFY(quote);
    QCOMPARE(quote->cost, money("0.75"));
    QCOMPARE(quote->difference, money("-4.55"));
    QCOMPARE(mix.forModel(u"acme.mystery-1").actualCost(), money("5"));
}

void TestRepricer::quote_regionalPrice_usedForLineRegion()
{
    const QByteArray json = R"({"as_of": "2026-07-01", "currency": "USD", "models": [
        {"id": "x.model", "provider": "X", "tier": "standard", "region": "us-east-1",
         "input_per_1m": "1.00", "output_per_1m": "2.00", "source_url": "https://example.com",
         "confidence": "test", "as_of": "2026-07-01"},
        {"id": "x.model", "provider": "X", "tier": "standard", "region": "eu-west-1",
         "input_per_1m": "1.50", "output_per_1m": "3.00", "source_url": "https://example.com",
         "confidence": "test", "as_of": "2026-07-01"}]})";
    QString error;
    const std::optional<PriceCatalog> catalog = PriceCatalog::fromJson(json, &error);
    QVERIFY2(catalog, qPrintable(error));
    const Repricer repricer(*catalog);
    Repricer::Mix mix;
    mix.lines = {{u"y.model"_s, u"eu-west-1"_s, TokenType::Input, kilo(1'000'000), money("9")},
                 {u"y.model"_s, u"us-east-1"_s, TokenType::Input, kilo(1'000'000), money("9")},
                 {u"y.model"_s, u"ap-south-9"_s, TokenType::Output, kilo(1'000'000), money("9")}};
    // 1.50 (eu) + 1.00 (us) + 2.00 (unknown region: the first listed, us-east-1)
    QCOMPARE(repricer.quote(mix, u"x.model")->cost, money("4.5"));
    // compare() lists the model once although the catalog has it twice.
    QCOMPARE(repricer.compare(mix).size(), 1);
}

void TestRepricer::compare_everyModelOnce_cheapestFirst()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const Repricer repricer(catalog);
    const Repricer::Mix mix = sonnetMix();
    const QList<Repricer::Quote> quotes = repricer.compare(mix);

    QSet<QString> ids;
    for (const Spendscope::ModelPrice &price : catalog.models())
        ids.insert(price.modelId);
    QCOMPARE(quotes.size(), ids.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QVERIFY(!seen.contains(quotes.at(i).modelId));
        seen.insert(quotes.at(i).modelId);
        if (i > 0)
            QVERIFY(quotes.at(i - 1).cost <= quotes.at(i).cost);
        QCOMPARE(quotes.at(i).difference, quotes.at(i).cost - mix.actualCost());
    }
    // Priced by hand: the most expensive is gpt-5.5 without cache prices (1.6M × 5.50 + 0.2M × 33.00).
    QCOMPARE(quotes.constLast().modelId, u"openai.gpt-5.5"_s);
    QCOMPARE(quotes.constLast().cost, money("15.4"));
    // The cheapest is Nova Micro: 1M × 0.035 + 0.2M × 0.14 + 0.5M × 0.00875 + 0.1M × 0.035 (writes as input).
    QCOMPARE(quotes.constFirst().modelId, u"amazon.nova-micro-v1:0"_s);
    QCOMPARE(quotes.constFirst().cost, money("0.070875"));
    // Opus, for one in between: 1 × 5 + 0.2 × 25 + 0.5 × 0.50 + 0.1 × 6.25.
    const auto opus = std::find_if(quotes.cbegin(), quotes.cend(), [](const Repricer::Quote &q) {
        return q.modelId == u"anthropic.claude-opus-4-6";
    });
    QVERIFY(opus != quotes.cend());
    QCOMPARE(opus->cost, money("10.875"));
}

void TestRepricer::mixOf_appliesSelectionFiltersAndDays()
{
    CostCube::Builder builder;
    builder.append(row(QDate(2026, 6, 1), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Input, 1'000'000));
    builder.append(row(QDate(2026, 6, 2), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Input, 2'000'000));
    builder.append(row(QDate(2026, 6, 2), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Output, 500'000));
    builder.append(row(QDate(2026, 6, 2), u"p2"_s, u"openai.gpt-oss-120b"_s, TokenType::Input, 7'000'000));
    builder.append(row(QDate(2026, 6, 9), u"p1"_s, u"openai.gpt-oss-120b"_s, TokenType::Input, 4'000'000));
    const CostCube cube = builder.build();

    CostCube::Query selection;
    selection.setFilter(CostCube::Dimension::Project, {u"p1"_s});
    selection.start = QDate(2026, 6, 2);
    selection.end = QDate(2026, 6, 9);
    selection.groupBy = {CostCube::Dimension::Team}; // replaced
    selection.bucket = CostCube::TimeBucket::Day;    // replaced
    const Repricer::Mix mix = Repricer::mixOf(cube, selection);
    QCOMPARE(mix.lines.size(), 2);
    QCOMPARE(mix.kiloTokens(TokenType::Input), kilo(2'000'000));
    QCOMPARE(mix.kiloTokens(TokenType::Output), kilo(500'000));
    // 2M × 0.15 + 0.5M × 0.60
    QCOMPARE(mix.actualCost(), money("0.6"));
}

QTEST_GUILESS_MAIN(TestRepricer)
#include "tst_repricer.moc"
