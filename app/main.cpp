// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "sandboxcommand.h"
#include "synccommand.h"
#include "sandboxhost.h"

#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Spendscope"_s);
    QCoreApplication::setApplicationName(u"spendscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPENDSCOPE_VERSION));
}

// The GUI, optionally against a sandbox account run in a worker thread (its state is kept in
// the user's data directory, so that edits made in the GUI survive a restart).
int runGui(bool withSandbox)
{
    QGuiApplication::setApplicationDisplayName(u"Spendscope"_s);
    Spendscope::MainWindow window;
    std::unique_ptr<Spendscope::Sandbox::SandboxHost> sandbox;
    if (withSandbox) {
        Spendscope::Sandbox::SandboxAccount::Options options;
        options.dataDirectory =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
        sandbox = std::make_unique<Spendscope::Sandbox::SandboxHost>(options);
        QObject::connect(sandbox.get(), &Spendscope::Sandbox::SandboxHost::started, &window, [&window, &sandbox] {
            window.statusBar()->showMessage(QCoreApplication::translate("main", "Sandbox account %1 at %2")
                                                .arg(sandbox->connection().accountId,
                                                     sandbox->connection().endpointUrl.toString()));
        });
        QObject::connect(sandbox.get(), &Spendscope::Sandbox::SandboxHost::failed, &window,
                         [&window](const QString &reason) {
                             QMessageBox::critical(&window, QCoreApplication::translate("main", "Sandbox"),
                                                   QCoreApplication::translate("main",
                                                                               "The sandbox account could not start: %1")
                                                       .arg(reason));
                         });
        window.statusBar()->showMessage(QCoreApplication::translate("main", "Starting the sandbox account…"));
        sandbox->start();
    }
    window.show();
    const int code = QCoreApplication::exec();
    sandbox.reset(); // joins the worker thread before the window goes away
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Command-line use (--help, --version, commands) must work without a display, so those
    // paths only ever create a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (Spendscope::CommandLine::needsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();

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
        if (commandLine.command() == u"sync")
            return Spendscope::SyncCommand::run(commandLine.commandArguments());
        return 2;
    case Spendscope::CommandLine::Action::Gui:
        break;
    }
    return runGui(commandLine.sandbox());
}
