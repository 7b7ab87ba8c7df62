// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/costexpression.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return d.object();
}

// Example A of the reference: Bedrock services, without credits and refunds.
CostExpression bedrockWithoutCredits()
{
    return CostExpression::allOf({
        CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s, u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s}),
        CostExpression::negation(CostExpression::dimension(u"RECORD_TYPE"_s, {u"Credit"_s, u"Refund"_s})),
    });
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::CostExpression)

class TestCostExpression final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty_isValidAndSerializesToEmptyObject();
    void toJson_leafAndCompound_givesWireForm();
    void toJson_matchOptionsAndAbsentTag();
    void fromJson_roundTrip_data();
    void fromJson_roundTrip();
    void fromJson_emptyObject_givesEmptyExpression();
    void fromJson_nullMembersAreAbsent();
    void fromJson_invalid_data();
    void fromJson_invalid();
    void fromJson_deepNesting_isRefused();
    void validate_constructed_data();
    void validate_constructed();
    void matchOptionNames_roundTrip();
    void equality_comparesWholeTree();
};

void TestCostExpression::empty_isValidAndSerializesToEmptyObject()
{
    const CostExpression e;
    QVERIFY(e.isEmpty());
    QCOMPARE(e.kind(), CostExpression::Kind::Empty);
    QVERIFY(e.validate().isEmpty());
    QCOMPARE(compact(e.toJson()), QByteArray("{}"));
}

void TestCostExpression::toJson_leafAndCompound_givesWireForm()
{
    const CostExpression e = bedrockWithoutCredits();
    QVERIFY2(e.validate().isEmpty(), qPrintable(e.validate()));
    QCOMPARE(compact(e.toJson()),
             QByteArray(R"J({"And":[{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock","Claude Sonnet 4.6 (Amazon Bedrock Edition)"]}},)J"
                        R"({"Not":{"Dimensions":{"Key":"RECORD_TYPE","Values":["Credit","Refund"]}}}]})"));

    const CostExpression either = CostExpression::anyOf({CostExpression::tag(u"Team"_s, {u"data"_s}),
                                                         CostExpression::costCategory(u"Project"_s, {u"x"_s})});
    QCOMPARE(compact(either.toJson()),
             QByteArray(R"({"Or":[{"Tags":{"Key":"Team","Values":["data"]}},{"CostCategories":{"Key":"Project","Values":["x"]}}]})"));
}

void TestCostExpression::toJson_matchOptionsAndAbsentTag()
{
    const CostExpression absent = CostExpression::tag(u"Team"_s, {}, {CostExpression::MatchOption::Absent});
    QVERIFY(absent.validate().isEmpty());
    QCOMPARE(compact(absent.toJson()), QByteArray(R"({"Tags":{"Key":"Team","MatchOptions":["ABSENT"]}})"));

    // No key at all: resources without any tag.
    const CostExpression untagged = CostExpression::tag(QString(), {});
    QVERIFY(untagged.validate().isEmpty());
    QCOMPARE(compact(untagged.toJson()), QByteArray(R"({"Tags":{}})"));

    const CostExpression exact = CostExpression::dimension(u"REGION"_s, {u"us-east-1"_s},
                                                           {CostExpression::MatchOption::Equals,
                                                            CostExpression::MatchOption::CaseSensitive});
    QCOMPARE(compact(exact.toJson()),
             QByteArray(R"({"Dimensions":{"Key":"REGION","MatchOptions":["EQUALS","CASE_SENSITIVE"],"Values":["us-east-1"]}})"));
}

void TestCostExpression::fromJson_roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("dimension") << QByteArray(R"({"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}})");
    QTest::newRow("example A")
        << QByteArray(R"J({"And":[{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock","Claude Haiku 4.5 (Amazon Bedrock Edition)"]}},)J"
                      R"({"Not":{"Dimensions":{"Key":"RECORD_TYPE","Values":["Credit","Refund"]}}}]})");
    QTest::newRow("budgets tag") << QByteArray(
        R"({"And":[{"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}},{"Tags":{"Key":"user:Team","Values":["data"]}}]})");
    QTest::newRow("or of three") << QByteArray(
        R"({"Or":[{"Tags":{"Key":"Team","Values":[""]}},{"CostCategories":{"Key":"Unit","MatchOptions":["EQUALS"],"Values":["a"]}},)"
        R"({"Dimensions":{"Key":"REGION","Values":["us-west-2"]}}]})");
    QTest::newRow("not not") << QByteArray(R"({"Not":{"Not":{"Tags":{"Key":"Team","MatchOptions":["ABSENT"]}}}})");
    QTest::newRow("unicode value") << QByteArray(R"({"Tags":{"Key":"Équipe","Values":["données","😀"]}})");
}

