// SPDX-License-Identifier: GPL-3.0-or-later
// The production clients against a sandbox account that throttles 30 % and fails 10 % of all
// requests with a 5xx: with enough attempts every call completes, and completes correctly —
// the answers equal those of a fault-free account generated from the same seed.
#include "api/costexplorerclient.h"
#include "api/iamclient.h"
#include "api/mantleprojectsclient.h"
#include "api/stsclient.h"
#include "aws/awstransport.h"
#include "jobrunner.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::FaultInjector;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

const QDate Today(2026, 11, 20);
const QDateTime Now(Today, QTime(15, 30), Qt::UTC);

// One account and the clients pointed at it.
struct Connected
{
    explicit Connected(const QString &faults)
    {
        SandboxAccount::Options options;
        options.seed = 7;
        options.scale = Organisation::Scale::Small;
        options.today = Today;
        options.clock = [] { return Now; };
        options.faults = *FaultInjector::parse(faults);
        options.faults.setSeed(20261127);
        account = std::make_unique<SandboxAccount>(options);
        QString error;
        started = account->start(&error);
        if (!started)
            qWarning("%s", qPrintable(error));

        transport = std::make_unique<AwsTransport>(&network);
        AwsCredentials credentials;
        credentials.accessKeyId = account->connection().accessKeyId;
        credentials.secretAccessKey = account->connection().secretAccessKey;
        transport->setCredentials(credentials);
        transport->setClock([] { return Now; });
        // A flaky backend calls for more attempts than the SDK's three; the delays stay tiny here.
        RetryPolicy::Settings settings;
        settings.maxAttempts = 12;
        settings.baseDelay = std::chrono::milliseconds(1);
        settings.initialQuota = 100000;
        transport->setRetryPolicy(RetryPolicy(settings));

        EndpointConfig config;
        config.endpointUrl = account->endpointUrl();
        sts = std::make_unique<StsClient>(transport.get(), config);
        ce = std::make_unique<CostExplorerClient>(transport.get(), config);
        iam = std::make_unique<IamClient>(transport.get(), config);
        mantle = std::make_unique<MantleProjectsClient>(transport.get(), config);
    }

    QNetworkAccessManager network;
    std::unique_ptr<SandboxAccount> account;
    bool started = false;
    std::unique_ptr<AwsTransport> transport;
    std::unique_ptr<StsClient> sts;
    std::unique_ptr<CostExplorerClient> ce;
    std::unique_ptr<IamClient> iam;
    std::unique_ptr<MantleProjectsClient> mantle;
};

// Daily for a year by project and usage type: several pages of 2000 groups.
GetCostAndUsageRequest dailyByProjectAndUsageType()
{
    GetCostAndUsageRequest request;
    request.timePeriod = DateInterval::fromDates(QDate(2025, 11, 1), QDate(2026, 11, 1));
    request.granularity = Granularity::Daily;
    request.metrics = {u"UnblendedCost"_s, u"UsageQuantity"_s};
    request.groupBy = {{GroupType::Tag, u"Project"_s}, {GroupType::Dimension, u"USAGE_TYPE"_s}};
    return request;
}

} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyClient_completesCorrectlyThroughFaults();
};

void TestSandboxFaults::everyClient_completesCorrectlyThroughFaults()
{
    Connected clean{QString()};
    Connected faulty(u"throttle=0.3,error5xx=0.1"_s);
    QVERIFY(clean.started && faulty.started);

    // STS, many times: each call sees faults with probability 0.4.
    for (int i = 0; i < 25; ++i) {
        SPENDSCOPE_RUN_OK(identity, faulty.sts->getCallerIdentity());
        QCOMPARE(identity->result().account, faulty.account->connection().accountId);
    }

    // Cost Explorer: a multi-page answer whose every page may fail; totals exact.
    SPENDSCOPE_RUN_OK(expected, clean.ce->getCostAndUsage(dailyByProjectAndUsageType()));
    for (int i = 0; i < 3; ++i) {
        SPENDSCOPE_RUN_OK(actual, faulty.ce->getCostAndUsage(dailyByProjectAndUsageType()));
        QCOMPARE(actual->result().sum(u"UnblendedCost"_s), expected->result().sum(u"UnblendedCost"_s));
        QCOMPARE(actual->result().sum(u"UsageQuantity"_s), expected->result().sum(u"UsageQuantity"_s));
        QCOMPARE(actual->result().resultsByTime.size(), expected->result().resultsByTime.size());
    }
    QVERIFY(!expected->result().sum(u"UnblendedCost"_s).isZero());
    QVERIFY2(expected->pageCount() > 1, "the query should span several pages");

    // Mantle: list, and a write that must happen exactly once even when answers are lost.
    SPENDSCOPE_RUN_OK(cleanProjects, clean.mantle->listProjects());
    SPENDSCOPE_RUN_OK(projects, faulty.mantle->listProjects());
    QCOMPARE(projects->result().size(), cleanProjects->result().size());
    SPENDSCOPE_RUN_OK(created, faulty.mantle->createProject(u"fault-tolerant"_s));
    SPENDSCOPE_RUN_OK(after, faulty.mantle->listProjects());
    int named = 0;
    for (const Project &p : after->result())
        named += p.name() == u"fault-tolerant" ? 1 : 0;
    QCOMPARE(named, 1); // a throttled or failed attempt is not applied
    QCOMPARE(after->result().size(), cleanProjects->result().size() + 1);

    // IAM: the seeded and AWS managed policies.
    SPENDSCOPE_RUN_OK(cleanPolicies, clean.iam->listPolicies());
    SPENDSCOPE_RUN_OK(policies, faulty.iam->listPolicies());
    QCOMPARE(policies->result().size(), cleanPolicies->result().size());

    // The faults really happened: many more requests than calls reached the faulty account.
    const int sent = faulty.transport->totalRequestCount();
    const int succeeded = clean.transport->totalRequestCount() + 25 + 2 * 2 + 1;
    qInfo("faulty account: %d requests sent; fault-free account: %d", sent, clean.transport->totalRequestCount());
    QVERIFY2(sent > succeeded, qPrintable(u"%1 requests for %2 calls"_s.arg(sent).arg(succeeded)));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
