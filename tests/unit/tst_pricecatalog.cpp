// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/pricecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::ModelPrice;
using Spendscope::Money;
using Spendscope::PriceCatalog;
using TokenType = Spendscope::UsageType::TokenType;

class TestPriceCatalog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIn_loads_datedWithSources();
    void builtIn_sameAsResourceFileInTree();
    void find_knownModel_referencePrices();
    void cost_documentedExample_exact();
    void cost_roundsHalfAwayFromZeroToNanos();
    void cost_unbilledTokenType_nullopt();
    void find_region_fallsBackToFirstListed();
    void fromJson_invalid_clearError_data();
    void fromJson_invalid_clearError();
    void fromFile_missing_namesPath();

private:
    static QByteArray minimal(const QJsonObject &modelOverrides = {}, const QStringList &removeFields = {});
};

QByteArray TestPriceCatalog::minimal(const QJsonObject &modelOverrides, const QStringList &removeFields)
{
    QJsonObject model{{u"id"_s, u"openai.gpt-oss-120b"_s},
                      {u"name"_s, u"gpt-oss-120b"_s},
                      {u"provider"_s, u"OpenAI"_s},
                      {u"tier"_s, u"standard"_s},
                      {u"region"_s, u"us-east-1"_s},
                      {u"input_per_1m"_s, u"0.15"_s},
                      {u"output_per_1m"_s, u"0.60"_s},
                      {u"source_url"_s, u"https://example.com/prices"_s},
                      {u"confidence"_s, u"third-party"_s},
                      {u"as_of"_s, u"2026-07-01"_s}};
    for (auto it = modelOverrides.begin(); it != modelOverrides.end(); ++it)
        model.insert(it.key(), it.value());
    for (const QString &field : removeFields)
        model.remove(field);
    const QJsonObject root{{u"as_of"_s, u"2026-07-01"_s}, {u"currency"_s, u"USD"_s}, {u"models"_s, QJsonArray{model}}};
    return QJsonDocument(root).toJson();
}

void TestPriceCatalog::builtIn_loads_datedWithSources()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    QVERIFY2(catalog.models().size() >= 20, qPrintable(QString::number(catalog.models().size())));
    QVERIFY(catalog.asOf().isValid());
    QCOMPARE(catalog.currency(), u"USD"_s);
    QList<ModelPrice::Tier> tiers;
    int mantle = 0;
    for (const ModelPrice &price : catalog.models()) {
        QVERIFY2(price.sourceUrl.startsWith(u"https://"), qPrintable(price.modelId));
        QVERIFY(!price.confidence.isEmpty());
        QVERIFY(price.asOf.isValid());
        QVERIFY(price.asOf <= catalog.asOf().addYears(1));
        QVERIFY(!price.inputPerMillion.isNegative());
        QVERIFY(price.outputPerMillion > Money());
        if (!tiers.contains(price.tier))
            tiers.append(price.tier);
        if (price.isMantle())
            ++mantle;
    }
    QVERIFY(mantle >= 20);
    QCOMPARE(tiers.size(), 3); // premium, standard and economy all present
    // Cache prices where known: Claude has both.
    const ModelPrice *haiku = catalog.find(u"anthropic.claude-haiku-4-5");
    QVERIFY(haiku);
    QCOMPARE(haiku->cacheReadPerMillion, Money::parse(u"0.10"));
    QCOMPARE(haiku->cacheWritePerMillion, Money::parse(u"1.25"));
}

void TestPriceCatalog::builtIn_sameAsResourceFileInTree()
{
    QString error;
    const std::optional<PriceCatalog> fromTree
        = PriceCatalog::fromFile(QStringLiteral(SPENDSCOPE_SOURCE_DIR "/resources/pricecatalog.json"), &error);
    QVERIFY2(fromTree, qPrintable(error));
    QCOMPARE(fromTree->models().size(), PriceCatalog::builtIn().models().size());
    QCOMPARE(fromTree->asOf(), PriceCatalog::builtIn().asOf());
}

void TestPriceCatalog::find_knownModel_referencePrices()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const ModelPrice *price = catalog.find(u"openai.gpt-oss-120b");
    QVERIFY(price);
    QCOMPARE(price->inputPerMillion, *Money::parse(u"0.15"));
    QCOMPARE(price->outputPerMillion, *Money::parse(u"0.60"));
    QCOMPARE(price->tier, ModelPrice::Tier::Standard);
    QCOMPARE(price->provider, u"OpenAI"_s);
    QCOMPARE(catalog.find(u"openai.gpt-5.5")->tier, ModelPrice::Tier::Premium);
    QCOMPARE(catalog.find(u"google.gemma-3-4b-it")->tier, ModelPrice::Tier::Economy);
    QVERIFY(!catalog.find(u"openai.gpt-oss-120b")->cacheReadPerMillion);
    QCOMPARE(catalog.find(u"nosuch.model"), nullptr);
}

