// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Spendscope {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{})
{
}

RetryPolicy::RetryPolicy(Settings settings)
    : m_settings(settings)
    , m_quota(settings.initialQuota)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

bool RetryPolicy::acquireRetry(const AwsError &error, int attempt)
{
    if (attempt >= m_settings.maxAttempts || !error.isRetryable())
        return false;
    const int cost = error.kind() == AwsError::Kind::Timeout ? m_settings.timeoutRetryCost : m_settings.retryCost;
    if (m_quota < cost)
        return false;
    m_quota -= cost;
    return true;
}

void RetryPolicy::recordSuccess(bool wasRetried)
{
    const int refund = wasRetried ? m_settings.retryCost : m_settings.successRefund;
    m_quota = std::min(m_settings.initialQuota, m_quota + refund);
}

std::chrono::milliseconds RetryPolicy::delayBeforeRetry(int attempt) const
{
    const double cap = static_cast<double>(m_settings.maxBackoff.count());
    const double exponential = std::ldexp(static_cast<double>(m_settings.baseDelay.count()), std::max(attempt, 0));
    const double jitter = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(std::llround(jitter * std::min(cap, exponential)));
}

} // namespace Spendscope
