// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/taskcalculator.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Spendscope {

namespace {

__extension__ typedef __int128 Int128;

// Percent × per-million prices share one denominator, so a cost is one sum rounded once.
constexpr qint64 Denominator = qint64(100) * 1'000'000;

Money rounded(Int128 numerator)
{
    const Int128 half = Denominator / 2;
    Int128 nanos = numerator >= 0 ? (numerator + half) / Denominator : -((-numerator + half) / Denominator);
    // Validation bounds the inputs far below this; saturate rather than wrap all the same.
    nanos = std::clamp<Int128>(nanos, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    return Money::fromNanos(qint64(nanos));
}

// The exact cost of `tasks` tasks in 10^-8 nano-units.
Int128 costNumerator(const ModelPrice &price, const TaskProfile &profile, qint64 tasks)
{
    const int cached = profile.cachedInputPercent.value_or(0);
    const Money cachePrice = price.cacheReadPerMillion.value_or(price.inputPerMillion);
    return Int128(price.inputPerMillion.nanos()) * profile.inputTokensPerTask * (100 - cached) * tasks
        + Int128(cachePrice.nanos()) * profile.inputTokensPerTask * cached * tasks
        + Int128(price.outputPerMillion.nanos()) * profile.outputTokensPerTask * 100 * tasks;
}

} // namespace

TaskCalculator::TaskCalculator(const PriceCatalog &catalog)
    : m_catalog(catalog)
{
}

QString TaskCalculator::validate(const TaskProfile &profile)
{
    const QLocale locale;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("A task profile needs a name.");
    if (name.size() > MaxNameLength)
        return tr("The name of a task profile can have at most %1 characters.").arg(MaxNameLength);
    if (profile.inputTokensPerTask < 0 || profile.outputTokensPerTask < 0)
        return tr("\"%1\": tokens per task cannot be negative.").arg(name);
    if (profile.inputTokensPerTask > MaxTokensPerTask || profile.outputTokensPerTask > MaxTokensPerTask)
        return tr("\"%1\": at most %2 tokens per task, input and output each.")
            .arg(name, locale.toString(MaxTokensPerTask));
    if (profile.inputTokensPerTask == 0 && profile.outputTokensPerTask == 0)
        return tr("\"%1\": a task needs input or output tokens.").arg(name);
    if (profile.cachedInputPercent && (*profile.cachedInputPercent < 0 || *profile.cachedInputPercent > 100))
        return tr("\"%1\": the cached share of the input must be between 0 and 100 percent.").arg(name);
    if (profile.cachedInputPercent && *profile.cachedInputPercent > 0 && profile.inputTokensPerTask == 0)
        return tr("\"%1\": a cached share needs input tokens.").arg(name);
    if (profile.tasksPerMonth < 0)
        return tr("\"%1\": tasks per month cannot be negative.").arg(name);
    if (profile.tasksPerMonth > MaxTasksPerMonth)
        return tr("\"%1\": at most %2 tasks a month.").arg(name, locale.toString(MaxTasksPerMonth));
    // Both factors are bounded above, so the product fits in 64 bits.
    if ((profile.inputTokensPerTask + profile.outputTokensPerTask) * profile.tasksPerMonth > MaxTokensPerMonth)
        return tr("\"%1\": at most %2 tokens a month.").arg(name, locale.toString(MaxTokensPerMonth));
    return QString();
}

QList<TaskProfile> TaskCalculator::examples()
{
    return {
        {tr("Classify a support ticket"), 600, 20, std::nullopt, 100'000},
        {tr("Chat turn with a cached system prompt"), 2'000, 400, 50, 200'000},
        {tr("Summarise a long document"), 12'000, 600, std::nullopt, 10'000},
        {tr("Code review of a change"), 8'000, 1'000, 60, 20'000},
    };
}

QString TaskCalculator::nameClash(const TaskProfile &profile, qsizetype ignoreIndex) const
{
    const QString name = profile.name.trimmed();
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (i != ignoreIndex && m_profiles.at(i).name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("A task profile named \"%1\" already exists.").arg(name);
    }
    return QString();
}

bool TaskCalculator::addProfile(const TaskProfile &profile, QString *error)
{
    QString problem = validate(profile);
    if (problem.isEmpty())
        problem = nameClash(profile, -1);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_profiles.append(profile);
    return true;
}

bool TaskCalculator::replaceProfile(qsizetype index, const TaskProfile &profile, QString *error)
{
    if (index < 0 || index >= m_profiles.size())
        return false;
    QString problem = validate(profile);
    if (problem.isEmpty())
        problem = nameClash(profile, index);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_profiles[index] = profile;
    return true;
}

bool TaskCalculator::removeProfile(qsizetype index)
{
    if (index < 0 || index >= m_profiles.size())
        return false;
    m_profiles.removeAt(index);
    return true;
}

std::optional<TaskCalculator::Quote> TaskCalculator::quote(const TaskProfile &profile, QStringView modelId) const
{
    if (!validate(profile).isEmpty())
        return std::nullopt;
    const ModelPrice *price = m_catalog.find(modelId);
    if (!price)
        return std::nullopt;
    Quote quote;
    quote.modelId = price->modelId;
    quote.name = price->name;
    quote.provider = price->provider;
    quote.tier = price->tier;
    quote.costPerTask = rounded(costNumerator(*price, profile, 1));
    quote.costPerMonth = rounded(costNumerator(*price, profile, profile.tasksPerMonth));
    quote.cachedInputAsInput = profile.cachedInputPercent.value_or(0) > 0 && !price->cacheReadPerMillion;
    return quote;
}

QList<TaskCalculator::Quote> TaskCalculator::quotes(const TaskProfile &profile) const
{
    QList<Quote> result;
    if (!validate(profile).isEmpty())
        return result;
    QSet<QString> done;
    for (const ModelPrice &price : m_catalog.models()) {
        if (done.contains(price.modelId))
            continue;
        done.insert(price.modelId);
        if (std::optional<Quote> q = quote(profile, price.modelId))
            result.append(std::move(*q));
    }
    std::sort(result.begin(), result.end(), [](const Quote &a, const Quote &b) {
        if (a.costPerMonth != b.costPerMonth)
            return a.costPerMonth < b.costPerMonth;
        if (a.costPerTask != b.costPerTask)
            return a.costPerTask < b.costPerTask;
        return a.modelId < b.modelId;
    });
    return result;
}

} // namespace Spendscope
