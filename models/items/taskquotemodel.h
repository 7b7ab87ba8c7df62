// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/taskcalculator.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>

namespace Spendscope {

// One task profile priced on every catalog model (TaskCalculator::quotes()): cost per task and
// per month, cheapest first.
class TaskQuoteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskQuoteModel)
public:
    enum Column { ModelColumn, ProviderColumn, TierColumn, CostPerTaskColumn, CostPerMonthColumn, NotesColumn, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString, int tier, qint64 nano-units
        ModelIdRole,
    };

    explicit TaskQuoteModel(QObject *parent = nullptr);

    // Empty for an invalid profile.
    void setProfile(const TaskProfile &profile, const PriceCatalog &catalog);
    void clear();
    void setLocale(const QLocale &locale);

    [[nodiscard]] const TaskProfile &profile() const { return m_profile; }
    [[nodiscard]] const QList<TaskCalculator::Quote> &quotes() const { return m_quotes; }
    [[nodiscard]] int rowForModel(const QString &modelId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TaskProfile m_profile;
    QList<TaskCalculator::Quote> m_quotes;
    QSet<QString> m_overridden; // model ids priced with the user's override
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

} // namespace Spendscope
