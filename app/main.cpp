// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "sandboxcommand.h"
#include "standardpages.h"
#include "startupprobe.h"
#include "reportcommand.h"
#include "synccommand.h"
#include "hostedsandboxlauncher.h"
#include "theme.h"
#include "translations.h"

#include "aws/qtkeychainsecretstore.h"
#include "workspace/profilestore.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Spendscope"_s);
    QCoreApplication::setApplicationName(u"spendscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPENDSCOPE_VERSION));
}

// The GUI: the workspace, the profiles, the keychain and the sandbox composed into the window.
// With --sandbox the built-in sandbox profile is used whatever was chosen last.
int runGui(bool withSandbox)
{
    QGuiApplication::setApplicationDisplayName(u"Spendscope"_s);
    QGuiApplication::setDesktopFileName(u"io.spendscope.Spendscope"_s); // the desktop entry, for its icon
    Spendscope::Theme::apply(
        Spendscope::Theme::modeFromName(QSettings().value(u"appearance/theme"_s).toString())
            .value_or(Spendscope::Theme::Mode::System),
        QApplication::palette());

    QNetworkAccessManager network;
    Spendscope::QtKeychainSecretStore secrets;
    QSettings settings;
    Spendscope::ProfileStore profiles(&settings);
    Spendscope::Workspace workspace(&network, &secrets);
    Spendscope::Sandbox::SandboxAccount::Options options;
    options.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
    Spendscope::HostedSandboxLauncher sandbox(options);

    Spendscope::MainWindow window(&workspace, &profiles, &secrets, &sandbox);
    Spendscope::addStandardPages(&window, &workspace);
    std::unique_ptr<Spendscope::StartupProbe> probe;
    if (Spendscope::StartupProbe::isRequested())
        probe = std::make_unique<Spendscope::StartupProbe>(&window, &workspace);
    window.show();
    if (withSandbox)
        window.selectProfile(Spendscope::ProfileStore::SandboxId.toString());
    else
        window.start();
    return QCoreApplication::exec();
}

// `spendscope [global options] report ... pdf ...`: the report command (the first argument that is
// not an option) asked for a PDF; CSV runs stay on a QCoreApplication.
bool isPdfReportCommand(int argc, char *argv[])
{
    int command = 1;
    while (command < argc && argv[command][0] == '-')
        ++command;
    if (command >= argc || std::strcmp(argv[command], "report") != 0)
        return false;
    for (int i = command + 1; i < argc; ++i) {
        const std::size_t length = std::strlen(argv[i]);
        if (std::strcmp(argv[i], "pdf") == 0 || (length > 4 && std::strcmp(argv[i] + length - 4, "=pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Command-line use (--help, --version, commands) must work without a display, so those
    // paths only ever create a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (Spendscope::CommandLine::needsGui(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (isPdfReportCommand(argc, argv)) {
        // The PDF is painted with QPainter text, which needs a QGuiApplication; a report never
        // shows a window, so it runs on the offscreen platform (cron has no display).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationInfo();
    // Messages, the window and reports follow the system's language unless one was chosen in
    // Preferences; without a catalogue everything stays in English.
    Spendscope::Translations::install(
        Spendscope::Translations::resolve(QSettings().value(Spendscope::Translations::SettingsKey).toString()));

    const Spendscope::CommandLine commandLine(QCoreApplication::arguments());
    switch (commandLine.action()) {
    case Spendscope::CommandLine::Action::Help:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case Spendscope::CommandLine::Action::Version:
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    case Spendscope::CommandLine::Action::UsageError:
        std::fprintf(stderr, "spendscope: %s\n", qPrintable(commandLine.error()));
        return 2;
    case Spendscope::CommandLine::Action::Command:
        if (commandLine.command() == u"sandbox")
            return Spendscope::SandboxCommand::run(commandLine.commandArguments());
        if (commandLine.command() == u"report")
            return Spendscope::ReportCommand::run(commandLine.commandArguments());
        if (commandLine.command() == u"sync")
            return Spendscope::SyncCommand::run(commandLine.commandArguments());
        return 2;
    case Spendscope::CommandLine::Action::Gui:
        break;
    }
    return runGui(commandLine.sandbox());
}
