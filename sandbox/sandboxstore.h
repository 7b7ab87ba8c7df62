// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

namespace Spendscope::Sandbox {

// The sandbox account's state in SQLite (Qt SQL, QSQLITE), so that projects, tags, budgets,
// policies and live usage survive a restart. One file, `sandbox.sqlite`, in the data directory;
// without a directory the state lives in a private in-memory database for the store's lifetime.
//
// Three generic shapes cover every handler without a schema change per feature:
// - values: account-level settings (seed, scale, counters) as text;
// - documents: JSON objects keyed by (collection, key), listed in insertion order and replaced in
//   place, e.g. one document per project, budget or policy;
// - records: append-only JSON rows with increasing ids, e.g. live usage.
// Handlers that need typed tables create them with ensureComponentSchema() and use database().
//
// A store is one connection used from the thread that opened it (a Qt SQL rule). Write failures
// return false and leave lastError() set; the caller answers the request with a server error.
class SandboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Sandbox::SandboxStore)
public:
    // The layout of the generic tables; a file from a newer version is refused, not guessed at.
    static constexpr int SchemaVersion = 1;
    // SQLite's application_id header field, so that other SQLite files are recognised as such.
    static constexpr qint32 ApplicationId = 0x53505344; // "SPSD"

    struct Document
    {
        QString key;
        QJsonObject body;
    };

    struct Record
    {
        qint64 id = 0;
        QJsonObject body;
    };

    // Groups writes into one transaction; nested transactions join the outermost one. Destroying
    // an uncommitted transaction rolls back (only the outermost one does the rollback).
    class Transaction final
    {
    public:
        explicit Transaction(SandboxStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        [[nodiscard]] bool isActive() const { return m_active; }
        [[nodiscard]] bool commit();

    private:
        SandboxStore &m_store;
        bool m_active = false;
        bool m_done = false;
    };

    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    static constexpr QStringView FileName = u"sandbox.sqlite";

    // Opens (and creates if needed) `directory`/sandbox.sqlite. With `reset` the previous state is
    // deleted first. A lock file keeps two sandboxes off the same directory. On failure returns
    // nullptr and a translated, one-line reason in *error (a corrupt file names the file and how
    // to start afresh).
    [[nodiscard]] static std::unique_ptr<SandboxStore> open(const QString &directory, bool reset,
                                                            QString *error = nullptr);
    // A private in-memory database.
    [[nodiscard]] static std::unique_ptr<SandboxStore> openInMemory(QString *error = nullptr);

    [[nodiscard]] bool isPersistent() const { return !m_filePath.isEmpty(); }
    // The database file; empty in memory.
    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    // True when open() found no earlier state (a new file, or after reset).
    [[nodiscard]] bool isNew() const { return m_new; }
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    // Values
    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

    // Documents
    [[nodiscard]] std::optional<QJsonObject> document(const QString &collection, const QString &key) const;
    [[nodiscard]] QList<Document> documents(const QString &collection) const; // insertion order
    [[nodiscard]] qsizetype documentCount(const QString &collection) const;
    // Inserts or replaces; a replaced document keeps its place in the order.
    bool putDocument(const QString &collection, const QString &key, const QJsonObject &body);
    bool removeDocument(const QString &collection, const QString &key);
    bool removeCollection(const QString &collection);

    // Records; appendRecord() returns the new id (> 0), or 0 on failure.
    qint64 appendRecord(const QString &collection, const QJsonObject &body);
    // Records with id > afterId in id order; at most `limit` (all when negative).
    [[nodiscard]] QList<Record> records(const QString &collection, qint64 afterId = 0, qsizetype limit = -1) const;
    [[nodiscard]] qsizetype recordCount(const QString &collection) const;

    // Typed tables of one component (e.g. "budgets"): runs `statements` in one transaction unless
    // the component's recorded version is already `version`. A recorded version above `version`
    // is refused (the file is from a newer Spendscope).
    bool ensureComponentSchema(const QString &component, int version, const QStringList &statements);
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

private:
    SandboxStore() = default;

    [[nodiscard]] static std::unique_ptr<SandboxStore> openDatabase(const QString &filePath, QString *error);
    bool initialise(QString *error);
    bool exec(QSqlQuery &query) const;
    bool execStatement(const QString &sql) const;
    bool begin();
    bool commit();
    void rollback();

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    bool m_new = false;
    mutable QString m_lastError;
};

} // namespace Spendscope::Sandbox
