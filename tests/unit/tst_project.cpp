// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::DataRetention;
using Spendscope::Project;
using Spendscope::TagSet;

namespace {

// The create response of the Projects guide, verbatim.
constexpr QByteArrayView DocExample = R"({
  "arn": "arn:aws:bedrock-mantle:ap-northeast-1:673693429514:project/proj_5d5ykleja6cwpirysbb7",
  "created_at": 1772135628,
  "id": "proj_5d5ykleja6cwpirysbb7",
  "name": "Project ABC",
  "object": "organization.project",
  "status": "active",
  "tags": { "Owner": "TeamAlpha", "Project": "CustomerChatbot", "Environment": "Production", "CostCenter": "21524" }
})";

QJsonObject docExample()
{
    return QJsonDocument::fromJson(DocExample.toByteArray()).object();
}

// The doc example with one field replaced (or removed when `value` is undefined).
QJsonObject withField(const QString &field, const QJsonValue &value)
{
    QJsonObject o = docExample();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return o;
}

} // namespace

class TestProject final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_docExample_allFields();
    void fromJson_archivedProject_hasArchivedAtAndRetention();
    void fromJson_optionalFieldsAbsentOrNull_areEmpty();
    void fromJson_timestamps_data();
    void fromJson_timestamps();
    void fromJson_rejected_data();
    void fromJson_rejected();
    void fromJson_notAnObject_rejectedWithoutCrash();
    void validateId_data();
    void validateId();
    void isDefault_onlyForDefaultId();
};

void TestProject::fromJson_docExample_allFields()
{
    QString error;
    const std::optional<Project> p = Project::fromJson(docExample(), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(p->id(), u"proj_5d5ykleja6cwpirysbb7"_s);
    QCOMPARE(p->name(), u"Project ABC"_s);
    QCOMPARE(p->arn(), u"arn:aws:bedrock-mantle:ap-northeast-1:673693429514:project/proj_5d5ykleja6cwpirysbb7"_s);
    QCOMPARE(p->status(), Project::Status::Active);
    QVERIFY(!p->isArchived());
    QVERIFY(!p->isDefault());
    // 1772135628 = 2026-02-26T19:53:48Z
    QCOMPARE(p->createdAt(), QDateTime(QDate(2026, 2, 26), QTime(19, 53, 48), Qt::UTC));
    QCOMPARE(p->createdAt().timeSpec(), Qt::UTC);
    QVERIFY(!p->archivedAt().isValid());
    QCOMPARE(p->tags().size(), 4);
    QCOMPARE(p->tags().value(u"CostCenter"_s), u"21524"_s);
    QCOMPARE(p->tags().value(u"Owner"_s), u"TeamAlpha"_s);
    QCOMPARE(p->dataRetention(), std::nullopt);
}

void TestProject::fromJson_archivedProject_hasArchivedAtAndRetention()
{
    QJsonObject o = docExample();
    o.insert(u"status"_s, u"archived"_s);
    o.insert(u"archived_at"_s, 1786614394);
    o.insert(u"data_retention"_s, QJsonObject{{u"mode"_s, u"provider_data_share"_s}});
    const std::optional<Project> p = Project::fromJson(o);
    QVERIFY(p);
    QVERIFY(p->isArchived());
    QCOMPARE(p->archivedAt(), QDateTime::fromSecsSinceEpoch(1786614394, Qt::UTC));
    QCOMPARE(p->archivedAt().toString(Qt::ISODate), u"2026-08-13T09:46:34Z"_s);
    QCOMPARE(p->dataRetention(), DataRetention::Mode::ProviderDataShare);
}

void TestProject::fromJson_optionalFieldsAbsentOrNull_areEmpty()
{
    QJsonObject o = docExample();
    o.remove(u"tags"_s);
    o.remove(u"arn"_s);
    o.remove(u"object"_s);
    o.insert(u"archived_at"_s, QJsonValue::Null);
    o.insert(u"data_retention"_s, QJsonValue::Null);
    std::optional<Project> p = Project::fromJson(o);
    QVERIFY(p);
    QVERIFY(p->tags().isEmpty());
    QVERIFY(p->arn().isEmpty());
    QVERIFY(!p->archivedAt().isValid());
    QCOMPARE(p->dataRetention(), std::nullopt);

    o.insert(u"tags"_s, QJsonValue::Null);
    p = Project::fromJson(o);
    QVERIFY(p);
    QVERIFY(p->tags().isEmpty());
}

void TestProject::fromJson_timestamps_data()
{
    QTest::addColumn<QJsonValue>("createdAt");
    QTest::addColumn<qint64>("expectedSeconds"); // -1: rejected
    QTest::newRow("epoch") << QJsonValue(0) << 0LL;
    QTest::newRow("doc example") << QJsonValue(1772135628) << 1772135628LL;
    QTest::newRow("written as a double") << QJsonValue(1772135628.0) << 1772135628LL;
    QTest::newRow("last second of 9999") << QJsonValue(Project::MaxUnixSeconds) << Project::MaxUnixSeconds;
    QTest::newRow("year 10000") << QJsonValue(Project::MaxUnixSeconds + 1) << -1LL;
    QTest::newRow("negative") << QJsonValue(-1) << -1LL;
    QTest::newRow("fraction") << QJsonValue(1772135628.5) << -1LL;
    QTest::newRow("1e300") << QJsonValue(1e300) << -1LL;
    QTest::newRow("-1e300") << QJsonValue(-1e300) << -1LL;
    QTest::newRow("2^63") << QJsonValue(9223372036854775808.0) << -1LL;
    QTest::newRow("milliseconds by mistake") << QJsonValue(1772135628000LL) << -1LL;
    QTest::newRow("string") << QJsonValue(u"1772135628"_s) << -1LL;
    QTest::newRow("iso string") << QJsonValue(u"2026-02-26T19:53:48Z"_s) << -1LL;
    QTest::newRow("bool") << QJsonValue(true) << -1LL;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"seconds"_s, 1}}) << -1LL;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1LL;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << -1LL;
}

