// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costexplorerjob.h"
#include "analytics/costexplorerquery.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Spendscope {

class CostBarChart;
class CostChartModel;
class CostDonutChart;
class CostPivotModel;
class CostTrendChart;
class Navigator;
class Workspace;

// The Costs page (cost explorer): spend grouped by team, project, model, provider, token type or
// tier over a preset or custom range, filtered by team, project, model and any project tag;
// stacked bars per day, week or month, cost per model, the daily trend with the month-end
// forecast, and a sortable pivot table with CSV export. Clicking a bar segment or double-clicking
// a row drills down (filter on that value, regroup by the next dimension); Back undoes it.
//
// Every change plans the query (CostExplorerQuery, which picks the cube and explains caveats) and
// runs it as a CostExplorerJob on the thread pool; a newer change cancels the older job, and the
// result is applied on the GUI thread. refreshed() follows once the table and charts show it.
class CostsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostsPage)
public:
    using Dimension = CostCube::Dimension;
    using TimeBucket = CostCube::TimeBucket;
    using RangePreset = CostExplorerQuery::RangePreset;

    CostsPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~CostsPage() override;

    [[nodiscard]] const CostExplorerQuery::State &state() const { return m_state; }
    // The plan of the result on show (not of a query still running).
    [[nodiscard]] const CostExplorerQuery::Plan &plan() const { return m_plan; }
    // A query is scheduled or running.
    [[nodiscard]] bool isBusy() const;
    // The day presets count back from: the last day with costs (UTC).
    [[nodiscard]] QDate today() const;
    [[nodiscard]] Money total() const;

    [[nodiscard]] CostPivotModel *pivotModel() const { return m_pivot; }
    [[nodiscard]] QSortFilterProxyModel *pivotProxy() const { return m_proxy; }
    [[nodiscard]] CostChartModel *timeChartModel() const { return m_timeModel; }
    [[nodiscard]] CostChartModel *modelChartModel() const { return m_modelModel; }
    [[nodiscard]] CostBarChart *timeChart() const { return m_timeChart; }

    // What the controls do, also for tests; each regroups.
    void setState(const CostExplorerQuery::State &state);
    void setGroupBy(Dimension dimension);
    void setBucket(TimeBucket bucket);
    void setRangePreset(RangePreset preset);
    void setCustomRange(QDate first, QDate last); // inclusive days
    void setFilter(Dimension dimension, const QSet<QString> &values);
    void setTagFilter(const QString &key, const QString &value); // empty key: none
    void clearFilters();

    // Drill-down: filter on a table row's value (a row of pivotModel()) or on a chart segment
    // (row = bucket, column = series of timeChartModel(); the range narrows to the bucket), then
    // regroup by the next dimension. The model donut drills on a column of modelChartModel().
    void drillIntoRow(int pivotRow);
    void drillIntoSegment(int row, int column);
    void drillIntoModel(int column);
    [[nodiscard]] bool canGoBack() const { return !m_history.isEmpty(); }
    void back();

    // Writes the table as shown (sort order included) with exact amounts; false with a message.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void refreshed();

private:
    void buildControls();
    void scheduleRegroup();
    void regroup();
    void apply(CostExplorerJob *job);
    void pushHistory();
    void drill(Dimension dimension, const QSet<QString> &values);
    void updateControls();
    void updateFilterChoices();
    void updateSummary(const CostExplorerJob::Result &result);
    void onExport();
    [[nodiscard]] QString breadcrumb() const;

    Workspace *m_workspace;
    Navigator *m_navigator;
    CostExplorerQuery::State m_state;
    CostExplorerQuery::Plan m_plan;
    QList<CostExplorerQuery::State> m_history;
    QPointer<CostExplorerJob> m_job;
    QTimer *m_regroupTimer;

    CostPivotModel *m_pivot;
    QSortFilterProxyModel *m_proxy;
    CostChartModel *m_timeModel;
    CostChartModel *m_modelModel;

    QComboBox *m_groupBy = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_tag = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_untagged = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_forecast = nullptr;
    QLabel *m_message = nullptr;
    CostBarChart *m_timeChart = nullptr;
    CostDonutChart *m_modelChart = nullptr;
    CostTrendChart *m_trendChart = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Spendscope
