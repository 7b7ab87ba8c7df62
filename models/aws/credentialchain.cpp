// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialchain.h"

#include "resolvecredentialsjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QString expandHome(const QString &path, const QString &home)
{
    if (path == u"~"_s)
        return home;
    if (path.startsWith(u"~/"_s))
        return home + path.mid(1);
    return path;
}

AwsError outputError(const QString &message)
{
    return AwsError(AwsError::Kind::Credentials, CredentialChain::ProcessOutputCode.toString(), message);
}

} // namespace

CredentialChain::CredentialChain(CredentialChainSettings settings)
    : m_settings(std::move(settings))
{
}

ResolveCredentialsJob *CredentialChain::resolve(QObject *parent) const
{
    return new ResolveCredentialsJob(m_settings, parent);
}

QString CredentialChain::credentialsFilePath(const CredentialChainSettings &settings)
{
    const QString configured = settings.environment.value(u"AWS_SHARED_CREDENTIALS_FILE"_s).trimmed();
    if (!configured.isEmpty())
        return expandHome(configured, settings.homeDirectory);
    return settings.homeDirectory + u"/.aws/credentials"_s;
}

QString CredentialChain::configFilePath(const CredentialChainSettings &settings)
{
    const QString configured = settings.environment.value(u"AWS_CONFIG_FILE"_s).trimmed();
    if (!configured.isEmpty())
        return expandHome(configured, settings.homeDirectory);
    return settings.homeDirectory + u"/.aws/config"_s;
}

std::optional<QStringList> CredentialChain::splitCommandLine(QStringView commandLine)
{
    enum class State { Plain, Single, Double };
    QStringList words;
    QString word;
    bool inWord = false; // '' is an (empty) word of its own
    State state = State::Plain;

    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        switch (state) {
        case State::Plain:
            if (c.isSpace()) {
                if (inWord)
                    words.append(std::exchange(word, QString()));
                inWord = false;
            } else if (c == u'\\') {
                if (++i >= commandLine.size())
                    return std::nullopt; // "No escaped character"
                word += commandLine.at(i);
                inWord = true;
            } else if (c == u'\'') {
                state = State::Single;
                inWord = true;
            } else if (c == u'"') {
                state = State::Double;
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        case State::Single:
            if (c == u'\'')
                state = State::Plain;
            else
                word += c;
            break;
        case State::Double:
            if (c == u'"') {
                state = State::Plain;
            } else if (c == u'\\' && i + 1 < commandLine.size()
                       && (commandLine.at(i + 1) == u'"' || commandLine.at(i + 1) == u'\\')) {
                word += commandLine.at(++i);
            } else {
                word += c;
            }
            break;
        }
    }
    if (state != State::Plain)
        return std::nullopt; // "No closing quotation"
    if (inWord)
        words.append(word);
    return words;
}

AwsError CredentialChain::parseProcessOutput(const QByteArray &output, const QDateTime &now, AwsCredentials *out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the JSON parser's reason, %2 a byte offset
        return outputError(tr("The credential_process output is not valid JSON (%1 at offset %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!document.isObject())
        return outputError(tr("The credential_process output is not a JSON object."));
    const QJsonObject object = document.object();

    const QJsonValue version = object.value(u"Version"_s);
    if (version.isUndefined())
        return outputError(tr("The credential_process output has no “Version”; it must be 1."));
    if (!version.isDouble() || version.toDouble() != 1.0)
        return outputError(tr("The credential_process output has an unsupported “Version”; it must be 1."));

    for (const QString &field : {u"AccessKeyId"_s, u"SecretAccessKey"_s}) {
        const QJsonValue value = object.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return outputError(tr("The credential_process output has no “%1”.").arg(field));
    }
    const QJsonValue token = object.value(u"SessionToken"_s);
    if (!token.isUndefined() && !token.isNull() && !token.isString())
        return outputError(tr("“SessionToken” in the credential_process output is not a string."));

    QDateTime expiration;
    const QJsonValue expirationValue = object.value(u"Expiration"_s);
    if (!expirationValue.isUndefined() && !expirationValue.isNull()) {
        const QString text = expirationValue.toString();
        if (text.contains(u'T'))
            expiration = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!expiration.isValid())
            return outputError(tr("“Expiration” in the credential_process output is not an ISO 8601 time."));
        if (expiration <= now) {
            return AwsError(AwsError::Kind::Credentials, ExpiredCode.toString(),
                            tr("The credentials from credential_process expired at %1.")
                                .arg(expiration.toUTC().toString(Qt::ISODate)));
        }
    }

    out->accessKeyId = object.value(u"AccessKeyId"_s).toString().trimmed();
    out->secretAccessKey = object.value(u"SecretAccessKey"_s).toString().trimmed();
    out->sessionToken = token.toString().trimmed();
    out->expiration = expiration.toUTC();
    return AwsError();
}

} // namespace Spendscope
