// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/dictionary.h"

namespace Spendscope {

quint32 Dictionary::intern(const QString &value)
{
    const auto it = m_codes.constFind(value);
    if (it != m_codes.cend())
        return it.value();
    const auto next = quint32(m_values.size());
    m_codes.insert(value, next);
    m_values.append(value);
    return next;
}

std::optional<quint32> Dictionary::code(const QString &value) const
{
    const auto it = m_codes.constFind(value);
    if (it == m_codes.cend())
        return std::nullopt;
    return it.value();
}

} // namespace Spendscope
