// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Spendscope {

// The local copy of Cost Explorer's answers for one profile: one SQLite file (Qt SQL, QSQLITE)
// per profile, WAL, foreign keys on, a versioned schema (CacheMigrations). Amounts are stored as
// INTEGER nano-units, so that what comes back is exactly what AWS billed. Nothing secret is
// stored here.
//
// Opening checks the file first: a damaged file, another application's file (SQLite or not) or a
// schema from a newer Spendscope is moved aside next to itself with a timestamp suffix, a fresh
// cache is created and OpenResult::notice tells the user that a resync is needed. The cache holds
// only data that can be fetched again, so starting afresh loses nothing else.
//
// One connection, used from the thread that opened it (a Qt SQL rule).
class CostCache final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostCache)
public:
    enum class Granularity { Daily, Monthly };

    // One fetched period of one grouping (e.g. the "project" tag key); `end` is exclusive, as
    // Cost Explorer's TimePeriod. `id` is assigned by the cache.
    struct Period
    {
        qint64 id = 0;
        Granularity granularity = Granularity::Monthly;
        QDate start;
        QDate end;
        QString grouping;
        bool estimated = false;
        QDateTime fetchedAt;
    };

    // One group of a period: the tag value (empty = untagged) and the usage type.
    struct Row
    {
        QString groupKey;
        QString usageType;
        Money cost;
        Money quantity;
        QString unit;

        friend bool operator==(const Row &, const Row &) = default;
    };

    struct SyncRecord
    {
        QDateTime startedAt;
        QDateTime finishedAt;
        int requests = 0;
        Money apiCost;
    };

    struct OpenResult
    {
        bool ok = false;
        // The old file was moved aside and a fresh cache created; `notice` is for the user.
        bool recreated = false;
        QString movedTo;
        QString notice;
        // Set when !ok.
        QString error;
    };

    CostCache();
    ~CostCache();
    CostCache(const CostCache &) = delete;
    CostCache &operator=(const CostCache &) = delete;

    // AppDataLocation/cache/<profile>.sqlite, with the profile name reduced to safe characters.
    [[nodiscard]] static QString defaultPath(const QString &profile);
    [[nodiscard]] static QString sanitisedProfileName(const QString &profile);

    // Opens (creating or migrating) the cache file; a cache can be opened once.
    [[nodiscard]] OpenResult open(const QString &filePath);

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int schemaVersion() const;

    // Replaces one period's rows (deleting the old ones) in one transaction: either the period
    // and all its rows are stored, or nothing changes. Returns the period's id.
    [[nodiscard]] std::optional<qint64> replacePeriod(const Period &period, const QList<Row> &rows);
    [[nodiscard]] QList<Period> periods() const;
    [[nodiscard]] QList<Row> rowsFor(const Period &period) const;
    // The exact sum of the grouping's periods of `granularity` lying within [start, end).
    [[nodiscard]] Money totalFor(const QString &grouping, QDate start, QDate end,
                                 Granularity granularity = Granularity::Monthly) const;

    [[nodiscard]] bool recordSync(const SyncRecord &record);
    [[nodiscard]] QList<SyncRecord> syncLog() const;

private:
    enum class Verdict { Good, Corrupt, Foreign, Future };

    [[nodiscard]] bool connect(QString *error);
    void disconnect();
    [[nodiscard]] Verdict inspect(int *version, QString *detail);
    [[nodiscard]] bool prepare(int version, QString *error);
    [[nodiscard]] std::optional<QString> moveAside(const QString &reason, QString *error);
    void setError(const QString &error) const { m_lastError = error; }

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace Spendscope
