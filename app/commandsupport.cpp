// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "store/costcache.h"
#include "store/syncsettings.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString CommandSupport::Account::cachePath(const QProcessEnvironment &environment) const
{
    return cacheFile.isEmpty() ? CostCache::defaultPath(cacheName(profile, endpointUrl, environment)) : cacheFile;
}

CommandSupport::AccountOptions::AccountOptions(const Help &help, ProfileAndEndpoint profileAndEndpoint)
    : profile(u"profile"_s, help.profile, u"NAME"_s)
    , endpointUrl(u"endpoint-url"_s, help.endpointUrl, u"URL"_s)
    , cache(u"cache"_s, help.cache, u"FILE"_s)
    , projectTag(u"project-tag"_s, tr("The tag key that attributes cost to projects (default Project)."), u"KEY"_s)
    , teamTag(u"team-tag"_s, tr("The tag key that attributes cost to teams (default Team)."), u"KEY"_s)
    , m_profileAndEndpoint(profileAndEndpoint)
{
}

bool CommandSupport::AccountOptions::read(const QCommandLineParser &parser, Account *account, SyncSettings *settings,
                                          QString *error) const
{
    if (m_profileAndEndpoint == ProfileAndEndpoint::Exclusive && parser.isSet(profile) && parser.isSet(endpointUrl)) {
        *error = tr("--profile and --endpoint-url cannot be combined.");
        return false;
    }
    account->profile = parser.value(profile);
    if (parser.isSet(profile) && account->profile.isEmpty()) {
        *error = tr("--profile needs a name.");
        return false;
    }
    if (parser.isSet(endpointUrl)) {
        const QUrl url(parser.value(endpointUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            *error = tr("--endpoint-url needs an http or https URL, not “%1”.").arg(parser.value(endpointUrl));
            return false;
        }
        account->endpointUrl = url;
    }
    account->cacheFile = parser.value(cache);
    if (parser.isSet(projectTag))
        settings->projectTagKey = parser.value(projectTag);
    if (parser.isSet(teamTag))
        settings->teamTagKey = parser.value(teamTag);
    return true;
}

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

int CommandSupport::finishWithoutRun(const QString &command, Parsed parsed, const QString &error,
                                     QString (*helpText)())
{
    if (parsed == Parsed::Help) {
        printLine(stdout, helpText());
        return 0;
    }
    printError(command, error);
    return 2;
}

QString CommandSupport::helpText(const QString &description, const QList<QCommandLineOption> &options)
{
    QCommandLineParser parser;
    parser.addOptions(options);
    // Qt's help starts with "Usage: <program> [options]"; keep its option table only.
    const QString text = parser.helpText();
    return description + text.mid(text.indexOf(u'\n') + 1).trimmed() + u'\n';
}

void CommandSupport::printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void CommandSupport::printError(const QString &command, const QString &reason)
{
    //: %1 the command (report, sandbox, sync), %2 why it failed
    printLine(stderr, tr("spendscope %1: %2").arg(command, reason));
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
