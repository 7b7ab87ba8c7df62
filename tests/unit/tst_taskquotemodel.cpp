// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/taskquotemodel.h"

#include "domain/priceoverrides.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestTaskQuoteModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void quotes_everyModel_exact();
    void override_changesQuote();
    void invalidProfile_noRows();
};

void TestTaskQuoteModel::quotes_everyModel_exact()
{
    TaskQuoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const TaskProfile profile{u"Triage"_s, 600, 20, std::nullopt, 100'000};
    model.setProfile(profile, PriceCatalog::builtIn());
    const QList<TaskCalculator::Quote> expected = TaskCalculator(PriceCatalog::builtIn()).quotes(profile);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, 0).data(TaskQuoteModel::ModelIdRole).toString(), expected.at(r).modelId);
        QCOMPARE(model.quotes().at(r).costPerTask, expected.at(r).costPerTask);
        QCOMPARE(model.quotes().at(r).costPerMonth, expected.at(r).costPerMonth);
    }
    QVERIFY(model.rowCount() > 10);
    // gpt-oss-120b: 600 × 0.15 + 20 × 0.60 per 1M = 0.000102 a task, 10.20 a month.
    const int row = model.rowForModel(u"openai.gpt-oss-120b"_s);
    QCOMPARE(model.index(row, TaskQuoteModel::CostPerTaskColumn).data().toString(), u"$0.000102"_s);
    QCOMPARE(model.index(row, TaskQuoteModel::CostPerMonthColumn).data().toString(), u"$10.20"_s);
    QCOMPARE(model.index(row, TaskQuoteModel::CostPerMonthColumn).data(TaskQuoteModel::RawValueRole).toLongLong(),
             Money::fromNanos(10'200'000'000).nanos());
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.quotes().at(r - 1).costPerMonth <= model.quotes().at(r).costPerMonth);
}

void TestTaskQuoteModel::override_changesQuote()
{
    TaskQuoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PriceOverrides overrides;
    PriceOverride rate;
    rate.modelId = u"openai.gpt-oss-120b"_s;
    rate.region = u"us-east-1"_s;
    rate.outputPerMillion = *Money::parse(u"0.5");
    QVERIFY(overrides.set(rate, PriceCatalog::builtIn()));
    model.setProfile({u"Triage"_s, 600, 20, std::nullopt, 100'000}, overrides.applyTo(PriceCatalog::builtIn()));
    const int row = model.rowForModel(u"openai.gpt-oss-120b"_s);
    // 600 × 0.15 + 20 × 0.50 per 1M = 0.0001 a task, 10.00 a month.
    QCOMPARE(model.quotes().at(row).costPerTask, Money::fromNanos(100'000));
    QCOMPARE(model.quotes().at(row).costPerMonth, Money::fromUnits(10));
    QVERIFY(model.index(row, TaskQuoteModel::NotesColumn).data().toString().contains(u"override"_s));
}

void TestTaskQuoteModel::invalidProfile_noRows()
{
    TaskQuoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProfile({u"Triage"_s, 600, 20, std::nullopt, 100'000}, PriceCatalog::builtIn());
    model.setProfile({QString(), 600, 20, std::nullopt, 100'000}, PriceCatalog::builtIn());
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTaskQuoteModel)
#include "tst_taskquotemodel.moc"
