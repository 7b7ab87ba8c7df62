// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/budgetstatus.h"

#include <QFrame>

class QLabel;

namespace Spendscope {

class BudgetGauge;

// One budget on the Budgets page: its name, health badge, filter and period, and its gauge.
// Clicking selects it; double-clicking asks to edit it.
class BudgetCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetCard)
public:
    explicit BudgetCard(QWidget *parent = nullptr);

    void setBudget(const BudgetStatus &status, const QString &filterText, const QString &periodText);
    [[nodiscard]] QString budgetName() const { return m_name; }
    [[nodiscard]] BudgetGauge *gauge() const { return m_gauge; }
    [[nodiscard]] QString healthText() const;
    void setSelected(bool selected);

Q_SIGNALS:
    void clicked(const QString &name);
    void doubleClicked(const QString &name);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateStyle();

    QString m_name;
    BudgetStatus::Health m_health = BudgetStatus::Health::OnTrack;
    bool m_selected = false;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_subtitle;
    BudgetGauge *m_gauge;
};

} // namespace Spendscope
