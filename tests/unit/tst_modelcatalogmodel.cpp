// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/modelcatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

Money money(const char *text)
{
    const std::optional<Money> parsed = Money::parse(QByteArrayView(text));
    Q_ASSERT(parsed);
    return *parsed;
}

const QString Sonnet = u"anthropic.claude-sonnet-4-6"_s;
const QString UsEast = u"us-east-1"_s;

} // namespace

class TestModelCatalogModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void everyCatalogEntry_oneRow_withExactPrices();
    void overrides_markedPerCell_withCatalogPriceInToolTip();
    void formatPrice_keepsEveryDecimal_data();
    void formatPrice_keepsEveryDecimal();
    void missingCachePrice_dash_andInvalidRaw();
};

void TestModelCatalogModel::everyCatalogEntry_oneRow_withExactPrices()
{
    ModelCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setCatalog(catalog);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), int(catalog.models().size()));
    QCOMPARE(model.columnCount(), int(ModelCatalogModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ModelPrice &price = catalog.models().at(row);
        QCOMPARE(model.index(row, ModelCatalogModel::ModelIdColumn).data().toString(), price.modelId);
        QCOMPARE(model.index(row, ModelCatalogModel::ProviderColumn).data().toString(), price.provider);
        QCOMPARE(model.index(row, ModelCatalogModel::RegionColumn).data().toString(), price.region);
        QCOMPARE(model.index(row, ModelCatalogModel::InputColumn).data(ModelCatalogModel::RawValueRole).toLongLong(),
                 price.inputPerMillion.nanos());
        QCOMPARE(model.index(row, ModelCatalogModel::OutputColumn).data(ModelCatalogModel::RawValueRole).toLongLong(),
                 price.outputPerMillion.nanos());
        QCOMPARE(model.index(row, ModelCatalogModel::AsOfColumn).data(ModelCatalogModel::RawValueRole).toDate(), price.asOf);
        QCOMPARE(model.index(row, ModelCatalogModel::SourceColumn).data().toString(), price.sourceUrl);
        QVERIFY(!model.index(row, ModelCatalogModel::InputColumn).data(ModelCatalogModel::OverriddenRole).toBool());
        QVERIFY(!model.index(row, ModelCatalogModel::InputColumn).data(Qt::FontRole).isValid());
    }
    const int row = model.rowFor(Sonnet, UsEast);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ModelCatalogModel::InputColumn).data().toString(), u"$3.00"_s);
    QCOMPARE(model.index(row, ModelCatalogModel::CacheWriteColumn).data().toString(), u"$3.75"_s);
    QCOMPARE(model.index(row, ModelCatalogModel::TierColumn).data().toString(), u"Premium"_s);
    QCOMPARE(model.rowFor(Sonnet, u"nowhere-1"_s), -1);
}

void TestModelCatalogModel::overrides_markedPerCell_withCatalogPriceInToolTip()
{
    ModelCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    PriceOverrides overrides;
    PriceOverride entry;
    entry.modelId = Sonnet;
    entry.region = UsEast;
    entry.inputPerMillion = money("2.55");
    entry.note = u"EDP"_s;
    QVERIFY(overrides.set(entry, PriceCatalog::builtIn()));
    model.setCatalog(PriceCatalog::builtIn(), overrides);
    const int row = model.rowFor(Sonnet, UsEast);
    const QModelIndex input = model.index(row, ModelCatalogModel::InputColumn);
    const QModelIndex output = model.index(row, ModelCatalogModel::OutputColumn);
    QCOMPARE(input.data().toString(), u"$2.55"_s);
    QCOMPARE(input.data(ModelCatalogModel::RawValueRole).toLongLong(), money("2.55").nanos());
    QVERIFY(input.data(ModelCatalogModel::OverriddenRole).toBool());
    QVERIFY(input.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(input.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = input.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"$2.55"_s) && tip.contains(u"$3.00"_s) && tip.contains(u"EDP"_s), qPrintable(tip));
    // The output price is still the catalog's.
    QVERIFY(!output.data(ModelCatalogModel::OverriddenRole).toBool());
    QCOMPARE(output.data().toString(), u"$15.00"_s);
    QVERIFY(model.index(row, ModelCatalogModel::NameColumn).data(ModelCatalogModel::OverriddenRole).toBool());
    QVERIFY(model.price(row).overridden);
    QCOMPARE(model.basePrice(row).inputPerMillion, money("3"));
    QCOMPARE(model.catalog().find(Sonnet, UsEast)->inputPerMillion, money("2.55"));
    // Another row is untouched.
    QVERIFY(!model.index(row == 0 ? 1 : 0, ModelCatalogModel::InputColumn).data(ModelCatalogModel::OverriddenRole).toBool());
}

void TestModelCatalogModel::formatPrice_keepsEveryDecimal_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two") << u"3"_s << u"$3.00"_s;
    QTest::newRow("three") << u"0.075"_s << u"$0.075"_s;
    QTest::newRow("five") << u"0.00875"_s << u"$0.00875"_s;
    QTest::newRow("nine") << u"0.000000001"_s << u"$0.000000001"_s;
    QTest::newRow("grouping") << u"1234.5"_s << u"$1,234.50"_s;
}

void TestModelCatalogModel::formatPrice_keepsEveryDecimal()
{
    QFETCH(QString, price);
    QFETCH(QString, expected);
    QCOMPARE(ModelCatalogModel::formatPrice(*Money::parse(price), QLocale(QLocale::English, QLocale::UnitedStates), u"USD"_s),
             expected);
}

void TestModelCatalogModel::missingCachePrice_dash_andInvalidRaw()
{
    ModelCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(PriceCatalog::builtIn());
    const int row = model.rowFor(u"openai.gpt-oss-120b"_s, UsEast);
    QVERIFY(row >= 0);
    const QModelIndex cacheRead = model.index(row, ModelCatalogModel::CacheReadColumn);
    QCOMPARE(cacheRead.data().toString(), u"—"_s);
    QVERIFY(!cacheRead.data(ModelCatalogModel::RawValueRole).isValid());
    QVERIFY(cacheRead.data(Qt::ToolTipRole).toString().contains(u"billed as input"_s));
}

QTEST_MAIN(TestModelCatalogModel)
#include "tst_modelcatalogmodel.moc"
