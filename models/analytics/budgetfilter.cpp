// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr QStringView ServiceDimension = u"SERVICE";

QStringList normalised(QStringList services)
{
    services.removeAll(QString());
    services.sort();
    services.removeDuplicates();
    return services;
}

// The services of a SERVICE leaf that matches its values exactly (EQUALS, the default).
std::optional<QStringList> serviceValues(const CostExpression &leaf)
{
    if (leaf.kind() != CostExpression::Kind::Dimensions || leaf.key() != ServiceDimension || leaf.values().isEmpty())
        return std::nullopt;
    const QList<CostExpression::MatchOption> &options = leaf.matchOptions();
    if (!options.isEmpty() && options != QList<CostExpression::MatchOption>{CostExpression::MatchOption::Equals})
        return std::nullopt;
    return normalised(leaf.values());
}

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
    if (const std::optional<QStringList> services = serviceValues(expression)) {
        filter.services = *services;
        return filter;
    }
    filter.kind = Kind::Other;
    // The tag leaf alone, or And[tag leaf, SERVICE leaf] in either order.
    const CostExpression *tagLeaf = &expression;
    QStringList services;
    if (expression.kind() == CostExpression::Kind::And && expression.operands().size() == 2) {
        const CostExpression &first = expression.operands().constFirst();
        const CostExpression &second = expression.operands().constLast();
        const bool tagFirst = first.kind() == CostExpression::Kind::Tags;
        tagLeaf = tagFirst ? &first : &second;
        const std::optional<QStringList> listed = serviceValues(tagFirst ? second : first);
        if (!listed)
            return filter;
        services = *listed;
    }
    if (tagLeaf->kind() != CostExpression::Kind::Tags)
        return filter;
    const std::optional<QString> value = singleTagValue(*tagLeaf);
    if (!value)
        return filter;
    if (tagLeaf->key() == teamTagKey)
        filter.kind = Kind::Team;
    else if (tagLeaf->key() == projectTagKey)
        filter.kind = Kind::Project;
    else
        return filter;
    filter.value = *value;
    filter.services = services;
    return filter;
}

CostExpression BudgetFilter::tagFilter(const QString &key, const QString &value, const QStringList &services)
{
    const CostExpression tag = value.isEmpty() ? CostExpression::tag(key, {}, {CostExpression::MatchOption::Absent})
                                               : CostExpression::tag(key, {value}, {CostExpression::MatchOption::Equals});
    const CostExpression service = serviceFilter(services);
    if (service.isEmpty())
        return tag;
    return CostExpression::allOf({tag, service});
}

CostExpression BudgetFilter::serviceFilter(const QStringList &services)
{
    const QStringList names = normalised(services);
    if (names.isEmpty())
        return CostExpression();
    return CostExpression::dimension(ServiceDimension.toString(), names, {CostExpression::MatchOption::Equals});
}

QString BudgetFilter::describeServices(const QStringList &services)
{
    if (services.isEmpty())
        return tr("all services");
    // GetDimensionValues found them by the search string "Bedrock"; other names are said as they are.
    const bool bedrock = std::all_of(services.cbegin(), services.cend(), [](const QString &name) {
        return name.contains(u"Bedrock"_s, Qt::CaseInsensitive);
    });
    if (bedrock)
        //: What a budget counts: only the Amazon Bedrock services (a product name)
        return tr("Bedrock");
    if (services.size() == 1)
        return services.constFirst();
    //: What a budget counts: a number of AWS services
    return tr("%n service(s)", nullptr, int(services.size()));
}

QString BudgetFilter::describe(const CostExpression &expression, const QString &projectTagKey, const QString &teamTagKey)
{
    const BudgetFilter filter = of(expression, projectTagKey, teamTagKey);
    const QString value = filter.value.isEmpty() ? tr("(untagged)") : filter.value;
    const QString services = describeServices(filter.services);
    switch (filter.kind) {
    case Kind::Everything:
        if (filter.services.isEmpty())
            return tr("All spend");
        //: %1 the services counted: "Bedrock", a service name or "3 services"
        return tr("All spend (%1)").arg(services);
    case Kind::Team:
        //: %1 a team tag value, %2 the services counted: "Bedrock", "all services", a service name or "3 services"
        return tr("Team: %1 (%2)").arg(value, services);
    case Kind::Project:
        //: %1 a project tag value, %2 the services counted: "Bedrock", "all services", a service name or "3 services"
        return tr("Project: %1 (%2)").arg(value, services);
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
