// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The data retention mode of a Mantle project (the "data_retention" object, added mid-2026):
// whether prompts and outputs may be kept, and by whom. New projects get Inherit, which follows
// the account-level setting (GET /v1/data_retention).
class DataRetention final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::DataRetention)
public:
    enum class Mode {
        Inherit,           // "inherit": follow the account setting
        Default,           // "default": the provider's default retention
        None,              // "none": zero data retention
        ProviderDataShare, // "provider_data_share": the model provider may keep data
    };

    // The four strings the service accepts; it rejects any other with a 4xx.
    [[nodiscard]] static QStringList wireNames();
    [[nodiscard]] static QString wireName(Mode mode);
    [[nodiscard]] static std::optional<Mode> fromWireName(QStringView name);
    // A translated name for the user.
    [[nodiscard]] static QString displayName(Mode mode);
};

} // namespace Spendscope
