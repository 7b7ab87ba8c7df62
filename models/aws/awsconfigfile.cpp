// SPDX-License-Identifier: GPL-3.0-or-later
#include "awsconfigfile.h"

#include <limits>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

bool isComment(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

// "value  # comment" -> "value": a comment after a value must follow whitespace.
QStringView stripTrailingComment(QStringView value)
{
    for (qsizetype i = 1; i < value.size(); ++i) {
        if ((value.at(i) == u'#' || value.at(i) == u';') && isBlank(value.at(i - 1)))
            return value.left(i);
    }
    return value;
}

// Profile and session names: no whitespace, no control characters, no brackets or quotes.
bool isValidName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'[' || c == u']' || c == u'"'
            || c == u'\'' || c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

// Names come from the file and are shown in messages: keep them short and printable.
QString quotedForMessage(QStringView name)
{
    QString shown = name.left(64).toString();
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    if (name.size() > 64)
        shown += u'…';
    return shown;
}

} // namespace

AwsConfigFile::AwsConfigFile(Type type, QString displayName)
    : m_type(type)
    , m_displayName(std::move(displayName))
{
}

AwsConfigFile AwsConfigFile::parse(const QByteArray &data, Type type, const QString &displayName)
{
    AwsConfigFile file(type, displayName);
    file.m_exists = true;
    file.parseContents(data);
    return file;
}

AwsConfigFile AwsConfigFile::load(const QString &path, Type type, const QString &displayName)
{
    AwsConfigFile file(type, displayName.isEmpty() ? QDir::toNativeSeparators(path) : displayName);
    const QFileInfo info(path);
    if (!info.exists())
        return file;
    file.m_exists = true;
    if (info.isDir()) {
        file.setError(0, tr("this is a folder, not a file"));
        return file;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.setError(0, tr("the file cannot be read (%1)").arg(f.errorString()));
        return file;
    }
    // Read one byte more than allowed to tell "exactly the limit" from "too large" without
    // trusting the size of special files.
    const QByteArray data = f.read(MaxFileSize + 1);
    if (f.error() != QFileDevice::NoError) {
        file.setError(0, tr("the file cannot be read (%1)").arg(f.errorString()));
        return file;
    }
    file.parseContents(data);
    return file;
}

QString AwsConfigFile::displayPath(const QString &path, const QString &homeDirectory)
{
    const QString clean = QDir::cleanPath(path);
    const QString home = QDir::cleanPath(homeDirectory);
    if (!home.isEmpty() && home != u"/"_s && clean.startsWith(home + u'/'))
        return QDir::toNativeSeparators(u"~"_s + clean.mid(home.size()));
    return QDir::toNativeSeparators(clean);
}

QString AwsConfigFile::errorString() const
{
    if (m_errorMessage.isEmpty())
        return QString();
    if (m_errorLine > 0) {
        //: %1 is a file name such as ~/.aws/config, %2 a line number, %3 what is wrong
        return tr("%1, line %2: %3").arg(m_displayName).arg(m_errorLine).arg(m_errorMessage);
    }
    //: %1 is a file name such as ~/.aws/config, %2 what is wrong
    return tr("%1: %2").arg(m_displayName, m_errorMessage);
}

QString AwsConfigFile::value(const QString &profile, const QString &name) const
{
    const auto it = m_profiles.constFind(profile);
    return it == m_profiles.cend() ? QString() : it->values.value(name.toLower());
}

bool AwsConfigFile::contains(const QString &profile, const QString &name) const
{
    const auto it = m_profiles.constFind(profile);
    return it != m_profiles.cend() && it->values.contains(name.toLower());
}

QMap<QString, QString> AwsConfigFile::nestedValues(const QString &profile, const QString &name) const
{
    const auto it = m_profiles.constFind(profile);
    return it == m_profiles.cend() ? QMap<QString, QString>() : it->nested.value(name.toLower());
}

void AwsConfigFile::setError(int line, const QString &message)
{
    m_errorLine = line;
    m_errorMessage = message;
    m_profiles.clear();
    m_sections.clear();
}

