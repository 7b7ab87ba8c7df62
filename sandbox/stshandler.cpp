// SPDX-License-Identifier: GPL-3.0-or-later
#include "stshandler.h"

#include "wireresponses.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

StsHandler::StsHandler(QString accountId, QString userName)
    : m_accountId(std::move(accountId))
    , m_userName(std::move(userName))
{
}

HttpResponse StsHandler::handle(const SandboxRequest &request)
{
    // Query parameters may come in the form body (POST) or the query string (GET).
    const QUrlQuery params(QString::fromUtf8(request.http.method == "GET" ? request.http.query : request.http.body));
    const QString action = params.queryItemValue(u"Action"_s, QUrl::FullyDecoded);
    if (action != u"GetCallerIdentity") {
        return Wire::queryError(400, u"InvalidAction"_s,
                                u"Could not find operation %1 for version 2011-06-15"_s.arg(action), request.requestId);
    }
    const QString arn = u"arn:aws:iam::%1:user/%2"_s.arg(m_accountId, m_userName);
    const QByteArray result = "\n    <Arn>" + Wire::xmlEscape(arn) + "</Arn>\n    <UserId>AIDASANDBOX"
        + Wire::xmlEscape(m_accountId) + "</UserId>\n    <Account>" + Wire::xmlEscape(m_accountId) + "</Account>\n  ";
    return Wire::queryResult(action, u"https://sts.amazonaws.com/doc/2011-06-15/"_s, result, request.requestId);
}

} // namespace Spendscope::Sandbox
