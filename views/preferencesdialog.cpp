// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    const QString system = Translations::resolve(QString());
    //: %1 is the name of the language the system asks for, in that language, e.g. "Deutsch"
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(system)), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    const QString saved = m_settings->value(Translations::SettingsKey).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));

    m_note = new QLabel(this);
    m_note->setObjectName(u"restartNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(restartNotice());
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateNote();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::restartNotice()
{
    return tr("The new language applies the next time Spendscope starts.");
}

QString PreferencesDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    const QString choice = languageChoice();
    m_languageChanged = choice != m_settings->value(Translations::SettingsKey).toString();
    if (choice.isEmpty())
        m_settings->remove(Translations::SettingsKey);
    else
        m_settings->setValue(Translations::SettingsKey, choice);
    QDialog::accept();
}

void PreferencesDialog::updateNote()
{
    // Only a language other than the one in use needs a restart.
    const QString running = Translations::installed().isEmpty() ? u"en"_s : Translations::installed();
    m_note->setVisible(Translations::resolve(languageChoice()) != running);
}

} // namespace Spendscope
