// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcatalogmodel.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

ModelCatalogModel::ModelCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModelCatalogModel::setCatalog(const PriceCatalog &base, const PriceOverrides &overrides)
{
    beginResetModel();
    m_base = base;
    m_overrides = overrides;
    m_effective = overrides.applyTo(base);
    endResetModel();
}

void ModelCatalogModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ModelCatalogModel::rowFor(const QString &modelId, const QString &region) const
{
    const QList<ModelPrice> &models = m_effective.models();
    for (int row = 0; row < models.size(); ++row) {
        if (models.at(row).modelId == modelId && models.at(row).region == region)
            return row;
    }
    return -1;
}

QString ModelCatalogModel::formatPrice(Money price, const QLocale &locale, const QString &currency)
{
    const QString exact = price.toString();
    const qsizetype point = exact.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(exact.size() - point - 1);
    return price.format(locale, currency, std::max(2, decimals));
}

QString ModelCatalogModel::tierText(ModelPrice::Tier tier)
{
    switch (tier) {
    case ModelPrice::Tier::Premium: return tr("Premium");
    case ModelPrice::Tier::Standard: return tr("Standard");
    case ModelPrice::Tier::Economy: return tr("Economy");
    }
    return QString();
}

int ModelCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_effective.models().size());
}

int ModelCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Money> ModelCatalogModel::priceAt(const ModelPrice &price, int column) const
{
    switch (column) {
    case InputColumn: return price.inputPerMillion;
    case OutputColumn: return price.outputPerMillion;
    case CacheReadColumn: return price.cacheReadPerMillion;
    case CacheWriteColumn: return price.cacheWritePerMillion;
    default: break;
    }
    return std::nullopt;
}

bool ModelCatalogModel::isOverridden(int row, int column) const
{
    const ModelPrice &price = m_effective.models().at(row);
    if (!price.overridden)
        return false;
    const PriceOverride *entry = m_overrides.find(price.modelId, price.region);
    if (!entry)
        return false;
    switch (column) {
    case InputColumn: return entry->inputPerMillion.has_value();
    case OutputColumn: return entry->outputPerMillion.has_value();
    case CacheReadColumn: return entry->cacheReadPerMillion.has_value();
    case CacheWriteColumn: return entry->cacheWritePerMillion.has_value();
    case ProviderColumn:
    case NameColumn:
    case ModelIdColumn: return true; // the row carries the user's prices
    default: break;
    }
    return false;
}

QVariant ModelCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ModelPrice &price = m_effective.models().at(row);
    const QString &currency = m_effective.currency();
    const bool isPrice = column >= InputColumn && column <= CacheWriteColumn;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProviderColumn: return price.provider;
        case NameColumn: return price.name;
        case ModelIdColumn: return price.modelId;
        case TierColumn: return tierText(price.tier);
        case EndpointColumn: return price.endpoint;
        case RegionColumn: return price.region;
        case ConfidenceColumn: return price.confidence;
        case AsOfColumn: return m_locale.toString(price.asOf, QLocale::ShortFormat);
        case SourceColumn: return price.sourceUrl;
        default: break;
        }
        if (isPrice) {
            const std::optional<Money> value = priceAt(price, column);
            //: No price of this kind: the model has no such SKU
            return value ? formatPrice(*value, m_locale, currency) : tr("—");
        }
        return {};
    case RawValueRole:
        switch (column) {
        case TierColumn: return int(price.tier);
        case AsOfColumn: return price.asOf;
        default: break;
        }
        if (isPrice) {
            const std::optional<Money> value = priceAt(price, column);
            return value ? QVariant(value->nanos()) : QVariant();
        }
        return data(index, Qt::DisplayRole);
    case ModelIdRole: return price.modelId;
    case RegionRole: return price.region;
    case OverriddenRole: return isOverridden(row, column);
    case Qt::TextAlignmentRole:
        if (isPrice)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (isOverridden(row, column)) {
            QFont font;
            font.setBold(true);
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (isPrice) {
            const std::optional<Money> value = priceAt(price, column);
            if (!value) {
                if (column == CacheReadColumn)
                    return tr("%1 has no cache-read price: cache reads are billed as input tokens.").arg(price.name);
                if (column == CacheWriteColumn)
                    return tr("%1 has no cache-write price: cache writes are billed as input tokens.").arg(price.name);
                return {};
            }
            if (isOverridden(row, column)) {
                const std::optional<Money> catalogValue = priceAt(m_base.models().at(row), column);
                const PriceOverride *entry = m_overrides.find(price.modelId, price.region);
                const QString catalogText = catalogValue ? formatPrice(*catalogValue, m_locale, currency) : tr("—");
                if (entry && !entry->note.isEmpty())
                    //: %1 the user's price, %2 the user's note, %3 the catalog's price
                    return tr("Your price: %1 per 1M tokens (%2). Catalog price: %3.")
                        .arg(formatPrice(*value, m_locale, currency), entry->note, catalogText);
                return tr("Your price: %1 per 1M tokens. Catalog price: %2.")
                    .arg(formatPrice(*value, m_locale, currency), catalogText);
            }
            return tr("%1 per 1M tokens, from %2 (%3, as of %4).")
                .arg(formatPrice(*value, m_locale, currency), price.sourceUrl, price.confidence,
                     m_locale.toString(price.asOf, QLocale::ShortFormat));
        }
        if (column == NameColumn || column == ModelIdColumn) {
            if (price.overridden)
                return tr("%1 (%2): prices in bold italics are your overrides.").arg(price.modelId, price.region);
            return price.note.isEmpty() ? price.modelId : tr("%1: %2").arg(price.modelId, price.note);
        }
        if (column == SourceColumn || column == ConfidenceColumn)
            return price.sourceUrl;
        return {};
    }
    default: break;
    }
    return {};
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case NameColumn: return tr("Model");
    case ModelIdColumn: return tr("Model ID");
    case TierColumn: return tr("Tier");
    case EndpointColumn: return tr("Endpoint");
    case RegionColumn: return tr("Region");
    case InputColumn: return tr("Input / 1M");
    case OutputColumn: return tr("Output / 1M");
    case CacheReadColumn: return tr("Cache read / 1M");
    case CacheWriteColumn: return tr("Cache write / 1M");
    case ConfidenceColumn: return tr("Confidence");
    case AsOfColumn: return tr("As of");
    case SourceColumn: return tr("Source");
    default: break;
    }
    return {};
}

} // namespace Spendscope
