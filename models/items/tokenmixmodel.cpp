// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenmixmodel.h"
#include "domain/percent.h"

#include <QMap>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using TokenType = UsageType::TokenType;

// Nano-units of 1K tokens per token.
constexpr qint64 NanosPerToken = Money::Scale / 1000;

} // namespace

TokenMixModel::TokenMixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TokenMixModel::setMix(const Repricer::Mix &mix, const QString &currency)
{
    beginResetModel();
    m_mix = mix;
    m_currency = currency;
    rebuild();
    endResetModel();
}

void TokenMixModel::setPerModel(bool perModel)
{
    if (perModel == m_perModel)
        return;
    beginResetModel();
    m_perModel = perModel;
    rebuild();
    endResetModel();
}

void TokenMixModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenMixModel::rebuild()
{
    // Ordered by model, then token type in the enum's order (input, output, cache read, ...).
    QMap<std::pair<QString, int>, Row> grouped;
    m_totalCost = Money();
    m_totalKiloTokens = Money();
    for (const Repricer::Line &line : std::as_const(m_mix.lines)) {
        const QString model = m_perModel ? line.model : QString();
        Row &row = grouped[{model, int(line.tokenType)}];
        row.model = model;
        row.tokenType = line.tokenType;
        row.cost += line.actualCost;
        m_totalCost += line.actualCost;
        if (line.tokenType != TokenType::Other) {
            row.kiloTokens += line.kiloTokens;
            m_totalKiloTokens += line.kiloTokens;
        }
    }
    m_rows = grouped.values();
}

QString TokenMixModel::tokenTypeText(UsageType::TokenType type)
{
    switch (type) {
    case TokenType::Input: return tr("Input");
    case TokenType::Output: return tr("Output");
    case TokenType::CacheRead: return tr("Cache read");
    case TokenType::CacheWrite: return tr("Cache write");
    case TokenType::Other: return tr("Other (not per token)");
    }
    return QString();
}

QString TokenMixModel::formatTokens(Money kiloTokens, const QLocale &locale)
{
    const qint64 nanos = kiloTokens.nanos();
    const qint64 whole = nanos / NanosPerToken;
    const qint64 fraction = nanos % NanosPerToken;
    if (fraction == 0)
        return locale.toString(whole);
    // A fractional token count is rare (Cost Explorer rounds quantities); show it as it is.
    QString digits = QString::number(fraction < 0 ? -fraction : fraction).rightJustified(6, u'0');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    QString text = locale.toString(whole);
    if (whole == 0 && nanos < 0)
        text.prepend(locale.negativeSign());
    return text + locale.decimalPoint() + digits;
}

double TokenMixModel::tokenShare(const Row &row) const
{
    return row.kiloTokens.ratioTo(m_totalKiloTokens);
}

double TokenMixModel::costShare(const Row &row) const
{
    return row.cost.ratioTo(m_totalCost);
}

int TokenMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isOther = row.tokenType == TokenType::Other;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModelColumn: return row.model.isEmpty() ? tr("All models") : row.model;
        case TokenTypeColumn: return tokenTypeText(row.tokenType);
        //: No token count: usage that is not billed per token
        case TokensColumn: return isOther ? tr("—") : formatTokens(row.kiloTokens, m_locale);
        case TokenShareColumn: return isOther ? tr("—") : Percent::fromShare(tokenShare(row), m_locale);
        case CostColumn: return row.cost.format(m_locale, m_currency);
        case CostShareColumn: return Percent::fromShare(costShare(row), m_locale);
        default: break;
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case ModelColumn: return row.model;
        case TokenTypeColumn: return int(row.tokenType);
        case TokensColumn: return row.kiloTokens.nanos();
        case TokenShareColumn: return isOther ? 0.0 : tokenShare(row);
        case CostColumn: return row.cost.nanos();
        case CostShareColumn: return costShare(row);
        default: break;
        }
        return {};
    case TokenTypeRole: return int(row.tokenType);
    case Qt::TextAlignmentRole:
        if (index.column() >= TokensColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CostColumn)
            return tr("%1 exactly").arg(row.cost.format(m_locale, m_currency, Money::Decimals));
        if (index.column() == TokensColumn && !isOther)
            return tr("%1 thousand tokens as Cost Explorer reports them").arg(row.kiloTokens.toString());
        return {};
    default: break;
    }
    return {};
}

QVariant TokenMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case TokenTypeColumn: return tr("Token type");
    case TokensColumn: return tr("Tokens");
    case TokenShareColumn: return tr("% of tokens");
    case CostColumn: return tr("Cost");
    case CostShareColumn: return tr("% of cost");
    default: break;
    }
    return {};
}

} // namespace Spendscope
