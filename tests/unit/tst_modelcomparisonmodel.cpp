// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/modelcomparisonmodel.h"

#include "domain/priceoverrides.h"

#include "costfixtures.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using TokenType = UsageType::TokenType;
using Test::kilo;
using Test::money;

namespace {

const QString Sonnet = u"anthropic.claude-sonnet-4-6"_s;
const QString GptOss = u"openai.gpt-oss-120b"_s;

// One billed row priced from the catalog as the bill does.
CostCube::Row row(QDate day, const QString &team, const QString &model, TokenType type, qint64 tokens)
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    CostCube::Row r;
    r.day = day;
    r.team = team;
    r.model = model;
    r.tokenType = UsageType::tokenTypeName(type);
    r.region = u"us-east-1"_s;
    r.provider = catalog.find(model)->provider;
    r.quantity = kilo(tokens);
    r.cost = catalog.cost(model, type, tokens).value_or(Money());
    return r;
}

std::shared_ptr<const CostCube> makeCube()
{
    CostCube::Builder builder;
    for (QDate day(2026, 11, 1); day <= QDate(2026, 11, 10); day = day.addDays(1)) {
        builder.append(row(day, u"search"_s, Sonnet, TokenType::Input, 1'234'567));
        builder.append(row(day, u"search"_s, Sonnet, TokenType::Output, 98'765));
        builder.append(row(day, u"search"_s, Sonnet, TokenType::CacheRead, 500'000));
        builder.append(row(day, u"search"_s, Sonnet, TokenType::CacheWrite, 40'000));
        builder.append(row(day, u"payments"_s, GptOss, TokenType::Input, 3'000'000));
        builder.append(row(day, u"payments"_s, GptOss, TokenType::Output, 700'001));
    }
    return std::make_shared<const CostCube>(builder.build());
}

CostCube::Query teamSelection(const QString &team)
{
    CostCube::Query query;
    query.setFilter(CostCube::Dimension::Team, {team});
    query.start = QDate(2026, 11, 1);
    query.end = QDate(2026, 11, 11);
    return query;
}

} // namespace

class TestModelComparisonModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void mixFromResult_equalsRepricerMixOf();
    void sourceModel_repricedCostEqualsBilled();
    void otherModel_matchesHandPricing_withDifference();
    void override_changesCost_andIsFlagged();
    void mixedSources_flagged_billedPerModel();
    void formatSigned_signs();
};

void TestModelComparisonModel::mixFromResult_equalsRepricerMixOf()
{
    const std::shared_ptr<const CostCube> cube = makeCube();
    for (const CostCube::Query &selection : {teamSelection(u"search"_s), teamSelection(u"payments"_s), CostCube::Query()}) {
        const Repricer::Mix expected = Repricer::mixOf(*cube, selection);
        const Repricer::Mix mix = ModelComparisonModel::mixFromResult(cube->query(ModelComparisonModel::mixQuery(selection)));
        QCOMPARE(mix.lines.size(), expected.lines.size());
        for (qsizetype i = 0; i < mix.lines.size(); ++i) {
            QCOMPARE(mix.lines.at(i).model, expected.lines.at(i).model);
            QCOMPARE(mix.lines.at(i).region, expected.lines.at(i).region);
            QCOMPARE(mix.lines.at(i).tokenType, expected.lines.at(i).tokenType);
            QCOMPARE(mix.lines.at(i).kiloTokens, expected.lines.at(i).kiloTokens);
            QCOMPARE(mix.lines.at(i).actualCost, expected.lines.at(i).actualCost);
        }
    }
}

void TestModelComparisonModel::sourceModel_repricedCostEqualsBilled()
{
    ModelComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Repricer::Mix mix = Repricer::mixOf(*makeCube(), teamSelection(u"search"_s));
    model.setComparison(mix, PriceCatalog::builtIn());
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.columnCount(), int(ModelComparisonModel::ColumnCount));
    // Every catalog model once, cheapest first.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.quote(r - 1).cost <= model.quote(r).cost);
    const int source = model.rowForModel(Sonnet);
    QVERIFY(source >= 0);
    QVERIFY(model.isSource(source));
    QVERIFY(model.index(source, 0).data(ModelComparisonModel::SourceRole).toBool());
    QVERIFY(model.index(source, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.actualCost().isZero());
    QCOMPARE(model.quote(source).cost, model.actualCost());
    QCOMPARE(model.quote(source).difference, Money());
    QCOMPARE(model.index(source, ModelComparisonModel::CostColumn).data(ModelComparisonModel::RawValueRole).toLongLong(),
             model.actualCost().nanos());
    QCOMPARE(model.index(source, ModelComparisonModel::BilledColumn).data(ModelComparisonModel::RawValueRole).toLongLong(),
             model.actualCost().nanos());
    QCOMPARE(model.index(source, ModelComparisonModel::DifferencePercentColumn).data(ModelComparisonModel::RawValueRole).toDouble(),
             0.0);
    // Non-source rows have no billed amount.
    const int other = model.rowForModel(GptOss);
    QVERIFY(!model.isSource(other));
    QVERIFY(!model.index(other, ModelComparisonModel::BilledColumn).data(ModelComparisonModel::RawValueRole).isValid());
}

void TestModelComparisonModel::otherModel_matchesHandPricing_withDifference()
{
    ModelComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const Repricer::Mix mix = Repricer::mixOf(*makeCube(), teamSelection(u"search"_s));
    model.setComparison(mix, PriceCatalog::builtIn());
    // gpt-oss-120b: input 0.15, output 0.60 per 1M, no cache prices → cache reads and writes as input.
    // Ten days of 1,234,567 + 500,000 + 40,000 input-side tokens and 98,765 output tokens.
    // input: 17,745,670 × 0.15 / 10^6 = 2.6618505; output: 987,650 × 0.60 / 10^6 = 0.59259.
    const int row = model.rowForModel(GptOss);
    const Money expected = money("2.6618505") + money("0.59259");
    QCOMPARE(model.quote(row).cost, expected);
    QVERIFY(model.quote(row).cacheReadsAsInput);
    QCOMPARE(model.quote(row).difference, expected - model.actualCost());
    QVERIFY(model.quote(row).difference.isNegative());
    const QString difference = model.index(row, ModelComparisonModel::DifferenceColumn).data().toString();
    QVERIFY2(difference.startsWith(u'-'), qPrintable(difference));
    const double ratio = model.index(row, ModelComparisonModel::DifferencePercentColumn)
                             .data(ModelComparisonModel::RawValueRole)
                             .toDouble();
    QCOMPARE(ratio, (expected - model.actualCost()).ratioTo(model.actualCost()));
    QVERIFY(model.index(row, ModelComparisonModel::NotesColumn).data().toString().contains(u"cache-read"_s));
}

void TestModelComparisonModel::override_changesCost_andIsFlagged()
{
    ModelComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Repricer::Mix mix = Repricer::mixOf(*makeCube(), teamSelection(u"payments"_s));
    model.setComparison(mix, PriceCatalog::builtIn());
    QCOMPARE(model.quote(model.rowForModel(GptOss)).cost, model.actualCost());

    PriceOverrides overrides;
    PriceOverride rate;
    rate.modelId = GptOss;
    rate.region = u"us-east-1"_s;
    rate.inputPerMillion = money("0.12");
    QVERIFY(overrides.set(rate, PriceCatalog::builtIn()));
    const PriceCatalog effective = overrides.applyTo(PriceCatalog::builtIn());
    model.setComparison(mix, effective);
    const int row = model.rowForModel(GptOss);
    // 30,000,000 input tokens at 0.12 and 7,000,010 output tokens at the catalog's 0.60.
    const Money expected = money("3.6") + money("4.200006");
    QCOMPARE(model.quote(row).cost, expected);
    QCOMPARE(model.quote(row).difference, expected - model.actualCost());
    QVERIFY(model.index(row, 0).data(ModelComparisonModel::OverriddenRole).toBool());
    QVERIFY(model.index(row, ModelComparisonModel::CostColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(row, ModelComparisonModel::NotesColumn).data().toString().contains(u"override"_s));
    QVERIFY(!model.index(model.rowForModel(Sonnet), 0).data(ModelComparisonModel::OverriddenRole).toBool());
}

void TestModelComparisonModel::mixedSources_flagged_billedPerModel()
{
    ModelComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::shared_ptr<const CostCube> cube = makeCube();
    const Repricer::Mix mix = Repricer::mixOf(*cube, CostCube::Query());
    model.setComparison(mix, PriceCatalog::builtIn());
    const Money sonnetBilled = Repricer::mixOf(*cube, teamSelection(u"search"_s)).actualCost();
    const Money gptBilled = Repricer::mixOf(*cube, teamSelection(u"payments"_s)).actualCost();
    QCOMPARE(model.billedOn(Sonnet), sonnetBilled);
    QCOMPARE(model.billedOn(GptOss), gptBilled);
    QCOMPARE(model.actualCost(), sonnetBilled + gptBilled);
    int sources = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        sources += model.isSource(r) ? 1 : 0;
    QCOMPARE(sources, 2);
    QVERIFY(model.unknownModels().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModelComparisonModel::formatSigned_signs()
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ModelComparisonModel::formatSigned(money("1.2"), locale, u"USD"_s), u"+$1.20"_s);
    QCOMPARE(ModelComparisonModel::formatSigned(money("-0.35"), locale, u"USD"_s), u"-$0.35"_s);
    QCOMPARE(ModelComparisonModel::formatSigned(money("0.001"), locale, u"USD"_s), u"$0.00"_s);
}

QTEST_MAIN(TestModelComparisonModel)
#include "tst_modelcomparisonmodel.moc"
