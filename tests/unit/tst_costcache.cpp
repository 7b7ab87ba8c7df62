// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cachemigrations.h"
#include "store/costcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

CostCache::Period month(int year, int m, const QString &grouping = u"project"_s)
{
    CostCache::Period period;
    period.granularity = CostCache::Granularity::Monthly;
    period.start = QDate(year, m, 1);
    period.end = period.start.addMonths(1);
    period.grouping = grouping;
    period.fetchedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    return period;
}

CostCache::Row row(const QString &key, const QString &usageType, const char *cost, const char *quantity)
{
    return CostCache::Row{key, usageType, *Money::parse(QByteArrayView(cost)), *Money::parse(QByteArrayView(quantity)),
                          u"1K tokens"_s};
}

// Runs SQL on a file through a separate connection, as another program would.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"tst-raw-%1"_s.arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QSqlDatabase &db() { return m_db; }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

QStringList asideFiles(const QString &dir, const QString &suffix)
{
    return QDir(dir).entryList({u"cache.sqlite."_s + suffix + u"-*"_s}, QDir::Files);
}

} // namespace

class TestCostCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsExactMoney();
    void replacePeriodIsAtomic();
    void replacePeriodReplaces();
    void totalsPerRange();
    void syncLog();
    void migratesVersion1KeepingData();
    void corruptFilesAreMovedAside_data();
    void corruptFilesAreMovedAside();
    void unmovableFileGivesError();
    void readOnlyDirectoryGivesError();
    void defaultPathIsSanitised();
    void documentsAreReplacedWhole();
    void dailyTotalsAndMarkFinal();
    void forEachRowAndClearCosts();
};

void TestCostCache::roundTripKeepsExactMoney()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/cache.sqlite"_s);
    const QList<CostCache::Row> rows = {row(u"alpha"_s, u"USE1-openai.gpt-oss-120b-mantle-input-tokens-standard"_s,
                                            "902.551234567", "123456.789"),
                                        row(QString(), u"USE1-openai.gpt-oss-120b-mantle-output-tokens-standard"_s,
                                            "0.000000001", "1"),
                                        row(u"beta"_s, u"Other"_s, "-3.5", "0")};
    {
        CostCache cache;
        const CostCache::OpenResult result = cache.open(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.recreated);
        QCOMPARE(cache.schemaVersion(), CacheMigrations::CurrentVersion);
        CostCache::Period period = month(2026, 10);
        period.estimated = true;
        QVERIFY2(cache.replacePeriod(period, rows), qPrintable(cache.lastError()));
    }
    CostCache cache;
    const CostCache::OpenResult result = cache.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.recreated);
    QVERIFY(result.notice.isEmpty());
    const QList<CostCache::Period> periods = cache.periods();
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods[0].start, QDate(2026, 10, 1));
    QCOMPARE(periods[0].end, QDate(2026, 11, 1));
    QCOMPARE(periods[0].grouping, u"project"_s);
    QVERIFY(periods[0].estimated);
    QCOMPARE(periods[0].fetchedAt, QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
    QList<CostCache::Row> expected = rows;
    expected[1].groupKey = u""_s;
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
        return std::tie(a.groupKey, a.usageType) < std::tie(b.groupKey, b.usageType);
    });
    QCOMPARE(cache.rowsFor(periods[0]), expected);
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 1, 1), QDate(2027, 1, 1)).toString(), u"899.051234568"_s);

    // The file is a WAL SQLite file carrying Spendscope's identity.
    RawDb raw(path);
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), CacheMigrations::ApplicationId);
}

