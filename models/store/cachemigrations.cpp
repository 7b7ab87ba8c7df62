// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachemigrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Spendscope {

QStringList CacheMigrations::step(int fromVersion)
{
    switch (fromVersion) {
    case 0:
        // Version 1: the periods and their rows, as the first sync prototype stored them.
        return {
            u"CREATE TABLE periods ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "granularity TEXT NOT NULL CHECK (granularity IN ('DAILY', 'MONTHLY')), "
            "start_date TEXT NOT NULL, "
            "end_date TEXT NOT NULL, "
            "grouping TEXT NOT NULL, "
            "estimated INTEGER NOT NULL DEFAULT 0, "
            "fetched_at TEXT NOT NULL, "
            "UNIQUE (granularity, start_date, grouping))"_s,
            u"CREATE TABLE cost_rows ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "period_id INTEGER NOT NULL REFERENCES periods (id) ON DELETE CASCADE, "
            "group_key TEXT NOT NULL, "
            "usage_type TEXT NOT NULL CHECK (usage_type <> ''), "
            "cost_nanos INTEGER NOT NULL, "
            "quantity_nanos INTEGER NOT NULL, "
            // A period holds each (group, usage type) pair once; a duplicate means a broken
            // sync, and the constraint makes replacePeriod() refuse it rather than double count.
            "UNIQUE (period_id, group_key, usage_type))"_s,
        };
    case 1:
        // Version 2: the unit next to each quantity, the sync log (requests cost money) and an
        // index for the range totals.
        return {
            u"ALTER TABLE cost_rows ADD COLUMN unit TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX periods_by_grouping ON periods (grouping, granularity, start_date)"_s,
            u"CREATE TABLE sync_log ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "started_at TEXT NOT NULL, "
            "finished_at TEXT, "
            "requests INTEGER NOT NULL DEFAULT 0, "
            "api_cost_nanos INTEGER NOT NULL DEFAULT 0)"_s,
        };
    case 2:
        // Version 3: the small lists a sync fetches with the costs (projects, cost allocation tag
        // status, budgets, the discovered services), each one JSON document replaced whole.
        return {
            u"CREATE TABLE documents ("
            "name TEXT PRIMARY KEY, "
            "fetched_at TEXT NOT NULL, "
            "body TEXT NOT NULL)"_s,
        };
    default:
        return {};
    }
}

bool CacheMigrations::migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error)
{
    auto fail = [&](const QString &detail) {
        if (error)
            *error = detail;
        return false;
    };
    if (fromVersion < 0 || toVersion > CurrentVersion || fromVersion > toVersion)
        return fail(tr("There is no migration from schema %1 to %2.").arg(fromVersion).arg(toVersion));
    if (fromVersion == toVersion)
        return true;
    if (!db.transaction())
        return fail(db.lastError().text());

    QSqlQuery query(db);
    for (int version = fromVersion; version < toVersion; ++version) {
        for (const QString &statement : step(version)) {
            if (!query.exec(statement)) {
                const QString text = tr("Migration to schema %1 failed: %2").arg(version + 1).arg(query.lastError().text());
                query.finish();
                db.rollback();
                return fail(text);
            }
        }
    }
    // Both header fields are written inside the transaction, so they change with the tables.
    const QStringList header = {u"PRAGMA application_id = %1"_s.arg(ApplicationId),
                                u"PRAGMA user_version = %1"_s.arg(toVersion)};
    for (const QString &statement : header) {
        if (!query.exec(statement)) {
            const QString text = query.lastError().text();
            query.finish();
            db.rollback();
            return fail(text);
        }
    }
    query.finish();
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return fail(text);
    }
    return true;
}

} // namespace Spendscope
