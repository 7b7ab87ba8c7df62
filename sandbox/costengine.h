// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costfilter.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Spendscope::Sandbox {

class CostAllocationTags;
class Ledger;

// Answers Cost Explorer questions from the ledger, exactly: every amount is a sum of the ledger's
// nano-unit costs, so DAILY groups over a month add up to the MONTHLY total and to the ledger,
// to the last digit. Tag values count only on days their key was an active cost allocation tag;
// on other days the row is untagged for that key ("Key$").
//
// Dimensions: SERVICE ("Amazon Bedrock"), USAGE_TYPE, REGION, OPERATION, LINKED_ACCOUNT,
// RECORD_TYPE, PURCHASE_TYPE, LEGAL_ENTITY_NAME, INVOICING_ENTITY, BILLING_ENTITY, and the
// EC2-style AZ, INSTANCE_TYPE, PLATFORM, TENANCY with their "No…" values.
class CostEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Sandbox::CostEngine)
public:
    enum class Granularity {
        Daily,
        Monthly,
    };

    enum class Metric {
        AmortizedCost,
        BlendedCost,
        NetAmortizedCost,
        NetUnblendedCost,
        NormalizedUsageAmount,
        UnblendedCost,
        UsageQuantity,
    };

    struct GroupBy
    {
        bool isTag = false; // TAG, else DIMENSION
        QString key;
        friend bool operator==(const GroupBy &, const GroupBy &) = default;
    };

    struct Query
    {
        QDate start; // inclusive
        QDate end;   // exclusive
        Granularity granularity = Granularity::Monthly;
        QList<Metric> metrics;
        QList<GroupBy> groupBy; // at most two
        CostFilter filter;
    };

    // The sandbox's cost metrics are all equal (no discounts, credits or amortisation).
    struct Sums
    {
        Money cost;
        Money quantity; // in 1K tokens
        friend bool operator==(const Sums &, const Sums &) = default;
        Sums &operator+=(const Sums &other)
        {
            cost += other.cost;
            quantity += other.quantity;
            return *this;
        }
    };

    struct Group
    {
        QStringList keys; // TAG keys as "Team$payments", untagged "Team$"
        Sums sums;
    };

    struct Period
    {
        QDate start;
        QDate end;
        bool estimated = false; // touches the current month
        Sums total;
        QList<Group> groups; // sorted by keys; only groups with usage
    };

    struct ValueSums
    {
        QString value;
        Sums sums;
    };

    // A request Cost Explorer would refuse: the error code (ValidationException, ...) and message.
    struct Error
    {
        QString code;
        QString message;
    };

    CostEngine(const Ledger &ledger, const CostAllocationTags &tags, QString accountId, QString accountName);

    // Parses and validates a GetCostAndUsage request body (NextPageToken is ignored here).
    [[nodiscard]] static std::optional<Query> parseQuery(const QJsonObject &request, QDate today, Error *error);
    // Parses TimePeriod as Cost Explorer does ("2026-08-01", or with "T00:00:00Z").
    [[nodiscard]] static bool parsePeriod(const QJsonValue &timePeriod, QDate *start, QDate *end, Error *error);

    [[nodiscard]] std::vector<Period> evaluate(const Query &query, QDate today) const;

    // The total over [start, end) of rows matching `filter` (Budgets' CalculatedSpend).
    [[nodiscard]] Sums total(const CostFilter &filter, QDate start, QDate end) const;
    // One entry per day of [start, end) (forecasting).
    [[nodiscard]] std::vector<Sums> dailySeries(const CostFilter &filter, QDate start, QDate end) const;

    // Distinct values with usage in [start, end) matching `filter`, sorted by value.
    [[nodiscard]] QList<ValueSums> dimensionValues(const QString &dimension, QDate start, QDate end,
                                                   const CostFilter &filter) const;
    // Active cost allocation tag keys with tagged usage in the period.
    [[nodiscard]] QList<ValueSums> tagKeys(QDate start, QDate end, const CostFilter &filter) const;
    // Non-empty values of `key` on usage in the period (where the key was active).
    [[nodiscard]] QList<ValueSums> tagValues(const QString &key, QDate start, QDate end,
                                             const CostFilter &filter) const;
    // Every tag key on any usage, with the last day it was used (ListCostAllocationTags).
    [[nodiscard]] QList<QPair<QString, QDate>> tagKeysInUse() const;

    [[nodiscard]] static QString metricName(Metric metric);
    [[nodiscard]] static std::optional<Metric> metricFromName(QStringView name);
    [[nodiscard]] static QString unitOf(Metric metric);
    [[nodiscard]] static Money value(const Sums &sums, Metric metric);

    [[nodiscard]] const QString &accountId() const { return m_accountId; }
    [[nodiscard]] const QString &accountName() const { return m_accountName; }

private:
    class Compiled;
    friend class Compiled;

    const Ledger &m_ledger;
    const CostAllocationTags &m_tags;
    QString m_accountId;
    QString m_accountName;
};

} // namespace Spendscope::Sandbox
