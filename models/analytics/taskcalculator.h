// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/pricecatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// A unit of work to budget before any usage exists: "a support-ticket triage reads 600 tokens and
// writes 20, 100,000 times a month".
struct TaskProfile
{
    QString name;
    qint64 inputTokensPerTask = 0;
    qint64 outputTokensPerTask = 0;
    // Share of the input served from the prompt cache, in percent (0..100); absent = no caching.
    std::optional<int> cachedInputPercent;
    qint64 tasksPerMonth = 0;

    friend bool operator==(const TaskProfile &, const TaskProfile &) = default;
};

// Prices task profiles on every catalog model. A task's cost is
//   input × (100 − cached%) / 100 at the input price + input × cached% / 100 at the cache-read
//   price + output at the output price, all per 1M tokens,
// summed exactly and rounded once, half away from zero, to nano-units; the monthly cost is priced
// from the month's tokens (never the rounded task cost × tasks), so it is exact too.
// Models without a cache-read price bill the cached share as input (Quote::cachedInputAsInput).
// Cache writes are left out: a prefix is written once and read by many tasks, so its cost per task
// depends on traffic timing the profile does not know; the Repricer covers real cache use.
//
// Profiles are validated on every edit; the limits keep every intermediate product inside 64 bits
// and reject values no workload has (a context beyond ten million tokens, a billion tasks a month).
class TaskCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::TaskCalculator)
public:
    static constexpr qint64 MaxTokensPerTask = 10'000'000;
    static constexpr qint64 MaxTasksPerMonth = 1'000'000'000;
    static constexpr qint64 MaxTokensPerMonth = 10'000'000'000'000;
    static constexpr int MaxNameLength = 100;

    struct Quote {
        QString modelId;
        QString name;
        QString provider;
        ModelPrice::Tier tier = ModelPrice::Tier::Standard;
        Money costPerTask;
        Money costPerMonth;
        bool cachedInputAsInput = false; // cached share priced as input: the model has no cache-read price
    };

    explicit TaskCalculator(const PriceCatalog &catalog);

    // A translated message for the first problem of `profile`; empty when it is valid.
    [[nodiscard]] static QString validate(const TaskProfile &profile);
    // A few typical profiles to start from (translated names).
    [[nodiscard]] static QList<TaskProfile> examples();

    [[nodiscard]] const QList<TaskProfile> &profiles() const { return m_profiles; }
    // Edits refuse invalid profiles and duplicate names (ignoring case), with the reason in *error.
    bool addProfile(const TaskProfile &profile, QString *error = nullptr);
    bool replaceProfile(qsizetype index, const TaskProfile &profile, QString *error = nullptr);
    bool removeProfile(qsizetype index);

    // nullopt for an invalid profile or a model the catalog does not know.
    [[nodiscard]] std::optional<Quote> quote(const TaskProfile &profile, QStringView modelId) const;
    // Every catalog model (each id once) by monthly cost, then cost per task, then model id;
    // empty for an invalid profile.
    [[nodiscard]] QList<Quote> quotes(const TaskProfile &profile) const;

private:
    [[nodiscard]] QString nameClash(const TaskProfile &profile, qsizetype ignoreIndex) const;

    const PriceCatalog &m_catalog;
    QList<TaskProfile> m_profiles;
};

} // namespace Spendscope
