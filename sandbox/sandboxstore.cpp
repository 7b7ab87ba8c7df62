// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstore.h"

#include "sandboxlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

constexpr QStringView StoreComponent = u"store";

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"spendscope-sandbox-store-%1"_s.arg(++counter);
}

QString toText(const QJsonObject &body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> fromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

// Transaction

SandboxStore::Transaction::Transaction(SandboxStore &store)
    : m_store(store)
    , m_active(store.begin())
{
}

SandboxStore::Transaction::~Transaction()
{
    if (m_active && !m_done)
        m_store.rollback();
}

bool SandboxStore::Transaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = true;
    return m_store.commit();
}

bool SandboxStore::begin()
{
    if (m_transactionDepth++ > 0)
        return true;
    m_transactionFailed = false;
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        m_transactionDepth = 0;
        return false;
    }
    return true;
}

bool SandboxStore::commit()
{
    if (m_transactionDepth <= 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_transactionFailed;
    if (m_transactionFailed) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void SandboxStore::rollback()
{
    if (m_transactionDepth <= 0)
        return;
    // An inner rollback poisons the outer transaction: its writes must not be half kept.
    m_transactionFailed = true;
    if (--m_transactionDepth == 0)
        m_db.rollback();
}

// Opening

SandboxStore::~SandboxStore()
{
    if (m_transactionDepth > 0)
        m_db.rollback();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<SandboxStore> SandboxStore::open(const QString &directory, bool reset, QString *error)
{
    const QString dir = QDir::cleanPath(QDir(directory).absolutePath());
    if (!QDir().mkpath(dir)) {
        setError(error, tr("Cannot create the sandbox data directory %1.").arg(QDir::toNativeSeparators(dir)));
        return nullptr;
    }
    auto lock = std::make_unique<QLockFile>(dir + u"/sandbox.lock"_s);
    // A lock left by a process that no longer runs is taken over (QLockFile checks the pid).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            setError(error, tr("Another sandbox is already using the data directory %1.")
                                .arg(QDir::toNativeSeparators(dir)));
        } else {
            setError(error, tr("Cannot lock the sandbox data directory %1.").arg(QDir::toNativeSeparators(dir)));
        }
        return nullptr;
    }

    const QString filePath = dir + u'/' + FileName.toString();
    if (reset) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile file(filePath + suffix);
            if (file.exists() && !file.remove()) {
                setError(error, tr("Cannot delete the old sandbox data file %1 (%2).")
                                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
                return nullptr;
            }
        }
    }

    std::unique_ptr<SandboxStore> store = openDatabase(filePath, error);
    if (store)
        store->m_lock = std::move(lock);
    return store;
}

std::unique_ptr<SandboxStore> SandboxStore::openInMemory(QString *error)
{
    return openDatabase(QString(), error);
}

std::unique_ptr<SandboxStore> SandboxStore::openDatabase(const QString &filePath, QString *error)
{
    std::unique_ptr<SandboxStore> store(new SandboxStore);
    store->m_connectionName = newConnectionName();
    store->m_filePath = filePath;
    store->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
    if (!store->m_db.isValid()) {
        setError(error, tr("The Qt SQLite driver (QSQLITE) is not available."));
        return nullptr;
    }
    store->m_db.setDatabaseName(filePath.isEmpty() ? u":memory:"_s : filePath);
    // Waits instead of failing at once when another connection (e.g. the sqlite3 shell) holds a lock.
    store->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!store->m_db.open()) {
        setError(error, tr("Cannot open the sandbox data file %1 (%2).")
                            .arg(QDir::toNativeSeparators(filePath), store->m_db.lastError().text()));
        return nullptr;
    }
    if (!store->initialise(error))
        return nullptr;
    return store;
}

bool SandboxStore::initialise(QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    auto corrupt = [&](const QString &detail) {
        setError(error, tr("The sandbox data file %1 is damaged or not a Spendscope sandbox file (%2). Move it away "
                           "or start afresh with --reset.")
                            .arg(shownPath, detail));
        return false;
    };

    // The first read of the file's header: a file that is not SQLite fails here.
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return corrupt(query.lastError().text());
    const qint32 applicationId = query.value(0).toInt();
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return corrupt(query.lastError().text());
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    query.finish();

    if (applicationId != ApplicationId && !(applicationId == 0 && tables.isEmpty()))
        return corrupt(tr("it belongs to another application"));
    m_new = tables.isEmpty();

    if (isPersistent()) {
        // WAL keeps readers and the writer apart and survives crashes; NORMAL sync is durable
        // enough for a test account and much faster per request.
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
            return corrupt(query.lastError().text());
        query.finish();
        if (!query.exec(u"PRAGMA synchronous = NORMAL"_s))
            return corrupt(query.lastError().text());
    }

    if (!m_new) {
        if (!query.exec(u"SELECT version FROM schema_versions WHERE component = 'store'"_s))
            return corrupt(query.lastError().text());
        if (!query.next())
            return corrupt(tr("its schema version is missing"));
        const int version = query.value(0).toInt();
        if (version > SchemaVersion) {
            setError(error, tr("The sandbox data file %1 was written by a newer version of Spendscope (schema %2, "
                               "this version reads %3). Use that version or start afresh with --reset.")
                                .arg(shownPath)
                                .arg(version)
                                .arg(SchemaVersion));
            return false;
        }
        // Touch every generic table, so that a damaged page shows up now rather than mid-request.
        for (const QString &table : {u"sandbox_values"_s, u"documents"_s, u"records"_s}) {
            if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
                return corrupt(query.lastError().text());
        }
        query.finish();
        return true;
    }

    const QStringList schema = {
        u"CREATE TABLE schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s,
        u"CREATE TABLE sandbox_values (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, "
        "key TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (collection, key))"_s,
        u"CREATE TABLE records (id INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, body TEXT NOT NULL)"_s,
        u"CREATE INDEX records_by_collection ON records (collection, id)"_s,
        u"INSERT INTO schema_versions (component, version) VALUES ('store', %1)"_s.arg(SchemaVersion),
        u"PRAGMA application_id = %1"_s.arg(ApplicationId),
    };
    Transaction transaction(*this);
    for (const QString &statement : schema) {
        if (!execStatement(statement)) {
            setError(error, tr("Cannot create the sandbox data file %1 (%2).").arg(shownPath, m_lastError));
            return false;
        }
    }
    if (!transaction.commit()) {
        setError(error, tr("Cannot create the sandbox data file %1 (%2).").arg(shownPath, m_lastError));
        return false;
    }
    return true;
}

