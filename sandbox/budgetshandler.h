// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "costfilter.h"
#include "servicehandler.h"

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace Spendscope::Sandbox {

class CostAllocationTags;
class Ledger;
class SandboxStore;

// AWS Budgets (JSON 1.1, target prefix AWSBudgetServiceGateway) for the sandbox account:
// budgets, their notifications and subscribers, validated as the service model says and kept in
// the SandboxStore, so that they survive a restart.
//
// CalculatedSpend is computed on every read from the ledger through the cost engine: ActualSpend
// is the exact sum of the budget's metric over the current budget period up to and including
// today, for the usage that matches the budget's FilterExpression (or its legacy CostFilters).
// ForecastedSpend is a straight-line projection of that sum over the whole period:
// actual × period days / elapsed days, in exact nano-unit arithmetic (rounded half away from zero
// to the nano-unit). A one-day (DAILY) period has nothing to project and carries no forecast.
class BudgetsHandler final : public ServiceHandler
{
public:
    static constexpr QStringView TargetPrefix = u"AWSBudgetServiceGateway";
    static constexpr QStringView BudgetsCollection = u"budgets.budgets";
    // Quotas of the service (AWS Budgets quotas page and the service model).
    static constexpr int MaxBudgets = 20000;
    static constexpr int MaxNotificationsPerBudget = 10;
    static constexpr int MaxEmailSubscribers = 10;
    static constexpr int MaxSnsSubscribers = 1;
    static constexpr int DefaultDescribeBudgetsPage = 100;
    static constexpr int MaxDescribeBudgetsPage = 1000;
    static constexpr int MaxDescribePage = 100; // notifications, subscribers, performance history
    // TimePeriod.End when none is given: 2087-06-15T00:00:00Z, the latest end the service accepts.
    static constexpr qint64 DefaultEndSeconds = 3706473600;

    struct Account
    {
        QString accountId;   // 12 digits
        QString accountName; // LINKED_ACCOUNT_NAME for filters
        QString userName;    // the caller, named in AccessDeniedException messages
    };

    // An error in the protocol's words: the exception name and its Message.
    struct Error
    {
        QString code;
        QString message;
    };

    // The spend of one budget period, as CalculatedSpend reports it.
    struct PeriodSpend
    {
        QDate start; // inclusive
        QDate end;   // exclusive
        Money actual;
        std::optional<Money> forecast;
        QString unit;
    };

    BudgetsHandler(SandboxStore &store, const Ledger &ledger, const CostAllocationTags &tags, Account account);

    // Reads the budgets from the store. Returns false with a reason on a store error or an
    // unreadable stored budget.
    bool load(QString *error);

    [[nodiscard]] QString service() const override { return QStringLiteral("budgets"); }
    [[nodiscard]] WireProtocol protocol() const override { return WireProtocol::Json11; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override;

    [[nodiscard]] QStringList budgetNames() const { return m_budgets.keys(); }
    // The current period's spend of a budget on `today` (UTC), or nullopt for an unknown name.
    [[nodiscard]] std::optional<PeriodSpend> currentSpend(const QString &budgetName, QDate today) const;

private:
    struct Subscriber
    {
        QString type; // SNS | EMAIL
        QString address;
        friend bool operator==(const Subscriber &, const Subscriber &) = default;
    };

    struct Notification
    {
        QString type;       // ACTUAL | FORECASTED
        QString comparison; // GREATER_THAN | LESS_THAN | EQUAL_TO
        double threshold = 0;
        QString thresholdType = QStringLiteral("PERCENTAGE");
        QList<Subscriber> subscribers;
        // The identity the service matches notifications by (subscribers and state excluded).
        [[nodiscard]] bool sameAs(const Notification &other) const
        {
            return type == other.type && comparison == other.comparison && threshold == other.threshold
                && thresholdType == other.thresholdType;
        }
    };

    struct Budget
    {
        QJsonObject definition; // the Budget members as accepted (no CalculatedSpend)
        CostFilter filter;      // FilterExpression or the legacy CostFilters, compiled
        QList<Notification> notifications;
        QJsonArray resourceTags;
    };

    HttpResponse describeBudgets(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse describeBudget(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse createBudget(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse updateBudget(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse deleteBudget(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse describeNotificationsForBudget(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse createNotification(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse updateNotification(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse deleteNotification(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse describeSubscribersForNotification(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse createSubscriber(const QJsonObject &body, const SandboxRequest &request);
    HttpResponse deleteSubscriber(const QJsonObject &body, const SandboxRequest &request);
    // Finds the notification a Create/DeleteSubscriber body names, applies `edit` to its
    // subscribers and saves; `verb` goes into the not-found message.
    using SubscriberEdit = std::function<std::optional<Error>(QList<Subscriber> &, const Subscriber &)>;
    HttpResponse editSubscribers(const QJsonObject &body, const SandboxRequest &request, const QString &verb,
                                 const SubscriberEdit &edit);
    HttpResponse describeBudgetPerformanceHistory(const QJsonObject &body, const SandboxRequest &request);

    // AccountId present, well formed and ours (AccessDeniedException names `action` otherwise).
    [[nodiscard]] std::optional<Error> checkAccount(const QJsonObject &body, const QString &action,
                                                      const QString &budgetName) const;
    // The named budget (BudgetName checked); `verb` words the NotFoundException ("get", ...).
    [[nodiscard]] Budget *findBudget(const QJsonObject &body, const QString &verb, Error *failure);
    // Validates a Budget structure and builds its stored form; `existing` is the budget it replaces.
    [[nodiscard]] std::optional<Budget> parseBudget(const QJsonValue &value, const QString &member,
                                                    const Budget *existing, QDate today, Error *failure) const;
    [[nodiscard]] static std::optional<Notification> parseNotification(const QJsonValue &value, const QString &member,
                                                                       Error *failure);
    [[nodiscard]] static std::optional<Subscriber> parseSubscriber(const QJsonValue &value, const QString &member,
                                                                   Error *failure);
    [[nodiscard]] static std::optional<QList<Subscriber>> parseSubscribers(const QJsonValue &value,
                                                                           const QString &member, Error *failure);
    [[nodiscard]] static std::optional<Error> checkSubscriberCounts(const QList<Subscriber> &subscribers);

    [[nodiscard]] QJsonObject budgetToJson(const Budget &budget, bool showFilterExpression, QDate today) const;
    [[nodiscard]] static QJsonObject notificationToJson(const Notification &notification,
                                                        const std::optional<QString> &state = std::nullopt);
    [[nodiscard]] static QJsonObject subscriberToJson(const Subscriber &subscriber);
    [[nodiscard]] static QJsonObject storedForm(const Budget &budget);
    [[nodiscard]] static std::optional<Budget> fromStoredForm(const QJsonObject &stored, QString *error);

    // Spend arithmetic
    [[nodiscard]] PeriodSpend spendOf(const Budget &budget, QDate today) const;
    [[nodiscard]] Money actualIn(const Budget &budget, QDate start, QDate end) const;
    [[nodiscard]] std::optional<Money> limitFor(const Budget &budget, QDate periodStart, QDate today) const;
    [[nodiscard]] QString notificationState(const Budget &budget, const Notification &notification,
                                            QDate today) const;

    bool save(const Budget &budget);
    [[nodiscard]] HttpResponse fail(const SandboxRequest &request, const Error &failure) const;
    [[nodiscard]] HttpResponse storeError(const SandboxRequest &request) const;

    SandboxStore &m_store;
    CostEngine m_engine;
    Account m_account;
    QMap<QString, Budget> m_budgets; // by name; DescribeBudgets lists in name order
};

} // namespace Spendscope::Sandbox
