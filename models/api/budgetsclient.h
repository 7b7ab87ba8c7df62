// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetstypes.h"
#include "api/json11.h"
#include "aws/apicall.h"
#include "aws/endpoints.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Spendscope {

class AwsTransport;

// The AWS Budgets API (JSON 1.1, target prefix AWSBudgetServiceGateway, signed as "budgets" in
// us-east-1). Every request names the account that owns the budgets; callers pass it, e.g. from
// STS GetCallerIdentity. Reads fetch all pages within one job. Requests are validated before
// anything is sent; invalid ones finish with an InvalidInput error. The returned jobs are not
// started; see Job.
class BudgetsClient final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::BudgetsClient)
public:
    static constexpr QStringView TargetPrefix = u"AWSBudgetServiceGateway";
    // Limits from the service model.
    static constexpr int MaxNotificationsPerBudget = 10; // CreateBudget NotificationsWithSubscribers
    static constexpr int MaxSubscribers = 11;            // per notification: one SNS topic and ten e-mails
    static constexpr int MaxEmailSubscribers = 10;
    static constexpr double MaxThreshold = 15000000000000.0;

    explicit BudgetsClient(AwsTransport *transport, const EndpointConfig &config = EndpointConfig());

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }

    // All budgets of the account, all pages. With showFilterExpression the service includes each
    // budget's FilterExpression. maxResults is the page size (1..1000, service default 100).
    [[nodiscard]] ApiJob<QList<Budget>> *describeBudgets(const QString &accountId,
                                                         std::optional<int> maxResults = std::nullopt,
                                                         bool showFilterExpression = true) const;
    [[nodiscard]] ApiJob<Budget> *describeBudget(const QString &accountId, const QString &budgetName,
                                                 bool showFilterExpression = true) const;
    [[nodiscard]] ApiJob<EmptyResult> *createBudget(const QString &accountId, const Budget &budget,
                                                    const QList<NotificationWithSubscribers> &notifications = {},
                                                    const QList<ResourceTag> &resourceTags = {}) const;
    // Replaces the whole budget named budget.name (UpdateBudget's NewBudget is not a patch).
    [[nodiscard]] ApiJob<EmptyResult> *updateBudget(const QString &accountId, const Budget &budget) const;
    [[nodiscard]] ApiJob<EmptyResult> *deleteBudget(const QString &accountId, const QString &budgetName) const;

    [[nodiscard]] ApiJob<QList<Notification>> *describeNotificationsForBudget(const QString &accountId,
                                                                              const QString &budgetName) const;
    [[nodiscard]] ApiJob<EmptyResult> *createNotification(const QString &accountId, const QString &budgetName,
                                                          const Notification &notification,
                                                          const QList<Subscriber> &subscribers) const;
    [[nodiscard]] ApiJob<EmptyResult> *updateNotification(const QString &accountId, const QString &budgetName,
                                                          const Notification &oldNotification,
                                                          const Notification &newNotification) const;
    [[nodiscard]] ApiJob<EmptyResult> *deleteNotification(const QString &accountId, const QString &budgetName,
                                                          const Notification &notification) const;

    [[nodiscard]] ApiJob<QList<Subscriber>> *describeSubscribersForNotification(const QString &accountId,
                                                                                const QString &budgetName,
                                                                                const Notification &notification) const;
    [[nodiscard]] ApiJob<EmptyResult> *createSubscriber(const QString &accountId, const QString &budgetName,
                                                        const Notification &notification,
                                                        const Subscriber &subscriber) const;
    [[nodiscard]] ApiJob<EmptyResult> *deleteSubscriber(const QString &accountId, const QString &budgetName,
                                                        const Notification &notification,
                                                        const Subscriber &subscriber) const;

    // Client-side checks; each gives a translated reason, or an empty string when valid.
    [[nodiscard]] static QString checkAccountId(const QString &accountId);
    [[nodiscard]] static QString checkBudgetName(const QString &name);
    [[nodiscard]] static QString checkBudget(const Budget &budget);
    [[nodiscard]] static QString checkNotification(const Notification &notification);
    [[nodiscard]] static QString checkSubscribers(const QList<Subscriber> &subscribers);

    // The wire forms. Read-only members (CalculatedSpend, LastUpdatedTime, HealthStatus,
    // NotificationState) are left out.
    [[nodiscard]] static QJsonObject toJson(const Budget &budget);
    [[nodiscard]] static QJsonObject toJson(const Notification &notification);
    [[nodiscard]] static QJsonObject toJson(const Subscriber &subscriber);
    // The wire form with the read-only CalculatedSpend and LastUpdatedTime too, as the service
    // describes a budget; what the cost cache keeps.
    [[nodiscard]] static QJsonObject toDescribedJson(const Budget &budget);
    // Reads a budget in the service's form (a DescribeBudget(s) element); nullopt with a reason
    // naming the field at fault.
    [[nodiscard]] static std::optional<Budget> budgetFromJson(const QJsonObject &json, QString *error = nullptr);

private:
    [[nodiscard]] ServiceRequest serviceRequest(const QString &operation, const QJsonObject &body) const;
    [[nodiscard]] ApiJob<EmptyResult> *emptyResultJob(const QString &operation, const QJsonObject &body,
                                                      const QString &problem) const;

    AwsTransport *m_transport;
    ServiceEndpoint m_endpoint;
};

} // namespace Spendscope
