// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's AWS Budgets through SandboxServer::respond() with SigV4-signed requests: every
// operation, its errors in the service's words, CalculatedSpend from a ledger with known amounts,
// notification states and persistence.
#include "budgetshandler.h"
#include "costallocationtags.h"
#include "ledger.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include "aws/sigv4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QString AccessKeyId = u"AKIASANDBOXTESTKEY01"_s;
const QString SecretKey = u"sandboxSecretKeyForTests0123456789abcdef"_s;
const QString AccountId = u"123456789012"_s;
const QString UsageType = u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s;

Money money(const char *text)
{
    return *Money::parse(QByteArrayView(text));
}

struct Reply
{
    int status = 0;
    QJsonObject body;
    [[nodiscard]] QString code() const { return body.value(u"__type"_s).toString(); }
    [[nodiscard]] QString message() const { return body.value(u"Message"_s).toString(); }
};

// A ledger with known amounts around "today" (2026-03-15): March so far for Team=data is
// 1.25 + 2.5 + 0.000000003 = 3.750000003; payments 7 and untagged 3 on March 5; 10.000000001 for
// data in February; and 100 for data tomorrow, which must not count yet.
struct Account
{
    explicit Account(const QString &dataDir = QString())
        : store(dataDir.isEmpty() ? SandboxStore::openInMemory() : SandboxStore::open(dataDir, false))
        , server(SandboxServer::Credentials{AccessKeyId, SecretKey, QString()})
    {
        tags.setKey({u"Team"_s, {{QDate(2020, 1, 1), QDate()}}, QDateTime()});
        const auto row = [this](QDate day, const QString &team, const char *cost) {
            Ledger::TagMap t;
            if (!team.isEmpty())
                t.insert(u"Team"_s, team);
            ledger.record(day, UsageType, t, u"proj_test"_s, money("1"), money(cost));
        };
        row(QDate(2026, 2, 10), u"data"_s, "10.000000001");
        row(QDate(2026, 3, 1), u"data"_s, "1.25");
        row(QDate(2026, 3, 10), u"data"_s, "2.5");
        row(QDate(2026, 3, 15), u"data"_s, "0.000000003");
        row(QDate(2026, 3, 16), u"data"_s, "100");
        row(QDate(2026, 3, 5), u"payments"_s, "7");
        row(QDate(2026, 3, 5), QString(), "3");

        server.setClock([this] { return now; });
        auto h = std::make_unique<BudgetsHandler>(*store, ledger, tags,
                                                  BudgetsHandler::Account{AccountId, u"Sandbox"_s, u"sandbox-admin"_s});
        handler = h.get();
        QString error;
        loaded = handler->load(&error);
        server.addHandler(std::move(h));
    }

    Reply call(const QString &operation, const QJsonObject &body, const QByteArray &rawBody = QByteArray())
    {
        HttpRequest r;
        r.method = "POST";
        r.path = "/";
        r.body = rawBody.isNull() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : rawBody;
        r.setHeader("host", "budgets.amazonaws.com");
        r.setHeader("content-type", "application/x-amz-json-1.1");
        r.setHeader("x-amz-target", "AWSBudgetServiceGateway." + operation.toUtf8());
        SigV4::SigningParams params;
        params.accessKeyId = AccessKeyId;
        params.secretAccessKey = SecretKey;
        params.region = u"us-east-1"_s;
        params.service = u"budgets"_s;
        params.time = now;
        SigV4::signRequest(r, params);
        const HttpResponse response = server.respond(r);
        Reply reply;
        reply.status = response.status;
        reply.body = QJsonDocument::fromJson(response.body).object();
        return reply;
    }

    std::unique_ptr<SandboxStore> store;
    Ledger ledger;
    CostAllocationTags tags;
    SandboxServer server;
    BudgetsHandler *handler = nullptr;
    bool loaded = false;
    QDateTime now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
};

QJsonObject dataFilter()
{
    return QJsonObject{{u"Tags"_s, QJsonObject{{u"Key"_s, u"user:Team"_s}, {u"Values"_s, QJsonArray{u"data"_s}}}}};
}

QJsonObject costBudget(const QString &name, const char *limit = "5")
{
    return QJsonObject{{u"BudgetName"_s, name},
                       {u"BudgetType"_s, u"COST"_s},
                       {u"TimeUnit"_s, u"MONTHLY"_s},
                       {u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, QString::fromLatin1(limit)}, {u"Unit"_s, u"USD"_s}}},
                       {u"FilterExpression"_s, dataFilter()},
                       {u"Metrics"_s, QJsonArray{u"UnblendedCost"_s}}};
}

QJsonObject notification(const char *type, double threshold, const char *comparison = "GREATER_THAN")
{
    return QJsonObject{{u"NotificationType"_s, QString::fromLatin1(type)},
                       {u"ComparisonOperator"_s, QString::fromLatin1(comparison)},
                       {u"Threshold"_s, threshold},
                       {u"ThresholdType"_s, u"PERCENTAGE"_s}};
}

QJsonObject email(const QString &address)
{
    return QJsonObject{{u"SubscriptionType"_s, u"EMAIL"_s}, {u"Address"_s, address}};
}

QJsonObject sns(const QString &topic = u"budget-alerts"_s)
{
    return QJsonObject{{u"SubscriptionType"_s, u"SNS"_s},
                       {u"Address"_s, QString(u"arn:aws:sns:us-east-1:123456789012:"_s + topic)}};
}

QJsonObject withAccount(QJsonObject body)
{
    body.insert(u"AccountId"_s, AccountId);
    return body;
}

QString amountOf(const QJsonObject &budget, const QString &which)
{
    return budget.value(u"CalculatedSpend"_s).toObject().value(which).toObject().value(u"Amount"_s).toString();
}

} // namespace

class TestBudgetsHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createBudget_withNotifications_describedWithExactSpend();
    void describeBudget_filterExpressionOnlyWhenAsked();
    void calculatedSpend_periodsAndMetrics_data();
    void calculatedSpend_periodsAndMetrics();
    void legacyCostFilters_countLikeTheExpression();
    void plannedLimits_reportTheCurrentPeriodsLimit();
    void describeBudgets_pages();
    void createBudget_invalid_data();
    void createBudget_invalid();
    void account_mustBeTheSandboxAccount();
    void duplicateAndUnknownBudgets();
    void updateBudget_replacesTheDefinition();
    void deleteBudget_removesIt();
    void notifications_lifecycleAndStates();
    void notifications_errors();
    void subscribers_lifecycleAndErrors();
    void performanceHistory_perMonth();
    void protocolErrors();
    void budgets_surviveARestart();
};

void TestBudgetsHandler::createBudget_withNotifications_describedWithExactSpend()
{
    Account a;
    QVERIFY(a.loaded);
    const QJsonArray notifications{
        QJsonObject{{u"Notification"_s, notification("ACTUAL", 80)},
                    {u"Subscribers"_s, QJsonArray{email(u"finops@example.com"_s)}}},
        QJsonObject{{u"Notification"_s, notification("FORECASTED", 100)}, {u"Subscribers"_s, QJsonArray{sns()}}},
    };
    Reply r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"team-data"_s)},
                                                     {u"NotificationsWithSubscribers"_s, notifications}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QJsonObject());

    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"team-data"_s}, {u"ShowFilterExpression"_s, true}}));
    QCOMPARE(r.status, 200);
    const QJsonObject budget = r.body.value(u"Budget"_s).toObject();
    QCOMPARE(budget.value(u"BudgetName"_s).toString(), u"team-data"_s);
    QCOMPARE(budget.value(u"BudgetType"_s).toString(), u"COST"_s);
    QCOMPARE(budget.value(u"TimeUnit"_s).toString(), u"MONTHLY"_s);
    QCOMPARE(budget.value(u"BudgetLimit"_s).toObject().value(u"Amount"_s).toString(), u"5"_s);
    QCOMPARE(budget.value(u"FilterExpression"_s).toObject(), dataFilter());
    QCOMPARE(budget.value(u"Metrics"_s).toArray(), QJsonArray{u"UnblendedCost"_s});
    // The start defaults to the start of the current month, the end to 2087-06-15; epoch seconds.
    const QJsonObject period = budget.value(u"TimePeriod"_s).toObject();
    QCOMPARE(period.value(u"Start"_s).toDouble(), double(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    QCOMPARE(period.value(u"End"_s).toDouble(), 3706473600.0);
    QCOMPARE(budget.value(u"LastUpdatedTime"_s).toDouble(), double(a.now.toSecsSinceEpoch()));
    // Team=data in March up to and including today: 1.25 + 2.5 + 0.000000003; tomorrow's 100 not yet.
    QCOMPARE(amountOf(budget, u"ActualSpend"_s), u"3.750000003"_s);
    QCOMPARE(budget.value(u"CalculatedSpend"_s).toObject().value(u"ActualSpend"_s).toObject().value(u"Unit"_s).toString(),
             u"USD"_s);
    // 15 of March's 31 days elapsed: 3.750000003 × 31 / 15 = 7.7500000062, rounded to the nano-unit.
    QCOMPARE(amountOf(budget, u"ForecastedSpend"_s), u"7.750000006"_s);

    const std::optional<BudgetsHandler::PeriodSpend> spend = a.handler->currentSpend(u"team-data"_s, QDate(2026, 3, 15));
    QVERIFY(spend);
    QCOMPARE(spend->actual, money("3.750000003"));
    QCOMPARE(spend->start, QDate(2026, 3, 1));
    QCOMPARE(spend->end, QDate(2026, 4, 1));

    r = a.call(u"DescribeNotificationsForBudget"_s, withAccount({{u"BudgetName"_s, u"team-data"_s}}));
    QCOMPARE(r.status, 200);
    const QJsonArray listed = r.body.value(u"Notifications"_s).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(u"NotificationType"_s).toString(), u"ACTUAL"_s);
    QCOMPARE(listed.at(1).toObject().value(u"NotificationType"_s).toString(), u"FORECASTED"_s);
}

void TestBudgetsHandler::describeBudget_filterExpressionOnlyWhenAsked()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"b"_s)}})).status, 200);
    Reply r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"b"_s}}));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.value(u"Budget"_s).toObject().contains(u"FilterExpression"_s));
    QVERIFY(r.body.value(u"Budget"_s).toObject().contains(u"Metrics"_s));
    r = a.call(u"DescribeBudgets"_s, withAccount({}));
    QVERIFY(!r.body.value(u"Budgets"_s).toArray().at(0).toObject().contains(u"FilterExpression"_s));
    r = a.call(u"DescribeBudgets"_s, withAccount({{u"ShowFilterExpression"_s, true}}));
    QCOMPARE(r.body.value(u"Budgets"_s).toArray().at(0).toObject().value(u"FilterExpression"_s).toObject(), dataFilter());
}

