// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::AwsConfig:
        return u"aws-config"_s;
    case Kind::StoredKeys:
        return u"stored-keys"_s;
    case Kind::ApiKey:
        return u"api-key"_s;
    }
    return {};
}

std::optional<Profile::Kind> Profile::kindFromName(QStringView name)
{
    for (const Kind kind : {Kind::Sandbox, Kind::AwsConfig, Kind::StoredKeys, Kind::ApiKey}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString Profile::validate() const
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    static const QRegularExpression regionPattern(u"^[a-z]{2}(-[a-z]+)+-[0-9]+$"_s);
    static const QRegularExpression keyIdPattern(u"^[A-Z0-9]{16,128}$"_s);
    if (!idPattern.match(id).hasMatch())
        return tr("The profile id must be 1 to 64 letters, digits, dots, dashes or underscores.");
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!regionPattern.match(region).hasMatch())
        return tr("“%1” is not an AWS region name such as us-east-1.").arg(region);
    if (!endpointUrl.isEmpty()
        && (!endpointUrl.isValid() || endpointUrl.host().isEmpty()
            || (endpointUrl.scheme() != u"http" && endpointUrl.scheme() != u"https"))) {
        return tr("The endpoint must be an http or https URL.");
    }
    if (kind == Kind::StoredKeys && !keyIdPattern.match(accessKeyId).hasMatch())
        return tr("The access key id should be 16 or more capital letters and digits, such as AKIA….");
    return sync.validate();
}

} // namespace Spendscope
