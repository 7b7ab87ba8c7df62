// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcomparisonmodel.h"

#include "domain/percent.h"
#include "items/modelcatalogmodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Spendscope {

ModelComparisonModel::ModelComparisonModel(QObject *parent)
    : QuoteTableModel(ColumnCount, parent)
{
}

void ModelComparisonModel::setComparison(const Repricer::Mix &mix, const PriceCatalog &catalog)
{
    beginResetModel();
    const Repricer repricer(catalog);
    m_quotes = repricer.compare(mix);
    m_unknownModels = repricer.unknownModels(mix);
    m_actualCost = mix.actualCost();
    m_billed.clear();
    for (const QString &model : mix.models())
        m_billed.insert(model, mix.forModel(model).actualCost());
    takeCatalog(catalog);
    endResetModel();
}

void ModelComparisonModel::clearQuotes()
{
    m_quotes.clear();
    m_billed.clear();
    m_unknownModels.clear();
    m_actualCost = Money();
}

CostCube::Query ModelComparisonModel::mixQuery(CostCube::Query selection)
{
    // As Repricer::mixOf(): the selection's filters and days, grouped by model, region, token type.
    selection.groupBy = {CostCube::Dimension::Model, CostCube::Dimension::Region, CostCube::Dimension::TokenType};
    selection.bucket = CostCube::TimeBucket::None;
    return selection;
}

Repricer::Mix ModelComparisonModel::mixFromResult(const CostCube::Result &result)
{
    Repricer::Mix mix;
    mix.lines.reserve(result.rows.size());
    for (const CostCube::ResultRow &row : result.rows) {
        // Unknown or empty token type names count as "other", as in Repricer::mixOf().
        mix.lines.append({row.keys.at(0), row.keys.at(1), UsageType::tokenTypeFromName(row.keys.at(2)), row.quantity,
                          row.cost});
    }
    return mix;
}

QString ModelComparisonModel::formatSigned(Money amount, const QLocale &locale, const QString &currency)
{
    if (amount.rounded(2).isZero())
        return Money().format(locale, currency);
    const QString magnitude = (amount.isNegative() ? -amount : amount).format(locale, currency);
    //: %1 the sign (+ or −), %2 an amount of money
    return tr("%1%2").arg(amount.isNegative() ? locale.negativeSign() : locale.positiveSign(), magnitude);
}

std::optional<double> ModelComparisonModel::differenceRatio(const Repricer::Quote &quote) const
{
    if (m_actualCost.isZero())
        return std::nullopt;
    return quote.difference.ratioTo(m_actualCost);
}

QVariant ModelComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Repricer::Quote &quote = m_quotes.at(index.row());
    const bool source = m_billed.contains(quote.modelId);
    const bool overridden = isOverridden(quote.modelId);
    const std::optional<double> ratio = differenceRatio(quote);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn: return quote.name;
        case ProviderColumn: return quote.provider;
        case TierColumn: return ModelCatalogModel::tierText(quote.tier);
        case CostColumn: return quote.cost.format(locale(), currency());
        case DifferenceColumn: return formatSigned(quote.difference, locale(), currency());
        case DifferencePercentColumn:
            if (!ratio)
                return tr("—");
            return Percent::signedFromShare(*ratio, locale());
        case BilledColumn: return source ? m_billed.value(quote.modelId).format(locale(), currency()) : QString();
        case NotesColumn: {
            QStringList notes;
            if (source)
                notes.append(tr("Used by this selection."));
            if (overridden)
                notes.append(tr("Priced with your override."));
            notes.append(quote.notes);
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
        case CostColumn: return quote.cost.nanos();
        case DifferenceColumn: return quote.difference.nanos();
        case DifferencePercentColumn: return ratio ? QVariant(*ratio) : QVariant();
        case BilledColumn: return source ? QVariant(m_billed.value(quote.modelId).nanos()) : QVariant();
        case NotesColumn: return data(index, Qt::DisplayRole);
        default: break;
        }
        return {};
    case ModelIdRole: return quote.modelId;
    case SourceRole: return source;
    case OverriddenRole: return overridden;
    case Qt::TextAlignmentRole:
        if (index.column() >= CostColumn && index.column() <= BilledColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (source || (overridden && index.column() == CostColumn)) {
            QFont font;
            font.setBold(source);
            font.setItalic(overridden && index.column() == CostColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ModelColumn: return quote.modelId;
        case CostColumn:
            //: %1 the exact cost, %2 what was billed
            return tr("%1 exactly on this model; billed: %2.")
                .arg(quote.cost.format(locale(), currency(), Money::Decimals),
                     m_actualCost.format(locale(), currency(), Money::Decimals));
        case DifferenceColumn:
            return tr("%1 exactly").arg(quote.difference.format(locale(), currency(), Money::Decimals));
        case NotesColumn: return data(index, Qt::DisplayRole);
        default: break;
        }
        return {};
    default: break;
    }
    return {};
}

QVariant ModelComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case CostColumn: return tr("What the selection's tokens would have cost on this model");
        case DifferenceColumn: return tr("Would cost minus billed: negative means cheaper");
        case DifferencePercentColumn: return tr("The difference as a share of what was billed");
        case BilledColumn: return tr("What was billed on this model in the selection");
        default: break;
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QuoteTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case ProviderColumn: return tr("Provider");
    case TierColumn: return tr("Tier");
    case CostColumn: return tr("Would cost");
    case DifferenceColumn: return tr("Difference");
    case DifferencePercentColumn: return tr("Diff. %");
    case BilledColumn: return tr("Billed here");
    case NotesColumn: return tr("Notes");
    default: break;
    }
    return {};
}

} // namespace Spendscope