void TestPriceCatalog::cost_documentedExample_exact()
{
    // Reference §7: CE UsageQuantity 4.77 (1K tokens) × $0.00015 = $0.0007155.
    const std::optional<Money> cost = PriceCatalog::builtIn().cost(u"openai.gpt-oss-120b", TokenType::Input, 4770);
    QVERIFY(cost);
    QCOMPARE(cost->toString(), u"0.0007155"_s);
    QCOMPARE(*PriceCatalog::builtIn().cost(u"openai.gpt-oss-120b", TokenType::Output, 1'000'000), *Money::parse(u"0.6"));
    // Ten billion tokens do not overflow.
    QCOMPARE(PriceCatalog::builtIn().cost(u"openai.gpt-5.5", TokenType::Output, 10'000'000'000LL)->toString(), u"330000"_s);
}

void TestPriceCatalog::cost_roundsHalfAwayFromZeroToNanos()
{
    // 0.00875 per 1M = 8.75 nano-dollars per token.
    const Money perMillion = *Money::parse(u"0.00875");
    QCOMPARE(PriceCatalog::cost(perMillion, 1).nanos(), 9);
    QCOMPARE(PriceCatalog::cost(perMillion, 2).nanos(), 18); // 17.5 → 18
    QCOMPARE(PriceCatalog::cost(perMillion, 4).nanos(), 35);
    QCOMPARE(PriceCatalog::cost(perMillion, 0).nanos(), 0);
}

void TestPriceCatalog::cost_unbilledTokenType_nullopt()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    QVERIFY(!catalog.cost(u"openai.gpt-oss-120b", TokenType::CacheRead, 1000));
    QVERIFY(!catalog.cost(u"openai.gpt-oss-120b", TokenType::Other, 1000));
    QVERIFY(!catalog.cost(u"nosuch.model", TokenType::Input, 1000));
    QCOMPARE(catalog.cost(u"anthropic.claude-sonnet-4-6", TokenType::CacheRead, 1'000'000)->toString(), u"0.3"_s);
}

void TestPriceCatalog::find_region_fallsBackToFirstListed()
{
    QJsonObject root = QJsonDocument::fromJson(minimal()).object();
    QJsonArray models = root.value(u"models"_s).toArray();
    QJsonObject eu = models.at(0).toObject();
    eu.insert(u"region"_s, u"eu-west-1"_s);
    eu.insert(u"input_per_1m"_s, u"0.18"_s);
    models.append(eu);
    root.insert(u"models"_s, models);
    QString error;
    const std::optional<PriceCatalog> catalog = PriceCatalog::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->find(u"openai.gpt-oss-120b", u"eu-west-1")->inputPerMillion, *Money::parse(u"0.18"));
    QCOMPARE(catalog->find(u"openai.gpt-oss-120b", u"us-east-1")->inputPerMillion, *Money::parse(u"0.15"));
    QCOMPARE(catalog->find(u"openai.gpt-oss-120b", u"ap-south-1")->inputPerMillion, *Money::parse(u"0.15"));

    // The same model twice in one region is a mistake in the file.
    models.append(eu);
    root.insert(u"models"_s, models);
    QVERIFY(!PriceCatalog::fromJson(QJsonDocument(root).toJson(), &error));
    QVERIFY2(error.contains(u"openai.gpt-oss-120b") && error.contains(u"eu-west-1"), qPrintable(error));
}

void TestPriceCatalog::fromJson_invalid_clearError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"as_of\": ") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no date") << QByteArray(R"({"currency":"USD","models":[]})") << u"as_of"_s;
    QTest::newRow("bad currency") << QByteArray(R"({"as_of":"2026-07-01","currency":"dollars","models":[]})")
                                  << u"currency"_s;
    QTest::newRow("no models") << QByteArray(R"({"as_of":"2026-07-01","currency":"USD","models":[]})") << u"models"_s;
    QTest::newRow("price as number") << minimal({{u"input_per_1m"_s, 0.15}}) << u"input_per_1m"_s;
    QTest::newRow("negative price") << minimal({{u"output_per_1m"_s, u"-1"_s}}) << u"output_per_1m"_s;
    QTest::newRow("garbage price") << minimal({{u"cache_read_per_1m"_s, u"cheap"_s}}) << u"cache_read_per_1m"_s;
    QTest::newRow("missing price") << minimal({}, {u"output_per_1m"_s}) << u"output_per_1m"_s;
    QTest::newRow("bad tier") << minimal({{u"tier"_s, u"gold"_s}}) << u"tier"_s;
    QTest::newRow("no source") << minimal({}, {u"source_url"_s}) << u"source_url"_s;
    QTest::newRow("no confidence") << minimal({}, {u"confidence"_s}) << u"confidence"_s;
    QTest::newRow("bad entry date") << minimal({{u"as_of"_s, u"July"_s}}) << u"as_of"_s;
    QTest::newRow("no id") << minimal({}, {u"id"_s}) << u"model #1"_s;
}

void TestPriceCatalog::fromJson_invalid_clearError()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!PriceCatalog::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestPriceCatalog::fromFile_missing_namesPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.json"_s);
    QString error;
    QVERIFY(!PriceCatalog::fromFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));

    QFile file(dir.filePath(u"ok.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(minimal());
    file.close();
    QVERIFY(PriceCatalog::fromFile(file.fileName(), &error));
}

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
