// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace Spendscope {

// Edit → Preferences: the language of the user interface. "System default" follows the system's
// UI languages (Translations::resolve); a chosen language is kept in `settings` and applies at the
// next start, because pages build their text once — the dialog says so when the choice differs
// from the language in use.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language code chosen in the dialog; empty for the system default.
    [[nodiscard]] QString languageChoice() const;
    // True when accepting changed the saved language.
    [[nodiscard]] bool languageChanged() const { return m_languageChanged; }
    // "The new language applies the next time Spendscope starts.", for the dialog and for
    // whoever reports the change after it closed.
    [[nodiscard]] static QString restartNotice();

    void accept() override;

private:
    void updateNote();

    QSettings *m_settings;
    QComboBox *m_language;
    QLabel *m_note;
    bool m_languageChanged = false;
};

} // namespace Spendscope