void TestBudgetsHandler::calculatedSpend_periodsAndMetrics_data()
{
    QTest::addColumn<QString>("timeUnit");
    QTest::addColumn<QJsonValue>("filter");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("forecast"); // empty: none

    const QJsonValue none(QJsonValue::Undefined);
    // All of March up to today: 3.750000003 + 7 + 3; forecast × 31/15.
    QTest::newRow("monthly, everything") << u"MONTHLY"_s << none << u"UnblendedCost"_s << u"13.750000003"_s
                                         << u"28.416666673"_s;
    // Today only; a one-day period has no forecast.
    QTest::newRow("daily") << u"DAILY"_s << QJsonValue(dataFilter()) << u"UnblendedCost"_s << u"0.000000003"_s
                           << QString();
    // Q1 2026 (90 days, 74 elapsed): February's 10.000000001 + March's 3.750000003.
    QTest::newRow("quarterly") << u"QUARTERLY"_s << QJsonValue(dataFilter()) << u"UnblendedCost"_s
                               << u"13.750000004"_s << u"16.722972978"_s;
    // 2026 (365 days, 74 elapsed).
    QTest::newRow("annually") << u"ANNUALLY"_s << QJsonValue(dataFilter()) << u"BlendedCost"_s << u"13.750000004"_s
                              << u"67.820945966"_s;
    // UsageQuantity: one unit per row, three Team=data rows in March so far.
    QTest::newRow("usage quantity") << u"MONTHLY"_s << QJsonValue(dataFilter()) << u"UsageQuantity"_s << u"3"_s
                                    << u"6.2"_s;
    // Spendscope's team budgets: the tag AND the Bedrock services (either order); all of the
    // sandbox's usage bills under "Amazon Bedrock", so a Claude edition alone counts nothing.
    const auto services = [](const QJsonArray &names) {
        return QJsonObject{{u"Dimensions"_s, QJsonObject{{u"Key"_s, u"SERVICE"_s}, {u"Values"_s, names},
                                                         {u"MatchOptions"_s, QJsonArray{u"EQUALS"_s}}}}};
    };
    const QJsonArray bedrock{u"Amazon Bedrock"_s, u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s};
    QTest::newRow("team and services") << u"MONTHLY"_s
                                       << QJsonValue(QJsonObject{{u"And"_s, QJsonArray{dataFilter(), services(bedrock)}}})
                                       << u"UnblendedCost"_s << u"3.750000003"_s << u"7.750000006"_s;
    QTest::newRow("services and team") << u"MONTHLY"_s
                                       << QJsonValue(QJsonObject{{u"And"_s, QJsonArray{services(bedrock), dataFilter()}}})
                                       << u"UnblendedCost"_s << u"3.750000003"_s << u"7.750000006"_s;
    const QJsonObject otherService{
        {u"And"_s, QJsonArray{dataFilter(), services({u"Claude Sonnet 4.6 (Amazon Bedrock Edition)"_s})}}};
    QTest::newRow("team and another service") << u"MONTHLY"_s << QJsonValue(otherService) << u"UnblendedCost"_s
                                              << u"0"_s << u"0"_s;
    const QJsonObject notData{{u"Not"_s, dataFilter()}};
    QTest::newRow("not data") << u"MONTHLY"_s << QJsonValue(notData) << u"UnblendedCost"_s << u"10"_s
                              << u"20.666666667"_s;
}

void TestBudgetsHandler::calculatedSpend_periodsAndMetrics()
{
    QFETCH(QString, timeUnit);
    QFETCH(QJsonValue, filter);
    QFETCH(QString, metric);
    QFETCH(QString, actual);
    QFETCH(QString, forecast);
    Account a;
    QJsonObject budget = costBudget(u"b"_s);
    budget.insert(u"TimeUnit"_s, timeUnit);
    budget.insert(u"Metrics"_s, QJsonArray{metric});
    if (filter.isUndefined())
        budget.remove(u"FilterExpression"_s);
    else
        budget.insert(u"FilterExpression"_s, filter);
    if (metric == u"UsageQuantity") {
        budget.insert(u"BudgetType"_s, u"USAGE"_s);
        budget.insert(u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"10"_s}, {u"Unit"_s, u"1K tokens"_s}});
    }
    Reply r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QVERIFY2(r.status == 200, qPrintable(r.message()));
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"b"_s}}));
    const QJsonObject described = r.body.value(u"Budget"_s).toObject();
    QCOMPARE(amountOf(described, u"ActualSpend"_s), actual);
    QCOMPARE(amountOf(described, u"ForecastedSpend"_s), forecast);
    QCOMPARE(described.value(u"CalculatedSpend"_s).toObject().contains(u"ForecastedSpend"_s), !forecast.isEmpty());
}

void TestBudgetsHandler::legacyCostFilters_countLikeTheExpression()
{
    Account a;
    QJsonObject budget = costBudget(u"legacy"_s);
    budget.remove(u"FilterExpression"_s);
    budget.remove(u"Metrics"_s);
    budget.insert(u"CostFilters"_s, QJsonObject{{u"Service"_s, QJsonArray{u"Amazon Bedrock"_s}},
                                                {u"TagKeyValue"_s, QJsonArray{u"user:Team$data"_s}}});
    budget.insert(u"CostTypes"_s, QJsonObject{{u"IncludeTax"_s, true}, {u"UseBlended"_s, false}});
    Reply r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QVERIFY2(r.status == 200, qPrintable(r.message()));
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"legacy"_s}}));
    const QJsonObject described = r.body.value(u"Budget"_s).toObject();
    QCOMPARE(amountOf(described, u"ActualSpend"_s), u"3.750000003"_s);
    QCOMPARE(described.value(u"CostFilters"_s).toObject().value(u"TagKeyValue"_s).toArray(),
             QJsonArray{u"user:Team$data"_s});
    QCOMPARE(described.value(u"CostTypes"_s).toObject().value(u"IncludeTax"_s).toBool(), true);

    // The two styles cannot be mixed.
    budget.insert(u"BudgetName"_s, u"mixed"_s);
    budget.insert(u"Metrics"_s, QJsonArray{u"UnblendedCost"_s});
    r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"InvalidParameterException"_s);

    // Unknown legacy keys are refused.
    budget.remove(u"Metrics"_s);
    budget.insert(u"CostFilters"_s, QJsonObject{{u"Colour"_s, QJsonArray{u"blue"_s}}});
    r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
}

