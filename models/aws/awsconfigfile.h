// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spendscope {

// One parsed ~/.aws/config or ~/.aws/credentials file, read the way the AWS CLI reads it:
//
//   [default]                      # both files
//   [profile dev]                  # config file; in the credentials file simply [dev]
//   region = eu-central-1          # "name = value"; names are case-insensitive
//   s3 =                           # an empty value followed by indented lines holds
//     max_concurrent_requests = 4  #   nested settings
//   ; comment                      # full-line comments start with # or ;
//
// A comment after a value must be preceded by whitespace ("region = x  # mine"), as in the
// SDKs' shared-config specification. An indented line after a non-empty value continues it (the
// lines are joined with "\n"). Other sections of the config file ("sso-session x", "services x",
// ...) are kept under their full names.
//
// Parsing never throws. Malformed input stops the parse and sets an error that names the file and
// the line; the text of the offending line is never repeated (it may hold a secret).
class AwsConfigFile final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::AwsConfigFile)
public:
    enum class Type {
        Config,      // [default], [profile name], [sso-session name], ...
        Credentials, // [default], [name]
    };

    // The settings of one profile or section.
    struct Properties
    {
        QMap<QString, QString> values;                 // name -> value
        QMap<QString, QMap<QString, QString>> nested;  // "s3" -> {"max_concurrent_requests": "4"}
    };

    // Larger files are refused (an AWS config with thousands of SSO profiles stays far below).
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    explicit AwsConfigFile(Type type = Type::Config, QString displayName = QString());

    // Parses file contents; displayName names the file in errors (e.g. "~/.aws/config").
    [[nodiscard]] static AwsConfigFile parse(const QByteArray &data, Type type, const QString &displayName);
    // Reads and parses a file. A missing file is valid and empty (exists() is false).
    [[nodiscard]] static AwsConfigFile load(const QString &path, Type type, const QString &displayName = QString());
    // "/home/ann/.aws/config" -> "~/.aws/config" when it lies under homeDirectory.
    [[nodiscard]] static QString displayPath(const QString &path, const QString &homeDirectory);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] const QString &displayName() const { return m_displayName; }
    [[nodiscard]] bool exists() const { return m_exists; }

    [[nodiscard]] bool hasError() const { return !m_errorMessage.isEmpty(); }
    // The line of the error (1-based), 0 when the error concerns the whole file.
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    // Translated, e.g. "~/.aws/config, line 7: expected a setting in the form “name = value”".
    [[nodiscard]] QString errorString() const;

    [[nodiscard]] QStringList profileNames() const { return m_profiles.keys(); }
    [[nodiscard]] bool hasProfile(const QString &profile) const { return m_profiles.contains(profile); }
    [[nodiscard]] Properties profile(const QString &profile) const { return m_profiles.value(profile); }
    // The value of a setting of a profile; name is case-insensitive. Empty when absent.
    [[nodiscard]] QString value(const QString &profile, const QString &name) const;
    [[nodiscard]] bool contains(const QString &profile, const QString &name) const;
    [[nodiscard]] QMap<QString, QString> nestedValues(const QString &profile, const QString &name) const;

    // Sections of the config file that are not profiles, by full name ("sso-session corp").
    [[nodiscard]] QStringList sectionNames() const { return m_sections.keys(); }
    [[nodiscard]] Properties section(const QString &name) const { return m_sections.value(name); }

private:
    void parseContents(const QByteArray &data);
    void setError(int line, const QString &message);

    Type m_type;
    QString m_displayName;
    bool m_exists = false;
    QMap<QString, Properties> m_profiles;
    QMap<QString, Properties> m_sections;
    int m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace Spendscope
