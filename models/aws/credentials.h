// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Spendscope {

// Resolved credentials for one request. Never logged, never written to settings or the cache.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;   // empty for long-term keys
    QDateTime expiration;   // invalid when the credentials do not expire
    QString bearerToken;    // Bedrock API key; used instead of SigV4 on bedrock-mantle routes
    QString source;         // where they came from, for the UI ("environment", "profile dev", ...)

    [[nodiscard]] bool hasKeys() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    [[nodiscard]] bool hasBearer() const { return !bearerToken.isEmpty(); }
    [[nodiscard]] bool isExpired(const QDateTime &now) const { return expiration.isValid() && now >= expiration; }
};

} // namespace Spendscope
