// SPDX-License-Identifier: GPL-3.0-or-later
// The user interface in French and German: the language follows the system unless Preferences
// names one, the catalogues load from the resources, and the composed window shows translated
// menus, page titles and controls, including Qt's own standard buttons. Plural forms come from
// the catalogues, English included.
#include "costspage.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "preferencesdialog.h"
#include "standardpages.h"
#include "translations.h"

#include "analytics/monthendforecaster.h"
#include "domain/percent.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate Today(2026, 11, 20);

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList navigationTexts(QMainWindow *window)
{
    QStringList texts;
    auto *list = window->findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; list && row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

QString forecastBasis(int days)
{
    MonthEndForecaster::Forecast forecast;
    forecast.basis = MonthEndForecaster::Basis::RunRate;
    forecast.historyDays = days;
    return MonthEndForecaster::basisText(forecast);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QVERIFY(Translations::install(u"en"_s)); }

    void resolve_followsTheSystemUnlessChosen_data();
    void resolve_followsTheSystemUnlessChosen();
    void window_isTranslated_data();
    void window_isTranslated();
    void pluralForms_followTheCatalogue();
    void percent_signFollowsTheLanguage();
    void preferences_saveTheChoice();
    void install_refusesUnknownLanguages();
};

void TestTranslations::resolve_followsTheSystemUnlessChosen_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French system") << QString() << u"fr_FR"_s << u"fr"_s;
    QTest::newRow("Canadian French system") << QString() << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("Austrian German system") << QString() << u"de_AT"_s << u"de"_s;
    QTest::newRow("Japanese system: English") << QString() << u"ja_JP"_s << u"en"_s;
    QTest::newRow("C locale: English") << QString() << u"C"_s << u"en"_s;
    QTest::newRow("German chosen on a French system") << u"de"_s << u"fr_FR"_s << u"de"_s;
    QTest::newRow("English chosen on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("unknown choice: the system") << u"xx"_s << u"de_CH"_s << u"de"_s;
}

void TestTranslations::resolve_followsTheSystemUnlessChosen()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(choice, QLocale(system)), expected);
}

void TestTranslations::window_isTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("costsTitle");
    QTest::addColumn<QString>("qtCancel");
    QTest::addColumn<QString>("projectLabel");
    QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"Coûts"_s << u"Annuler"_s << u"Projet"_s;
    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"Kosten"_s << u"Abbrechen"_s << u"Projekt"_s;
}

