// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

namespace Spendscope {

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{
}

void Navigator::openPage(QStringView key)
{
    Q_EMIT pageRequested(key.toString());
}

void Navigator::openProject(const QString &projectTagValue)
{
    openPage(ProjectsPage);
    Q_EMIT projectRequested(projectTagValue);
}

void Navigator::openCosts(CostCube::Dimension groupBy, CostCube::Dimension filterDimension, const QString &filterValue)
{
    openPage(CostsPage);
    Q_EMIT costsRequested(groupBy, filterDimension, filterValue);
}

void Navigator::openComparison(EntityKind kind, const QString &entity)
{
    openPage(ModelsPage);
    Q_EMIT comparisonRequested(kind, entity);
}

void Navigator::openNewBudget(EntityKind kind, const QString &entity, Money suggestedLimit)
{
    openPage(BudgetsPage);
    Q_EMIT newBudgetRequested(kind, entity, suggestedLimit);
}

} // namespace Spendscope
