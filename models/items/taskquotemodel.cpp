// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskquotemodel.h"

#include "items/modelcatalogmodel.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

TaskQuoteModel::TaskQuoteModel(QObject *parent)
    : QuoteTableModel(ColumnCount, parent)
{
}

void TaskQuoteModel::setProfile(const TaskProfile &profile, const PriceCatalog &catalog)
{
    beginResetModel();
    m_profile = profile;
    m_quotes = TaskCalculator(catalog).quotes(profile);
    takeCatalog(catalog);
    endResetModel();
}

void TaskQuoteModel::clearQuotes()
{
    m_profile = TaskProfile();
    m_quotes.clear();
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
        case CostPerTaskColumn: return ModelCatalogModel::formatPrice(quote.costPerTask, locale(), currency());
        case CostPerMonthColumn: return quote.costPerMonth.format(locale(), currency());
        case NotesColumn: {
            QStringList notes;
            if (isOverridden(quote.modelId))
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
            return tr("%1 exactly").arg(quote.costPerMonth.format(locale(), currency(), Money::Decimals));
        return {};
    default: break;
    }
    return {};
}

QVariant TaskQuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QuoteTableModel::headerData(section, orientation, role);
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
