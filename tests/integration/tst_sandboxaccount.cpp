// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxAccount: keys derived from the seed, the export lines, and what survives a restart on
// the same data directory (projects, live usage, cost allocation tag status, budgets, IAM).
#include "costallocationtags.h"
#include "mantlehandler.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include "aws/sigv4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

SandboxAccount::Options options(const QString &dataDirectory, quint64 seed = 21)
{
    SandboxAccount::Options o;
    o.dataDirectory = dataDirectory;
    o.seed = seed;
    o.scale = Organisation::Scale::Small;
    o.today = QDate(2026, 11, 20);
    return o;
}

// A request signed with the account's keys and answered in-process.
HttpResponse call(SandboxAccount &account, const QString &service, const QByteArray &target, const QByteArray &body)
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/";
    r.body = body;
    r.setHeader("host", account.endpointUrl().authority().toUtf8());
    if (target.isEmpty()) {
        r.setHeader("content-type", "application/x-www-form-urlencoded; charset=utf-8");
    } else {
        r.setHeader("content-type", "application/x-amz-json-1.1");
        r.setHeader("x-amz-target", target);
    }
    SigV4::SigningParams params;
    params.accessKeyId = account.connection().accessKeyId;
    params.secretAccessKey = account.connection().secretAccessKey;
    params.region = u"us-east-1"_s;
    params.service = service;
    params.time = QDateTime::currentDateTimeUtc();
    SigV4::signRequest(r, params);
    return account.server()->respond(r);
}

HttpResponse mantle(SandboxAccount &account, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                    const QByteArray &project = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.setHeader("host", account.endpointUrl().authority().toUtf8());
    r.setHeader("authorization", "Bearer " + account.connection().apiKey.toUtf8());
    if (!body.isEmpty())
        r.setHeader("content-type", "application/json");
    if (!project.isEmpty())
        r.setHeader("openai-project", project);
    return account.server()->respond(r);
}

QJsonObject bodyOf(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestSandboxAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentials_derivedFromSeed();
    void shellExports_pointAtTheAccount();
    void start_inMemory_leavesNoFiles();
    void restart_keepsLiveStateOfEveryService();
    void start_failure_releasesTheDataDirectory();
};

void TestSandboxAccount::credentials_derivedFromSeed()
{
    const auto a = SandboxAccount::credentialsForSeed(1, u"111122223333"_s);
    const auto b = SandboxAccount::credentialsForSeed(1, u"111122223333"_s);
    const auto c = SandboxAccount::credentialsForSeed(2, u"111122223333"_s);
    QCOMPARE(a.accessKeyId, b.accessKeyId);
    QCOMPARE(a.secretAccessKey, b.secretAccessKey);
    QCOMPARE(a.apiKey, b.apiKey);
    QVERIFY(a.accessKeyId != c.accessKeyId);
    QVERIFY(a.secretAccessKey != c.secretAccessKey);
    QVERIFY(a.apiKey != c.apiKey);
    QVERIFY2(QRegularExpression(u"^AKIA[A-Z2-7]{16}$"_s).match(a.accessKeyId).hasMatch(), qPrintable(a.accessKeyId));
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/]{40}$"_s).match(a.secretAccessKey).hasMatch());
    QVERIFY(a.apiKey.startsWith(u"ABSK"_s));
    // The API key decodes to the long-term key shape, naming the account.
    const QByteArray decoded = QByteArray::fromBase64(a.apiKey.mid(4).toLatin1());
    QVERIFY2(decoded.startsWith("BedrockAPIKey-") && decoded.contains("-at-111122223333:"), decoded.constData());
}

void TestSandboxAccount::shellExports_pointAtTheAccount()
{
    SandboxAccount account(options({}));
    QString error;
    QVERIFY2(account.start(&error), qPrintable(error));
    const QStringList lines = account.shellExports();
    const SandboxAccount::Connection &c = account.connection();
    QVERIFY(lines.contains(u"export AWS_ENDPOINT_URL=%1"_s.arg(account.endpointUrl().toString())));
    QVERIFY(lines.contains(u"export AWS_ACCESS_KEY_ID=%1"_s.arg(c.accessKeyId)));
    QVERIFY(lines.contains(u"export AWS_SECRET_ACCESS_KEY=%1"_s.arg(c.secretAccessKey)));
    QVERIFY(lines.contains(u"export AWS_REGION=us-east-1"_s));
    QVERIFY(lines.contains(u"export AWS_BEARER_TOKEN_BEDROCK=%1"_s.arg(c.apiKey)));
    QCOMPARE(c.accountId, account.organisation().accountId);
    QCOMPARE(account.endpointUrl().host(), u"127.0.0.1"_s);
    QVERIFY(account.endpointUrl().port() > 0);

    // STS answers with the account and its user.
    const HttpResponse sts = call(account, u"sts"_s, {}, "Action=GetCallerIdentity&Version=2011-06-15");
    QCOMPARE(sts.status, 200);
    QVERIFY(sts.body.contains(QByteArray("<Account>" + c.accountId.toUtf8() + "</Account>")));
}

