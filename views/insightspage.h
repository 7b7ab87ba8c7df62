// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Spendscope {

class InsightModel;
class Job;
class Navigator;
class Workspace;

// The Insights page: waste findings and anomalies of the last 30 days, largest dollar impact
// first, with a detail pane for the selected one (its evidence and figures) and actions that open
// its subject elsewhere: the project on the Projects page, the model comparison for it, a new
// budget with a suggested limit (its forecast month total, rounded up), its costs. The analysis
// (InsightAnalysisJob) runs on the thread pool whenever the cost data or the prices change.
class InsightsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPage)
public:
    InsightsPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~InsightsPage() override;

    [[nodiscard]] InsightModel *model() const { return m_model; }
    // Runs the analysis again on the workspace's cost data and prices.
    void refresh();
    // The selected insight as a row of model(); -1 when none is selected.
    [[nodiscard]] int selectedRow() const;
    void selectRow(int modelRow);

    // The actions on the selected insight, also used by tests.
    void openProject();
    void compareModels();
    void createBudget();
    void showCosts();

Q_SIGNALS:
    // The analysis finished and the table shows its results.
    void analysed();

private:
    void updateDetails();
    void updateSummary();

    Workspace *m_workspace;
    Navigator *m_navigator;
    InsightModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kindFilter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_openProject = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_budget = nullptr;
    QPushButton *m_costs = nullptr;
    QLabel *m_message = nullptr;
    QPointer<Job> m_analysing;
};

} // namespace Spendscope
