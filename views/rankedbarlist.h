// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace Spendscope {

// A short ranked list drawn as rows: a name, an amount on the right and a thin bar for the
// entry's share of the whole, e.g. the Overview's top teams. Each row's tool tip is its own.
class RankedBarList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankedBarList)
public:
    struct Entry {
        QString name;
        QString amount;  // formatted
        double share = 0; // 0..1, the bar's length
        QString toolTip;
    };

    explicit RankedBarList(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    // Shown when there are no entries.
    void setPlaceholder(const QString &text);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int rowAt(QPoint position) const;

    QList<Entry> m_entries;
    QString m_placeholder;
};

} // namespace Spendscope
