// SPDX-License-Identifier: GPL-3.0-or-later
#include "costallocationtags.h"

#include <algorithm>

namespace Spendscope::Sandbox {

bool CostAllocationTags::Key::isActiveOn(QDate day) const
{
    for (const Span &span : spans) {
        if (day >= span.from && (!span.until.isValid() || day < span.until))
            return true;
    }
    return false;
}

qsizetype CostAllocationTags::indexOf(const QString &key) const
{
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key,
                                     [](const Key &entry, const QString &name) { return entry.key < name; });
    return it != m_keys.cend() && it->key == key ? qsizetype(it - m_keys.cbegin()) : -1;
}

void CostAllocationTags::addKey(const QString &key)
{
    if (contains(key))
        return;
    setKey(Key{key, {}, {}});
}

void CostAllocationTags::setKey(const Key &key)
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key.key,
                                     [](const Key &entry, const QString &name) { return entry.key < name; });
    if (it != m_keys.end() && it->key == key.key)
        *it = key;
    else
        m_keys.insert(it, key);
    ++m_version;
}

bool CostAllocationTags::setActive(const QString &key, bool active, const QDateTime &now)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    Key &entry = m_keys[index];
    if (entry.isActive() == active)
        return true;
    // Billing sees the change from the next day on (AWS takes up to 24 hours).
    const QDate effective = now.toUTC().date().addDays(1);
    if (active) {
        if (!entry.spans.isEmpty() && entry.spans.constLast().until == effective)
            entry.spans.last().until = QDate(); // re-activated before the deactivation took effect
        else
            entry.spans.append(Span{effective, QDate()});
    } else {
        Span &last = entry.spans.last();
        if (last.from >= effective)
            entry.spans.removeLast(); // deactivated before the activation took effect
        else
            last.until = effective;
    }
    entry.lastUpdated = now.toUTC();
    ++m_version;
    return true;
}

const CostAllocationTags::Key *CostAllocationTags::find(const QString &key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &m_keys.at(index);
}

bool CostAllocationTags::isActiveOn(const QString &key, QDate day) const
{
    const Key *entry = find(key);
    return entry && entry->isActiveOn(day);
}

QStringList CostAllocationTags::keyNames() const
{
    QStringList names;
    names.reserve(m_keys.size());
    for (const Key &key : m_keys)
        names.append(key.key);
    return names;
}

} // namespace Spendscope::Sandbox
