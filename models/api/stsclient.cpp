// SPDX-License-Identifier: GPL-3.0-or-later
#include "stsclient.h"

#include "queryprotocol.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

StsClient::StsClient(AwsTransport *transport, const EndpointConfig &config)
    : m_transport(transport)
    , m_endpoint(resolveEndpoint(AwsService::Sts, config))
{
    Q_ASSERT(transport);
}

ApiJob<StsCallerIdentity> *StsClient::getCallerIdentity() const
{
    const QString action = u"GetCallerIdentity"_s;
    auto step = [action](const HttpResponse &response, StsCallerIdentity &out) -> StepOutcome {
        XmlElement result;
        if (AwsError error = QueryProtocol::parseResponse(response, action, result))
            return StepOutcome::fail(error);
        out.account = result.childText(u"Account").trimmed();
        out.arn = result.childText(u"Arn").trimmed();
        out.userId = result.childText(u"UserId").trimmed();
        // The account id is what callers build ARNs from; an answer without a plausible one is
        // useless and must not be mistaken for success.
        bool digits = out.account.size() == 12;
        for (const QChar c : std::as_const(out.account))
            digits = digits && c.isDigit();
        if (!digits) {
            return StepOutcome::fail(AwsError::malformed(
                tr("GetCallerIdentity returned \"%1\" instead of a 12-digit account id.").arg(out.account.left(40))));
        }
        if (out.arn.isEmpty())
            return StepOutcome::fail(AwsError::malformed(tr("GetCallerIdentity returned no ARN.")));
        return StepOutcome::done();
    };
    return new ApiJob<StsCallerIdentity>(
        m_transport, QueryProtocol::serviceRequest(m_endpoint, action, ApiVersion.toString(), {}), std::move(step));
}

} // namespace Spendscope
