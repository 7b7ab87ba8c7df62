// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskquotemodel.h"

#include "items/modelcatalogmodel.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

TaskQuoteModel::TaskQuoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskQuoteModel::setProfile(const TaskProfile &profile, const PriceCatalog &catalog)
{
    beginResetModel();
    m_profile = profile;
    m_quotes = TaskCalculator(catalog).quotes(profile);
    m_currency = catalog.currency();
    m_overridden.clear();
    for (const ModelPrice &price : catalog.models()) {
        if (price.overridden)
            m_overridden.insert(price.modelId);
    }
    endResetModel();
}

void TaskQuoteModel::clear()
{
    beginResetModel();
    m_profile = TaskProfile();
    m_quotes.clear();
    m_overridden.clear();
    endResetModel();
}

void TaskQuoteModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_quotes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TaskQuoteModel::rowForModel(const QString &modelId) const
{
    for (int row = 0; row < m_quotes.size(); ++row) {
        if (m_quotes.at(row).modelId == modelId)
            return row;
    }
    return -1;
}

int TaskQuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int TaskQuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskQuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskCalculator::Quote &quote = m_quotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn: return quote.name;
        case ProviderColumn: return quote.provider;
        case TierColumn: return ModelCatalogModel::tierText(quote.tier);
        // A task costs fractions of a cent: every decimal it has.
        case CostPerTaskColumn: return ModelCatalogModel::formatPrice(quote.costPerTask, m_locale, m_currency);
        case CostPerMonthColumn: return quote.costPerMonth.format(m_locale, m_currency);
        case NotesColumn: {
            QStringList notes;
            if (m_overridden.contains(quote.modelId))
                notes.append(tr("Priced with your override."));
            if (quote.cachedInputAsInput)
                notes.append(tr("No cache-read price: the cached share is priced as input."));
            return notes.join(u' ');
        }
        default: break;
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case ModelColumn: return quote.name;
        case ProviderColumn: return quote.provider;
        case TierColumn: return int(quote.tier);
        case CostPerTaskColumn: return quote.costPerTask.nanos();
        case CostPerMonthColumn: return quote.costPerMonth.nanos();
        case NotesColumn: return data(index, Qt::DisplayRole);
        default: break;
        }
        return {};
    case ModelIdRole: return quote.modelId;
    case Qt::TextAlignmentRole:
        if (index.column() == CostPerTaskColumn || index.column() == CostPerMonthColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn)
            return quote.modelId;
        if (index.column() == CostPerMonthColumn)
            return tr("%1 exactly").arg(quote.costPerMonth.format(m_locale, m_currency, Money::Decimals));
        return {};
    default: break;
    }
    return {};
}

QVariant TaskQuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case ProviderColumn: return tr("Provider");
    case TierColumn: return tr("Tier");
    case CostPerTaskColumn: return tr("Per task");
    case CostPerMonthColumn: return tr("Per month");
    case NotesColumn: return tr("Notes");
    default: break;
    }
    return {};
}

} // namespace Spendscope
