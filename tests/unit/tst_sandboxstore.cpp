// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstore.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::Sandbox::SandboxStore;

class TestSandboxStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inMemory_roundTrip_keepsValuesDocumentsAndRecords();
    void documents_replaced_keepTheirPlace();
    void records_afterIdAndLimit_page();
    void reopen_sameDirectory_keepsState();
    void reopen_withReset_startsAfresh();
    void inMemory_twoStores_areSeparate();
    void open_garbageFile_failsWithClearError();
    void open_otherSqliteFile_isRefused();
    void open_newerSchema_isRefused();
    void open_sameDirectoryTwice_isRefused();
    void transaction_rollback_discardsWrites();
    void transaction_nestedFailure_rollsBackOuter();
    void componentSchema_createdOnceAndUsable();
};

void TestSandboxStore::inMemory_roundTrip_keepsValuesDocumentsAndRecords()
{
    QString error;
    auto store = SandboxStore::openInMemory(&error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->isPersistent());
    QVERIFY(store->isNew());

    QVERIFY(!store->value(u"seed"_s));
    QVERIFY(store->setValue(u"seed"_s, u"42"_s));
    QCOMPARE(store->value(u"seed"_s), u"42"_s);
    QVERIFY(store->setValue(u"seed"_s, u"43"_s));
    QCOMPARE(store->value(u"seed"_s), u"43"_s);

    const QJsonObject project{{u"id"_s, u"proj_a"_s}, {u"name"_s, u"Ünïcode ✓"_s},
                              {u"tags"_s, QJsonObject{{u"Team"_s, u"x"_s}}}, {u"n"_s, 9007199254740991.0}};
    QVERIFY(store->putDocument(u"projects"_s, u"proj_a"_s, project));
    QCOMPARE(store->document(u"projects"_s, u"proj_a"_s), project);
    QVERIFY(!store->document(u"projects"_s, u"proj_b"_s));
    QVERIFY(!store->document(u"other"_s, u"proj_a"_s));
    QCOMPARE(store->documentCount(u"projects"_s), 1);

    const QJsonObject usage{{u"tokens"_s, 12}, {u"list"_s, QJsonArray{1, 2, 3}}};
    const qint64 id = store->appendRecord(u"usage"_s, usage);
    QVERIFY(id > 0);
    const auto records = store->records(u"usage"_s);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().id, id);
    QCOMPARE(records.first().body, usage);
    QCOMPARE(store->recordCount(u"usage"_s), 1);
    QCOMPARE(store->recordCount(u"other"_s), 0);

    QVERIFY(store->removeDocument(u"projects"_s, u"proj_a"_s));
    QVERIFY(!store->document(u"projects"_s, u"proj_a"_s));
    QCOMPARE(store->documentCount(u"projects"_s), 0);
}

void TestSandboxStore::documents_replaced_keepTheirPlace()
{
    auto store = SandboxStore::openInMemory();
    QVERIFY(store);
    for (const QString &key : {u"c"_s, u"a"_s, u"b"_s})
        QVERIFY(store->putDocument(u"col"_s, key, QJsonObject{{u"v"_s, key}}));
    QVERIFY(store->putDocument(u"col"_s, u"c"_s, QJsonObject{{u"v"_s, u"changed"_s}}));
    QVERIFY(store->putDocument(u"elsewhere"_s, u"z"_s, QJsonObject{}));

    const auto docs = store->documents(u"col"_s);
    QCOMPARE(docs.size(), 3);
    QCOMPARE(docs.at(0).key, u"c"_s); // insertion order, not key order, and replacing keeps the place
    QCOMPARE(docs.at(0).body.value(u"v"_s).toString(), u"changed"_s);
    QCOMPARE(docs.at(1).key, u"a"_s);
    QCOMPARE(docs.at(2).key, u"b"_s);

    QVERIFY(store->removeCollection(u"col"_s));
    QCOMPARE(store->documentCount(u"col"_s), 0);
    QCOMPARE(store->documentCount(u"elsewhere"_s), 1);
}

void TestSandboxStore::records_afterIdAndLimit_page()
{
    auto store = SandboxStore::openInMemory();
    QVERIFY(store);
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        ids.append(store->appendRecord(u"usage"_s, QJsonObject{{u"i"_s, i}}));
        store->appendRecord(u"noise"_s, QJsonObject{{u"i"_s, -i}});
    }
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 1));

    const auto page = store->records(u"usage"_s, ids.at(2), 3);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).body.value(u"i"_s).toInt(), 3);
    QCOMPARE(page.at(2).body.value(u"i"_s).toInt(), 5);
    QCOMPARE(store->records(u"usage"_s, ids.last()).size(), 0);
    QCOMPARE(store->records(u"usage"_s).size(), 10);
}

void TestSandboxStore::reopen_sameDirectory_keepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nested/data"_s); // created on demand
    {
        QString error;
        auto store = SandboxStore::open(path, false, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->isPersistent());
        QVERIFY(store->isNew());
        QCOMPARE(store->filePath(), path + u"/sandbox.sqlite"_s);
        QVERIFY(store->setValue(u"seed"_s, u"7"_s));
        QVERIFY(store->putDocument(u"projects"_s, u"default"_s, QJsonObject{{u"name"_s, u"default"_s}}));
        QVERIFY(store->appendRecord(u"usage"_s, QJsonObject{{u"tokens"_s, 5}}) > 0);
    }
    QString error;
    auto store = SandboxStore::open(path, false, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->isNew());
    QCOMPARE(store->value(u"seed"_s), u"7"_s);
    QCOMPARE(store->document(u"projects"_s, u"default"_s)->value(u"name"_s).toString(), u"default"_s);
    QCOMPARE(store->records(u"usage"_s).size(), 1);
    QCOMPARE(store->records(u"usage"_s).first().body.value(u"tokens"_s).toInt(), 5);

    // The file is in WAL mode: concurrent readers (e.g. the sqlite3 shell) do not block requests.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
}

