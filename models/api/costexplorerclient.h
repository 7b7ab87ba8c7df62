// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexplorertypes.h"
#include "api/json11.h"
#include "aws/apicall.h"
#include "aws/endpoints.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Spendscope {

class AwsTransport;

// The AWS Cost Explorer API (JSON 1.1, target prefix AWSInsightsIndexService, signed as "ce" in
// us-east-1). Every request is billed (USD 0.01, each page and each retry alike), so reads fetch
// all pages within one job and ApiCall::pageCount()/attemptCount() tell what a job cost.
// Requests are validated before anything is sent; invalid ones finish with an InvalidInput error.
// The returned jobs are not started; see Job.
class CostExplorerClient final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostExplorerClient)
public:
    static constexpr QStringView TargetPrefix = u"AWSInsightsIndexService";
    // UpdateCostAllocationTagsStatus takes at most this many keys per call (service model).
    static constexpr int MaxTagStatusBatch = 20;

    explicit CostExplorerClient(AwsTransport *transport, const EndpointConfig &config = EndpointConfig());

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }

    // All pages, merged by period.
    [[nodiscard]] ApiJob<GetCostAndUsageResult> *getCostAndUsage(const GetCostAndUsageRequest &request) const;
    [[nodiscard]] ApiJob<GetCostForecastResult> *getCostForecast(const GetCostForecastRequest &request) const;
    [[nodiscard]] ApiJob<GetTagsResult> *getTags(const GetTagsRequest &request) const;
    [[nodiscard]] ApiJob<GetDimensionValuesResult> *getDimensionValues(const GetDimensionValuesRequest &request) const;
    [[nodiscard]] ApiJob<ListCostAllocationTagsResult> *
    listCostAllocationTags(const ListCostAllocationTagsRequest &request = ListCostAllocationTagsRequest()) const;
    // More than MaxTagStatusBatch entries are sent in consecutive calls of the one job; a failing
    // call ends the job (earlier batches stay applied). Keys the service refused are in the result.
    [[nodiscard]] ApiJob<UpdateCostAllocationTagsStatusResult> *
    updateCostAllocationTagsStatus(const QList<CostAllocationTagStatusEntry> &entries) const;

    // Client-side checks; an InvalidInput error with a translated message, or no error.
    [[nodiscard]] static AwsError validate(const GetCostAndUsageRequest &request);
    [[nodiscard]] static AwsError validate(const GetCostForecastRequest &request);
    [[nodiscard]] static AwsError validate(const GetTagsRequest &request);
    [[nodiscard]] static AwsError validate(const GetDimensionValuesRequest &request);
    [[nodiscard]] static AwsError validate(const ListCostAllocationTagsRequest &request);
    [[nodiscard]] static AwsError validate(const QList<CostAllocationTagStatusEntry> &entries);

    // The request bodies as sent (first page).
    [[nodiscard]] static QJsonObject toJson(const GetCostAndUsageRequest &request);
    [[nodiscard]] static QJsonObject toJson(const GetCostForecastRequest &request);
    [[nodiscard]] static QJsonObject toJson(const GetTagsRequest &request);
    [[nodiscard]] static QJsonObject toJson(const GetDimensionValuesRequest &request);
    [[nodiscard]] static QJsonObject toJson(const ListCostAllocationTagsRequest &request);

    // Wire names of the enums.
    [[nodiscard]] static QString granularityName(Granularity granularity);
    [[nodiscard]] static QString groupTypeName(GroupType type);
    [[nodiscard]] static QString forecastMetricName(ForecastMetric metric);
    [[nodiscard]] static const QStringList &costAndUsageMetricNames();

private:
    [[nodiscard]] ServiceRequest serviceRequest(const QString &operation, const QJsonObject &body) const;

    AwsTransport *m_transport;
    ServiceEndpoint m_endpoint;
};

} // namespace Spendscope