void TestSandboxAccount::start_inMemory_leavesNoFiles()
{
    SandboxAccount account(options({}));
    QVERIFY(account.start());
    QVERIFY(!account.store()->isPersistent());
    QVERIFY(account.ledger().rowCount() > 0);
    QVERIFY(account.mantle()->projects().size() >= 2);
}

void TestSandboxAccount::restart_keepsLiveStateOfEveryService()
{
    QTemporaryDir dir;
    QString projectId;
    QByteArray fingerprint;
    Money total;
    const QString newKey = u"SandboxTestKey"_s;
    {
        SandboxAccount account(options(dir.path()));
        QString error;
        QVERIFY2(account.start(&error), qPrintable(error));
        QVERIFY(account.store()->isPersistent());
        const QByteArray generated = account.ledger().fingerprint();

        // A project with a tag key the organisation never used, and inference billed to it.
        HttpResponse r = mantle(account, "POST", "/v1/organization/projects",
                                "{\"name\":\"restart\",\"tags\":{\"" + newKey.toUtf8() + "\":\"x\"}}");
        QCOMPARE(r.status, 200);
        projectId = bodyOf(r).value(u"id"_s).toString();
        r = mantle(account, "POST", "/v1/chat/completions",
                   "{\"model\":\"openai.gpt-oss-120b\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}",
                   projectId.toUtf8());
        QCOMPARE(r.status, 200);
        QVERIFY(account.ledger().fingerprint() != generated);
        // The key seen on usage is now a cost allocation tag, inactive until activated.
        QVERIFY(account.organisation().costAllocationTags.contains(newKey));
        QVERIFY(!account.organisation().costAllocationTags.find(newKey)->isActive());

        // Cost Explorer: activate it.
        r = call(account, u"ce"_s, "AWSInsightsIndexService.UpdateCostAllocationTagsStatus",
                 "{\"CostAllocationTagsStatus\":[{\"TagKey\":\"" + newKey.toUtf8() + "\",\"Status\":\"Active\"}]}");
        QCOMPARE(r.status, 200);
        QVERIFY(account.organisation().costAllocationTags.find(newKey)->isActive());

        // Budgets and IAM keep their own state in the same store.
        r = call(account, u"budgets"_s, "AWSBudgetServiceGateway.CreateBudget",
                 "{\"AccountId\":\"" + account.connection().accountId.toUtf8()
                     + "\",\"Budget\":{\"BudgetName\":\"restart-budget\",\"BudgetLimit\":{\"Amount\":\"100\",\"Unit\":"
                       "\"USD\"},\"TimeUnit\":\"MONTHLY\",\"BudgetType\":\"COST\"}}");
        QVERIFY2(r.status == 200, r.body.constData());
        r = call(account, u"iam"_s, {},
                 "Action=CreatePolicy&Version=2010-05-08&PolicyName=restart-policy&PolicyDocument="
                     + QUrl::toPercentEncoding(
                         u"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                         "\"bedrock-mantle:GetProject\",\"Resource\":\"*\"}]}"_s));
        QVERIFY2(r.status == 200, r.body.constData());

        fingerprint = account.ledger().fingerprint();
        total = account.ledger().totalCost();
    }

    SandboxAccount account(options(dir.path()));
    QString error;
    QVERIFY2(account.start(&error), qPrintable(error));
    QVERIFY(!account.store()->isNew());
    // Mantle: the project and the usage billed to it (replayed over the regenerated history).
    const HttpResponse project = mantle(account, "GET", "/v1/organization/projects/" + projectId.toUtf8(), {});
    QCOMPARE(project.status, 200);
    QCOMPARE(bodyOf(project).value(u"tags"_s).toObject().value(newKey).toString(), u"x"_s);
    QCOMPARE(account.ledger().fingerprint(), fingerprint);
    QCOMPARE(account.ledger().totalCost(), total);
    // Cost Explorer: the activation.
    QVERIFY(account.organisation().costAllocationTags.contains(newKey));
    QVERIFY(account.organisation().costAllocationTags.find(newKey)->isActive());
    // Budgets and IAM.
    HttpResponse r = call(account, u"budgets"_s, "AWSBudgetServiceGateway.DescribeBudget",
                          "{\"AccountId\":\"" + account.connection().accountId.toUtf8()
                              + "\",\"BudgetName\":\"restart-budget\"}");
    QVERIFY2(r.status == 200, r.body.constData());
    r = call(account, u"iam"_s, {}, "Action=ListPolicies&Version=2010-05-08&Scope=Local");
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("restart-policy"), r.body.constData());
}

void TestSandboxAccount::start_failure_releasesTheDataDirectory()
{
    QTemporaryDir dir;
    {
        SandboxAccount first(options(dir.path(), 1));
        QVERIFY(first.start());
    }
    SandboxAccount mismatched(options(dir.path(), 2));
    QString error;
    QVERIFY(!mismatched.start(&error));
    QVERIFY2(error.contains(u"--seed 1"_s), qPrintable(error));
    QVERIFY(!mismatched.isRunning());
    QVERIFY(!mismatched.store());
    // While the failed account object still exists, another can use the directory.
    SandboxAccount same(options(dir.path(), 1));
    QVERIFY2(same.start(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandboxaccount.moc"