void TestCostExpression::fromJson_roundTrip()
{
    QFETCH(QByteArray, json);
    QString problem;
    const std::optional<CostExpression> e = CostExpression::fromJson(parse(json), &problem);
    QVERIFY2(e, qPrintable(problem));
    QVERIFY(problem.isEmpty());
    // QJsonObject orders keys, so compare against the input re-serialised the same way.
    QCOMPARE(compact(e->toJson()), compact(parse(json)));
    const std::optional<CostExpression> again = CostExpression::fromJson(e->toJson());
    QVERIFY(again);
    QVERIFY(*again == *e);
}

void TestCostExpression::fromJson_emptyObject_givesEmptyExpression()
{
    const std::optional<CostExpression> e = CostExpression::fromJson(QJsonObject());
    QVERIFY(e);
    QVERIFY(e->isEmpty());
}

void TestCostExpression::fromJson_nullMembersAreAbsent()
{
    QString problem;
    const std::optional<CostExpression> e = CostExpression::fromJson(
        parse(R"({"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"],"MatchOptions":null},"Tags":null,"And":null})"),
        &problem);
    QVERIFY2(e, qPrintable(problem));
    QCOMPARE(e->kind(), CostExpression::Kind::Dimensions);
    QCOMPARE(e->key(), u"SERVICE"_s);
    QCOMPARE(e->values(), QStringList{u"Amazon Bedrock"_s});
    QVERIFY(e->matchOptions().isEmpty());
}

void TestCostExpression::fromJson_invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedFragment");

    QTest::newRow("two roots") << QByteArray(
        R"({"And":[{"Tags":{"Key":"a","Values":["1"]}},{"Tags":{"Key":"b","Values":["2"]}}],"Dimensions":{"Key":"USAGE_TYPE","Values":["DataTransfer"]}})")
                               << u"several root operators (And, Dimensions)"_s;
    QTest::newRow("two leaf roots") << QByteArray(R"({"Tags":{"Key":"a"},"CostCategories":{"Key":"b"}})")
                                    << u"several root operators"_s;
    QTest::newRow("no root nested") << QByteArray(R"({"Not":{}})") << u"at Not has no operator"_s;
    QTest::newRow("unknown only") << QByteArray(R"({"Xor":[]})") << u"has no operator"_s;
    QTest::newRow("and with one") << QByteArray(R"({"And":[{"Tags":{"Key":"a","Values":["1"]}}]})")
                                  << u"fewer than two"_s;
    QTest::newRow("or empty") << QByteArray(R"({"Or":[]})") << u"fewer than two"_s;
    QTest::newRow("and not array") << QByteArray(R"({"And":{"Tags":{"Key":"a"}}})") << u"must be a list"_s;
    QTest::newRow("and item not object") << QByteArray(R"({"And":[{"Tags":{"Key":"a"}},"x"]})")
                                         << u"And[1] is not an object"_s;
    QTest::newRow("not array") << QByteArray(R"({"Not":[{"Tags":{"Key":"a"}}]})") << u"Not must be an expression"_s;
    QTest::newRow("leaf not object") << QByteArray(R"({"Dimensions":"SERVICE"})") << u"must be an object"_s;
    QTest::newRow("key not string") << QByteArray(R"({"Dimensions":{"Key":5,"Values":["a"]}})")
                                    << u"Key must be a string"_s;
    QTest::newRow("values not list") << QByteArray(R"({"Tags":{"Key":"Team","Values":"data"}})")
                                     << u"Values must be a list"_s;
    QTest::newRow("numeric value") << QByteArray(R"({"Tags":{"Key":"Team","Values":["a",1]}})")
                                   << u"Values must be a list of strings"_s;
    QTest::newRow("unknown match option") << QByteArray(R"({"Tags":{"Key":"Team","MatchOptions":["FUZZY"]}})")
                                          << u"unknown match option"_s;
    QTest::newRow("dimension without values") << QByteArray(R"({"Dimensions":{"Key":"SERVICE"}})")
                                              << u"at least one value"_s;
    QTest::newRow("dimension without key") << QByteArray(R"({"Dimensions":{"Values":["a"]}})")
                                           << u"needs a dimension name"_s;
    QTest::newRow("dimension lower case") << QByteArray(R"({"Dimensions":{"Key":"service","Values":["a"]}})")
                                          << u"not a dimension name"_s;
    QTest::newRow("tag values without key") << QByteArray(R"({"Tags":{"Values":["a"]}})") << u"no tag key"_s;
    QTest::newRow("cost category without key") << QByteArray(R"({"CostCategories":{"Values":["a"]}})")
                                               << u"needs a cost category name"_s;
    QTest::newRow("nested path") << QByteArray(
        R"({"And":[{"Tags":{"Key":"a"}},{"Not":{"Dimensions":{"Key":"SERVICE","Values":[]}}}]})")
                                 << u"at And[1].Not needs at least one value"_s;
    QTest::newRow("value too long")
        << (QByteArray(R"({"Tags":{"Key":"a","Values":[")") + QByteArray(1025, 'x') + QByteArray(R"("]}})"))
        << u"longer than 1024"_s;
}