void TestProject::fromJson_timestamps()
{
    QFETCH(QJsonValue, createdAt);
    QFETCH(qint64, expectedSeconds);
    QString error;
    const std::optional<Project> p = Project::fromJson(withField(u"created_at"_s, createdAt), &error);
    if (expectedSeconds < 0) {
        QVERIFY(!p);
        QVERIFY2(error.contains(u"created_at"_s), qPrintable(error));
        QVERIFY2(error.contains(u"proj_5d5ykleja6cwpirysbb7"_s), qPrintable(error)); // names the project
    } else {
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->createdAt().toSecsSinceEpoch(), expectedSeconds);
        QCOMPARE(p->createdAt().timeSpec(), Qt::UTC);
    }
}

void TestProject::fromJson_rejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedFragment");
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("id missing") << u"id"_s << missing << u"“id” is missing"_s;
    QTest::newRow("id null") << u"id"_s << QJsonValue(QJsonValue::Null) << u"“id” is missing"_s;
    QTest::newRow("id number") << u"id"_s << QJsonValue(42) << u"“id” is not a string"_s;
    QTest::newRow("id empty") << u"id"_s << QJsonValue(QString()) << u"id is empty"_s;
    QTest::newRow("name missing") << u"name"_s << missing << u"“name” is missing"_s;
    QTest::newRow("name array") << u"name"_s << QJsonValue(QJsonArray{u"x"_s}) << u"“name” is not a string"_s;
    QTest::newRow("arn number") << u"arn"_s << QJsonValue(1) << u"“arn” is not a string"_s;
    QTest::newRow("status missing") << u"status"_s << missing << u"“status” is missing"_s;
    QTest::newRow("status unknown") << u"status"_s << QJsonValue(u"deleted"_s) << u"“deleted” is unknown"_s;
    QTest::newRow("status capitalised") << u"status"_s << QJsonValue(u"Active"_s) << u"“Active” is unknown"_s;
    QTest::newRow("status bool") << u"status"_s << QJsonValue(true) << u"“status” is not a string"_s;
    QTest::newRow("archived_at string") << u"archived_at"_s << QJsonValue(u"yesterday"_s) << u"archived_at"_s;
    QTest::newRow("archived_at negative") << u"archived_at"_s << QJsonValue(-5) << u"archived_at"_s;
    QTest::newRow("tags array") << u"tags"_s << QJsonValue(QJsonArray{QJsonObject{{u"key"_s, u"a"_s}}})
                                << u"“tags” is not an object"_s;
    QTest::newRow("tags string") << u"tags"_s << QJsonValue(u"a=b"_s) << u"“tags” is not an object"_s;
    QTest::newRow("tag value number") << u"tags"_s << QJsonValue(QJsonObject{{u"CostCenter"_s, 21524}})
                                      << u"“CostCenter” is not a string"_s;
    QTest::newRow("tag value null") << u"tags"_s << QJsonValue(QJsonObject{{u"Owner"_s, QJsonValue::Null}})
                                    << u"“Owner” is not a string"_s;
    QTest::newRow("retention string") << u"data_retention"_s << QJsonValue(u"none"_s)
                                      << u"“data_retention” is not an object"_s;
    QTest::newRow("retention no mode") << u"data_retention"_s << QJsonValue(QJsonObject{})
                                       << u"data_retention.mode"_s;
    QTest::newRow("retention unknown mode") << u"data_retention"_s
                                            << QJsonValue(QJsonObject{{u"mode"_s, u"forever"_s}})
                                            << u"“forever” is unknown"_s;
    QTest::newRow("object is a list") << u"object"_s << QJsonValue(u"list"_s) << u"type “list”"_s;
    QTest::newRow("object number") << u"object"_s << QJsonValue(7) << u"“object” is not a string"_s;
}

