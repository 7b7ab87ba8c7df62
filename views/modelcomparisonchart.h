// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace Spendscope {

class ModelComparisonModel;

// The comparison as horizontal bars: the cheapest models and the ones the usage ran on, each
// with what the usage would have cost there, and a line at what was billed. Built from the
// model's raw quotes (never formatted text) and rebuilt on every reset.
class ModelComparisonChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelComparisonChart)
public:
    static constexpr int CheapestShown = 8;

    explicit ModelComparisonChart(ModelComparisonModel *model, QWidget *parent = nullptr);

    // The model rows shown, top to bottom.
    [[nodiscard]] const QList<int> &shownRows() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showToolTip(bool hovered, int index);

    ModelComparisonModel *m_model;
    QList<int> m_rows;
};

} // namespace Spendscope