void TestBudgetsHandler::plannedLimits_reportTheCurrentPeriodsLimit()
{
    Account a;
    QJsonObject budget = costBudget(u"planned"_s);
    budget.remove(u"BudgetLimit"_s);
    const auto start = [](int month) {
        return QString::number(QDateTime(QDate(2026, month, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    };
    budget.insert(u"PlannedBudgetLimits"_s,
                  QJsonObject{{start(2), QJsonObject{{u"Amount"_s, u"100"_s}, {u"Unit"_s, u"USD"_s}}},
                              {start(3), QJsonObject{{u"Amount"_s, u"300.5"_s}, {u"Unit"_s, u"USD"_s}}},
                              {start(4), QJsonObject{{u"Amount"_s, u"400"_s}, {u"Unit"_s, u"USD"_s}}}});
    Reply r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QVERIFY2(r.status == 200, qPrintable(r.message()));
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"planned"_s}}));
    const QJsonObject described = r.body.value(u"Budget"_s).toObject();
    QCOMPARE(described.value(u"BudgetLimit"_s).toObject().value(u"Amount"_s).toString(), u"300.5"_s);
    QCOMPARE(described.value(u"PlannedBudgetLimits"_s).toObject().size(), 3);

    // A key that is not a month start is refused, and so is a limit next to planned limits.
    budget.insert(u"BudgetName"_s, u"planned2"_s);
    budget.insert(u"PlannedBudgetLimits"_s,
                  QJsonObject{{QString::number(QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()),
                               QJsonObject{{u"Amount"_s, u"1"_s}, {u"Unit"_s, u"USD"_s}}}});
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}})).code(), u"InvalidParameterException"_s);
    budget.insert(u"PlannedBudgetLimits"_s,
                  QJsonObject{{start(3), QJsonObject{{u"Amount"_s, u"1"_s}, {u"Unit"_s, u"USD"_s}}}});
    budget.insert(u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"1"_s}, {u"Unit"_s, u"USD"_s}});
    r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}}));
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    QVERIFY(r.message().contains(u"PlannedBudgetLimits"_s));
}

void TestBudgetsHandler::describeBudgets_pages()
{
    Account a;
    const QStringList names{u"e"_s, u"a"_s, u"d"_s, u"b"_s, u"c"_s};
    for (const QString &name : names)
        QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(name)}})).status, 200);

    QStringList seen;
    QString token;
    int pages = 0;
    do {
        QJsonObject body = withAccount({{u"MaxResults"_s, 2}});
        if (!token.isEmpty())
            body.insert(u"NextToken"_s, token);
        const Reply r = a.call(u"DescribeBudgets"_s, body);
        QCOMPARE(r.status, 200);
        const QJsonArray budgets = r.body.value(u"Budgets"_s).toArray();
        QVERIFY(budgets.size() <= 2);
        for (const QJsonValue &b : budgets)
            seen.append(b.toObject().value(u"BudgetName"_s).toString());
        token = r.body.value(u"NextToken"_s).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));

    // A budget deleted between pages does not break paging.
    Reply first = a.call(u"DescribeBudgets"_s, withAccount({{u"MaxResults"_s, 2}}));
    QCOMPARE(a.call(u"DeleteBudget"_s, withAccount({{u"BudgetName"_s, u"c"_s}})).status, 200);
    Reply second = a.call(u"DescribeBudgets"_s,
                          withAccount({{u"MaxResults"_s, 2}, {u"NextToken"_s, first.body.value(u"NextToken"_s)}}));
    QCOMPARE(second.body.value(u"Budgets"_s).toArray().at(0).toObject().value(u"BudgetName"_s).toString(), u"d"_s);

    Reply bad = a.call(u"DescribeBudgets"_s, withAccount({{u"NextToken"_s, u"not a token"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.code(), u"InvalidNextTokenException"_s);
    for (int size : {0, 1001}) {
        bad = a.call(u"DescribeBudgets"_s, withAccount({{u"MaxResults"_s, size}}));
        QCOMPARE(bad.code(), u"InvalidParameterException"_s);
        QVERIFY2(bad.message().contains(u"maxResults"_s), qPrintable(bad.message()));
    }
    bad = a.call(u"DescribeBudgets"_s, withAccount({{u"MaxResults"_s, u"ten"_s}}));
    QCOMPARE(bad.code(), u"SerializationException"_s);
}

void TestBudgetsHandler::createBudget_invalid_data()
{
    QTest::addColumn<QJsonValue>("budget");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QJsonObject valid = costBudget(u"ok"_s);
    const auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject b = valid;
        if (value.isUndefined())
            b.remove(key);
        else
            b.insert(key, value);
        return QJsonValue(b);
    };
    QTest::newRow("missing budget") << QJsonValue(QJsonValue::Undefined) << u"InvalidParameterException"_s
                                    << u"Value null at 'budget'"_s;
    QTest::newRow("colon in name") << with(u"BudgetName"_s, u"a:b"_s) << u"InvalidParameterException"_s
                                   << u"regular expression pattern"_s;
    QTest::newRow("backslash in name") << with(u"BudgetName"_s, u"a\\b"_s) << u"InvalidParameterException"_s
                                       << u"budget.budgetName"_s;
    QTest::newRow("action in name") << with(u"BudgetName"_s, u"x/action/y"_s) << u"InvalidParameterException"_s
                                    << u"regular expression pattern"_s;
    QTest::newRow("empty name") << with(u"BudgetName"_s, QString()) << u"InvalidParameterException"_s
                                << u"greater than or equal to 1"_s;
    QTest::newRow("long name") << with(u"BudgetName"_s, QString(101, u'n')) << u"InvalidParameterException"_s
                               << u"less than or equal to 100"_s;
    QTest::newRow("name not a string") << with(u"BudgetName"_s, 7) << u"SerializationException"_s
                                       << u"NUMBER_VALUE can not be converted to a String"_s;
    QTest::newRow("no limit") << with(u"BudgetLimit"_s, QJsonValue::Undefined) << u"InvalidParameterException"_s
                              << u"Budget Limit/ Planned Budget Limit/ Auto Adjust Data"_s;
    QTest::newRow("bad amount") << with(u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"-5"_s}, {u"Unit"_s, u"USD"_s}})
                                << u"InvalidParameterException"_s << u"budget.budgetLimit.amount"_s;
    QTest::newRow("no unit") << with(u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"5"_s}}) << u"InvalidParameterException"_s
                             << u"Value null at 'budget.budgetLimit.unit'"_s;
    QTest::newRow("bad time unit") << with(u"TimeUnit"_s, u"WEEKLY"_s) << u"InvalidParameterException"_s
                                   << u"enum value set"_s;
    QTest::newRow("no budget type") << with(u"BudgetType"_s, QJsonValue::Undefined) << u"InvalidParameterException"_s
                                    << u"Value null at 'budget.budgetType'"_s;
    QTest::newRow("two metrics") << with(u"Metrics"_s, QJsonArray{u"UnblendedCost"_s, u"BlendedCost"_s})
                                 << u"InvalidParameterException"_s << u"less than or equal to 1"_s;
    QTest::newRow("unknown metric") << with(u"Metrics"_s, QJsonArray{u"Cost"_s}) << u"InvalidParameterException"_s
                                    << u"enum value set"_s;
    QTest::newRow("two roots") << with(u"FilterExpression"_s,
                                       QJsonObject{{u"Tags"_s, dataFilter().value(u"Tags"_s)},
                                                   {u"Not"_s, dataFilter()}})
                               << u"InvalidParameterException"_s << u"more than one roots"_s;
    QTest::newRow("unknown dimension")
        << with(u"FilterExpression"_s,
                QJsonObject{{u"Dimensions"_s, QJsonObject{{u"Key"_s, u"COLOUR"_s}, {u"Values"_s, QJsonArray{u"x"_s}}}}})
        << u"InvalidParameterException"_s << u"budget.filterExpression.dimensions.key"_s;
    QTest::newRow("dimension without values")
        << with(u"FilterExpression"_s, QJsonObject{{u"Dimensions"_s, QJsonObject{{u"Key"_s, u"SERVICE"_s},
                                                                                 {u"Values"_s, QJsonArray()}}}})
        << u"InvalidParameterException"_s << u"at least one value"_s;
    QTest::newRow("custom without period") << with(u"TimeUnit"_s, u"CUSTOM"_s) << u"InvalidParameterException"_s
                                           << u"CUSTOM"_s;
    QTest::newRow("start after end") << with(u"TimePeriod"_s, QJsonObject{{u"Start"_s, 1.8e9}, {u"End"_s, 1.7e9}})
                                     << u"InvalidParameterException"_s << u"start date must come before"_s;
    QTest::newRow("end after 2087") << with(u"TimePeriod"_s, QJsonObject{{u"End"_s, 4.0e9}})
                                    << u"InvalidParameterException"_s << u"06/15/87"_s;
    QTest::newRow("period start as text") << with(u"TimePeriod"_s, QJsonObject{{u"Start"_s, u"2026-01-01"_s}})
                                          << u"SerializationException"_s << u"STRING_VALUE"_s;
    QTest::newRow("bad auto adjust") << with(u"AutoAdjustData"_s, QJsonObject{{u"AutoAdjustType"_s, u"GUESS"_s}})
                                     << u"InvalidParameterException"_s << u"enum value set"_s;
}

