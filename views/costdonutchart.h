// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QPieSeries;
class QPieSlice;

namespace Spendscope {

class CostChartModel;

// A donut of the first row of a CostChartModel (one category: the whole range), one slice per
// series; the Costs page shows cost per model with it. Rebuilt on every reset; hovering a slice
// shows its exact amount and share, clicking one reports its column for drill-down.
class CostDonutChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostDonutChart)
public:
    explicit CostDonutChart(CostChartModel *model, QWidget *parent = nullptr);
    ~CostDonutChart() override;

    [[nodiscard]] QPieSeries *series() const { return m_series; }

Q_SIGNALS:
    void sliceClicked(int column);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateLegendWidth();

    CostChartModel *m_model;
    QPieSeries *m_series = nullptr;
};

} // namespace Spendscope
