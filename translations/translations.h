// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Spendscope {

// The languages of the user interface and the choice among them. Spendscope follows the system's
// UI languages, in their order of preference, unless the user picked one in Preferences (kept in
// QSettings under SettingsKey). Installing a language loads Spendscope's catalogue from :/i18n and
// Qt's own (standard buttons and dialogs) from Qt's translations folder. English has a catalogue
// too: it holds only the plural forms of `%n` messages.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Translations)
public:
    static constexpr QLatin1StringView SettingsKey{"appearance/language"}; // empty: follow the system

    // Language codes, English first: "en", "fr", "de".
    [[nodiscard]] static QStringList languages();
    // The language's own name for itself: "English", "Français", "Deutsch".
    [[nodiscard]] static QString nativeName(const QString &code);
    // `choice` when it is one of languages(); otherwise the first of `system`'s UI languages that
    // is; otherwise English.
    [[nodiscard]] static QString resolve(const QString &choice, const QLocale &system = QLocale::system());
    // Installs the catalogues of `code` on the running application, replacing those of an earlier
    // call. Widgets created before keep their text. False with `error` set when Spendscope's
    // catalogue is missing; a missing Qt catalogue is not an error (Qt falls back to English).
    static bool install(const QString &code, QString *error = nullptr);
    // The code given to the last successful install(); empty before.
    [[nodiscard]] static QString installed();
};

} // namespace Spendscope
