// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/costexpression.h"

#include <QCoreApplication>
#include <QString>

namespace Spendscope {

// The budget filters Spendscope writes, read back from a FilterExpression: one team or one
// project, as the cost allocation tag that attributes spend to it (the profile's team and project
// tag keys). An empty tag value means untagged spend (the ABSENT match option). Any other
// expression is kept as it is and described generically.
struct BudgetFilter
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::BudgetFilter)
public:
    enum class Kind { Everything, Team, Project, Other };

    Kind kind = Kind::Everything;
    QString value; // Team/Project: the tag value; empty: untagged

    [[nodiscard]] static BudgetFilter of(const CostExpression &expression, const QString &projectTagKey,
                                         const QString &teamTagKey);
    // The FilterExpression for one value of a tag key.
    [[nodiscard]] static CostExpression tagFilter(const QString &key, const QString &value);
    // A short line for tables and cards: "Team: ml-platform", "Project: (untagged)", "All spend",
    // or the first leaf of anything else ("Filter: SERVICE, …").
    [[nodiscard]] static QString describe(const CostExpression &expression, const QString &projectTagKey,
                                          const QString &teamTagKey);
};

} // namespace Spendscope