void TestSandboxStore::reopen_withReset_startsAfresh()
{
    QTemporaryDir dir;
    {
        auto store = SandboxStore::open(dir.path(), false);
        QVERIFY(store);
        QVERIFY(store->setValue(u"seed"_s, u"7"_s));
    }
    auto store = SandboxStore::open(dir.path(), true);
    QVERIFY(store);
    QVERIFY(store->isNew());
    QVERIFY(!store->value(u"seed"_s));
}

void TestSandboxStore::inMemory_twoStores_areSeparate()
{
    auto a = SandboxStore::openInMemory();
    auto b = SandboxStore::openInMemory();
    QVERIFY(a && b);
    QVERIFY(a->setValue(u"k"_s, u"a"_s));
    QVERIFY(!b->value(u"k"_s));
}

void TestSandboxStore::open_garbageFile_failsWithClearError()
{
    QTemporaryDir dir;
    {
        QFile file(dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 131 + 7) & 0xff));
        file.write(garbage);
    }
    QString error;
    auto store = SandboxStore::open(dir.path(), false, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(u"sandbox.sqlite"_s), qPrintable(error));
    QVERIFY2(error.contains(u"--reset"_s), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    // The damaged file is left as it was for the user to inspect.
    QCOMPARE(QFileInfo(dir.filePath(u"sandbox.sqlite"_s)).size(), 8192);

    // --reset recovers.
    store = SandboxStore::open(dir.path(), true, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isNew());
}

void TestSandboxStore::open_otherSqliteFile_isRefused()
{
    QTemporaryDir dir;
    {
        const QString name = u"tst-other"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(dir.filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE stuff (x INTEGER)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QString error;
    QVERIFY(!SandboxStore::open(dir.path(), false, &error));
    QVERIFY2(error.contains(u"another application"_s), qPrintable(error));
}

void TestSandboxStore::open_newerSchema_isRefused()
{
    QTemporaryDir dir;
    {
        auto store = SandboxStore::open(dir.path(), false);
        QVERIFY(store);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(u"UPDATE schema_versions SET version = 999 WHERE component = 'store'"_s));
    }
    QString error;
    QVERIFY(!SandboxStore::open(dir.path(), false, &error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
}

void TestSandboxStore::open_sameDirectoryTwice_isRefused()
{
    QTemporaryDir dir;
    auto first = SandboxStore::open(dir.path(), false);
    QVERIFY(first);
    QString error;
    QVERIFY(!SandboxStore::open(dir.path(), false, &error));
    QVERIFY2(error.contains(u"Another sandbox"_s), qPrintable(error));
    first.reset();
    QVERIFY(SandboxStore::open(dir.path(), false, &error));
}

void TestSandboxStore::transaction_rollback_discardsWrites()
{
    auto store = SandboxStore::openInMemory();
    QVERIFY(store);
    {
        SandboxStore::Transaction transaction(*store);
        QVERIFY(transaction.isActive());
        QVERIFY(store->setValue(u"k"_s, u"v"_s));
        QVERIFY(store->appendRecord(u"usage"_s, QJsonObject{}) > 0);
        // no commit
    }
    QVERIFY(!store->value(u"k"_s));
    QCOMPARE(store->recordCount(u"usage"_s), 0);
    {
        SandboxStore::Transaction transaction(*store);
        QVERIFY(store->setValue(u"k"_s, u"v"_s));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(store->value(u"k"_s), u"v"_s);
}

void TestSandboxStore::transaction_nestedFailure_rollsBackOuter()
{
    auto store = SandboxStore::openInMemory();
    QVERIFY(store);
    {
        SandboxStore::Transaction outer(*store);
        QVERIFY(store->setValue(u"outer"_s, u"1"_s));
        {
            SandboxStore::Transaction inner(*store);
            QVERIFY(store->setValue(u"inner"_s, u"1"_s));
            // inner gives up
        }
        QVERIFY(!outer.commit());
    }
    QVERIFY(!store->value(u"outer"_s));
    QVERIFY(!store->value(u"inner"_s));
}

void TestSandboxStore::componentSchema_createdOnceAndUsable()
{
    QTemporaryDir dir;
    const QStringList ddl = {u"CREATE TABLE budgets (name TEXT PRIMARY KEY, limit_nanos INTEGER NOT NULL)"_s};
    {
        auto store = SandboxStore::open(dir.path(), false);
        QVERIFY(store);
        QVERIFY2(store->ensureComponentSchema(u"budgets"_s, 1, ddl), qPrintable(store->lastError()));
        QSqlQuery query(store->database());
        QVERIFY(query.exec(u"INSERT INTO budgets VALUES ('team', 1500000000000)"_s));
    }
    auto store = SandboxStore::open(dir.path(), false);
    QVERIFY(store);
    // Running the same version again must not re-run the DDL (which would fail: the table exists).
    QVERIFY2(store->ensureComponentSchema(u"budgets"_s, 1, ddl), qPrintable(store->lastError()));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT limit_nanos FROM budgets WHERE name = 'team'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1500000000000);
    QVERIFY(!store->ensureComponentSchema(u"budgets"_s, 0, {}));
    QVERIFY(!store->ensureComponentSchema(u"store"_s, 1, {}));
    // A failing migration leaves nothing behind.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"sandbox store:.*"_s));
    QVERIFY(!store->ensureComponentSchema(u"broken"_s, 1, {u"CREATE TABLE ok (x)"_s, u"NOT SQL"_s}));
    QVERIFY(!query.exec(u"SELECT * FROM ok"_s));
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
