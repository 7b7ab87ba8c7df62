// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace Spendscope {

class CostChartModel;

// Stacked bars of cost per time bucket, one bar set per series of a CostChartModel (top values,
// "(untagged)", "Other"). Rebuilt from the model on every reset, as the bar model mapper cannot
// keep colours or skip crowded labels. Hovering a segment shows its exact amount; clicking one
// reports its row (bucket) and column (series) for drill-down.
class CostBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostBarChart)
public:
    explicit CostBarChart(CostChartModel *model, QWidget *parent = nullptr);
    ~CostBarChart() override;

    [[nodiscard]] QStackedBarSeries *series() const { return m_series; }
    // The sum of every bar as drawn (doubles); tests compare it with the model's exact total.
    [[nodiscard]] double drawnTotal() const;

Q_SIGNALS:
    void segmentClicked(int row, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onHovered(bool status, int index, QBarSet *set);

    CostChartModel *m_model;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_amounts = nullptr;
};

} // namespace Spendscope
