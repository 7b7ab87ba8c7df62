// SPDX-License-Identifier: GPL-3.0-or-later
#include "costcache.h"

#include "cachemigrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"spendscope-costcache-%1"_s.arg(++counter);
}

QString granularityName(CostCache::Granularity granularity)
{
    return granularity == CostCache::Granularity::Daily ? u"DAILY"_s : u"MONTHLY"_s;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

CostCache::CostCache()
    : m_connectionName(newConnectionName())
{
}

CostCache::~CostCache()
{
    disconnect();
}

QString CostCache::sanitisedProfileName(const QString &profile)
{
    // Profile names come from ~/.aws/config and may contain anything; the file name must stay
    // inside the cache directory and be valid on every platform.
    QString name;
    name.reserve(profile.size());
    for (const QChar c : profile) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u'.';
        name.append(safe ? c : u'_');
    }
    // No hidden files and no "." or ".." path components.
    while (name.startsWith(u'.'))
        name[0] = u'_';
    if (name.isEmpty())
        name = u"default"_s;
    return name;
}

QString CostCache::defaultPath(const QString &profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache/"_s
        + sanitisedProfileName(profile) + u".sqlite"_s;
}

bool CostCache::connect(QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("The Qt SQLite driver (QSQLITE) is not available.");
        return false;
    }
    m_db.setDatabaseName(m_filePath);
    // Waits instead of failing at once when another process briefly holds a lock.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = tr("Cannot open the cost cache %1 (%2).")
                     .arg(QDir::toNativeSeparators(m_filePath), m_db.lastError().text());
        return false;
    }
    return true;
}

void CostCache::disconnect()
{
    m_open = false;
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

CostCache::Verdict CostCache::inspect(int *version, QString *detail)
{
    QSqlQuery query(m_db);
    // The first read of the file: a file that is not SQLite at all fails here.
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        *detail = query.lastError().text();
        return Verdict::Corrupt;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (!problems.isEmpty()) {
        *detail = problems.mid(0, 3).join(u"; "_s);
        return Verdict::Corrupt;
    }

    auto pragma = [&](const QString &name, qint64 *value) {
        if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
            *detail = query.lastError().text();
            return false;
        }
        *value = query.value(0).toLongLong();
        return true;
    };
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 objects = 0;
    if (!pragma(u"application_id"_s, &applicationId) || !pragma(u"user_version"_s, &userVersion))
        return Verdict::Corrupt;
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        *detail = query.lastError().text();
        return Verdict::Corrupt;
    }
    objects = query.value(0).toLongLong();
    query.finish();

    // An empty file (or one SQLite just created) becomes a new cache.
    if (applicationId == 0 && userVersion == 0 && objects == 0) {
        *version = 0;
        return Verdict::Good;
    }
    if (applicationId != CacheMigrations::ApplicationId)
        return Verdict::Foreign;
    *version = int(userVersion);
    if (userVersion > CacheMigrations::CurrentVersion)
        return Verdict::Future;
    if (userVersion < 1) {
        *detail = tr("its schema version is missing");
        return Verdict::Corrupt;
    }
    // Read every table once, so that a damaged or missing table shows up now, not mid-sync.
    QStringList tables = {u"periods"_s, u"cost_rows"_s};
    if (userVersion >= 2)
        tables.append(u"sync_log"_s);
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
            *detail = query.lastError().text();
            return Verdict::Corrupt;
        }
    }
    query.finish();
    return Verdict::Good;
}

std::optional<QString> CostCache::moveAside(const QString &suffix, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss"_s);
    QString target = m_filePath + u'.' + suffix + u'-' + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + u'.' + suffix + u'-' + stamp + u'-' + QString::number(n);

    QFile file(m_filePath);
    if (!file.rename(target)) {
        *error = tr("The cost cache %1 cannot be used and cannot be moved aside to %2 (%3). Move or delete it, "
                    "then start Spendscope again.")
                     .arg(QDir::toNativeSeparators(m_filePath), QDir::toNativeSeparators(target), file.errorString());
        return std::nullopt;
    }
    // SQLite would replay a leftover write-ahead log into the new file, so the old file's
    // companions go with it (or, failing that, away).
    for (const QString &companion : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile extra(m_filePath + companion);
        if (!extra.exists())
            continue;
        if (!extra.rename(target + companion) && !extra.remove()) {
            *error = tr("Cannot move or delete %1 (%2).")
                         .arg(QDir::toNativeSeparators(extra.fileName()), extra.errorString());
            return std::nullopt;
        }
    }
    return target;
}