void TestBudgetsHandler::createBudget_invalid()
{
    QFETCH(QJsonValue, budget);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    Account a;
    QJsonObject body = withAccount({});
    if (!budget.isUndefined())
        body.insert(u"Budget"_s, budget);
    const Reply r = a.call(u"CreateBudget"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), code);
    QVERIFY2(r.message().contains(messagePart), qPrintable(r.message()));
    QVERIFY(a.handler->budgetNames().isEmpty());
}

void TestBudgetsHandler::account_mustBeTheSandboxAccount()
{
    Account a;
    QJsonObject body{{u"AccountId"_s, u"999999999999"_s}, {u"Budget"_s, costBudget(u"x"_s)}};
    Reply r = a.call(u"CreateBudget"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"AccessDeniedException"_s);
    QCOMPARE(r.message(), u"User: arn:aws:iam::123456789012:user/sandbox-admin is not authorized to perform: budgets:ModifyBudget on resource: arn:aws:budgets::999999999999:budget/x"_s);
    r = a.call(u"DescribeBudgets"_s, QJsonObject{{u"AccountId"_s, u"999999999999"_s}});
    QCOMPARE(r.code(), u"AccessDeniedException"_s);
    QVERIFY(r.message().contains(u"budgets:ViewBudget"_s));

    r = a.call(u"DescribeBudgets"_s, QJsonObject{{u"AccountId"_s, u"12345"_s}});
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    QVERIFY(r.message().contains(u"accountId"_s));
    r = a.call(u"DescribeBudgets"_s, QJsonObject{{u"AccountId"_s, u"12345678901x"_s}});
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    r = a.call(u"DescribeBudgets"_s, QJsonObject());
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    QCOMPARE(r.message(), u"1 validation error detected: Value null at 'accountId' failed to satisfy constraint: Member must not be null"_s);
}

