// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/repricer.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Spendscope {

// The actual token mix of a selection (a Repricer::Mix): per token type — input, output, cache
// read, cache write, other — the tokens and the billed cost with their shares; optionally per
// source model and token type. Tokens are Cost Explorer's 1K-token quantities converted exactly;
// "other" usage is not counted in tokens, only in cost.
class TokenMixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenMixModel)
public:
    enum Column { ModelColumn, TokenTypeColumn, TokensColumn, TokenShareColumn, CostColumn, CostShareColumn, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString; qint64 nano-units of 1K tokens or of money; double share
        TokenTypeRole,                   // int (UsageType::TokenType)
    };

    explicit TokenMixModel(QObject *parent = nullptr);

    void setMix(const Repricer::Mix &mix, const QString &currency = QStringLiteral("USD"));
    // One row per token type (default) or per source model and token type.
    void setPerModel(bool perModel);
    [[nodiscard]] bool isPerModel() const { return m_perModel; }
    void setLocale(const QLocale &locale);

    [[nodiscard]] Money totalCost() const { return m_totalCost; }
    [[nodiscard]] Money totalKiloTokens() const { return m_totalKiloTokens; } // "other" excluded
    [[nodiscard]] Money kiloTokens(int row) const { return m_rows.at(row).kiloTokens; }
    [[nodiscard]] Money cost(int row) const { return m_rows.at(row).cost; }
    [[nodiscard]] UsageType::TokenType tokenType(int row) const { return m_rows.at(row).tokenType; }
    [[nodiscard]] QString model(int row) const { return m_rows.at(row).model; }

    [[nodiscard]] static QString tokenTypeText(UsageType::TokenType type);
    // Tokens from Cost Explorer's 1K-token quantity, with grouping ("1,234,567"; fractions kept).
    [[nodiscard]] static QString formatTokens(Money kiloTokens, const QLocale &locale);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString model; // empty when not per model
        UsageType::TokenType tokenType = UsageType::TokenType::Other;
        Money kiloTokens;
        Money cost;
    };

    void rebuild();
    [[nodiscard]] double tokenShare(const Row &row) const;
    [[nodiscard]] double costShare(const Row &row) const;

    Repricer::Mix m_mix;
    QString m_currency = QStringLiteral("USD");
    bool m_perModel = false;
    QList<Row> m_rows;
    Money m_totalCost;
    Money m_totalKiloTokens;
    QLocale m_locale;
};

} // namespace Spendscope