bool CostCache::prepare(int version, QString *error)
{
    QSqlQuery query(m_db);
    // WAL keeps the GUI's reads apart from the sync's writes; foreign keys are per connection.
    const QStringList pragmas = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                 u"PRAGMA foreign_keys = ON"_s};
    for (const QString &statement : pragmas) {
        if (!query.exec(statement)) {
            *error = tr("Cannot prepare the cost cache %1 (%2).")
                         .arg(QDir::toNativeSeparators(m_filePath), query.lastError().text());
            return false;
        }
        query.finish();
    }
    QString detail;
    if (!CacheMigrations::migrate(m_db, version, CacheMigrations::CurrentVersion, &detail)) {
        *error = tr("Cannot update the cost cache %1 (%2).").arg(QDir::toNativeSeparators(m_filePath), detail);
        return false;
    }
    return true;
}

CostCache::OpenResult CostCache::open(const QString &filePath)
{
    OpenResult result;
    if (m_db.isValid()) {
        result.error = tr("The cost cache %1 is already open.").arg(QDir::toNativeSeparators(m_filePath));
        return result;
    }
    m_filePath = QDir::cleanPath(QFileInfo(filePath).absoluteFilePath());
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        result.error = tr("Cannot create the folder of the cost cache %1.").arg(shownPath);
        return result;
    }
    if (!connect(&result.error)) {
        disconnect();
        return result;
    }

    int version = 0;
    QString detail;
    const Verdict verdict = inspect(&version, &detail);
    if (verdict != Verdict::Good) {
        QString reason;
        QString suffix = u"corrupt"_s;
        switch (verdict) {
        case Verdict::Corrupt:
            reason = tr("it is damaged (%1)").arg(detail);
            break;
        case Verdict::Foreign:
            reason = tr("it is not a Spendscope cost cache");
            break;
        case Verdict::Future:
            reason = tr("it was written by a newer version of Spendscope (schema %1; this version reads %2)")
                         .arg(version)
                         .arg(CacheMigrations::CurrentVersion);
            suffix = u"newer"_s;
            break;
        case Verdict::Good:
            break;
        }
        disconnect();
        const std::optional<QString> movedTo = moveAside(suffix, &result.error);
        if (!movedTo) {
            result.error = tr("The cost cache %1 cannot be used: %2. %3").arg(shownPath, reason, result.error);
            setError(result.error);
            return result;
        }
        result.recreated = true;
        result.movedTo = *movedTo;
        result.notice = tr("The cost cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was "
                           "created; a resync is needed to fill it again.")
                            .arg(shownPath, reason, QDir::toNativeSeparators(*movedTo));
        version = 0;
        if (!connect(&result.error)) {
            disconnect();
            setError(result.error);
            return result;
        }
    }
    if (!prepare(version, &result.error)) {
        disconnect();
        setError(result.error);
        return result;
    }
    m_open = true;
    result.ok = true;
    return result;
}