void TestTranslations::window_isTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, costsTitle);
    QFETCH(QString, qtCancel);
    QFETCH(QString, projectLabel);

    QString error;
    QVERIFY2(Translations::install(code, &error), qPrintable(error));
    QCOMPARE(Translations::installed(), code);

    // Widgets take their text when they are built, as at start-up.
    Test::GuiSession f(Today);
    const QStringList menus = menuTitles(f.window.get());
    QCOMPARE(menus.value(0), fileMenu);
    for (const char *source : {"&File", "&Edit", "&View", "&Help"})
        QVERIFY2(menus.contains(translated("Spendscope::MainWindow", source)), source);
    QVERIFY(!menus.contains(u"&Edit"_s));

    // Every page title in the navigation is translated, and no English one is left.
    const QStringList pages = navigationTexts(f.window.get());
    QCOMPARE(pages.size(), f.window->pageKeys().size());
    QCOMPARE(pages.value(f.window->pageKeys().indexOf(u"costs"_s)), costsTitle);
    for (const QString &key : f.window->pageKeys()) {
        const QString english = key.at(0).toUpper() + key.mid(1);
        QCOMPARE(pages.value(f.window->pageKeys().indexOf(key)), standardPageTitle(key));
        if (key != u"budgets") // "Budgets" is French and German too
            QVERIFY2(standardPageTitle(key) != english, qPrintable(english));
    }

    // A page's controls: the Costs page's grouping choices.
    auto *groupBy = f.page<CostsPage>()->findChild<QComboBox *>(u"groupByCombo"_s);
    QVERIFY(groupBy);
    QStringList groupings;
    for (int i = 0; i < groupBy->count(); ++i)
        groupings.append(groupBy->itemText(i));
    QVERIFY2(groupings.contains(projectLabel), qPrintable(groupings.join(u", "_s)));
    QVERIFY(!groupings.contains(u"Project"_s));

    // Qt's own catalogue: the standard buttons of a dialog.
    QSettings settings(f.isolated.path() + u"/prefs.ini"_s, QSettings::IniFormat);
    PreferencesDialog preferences(&settings, f.window.get());
    auto *buttons = preferences.findChild<QDialogButtonBox *>(u"buttons"_s);
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), qtCancel);

    // After a sync the Overview's figures and messages are in the language too.
    auto *overview = f.window->findChild<OverviewPage *>(u"page-overview"_s);
    QVERIFY(overview);
    QSignalSpy overviewUpdated(overview, &OverviewPage::summaryUpdated);
    f.window->resize(1280, 800);
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->selectProfile(ProfileStore::SandboxId.toString());
    QTRY_VERIFY(f.workspace.isConnected());
    f.workspace.startSync();
    QTRY_VERIFY_WITH_TIMEOUT(!f.workspace.isSyncing(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(f.workspace.costData().byProject->rowCount() > 0, 20000);
    // The summary of the synced data (an earlier one of the empty cache may come first).
    QTRY_VERIFY_WITH_TIMEOUT(overview->summary().monthToDate > Money(), 20000);
    const QString lastSync = f.window->findChild<QLabel *>(u"lastSyncLabel"_s)->text();
    QVERIFY2(lastSync.contains(translated("Spendscope::MainWindow", "Last sync %1 · requests: %2 · USD %3")
                                   .section(u' ', 0, 1)),
             qPrintable(lastSync));
    QVERIFY(Test::saveSnapshot(f.window.get(), u"mainwindow-"_s + code));
}

void TestTranslations::pluralForms_followTheCatalogue()
{
    // English has a catalogue for its plural forms alone.
    QVERIFY(Translations::install(u"en"_s));
    QCOMPARE(forecastBasis(1), u"Run rate from only 1 day of history (rough)"_s);
    QCOMPARE(forecastBasis(5), u"Run rate from only 5 days of history (rough)"_s);

    // French uses its singular for 0 and 1, German only for 1.
    QVERIFY(Translations::install(u"fr"_s));
    QCOMPARE(forecastBasis(0), forecastBasis(1).replace(u'1', u'0'));
    QVERIFY(forecastBasis(2) != forecastBasis(1).replace(u'1', u'2'));
    QVERIFY(forecastBasis(2).contains(u'2'));
    QVERIFY(!forecastBasis(2).contains(u"day"_s));

    QVERIFY(Translations::install(u"de"_s));
    QVERIFY(forecastBasis(0) == forecastBasis(2).replace(u'2', u'0'));
    QVERIFY(forecastBasis(1) != forecastBasis(2).replace(u'2', u'1'));
}

void TestTranslations::percent_signFollowsTheLanguage()
{
    // The number follows the locale, the sign the user interface's language.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    QVERIFY(Translations::install(u"en"_s));
    QCOMPARE(Percent::fromShare(0.125, english), u"12.5%"_s);
    QCOMPARE(Percent::fromShare(-0.0304, english), u"-3.0%"_s);
    QCOMPARE(Percent::fromPercent(80, english), u"80%"_s);
    QCOMPARE(Percent::fromShare(0.5, english, 0), u"50%"_s);
    QCOMPARE(Percent::signedFromShare(0.13, english), u"+13.0%"_s);
    QCOMPARE(Percent::signedFromShare(-0.99, english), u"-99.0%"_s);
    QCOMPARE(Percent::signedFromShare(-0.0004, english), u"+0.0%"_s); // rounds to zero: no minus
    QVERIFY(Translations::install(u"fr"_s));
    QCOMPARE(Percent::fromShare(0.125, french), u"12,5\u00a0%"_s);
    QCOMPARE(Percent::fromShare(0.125, english), u"12.5\u00a0%"_s);
    QCOMPARE(Percent::signedFromShare(-0.03, french), u"-3,0\u00a0%"_s);
    QVERIFY(Translations::install(u"de"_s));
    QCOMPARE(Percent::fromPercent(80, QLocale(QLocale::German, QLocale::Germany)), u"80\u00a0%"_s);
}

void TestTranslations::preferences_saveTheChoice()
{
    Test::IsolatedSettings isolated;
    QSettings settings(isolated.path() + u"/prefs.ini"_s, QSettings::IniFormat);
    {
        PreferencesDialog dialog(&settings);
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        auto *note = dialog.findChild<QLabel *>(u"restartNote"_s);
        QVERIFY(language && note);
        // System default, then every language by its own name.
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(language->itemText(3), u"Deutsch"_s);
        QVERIFY(note->isHidden());
        language->setCurrentIndex(3);
        QVERIFY(!note->isHidden());
        QVERIFY(Test::saveSnapshot(&dialog, u"preferences"_s));
        dialog.accept();
        QVERIFY(dialog.languageChanged());
        QCOMPARE(settings.value(Translations::SettingsKey).toString(), u"de"_s);
    }
    {
        PreferencesDialog dialog(&settings);
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), u"de"_s);
        language->setCurrentIndex(0);
        dialog.accept();
        QVERIFY(!settings.contains(Translations::SettingsKey));
    }
}

void TestTranslations::install_refusesUnknownLanguages()
{
    QVERIFY(Translations::install(u"de"_s));
    QString error;
    QVERIFY(!Translations::install(u"xx"_s, &error));
    QVERIFY(error.contains(u"xx"_s));
    // The language in use stays.
    QCOMPARE(Translations::installed(), u"de"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