void TestBudgetsHandler::duplicateAndUnknownBudgets()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"dup"_s)}})).status, 200);
    Reply r = a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"dup"_s, "9")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"DuplicateRecordException"_s);
    QCOMPARE(r.message(), u"Error creating budget: dup - the budget already exists."_s);

    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"nope"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"NotFoundException"_s);
    QCOMPARE(r.message(), u"Unable to get budget: nope - the budget doesn't exist."_s);
    r = a.call(u"UpdateBudget"_s, withAccount({{u"NewBudget"_s, costBudget(u"nope"_s)}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
    r = a.call(u"DeleteBudget"_s, withAccount({{u"BudgetName"_s, u"nope"_s}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
    QVERIFY(r.message().startsWith(u"Unable to delete budget: nope"_s));
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"a:b"_s}}));
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
}

void TestBudgetsHandler::updateBudget_replacesTheDefinition()
{
    Account a;
    QJsonObject created = costBudget(u"u"_s);
    created.insert(u"TimePeriod"_s, QJsonObject{{u"Start"_s, double(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())}});
    const QJsonArray notifications{QJsonObject{{u"Notification"_s, notification("ACTUAL", 50)},
                                               {u"Subscribers"_s, QJsonArray{email(u"a@example.com"_s)}}}};
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, created}, {u"NotificationsWithSubscribers"_s, notifications}}))
                 .status,
             200);
    a.now = a.now.addSecs(60);
    // NewBudget is the whole budget: without FilterExpression it counts everything.
    QJsonObject replacement = costBudget(u"u"_s, "50");
    replacement.remove(u"FilterExpression"_s);
    Reply r = a.call(u"UpdateBudget"_s, withAccount({{u"NewBudget"_s, replacement}}));
    QCOMPARE(r.status, 200);
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"u"_s}, {u"ShowFilterExpression"_s, true}}));
    const QJsonObject described = r.body.value(u"Budget"_s).toObject();
    QVERIFY(!described.contains(u"FilterExpression"_s));
    QCOMPARE(described.value(u"BudgetLimit"_s).toObject().value(u"Amount"_s).toString(), u"50"_s);
    QCOMPARE(amountOf(described, u"ActualSpend"_s), u"13.750000003"_s);
    QCOMPARE(described.value(u"LastUpdatedTime"_s).toDouble(), double(a.now.toSecsSinceEpoch()));
    // The dates and the notifications stay.
    QCOMPARE(described.value(u"TimePeriod"_s).toObject().value(u"Start"_s).toDouble(),
             double(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    r = a.call(u"DescribeNotificationsForBudget"_s, withAccount({{u"BudgetName"_s, u"u"_s}}));
    QCOMPARE(r.body.value(u"Notifications"_s).toArray().size(), 1);

    // An invalid replacement changes nothing.
    replacement.insert(u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"x"_s}, {u"Unit"_s, u"USD"_s}});
    QCOMPARE(a.call(u"UpdateBudget"_s, withAccount({{u"NewBudget"_s, replacement}})).code(),
             u"InvalidParameterException"_s);
    r = a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"u"_s}}));
    QCOMPARE(r.body.value(u"Budget"_s).toObject().value(u"BudgetLimit"_s).toObject().value(u"Amount"_s).toString(),
             u"50"_s);
    QCOMPARE(a.call(u"UpdateBudget"_s, withAccount({})).code(), u"InvalidParameterException"_s);
}

void TestBudgetsHandler::deleteBudget_removesIt()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"gone"_s)}})).status, 200);
    QCOMPARE(a.call(u"DeleteBudget"_s, withAccount({{u"BudgetName"_s, u"gone"_s}})).status, 200);
    QCOMPARE(a.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"gone"_s}})).code(), u"NotFoundException"_s);
    QVERIFY(a.handler->budgetNames().isEmpty());
    QVERIFY(!a.store->document(BudgetsHandler::BudgetsCollection.toString(), u"gone"_s));
}

void TestBudgetsHandler::notifications_lifecycleAndStates()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"n"_s)}})).status, 200);
    const QJsonObject name{{u"BudgetName"_s, u"n"_s}};
    const auto create = [&](const QJsonObject &n) {
        QJsonObject body = withAccount(name);
        body.insert(u"Notification"_s, n);
        body.insert(u"Subscribers"_s, QJsonArray{email(u"finops@example.com"_s)});
        return a.call(u"CreateNotification"_s, body);
    };
    // Limit 5 USD; actual 3.750000003, forecast 7.750000006.
    QCOMPARE(create(notification("ACTUAL", 50)).status, 200);     // 2.5 < actual: ALARM
    QCOMPARE(create(notification("ACTUAL", 80)).status, 200);     // 4 > actual: OK
    QCOMPARE(create(notification("FORECASTED", 100)).status, 200); // 5 < forecast: ALARM
    QJsonObject absolute = notification("ACTUAL", 4, "LESS_THAN");
    absolute.insert(u"ThresholdType"_s, u"ABSOLUTE_VALUE"_s);
    QCOMPARE(create(absolute).status, 200); // actual < 4 USD: ALARM

    Reply r = a.call(u"DescribeNotificationsForBudget"_s, withAccount(name));
    QCOMPARE(r.status, 200);
    QStringList states;
    for (const QJsonValue &n : r.body.value(u"Notifications"_s).toArray())
        states.append(n.toObject().value(u"NotificationState"_s).toString());
    QCOMPARE(states, (QStringList{u"ALARM"_s, u"OK"_s, u"ALARM"_s, u"ALARM"_s}));

    // Pages of one.
    QJsonObject paged = withAccount(name);
    paged.insert(u"MaxResults"_s, 3);
    r = a.call(u"DescribeNotificationsForBudget"_s, paged);
    QCOMPARE(r.body.value(u"Notifications"_s).toArray().size(), 3);
    paged.insert(u"NextToken"_s, r.body.value(u"NextToken"_s));
    r = a.call(u"DescribeNotificationsForBudget"_s, paged);
    QCOMPARE(r.body.value(u"Notifications"_s).toArray().size(), 1);
    QVERIFY(!r.body.contains(u"NextToken"_s));

    // Update keeps the subscribers; delete removes the notification.
    QJsonObject update = withAccount(name);
    update.insert(u"OldNotification"_s, notification("ACTUAL", 80));
    update.insert(u"NewNotification"_s, notification("ACTUAL", 60));
    QCOMPARE(a.call(u"UpdateNotification"_s, update).status, 200);
    QJsonObject subscribers = withAccount(name);
    subscribers.insert(u"Notification"_s, notification("ACTUAL", 60));
    r = a.call(u"DescribeSubscribersForNotification"_s, subscribers);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(u"Subscribers"_s).toArray(), QJsonArray{email(u"finops@example.com"_s)});

    QJsonObject del = withAccount(name);
    del.insert(u"Notification"_s, notification("ACTUAL", 60));
    QCOMPARE(a.call(u"DeleteNotification"_s, del).status, 200);
    r = a.call(u"DescribeNotificationsForBudget"_s, withAccount(name));
    QCOMPARE(r.body.value(u"Notifications"_s).toArray().size(), 3);
}