int CostCache::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!m_open || !query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<qint64> CostCache::replacePeriod(const Period &period, const QList<Row> &rows)
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return std::nullopt;
    }
    if (!period.start.isValid() || !period.end.isValid() || period.end <= period.start || period.grouping.isEmpty()) {
        setError(tr("Invalid cost period %1 to %2 for \"%3\".")
                     .arg(dateText(period.start), dateText(period.end), period.grouping));
        return std::nullopt;
    }
    if (!m_db.transaction()) {
        setError(m_db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    auto fail = [&]() -> std::optional<qint64> {
        setError(tr("Cannot store the cost period %1 of \"%2\" (%3).")
                     .arg(dateText(period.start), period.grouping, query.lastError().text()));
        query.finish();
        m_db.rollback();
        return std::nullopt;
    };

    // An upsert keeps the period's id stable across re-fetches of an estimated period.
    query.prepare(u"INSERT INTO periods (granularity, start_date, end_date, grouping, estimated, fetched_at) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (granularity, start_date, grouping) DO UPDATE SET "
                  "end_date = excluded.end_date, estimated = excluded.estimated, fetched_at = excluded.fetched_at"_s);
    query.addBindValue(granularityName(period.granularity));
    query.addBindValue(dateText(period.start));
    query.addBindValue(dateText(period.end));
    query.addBindValue(period.grouping);
    query.addBindValue(period.estimated ? 1 : 0);
    query.addBindValue(timeText(period.fetchedAt.isValid() ? period.fetchedAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return fail();
    query.prepare(u"SELECT id FROM periods WHERE granularity = ? AND start_date = ? AND grouping = ?"_s);
    query.addBindValue(granularityName(period.granularity));
    query.addBindValue(dateText(period.start));
    query.addBindValue(period.grouping);
    if (!query.exec() || !query.next())
        return fail();
    const qint64 periodId = query.value(0).toLongLong();
    query.prepare(u"DELETE FROM cost_rows WHERE period_id = ?"_s);
    query.addBindValue(periodId);
    if (!query.exec())
        return fail();
    query.prepare(u"INSERT INTO cost_rows (period_id, group_key, usage_type, cost_nanos, quantity_nanos, unit) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Row &row : rows) {
        query.addBindValue(periodId);
        // Never NULL: an untagged group is the empty string, and NOT NULL catches mistakes.
        query.addBindValue(row.groupKey.isNull() ? u""_s : row.groupKey);
        query.addBindValue(row.usageType.isNull() ? u""_s : row.usageType);
        query.addBindValue(row.cost.nanos());
        query.addBindValue(row.quantity.nanos());
        query.addBindValue(row.unit.isNull() ? u""_s : row.unit);
        if (!query.exec())
            return fail();
    }
    query.finish();
    if (!m_db.commit()) {
        setError(m_db.lastError().text());
        m_db.rollback();
        return std::nullopt;
    }
    return periodId;
}

QList<CostCache::Period> CostCache::periods() const
{
    QList<Period> result;
    QSqlQuery query(m_db);
    if (!m_open
        || !query.exec(u"SELECT id, granularity, start_date, end_date, grouping, estimated, fetched_at FROM periods "
                       "ORDER BY grouping, granularity, start_date"_s)) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next()) {
        Period period;
        period.id = query.value(0).toLongLong();
        period.granularity = query.value(1).toString() == u"DAILY"_s ? Granularity::Daily : Granularity::Monthly;
        period.start = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        period.end = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        period.grouping = query.value(4).toString();
        period.estimated = query.value(5).toInt() != 0;
        period.fetchedAt = timeFrom(query.value(6));
        result.append(period);
    }
    return result;
}

QList<CostCache::Row> CostCache::rowsFor(const Period &period) const
{
    QList<Row> result;
    if (!m_open)
        return result;
    QSqlQuery query(m_db);
    // By key, not id, so that a description built by the caller finds the stored period too.
    query.prepare(u"SELECT group_key, usage_type, cost_nanos, quantity_nanos, unit FROM cost_rows WHERE period_id = "
                  "(SELECT id FROM periods WHERE granularity = ? AND start_date = ? AND grouping = ?) "
                  "ORDER BY group_key, usage_type"_s);
    query.addBindValue(granularityName(period.granularity));
    query.addBindValue(dateText(period.start));
    query.addBindValue(period.grouping);
    if (!query.exec()) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next()) {
        result.append(Row{query.value(0).toString(), query.value(1).toString(),
                          Money::fromNanos(query.value(2).toLongLong()), Money::fromNanos(query.value(3).toLongLong()),
                          query.value(4).toString()});
    }
    return result;
}

Money CostCache::totalFor(const QString &grouping, QDate start, QDate end, Granularity granularity) const
{
    if (!m_open)
        return {};
    QSqlQuery query(m_db);
    // SQLite sums INTEGERs exactly (and reports an overflow rather than rounding).
    query.prepare(u"SELECT COALESCE(SUM(r.cost_nanos), 0) FROM cost_rows r JOIN periods p ON p.id = r.period_id "
                  "WHERE p.grouping = ? AND p.granularity = ? AND p.start_date >= ? AND p.end_date <= ?"_s);
    query.addBindValue(grouping);
    query.addBindValue(granularityName(granularity));
    query.addBindValue(dateText(start));
    query.addBindValue(dateText(end));
    if (!query.exec() || !query.next()) {
        setError(query.lastError().text());
        return {};
    }
    return Money::fromNanos(query.value(0).toLongLong());
}

QMap<QDate, CostCache::Totals> CostCache::dailyTotals(const QString &grouping, QDate start, QDate end) const
{
    QMap<QDate, Totals> result;
    if (!m_open)
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT p.start_date, COALESCE(SUM(r.cost_nanos), 0), COALESCE(SUM(r.quantity_nanos), 0) "
                  "FROM periods p LEFT JOIN cost_rows r ON r.period_id = p.id "
                  "WHERE p.grouping = ? AND p.granularity = 'DAILY' AND p.start_date >= ? AND p.start_date < ? "
                  "GROUP BY p.id"_s);
    query.addBindValue(grouping);
    query.addBindValue(dateText(start));
    query.addBindValue(dateText(end));
    if (!query.exec()) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next()) {
        result.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                      Totals{Money::fromNanos(query.value(1).toLongLong()), Money::fromNanos(query.value(2).toLongLong())});
    }
    return result;
}

