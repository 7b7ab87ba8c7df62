// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/tokenmixmodel.h"

#include "costfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using TokenType = UsageType::TokenType;
using Test::kilo;
using Test::money;

namespace {

// Two models, one of them in two regions, plus usage that is not per token.
Repricer::Mix sampleMix()
{
    Repricer::Mix mix;
    const QString a = u"anthropic.claude-sonnet-4-6"_s;
    const QString b = u"openai.gpt-oss-120b"_s;
    mix.lines = {{a, u"us-east-1"_s, TokenType::Input, kilo(1'000'000), money("3")},
                 {a, u"eu-west-1"_s, TokenType::Input, kilo(500'000), money("1.65")},
                 {a, u"us-east-1"_s, TokenType::Output, kilo(100'000), money("1.5")},
                 {a, u"us-east-1"_s, TokenType::CacheRead, kilo(400'000), money("0.12")},
                 {b, u"us-east-1"_s, TokenType::Input, kilo(2'000'000), money("0.3")},
                 {b, u"us-east-1"_s, TokenType::Output, kilo(0), money("0")},
                 {u"USE1-SomethingElse"_s, QString(), TokenType::Other, Money(), money("0.43")}};
    return mix;
}

} // namespace

class TestTokenMixModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void byTokenType_sumsExactly_withShares();
    void perModel_rowsPerModelAndType();
    void formatTokens_exactWithGrouping_data();
    void formatTokens_exactWithGrouping();
    void empty_noRows();
};

void TestTokenMixModel::byTokenType_sumsExactly_withShares()
{
    TokenMixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMix(sampleMix());
    QCOMPARE(reset.count(), 1);
    // Input, output, cache read, other (no cache writes in the mix).
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.tokenType(0), TokenType::Input);
    QCOMPARE(model.tokenType(1), TokenType::Output);
    QCOMPARE(model.tokenType(2), TokenType::CacheRead);
    QCOMPARE(model.tokenType(3), TokenType::Other);
    QCOMPARE(model.kiloTokens(0), kilo(3'500'000));
    QCOMPARE(model.cost(0), money("4.95"));
    QCOMPARE(model.cost(3), money("0.43"));
    QCOMPARE(model.totalCost(), money("7"));
    QCOMPARE(model.totalCost(), sampleMix().actualCost());
    QCOMPARE(model.totalKiloTokens(), kilo(4'000'000));
    QCOMPARE(model.index(0, TokenMixModel::ModelColumn).data().toString(), u"All models"_s);
    QCOMPARE(model.index(0, TokenMixModel::TokenTypeColumn).data().toString(), u"Input"_s);
    QCOMPARE(model.index(0, TokenMixModel::TokensColumn).data().toString(), u"3,500,000"_s);
    QCOMPARE(model.index(0, TokenMixModel::TokenShareColumn).data().toString(), u"87.5%"_s);
    QCOMPARE(model.index(0, TokenMixModel::CostColumn).data().toString(), u"$4.95"_s);
    QCOMPARE(model.index(0, TokenMixModel::CostColumn).data(TokenMixModel::RawValueRole).toLongLong(),
             money("4.95").nanos());
    QCOMPARE(model.index(0, TokenMixModel::CostShareColumn).data(TokenMixModel::RawValueRole).toDouble(), 4.95 / 7.0);
    // "Other" is cost only.
    QCOMPARE(model.index(3, TokenMixModel::TokensColumn).data().toString(), u"—"_s);
    QCOMPARE(model.index(3, TokenMixModel::TokenShareColumn).data().toString(), u"—"_s);
    QCOMPARE(model.index(3, TokenMixModel::CostShareColumn).data().toString(), u"6.1%"_s);
}

void TestTokenMixModel::perModel_rowsPerModelAndType()
{
    TokenMixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMix(sampleMix());
    model.setPerModel(true);
    QVERIFY(model.isPerModel());
    // Sonnet: input (two regions merged), output, cache read; gpt-oss: input, output; the other usage type.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.model(0), u"USE1-SomethingElse"_s);
    QCOMPARE(model.model(1), u"anthropic.claude-sonnet-4-6"_s);
    QCOMPARE(model.kiloTokens(1), kilo(1'500'000));
    QCOMPARE(model.cost(1), money("4.65"));
    Money sum;
    for (int row = 0; row < model.rowCount(); ++row)
        sum += model.cost(row);
    QCOMPARE(sum, model.totalCost());
    model.setPerModel(false);
    QCOMPARE(model.rowCount(), 4);
}

void TestTokenMixModel::formatTokens_exactWithGrouping_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << qint64(112'112'000'000) << u"112,112"_s;          // 112.112K tokens
    QTest::newRow("fraction") << qint64(1'500'000 + 2'000'000'000) << u"2,001.5"_s; // 2.0015K
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("trillions") << qint64(9'000'000'000'000'000'000) << u"9,000,000,000,000"_s;
}

void TestTokenMixModel::formatTokens_exactWithGrouping()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, expected);
    QCOMPARE(TokenMixModel::formatTokens(Money::fromNanos(nanos), QLocale(QLocale::English, QLocale::UnitedStates)),
             expected);
}

void TestTokenMixModel::empty_noRows()
{
    TokenMixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMix(sampleMix());
    model.setMix(Repricer::Mix());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.totalCost().isZero());
}

QTEST_GUILESS_MAIN(TestTokenMixModel)
#include "tst_tokenmixmodel.moc"