void TestCostCache::replacePeriodIsAtomic()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    const CostCache::Period period = month(2026, 9);
    const QList<CostCache::Row> old = {row(u"alpha"_s, u"A"_s, "1.5", "10"), row(u"beta"_s, u"B"_s, "2.25", "20")};
    QVERIFY(cache.replacePeriod(period, old));

    // The third row repeats a (group, usage type) pair: the constraint fails after the delete
    // and two inserts have run, and all of it must be undone.
    CostCache::Period refetched = period;
    refetched.estimated = true;
    const QList<CostCache::Row> broken = {row(u"alpha"_s, u"A"_s, "100", "1"), row(u"gamma"_s, u"C"_s, "200", "1"),
                                          row(u"alpha"_s, u"A"_s, "300", "1")};
    QVERIFY(!cache.replacePeriod(refetched, broken));
    QVERIFY(!cache.lastError().isEmpty());
    QCOMPARE(cache.rowsFor(period), old);
    QCOMPARE(cache.periods().size(), 1);
    QVERIFY(!cache.periods().constFirst().estimated);
    QCOMPARE(cache.totalFor(u"project"_s, period.start, period.end), *Money::parse(QByteArrayView("3.75")));

    // An empty usage type violates a CHECK constraint in the same way.
    QVERIFY(!cache.replacePeriod(period, {row(u"x"_s, u"Z"_s, "1", "1"), row(u"x"_s, QString(), "1", "1")}));
    QCOMPARE(cache.rowsFor(period), old);

    // The cache stays usable after a rollback.
    QVERIFY(cache.replacePeriod(period, {row(u"alpha"_s, u"A"_s, "7", "1")}));
    QCOMPARE(cache.rowsFor(period).size(), 1);
}

void TestCostCache::replacePeriodReplaces()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    CostCache::Period period = month(2026, 11);
    period.estimated = true;
    const std::optional<qint64> id = cache.replacePeriod(period, {row(u"a"_s, u"A"_s, "1", "1")});
    QVERIFY(id);
    period.estimated = false;
    const std::optional<qint64> again = cache.replacePeriod(period, {row(u"b"_s, u"B"_s, "2", "1")});
    QCOMPARE(again, id);
    QCOMPARE(cache.periods().size(), 1);
    QVERIFY(!cache.periods().constFirst().estimated);
    QCOMPARE(cache.rowsFor(period), (QList<CostCache::Row>{row(u"b"_s, u"B"_s, "2", "1")}));
}

void TestCostCache::totalsPerRange()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    QVERIFY(cache.replacePeriod(month(2026, 8), {row(u"a"_s, u"A"_s, "0.1", "1"), row(u"b"_s, u"A"_s, "0.2", "1")}));
    QVERIFY(cache.replacePeriod(month(2026, 9), {row(u"a"_s, u"A"_s, "0.3", "1")}));
    QVERIFY(cache.replacePeriod(month(2026, 9, u"team"_s), {row(u"t"_s, u"A"_s, "0.6", "1")}));
    CostCache::Period day;
    day.granularity = CostCache::Granularity::Daily;
    day.start = QDate(2026, 9, 3);
    day.end = QDate(2026, 9, 4);
    day.grouping = u"project"_s;
    QVERIFY(cache.replacePeriod(day, {row(u"a"_s, u"A"_s, "0.01", "1")}));

    const Money p3 = *Money::parse(QByteArrayView("0.3"));
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 8, 1), QDate(2026, 10, 1)), *Money::parse(QByteArrayView("0.6")));
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 9, 1), QDate(2026, 10, 1)), p3);
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 8, 1), QDate(2026, 9, 1)), p3);
    QCOMPARE(cache.totalFor(u"team"_s, QDate(2026, 1, 1), QDate(2027, 1, 1)), *Money::parse(QByteArrayView("0.6")));
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 9, 1), QDate(2026, 10, 1), CostCache::Granularity::Daily),
             *Money::parse(QByteArrayView("0.01")));
    QCOMPARE(cache.totalFor(u"nobody"_s, QDate(2026, 1, 1), QDate(2027, 1, 1)), Money());
}

void TestCostCache::syncLog()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    const QDateTime start(QDate(2026, 11, 27), QTime(12, 0, 0, 250), Qt::UTC);
    QVERIFY(cache.recordSync({start, start.addSecs(42), 17, Money::fromNanos(170'000'000)}));
    QVERIFY(cache.recordSync({start.addSecs(60), QDateTime(), 1, Money::fromNanos(10'000'000)}));
    const QList<CostCache::SyncRecord> log = cache.syncLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].startedAt, start);
    QCOMPARE(log[0].finishedAt, start.addSecs(42));
    QCOMPARE(log[0].requests, 17);
    QCOMPARE(log[0].apiCost.toString(), u"0.17"_s);
    QVERIFY(!log[1].finishedAt.isValid());
}

