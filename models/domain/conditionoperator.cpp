// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionoperator.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

using Base = ConditionOperator::Base;

constexpr std::array<std::pair<QStringView, Base>, 27> BaseNames{{
    {u"StringEquals", Base::StringEquals},
    {u"StringNotEquals", Base::StringNotEquals},
    {u"StringEqualsIgnoreCase", Base::StringEqualsIgnoreCase},
    {u"StringNotEqualsIgnoreCase", Base::StringNotEqualsIgnoreCase},
    {u"StringLike", Base::StringLike},
    {u"StringNotLike", Base::StringNotLike},
    {u"NumericEquals", Base::NumericEquals},
    {u"NumericNotEquals", Base::NumericNotEquals},
    {u"NumericLessThan", Base::NumericLessThan},
    {u"NumericLessThanEquals", Base::NumericLessThanEquals},
    {u"NumericGreaterThan", Base::NumericGreaterThan},
    {u"NumericGreaterThanEquals", Base::NumericGreaterThanEquals},
    {u"DateEquals", Base::DateEquals},
    {u"DateNotEquals", Base::DateNotEquals},
    {u"DateLessThan", Base::DateLessThan},
    {u"DateLessThanEquals", Base::DateLessThanEquals},
    {u"DateGreaterThan", Base::DateGreaterThan},
    {u"DateGreaterThanEquals", Base::DateGreaterThanEquals},
    {u"Bool", Base::Bool},
    {u"BinaryEquals", Base::BinaryEquals},
    {u"IpAddress", Base::IpAddress},
    {u"NotIpAddress", Base::NotIpAddress},
    {u"ArnEquals", Base::ArnEquals},
    {u"ArnLike", Base::ArnLike},
    {u"ArnNotEquals", Base::ArnNotEquals},
    {u"ArnNotLike", Base::ArnNotLike},
    {u"Null", Base::Null},
}};

constexpr QStringView ForAnyValuePrefix = u"ForAnyValue:";
constexpr QStringView ForAllValuesPrefix = u"ForAllValues:";
constexpr QStringView IfExistsSuffix = u"IfExists";

} // namespace

ConditionOperator::ConditionOperator(Base base, SetQualifier qualifier, bool ifExists)
    : m_base(base)
    , m_qualifier(qualifier)
    , m_ifExists(ifExists)
{
}

std::optional<ConditionOperator> ConditionOperator::parse(QStringView text)
{
    SetQualifier qualifier = SetQualifier::None;
    if (text.startsWith(ForAnyValuePrefix)) {
        qualifier = SetQualifier::ForAnyValue;
        text = text.mid(ForAnyValuePrefix.size());
    } else if (text.startsWith(ForAllValuesPrefix)) {
        qualifier = SetQualifier::ForAllValues;
        text = text.mid(ForAllValuesPrefix.size());
    }
    bool ifExists = false;
    if (text.endsWith(IfExistsSuffix)) {
        ifExists = true;
        text.chop(IfExistsSuffix.size());
    }
    for (const auto &[name, base] : BaseNames) {
        if (name == text) {
            if (base == Base::Null && ifExists)
                return std::nullopt;
            return ConditionOperator(base, qualifier, ifExists);
        }
    }
    return std::nullopt;
}

bool ConditionOperator::isNegated() const
{
    switch (m_base) {
    case Base::StringNotEquals:
    case Base::StringNotEqualsIgnoreCase:
    case Base::StringNotLike:
    case Base::NumericNotEquals:
    case Base::DateNotEquals:
    case Base::NotIpAddress:
    case Base::ArnNotEquals:
    case Base::ArnNotLike:
        return true;
    default:
        return false;
    }
}

QString ConditionOperator::baseName(Base base)
{
    for (const auto &[name, b] : BaseNames) {
        if (b == base)
            return name.toString();
    }
    return {};
}

QString ConditionOperator::toString() const
{
    QString text;
    if (m_qualifier == SetQualifier::ForAnyValue)
        text += ForAnyValuePrefix;
    else if (m_qualifier == SetQualifier::ForAllValues)
        text += ForAllValuesPrefix;
    text += baseName(m_base);
    if (m_ifExists)
        text += IfExistsSuffix;
    return text;
}

} // namespace Spendscope
