// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
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

    // The exact sums of one period's rows.
    struct Totals
    {
        Money cost;
        Money quantity;

        friend bool operator==(const Totals &, const Totals &) = default;
    };

    // One stored row with its period, as the cube loader streams them.
    struct PeriodRow
    {
        Granularity granularity = Granularity::Monthly;
        QDate start;
        QString grouping;
        QString groupKey;
        QString usageType;
        Money cost;
        Money quantity;
    };

    // A JSON document kept next to the costs (see storeDocument()).
    struct Document
    {
        QJsonDocument body;
        QDateTime fetchedAt;
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

    // Day by day, the sums of the grouping's DAILY periods starting in [start, end); days without
    // a stored period are absent, a stored day without rows has zero totals.
    [[nodiscard]] QMap<QDate, Totals> dailyTotals(const QString &grouping, QDate start, QDate end) const;
    // Marks stored periods as final (no longer Estimated) without touching their rows.
    [[nodiscard]] bool markFinal(const QList<qint64> &periodIds);
    // Deletes every period and row (e.g. when the cost filter changed and nothing stored applies).
    [[nodiscard]] bool clearCosts();
    [[nodiscard]] qint64 rowCount() const;
    // Calls `visit` for every stored row, grouped by grouping, granularity and start. Returns
    // false (with lastError()) when reading failed; what was visited stays valid.
    bool forEachRow(const std::function<void(const PeriodRow &)> &visit) const;

    // Small lists fetched together with the costs (projects, tag status, budgets, ...), replaced
    // whole under a name.
    [[nodiscard]] bool storeDocument(const QString &name, const QJsonDocument &body, const QDateTime &fetchedAt);
    [[nodiscard]] std::optional<Document> document(const QString &name) const;

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
