// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoints.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString signingName(AwsService service)
{
    switch (service) {
    case AwsService::BedrockMantle:
        return u"bedrock-mantle"_s;
    case AwsService::CostExplorer:
        return u"ce"_s;
    case AwsService::Budgets:
        return u"budgets"_s;
    case AwsService::Iam:
        return u"iam"_s;
    case AwsService::Sts:
        return u"sts"_s;
    }
    return {};
}

namespace {

std::optional<QUrl> endpointUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return std::nullopt;
    return url;
}

} // namespace

EndpointConfig endpointConfigFromEnvironment(const QProcessEnvironment &environment, const QString &region)
{
    EndpointConfig config;
    if (!region.isEmpty())
        config.region = region;
    if (const std::optional<QUrl> url = endpointUrl(environment.value(u"AWS_ENDPOINT_URL"_s)))
        config.endpointUrl = *url;
    const std::pair<AwsService, QString> services[] = {{AwsService::CostExplorer, u"COST_EXPLORER"_s},
                                                       {AwsService::Budgets, u"BUDGETS"_s},
                                                       {AwsService::Iam, u"IAM"_s},
                                                       {AwsService::Sts, u"STS"_s},
                                                       {AwsService::BedrockMantle, u"BEDROCK_MANTLE"_s}};
    for (const auto &[service, id] : services) {
        if (const std::optional<QUrl> url = endpointUrl(environment.value(u"AWS_ENDPOINT_URL_"_s + id)))
            config.serviceUrls.insert(service, *url);
    }
    return config;
}

ServiceEndpoint resolveEndpoint(AwsService service, const EndpointConfig &config)
{
    const QString region = config.region.isEmpty() ? u"us-east-1"_s : config.region;
    ServiceEndpoint endpoint;
    endpoint.signingName = signingName(service);

    QString host;
    switch (service) {
    case AwsService::BedrockMantle:
        endpoint.region = region;
        host = u"bedrock-mantle.%1.api.aws"_s.arg(region);
        break;
    case AwsService::CostExplorer:
        endpoint.region = u"us-east-1"_s;
        host = u"ce.us-east-1.amazonaws.com"_s;
        break;
    case AwsService::Budgets:
        endpoint.region = u"us-east-1"_s;
        host = u"budgets.amazonaws.com"_s;
        break;
    case AwsService::Iam:
        endpoint.region = u"us-east-1"_s;
        host = u"iam.amazonaws.com"_s;
        break;
    case AwsService::Sts:
        endpoint.region = region;
        host = u"sts.%1.amazonaws.com"_s.arg(region);
        break;
    }

    if (const QUrl url = config.serviceUrls.value(service); url.isValid() && !url.isEmpty())
        endpoint.url = url;
    else if (config.endpointUrl.isValid() && !config.endpointUrl.isEmpty())
        endpoint.url = config.endpointUrl;
    else
        endpoint.url = QUrl(u"https://"_s + host);
    return endpoint;
}

} // namespace Spendscope
