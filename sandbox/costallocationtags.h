// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spendscope::Sandbox {

// The account's cost allocation tag keys and when each was active. Cost Explorer sees a tag key
// only on usage of days on which it was active: activation is not retroactive, and the sandbox
// lets it take effect from the day after the request (AWS: up to 24 hours).
class CostAllocationTags final
{
public:
    struct Span
    {
        QDate from;  // first active day
        QDate until; // first inactive day; invalid while still active
        friend bool operator==(const Span &, const Span &) = default;
    };

    struct Key
    {
        QString key;
        QList<Span> spans; // ascending, non-overlapping
        QDateTime lastUpdated; // last activation or deactivation (UTC); invalid if never
        [[nodiscard]] bool isActive() const { return !spans.isEmpty() && !spans.constLast().until.isValid(); }
        [[nodiscard]] bool isActiveOn(QDate day) const;
        friend bool operator==(const Key &, const Key &) = default;
    };

    CostAllocationTags() = default;

    // A tag key seen on usage; new keys start inactive, as in AWS.
    void addKey(const QString &key);
    // Sets a key's history (for the generator and for persistence).
    void setKey(const Key &key);
    // Activation takes effect from the day after `now`; deactivation too. A no-op for a key that
    // already has the status. Returns false for an unknown key.
    bool setActive(const QString &key, bool active, const QDateTime &now);

    [[nodiscard]] bool contains(const QString &key) const { return indexOf(key) >= 0; }
    [[nodiscard]] const Key *find(const QString &key) const;
    [[nodiscard]] bool isActiveOn(const QString &key, QDate day) const;
    [[nodiscard]] const QList<Key> &keys() const { return m_keys; } // sorted by key
    [[nodiscard]] QStringList keyNames() const;
    [[nodiscard]] quint64 version() const { return m_version; }

    friend bool operator==(const CostAllocationTags &a, const CostAllocationTags &b) { return a.m_keys == b.m_keys; }

private:
    [[nodiscard]] qsizetype indexOf(const QString &key) const;

    QList<Key> m_keys;
    quint64 m_version = 0;
};

} // namespace Spendscope::Sandbox