void TestProject::fromJson_rejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedFragment);
    QString error;
    const std::optional<Project> p = Project::fromJson(withField(field, value), &error);
    QVERIFY(!p);
    QVERIFY2(error.contains(expectedFragment), qPrintable(error));
}

void TestProject::fromJson_notAnObject_rejectedWithoutCrash()
{
    for (const QJsonValue &v : {QJsonValue(), QJsonValue(QJsonValue::Null), QJsonValue(1), QJsonValue(u"proj_x"_s),
                                QJsonValue(QJsonArray{docExample()})}) {
        QString error;
        QVERIFY(!Project::fromJson(v, &error));
        QVERIFY2(error.contains(u"not a JSON object"_s), qPrintable(error));
    }
    QVERIFY(!Project::fromJson(QJsonValue(QJsonObject{}))); // every required field missing
}

void TestProject::validateId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"default"_s << true;
    QTest::newRow("observed") << u"proj_5d5ykleja6cwpirysbb7"_s << true;
    QTest::newRow("short") << u"proj_a"_s << true;
    QTest::newRow("digits") << u"proj_123"_s << true;
    QTest::newRow("128 long") << (u"proj_"_s + QString(123, u'a')) << true;
    QTest::newRow("129 long") << (u"proj_"_s + QString(124, u'a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix only") << u"proj_"_s << false;
    QTest::newRow("upper case") << u"proj_ABC"_s << false;
    QTest::newRow("upper prefix") << u"PROJ_abc"_s << false;
    QTest::newRow("Default") << u"Default"_s << false;
    QTest::newRow("default with space") << u"default "_s << false;
    QTest::newRow("hyphen") << u"proj_ab-c"_s << false;
    QTest::newRow("underscore inside") << u"proj_ab_c"_s << false;
    QTest::newRow("slash") << u"proj_abc/archive"_s << false;
    QTest::newRow("dot dot") << u"../default"_s << false;
    QTest::newRow("query") << u"proj_abc?limit=1"_s << false;
    QTest::newRow("percent") << u"proj_abc%2F"_s << false;
    QTest::newRow("arn") << u"arn:aws:bedrock-mantle:us-east-1:1:project/proj_abc"_s << false;
    QTest::newRow("fullwidth digit") << u"proj_１"_s << false;
}

void TestProject::validateId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const QString problem = Project::validateId(id);
    QCOMPARE(problem.isEmpty(), valid);
    QCOMPARE(Project::isValidId(id), valid);
}

void TestProject::isDefault_onlyForDefaultId()
{
    Project p;
    p.setId(u"default"_s);
    QVERIFY(p.isDefault());
    p.setId(u"proj_default"_s);
    QVERIFY(!p.isDefault());
    QCOMPARE(Project::defaultId(), u"default"_s);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
