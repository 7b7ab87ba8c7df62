// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Spendscope {

// Draws a list of numbers (the model's `role`, a QList<qint64>) as a small line chart with its
// last point marked; the cell's tool tip stays the model's.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Spendscope
