// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotetablemodel.h"

#include "domain/pricecatalog.h"

namespace Spendscope {

QuoteTableModel::QuoteTableModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

QuoteTableModel::~QuoteTableModel() = default;

void QuoteTableModel::clear()
{
    beginResetModel();
    clearQuotes();
    m_overridden.clear();
    endResetModel();
}

void QuoteTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (quoteCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(quoteCount() - 1, m_columnCount - 1));
}

int QuoteTableModel::rowForModel(const QString &modelId) const
{
    for (int row = 0; row < quoteCount(); ++row) {
        if (modelIdAt(row) == modelId)
            return row;
    }
    return -1;
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : quoteCount();
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

void QuoteTableModel::takeCatalog(const PriceCatalog &catalog)
{
    m_currency = catalog.currency();
    m_overridden.clear();
    for (const ModelPrice &price : catalog.models()) {
        if (price.overridden)
            m_overridden.insert(price.modelId);
    }
}

} // namespace Spendscope
