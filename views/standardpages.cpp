// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardpages.h"

#include "budgetspage.h"
#include "costspage.h"
#include "insightspage.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "navigator.h"
#include "overviewpage.h"
#include "policiespage.h"
#include "projectspage.h"
#include "reportspage.h"

#include <QCoreApplication>

namespace Spendscope {

QString standardPageTitle(QStringView key)
{
    if (key == Navigator::OverviewPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Overview");
    if (key == Navigator::CostsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Costs");
    if (key == Navigator::BudgetsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Budgets");
    if (key == Navigator::ModelsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Models");
    if (key == Navigator::InsightsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Insights");
    if (key == Navigator::ReportsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Reports");
    if (key == Navigator::ProjectsPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Projects");
    if (key == Navigator::PoliciesPage)
        return QCoreApplication::translate("Spendscope::StandardPages", "Policies");
    return key.toString();
}

void addStandardPages(MainWindow *window, Workspace *workspace)
{
    Navigator *navigator = window->navigator();
    const auto add = [window](QStringView key, QWidget *page) {
        window->addPage(key.toString(), standardPageTitle(key), page);
    };
    add(Navigator::OverviewPage, new OverviewPage(workspace, navigator));
    add(Navigator::CostsPage, new CostsPage(workspace, navigator));
    add(Navigator::BudgetsPage, new BudgetsPage(workspace, navigator));
    add(Navigator::ModelsPage, new ModelsPage(workspace, navigator));
    add(Navigator::InsightsPage, new InsightsPage(workspace, navigator));
    add(Navigator::ReportsPage, new ReportsPage(workspace, navigator));
    add(Navigator::ProjectsPage, new ProjectsPage(workspace, navigator));
    add(Navigator::PoliciesPage, new PoliciesPage(workspace));
}

} // namespace Spendscope
