// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/syncsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Spendscope {

// One account the analyst works with, as the app remembers it (DESIGN.md §3). Everything here is
// safe to keep in QSettings; secrets (a secret access key, a Bedrock API key) live in the OS
// keychain under secretKey(), never here.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Profile)
public:
    enum class Kind {
        Sandbox,    // the built-in local account, started in-process
        AwsConfig,  // a profile of ~/.aws/config and ~/.aws/credentials (or the environment)
        StoredKeys, // an access key id here, its secret in the keychain
        ApiKey,     // a Bedrock API key in the keychain (projects only; Cost Explorer needs keys)
    };

    QString id;   // stable, also names the cost cache file
    QString name; // shown in the profile selector
    Kind kind = Kind::AwsConfig;
    QString awsProfile; // Kind::AwsConfig: the ~/.aws profile name; empty = AWS_PROFILE or "default"
    QString accessKeyId; // Kind::StoredKeys (an id, not a secret)
    QString region = QStringLiteral("us-east-1");
    QUrl endpointUrl; // optional override for every service
    SyncSettings sync;

    // Keychain entries of this profile.
    [[nodiscard]] QString secretKeyName() const { return QStringLiteral("profile/%1/secret-access-key").arg(id); }
    [[nodiscard]] QString apiKeyName() const { return QStringLiteral("profile/%1/bedrock-api-key").arg(id); }

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(QStringView name);
    // A translated reason when the profile cannot be used, else empty.
    [[nodiscard]] QString validate() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Spendscope
