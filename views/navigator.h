// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "analytics/costinsights.h"
#include "domain/money.h"

#include <QObject>
#include <QString>

namespace Spendscope {

// Cross-page navigation: a page asks to show something ("this project", "the comparison for this
// team") without knowing which page shows it or whether that page exists. The main window owns
// the navigator and switches to the page named in pageRequested(); the page that shows the
// subject listens to its own signal. Each open*() emits pageRequested() first, so the target page
// is current by the time it handles the request.
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)
public:
    using EntityKind = CostInsights::EntityKind;

    // The keys pages are added under (MainWindow::addPage).
    static constexpr QStringView OverviewPage = u"overview";
    static constexpr QStringView CostsPage = u"costs";
    static constexpr QStringView BudgetsPage = u"budgets";
    static constexpr QStringView ModelsPage = u"models";
    static constexpr QStringView InsightsPage = u"insights";
    static constexpr QStringView ReportsPage = u"reports";
    static constexpr QStringView ProjectsPage = u"projects";
    static constexpr QStringView PoliciesPage = u"policies";

    explicit Navigator(QObject *parent = nullptr);

    void openPage(QStringView key);
    // The Projects page with the project whose project tag carries `projectTagValue` selected.
    void openProject(const QString &projectTagValue);
    // The Costs page grouped by `groupBy`, filtered to `filterValue` of `filterDimension` (no
    // filter when filterValue is null), over the page's current range.
    void openCosts(CostCube::Dimension groupBy, CostCube::Dimension filterDimension = CostCube::Dimension::Team,
                   const QString &filterValue = QString());
    // The Models page re-pricing the usage of one team or project on every model.
    void openComparison(EntityKind kind, const QString &entity);
    // The Budgets page with a new budget for one team or project, suggested limit prefilled (zero:
    // none).
    void openNewBudget(EntityKind kind, const QString &entity, Money suggestedLimit = {});

Q_SIGNALS:
    void pageRequested(const QString &key);
    void projectRequested(const QString &projectTagValue);
    void costsRequested(Spendscope::CostCube::Dimension groupBy, Spendscope::CostCube::Dimension filterDimension,
                        const QString &filterValue);
    void comparisonRequested(Spendscope::CostInsights::EntityKind kind, const QString &entity);
    void newBudgetRequested(Spendscope::CostInsights::EntityKind kind, const QString &entity,
                            Spendscope::Money suggestedLimit);
};

} // namespace Spendscope