void AwsConfigFile::parseContents(const QByteArray &data)
{
    if (data.size() > MaxFileSize) {
        setError(0, tr("the file is larger than %1 MiB").arg(MaxFileSize / (1024 * 1024)));
        return;
    }

    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringView> lines = QStringView(text).split(u'\n');

    // The section being read: its settings are merged into the maps when the next one starts.
    bool inSection = false;
    bool sectionIsProfile = false;
    QString sectionName;
    Properties properties;
    // The last setting, which indented lines continue.
    QString lastName;
    qsizetype lastIndent = 0;
    bool lastIsNested = false;

    auto flush = [&] {
        if (!inSection)
            return;
        Properties &target = sectionIsProfile ? m_profiles[sectionName] : m_sections[sectionName];
        for (auto it = properties.values.cbegin(); it != properties.values.cend(); ++it) {
            target.values.insert(it.key(), it.value());
            target.nested.remove(it.key());
        }
        for (auto it = properties.nested.cbegin(); it != properties.nested.cend(); ++it)
            target.nested.insert(it.key(), it.value());
        properties = Properties();
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(qMin<qsizetype>(i + 1, std::numeric_limits<int>::max()));
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;
        const qsizetype indent = indentOf(line);

        // An indented line continues the previous setting.
        if (indent > 0 && inSection && !lastName.isEmpty() && indent > lastIndent) {
            if (lastIsNested) {
                const qsizetype eq = trimmed.indexOf(u'=');
                if (eq < 0) {
                    setError(lineNumber, tr("expected “name = value” in the settings nested under “%1”")
                                             .arg(quotedForMessage(lastName)));
                    return;
                }
                const QString name = trimmed.left(eq).trimmed().toString().toLower();
                if (name.isEmpty()) {
                    setError(lineNumber, tr("a setting nested under “%1” has no name before “=”")
                                             .arg(quotedForMessage(lastName)));
                    return;
                }
                properties.nested[lastName].insert(name, trimmed.mid(eq + 1).trimmed().toString());
            } else {
                properties.values[lastName] += u'\n' + trimmed.toString();
            }
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            flush();
            lastName.clear();
            const qsizetype close = trimmed.indexOf(u']');
            if (close < 0) {
                setError(lineNumber, tr("the section header has no closing “]”"));
                return;
            }
            const QStringView rest = trimmed.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !isComment(rest)) {
                setError(lineNumber, tr("unexpected text after the section header"));
                return;
            }
            const QStringView header = trimmed.mid(1, close - 1).trimmed();
            if (header.isEmpty()) {
                setError(lineNumber, tr("the section name is empty"));
                return;
            }

            if (m_type == Type::Credentials) {
                if (!isValidName(header)) {
                    if (header.startsWith(u"profile") && header.size() > 7 && header.at(7).isSpace()) {
                        setError(lineNumber, tr("“%1” is not a valid profile name; in the credentials file, "
                                                "write profile sections without the “profile” prefix")
                                                 .arg(quotedForMessage(header)));
                    } else {
                        setError(lineNumber, tr("“%1” is not a valid profile name").arg(quotedForMessage(header)));
                    }
                    return;
                }
                sectionIsProfile = true;
                sectionName = header.toString();
            } else {
                qsizetype space = 0;
                while (space < header.size() && !header.at(space).isSpace())
                    ++space;
                const QStringView word = header.left(space);
                QStringView name = header.mid(space).trimmed();
                if (header == u"default") {
                    sectionIsProfile = true;
                    sectionName = u"default"_s;
                } else if (word == u"profile" || word == u"sso-session" || word == u"services") {
                    // botocore splits the header like a shell would, so [profile "dev"] is "dev".
                    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
                        name = name.mid(1, name.size() - 2);
                    if (!isValidName(name)) {
                        if (name.isEmpty()) {
                            setError(lineNumber, tr("the section [%1] has no name").arg(word.toString()));
                        } else if (word == u"profile") {
                            setError(lineNumber, tr("“%1” is not a valid profile name").arg(quotedForMessage(name)));
                        } else {
                            setError(lineNumber, tr("“%1” is not a valid %2 name")
                                                     .arg(quotedForMessage(name), word.toString()));
                        }
                        return;
                    }
                    sectionIsProfile = word == u"profile";
                    sectionName = sectionIsProfile ? name.toString() : word.toString() + u' ' + name.toString();
                } else {
                    // [plugins], [preview], or [dev] without the prefix (which the CLI ignores).
                    sectionIsProfile = false;
                    sectionName = header.toString();
                }
            }
            inSection = true;
            continue;
        }

        if (!inSection) {
            setError(lineNumber, tr("a setting appears before the first section header such as [default]"));
            return;
        }
        const qsizetype eq = trimmed.indexOf(u'=');
        if (eq < 0) {
            setError(lineNumber, tr("expected a setting in the form “name = value”"));
            return;
        }
        const QString name = trimmed.left(eq).trimmed().toString().toLower();
        if (name.isEmpty()) {
            setError(lineNumber, tr("a setting has no name before “=”"));
            return;
        }
        const QString value = stripTrailingComment(trimmed.mid(eq + 1)).trimmed().toString();
        properties.values.insert(name, value);
        properties.nested.remove(name);
        lastName = name;
        lastIndent = indent;
        lastIsNested = value.isEmpty();
    }
    flush();
}

} // namespace Spendscope
