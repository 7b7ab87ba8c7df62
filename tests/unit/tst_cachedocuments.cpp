// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cachedocuments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestCacheDocuments final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectsRoundTrip();
    void tagsRoundTrip();
    void budgetsRoundTrip_keepExactAmounts();
    void servicesRoundTrip();
    void damagedDocumentsAreRefused_data();
    void damagedDocumentsAreRefused();
};

void TestCacheDocuments::projectsRoundTrip()
{
    Project a;
    a.setId(u"proj_abc"_s);
    a.setName(u"Checkout Assistant"_s);
    a.setArn(u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_abc"_s);
    a.setStatus(Project::Status::Active);
    TagSet tags;
    tags.insert(u"Project"_s, u"checkout"_s);
    tags.insert(u"Team"_s, u"payments"_s);
    tags.insert(u"Empty"_s, u""_s);
    a.setTags(tags);
    Project b;
    b.setId(u"default"_s);
    b.setName(u"Default"_s);
    b.setStatus(Project::Status::Archived);

    QString error;
    const std::optional<QList<Project>> back = CacheDocuments::projects(CacheDocuments::fromProjects({a, b}), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).id(), a.id());
    QCOMPARE(back->at(0).name(), a.name());
    QCOMPARE(back->at(0).arn(), a.arn());
    QCOMPARE(back->at(0).status(), Project::Status::Active);
    QCOMPARE(back->at(0).tags(), tags);
    QCOMPARE(back->at(1).status(), Project::Status::Archived);
    QVERIFY(back->at(1).tags().isEmpty());
}

void TestCacheDocuments::tagsRoundTrip()
{
    CostAllocationTag active{u"Project"_s, CostAllocationTagType::UserDefined, CostAllocationTagStatus::Active,
                             QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC), QDateTime()};
    CostAllocationTag inactive{u"aws:createdBy"_s, CostAllocationTagType::AwsGenerated, CostAllocationTagStatus::Inactive,
                               QDateTime(), QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC)};
    const std::optional<QList<CostAllocationTag>> back = CacheDocuments::tags(CacheDocuments::fromTags({active, inactive}));
    QVERIFY(back);
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).tagKey, active.tagKey);
    QCOMPARE(back->at(0).status, CostAllocationTagStatus::Active);
    QCOMPARE(back->at(0).type, CostAllocationTagType::UserDefined);
    QCOMPARE(back->at(0).lastUpdatedDate, active.lastUpdatedDate);
    QVERIFY(!back->at(0).lastUsedDate.isValid());
    QCOMPARE(back->at(1).type, CostAllocationTagType::AwsGenerated);
    QCOMPARE(back->at(1).status, CostAllocationTagStatus::Inactive);
    QCOMPARE(back->at(1).lastUsedDate, inactive.lastUsedDate);
}

void TestCacheDocuments::budgetsRoundTrip_keepExactAmounts()
{
    Budget budget;
    budget.name = u"team-payments-monthly"_s;
    budget.limit = Spend{*Money::parse(QByteArrayView("1234.567890123")), u"USD"_s};
    budget.filterExpression = CostExpression::tag(u"Team"_s, {u"payments"_s});
    budget.actualSpend = Spend{*Money::parse(QByteArrayView("1000.000000001")), u"USD"_s};
    budget.forecastedSpend = Spend{*Money::parse(QByteArrayView("1300.5")), u"USD"_s};
    budget.lastUpdatedTime = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);

    QString error;
    const std::optional<QList<Budget>> back = CacheDocuments::budgets(CacheDocuments::fromBudgets({budget}), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 1);
    const Budget &b = back->constFirst();
    QCOMPARE(b.name, budget.name);
    QCOMPARE(b.limit, budget.limit);
    QCOMPARE(b.actualSpend, budget.actualSpend);
    QCOMPARE(b.forecastedSpend, budget.forecastedSpend);
    QCOMPARE(b.lastUpdatedTime, budget.lastUpdatedTime);
    QCOMPARE(b.filterExpression.toJson(), budget.filterExpression.toJson());
}

void TestCacheDocuments::servicesRoundTrip()
{
    const QStringList services = {u"Amazon Bedrock"_s, u"Claude 3.5 Sonnet (Amazon Bedrock Edition)"_s};
    QCOMPARE(CacheDocuments::services(CacheDocuments::fromServices(services)), services);
    QCOMPARE(CacheDocuments::services(CacheDocuments::fromServices({})), QStringList());
}

void TestCacheDocuments::damagedDocumentsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("projects: object") << u"projects"_s << QByteArray(R"({"id":"x"})");
    QTest::newRow("projects: no id") << u"projects"_s << QByteArray(R"([{"name":"a","status":"active","tags":{}}])");
    QTest::newRow("projects: bad status") << u"projects"_s
                                          << QByteArray(R"([{"id":"x","name":"a","status":"gone","tags":{}}])");
    QTest::newRow("projects: tag number") << u"projects"_s
                                          << QByteArray(R"([{"id":"x","name":"a","status":"active","tags":{"k":1}}])");
    QTest::newRow("tags: bad status") << u"tags"_s << QByteArray(R"([{"key":"k","type":"UserDefined","status":"On"}])");
    QTest::newRow("tags: no key") << u"tags"_s << QByteArray(R"([{"type":"UserDefined","status":"Active"}])");
    QTest::newRow("budgets: no name") << u"budgets"_s << QByteArray(R"([{"BudgetType":"COST","TimeUnit":"MONTHLY"}])");
    QTest::newRow("budgets: amount number") << u"budgets"_s
                                            << QByteArray(R"([{"BudgetName":"b","BudgetType":"COST","TimeUnit":"MONTHLY",)"
                                                          R"("BudgetLimit":{"Amount":12.5,"Unit":"USD"}}])");
    QTest::newRow("services: number") << u"services"_s << QByteArray(R"(["Amazon Bedrock", 3])");
    QTest::newRow("services: object") << u"services"_s << QByteArray(R"({})");
}

void TestCacheDocuments::damagedDocumentsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QString error;
    bool ok = true;
    if (kind == u"projects")
        ok = CacheDocuments::projects(document, &error).has_value();
    else if (kind == u"tags")
        ok = CacheDocuments::tags(document, &error).has_value();
    else if (kind == u"budgets")
        ok = CacheDocuments::budgets(document, &error).has_value();
    else
        ok = CacheDocuments::services(document, &error).has_value();
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheDocuments)
#include "tst_cachedocuments.moc"
