// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::BudgetFilter;
using Spendscope::CostExpression;

namespace {

// As GetDimensionValues(SERVICE, "Bedrock") lists them: first-party models and a Claude edition.
QStringList bedrock()
{
    return {u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s, u"Amazon Bedrock"_s};
}

CostExpression throughWire(const CostExpression &e)
{
    const std::optional<CostExpression> back = CostExpression::fromJson(e.toJson());
    return back ? *back : CostExpression::dimension(u"PARSE_FAILED"_s, {u"x"_s});
}

} // namespace

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

    void tagFilterWithServices_isTheAndFormOnTheWire()
    {
        const CostExpression e = BudgetFilter::tagFilter(u"Team"_s, u"search"_s,
                                                         bedrock() + QStringList{u"Amazon Bedrock"_s, QString()});
        QCOMPARE(e.validate(), QString());
        // The documented wire form: the tag leaf, then the SERVICE leaf, its values sorted once each.
        const QJsonObject expected{
            {u"And"_s,
             QJsonArray{QJsonObject{{u"Tags"_s, QJsonObject{{u"Key"_s, u"Team"_s},
                                                            {u"Values"_s, QJsonArray{u"search"_s}},
                                                            {u"MatchOptions"_s, QJsonArray{u"EQUALS"_s}}}}},
                        QJsonObject{{u"Dimensions"_s,
                                     QJsonObject{{u"Key"_s, u"SERVICE"_s},
                                                 {u"Values"_s, QJsonArray{u"Amazon Bedrock"_s,
                                                                          u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s}},
                                                 {u"MatchOptions"_s, QJsonArray{u"EQUALS"_s}}}}}}}};
        QCOMPARE(e.toJson(), expected);
        const BudgetFilter f = BudgetFilter::of(throughWire(e), u"Project"_s, u"Team"_s);
        QCOMPARE(f.kind, BudgetFilter::Kind::Team);
        QCOMPARE(f.value, u"search"_s);
        QCOMPARE(f.services, (QStringList{u"Amazon Bedrock"_s, u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s}));
        // Without services: the tag leaf alone, all services.
        QCOMPARE(BudgetFilter::tagFilter(u"Team"_s, u"search"_s, {}).kind(), CostExpression::Kind::Tags);
        QCOMPARE(BudgetFilter::of(BudgetFilter::tagFilter(u"Team"_s, u"search"_s), u"Project"_s, u"Team"_s).services,
                 QStringList());
    }

    void of_andForm_eitherOrder_untagged_oneOrManyServices()
    {
        const CostExpression service = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
        const CostExpression untagged = CostExpression::tag(u"Project"_s, {}, {CostExpression::MatchOption::Absent});
        // Service first, untagged project, no MatchOptions on the service (EQUALS is the default).
        BudgetFilter f = BudgetFilter::of(throughWire(CostExpression::allOf({service, untagged})), u"Project"_s, u"Team"_s);
        QCOMPARE(f.kind, BudgetFilter::Kind::Project);
        QCOMPARE(f.value, QString());
        QCOMPARE(f.services, QStringList{u"Amazon Bedrock"_s});
        f = BudgetFilter::of(throughWire(BudgetFilter::tagFilter(u"Project"_s, QString(), bedrock())), u"Project"_s,
                             u"Team"_s);
        QCOMPARE(f.kind, BudgetFilter::Kind::Project);
        QCOMPARE(f.value, QString());
        QCOMPARE(f.services.size(), 2);
        // Tag first, several values given unsorted and twice: read back sorted, once each.
        const CostExpression many = CostExpression::dimension(
            u"SERVICE"_s, {u"Claude Opus 4.5 (Amazon Bedrock Edition)"_s, u"Amazon Bedrock"_s, u"Amazon Bedrock"_s},
            {CostExpression::MatchOption::Equals});
        f = BudgetFilter::of(throughWire(CostExpression::allOf({CostExpression::tag(u"Team"_s, {u"ml"_s}), many})),
                             u"Project"_s, u"Team"_s);
        QCOMPARE(f.kind, BudgetFilter::Kind::Team);
        QCOMPARE(f.value, u"ml"_s);
        QCOMPARE(f.services, (QStringList{u"Amazon Bedrock"_s, u"Claude Opus 4.5 (Amazon Bedrock Edition)"_s}));
        // A SERVICE leaf alone is all spend on those services.
        f = BudgetFilter::of(throughWire(BudgetFilter::serviceFilter(bedrock())), u"Project"_s, u"Team"_s);
        QCOMPARE(f.kind, BudgetFilter::Kind::Everything);
        QCOMPARE(f.services.size(), 2);
        QVERIFY(BudgetFilter::serviceFilter({}).isEmpty());
    }

    void of_mixedOrOtherAndForms_stayOther()
    {
        const auto kindOf = [](const CostExpression &e) { return BudgetFilter::of(e, u"Project"_s, u"Team"_s).kind; };
        const CostExpression team = CostExpression::tag(u"Team"_s, {u"a"_s});
        const CostExpression service = CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s});
        // Another dimension, a service prefix match, a third operand, Or instead of And, a negation.
        QCOMPARE(kindOf(CostExpression::allOf({team, CostExpression::dimension(u"REGION"_s, {u"us-east-1"_s})})),
                 BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::allOf(
                     {team, CostExpression::dimension(u"SERVICE"_s, {u"Claude"_s}, {CostExpression::MatchOption::StartsWith})})),
                 BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::allOf({team, service, CostExpression::tag(u"Project"_s, {u"p"_s})})),
                 BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::anyOf({team, service})), BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::allOf({CostExpression::negation(team), service})), BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::allOf({service, service})), BudgetFilter::Kind::Other);
        // A tag key that is neither the team nor the project key, with services.
        QCOMPARE(kindOf(BudgetFilter::tagFilter(u"Owner"_s, u"x"_s, {u"Amazon Bedrock"_s})), BudgetFilter::Kind::Other);
        QCOMPARE(kindOf(CostExpression::negation(service)), BudgetFilter::Kind::Other);
        QCOMPARE(BudgetFilter::describe(CostExpression::anyOf({team, service}), u"Project"_s, u"Team"_s),
                 u"Custom filter"_s);
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
        // Two tags AND-ed: not one team.
        const CostExpression twoTags = CostExpression::allOf(
            {CostExpression::tag(u"Project"_s, {u"p"_s}), CostExpression::tag(u"Team"_s, {u"a"_s})});
        QCOMPARE(BudgetFilter::of(twoTags, u"Project"_s, u"Team"_s).kind, BudgetFilter::Kind::Other);
        QCOMPARE(BudgetFilter::describe(twoTags, u"Project"_s, u"Team"_s), u"Custom filter"_s);
    }

    void describe_namesTheEntity()
    {
        QCOMPARE(BudgetFilter::describe(CostExpression(), u"Project"_s, u"Team"_s), u"All spend"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Team"_s, u"ml"_s), u"Project"_s, u"Team"_s),
                 u"Team: ml (all services)"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Project"_s, QString()), u"Project"_s, u"Team"_s),
                 u"Project: (untagged) (all services)"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Team"_s, u"search"_s, bedrock()), u"Project"_s, u"Team"_s),
                 u"Team: search (Bedrock)"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Project"_s, QString(), bedrock()), u"Project"_s,
                                        u"Team"_s),
                 u"Project: (untagged) (Bedrock)"_s);
        QCOMPARE(BudgetFilter::describe(BudgetFilter::serviceFilter(bedrock()), u"Project"_s, u"Team"_s),
                 u"All spend (Bedrock)"_s);
        // Services that are not all Bedrock ones are named, or counted.
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Team"_s, u"ml"_s, {u"Amazon EC2"_s}), u"Project"_s,
                                        u"Team"_s),
                 u"Team: ml (Amazon EC2)"_s);
        // (The English catalogue, not loaded here, makes "2 service(s)" read "2 services".)
        const QString two = BudgetFilter::describe(BudgetFilter::serviceFilter({u"Amazon EC2"_s, u"Amazon Bedrock"_s}),
                                                   u"Project"_s, u"Team"_s);
        QVERIFY2(two.startsWith(u"All spend (2 service"_s), qPrintable(two));
        QCOMPARE(BudgetFilter::describe(BudgetFilter::tagFilter(u"Owner"_s, u"x"_s), u"Project"_s, u"Team"_s),
                 u"Tag Owner: x"_s);
    }
};

QTEST_GUILESS_MAIN(TestBudgetFilter)
#include "tst_budgetfilter.moc"
