// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spendscope {

// The top level of the command line (DESIGN.md §5): global options, then an optional command
// whose own options follow it (`spendscope sandbox --listen 127.0.0.1:4566`). Everything after
// the command belongs to the command's parser.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CommandLine)
public:
    enum class Action {
        Gui,        // start the GUI (with an in-process sandbox when sandbox() is set)
        Command,    // run command() with commandArguments()
        Help,       // print helpText() and exit 0
        Version,    // print the version and exit 0
        UsageError, // print error() and exit 2
    };

    // Decided before any QApplication exists: --help, --version and commands run without a
    // display, so only plain GUI starts need a QApplication.
    [[nodiscard]] static bool needsGui(int argc, char *argv[]);
    // The commands this build offers.
    [[nodiscard]] static QStringList commands();

    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    explicit CommandLine(const QStringList &arguments);

    [[nodiscard]] Action action() const { return m_action; }
    [[nodiscard]] bool sandbox() const { return m_sandbox; }
    [[nodiscard]] const QString &command() const { return m_command; }
    // The command's own arguments, starting with "spendscope <command>" in place of the program.
    [[nodiscard]] const QStringList &commandArguments() const { return m_commandArguments; }
    // A one-line, translated reason for a usage error.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &helpText() const { return m_helpText; }

private:
    Action m_action = Action::Gui;
    bool m_sandbox = false;
    QString m_command;
    QStringList m_commandArguments;
    QString m_error;
    QString m_helpText;
};

} // namespace Spendscope
