// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Spendscope {

// What a Mantle project name may look like.
//
// The sources disagree (Mantle projects API reference, mantle-projects-api.md §3.1 and §12): the CloudFormation user
// guide says 1–64 characters matching ^([0-9a-zA-Z][ _-]?)+$ and unique per account, the
// CloudFormation registry schema allows 128 characters, and the Bedrock control-plane API allows
// 1–127 characters matching .*\S.* and does not require unique names. We check the strictest
// documented rule (the user guide's), so a name we accept is accepted by every variant; uniqueness
// is left to the service.
class ProjectNameRules final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ProjectNameRules)
public:
    static constexpr int MinLength = 1;
    static constexpr int MaxLength = 64;

    // The pattern as the CloudFormation user guide states it.
    [[nodiscard]] static QString pattern();
    // A translated description of what is wrong with `name`; empty when it is allowed.
    [[nodiscard]] static QString validate(const QString &name);
    [[nodiscard]] static bool isValid(const QString &name) { return validate(name).isEmpty(); }
};

} // namespace Spendscope