bool SandboxStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcSandbox) << "sandbox store:" << m_lastError;
    return false;
}

bool SandboxStore::execStatement(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcSandbox) << "sandbox store:" << m_lastError;
    return false;
}

// Values

std::optional<QString> SandboxStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM sandbox_values WHERE key = ?"_s);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool SandboxStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sandbox_values (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (exec(query))
        return true;
    m_transactionFailed = m_transactionDepth > 0;
    return false;
}

// Documents

std::optional<QJsonObject> SandboxStore::document(const QString &collection, const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT body FROM documents WHERE collection = ? AND key = ?"_s);
    query.addBindValue(collection);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return std::nullopt;
    std::optional<QJsonObject> body = fromText(query.value(0).toString());
    if (!body)
        qCWarning(lcSandbox) << "sandbox store: unreadable document" << collection << key;
    return body;
}

QList<SandboxStore::Document> SandboxStore::documents(const QString &collection) const
{
    QList<Document> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT key, body FROM documents WHERE collection = ? ORDER BY seq"_s);
    query.addBindValue(collection);
    if (!exec(query))
        return out;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (std::optional<QJsonObject> body = fromText(query.value(1).toString()))
            out.append({key, std::move(*body)});
        else
            qCWarning(lcSandbox) << "sandbox store: unreadable document" << collection << key;
    }
    return out;
}

qsizetype SandboxStore::documentCount(const QString &collection) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM documents WHERE collection = ?"_s);
    query.addBindValue(collection);
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool SandboxStore::putDocument(const QString &collection, const QString &key, const QJsonObject &body)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO documents (collection, key, body) VALUES (?, ?, ?) "
                  "ON CONFLICT (collection, key) DO UPDATE SET body = excluded.body"_s);
    query.addBindValue(collection);
    query.addBindValue(key);
    query.addBindValue(toText(body));
    if (exec(query))
        return true;
    m_transactionFailed = m_transactionDepth > 0;
    return false;
}

bool SandboxStore::removeDocument(const QString &collection, const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM documents WHERE collection = ? AND key = ?"_s);
    query.addBindValue(collection);
    query.addBindValue(key);
    if (exec(query))
        return true;
    m_transactionFailed = m_transactionDepth > 0;
    return false;
}

bool SandboxStore::removeCollection(const QString &collection)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM documents WHERE collection = ?"_s);
    query.addBindValue(collection);
    if (exec(query))
        return true;
    m_transactionFailed = m_transactionDepth > 0;
    return false;
}

// Records

qint64 SandboxStore::appendRecord(const QString &collection, const QJsonObject &body)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO records (collection, body) VALUES (?, ?)"_s);
    query.addBindValue(collection);
    query.addBindValue(toText(body));
    if (!exec(query)) {
        m_transactionFailed = m_transactionDepth > 0;
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<SandboxStore::Record> SandboxStore::records(const QString &collection, qint64 afterId, qsizetype limit) const
{
    QList<Record> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, body FROM records WHERE collection = ? AND id > ? ORDER BY id LIMIT ?"_s);
    query.addBindValue(collection);
    query.addBindValue(afterId);
    query.addBindValue(limit < 0 ? qint64(-1) : qint64(limit));
    if (!exec(query))
        return out;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (std::optional<QJsonObject> body = fromText(query.value(1).toString()))
            out.append({id, std::move(*body)});
        else
            qCWarning(lcSandbox) << "sandbox store: unreadable record" << collection << id;
    }
    return out;
}

qsizetype SandboxStore::recordCount(const QString &collection) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM records WHERE collection = ?"_s);
    query.addBindValue(collection);
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Component schemas

bool SandboxStore::ensureComponentSchema(const QString &component, int version, const QStringList &statements)
{
    if (component == StoreComponent) {
        m_lastError = tr("The component name “%1” is reserved.").arg(component);
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT version FROM schema_versions WHERE component = ?"_s);
    query.addBindValue(component);
    if (!exec(query))
        return false;
    if (query.next()) {
        const int recorded = query.value(0).toInt();
        if (recorded == version)
            return true;
        if (recorded > version) {
            m_lastError = tr("The sandbox data for “%1” was written by a newer version of Spendscope.").arg(component);
            return false;
        }
    }
    query.finish();

    Transaction transaction(*this);
    for (const QString &statement : statements) {
        if (!execStatement(statement))
            return false;
    }
    QSqlQuery record(m_db);
    record.prepare(u"INSERT INTO schema_versions (component, version) VALUES (?, ?) "
                   "ON CONFLICT (component) DO UPDATE SET version = excluded.version"_s);
    record.addBindValue(component);
    record.addBindValue(version);
    if (!exec(record))
        return false;
    return transaction.commit();
}

} // namespace Spendscope::Sandbox