void TestCostCache::migratesVersion1KeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        RawDb raw(path);
        QString error;
        QVERIFY2(CacheMigrations::migrate(raw.db(), 0, 1, &error), qPrintable(error));
        QVERIFY(raw.exec(u"INSERT INTO periods (granularity, start_date, end_date, grouping, estimated, fetched_at) "
                         "VALUES ('MONTHLY', '2025-12-01', '2026-01-01', 'project', 0, '2026-01-02T00:00:00.000Z')"_s));
        QVERIFY(raw.exec(u"INSERT INTO cost_rows (period_id, group_key, usage_type, cost_nanos, quantity_nanos) "
                         "VALUES (1, 'alpha', 'A', 123456789012, 5000000000)"_s));
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // Version 1 really lacks what version 2 adds.
        QVERIFY(!query.exec(u"SELECT count(*) FROM sync_log"_s));
    }
    CostCache cache;
    const CostCache::OpenResult result = cache.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.recreated);
    QCOMPARE(cache.schemaVersion(), CacheMigrations::CurrentVersion);
    const QList<CostCache::Period> periods = cache.periods();
    QCOMPARE(periods.size(), 1);
    const QList<CostCache::Row> rows = cache.rowsFor(periods[0]);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].groupKey, u"alpha"_s);
    QCOMPARE(rows[0].cost, Money::fromNanos(123456789012));
    QCOMPARE(rows[0].quantity, Money::fromUnits(5));
    QCOMPARE(rows[0].unit, u""_s);
    QVERIFY(cache.recordSync({QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), 1, Money()}));
    QCOMPARE(asideFiles(dir.path(), u"*"_s).size(), 0);
}

void TestCostCache::corruptFilesAreMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("random bytes") << u"random"_s << u"corrupt"_s;
    QTest::newRow("truncated cache") << u"truncated"_s << u"corrupt"_s;
    QTest::newRow("foreign sqlite") << u"foreign"_s << u"corrupt"_s;
    QTest::newRow("text file") << u"text"_s << u"corrupt"_s;
    QTest::newRow("future version") << u"future"_s << u"newer"_s;
}

void TestCostCache::corruptFilesAreMovedAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    // Something else in the directory that must survive.
    {
        QFile other(dir.filePath(u"other.sqlite"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("keep me");
    }

    if (kind == u"random"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(4);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        file.write(bytes);
    } else if (kind == u"text"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[default]\nregion = us-east-1\n");
    } else if (kind == u"truncated"_s) {
        {
            CostCache cache;
            QVERIFY(cache.open(path).ok);
            for (int m = 1; m <= 12; ++m) {
                QList<CostCache::Row> rows;
                for (int i = 0; i < 200; ++i)
                    rows.append(row(u"project-%1"_s.arg(i), u"USE1-model-%1-input-tokens"_s.arg(i), "1.25", "1000"));
                QVERIFY(cache.replacePeriod(month(2025, m), rows));
            }
        }
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(QFile::resize(path, size / 2));
    } else if (kind == u"foreign"_s) {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_s));
    } else if (kind == u"future"_s) {
        {
            CostCache cache;
            QVERIFY(cache.open(path).ok);
            QVERIFY(cache.replacePeriod(month(2026, 1), {row(u"a"_s, u"A"_s, "1", "1")}));
        }
        RawDb raw(path);
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(CacheMigrations::CurrentVersion + 1)));
    }
    const QByteArray original = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!original.isEmpty());

    CostCache cache;
    const CostCache::OpenResult result = cache.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.recreated);
    qInfo().noquote() << result.notice;
    const QStringList aside = asideFiles(dir.path(), suffix);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(dir.filePath(aside[0]), result.movedTo);
    QVERIFY(QRegularExpression(u"^cache\\.sqlite\\.[a-z]+-\\d{8}T\\d{6}$"_s).match(aside[0]).hasMatch());
    QVERIFY2(result.notice.contains(QDir::toNativeSeparators(path)), qPrintable(result.notice));
    QVERIFY2(result.notice.contains(aside[0]), qPrintable(result.notice));
    QVERIFY2(result.notice.contains(u"resync"_s), qPrintable(result.notice));
    if (kind == u"future"_s)
        QVERIFY2(result.notice.contains(u"newer version"_s), qPrintable(result.notice));

    // The moved file is the old one, byte for byte (its WAL was checkpointed on close).
    QFile moved(result.movedTo);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), original);
    QVERIFY(QFileInfo::exists(dir.filePath(u"other.sqlite"_s)));

    // The fresh cache works and survives a reopen without another notice.
    QVERIFY(cache.periods().isEmpty());
    QVERIFY(cache.replacePeriod(month(2026, 2), {row(u"a"_s, u"A"_s, "2.5", "1")}));
    QCOMPARE(cache.totalFor(u"project"_s, QDate(2026, 1, 1), QDate(2027, 1, 1)), *Money::parse(QByteArrayView("2.5")));
    CostCache second;
    const CostCache::OpenResult again = second.open(path);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(!again.recreated);
    QCOMPARE(second.periods().size(), 1);
}