void TestCostExpression::fromJson_invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedFragment);
    QString problem;
    const std::optional<CostExpression> e = CostExpression::fromJson(parse(json), &problem);
    QVERIFY(!e);
    QVERIFY2(problem.contains(expectedFragment), qPrintable(problem));
}

void TestCostExpression::fromJson_deepNesting_isRefused()
{
    auto nested = [](int levels) {
        QByteArray json = R"({"Tags":{"Key":"a"}})";
        for (int i = 1; i < levels; ++i)
            json = R"({"Not":)" + json + '}';
        return json;
    };
    QVERIFY(CostExpression::fromJson(parse(nested(CostExpression::MaxDepth))));
    QString problem;
    QVERIFY(!CostExpression::fromJson(parse(nested(CostExpression::MaxDepth + 1)), &problem));
    QVERIFY2(problem.contains(u"more than 32 levels"_s), qPrintable(problem));

    // The same limit applies to expressions built in code.
    CostExpression e = CostExpression::tag(u"a"_s, {});
    for (int i = 1; i <= CostExpression::MaxDepth; ++i)
        e = CostExpression::negation(e);
    QVERIFY(e.validate().contains(u"more than 32 levels"_s));
}

void TestCostExpression::validate_constructed_data()
{
    QTest::addColumn<CostExpression>("expression");
    QTest::addColumn<QString>("expectedFragment"); // empty: valid

    QTest::newRow("example A") << bedrockWithoutCredits() << QString();
    QTest::newRow("and of one") << CostExpression::allOf({CostExpression::tag(u"a"_s, {u"1"_s})})
                                << u"fewer than two"_s;
    QTest::newRow("empty operand") << CostExpression::allOf({CostExpression(), CostExpression::tag(u"a"_s, {})})
                                   << u"at And[0] is empty"_s;
    QTest::newRow("not of empty") << CostExpression::negation(CostExpression()) << u"at Not is empty"_s;
    QTest::newRow("cost category too long") << CostExpression::costCategory(QString(51, u'c'), {u"x"_s})
                                            << u"longer than 50"_s;
    QTest::newRow("dimension no values") << CostExpression::dimension(u"SERVICE"_s, {}) << u"at least one value"_s;
}

void TestCostExpression::validate_constructed()
{
    QFETCH(CostExpression, expression);
    QFETCH(QString, expectedFragment);
    const QString problem = expression.validate();
    if (expectedFragment.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expectedFragment), qPrintable(problem));
}

void TestCostExpression::matchOptionNames_roundTrip()
{
    const QStringList names = {u"EQUALS"_s, u"ABSENT"_s, u"STARTS_WITH"_s, u"ENDS_WITH"_s, u"CONTAINS"_s,
                               u"CASE_SENSITIVE"_s, u"CASE_INSENSITIVE"_s, u"GREATER_THAN_OR_EQUAL"_s};
    for (const QString &name : names) {
        const std::optional<CostExpression::MatchOption> option = CostExpression::matchOptionFromName(name);
        QVERIFY2(option, qPrintable(name));
        QCOMPARE(CostExpression::matchOptionName(*option), name);
    }
    QVERIFY(!CostExpression::matchOptionFromName(u"equals"));
}

void TestCostExpression::equality_comparesWholeTree()
{
    QVERIFY(bedrockWithoutCredits() == bedrockWithoutCredits());
    const CostExpression other = CostExpression::allOf({
        CostExpression::dimension(u"SERVICE"_s, {u"Amazon Bedrock"_s, u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s}),
        CostExpression::negation(CostExpression::dimension(u"RECORD_TYPE"_s, {u"Credit"_s})),
    });
    QVERIFY(!(bedrockWithoutCredits() == other));
}

QTEST_GUILESS_MAIN(TestCostExpression)
#include "tst_costexpression.moc"
