// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetstatus.h"
#include "analytics/overviewsummary.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace Spendscope {

class DailySpendBars;
class ForecastRangeBar;
class Job;
class Navigator;
class OverviewTile;
class RankedBarList;
class Workspace;

// The Overview page: this month at a glance, as a grid of cards: month-to-date spend with a small
// chart of daily spend, the month-end forecast with its 80% interval, the change against the same
// days of last month, the unattributed share, the top teams, projects and models, and the budgets
// at risk. Every card is a button (click, or Tab to it and press Enter) that opens the page
// behind it through the Navigator. The figures come from OverviewSummary, computed on the thread
// pool whenever the cost data changes; "today" is the last day with stored costs.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    enum class Tile { MonthToDate, Forecast, Change, Unattributed, TopTeams, TopProjects, TopModels, BudgetsAtRisk };

    OverviewPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~OverviewPage() override;

    [[nodiscard]] OverviewTile *tile(Tile tile) const { return m_tiles.value(tile); }
    [[nodiscard]] const OverviewSummary &summary() const { return m_summary; }
    // Budgets whose health is AtRisk or Exceeded, largest share of the limit first.
    [[nodiscard]] const QList<BudgetStatus> &budgetsAtRisk() const { return m_budgetsAtRisk; }
    [[nodiscard]] int budgetsWithLimit() const { return m_budgetsWithLimit; }
    // Computes the figures again from the workspace's cost data.
    void refresh();
    // What a card does when it is activated, also used by tests.
    void activate(Tile tile);

Q_SIGNALS:
    // The figures were recomputed and the cards show them.
    void summaryUpdated();

private:
    OverviewTile *addTile(Tile tile, const QString &objectName, const QString &heading);
    void showSummary(const OverviewSummary &summary);
    void showBudgets();
    [[nodiscard]] QString money(Money amount) const;
    [[nodiscard]] QString percent(double ratio) const;
    [[nodiscard]] QString entityName(const QString &name) const;
    [[nodiscard]] QString currency() const;

    Workspace *m_workspace;
    Navigator *m_navigator;
    QMap<Tile, OverviewTile *> m_tiles;
    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    DailySpendBars *m_daily = nullptr;
    ForecastRangeBar *m_range = nullptr;
    RankedBarList *m_teams = nullptr;
    RankedBarList *m_projects = nullptr;
    RankedBarList *m_models = nullptr;
    RankedBarList *m_budgets = nullptr;
    OverviewSummary m_summary;
    QList<BudgetStatus> m_budgetsAtRisk;
    int m_budgetsWithLimit = 0;
    QPointer<Job> m_computing;
};

} // namespace Spendscope
