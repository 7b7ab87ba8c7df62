// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

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

// Command-line use (--help, --version, subcommands) must work without a display, so those
// paths only ever create a QCoreApplication.
bool wantsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *cli : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(arg, cli) == 0)
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "GenAI cost explorer and project manager for Amazon Bedrock"));
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "spendscope: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    QGuiApplication::setApplicationDisplayName(u"Spendscope"_s);
    Spendscope::MainWindow window;
    window.show();
    return QCoreApplication::exec();
}
