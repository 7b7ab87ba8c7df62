// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pricecatalog.h"
#include "domain/priceoverrides.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Spendscope {

// Every entry of the price catalog (one row per model and region) with its prices per 1M tokens,
// source, confidence and date. The user's price overrides are applied and marked per cell: a bold
// italic font (Qt::FontRole), OverriddenRole, and a tool tip with the catalog's own figure.
class ModelCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalogModel)
public:
    enum Column {
        ProviderColumn,
        NameColumn,
        ModelIdColumn,
        TierColumn,
        EndpointColumn,
        RegionColumn,
        InputColumn,
        OutputColumn,
        CacheReadColumn,
        CacheWriteColumn,
        ConfidenceColumn,
        AsOfColumn,
        SourceColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString, qint64 nano-units (invalid: no such price), QDate
        ModelIdRole,                     // QString
        RegionRole,                      // QString
        OverriddenRole,                  // bool: this cell (or, in the name columns, this row) is the user's
    };

    explicit ModelCatalogModel(QObject *parent = nullptr);

    // `base` is the catalog as published; `overrides` are applied to it here.
    void setCatalog(const PriceCatalog &base, const PriceOverrides &overrides = {});
    [[nodiscard]] const PriceCatalog &catalog() const { return m_effective; }
    [[nodiscard]] const ModelPrice &price(int row) const { return m_effective.models().at(row); }
    [[nodiscard]] const ModelPrice &basePrice(int row) const { return m_base.models().at(row); }
    [[nodiscard]] int rowFor(const QString &modelId, const QString &region) const;
    void setLocale(const QLocale &locale);

    // A price per 1M tokens with every decimal it has (at least two): "$0.075", "$3.00".
    [[nodiscard]] static QString formatPrice(Money price, const QLocale &locale, const QString &currency);
    // "Premium", "Standard", "Economy", translated.
    [[nodiscard]] static QString tierText(ModelPrice::Tier tier);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool isOverridden(int row, int column) const;
    [[nodiscard]] std::optional<Money> priceAt(const ModelPrice &price, int column) const;

    PriceCatalog m_base;
    PriceCatalog m_effective;
    PriceOverrides m_overrides;
    QLocale m_locale;
};

} // namespace Spendscope
