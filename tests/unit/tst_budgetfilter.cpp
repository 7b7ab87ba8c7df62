// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::BudgetFilter;
using Spendscope::CostExpression;

class TestBudgetFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagFilter_roundTripsThroughWireForm()
    {
        for (const QString &value : {u"ml-platform"_s, QString()}) {
            const CostExpression e = BudgetFilter::tagFilter(u"Team"_s, value);
            QCOMPARE(e.validate(), QString());
            const std::optional<CostExpression> back = CostExpression::fromJson(e.toJson());
            QVERIFY(back);
            const BudgetFilter f = BudgetFilter::of(*back, u"Project"_s, u"Team"_s);
            QCOMPARE(f.kind, BudgetFilter::Kind::Team);
            QCOMPARE(f.value, value);
        }
    }

    void of_recognisesOnlySingleTagValues()
    {
        QCOMPARE(BudgetFilter::of(CostExpression(), u"Project"_s, u"Team"_s).kind, BudgetFilter::Kind::Everything);
        QCOMPARE(BudgetFilter::of(CostExpression::tag(u"Project"_s, {u"search"_s}), u"Project"_s, u"Team"_s).kind,
                 BudgetFilter::Kind::Project);
        // Two values, another key, another match, a combination: kept, but not editable as one entity.
        QCOMPARE(BudgetFilter::of(CostExpression::tag(u"Project"_s, {u"a"_s, u"b"_s}), u"Project"_s, u"Team"_s).kind,
                 BudgetFilter::Kind::Other);
        QCOMPARE(BudgetFilter::of(CostExpression::tag(u"Owner"_s, {u"a"_s}), u"Project"_s, u"Team"_s).kind,
                 BudgetFilter::Kind::Other);
        QCOMPARE(BudgetFilter::of(CostExpression::tag(u"Team"_s, {u"a"_s}, {CostExpression::MatchOption::StartsWith}),
                                  u"Project"_s, u"Team"_s)
                     .kind,
                 BudgetFilter::Kind::Other);
        const CostExpression both = CostExpression::allOf(
            {CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s}), CostExpression::tag(u"Team"_s, {u"a"_s})});
        QCOMPARE(BudgetFilter::of(both, u"Project"_s, u"Team"_s).kind, BudgetFilter::Kind::Other);
        QCOMPARE(BudgetFilter::describe(both, u"Project"_s, u"Team"_s), u"Custom filter"_s);
    }

    void describe_namesTheEntity()
    {
        QCOMPARE(BudgetFilter::describe(CostExpression(), u"Project"_s, u"Team"_s), u"All spend"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Team"_s, u"ml"_s), u"Project"_s, u"Team"_s),
                 u"Team: ml"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Project"_s, QString()), u"Project"_s, u"Team"_s),
                 u"Project: (untagged)"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Owner"_s, u"x"_s), u"Project"_s, u"Team"_s),
                 u"Tag Owner: x"_s);
    }
};

QTEST_GUILESS_MAIN(TestBudgetFilter)
#include "tst_budgetfilter.moc"
