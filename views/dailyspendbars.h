// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QDate>
#include <QLocale>
#include <QMap>
#include <QWidget>

namespace Spendscope {

// A small bar chart of daily spend, one bar a day, the days from `highlightFrom` on (this month)
// in the highlight colour and earlier days muted. Hovering a bar shows its day and exact amount.
// Painted, not a Qt Chart: it sits inside an Overview tile and has no axes to read.
class DailySpendBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailySpendBars)
public:
    explicit DailySpendBars(QWidget *parent = nullptr);

    void setDaily(const QMap<QDate, Money> &daily, QDate highlightFrom, const QString &currency = QStringLiteral("USD"));
    [[nodiscard]] const QMap<QDate, Money> &daily() const { return m_daily; }

    [[nodiscard]] QSize sizeHint() const override { return {240, 56}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 40}; }

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int barAt(QPoint position) const;

    QMap<QDate, Money> m_daily;
    QDate m_highlightFrom;
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

} // namespace Spendscope