void TestCostCache::unmovableFileGivesError()
{
    QTemporaryDir dir;
    // A name so long that any suffix exceeds the file name limit: the rename fails for everyone,
    // root included.
    const QString longPath = dir.filePath(QString(248, u'c') + u".sqlite"_s);
    {
        QFile file(longPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    {
        CostCache cache;
        const CostCache::OpenResult result = cache.open(longPath);
        QVERIFY(!result.ok);
        QVERIFY(!cache.isOpen());
        QVERIFY2(result.error.contains(u"cannot be moved aside"_s), qPrintable(result.error));
        QVERIFY(result.error.contains(QDir::toNativeSeparators(longPath)));
        QVERIFY(cache.periods().isEmpty());
        QVERIFY(!cache.replacePeriod(month(2026, 1), {}));
        QVERIFY(QFileInfo::exists(longPath));
    }

}

void TestCostCache::readOnlyDirectoryGivesError()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("Running as root: a read-only directory does not stop the rename (unmovableFileGivesError ran).");
    QTemporaryDir dir;
    const QString sub = dir.filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + u"/cache.sqlite"_s;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    CostCache cache;
    const CostCache::OpenResult result = cache.open(path);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result.ok);
    QVERIFY(!cache.isOpen());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
#else
    QSKIP("Directory permissions are a Unix test.");
#endif
}

void TestCostCache::defaultPathIsSanitised()
{
    QCOMPARE(CostCache::sanitisedProfileName(u"prod-eu_1"_s), u"prod-eu_1"_s);
    QCOMPARE(CostCache::sanitisedProfileName(u"../../etc/passwd"_s), u"_._.._etc_passwd"_s);
    QCOMPARE(CostCache::sanitisedProfileName(u"a b/c"_s), u"a_b_c"_s);
    QCOMPARE(CostCache::sanitisedProfileName(QString()), u"default"_s);
    const QString path = CostCache::defaultPath(u"my profile"_s);
    QVERIFY(path.endsWith(u"/cache/my_profile.sqlite"_s));
}

void TestCostCache::documentsAreReplacedWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    const QDateTime at(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    {
        CostCache cache;
        QVERIFY(cache.open(path).ok);
        QVERIFY(!cache.document(u"projects"_s));
        QVERIFY(cache.storeDocument(u"projects"_s, QJsonDocument(QJsonArray{1, 2}), at));
        QVERIFY(cache.storeDocument(u"projects"_s, QJsonDocument(QJsonArray{u"a"_s}), at.addSecs(60)));
        QVERIFY(cache.storeDocument(u"budgets"_s, QJsonDocument(QJsonObject{{u"x"_s, u"é"_s}}), at));
    }
    CostCache cache;
    QVERIFY(cache.open(path).ok);
    const std::optional<CostCache::Document> projects = cache.document(u"projects"_s);
    QVERIFY(projects);
    QCOMPARE(projects->body, QJsonDocument(QJsonArray{u"a"_s}));
    QCOMPARE(projects->fetchedAt, at.addSecs(60));
    QCOMPARE(cache.document(u"budgets"_s)->body.object().value(u"x"_s).toString(), u"é"_s);

    // A damaged document reads as absent with a reason; the next sync rewrites it.
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"UPDATE documents SET body = '{not json' WHERE name = 'budgets'"_s));
    }
    QVERIFY(!cache.document(u"budgets"_s));
    QVERIFY2(cache.lastError().contains(u"budgets"_s), qPrintable(cache.lastError()));
}

