// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/apicall.h"
#include "aws/endpoints.h"

#include <QCoreApplication>

namespace Spendscope {

// Who the current credentials belong to (sts:GetCallerIdentity).
struct StsCallerIdentity
{
    QString account; // 12-digit account id
    QString arn;     // e.g. arn:aws:iam::123456789012:user/alice or an assumed-role ARN
    QString userId;  // unique id of the principal (AIDA..., or AROA...:session)
};

// AWS STS over the Query protocol. GetCallerIdentity needs no permission, so it is how a profile is
// checked and how the account id is learnt for building ARNs.
class StsClient final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::StsClient)
public:
    static constexpr QStringView ApiVersion = u"2011-06-15";

    explicit StsClient(AwsTransport *transport, const EndpointConfig &config = EndpointConfig());

    [[nodiscard]] AwsTransport *transport() const { return m_transport; }
    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }

    [[nodiscard]] ApiJob<StsCallerIdentity> *getCallerIdentity() const;

private:
    AwsTransport *m_transport;
    ServiceEndpoint m_endpoint;
};

} // namespace Spendscope
