// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/repricer.h"
#include "items/quotetablemodel.h"

namespace Spendscope {

// "What would this usage have cost on each model?": Repricer::compare() of a mix, one row per
// catalog model, cheapest first, with the difference to what was billed (negative: cheaper).
// The models the usage actually ran on are flagged (SourceRole, bold) with what was billed on
// each; models whose prices are the user's overrides are flagged too (OverriddenRole).
class ModelComparisonModel final : public QuoteTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelComparisonModel)
public:
    enum Column {
        ModelColumn,
        ProviderColumn,
        TierColumn,
        CostColumn,
        DifferenceColumn,
        DifferencePercentColumn,
        BilledColumn, // what was billed on this model in the selection (source models only)
        NotesColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString, int tier, qint64 nano-units, double ratio (invalid: none)
        ModelIdRole,                     // QString
        SourceRole,                      // bool: the selection's usage ran on this model
        OverriddenRole,                  // bool: priced with the user's override
    };

    explicit ModelComparisonModel(QObject *parent = nullptr);

    // Prices `mix` on every model of `catalog`.
    void setComparison(const Repricer::Mix &mix, const PriceCatalog &catalog);

    [[nodiscard]] const QList<Repricer::Quote> &quotes() const { return m_quotes; }
    [[nodiscard]] const Repricer::Quote &quote(int row) const { return m_quotes.at(row); }
    [[nodiscard]] Money actualCost() const { return m_actualCost; }
    [[nodiscard]] bool isSource(int row) const { return m_billed.contains(m_quotes.at(row).modelId); }
    [[nodiscard]] Money billedOn(const QString &modelId) const { return m_billed.value(modelId); }
    // Source models the catalog does not know (still re-priced on every other model).
    [[nodiscard]] const QStringList &unknownModels() const { return m_unknownModels; }

    // Repricer::mixOf() in two halves, so that the scan can run as a CubeQueryJob off the GUI
    // thread: the query for a selection, and the mix from its result.
    [[nodiscard]] static CostCube::Query mixQuery(CostCube::Query selection);
    [[nodiscard]] static Repricer::Mix mixFromResult(const CostCube::Result &result);

    // "+$1.20" / "−$0.35" / "$0.00".
    [[nodiscard]] static QString formatSigned(Money amount, const QLocale &locale, const QString &currency);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] int quoteCount() const override { return int(m_quotes.size()); }
    [[nodiscard]] QString modelIdAt(int row) const override { return m_quotes.at(row).modelId; }
    void clearQuotes() override;

private:
    [[nodiscard]] std::optional<double> differenceRatio(const Repricer::Quote &quote) const;

    QList<Repricer::Quote> m_quotes;
    QHash<QString, Money> m_billed; // source model id → billed cost
    QStringList m_unknownModels;
    Money m_actualCost;
};

} // namespace Spendscope
