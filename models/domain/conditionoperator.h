// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Spendscope {

// An IAM condition operator split into its parts: an optional set qualifier (ForAnyValue: or
// ForAllValues:), the base operator and the IfExists suffix. Names are case-sensitive, as in
// the IAM policy grammar; Null takes no IfExists.
class ConditionOperator final
{
public:
    enum class Base {
        StringEquals,
        StringNotEquals,
        StringEqualsIgnoreCase,
        StringNotEqualsIgnoreCase,
        StringLike,
        StringNotLike,
        NumericEquals,
        NumericNotEquals,
        NumericLessThan,
        NumericLessThanEquals,
        NumericGreaterThan,
        NumericGreaterThanEquals,
        DateEquals,
        DateNotEquals,
        DateLessThan,
        DateLessThanEquals,
        DateGreaterThan,
        DateGreaterThanEquals,
        Bool,
        BinaryEquals,
        IpAddress,
        NotIpAddress,
        ArnEquals,
        ArnLike,
        ArnNotEquals,
        ArnNotLike,
        Null,
    };

    enum class SetQualifier {
        None,
        ForAnyValue,
        ForAllValues,
    };

    // nullopt for anything that is not an IAM condition operator.
    [[nodiscard]] static std::optional<ConditionOperator> parse(QStringView text);

    [[nodiscard]] Base base() const { return m_base; }
    [[nodiscard]] SetQualifier qualifier() const { return m_qualifier; }
    [[nodiscard]] bool ifExists() const { return m_ifExists; }
    // The "Not" operators: an absent key satisfies them, and they hold when no value matches.
    [[nodiscard]] bool isNegated() const;
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString baseName(Base base);

    friend bool operator==(const ConditionOperator &, const ConditionOperator &) = default;

private:
    ConditionOperator(Base base, SetQualifier qualifier, bool ifExists);

    Base m_base;
    SetQualifier m_qualifier;
    bool m_ifExists;
};

} // namespace Spendscope
