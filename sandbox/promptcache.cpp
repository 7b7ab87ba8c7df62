// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptcache.h"

namespace Spendscope::Sandbox {

namespace {

// Beyond this many remembered prefixes, expired ones are swept before adding more.
constexpr qsizetype SweepThreshold = 100'000;

} // namespace

qint64 PromptCache::use(const QString &projectId, const QList<QByteArray> &prefixHashes,
                        const QList<qint64> &prefixTokens, const QDateTime &now)
{
    const QByteArray scope = projectId.toUtf8() + '/';
    const qint64 ttl = TimeToLive.count();
    qint64 cached = 0;
    for (qsizetype i = prefixHashes.size() - 1; i >= 0; --i) {
        const auto it = m_lastUse.constFind(scope + prefixHashes.at(i));
        if (it != m_lastUse.cend() && it.value().secsTo(now) <= ttl && it.value().secsTo(now) >= 0) {
            cached = prefixTokens.value(i);
            break;
        }
    }
    if (m_lastUse.size() > SweepThreshold)
        dropExpired(now);
    for (const QByteArray &hash : prefixHashes)
        m_lastUse.insert(scope + hash, now);
    return cached;
}

void PromptCache::dropExpired(const QDateTime &now)
{
    const qint64 ttl = TimeToLive.count();
    for (auto it = m_lastUse.begin(); it != m_lastUse.end();) {
        if (it.value().secsTo(now) > ttl)
            it = m_lastUse.erase(it);
        else
            ++it;
    }
}

} // namespace Spendscope::Sandbox