bool CostCache::markFinal(const QList<qint64> &periodIds)
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return false;
    }
    if (!m_db.transaction()) {
        setError(m_db.lastError().text());
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE periods SET estimated = 0 WHERE id = ?"_s);
    for (const qint64 id : periodIds) {
        query.addBindValue(id);
        if (!query.exec()) {
            setError(query.lastError().text());
            query.finish();
            m_db.rollback();
            return false;
        }
    }
    query.finish();
    if (!m_db.commit()) {
        setError(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

bool CostCache::clearCosts()
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return false;
    }
    QSqlQuery query(m_db);
    // The rows go with their periods (ON DELETE CASCADE), in one statement and so atomically.
    if (!query.exec(u"DELETE FROM periods"_s)) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

qint64 CostCache::rowCount() const
{
    QSqlQuery query(m_db);
    if (!m_open || !query.exec(u"SELECT COUNT(*) FROM cost_rows"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool CostCache::forEachRow(const std::function<void(const PeriodRow &)> &visit) const
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return false;
    }
    QSqlQuery query(m_db);
    // Forward-only: millions of rows stream through without being buffered.
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT p.granularity, p.start_date, p.grouping, r.group_key, r.usage_type, r.cost_nanos, "
                    "r.quantity_nanos FROM cost_rows r JOIN periods p ON p.id = r.period_id "
                    "ORDER BY p.grouping, p.granularity, p.start_date"_s)) {
        setError(query.lastError().text());
        return false;
    }
    PeriodRow row;
    QString lastStart;
    while (query.next()) {
        row.granularity = query.value(0).toString() == u"DAILY"_s ? Granularity::Daily : Granularity::Monthly;
        const QString start = query.value(1).toString();
        if (start != lastStart) {
            row.start = QDate::fromString(start, Qt::ISODate);
            lastStart = start;
        }
        row.grouping = query.value(2).toString();
        row.groupKey = query.value(3).toString();
        row.usageType = query.value(4).toString();
        row.cost = Money::fromNanos(query.value(5).toLongLong());
        row.quantity = Money::fromNanos(query.value(6).toLongLong());
        visit(row);
    }
    if (query.lastError().isValid()) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

bool CostCache::storeDocument(const QString &name, const QJsonDocument &body, const QDateTime &fetchedAt)
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO documents (name, fetched_at, body) VALUES (?, ?, ?) "
                  "ON CONFLICT (name) DO UPDATE SET fetched_at = excluded.fetched_at, body = excluded.body"_s);
    query.addBindValue(name);
    query.addBindValue(timeText(fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(QString::fromUtf8(body.toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<CostCache::Document> CostCache::document(const QString &name) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT body, fetched_at FROM documents WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Written by us, so damage means a damaged file; the next sync writes it afresh.
        setError(tr("The stored document \"%1\" is damaged: %2").arg(name, parseError.errorString()));
        return std::nullopt;
    }
    return Document{body, timeFrom(query.value(1))};
}

bool CostCache::recordSync(const SyncRecord &record)
{
    if (!m_open) {
        setError(tr("The cost cache is not open."));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_log (started_at, finished_at, requests, api_cost_nanos) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(timeText(record.startedAt));
    query.addBindValue(record.finishedAt.isValid() ? QVariant(timeText(record.finishedAt)) : QVariant());
    query.addBindValue(record.requests);
    query.addBindValue(record.apiCost.nanos());
    if (!query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    return true;
}

QList<CostCache::SyncRecord> CostCache::syncLog() const
{
    QList<SyncRecord> result;
    QSqlQuery query(m_db);
    if (!m_open || !query.exec(u"SELECT started_at, finished_at, requests, api_cost_nanos FROM sync_log ORDER BY id"_s)) {
        setError(query.lastError().text());
        return result;
    }
    while (query.next()) {
        result.append(SyncRecord{timeFrom(query.value(0)), timeFrom(query.value(1)), query.value(2).toInt(),
                                 Money::fromNanos(query.value(3).toLongLong())});
    }
    return result;
}

} // namespace Spendscope
