// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/usagetype.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <span>
#include <vector>

namespace Spendscope {
class PriceCatalog;
}

namespace Spendscope::Sandbox {

// The sandbox account's bill: daily usage rows as Cost Explorer aggregates them, one row per
// (day, usage type, tag snapshot, project), stored in columns so that a query scans millions of
// rows in milliseconds (26 bytes a row).
//
// Usage types, tag snapshots and projects are interned: a row holds small indexes. A tag snapshot
// is the project's tags at request time, because AWS attaches the tags in force when the request
// was made and never rewrites them later.
//
// Rows are kept in day order (the cost engine binary-searches periods); record() merges into an
// existing row of the same key. Not thread-safe: the sandbox uses it from the server's thread.
class Ledger final
{
public:
    using TagMap = QMap<QString, QString>;

    // Days are stored as offsets from 2000-01-01 (this Julian day) in 16 bits, good until 2179.
    static constexpr qint64 EpochJulianDay = 2'451'545;

    Ledger() = default;

    // Interning. Indexes are dense, stable, and start at 0.
    quint16 internUsageType(const QString &usageType);
    quint32 internTags(const TagMap &tags);
    quint16 internProject(const QString &projectId);

    [[nodiscard]] qsizetype usageTypeCount() const { return qsizetype(m_usageTypes.size()); }
    [[nodiscard]] const QString &usageTypeText(quint16 index) const { return m_usageTypes[index]; }
    [[nodiscard]] const UsageType &usageType(quint16 index) const { return m_parsedUsageTypes[index]; }
    [[nodiscard]] qsizetype tagSnapshotCount() const { return qsizetype(m_tagSnapshots.size()); }
    [[nodiscard]] const TagMap &tagSnapshot(quint32 index) const { return m_tagSnapshots[index]; }
    [[nodiscard]] qsizetype projectCount() const { return qsizetype(m_projects.size()); }
    [[nodiscard]] const QString &projectId(quint16 index) const { return m_projects[index]; }

    // Appends a row that is not before the last one (the generator's fast path; days must be
    // non-decreasing). Quantity is in 1K-token units and both amounts in nano-units.
    void append(QDate day, quint16 usageType, quint32 tags, quint16 project, qint64 quantityNanos, qint64 costNanos);

    // Live usage: adds to the row of the same key, or inserts a new row in day order.
    void record(QDate day, const QString &usageType, const TagMap &tags, const QString &projectId, Money quantity,
                Money cost);
    // Live token usage priced from the catalog: quantity = tokens / 1000 (exact), cost from the
    // model's price for the usage type's token type. Returns false (and records nothing) when the
    // catalog has no price for the model and token type.
    bool recordTokens(QDate day, const UsageType &usageType, qint64 tokens, const TagMap &tags,
                      const QString &projectId, const PriceCatalog &catalog);

    void reserve(qsizetype rows);
    void clear();

    // Read access for the cost engine and persistence.
    [[nodiscard]] qsizetype rowCount() const { return qsizetype(m_day.size()); }
    [[nodiscard]] std::span<const quint16> dayColumn() const { return m_day; }
    [[nodiscard]] std::span<const quint16> usageTypeColumn() const { return m_usageType; }
    [[nodiscard]] std::span<const quint32> tagsColumn() const { return m_tags; }
    [[nodiscard]] std::span<const quint16> projectColumn() const { return m_project; }
    [[nodiscard]] std::span<const qint64> quantityColumn() const { return m_quantity; }
    [[nodiscard]] std::span<const qint64> costColumn() const { return m_cost; }

    [[nodiscard]] static quint16 dayOffset(QDate day) { return quint16(day.toJulianDay() - EpochJulianDay); }
    [[nodiscard]] static QDate dayFromOffset(quint16 offset) { return QDate::fromJulianDay(EpochJulianDay + offset); }
    [[nodiscard]] static bool isStorable(QDate day)
    {
        return day.isValid() && day.toJulianDay() >= EpochJulianDay && day.toJulianDay() - EpochJulianDay <= 0xffff;
    }
    [[nodiscard]] QDate day(qsizetype row) const { return dayFromOffset(m_day[size_t(row)]); }
    [[nodiscard]] QDate firstDay() const;
    [[nodiscard]] QDate lastDay() const;
    // The first row on or after `day` (rowCount() if none).
    [[nodiscard]] qsizetype lowerBound(QDate day) const;

    [[nodiscard]] Money totalCost() const;
    [[nodiscard]] Money totalQuantity() const;
    // Bumped by every change, so that caches can tell they are stale.
    [[nodiscard]] quint64 version() const { return m_version; }
    // SHA-256 over all rows and interned tables: equal ledgers have equal fingerprints.
    [[nodiscard]] QByteArray fingerprint() const;

private:
    qsizetype findRow(quint16 day, quint16 usageType, quint32 tags, quint16 project);

    std::vector<quint16> m_day;
    std::vector<quint16> m_usageType;
    std::vector<quint32> m_tags;
    std::vector<quint16> m_project;
    std::vector<qint64> m_quantity;
    std::vector<qint64> m_cost;

    std::vector<QString> m_usageTypes;
    std::vector<UsageType> m_parsedUsageTypes;
    QHash<QString, quint16> m_usageTypeIndex;
    std::vector<TagMap> m_tagSnapshots;
    QHash<QString, quint32> m_tagIndex; // serialised snapshot → index
    std::vector<QString> m_projects;
    QHash<QString, quint16> m_projectIndex;

    quint64 m_version = 0;
};

} // namespace Spendscope::Sandbox
