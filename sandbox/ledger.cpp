// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

#include "domain/pricecatalog.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

// Unit and record separators cannot occur in tag keys or values (AWS's allowed characters).
QString snapshotKey(const Ledger::TagMap &tags)
{
    QString key;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        key += it.key() % QChar(0x1f) % it.value() % QChar(0x1e);
    return key;
}

template<typename T>
void hashColumn(QCryptographicHash &hash, const std::vector<T> &column)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(column.data()), qsizetype(column.size() * sizeof(T))));
}

} // namespace

quint16 Ledger::internUsageType(const QString &usageType)
{
    const auto it = m_usageTypeIndex.constFind(usageType);
    if (it != m_usageTypeIndex.cend())
        return *it;
    Q_ASSERT(m_usageTypes.size() < 0xffff);
    const auto index = quint16(m_usageTypes.size());
    m_usageTypes.push_back(usageType);
    m_parsedUsageTypes.push_back(UsageType::parse(usageType));
    m_usageTypeIndex.insert(usageType, index);
    ++m_version;
    return index;
}

quint32 Ledger::internTags(const TagMap &tags)
{
    const QString key = snapshotKey(tags);
    const auto it = m_tagIndex.constFind(key);
    if (it != m_tagIndex.cend())
        return *it;
    const auto index = quint32(m_tagSnapshots.size());
    m_tagSnapshots.push_back(tags);
    m_tagIndex.insert(key, index);
    ++m_version;
    return index;
}

quint16 Ledger::internProject(const QString &projectId)
{
    const auto it = m_projectIndex.constFind(projectId);
    if (it != m_projectIndex.cend())
        return *it;
    Q_ASSERT(m_projects.size() < 0xffff);
    const auto index = quint16(m_projects.size());
    m_projects.push_back(projectId);
    m_projectIndex.insert(projectId, index);
    ++m_version;
    return index;
}

void Ledger::append(QDate day, quint16 usageType, quint32 tags, quint16 project, qint64 quantityNanos, qint64 costNanos)
{
    Q_ASSERT(isStorable(day));
    const quint16 offset = dayOffset(day);
    if (!m_day.empty() && offset < m_day.back()) {
        // Out of order: keep the day order the engine relies on.
        record(day, m_usageTypes[usageType], m_tagSnapshots[tags], m_projects[project], Money::fromNanos(quantityNanos),
               Money::fromNanos(costNanos));
        return;
    }
    m_day.push_back(offset);
    m_usageType.push_back(usageType);
    m_tags.push_back(tags);
    m_project.push_back(project);
    m_quantity.push_back(quantityNanos);
    m_cost.push_back(costNanos);
    ++m_version;
}

qsizetype Ledger::findRow(quint16 day, quint16 usageType, quint32 tags, quint16 project)
{
    const auto begin = std::lower_bound(m_day.cbegin(), m_day.cend(), day);
    const auto end = std::upper_bound(begin, m_day.cend(), day);
    for (auto it = begin; it != end; ++it) {
        const size_t row = size_t(it - m_day.cbegin());
        if (m_usageType[row] == usageType && m_tags[row] == tags && m_project[row] == project)
            return qsizetype(row);
    }
    return -1;
}

void Ledger::record(QDate day, const QString &usageType, const TagMap &tags, const QString &projectId, Money quantity,
                    Money cost)
{
    if (!isStorable(day))
        return;
    const quint16 offset = dayOffset(day);
    const quint16 ut = internUsageType(usageType);
    const quint32 snapshot = internTags(tags);
    const quint16 project = internProject(projectId);
    const qsizetype existing = findRow(offset, ut, snapshot, project);
    if (existing >= 0) {
        m_quantity[size_t(existing)] = (Money::fromNanos(m_quantity[size_t(existing)]) + quantity).nanos();
        m_cost[size_t(existing)] = (Money::fromNanos(m_cost[size_t(existing)]) + cost).nanos();
        ++m_version;
        return;
    }
    // After the last row of that day, so that day order holds.
    const size_t at = size_t(std::upper_bound(m_day.cbegin(), m_day.cend(), offset) - m_day.cbegin());
    m_day.insert(m_day.begin() + qptrdiff(at), offset);
    m_usageType.insert(m_usageType.begin() + qptrdiff(at), ut);
    m_tags.insert(m_tags.begin() + qptrdiff(at), snapshot);
    m_project.insert(m_project.begin() + qptrdiff(at), project);
    m_quantity.insert(m_quantity.begin() + qptrdiff(at), quantity.nanos());
    m_cost.insert(m_cost.begin() + qptrdiff(at), cost.nanos());
    ++m_version;
}

bool Ledger::recordTokens(QDate day, const UsageType &usageType, qint64 tokens, const TagMap &tags,
                          const QString &projectId, const PriceCatalog &catalog)
{
    if (tokens < 0 || !usageType.isMantle())
        return false;
    const std::optional<Money> cost = catalog.cost(usageType.model(), usageType.tokenType(), tokens, usageType.region());
    if (!cost)
        return false;
    // 1K-token units: tokens / 1000, exact in nano-units.
    record(day, usageType.toString(), tags, projectId, Money::fromNanos(tokens).multipliedBy(1'000'000), *cost);
    return true;
}

void Ledger::reserve(qsizetype rows)
{
    const auto n = size_t(rows);
    m_day.reserve(n);
    m_usageType.reserve(n);
    m_tags.reserve(n);
    m_project.reserve(n);
    m_quantity.reserve(n);
    m_cost.reserve(n);
}

void Ledger::clear()
{
    const quint64 version = m_version;
    *this = Ledger();
    m_version = version + 1; // stays monotonic so that caches notice
}

QDate Ledger::firstDay() const
{
    return m_day.empty() ? QDate() : dayFromOffset(m_day.front());
}

QDate Ledger::lastDay() const
{
    return m_day.empty() ? QDate() : dayFromOffset(m_day.back());
}

qsizetype Ledger::lowerBound(QDate day) const
{
    if (!day.isValid() || day.toJulianDay() < EpochJulianDay)
        return 0;
    if (day.toJulianDay() - EpochJulianDay > 0xffff)
        return rowCount();
    return qsizetype(std::lower_bound(m_day.cbegin(), m_day.cend(), dayOffset(day)) - m_day.cbegin());
}

Money Ledger::totalCost() const
{
    Money total;
    for (qint64 nanos : m_cost)
        total += Money::fromNanos(nanos);
    return total;
}

Money Ledger::totalQuantity() const
{
    Money total;
    for (qint64 nanos : m_quantity)
        total += Money::fromNanos(nanos);
    return total;
}

QByteArray Ledger::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hashColumn(hash, m_day);
    hashColumn(hash, m_usageType);
    hashColumn(hash, m_tags);
    hashColumn(hash, m_project);
    hashColumn(hash, m_quantity);
    hashColumn(hash, m_cost);
    for (const QString &text : m_usageTypes)
        hash.addData(QString(text % QChar(0x1e)).toUtf8());
    for (const TagMap &tags : m_tagSnapshots)
        hash.addData(QString(snapshotKey(tags) % QChar(0x1d)).toUtf8());
    for (const QString &project : m_projects)
        hash.addData(QString(project % QChar(0x1e)).toUtf8());
    return hash.result();
}

} // namespace Spendscope::Sandbox
