// SPDX-License-Identifier: GPL-3.0-or-later
#include "costfilter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope::Sandbox;

class TestCostFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_valid_roundTrips_data();
    void fromJson_valid_roundTrips();
    void fromJson_invalid_awsMessage_data();
    void fromJson_invalid_awsMessage();
    void fromJson_deepNesting_refused();
    void tagKeys_collected();
};

void TestCostFilter::fromJson_valid_roundTrips_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("dimension") << QByteArray(R"({"Dimensions":{"Key":"SERVICE","Values":["Amazon Bedrock"]}})");
    QTest::newRow("tag absent") << QByteArray(R"({"Tags":{"Key":"Team","Values":[],"MatchOptions":["ABSENT"]}})");
    QTest::newRow("nested") << QByteArray(R"({"And":[{"Or":[{"Dimensions":{"Key":"REGION","Values":["us-east-1","us-west-2"]}},{"Tags":{"Key":"Env","Values":["prod"],"MatchOptions":["EQUALS","CASE_INSENSITIVE"]}}]},{"Not":{"Dimensions":{"Key":"RECORD_TYPE","Values":["Credit"]}}}]})");
}

void TestCostFilter::fromJson_valid_roundTrips()
{
    QFETCH(QByteArray, json);
    QString error;
    const std::optional<CostFilter> filter = CostFilter::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(filter, qPrintable(error));
    QVERIFY(!filter->isEmpty());
    const std::optional<CostFilter> again = CostFilter::fromJson(filter->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), filter->toJson());
    QCOMPARE(again->nodes().size(), filter->nodes().size());
}

void TestCostFilter::fromJson_invalid_awsMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("two roots") << QByteArray(R"({"And":[{"Dimensions":{"Key":"SERVICE","Values":["x"]}}],"Dimensions":{"Key":"SERVICE","Values":["x"]}})") << u"more than one roots"_s;
    QTest::newRow("no root") << QByteArray(R"({})") << u"one root operator"_s;
    QTest::newRow("empty And") << QByteArray(R"({"And":[]})") << u"non-empty"_s;
    QTest::newRow("And of strings") << QByteArray(R"({"Or":["x"]})") << u"list of expressions"_s;
    QTest::newRow("Not of list") << QByteArray(R"({"Not":[]})") << u"Not must be"_s;
    QTest::newRow("unknown dimension") << QByteArray(R"({"Dimensions":{"Key":"TEAM","Values":["x"]}})") << u"TEAM"_s;
    QTest::newRow("no key") << QByteArray(R"({"Tags":{"Values":["x"]}})") << u"Key"_s;
    QTest::newRow("no values") << QByteArray(R"({"Tags":{"Key":"Team"}})") << u"at least one value"_s;
    QTest::newRow("values not strings") << QByteArray(R"({"Tags":{"Key":"Team","Values":[1]}})") << u"list of strings"_s;
    QTest::newRow("absent on dimension") << QByteArray(R"({"Dimensions":{"Key":"SERVICE","Values":["x"],"MatchOptions":["ABSENT"]}})") << u"ABSENT"_s;
    QTest::newRow("contains") << QByteArray(R"({"Tags":{"Key":"Team","Values":["x"],"MatchOptions":["CONTAINS"]}})") << u"CONTAINS"_s;
    QTest::newRow("both cases") << QByteArray(R"({"Tags":{"Key":"Team","Values":["x"],"MatchOptions":["CASE_SENSITIVE","CASE_INSENSITIVE"]}})") << u"both"_s;
    QTest::newRow("cost category") << QByteArray(R"({"CostCategories":{"Key":"Unit","Values":["x"]}})") << u"Unit"_s;
}

void TestCostFilter::fromJson_invalid_awsMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!CostFilter::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCostFilter::fromJson_deepNesting_refused()
{
    QByteArray json = R"({"Dimensions":{"Key":"SERVICE","Values":["x"]}})";
    for (int i = 0; i < 40; ++i)
        json = "{\"Not\":" + json + "}";
    QString error;
    QVERIFY(!CostFilter::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(error.contains(u"deeply"_s));
}

void TestCostFilter::tagKeys_collected()
{
    const auto filter = CostFilter::fromJson(QJsonDocument::fromJson(R"({"Or":[{"Tags":{"Key":"Team","Values":["a"]}},{"Not":{"Tags":{"Key":"Env","Values":["b"]}}},{"Tags":{"Key":"Team","Values":["c"]}}]})").object());
    QVERIFY(filter);
    QCOMPARE(filter->tagKeys(), (QStringList{u"Team"_s, u"Env"_s}));
    QVERIFY(CostFilter().isEmpty());
    QCOMPARE(CostFilter().root(), -1);
    QVERIFY(CostFilter::isKnownDimension(u"USAGE_TYPE"));
    QVERIFY(!CostFilter::isKnownDimension(u"usage_type"));
}

QTEST_GUILESS_MAIN(TestCostFilter)
#include "tst_costfilter.moc"
