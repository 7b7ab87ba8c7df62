// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"

namespace Spendscope {

namespace {

// The value of a single-tag leaf: a one-value EQUALS match, or ABSENT without values.
std::optional<QString> singleTagValue(const CostExpression &leaf)
{
    const QList<CostExpression::MatchOption> &options = leaf.matchOptions();
    if (leaf.values().isEmpty() && options == QList<CostExpression::MatchOption>{CostExpression::MatchOption::Absent})
        return QString();
    const bool equals = options.isEmpty() || options == QList<CostExpression::MatchOption>{CostExpression::MatchOption::Equals};
    if (equals && leaf.values().size() == 1)
        return leaf.values().constFirst();
    return std::nullopt;
}

} // namespace

BudgetFilter BudgetFilter::of(const CostExpression &expression, const QString &projectTagKey, const QString &teamTagKey)
{
    BudgetFilter filter;
    if (expression.isEmpty())
        return filter;
    filter.kind = Kind::Other;
    if (expression.kind() != CostExpression::Kind::Tags)
        return filter;
    const std::optional<QString> value = singleTagValue(expression);
    if (!value)
        return filter;
    if (expression.key() == teamTagKey)
        filter.kind = Kind::Team;
    else if (expression.key() == projectTagKey)
        filter.kind = Kind::Project;
    else
        return filter;
    filter.value = *value;
    return filter;
}

CostExpression BudgetFilter::tagFilter(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return CostExpression::tag(key, {}, {CostExpression::MatchOption::Absent});
    return CostExpression::tag(key, {value}, {CostExpression::MatchOption::Equals});
}

QString BudgetFilter::describe(const CostExpression &expression, const QString &projectTagKey, const QString &teamTagKey)
{
    const BudgetFilter filter = of(expression, projectTagKey, teamTagKey);
    const QString value = filter.value.isEmpty() ? tr("(untagged)") : filter.value;
    switch (filter.kind) {
    case Kind::Everything:
        return tr("All spend");
    case Kind::Team:
        //: %1 a team tag value
        return tr("Team: %1").arg(value);
    case Kind::Project:
        //: %1 a project tag value
        return tr("Project: %1").arg(value);
    case Kind::Other:
        break;
    }
    if (expression.kind() == CostExpression::Kind::Tags && singleTagValue(expression)) {
        const std::optional<QString> tagValue = singleTagValue(expression);
        //: %1 a tag key, %2 its value
        return tr("Tag %1: %2").arg(expression.key(), tagValue->isEmpty() ? tr("(untagged)") : *tagValue);
    }
    return tr("Custom filter");
}

} // namespace Spendscope