void TestBudgetsHandler::notifications_errors()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"n"_s)}})).status, 200);
    const auto body = [](const QJsonObject &n, const QJsonArray &subscribers) {
        return withAccount({{u"BudgetName"_s, u"n"_s}, {u"Notification"_s, n}, {u"Subscribers"_s, subscribers}});
    };
    const QJsonArray one{email(u"a@example.com"_s)};
    QCOMPARE(a.call(u"CreateNotification"_s, body(notification("ACTUAL", 10), one)).status, 200);
    Reply r = a.call(u"CreateNotification"_s, body(notification("ACTUAL", 10), one));
    QCOMPARE(r.code(), u"DuplicateRecordException"_s);
    // ThresholdType defaults to PERCENTAGE: the same notification without it is a duplicate.
    QJsonObject implicit = notification("ACTUAL", 10);
    implicit.remove(u"ThresholdType"_s);
    QCOMPARE(a.call(u"CreateNotification"_s, body(implicit, one)).code(), u"DuplicateRecordException"_s);
    for (int i = 2; i <= 10; ++i)
        QCOMPARE(a.call(u"CreateNotification"_s, body(notification("ACTUAL", 10 * i), one)).status, 200);
    r = a.call(u"CreateNotification"_s, body(notification("ACTUAL", 999), one));
    QCOMPARE(r.code(), u"CreationLimitExceededException"_s);

    QCOMPARE(a.call(u"CreateNotification"_s, body(notification("WEEKLY", 1), one)).code(), u"InvalidParameterException"_s);
    QCOMPARE(a.call(u"CreateNotification"_s, body(notification("ACTUAL", -1), one)).code(), u"InvalidParameterException"_s);
    QCOMPARE(a.call(u"CreateNotification"_s, body(notification("ACTUAL", 2e13), one)).code(), u"InvalidParameterException"_s);
    QCOMPARE(a.call(u"CreateNotification"_s, body(notification("ACTUAL", 1), QJsonArray())).code(),
             u"InvalidParameterException"_s);
    QJsonObject noSubscribers = body(notification("ACTUAL", 1), one);
    noSubscribers.remove(u"Subscribers"_s);
    r = a.call(u"CreateNotification"_s, noSubscribers);
    QCOMPARE(r.message(), u"1 validation error detected: Value null at 'subscribers' failed to satisfy constraint: Member must not be null"_s);
    QJsonObject unknownBudget = body(notification("ACTUAL", 1), one);
    unknownBudget.insert(u"BudgetName"_s, u"other"_s);
    QCOMPARE(a.call(u"CreateNotification"_s, unknownBudget).code(), u"NotFoundException"_s);

    QJsonObject update = withAccount({{u"BudgetName"_s, u"n"_s},
                                      {u"OldNotification"_s, notification("FORECASTED", 1)},
                                      {u"NewNotification"_s, notification("FORECASTED", 2)}});
    QCOMPARE(a.call(u"UpdateNotification"_s, update).code(), u"NotFoundException"_s);
    update.insert(u"OldNotification"_s, notification("ACTUAL", 10));
    update.insert(u"NewNotification"_s, notification("ACTUAL", 20));
    QCOMPARE(a.call(u"UpdateNotification"_s, update).code(), u"DuplicateRecordException"_s);

    QJsonObject del = withAccount({{u"BudgetName"_s, u"n"_s}, {u"Notification"_s, notification("FORECASTED", 1)}});
    QCOMPARE(a.call(u"DeleteNotification"_s, del).code(), u"NotFoundException"_s);
    QJsonObject page = withAccount({{u"BudgetName"_s, u"n"_s}, {u"MaxResults"_s, 101}});
    QCOMPARE(a.call(u"DescribeNotificationsForBudget"_s, page).code(), u"InvalidParameterException"_s);
    page.insert(u"MaxResults"_s, 5);
    page.insert(u"NextToken"_s, u"bm9wZQ=="_s);
    QCOMPARE(a.call(u"DescribeNotificationsForBudget"_s, page).code(), u"InvalidNextTokenException"_s);
}

