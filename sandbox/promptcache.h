// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace Spendscope::Sandbox {

// Prompt caching as the sandbox bills it: a prompt whose leading messages were sent to the same
// model in the same project within the last five minutes reads those messages' tokens from the
// cache (billed as cache-read tokens, for models that have that SKU). The cache lives in memory,
// like the real one, and does not survive a restart.
class PromptCache final
{
public:
    static constexpr std::chrono::seconds TimeToLive{300};

    // Returns the tokens of the longest cached prefix of the prompt and remembers every prefix
    // of it as used at `now`. `prefixHashes` and `prefixTokens` are DeterministicModel's.
    qint64 use(const QString &projectId, const QList<QByteArray> &prefixHashes, const QList<qint64> &prefixTokens,
               const QDateTime &now);

    [[nodiscard]] qsizetype size() const { return m_lastUse.size(); }
    void clear() { m_lastUse.clear(); }

private:
    void dropExpired(const QDateTime &now);

    QHash<QByteArray, QDateTime> m_lastUse; // project id + prefix hash → last use
};

} // namespace Spendscope::Sandbox
