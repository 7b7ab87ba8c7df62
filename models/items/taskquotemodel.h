// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/taskcalculator.h"
#include "items/quotetablemodel.h"

namespace Spendscope {

// One task profile priced on every catalog model (TaskCalculator::quotes()): cost per task and
// per month, cheapest first.
class TaskQuoteModel final : public QuoteTableModel
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

    [[nodiscard]] const TaskProfile &profile() const { return m_profile; }
    [[nodiscard]] const QList<TaskCalculator::Quote> &quotes() const { return m_quotes; }

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] int quoteCount() const override { return int(m_quotes.size()); }
    [[nodiscard]] QString modelIdAt(int row) const override { return m_quotes.at(row).modelId; }
    void clearQuotes() override;

private:
    TaskProfile m_profile;
    QList<TaskCalculator::Quote> m_quotes;
};

} // namespace Spendscope