void TestBudgetsHandler::subscribers_lifecycleAndErrors()
{
    Account a;
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"s"_s)}})).status, 200);
    const QJsonObject n = notification("ACTUAL", 90);
    QCOMPARE(a.call(u"CreateNotification"_s, withAccount({{u"BudgetName"_s, u"s"_s},
                                                          {u"Notification"_s, n},
                                                          {u"Subscribers"_s, QJsonArray{sns()}}}))
                 .status,
             200);
    const auto subscriber = [&](const QString &operation, const QJsonObject &s) {
        return a.call(operation, withAccount({{u"BudgetName"_s, u"s"_s}, {u"Notification"_s, n}, {u"Subscriber"_s, s}}));
    };
    for (int i = 0; i < 10; ++i)
        QCOMPARE(subscriber(u"CreateSubscriber"_s, email(u"user%1@example.com"_s.arg(i))).status, 200);
    Reply r = subscriber(u"CreateSubscriber"_s, email(u"user11@example.com"_s));
    QCOMPARE(r.code(), u"CreationLimitExceededException"_s);
    r = subscriber(u"CreateSubscriber"_s, sns(u"second"_s));
    QCOMPARE(r.code(), u"CreationLimitExceededException"_s);
    r = subscriber(u"CreateSubscriber"_s, email(u"user3@example.com"_s));
    QCOMPARE(r.code(), u"DuplicateRecordException"_s);
    r = subscriber(u"CreateSubscriber"_s, email(u"not-an-address"_s));
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    r = subscriber(u"CreateSubscriber"_s, QJsonObject{{u"SubscriptionType"_s, u"SNS"_s}, {u"Address"_s, u"topic"_s}});
    QCOMPARE(r.code(), u"InvalidParameterException"_s);
    r = subscriber(u"CreateSubscriber"_s, QJsonObject{{u"SubscriptionType"_s, u"SMS"_s}, {u"Address"_s, u"+1555"_s}});
    QCOMPARE(r.code(), u"InvalidParameterException"_s);

    QJsonObject describe = withAccount({{u"BudgetName"_s, u"s"_s}, {u"Notification"_s, n}, {u"MaxResults"_s, 6}});
    r = a.call(u"DescribeSubscribersForNotification"_s, describe);
    QCOMPARE(r.body.value(u"Subscribers"_s).toArray().size(), 6);
    QCOMPARE(r.body.value(u"Subscribers"_s).toArray().at(0).toObject(), sns());
    describe.insert(u"NextToken"_s, r.body.value(u"NextToken"_s));
    r = a.call(u"DescribeSubscribersForNotification"_s, describe);
    QCOMPARE(r.body.value(u"Subscribers"_s).toArray().size(), 5);

    QCOMPARE(subscriber(u"DeleteSubscriber"_s, email(u"user3@example.com"_s)).status, 200);
    QCOMPARE(subscriber(u"DeleteSubscriber"_s, email(u"user3@example.com"_s)).code(), u"NotFoundException"_s);
    QCOMPARE(subscriber(u"CreateSubscriber"_s, email(u"user11@example.com"_s)).status, 200);

    const QJsonObject other = notification("ACTUAL", 1);
    r = a.call(u"DescribeSubscribersForNotification"_s,
               withAccount({{u"BudgetName"_s, u"s"_s}, {u"Notification"_s, other}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
    r = a.call(u"CreateSubscriber"_s, withAccount({{u"BudgetName"_s, u"s"_s}, {u"Notification"_s, other},
                                                   {u"Subscriber"_s, email(u"x@example.com"_s)}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
    r = a.call(u"DeleteSubscriber"_s, withAccount({{u"BudgetName"_s, u"s"_s}, {u"Notification"_s, other},
                                                   {u"Subscriber"_s, email(u"x@example.com"_s)}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
}

void TestBudgetsHandler::performanceHistory_perMonth()
{
    Account a;
    QJsonObject budget = costBudget(u"h"_s);
    budget.insert(u"TimePeriod"_s, QJsonObject{{u"Start"_s, double(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())}});
    QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, budget}})).status, 200);
    Reply r = a.call(u"DescribeBudgetPerformanceHistory"_s, withAccount({{u"BudgetName"_s, u"h"_s}}));
    QCOMPARE(r.status, 200);
    const QJsonObject history = r.body.value(u"BudgetPerformanceHistory"_s).toObject();
    QCOMPARE(history.value(u"BudgetName"_s).toString(), u"h"_s);
    QCOMPARE(history.value(u"FilterExpression"_s).toObject(), dataFilter());
    const QJsonArray amounts = history.value(u"BudgetedAndActualAmountsList"_s).toArray();
    QCOMPARE(amounts.size(), 3); // January to March 2026
    QStringList actual;
    for (const QJsonValue &entry : amounts) {
        actual.append(entry.toObject().value(u"ActualAmount"_s).toObject().value(u"Amount"_s).toString());
        QCOMPARE(entry.toObject().value(u"BudgetedAmount"_s).toObject().value(u"Amount"_s).toString(), u"5"_s);
    }
    QCOMPARE(actual, (QStringList{u"0"_s, u"10.000000001"_s, u"3.750000003"_s}));
    QCOMPARE(amounts.at(1).toObject().value(u"TimePeriod"_s).toObject().value(u"Start"_s).toDouble(),
             double(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));

    // A requested window selects the periods it overlaps.
    r = a.call(u"DescribeBudgetPerformanceHistory"_s,
               withAccount({{u"BudgetName"_s, u"h"_s},
                            {u"TimePeriod"_s, QJsonObject{{u"Start"_s, double(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())},
                                                          {u"End"_s, double(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())}}}}));
    QCOMPARE(r.body.value(u"BudgetPerformanceHistory"_s).toObject().value(u"BudgetedAndActualAmountsList"_s).toArray().size(), 1);
    r = a.call(u"DescribeBudgetPerformanceHistory"_s, withAccount({{u"BudgetName"_s, u"none"_s}}));
    QCOMPARE(r.code(), u"NotFoundException"_s);
}

void TestBudgetsHandler::protocolErrors()
{
    Account a;
    Reply r = a.call(u"DescribeEverything"_s, withAccount({}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"UnknownOperationException"_s);
    r = a.call(u"DescribeBudgets"_s, {}, "{not json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"SerializationException"_s);
    r = a.call(u"DescribeBudgets"_s, {}, "[1,2]");
    QCOMPARE(r.code(), u"SerializationException"_s);
}

void TestBudgetsHandler::budgets_surviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Account a(dir.path());
        QVERIFY(a.loaded);
        const QJsonArray notifications{QJsonObject{{u"Notification"_s, notification("ACTUAL", 80)},
                                                   {u"Subscribers"_s, QJsonArray{email(u"finops@example.com"_s), sns()}}}};
        QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"kept"_s)},
                                                        {u"NotificationsWithSubscribers"_s, notifications},
                                                        {u"ResourceTags"_s, QJsonArray{QJsonObject{{u"Key"_s, u"owner"_s},
                                                                                                   {u"Value"_s, u"finops"_s}}}}}))
                     .status,
                 200);
        QCOMPARE(a.call(u"CreateBudget"_s, withAccount({{u"Budget"_s, costBudget(u"dropped"_s)}})).status, 200);
        QCOMPARE(a.call(u"DeleteBudget"_s, withAccount({{u"BudgetName"_s, u"dropped"_s}})).status, 200);
    }
    Account b(dir.path());
    QVERIFY(b.loaded);
    QCOMPARE(b.handler->budgetNames(), QStringList{u"kept"_s});
    Reply r = b.call(u"DescribeBudget"_s, withAccount({{u"BudgetName"_s, u"kept"_s}, {u"ShowFilterExpression"_s, true}}));
    QCOMPARE(r.body.value(u"Budget"_s).toObject().value(u"FilterExpression"_s).toObject(), dataFilter());
    QCOMPARE(amountOf(r.body.value(u"Budget"_s).toObject(), u"ActualSpend"_s), u"3.750000003"_s);
    r = b.call(u"DescribeSubscribersForNotification"_s,
               withAccount({{u"BudgetName"_s, u"kept"_s}, {u"Notification"_s, notification("ACTUAL", 80)}}));
    QCOMPARE(r.body.value(u"Subscribers"_s).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestBudgetsHandler)
#include "tst_budgetshandler.moc"
