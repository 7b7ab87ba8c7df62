// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QUrl>

namespace Spendscope {

CommandSupport::Parsed CommandSupport::parse(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                             const QCommandLineOption &help, const QStringList &arguments,
                                             QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return Parsed::UsageError;
    }
    if (parser.isSet(help))
        return Parsed::Help;
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return Parsed::UsageError;
    }
    return Parsed::Run;
}

QString CommandSupport::optionTable(const QList<QCommandLineOption> &options)
{
    QCommandLineParser parser;
    parser.addOptions(options);
    // Qt's help starts with "Usage: <program> [options]"; keep its option table only.
    const QString text = parser.helpText();
    return text.mid(text.indexOf(u'\n') + 1).trimmed();
}

void CommandSupport::printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString CommandSupport::cacheName(const QString &profile, const QUrl &endpointUrl,
                                  const QProcessEnvironment &environment)
{
    if (!profile.isEmpty())
        return profile;
    if (!endpointUrl.isEmpty())
        return QStringLiteral("endpoint-%1-%2").arg(endpointUrl.host()).arg(endpointUrl.port(0));
    const QString fromEnvironment = environment.value(QStringLiteral("AWS_PROFILE"));
    return fromEnvironment.isEmpty() ? QStringLiteral("default") : fromEnvironment;
}

} // namespace Spendscope
