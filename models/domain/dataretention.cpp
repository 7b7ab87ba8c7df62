// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataretention.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

QStringList DataRetention::wireNames()
{
    return {u"inherit"_s, u"default"_s, u"none"_s, u"provider_data_share"_s};
}

QString DataRetention::wireName(Mode mode)
{
    switch (mode) {
    case Mode::Inherit:
        return u"inherit"_s;
    case Mode::Default:
        return u"default"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::ProviderDataShare:
        return u"provider_data_share"_s;
    }
    return {};
}

std::optional<DataRetention::Mode> DataRetention::fromWireName(QStringView name)
{
    // Exact, case-sensitive: the service does not accept "None" either.
    for (const Mode mode : {Mode::Inherit, Mode::Default, Mode::None, Mode::ProviderDataShare}) {
        if (name == wireName(mode))
            return mode;
    }
    return std::nullopt;
}

QString DataRetention::displayName(Mode mode)
{
    switch (mode) {
    case Mode::Inherit:
        //: data retention mode: follow the account-wide setting
        return tr("Inherit from account");
    case Mode::Default:
        //: data retention mode
        return tr("Provider default");
    case Mode::None:
        //: data retention mode: nothing is kept
        return tr("No retention");
    case Mode::ProviderDataShare:
        //: data retention mode: the model provider may keep data
        return tr("Share with model provider");
    }
    return {};
}

} // namespace Spendscope
