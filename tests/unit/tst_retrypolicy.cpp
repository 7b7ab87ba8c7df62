// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acquireRetry_standardMode_threeAttempts();
    void acquireRetry_nonRetryableError_noRetry();
    void delay_fullJitterExponentialCappedAt20s();
    void quota_drainsAndRefunds();
};

static AwsError throttle()
{
    return AwsError(AwsError::Kind::Throttling, u"ThrottlingException"_s, {}, 400);
}

void TestRetryPolicy::acquireRetry_standardMode_threeAttempts()
{
    RetryPolicy policy;
    QCOMPARE(policy.settings().maxAttempts, 3);
    QVERIFY(policy.acquireRetry(throttle(), 1));
    QVERIFY(policy.acquireRetry(throttle(), 2));
    QVERIFY(!policy.acquireRetry(throttle(), 3));
}

void TestRetryPolicy::acquireRetry_nonRetryableError_noRetry()
{
    RetryPolicy policy;
    QVERIFY(!policy.acquireRetry(AwsError(AwsError::Kind::Validation, u"ValidationException"_s, {}, 400), 1));
    QVERIFY(!policy.acquireRetry(AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, {}), 1));
    QCOMPARE(policy.availableQuota(), 500);
}

void TestRetryPolicy::delay_fullJitterExponentialCappedAt20s()
{
    RetryPolicy policy;
    policy.setRandomSource([] { return 1.0; });
    QCOMPARE(policy.delayBeforeRetry(1), 2000ms);
    QCOMPARE(policy.delayBeforeRetry(2), 4000ms);
    QCOMPARE(policy.delayBeforeRetry(4), 16000ms);
    QCOMPARE(policy.delayBeforeRetry(5), 20000ms);
    QCOMPARE(policy.delayBeforeRetry(30), 20000ms);
    policy.setRandomSource([] { return 0.25; });
    QCOMPARE(policy.delayBeforeRetry(2), 1000ms);
    policy.setRandomSource([] { return 0.0; });
    QCOMPARE(policy.delayBeforeRetry(3), 0ms);
}

void TestRetryPolicy::quota_drainsAndRefunds()
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = 1000;
    settings.initialQuota = 20;
    RetryPolicy policy(settings);
    QVERIFY(policy.acquireRetry(throttle(), 1)); // 15
    QVERIFY(policy.acquireRetry(AwsError(AwsError::Kind::Timeout, u"RequestTimeout"_s, {}), 1)); // 5
    QVERIFY(policy.acquireRetry(throttle(), 1)); // 0
    QVERIFY(!policy.acquireRetry(throttle(), 1));
    QCOMPARE(policy.availableQuota(), 0);
    policy.recordSuccess(true);
    QCOMPARE(policy.availableQuota(), 5);
    policy.recordSuccess(false);
    QCOMPARE(policy.availableQuota(), 6);
    for (int i = 0; i < 100; ++i)
        policy.recordSuccess(true);
    QCOMPARE(policy.availableQuota(), 20);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
