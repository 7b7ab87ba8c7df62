// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "servicehandler.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

namespace Spendscope::Sandbox {

class CostAllocationTags;
class Ledger;

// Cost Explorer (JSON 1.1, target prefix AWSInsightsIndexService): GetCostAndUsage,
// GetCostForecast, GetTags, GetDimensionValues, ListCostAllocationTags and
// UpdateCostAllocationTagsStatus over the sandbox's ledger, with Cost Explorer's validation
// errors and stable page tokens that refuse a changed request (RequestChangedException).
class CostExplorerHandler final : public ServiceHandler
{
public:
    // Group entries per GetCostAndUsage page, so that large answers paginate as on AWS.
    static constexpr int DefaultPageSize = 2000;

    CostExplorerHandler(const Ledger &ledger, CostAllocationTags &tags, QString accountId, QString accountName);

    [[nodiscard]] QString service() const override { return QStringLiteral("ce"); }
    [[nodiscard]] WireProtocol protocol() const override { return WireProtocol::Json11; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override;

    void setPageSize(int groupsPerPage) { m_pageSize = qMax(1, groupsPerPage); }
    [[nodiscard]] const CostEngine &engine() const { return m_engine; }

private:
    HttpResponse getCostAndUsage(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse getCostForecast(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse getTags(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse getDimensionValues(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse listCostAllocationTags(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse updateCostAllocationTagsStatus(const QJsonObject &body, const SandboxRequest &request);
    // Adds tag keys that usage carries to the cost allocation tags (new keys start inactive).
    void learnTagKeys();

    const Ledger &m_ledger;
    CostAllocationTags &m_tags;
    CostEngine m_engine;
    int m_pageSize = DefaultPageSize;

    // The last GetCostAndUsage answer, so that paging through it does not re-scan the ledger.
    struct Cached
    {
        QByteArray requestHash;
        quint64 ledgerVersion = 0;
        quint64 tagsVersion = 0;
        QDate today;
        std::vector<CostEngine::Period> periods;
    };
    Cached m_cache;
    quint64 m_learnedVersion = ~quint64(0);
    QHash<QString, QDate> m_lastUsed;
};

} // namespace Spendscope::Sandbox
