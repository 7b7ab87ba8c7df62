// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Owned by the application object, so they go with it; QPointer notices that.
QPointer<QTranslator> s_spendscope;
QPointer<QTranslator> s_qt;
QString s_installed;

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

} // namespace

QStringList Translations::languages()
{
    return {u"en"_s, u"fr"_s, u"de"_s};
}

QString Translations::nativeName(const QString &code)
{
    // Each language is named in itself, so that a user who cannot read the current language
    // still finds theirs; these names are not translated.
    if (code == u"fr")
        return u"Français"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"en")
        return u"English"_s;
    return code;
}

QString Translations::resolve(const QString &choice, const QLocale &system)
{
    const QStringList available = languages();
    if (available.contains(choice))
        return choice;
    for (const QString &language : system.uiLanguages()) {
        // "fr-CA" and "fr" both mean French; "C" and the like match nothing.
        const QString code = language.section(u'-', 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return u"en"_s;
}

bool Translations::install(const QString &code, QString *error)
{
    auto *app = QCoreApplication::instance();
    if (!app || !languages().contains(code)) {
        if (error)
            *error = tr("There is no translation for the language “%1”.").arg(code);
        return false;
    }
    auto *spendscope = new QTranslator(app);
    if (!spendscope->load(u":/i18n/spendscope_"_s + code + u".qm"_s)) {
        delete spendscope;
        if (error)
            *error = tr("The translation for %1 could not be loaded.").arg(nativeName(code));
        return false;
    }
    remove(s_spendscope);
    remove(s_qt);
    s_spendscope = spendscope;
    QCoreApplication::installTranslator(spendscope);
    if (code != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            s_qt = qt;
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    s_installed = code;
    return true;
}

QString Translations::installed()
{
    return s_installed;
}

} // namespace Spendscope
