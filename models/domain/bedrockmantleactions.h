// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The IAM actions of the bedrock-mantle service prefix with their access levels, as the Service
// Authorization Reference lists them ("Actions, resources, and condition keys for Amazon Bedrock
// Powered by AWS Mantle"). The statement editor groups them by access level; PolicyLint checks
// documents against them.
class BedrockMantleActions final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::BedrockMantleActions)
public:
    enum class AccessLevel {
        Write,
        Read,
        List,
        Tagging,
    };

    struct Action
    {
        QString name; // without the prefix, e.g. "CreateInference"
        AccessLevel level;
    };

    static constexpr QStringView Prefix = u"bedrock-mantle";

    BedrockMantleActions() = delete;

    // Every action, sorted by name.
    [[nodiscard]] static const QList<Action> &all();
    // The names of one access level, sorted, without the prefix.
    [[nodiscard]] static QStringList names(AccessLevel level);
    // "bedrock-mantle:<name>"
    [[nodiscard]] static QString qualified(const QString &name);
    // The access level of an action, with or without prefix, case-insensitively; nullopt if the
    // service has no such action.
    [[nodiscard]] static std::optional<AccessLevel> accessLevel(const QString &action);
    // The exact spelling of an action (prefix included) that a pattern with * or ? covers,
    // case-insensitively as IAM matches actions. Patterns of other services match none.
    [[nodiscard]] static QStringList matching(const QString &pattern);
    // The known action closest to a misspelt one (edit distance, case-insensitive), qualified;
    // empty when nothing is reasonably close.
    [[nodiscard]] static QString closest(const QString &action);
    // Actions that are authorized without a project ARN: grant them on "*", since a statement
    // limited to project ARNs never matches them (and the service answers 403).
    [[nodiscard]] static bool needsAllResources(const QString &action);

    [[nodiscard]] static QString accessLevelName(AccessLevel level); // translated
};

} // namespace Spendscope
