// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceoverridedialog.h"

#include "items/modelcatalogmodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

PriceOverrideDialog::PriceOverrideDialog(const PriceCatalog &base, const ModelPrice &catalogPrice,
                                         const PriceOverride *current, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_catalogPrice(catalogPrice)
    , m_currency(base.currency())
{
    setObjectName(u"priceOverrideDialog"_s);
    //: %1 a model name, %2 a region
    setWindowTitle(tr("Your Prices for %1 (%2)").arg(catalogPrice.name, catalogPrice.region));

    auto *intro = new QLabel(tr("Enter the prices you pay per 1M tokens, e.g. a negotiated rate. An empty field "
                                "keeps the catalog's price. Your prices are kept for this account and used on "
                                "every page; they are shown in bold italics."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Tokens</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Catalog / 1M</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Yours / 1M</b>"), this), 0, 2);
    const PriceOverride none;
    const PriceOverride &entry = current ? *current : none;
    m_input = addRow(grid, 1, tr("Input"), catalogPrice.inputPerMillion, entry.inputPerMillion, u"overrideInput"_s);
    m_output = addRow(grid, 2, tr("Output"), catalogPrice.outputPerMillion, entry.outputPerMillion, u"overrideOutput"_s);
    m_cacheRead = addRow(grid, 3, tr("Cache read"), catalogPrice.cacheReadPerMillion, entry.cacheReadPerMillion,
                         u"overrideCacheRead"_s);
    m_cacheWrite = addRow(grid, 4, tr("Cache write"), catalogPrice.cacheWritePerMillion, entry.cacheWritePerMillion,
                          u"overrideCacheWrite"_s);
    grid->addWidget(new QLabel(tr("Note"), this), 5, 0);
    m_note = new QLineEdit(entry.note, this);
    m_note->setObjectName(u"overrideNote"_s);
    m_note->setPlaceholderText(tr("e.g. EDP rate, contract of March 2026"));
    m_note->setMaxLength(PriceOverrides::MaxNoteLength);
    grid->addWidget(m_note, 5, 1, 1, 2);
    grid->setColumnStretch(2, 1);

    auto *source = new QLabel(tr("Catalog source: <a href=\"%1\">%1</a> (%2, as of %3)")
                                  .arg(catalogPrice.sourceUrl.toHtmlEscaped(), catalogPrice.confidence.toHtmlEscaped(),
                                       QLocale().toString(catalogPrice.asOf, QLocale::ShortFormat)),
                              this);
    source->setOpenExternalLinks(true);
    source->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"overrideProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(palette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceOverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(source);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QLineEdit *PriceOverrideDialog::addRow(QGridLayout *grid, int row, const QString &label,
                                       const std::optional<Money> &catalog, const std::optional<Money> &current,
                                       const QString &objectName)
{
    const QLocale locale;
    grid->addWidget(new QLabel(label, this), row, 0);
    auto *catalogLabel = new QLabel(catalog ? ModelCatalogModel::formatPrice(*catalog, locale, m_currency)
                                            : tr("none (billed as input)"),
                                    this);
    catalogLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(catalogLabel, row, 1);
    auto *edit = new QLineEdit(current ? current->toString() : QString(), this);
    edit->setObjectName(objectName);
    if (catalog)
        edit->setPlaceholderText(catalog->toString());
    // No SKU, nothing to override (see PriceOverrides).
    edit->setEnabled(catalog.has_value());
    grid->addWidget(edit, row, 2);
    return edit;
}

std::optional<PriceOverride> PriceOverrideDialog::priceOverride()
{
    PriceOverride entry;
    entry.modelId = m_catalogPrice.modelId;
    entry.region = m_catalogPrice.region;
    entry.note = m_note->text().trimmed();
    const struct {
        QLineEdit *edit;
        std::optional<Money> PriceOverride::*member;
        QString name;
    } fields[] = {{m_input, &PriceOverride::inputPerMillion, tr("input")},
                  {m_output, &PriceOverride::outputPerMillion, tr("output")},
                  {m_cacheRead, &PriceOverride::cacheReadPerMillion, tr("cache read")},
                  {m_cacheWrite, &PriceOverride::cacheWritePerMillion, tr("cache write")}};
    for (const auto &field : fields) {
        const QString text = field.edit->text().trimmed();
        if (text.isEmpty() || !field.edit->isEnabled())
            continue;
        // Typed in the user's locale or with a point, as the catalog writes prices.
        std::optional<Money> price = Money::parse(text);
        if (!price) {
            QString normalised = text;
            normalised.remove(QLocale().groupSeparator());
            normalised.replace(QLocale().decimalPoint(), u"."_s);
            price = Money::parse(normalised);
        }
        if (!price) {
            //: %1 the text typed, %2 the token type
            m_problem->setText(tr("“%1” is not a price (%2). Write a decimal number such as 0.15.").arg(text, field.name));
            return std::nullopt;
        }
        entry.*field.member = price;
    }
    const QString problem = PriceOverrides::validate(entry, m_base);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return std::nullopt;
    }
    m_problem->clear();
    return entry;
}

void PriceOverrideDialog::accept()
{
    if (priceOverride())
        QDialog::accept();
}

} // namespace Spendscope
