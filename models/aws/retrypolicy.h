// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awserror.h"

#include <chrono>
#include <functional>

namespace Spendscope {

// The AWS SDK "standard" retry mode (botocore retries/standard.py): a bounded number of attempts,
// full-jitter exponential backoff capped at 20 s, retries only for throttling and transient errors,
// and a shared retry quota so that a failing service is not hammered by every caller at once.
class RetryPolicy final
{
public:
    struct Settings
    {
        int maxAttempts = 3;                           // first attempt included
        std::chrono::milliseconds baseDelay{1000};     // 2^attempt times this, before jitter
        std::chrono::milliseconds maxBackoff{20000};
        int initialQuota = 500;
        int retryCost = 5;
        int timeoutRetryCost = 10;
        int successRefund = 1;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings);

    [[nodiscard]] const Settings &settings() const { return m_settings; }
    // Random source in [0, 1); tests make the jitter deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    // Decides whether attempt `attempt` (1-based) that ended in `error` is tried again, and takes
    // the retry's cost from the quota when it is.
    [[nodiscard]] bool acquireRetry(const AwsError &error, int attempt);
    // Records a successful attempt; refunds the quota as the SDK does.
    void recordSuccess(bool wasRetried);
    [[nodiscard]] std::chrono::milliseconds delayBeforeRetry(int attempt) const;
    [[nodiscard]] int availableQuota() const { return m_quota; }

private:
    Settings m_settings;
    int m_quota;
    std::function<double()> m_random;
};

} // namespace Spendscope
