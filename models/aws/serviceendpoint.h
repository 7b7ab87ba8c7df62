// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Spendscope {

// Where one AWS service is reached and how requests to it are signed.
struct ServiceEndpoint
{
    QUrl url;            // scheme, host and port; e.g. https://ce.us-east-1.amazonaws.com
    QString region;      // signing region
    QString signingName; // SigV4 service name, e.g. "ce", "bedrock-mantle"

    [[nodiscard]] bool isValid() const { return url.isValid() && !url.host().isEmpty() && !signingName.isEmpty(); }
    // The Host header value: host, plus the port when it is not the scheme's default.
    [[nodiscard]] QByteArray hostHeader() const
    {
        const int port = url.port(-1);
        const bool defaultPort = port == -1 || (url.scheme() == u"https" && port == 443) || (url.scheme() == u"http" && port == 80);
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        return defaultPort ? host : host + ':' + QByteArray::number(port);
    }
};

} // namespace Spendscope
