// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

bool isHelpOrVersion(const char *arg)
{
    for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
        if (std::strcmp(arg, flag) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CommandLine::needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (isHelpOrVersion(arg))
            return false;
        // The first argument that is not an option names a command (or is a usage error).
        if (arg[0] != '-')
            return false;
    }
    return true;
}

QStringList CommandLine::commands()
{
    return {u"report"_s, u"sandbox"_s, u"sync"_s};
}

CommandLine::CommandLine(const QStringList &arguments)
{
    // Global options come before the command; the rest is the command's.
    QStringList global;
    qsizetype commandIndex = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0 && !arguments.at(i).startsWith(u'-')) {
            commandIndex = i;
            break;
        }
        global.append(arguments.at(i));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("GenAI cost explorer and project manager for Amazon Bedrock"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s, tr("Start the GUI against a sandbox account run in-process."));
    parser.addOption(sandboxOption);
    parser.addPositionalArgument(u"command"_s,
                                 tr("Optional command: %1. Run “spendscope <command> --help” for its options.")
                                     .arg(commands().join(u", "_s)),
                                 u"[command]"_s);
    m_helpText = parser.helpText();

    if (!parser.parse(global)) {
        m_action = Action::UsageError;
        m_error = parser.errorText();
        return;
    }
    if (parser.isSet(helpOption)) {
        m_action = Action::Help;
        return;
    }
    if (parser.isSet(versionOption)) {
        m_action = Action::Version;
        return;
    }
    m_sandbox = parser.isSet(sandboxOption);
    if (commandIndex < 0) {
        m_action = Action::Gui;
        return;
    }
    m_command = arguments.at(commandIndex);
    if (!commands().contains(m_command)) {
        m_action = Action::UsageError;
        m_error = tr("Unknown command “%1”; the commands are: %2.").arg(m_command, commands().join(u", "_s));
        return;
    }
    if (m_sandbox) {
        m_action = Action::UsageError;
        m_error = tr("--sandbox starts the GUI and cannot be combined with the command “%1”.").arg(m_command);
        return;
    }
    m_action = Action::Command;
    m_commandArguments = arguments.mid(commandIndex);
    m_commandArguments[0] = u"spendscope "_s + m_command;
}

} // namespace Spendscope
