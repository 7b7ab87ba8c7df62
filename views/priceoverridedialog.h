// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/priceoverrides.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace Spendscope {

// Sets the user's own prices (e.g. negotiated rates) for one catalog entry: per token type the
// catalog's price beside a field for the user's; an empty field keeps the catalog's. Prices a
// model has no SKU for cannot be set. OK is refused, with the reason shown, until every field
// holds a valid price.
class PriceOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceOverrideDialog)
public:
    // `base` is the catalog as published (no overrides), `catalogPrice` one of its entries and
    // `current` that entry's override so far (nullptr: none).
    PriceOverrideDialog(const PriceCatalog &base, const ModelPrice &catalogPrice, const PriceOverride *current,
                        QWidget *parent = nullptr);

    // The override as entered; nullopt (and the reason shown) when a field is invalid.
    [[nodiscard]] std::optional<PriceOverride> priceOverride();
    void accept() override;

private:
    QLineEdit *addRow(QGridLayout *grid, int row, const QString &label, const std::optional<Money> &catalog,
                      const std::optional<Money> &current, const QString &objectName);

    PriceCatalog m_base;
    ModelPrice m_catalogPrice;
    QString m_currency;
    QLineEdit *m_input = nullptr;
    QLineEdit *m_output = nullptr;
    QLineEdit *m_cacheRead = nullptr;
    QLineEdit *m_cacheWrite = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Spendscope
