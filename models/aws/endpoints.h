// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceendpoint.h"

#include <QHash>
#include <QProcessEnvironment>

namespace Spendscope {

enum class AwsService {
    BedrockMantle,
    CostExplorer,
    Budgets,
    Iam,
    Sts,
};

// Which endpoints a profile talks to: the region, and optional overrides as the AWS CLI's
// AWS_ENDPOINT_URL (all services) and AWS_ENDPOINT_URL_<SERVICE> (one service) set them.
struct EndpointConfig
{
    QString region = QStringLiteral("us-east-1");
    QUrl endpointUrl;
    QHash<AwsService, QUrl> serviceUrls;
};

// The overrides the AWS SDKs read from the environment: AWS_ENDPOINT_URL for every service and
// AWS_ENDPOINT_URL_<SERVICE ID> (COST_EXPLORER, BUDGETS, IAM, STS, BEDROCK_MANTLE) for one. Values
// that are not absolute http(s) URLs are ignored, as the SDKs ignore them.
[[nodiscard]] EndpointConfig endpointConfigFromEnvironment(const QProcessEnvironment &environment,
                                                           const QString &region);

// The URL, signing region and signing name of a service. Cost Explorer, Budgets and IAM are
// global services signed for us-east-1 (the partition's global region), also behind an override.
[[nodiscard]] ServiceEndpoint resolveEndpoint(AwsService service, const EndpointConfig &config);
[[nodiscard]] QString signingName(AwsService service);

} // namespace Spendscope