void TestCostCache::dailyTotalsAndMarkFinal()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    auto day = [](int d, bool estimated) {
        CostCache::Period period;
        period.granularity = CostCache::Granularity::Daily;
        period.start = QDate(2026, 11, d);
        period.end = period.start.addDays(1);
        period.grouping = u"tag:Project"_s;
        period.estimated = estimated;
        return period;
    };
    QVERIFY(cache.replacePeriod(day(1, true), {row(u"a"_s, u"U1"_s, "1.000000001", "2"), row(u"b"_s, u"U1"_s, "3", "4.5")}));
    QVERIFY(cache.replacePeriod(day(2, true), {}));
    QVERIFY(cache.replacePeriod(day(3, false), {row(u""_s, u"U2"_s, "0.25", "1")}));
    QVERIFY(cache.replacePeriod(month(2026, 10, u"tag:Project"_s), {row(u"a"_s, u"U1"_s, "99", "1")}));

    const QMap<QDate, CostCache::Totals> totals = cache.dailyTotals(u"tag:Project"_s, QDate(2026, 10, 1), QDate(2026, 11, 3));
    QCOMPARE(totals.size(), 2); // day 3 is outside, the monthly period is not a day
    QCOMPARE(totals.value(QDate(2026, 11, 1)), (CostCache::Totals{*Money::parse("4.000000001"), *Money::parse("6.5")}));
    QVERIFY(totals.contains(QDate(2026, 11, 2)));
    QCOMPARE(totals.value(QDate(2026, 11, 2)), CostCache::Totals());
    QVERIFY(cache.dailyTotals(u"tag:Team"_s, QDate(2026, 11, 1), QDate(2026, 12, 1)).isEmpty());

    QList<qint64> ids;
    for (const CostCache::Period &p : cache.periods()) {
        if (p.estimated)
            ids.append(p.id);
    }
    QCOMPARE(ids.size(), 2);
    QVERIFY(cache.markFinal(ids));
    for (const CostCache::Period &p : cache.periods())
        QVERIFY(!p.estimated);
    QCOMPARE(cache.rowCount(), 4);
}

void TestCostCache::forEachRowAndClearCosts()
{
    QTemporaryDir dir;
    CostCache cache;
    QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)).ok);
    QVERIFY(cache.replacePeriod(month(2026, 9, u"tag:Team"_s), {row(u"t"_s, u"U"_s, "1", "1")}));
    QVERIFY(cache.replacePeriod(month(2026, 8, u"tag:Project"_s),
                                {row(u"p"_s, u"U"_s, "2", "3"), row(u""_s, u"V"_s, "0.000000001", "0")}));
    QStringList seen;
    QVERIFY(cache.forEachRow([&seen](const CostCache::PeriodRow &r) {
        seen.append(u"%1 %2 %3 %4 %5 %6"_s.arg(r.grouping, r.start.toString(Qt::ISODate), r.groupKey, r.usageType,
                                               r.cost.toString(), r.quantity.toString()));
    }));
    seen.sort();
    QCOMPARE(seen, (QStringList{u"tag:Project 2026-08-01  V 0.000000001 0"_s, u"tag:Project 2026-08-01 p U 2 3"_s,
                                u"tag:Team 2026-09-01 t U 1 1"_s}));
    QVERIFY(cache.storeDocument(u"services"_s, QJsonDocument(QJsonArray{u"Amazon Bedrock"_s}), {}));
    QVERIFY(cache.clearCosts());
    QCOMPARE(cache.rowCount(), 0);
    QVERIFY(cache.periods().isEmpty());
    // Only the costs go; the documents stay.
    QVERIFY(cache.document(u"services"_s));
}

QTEST_GUILESS_MAIN(TestCostCache)
#include "tst_costcache.moc"
