// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>
#include <QString>

namespace Spendscope {

class PriceCatalog;

// What the tables of one quote per catalog model share (ModelComparisonModel, TaskQuoteModel):
// the catalog's currency and which of its models carry the user's price overrides, the display
// locale, finding a model's row, and clearing. A subclass keeps its quotes, one a row, and tells
// how many there are and the model id of each.
class QuoteTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)
public:
    ~QuoteTableModel() override;

    void clear();
    // Formats every amount for `locale` from now on.
    void setLocale(const QLocale &locale);

    [[nodiscard]] int rowForModel(const QString &modelId) const; // -1: not in the table
    [[nodiscard]] const QString &currency() const { return m_currency; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QuoteTableModel(int columnCount, QObject *parent);

    // The currency and the overridden models of the catalog the quotes now come from; called
    // inside the subclass's model reset.
    void takeCatalog(const PriceCatalog &catalog);
    [[nodiscard]] bool isOverridden(const QString &modelId) const { return m_overridden.contains(modelId); }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }

    [[nodiscard]] virtual int quoteCount() const = 0;
    [[nodiscard]] virtual QString modelIdAt(int row) const = 0;
    // Drops the subclass's quotes; called inside clear()'s model reset.
    virtual void clearQuotes() = 0;

private:
    const int m_columnCount;
    QSet<QString> m_overridden; // model ids priced with the user's override
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

} // namespace Spendscope
