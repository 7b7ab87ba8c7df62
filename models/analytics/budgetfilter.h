// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexpression.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// The budget filters Spendscope writes, read back from a FilterExpression: one team or one
// project, as the cost allocation tag that attributes spend to it (the profile's team and project
// tag keys), AND-ed with the SERVICE values the sync discovered, so that the budget counts the
// same Bedrock spend as the rest of the app (third-party models bill under their own SERVICE,
// such as "Claude Sonnet 4.6 (Amazon Bedrock Edition)"). An empty tag value means untagged spend
// (the ABSENT match option). A tag leaf alone (older budgets, or no sync yet) counts every service
// with that tag; a SERVICE leaf alone is all spend on those services. Any other expression is kept
// as it is and described generically.
struct BudgetFilter
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::BudgetFilter)
public:
    enum class Kind { Everything, Team, Project, Other };

    Kind kind = Kind::Everything;
    QString value; // Team/Project: the tag value; empty: untagged
    // Everything/Team/Project: the SERVICE values the spend is limited to, sorted; empty: all services.
    QStringList services;

    [[nodiscard]] static BudgetFilter of(const CostExpression &expression, const QString &projectTagKey,
                                         const QString &teamTagKey);
    // The FilterExpression for one value of a tag key: with services, And[tag, SERVICE EQUALS
    // services] (sorted, without duplicates); without, the tag leaf alone (every service).
    [[nodiscard]] static CostExpression tagFilter(const QString &key, const QString &value,
                                                  const QStringList &services = {});
    // The FilterExpression for all spend on these services (nothing: no filter at all).
    [[nodiscard]] static CostExpression serviceFilter(const QStringList &services);
    // A short line for tables and cards: "Team: ml-platform (Bedrock)", "Project: (untagged) (all
    // services)", "All spend", "Tag Owner: x" or "Custom filter".
    [[nodiscard]] static QString describe(const CostExpression &expression, const QString &projectTagKey,
                                          const QString &teamTagKey);
    // What `services` covers, for describe(): "all services", "Bedrock" when every name is a
    // Bedrock one, the one name, or a count.
    [[nodiscard]] static QString describeServices(const QStringList &services);
};

} // namespace Spendscope
