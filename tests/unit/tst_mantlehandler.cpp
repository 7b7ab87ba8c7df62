// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"
#include "mantlehandler.h"
#include "organisation.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include "aws/sigv4.h"
#include "domain/pricecatalog.h"
#include "domain/usagetype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

// Prices chosen so that per-token costs are whole nano-units: 0.15 per 1M = 150 nanos a token.
constexpr QByteArrayView TestCatalog =
    "{\n"
    "  \"as_of\": \"2026-07-01\", \"currency\": \"USD\",\n"
    "  \"models\": [\n"
    "    {\"id\": \"test.plain\", \"provider\": \"TestCo\", \"tier\": \"standard\", \"endpoint\": \"mantle\", \"route\": \"/v1\",\n"
    "     \"region\": \"us-east-1\", \"input_per_1m\": \"0.15\", \"output_per_1m\": \"0.60\",\n"
    "     \"source_url\": \"https://example.com/p\", \"confidence\": \"test\", \"as_of\": \"2026-07-01\"},\n"
    "    {\"id\": \"test.caching\", \"provider\": \"TestCo\", \"tier\": \"premium\", \"endpoint\": \"mantle\", \"route\": \"/v1\",\n"
    "     \"region\": \"us-east-1\", \"input_per_1m\": \"2.00\", \"output_per_1m\": \"8.00\", \"cache_read_per_1m\": \"0.50\",\n"
    "     \"source_url\": \"https://example.com/p\", \"confidence\": \"test\", \"as_of\": \"2026-06-01\"},\n"
    "    {\"id\": \"openai.test-5\", \"provider\": \"OpenAI\", \"tier\": \"premium\", \"endpoint\": \"mantle\", \"route\": \"/openai/v1\",\n"
    "     \"region\": \"us-east-1\", \"input_per_1m\": \"1.25\", \"output_per_1m\": \"10.00\",\n"
    "     \"source_url\": \"https://example.com/p\", \"confidence\": \"test\", \"as_of\": \"2026-07-01\"},\n"
    "    {\"id\": \"anthropic.test-haiku\", \"provider\": \"Anthropic\", \"tier\": \"standard\", \"endpoint\": \"mantle\",\n"
    "     \"route\": \"/anthropic/v1\", \"region\": \"us-east-1\", \"input_per_1m\": \"1.00\", \"output_per_1m\": \"5.00\",\n"
    "     \"cache_read_per_1m\": \"0.10\", \"source_url\": \"https://example.com/p\", \"confidence\": \"test\", \"as_of\": \"2026-07-01\"},\n"
    "    {\"id\": \"amazon.test-runtime-v1:0\", \"provider\": \"Amazon\", \"tier\": \"economy\", \"endpoint\": \"runtime\",\n"
    "     \"route\": \"bedrock-runtime\", \"region\": \"us-east-1\", \"input_per_1m\": \"0.10\", \"output_per_1m\": \"0.20\",\n"
    "     \"source_url\": \"https://example.com/p\", \"confidence\": \"test\", \"as_of\": \"2026-07-01\"}\n"
    "  ]\n"
    "}\n";

const QString AccessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QString SecretKey = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString ApiKey = u"ABSKdGVzdC1rZXk="_s;
const QString AccountId = u"123456789012"_s;

QJsonObject bodyOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorType(const HttpResponse &response)
{
    return bodyOf(response).value(u"error"_s).toObject().value(u"type"_s).toString();
}

QString errorParam(const HttpResponse &response)
{
    return bodyOf(response).value(u"error"_s).toObject().value(u"param"_s).toString();
}

QString errorMessage(const HttpResponse &response)
{
    return bodyOf(response).value(u"error"_s).toObject().value(u"message"_s).toString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One handler behind a real SandboxServer front door, on an in-memory store.
struct Fixture
{
    explicit Fixture(quint64 seed = 7, SandboxStore *sharedStore = nullptr, const Organisation *organisation = nullptr)
    {
        catalog = *PriceCatalog::fromJson(TestCatalog);
        if (!sharedStore) {
            ownStore = SandboxStore::openInMemory();
            sharedStore = ownStore.get();
        }
        store = sharedStore;
        server = std::make_unique<SandboxServer>(SandboxServer::Credentials{AccessKeyId, SecretKey, ApiKey});
        server->setClock([this] { return now; });
        MantleHandler::Account account;
        account.accountId = AccountId;
        account.region = u"us-east-1"_s;
        account.seed = seed;
        account.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        auto handler = std::make_unique<MantleHandler>(*store, ledger, catalog, account);
        QString error;
        loaded = handler->load(organisation, &error);
        loadError = error;
        mantle = handler.get();
        server->addHandler(std::move(handler));
    }

    HttpRequest bearerRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                              const QByteArray &query = {}) const
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.query = query;
        r.body = body;
        r.setHeader("host", "bedrock-mantle.us-east-1.api.aws");
        r.setHeader("authorization", "Bearer " + ApiKey.toUtf8());
        if (!body.isEmpty())
            r.setHeader("content-type", "application/json");
        return r;
    }

    HttpResponse call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                      const QByteArray &query = {}, const HttpHeaders &extra = {})
    {
        HttpRequest r = bearerRequest(method, path, body, query);
        for (const auto &[name, value] : extra)
            r.setHeader(name, value);
        return server->respond(r);
    }

    HttpResponse callSigned(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                            const QByteArray &query = {})
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.query = query;
        r.body = body;
        r.setHeader("host", "bedrock-mantle.us-east-1.api.aws");
        if (!body.isEmpty())
            r.setHeader("content-type", "application/json");
        SigV4::SigningParams params;
        params.accessKeyId = AccessKeyId;
        params.secretAccessKey = SecretKey;
        params.region = u"us-east-1"_s;
        params.service = u"bedrock-mantle"_s;
        params.time = now;
        SigV4::signRequest(r, params);
        return server->respond(r);
    }

    QJsonObject create(const QString &name, const QJsonObject &tags = {})
    {
        QJsonObject body{{u"name"_s, name}};
        if (!tags.isEmpty())
            body.insert(u"tags"_s, tags);
        const HttpResponse r = call("POST", "/v1/organization/projects", json(body));
        if (r.status != 200)
            qWarning() << "create failed" << r.status << r.body;
        return bodyOf(r);
    }

    HttpResponse chat(const QString &project, const QString &model, const QJsonArray &messages,
                      const QJsonObject &extra = {})
    {
        QJsonObject body{{u"model"_s, model}, {u"messages"_s, messages}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        HttpHeaders headers;
        if (!project.isEmpty())
            headers.append({"OpenAI-Project", project.toUtf8()});
        return call("POST", "/v1/chat/completions", json(body), {}, headers);
    }

    // Ledger cost and quantity of one usage type for one project.
    std::pair<Money, Money> ledgerSums(const QString &projectId, const QString &usageType,
                                       const QMap<QString, QString> *tags = nullptr) const
    {
        Money cost;
        Money quantity;
        for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
            if (ledger.projectId(ledger.projectColumn()[size_t(row)]) != projectId)
                continue;
            if (ledger.usageTypeText(ledger.usageTypeColumn()[size_t(row)]) != usageType)
                continue;
            if (tags && ledger.tagSnapshot(ledger.tagsColumn()[size_t(row)]) != *tags)
                continue;
            cost += Money::fromNanos(ledger.costColumn()[size_t(row)]);
            quantity += Money::fromNanos(ledger.quantityColumn()[size_t(row)]);
        }
        return {cost, quantity};
    }

    std::unique_ptr<SandboxStore> ownStore;
    SandboxStore *store = nullptr;
    Ledger ledger;
    PriceCatalog catalog;
    std::unique_ptr<SandboxServer> server;
    MantleHandler *mantle = nullptr;
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    bool loaded = false;
    QString loadError;
};

QJsonArray userMessage(const QString &text)
{
    return QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}};
}

} // namespace

class TestMantleHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultProject_presentAndListedFirst();
    void create_returnsProjectWithSeededId();
    void create_idsAreDeterministicPerSeed();
    void create_viaSigV4_works();
    void create_invalidName_isRejected_data();
    void create_invalidName_isRejected();
    void create_malformedRequests_areRejected_data();
    void create_malformedRequests_areRejected();
    void create_tagLimits_data();
    void create_tagLimits();
    void create_atMostThousandProjects();
    void get_unknown_isNotFoundNamingArn();
    void update_addTagsUpserts_removeTagKeysDeletes();
    void update_renameAndRetention();
    void update_fullTagReplacement_isRejected();
    void update_invalidInput_isRejectedAndChangesNothing_data();
    void update_invalidInput_isRejectedAndChangesNothing();
    void update_tagCountLimit_countsAfterRemovals();
    void defaultProject_cannotBeArchivedRenamedOrTagged();
    void archive_isTerminalAndIdempotent();
    void list_paginatesWithCursor();
    void list_includeArchived();
    void list_invalidParameters_data();
    void list_invalidParameters();
    void routes_unknownAndWrongPrefix();
    void models_listAndGet();
    void dataRetention_getAndPut();
    void chat_recordsUsageUnderDefaultProject_pricedExactly();
    void chat_isDeterministic();
    void chat_usesTagsAtRequestTime();
    void chat_unknownOrArchivedProject_isRefusedAndNotBilled();
    void chat_repeatedPrompt_readsCacheOnCachingModelsOnly();
    void chat_invalidRequests_data();
    void chat_invalidRequests();
    void responses_inputInstructionsAndTruncation();
    void messages_anthropicRouteWorkspaceAndCache();
    void reload_sameStore_restoresProjectsAndReplaysUsage();
    void load_fromOrganisation_seedsProjects();
};

void TestMantleHandler::defaultProject_presentAndListedFirst()
{
    Fixture f;
    QVERIFY2(f.loaded, qPrintable(f.loadError));
    f.create(u"alpha"_s);
    const HttpResponse r = f.call("GET", "/v1/organization/projects");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), "application/json");
    const QJsonObject list = bodyOf(r);
    QCOMPARE(list.value(u"object"_s).toString(), u"list"_s);
    const QJsonArray data = list.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    const QJsonObject def = data.at(0).toObject();
    QCOMPARE(def.value(u"id"_s).toString(), u"default"_s);
    QCOMPARE(def.value(u"name"_s).toString(), u"default"_s);
    QCOMPARE(def.value(u"object"_s).toString(), u"organization.project"_s);
    QCOMPARE(def.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(def.value(u"arn"_s).toString(), u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/default"_s);
    QCOMPARE(def.value(u"tags"_s).toObject(), QJsonObject());
    QCOMPARE(def.value(u"created_at"_s).toInteger(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(def.value(u"archived_at"_s).isNull());
    QCOMPARE(list.value(u"first_id"_s).toString(), u"default"_s);
    QCOMPARE(list.value(u"last_id"_s).toString(), data.at(1).toObject().value(u"id"_s).toString());
    QCOMPARE(list.value(u"has_more"_s).toBool(true), false);
    // The production parser accepts what the sandbox sends.
    QString reason;
    QVERIFY2(Project::fromJson(def, &reason), qPrintable(reason));
}

void TestMantleHandler::create_returnsProjectWithSeededId()
{
    Fixture f;
    const QJsonObject tags{{u"Team"_s, u"payments"_s}, {u"CostCenter"_s, u"21524"_s}, {u"Empty"_s, u""_s}};
    const HttpResponse r = f.call("POST", "/v1/organization/projects",
                                  json({{u"name"_s, u"Checkout Assistant"_s}, {u"tags"_s, tags}}));
    QCOMPARE(r.status, 200);
    const QJsonObject p = bodyOf(r);
    const QString id = p.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^proj_[a-z0-9]{20}$"_s).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(p.value(u"name"_s).toString(), u"Checkout Assistant"_s);
    QCOMPARE(p.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(p.value(u"tags"_s).toObject(), tags);
    QCOMPARE(p.value(u"created_at"_s).toInteger(), f.now.toSecsSinceEpoch());
    QCOMPARE(p.value(u"arn"_s).toString(), u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/"_s + id);
    QCOMPARE(p.value(u"data_retention"_s).toObject().value(u"mode"_s).toString(), u"inherit"_s);

    const HttpResponse got = f.call("GET", "/v1/organization/projects/" + id.toUtf8());
    QCOMPARE(got.status, 200);
    QCOMPARE(bodyOf(got), p);
    QString reason;
    const auto parsed = Project::fromJson(p, &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QCOMPARE(parsed->tags().value(u"Team"_s), u"payments"_s);

    // Names need not be unique (the control-plane API says so); ids are.
    const QJsonObject twin = f.create(u"Checkout Assistant"_s);
    QVERIFY(!twin.value(u"id"_s).toString().isEmpty());
    QVERIFY(twin.value(u"id"_s).toString() != id);
}

void TestMantleHandler::create_idsAreDeterministicPerSeed()
{
    Fixture a(7);
    Fixture b(7);
    Fixture c(8);
    QStringList idsA;
    QStringList idsB;
    for (int i = 0; i < 5; ++i) {
        idsA.append(a.create(u"p%1"_s.arg(i)).value(u"id"_s).toString());
        idsB.append(b.create(u"p%1"_s.arg(i)).value(u"id"_s).toString());
    }
    QCOMPARE(idsA, idsB);
    QCOMPARE(QSet<QString>(idsA.cbegin(), idsA.cend()).size(), 5);
    QVERIFY(c.create(u"p0"_s).value(u"id"_s).toString() != idsA.first());
}

void TestMantleHandler::create_viaSigV4_works()
{
    Fixture f;
    const HttpResponse r = f.callSigned("POST", "/v1/organization/projects", json({{u"name"_s, u"signed"_s}}));
    QCOMPARE(r.status, 200);
    const HttpResponse list = f.callSigned("GET", "/v1/organization/projects", {}, "limit=1");
    QCOMPARE(list.status, 200);
    QCOMPARE(bodyOf(list).value(u"data"_s).toArray().size(), 1);
    QVERIFY(bodyOf(list).value(u"has_more"_s).toBool());
}

void TestMantleHandler::create_invalidName_isRejected_data()
{
    QTest::addColumn<QJsonValue>("name");
    QTest::newRow("empty") << QJsonValue(u""_s);
    QTest::newRow("65 characters") << QJsonValue(QString(65, u'a'));
    QTest::newRow("double separator") << QJsonValue(u"a--b"_s);
    QTest::newRow("leading space") << QJsonValue(u" a"_s);
    QTest::newRow("non-ascii") << QJsonValue(u"Café"_s);
    QTest::newRow("slash") << QJsonValue(u"a/b"_s);
    QTest::newRow("trailing newline") << QJsonValue(u"abc\n"_s);
    QTest::newRow("number") << QJsonValue(42);
    QTest::newRow("null") << QJsonValue();
}

void TestMantleHandler::create_invalidName_isRejected()
{
    QFETCH(QJsonValue, name);
    Fixture f;
    const HttpResponse r = f.call("POST", "/v1/organization/projects", json({{u"name"_s, name}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QCOMPARE(errorParam(r), u"name"_s);
    QVERIFY(!errorMessage(r).isEmpty());
    const QJsonObject error = bodyOf(r).value(u"error"_s).toObject();
    QVERIFY(error.contains(u"code"_s));
    QVERIFY(error.value(u"code"_s).isString());
    QCOMPARE(f.mantle->projects().size(), 1);
    // A 64-character name is the longest allowed.
    QCOMPARE(f.call("POST", "/v1/organization/projects", json({{u"name"_s, QString(64, u'a')}})).status, 200);
}

void TestMantleHandler::create_malformedRequests_areRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("not json") << QByteArray("{name: x") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
    QTest::newRow("truncated") << QByteArray(R"({"name":"ab)") << QString();
    QTest::newRow("no name") << QByteArray(R"({"tags":{}})") << u"name"_s;
    QTest::newRow("empty body") << QByteArray() << u"name"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"name":"a","colour":"red"})") << u"colour"_s;
    QTest::newRow("tags not object") << QByteArray(R"({"name":"a","tags":["x"]})") << u"tags"_s;
    QTest::newRow("tag value not string") << QByteArray(R"({"name":"a","tags":{"k":1}})") << u"tags"_s;
    QTest::newRow("bad retention") << QByteArray(R"({"name":"a","data_retention":{"mode":"None"}})")
                                   << u"data_retention.mode"_s;
}

void TestMantleHandler::create_malformedRequests_areRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    Fixture f;
    const HttpResponse r = f.call("POST", "/v1/organization/projects", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QCOMPARE(errorParam(r), param);
    QCOMPARE(f.mantle->projects().size(), 1);
}

void TestMantleHandler::create_tagLimits_data()
{
    QTest::addColumn<QJsonObject>("tags");
    QTest::addColumn<bool>("accepted");
    QJsonObject many;
    for (int i = 0; i < 200; ++i)
        many.insert(u"k%1"_s.arg(i), u"v"_s);
    QJsonObject tooMany = many;
    tooMany.insert(u"one-more"_s, u"v"_s);
    QTest::newRow("200 tags") << many << true;
    QTest::newRow("201 tags") << tooMany << false;
    QTest::newRow("key of 128") << QJsonObject{{QString(128, u'k'), u"v"_s}} << true;
    QTest::newRow("key of 129") << QJsonObject{{QString(129, u'k'), u"v"_s}} << false;
    QTest::newRow("value of 256") << QJsonObject{{u"k"_s, QString(256, u'v')}} << true;
    QTest::newRow("value of 257") << QJsonObject{{u"k"_s, QString(257, u'v')}} << false;
    QTest::newRow("empty value") << QJsonObject{{u"k"_s, u""_s}} << true;
    QTest::newRow("empty key") << QJsonObject{{u""_s, u"v"_s}} << false;
    QTest::newRow("allowed symbols") << QJsonObject{{u"a_b.c:d/e=f+g-h@i j"_s, u"Zürich 2026"_s}} << true;
    QTest::newRow("forbidden in key") << QJsonObject{{u"team#1"_s, u"v"_s}} << false;
    QTest::newRow("forbidden in value") << QJsonObject{{u"k"_s, u"a;b"_s}} << false;
    QTest::newRow("tab in value") << QJsonObject{{u"k"_s, u"a\tb"_s}} << false;
    QTest::newRow("aws prefix") << QJsonObject{{u"aws:createdBy"_s, u"v"_s}} << false;
}

void TestMantleHandler::create_tagLimits()
{
    QFETCH(QJsonObject, tags);
    QFETCH(bool, accepted);
    Fixture f;
    const HttpResponse r = f.call("POST", "/v1/organization/projects", json({{u"name"_s, u"t"_s}, {u"tags"_s, tags}}));
    if (accepted) {
        QCOMPARE(r.status, 200);
        QCOMPARE(bodyOf(r).value(u"tags"_s).toObject(), tags);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(errorType(r), u"invalid_request_error"_s);
        QCOMPARE(errorParam(r), u"tags"_s);
        QCOMPARE(f.mantle->projects().size(), 1);
    }
}

void TestMantleHandler::create_atMostThousandProjects()
{
    Fixture f;
    for (int i = 1; i < MantleHandler::MaxProjects; ++i) // the default project is the first
        QCOMPARE(f.call("POST", "/v1/organization/projects", json({{u"name"_s, u"p%1"_s.arg(i)}})).status, 200);
    QCOMPARE(f.mantle->projects().size(), 1000);
    const HttpResponse r = f.call("POST", "/v1/organization/projects", json({{u"name"_s, u"one too many"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(bodyOf(r).value(u"error"_s).toObject().value(u"code"_s).toString(), u"project_limit_exceeded"_s);
    QCOMPARE(f.mantle->projects().size(), 1000);
}

void TestMantleHandler::get_unknown_isNotFoundNamingArn()
{
    Fixture f;
    for (const QByteArray &id : {QByteArray("proj_aaaaaaaaaaaaaaaaaaaa"), QByteArray("nonsense")}) {
        const HttpResponse r = f.call("GET", "/v1/organization/projects/" + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(errorType(r), u"not_found_error"_s);
        QVERIFY2(errorMessage(r).contains(u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/"_s
                                          + QString::fromLatin1(id)),
                 qPrintable(errorMessage(r)));
        QCOMPARE(f.call("POST", "/v1/organization/projects/" + id, json({{u"name"_s, u"x"_s}})).status, 404);
        QCOMPARE(f.call("POST", "/v1/organization/projects/" + id + "/archive").status, 404);
    }
}

void TestMantleHandler::update_addTagsUpserts_removeTagKeysDeletes()
{
    Fixture f;
    const QString id = f.create(u"p"_s, {{u"Team"_s, u"a"_s}, {u"Env"_s, u"dev"_s}, {u"Old"_s, u"x"_s}})
                           .value(u"id"_s)
                           .toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    HttpResponse r = f.call("POST", path,
                            json({{u"add_tags"_s, QJsonObject{{u"Team"_s, u"b"_s}, {u"Owner"_s, u"alice"_s}}},
                                  {u"remove_tag_keys"_s, QJsonArray{u"Old"_s, u"NeverThere"_s}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject expected{{u"Team"_s, u"b"_s}, {u"Env"_s, u"dev"_s}, {u"Owner"_s, u"alice"_s}};
    QCOMPARE(bodyOf(r).value(u"tags"_s).toObject(), expected);
    QCOMPARE(bodyOf(f.call("GET", path)).value(u"tags"_s).toObject(), expected);
    QCOMPARE(bodyOf(r).value(u"name"_s).toString(), u"p"_s); // untouched

    // Removing everything leaves an empty map, not a missing field.
    r = f.call("POST", path, json({{u"remove_tag_keys"_s, QJsonArray{u"Team"_s, u"Env"_s, u"Owner"_s}}}));
    QCOMPARE(r.status, 200);
    QVERIFY(bodyOf(r).value(u"tags"_s).isObject());
    QCOMPARE(bodyOf(r).value(u"tags"_s).toObject().size(), 0);
}

void TestMantleHandler::update_renameAndRetention()
{
    Fixture f;
    const QString id = f.create(u"before"_s).value(u"id"_s).toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    HttpResponse r = f.call("POST", path,
                            json({{u"name"_s, u"after rename"_s},
                                  {u"data_retention"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"name"_s).toString(), u"after rename"_s);
    QCOMPARE(bodyOf(r).value(u"data_retention"_s).toObject().value(u"mode"_s).toString(), u"none"_s);
    QCOMPARE(bodyOf(r).value(u"id"_s).toString(), id);
    // An empty update changes nothing and answers with the project.
    r = f.call("POST", path, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"name"_s).toString(), u"after rename"_s);
}

void TestMantleHandler::update_fullTagReplacement_isRejected()
{
    Fixture f;
    const QString id = f.create(u"p"_s, {{u"Team"_s, u"a"_s}}).value(u"id"_s).toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    const HttpResponse r = f.call("POST", path, json({{u"tags"_s, QJsonObject{{u"Team"_s, u"b"_s}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QCOMPARE(errorParam(r), u"tags"_s);
    QVERIFY(errorMessage(r).contains(u"add_tags"_s));
    QCOMPARE(bodyOf(f.call("GET", path)).value(u"tags"_s).toObject(), QJsonObject({{u"Team"_s, u"a"_s}}));
}

void TestMantleHandler::update_invalidInput_isRejectedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("param");
    QTest::newRow("bad name") << QByteArray(R"({"name":"x--y","add_tags":{"A":"1"}})") << u"name"_s;
    QTest::newRow("name not string") << QByteArray(R"({"name":5})") << u"name"_s;
    QTest::newRow("add_tags array") << QByteArray(R"({"add_tags":["A"]})") << u"add_tags"_s;
    QTest::newRow("add_tags bad key") << QByteArray(R"({"add_tags":{"a#b":"1"}})") << u"add_tags"_s;
    QTest::newRow("add_tags long value") << QByteArray(R"({"add_tags":{"A":")" + QByteArray(257, 'v') + R"("}})")
                                         << u"add_tags"_s;
    QTest::newRow("add_tags value number") << QByteArray(R"({"add_tags":{"A":1}})") << u"add_tags"_s;
    QTest::newRow("remove not array") << QByteArray(R"({"remove_tag_keys":"Team"})") << u"remove_tag_keys"_s;
    QTest::newRow("remove not strings") << QByteArray(R"({"remove_tag_keys":[1]})") << u"remove_tag_keys"_s;
    QTest::newRow("add and remove same key") << QByteArray(R"({"add_tags":{"Team":"b"},"remove_tag_keys":["Team"]})")
                                             << u"remove_tag_keys"_s;
    QTest::newRow("bad retention") << QByteArray(R"({"data_retention":{"mode":"forever"}})")
                                   << u"data_retention.mode"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"status":"archived"})") << u"status"_s;
}

void TestMantleHandler::update_invalidInput_isRejectedAndChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, param);
    Fixture f;
    const QJsonObject before = f.create(u"p"_s, {{u"Team"_s, u"a"_s}});
    const QByteArray path = "/v1/organization/projects/" + before.value(u"id"_s).toString().toUtf8();
    const HttpResponse r = f.call("POST", path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QCOMPARE(errorParam(r), param);
    QCOMPARE(bodyOf(f.call("GET", path)), before);
}

void TestMantleHandler::update_tagCountLimit_countsAfterRemovals()
{
    Fixture f;
    QJsonObject full;
    for (int i = 0; i < 200; ++i)
        full.insert(u"k%1"_s.arg(i), u"v"_s);
    const QString id = f.create(u"p"_s, full).value(u"id"_s).toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    HttpResponse r = f.call("POST", path, json({{u"add_tags"_s, QJsonObject{{u"extra"_s, u"v"_s}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"add_tags"_s);
    // Overwriting an existing key does not add a tag.
    r = f.call("POST", path, json({{u"add_tags"_s, QJsonObject{{u"k0"_s, u"changed"_s}}}}));
    QCOMPARE(r.status, 200);
    // Removals in the same request make room.
    r = f.call("POST", path,
               json({{u"add_tags"_s, QJsonObject{{u"extra"_s, u"v"_s}}}, {u"remove_tag_keys"_s, QJsonArray{u"k1"_s}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"tags"_s).toObject().size(), 200);
    QVERIFY(bodyOf(r).value(u"tags"_s).toObject().contains(u"extra"_s));
}

void TestMantleHandler::defaultProject_cannotBeArchivedRenamedOrTagged()
{
    Fixture f;
    const QJsonObject before = bodyOf(f.call("GET", "/v1/organization/projects/default"));
    QCOMPARE(before.value(u"id"_s).toString(), u"default"_s);

    HttpResponse r = f.call("POST", "/v1/organization/projects/default/archive");
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    r = f.call("POST", "/v1/organization/projects/default", json({{u"name"_s, u"renamed"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"name"_s);
    r = f.call("POST", "/v1/organization/projects/default", json({{u"add_tags"_s, QJsonObject{{u"Team"_s, u"x"_s}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"add_tags"_s);
    r = f.call("POST", "/v1/organization/projects/default", json({{u"remove_tag_keys"_s, QJsonArray{u"Team"_s}}}));
    QCOMPARE(r.status, 400);
    r = f.call("POST", "/v1/organization/projects/default",
               json({{u"data_retention"_s, QJsonObject{{u"mode"_s, u"none"_s}}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(bodyOf(f.call("GET", "/v1/organization/projects/default")), before);
}

void TestMantleHandler::archive_isTerminalAndIdempotent()
{
    Fixture f;
    const QString id = f.create(u"p"_s, {{u"Team"_s, u"a"_s}}).value(u"id"_s).toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    f.now = f.now.addSecs(3600);
    const qint64 archivedAt = f.now.toSecsSinceEpoch();
    // Clients send an empty body or {}; both are fine.
    HttpResponse r = f.call("POST", path + "/archive");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"status"_s).toString(), u"archived"_s);
    QCOMPARE(bodyOf(r).value(u"archived_at"_s).toInteger(), archivedAt);
    QString reason;
    const auto parsed = Project::fromJson(bodyOf(r), &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QVERIFY(parsed->isArchived());

    f.now = f.now.addSecs(3600);
    r = f.call("POST", path + "/archive", "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"archived_at"_s).toInteger(), archivedAt); // unchanged

    for (const QJsonObject &update : {QJsonObject{{u"name"_s, u"revived"_s}},
                                      QJsonObject{{u"add_tags"_s, QJsonObject{{u"X"_s, u"1"_s}}}},
                                      QJsonObject{{u"remove_tag_keys"_s, QJsonArray{u"Team"_s}}}}) {
        r = f.call("POST", path, json(update));
        QCOMPARE(r.status, 409);
        QCOMPARE(errorType(r), u"conflict_error"_s);
    }
    const QJsonObject after = bodyOf(f.call("GET", path));
    QCOMPARE(after.value(u"status"_s).toString(), u"archived"_s);
    QCOMPARE(after.value(u"name"_s).toString(), u"p"_s);
    QCOMPARE(after.value(u"tags"_s).toObject(), QJsonObject({{u"Team"_s, u"a"_s}}));
}

void TestMantleHandler::list_paginatesWithCursor()
{
    Fixture f;
    QStringList created{u"default"_s};
    for (int i = 0; i < 44; ++i)
        created.append(f.create(u"p%1"_s.arg(i)).value(u"id"_s).toString());

    QStringList seen;
    QByteArray query; // default page size is 20
    int pages = 0;
    for (;;) {
        const HttpResponse r = f.call("GET", "/v1/organization/projects", {}, query);
        QCOMPARE(r.status, 200);
        const QJsonObject page = bodyOf(r);
        const QJsonArray data = page.value(u"data"_s).toArray();
        ++pages;
        QVERIFY(data.size() <= 20);
        QCOMPARE(page.value(u"first_id"_s).toString(), data.first().toObject().value(u"id"_s).toString());
        QCOMPARE(page.value(u"last_id"_s).toString(), data.last().toObject().value(u"id"_s).toString());
        for (const QJsonValue &p : data)
            seen.append(p.toObject().value(u"id"_s).toString());
        if (!page.value(u"has_more"_s).toBool())
            break;
        query = "after=" + page.value(u"last_id"_s).toString().toUtf8();
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created);

    // An explicit limit; the last full page says has_more=false exactly when nothing follows.
    const HttpResponse r = f.call("GET", "/v1/organization/projects", {}, "limit=45");
    QCOMPARE(bodyOf(r).value(u"data"_s).toArray().size(), 45);
    QCOMPARE(bodyOf(r).value(u"has_more"_s).toBool(true), false);
    const HttpResponse end = f.call("GET", "/v1/organization/projects", {},
                                    "after=" + created.last().toUtf8());
    QCOMPARE(bodyOf(end).value(u"data"_s).toArray().size(), 0);
    QVERIFY(bodyOf(end).value(u"first_id"_s).isNull());
    QVERIFY(bodyOf(end).value(u"last_id"_s).isNull());
    QCOMPARE(bodyOf(end).value(u"has_more"_s).toBool(true), false);
}

void TestMantleHandler::list_includeArchived()
{
    Fixture f;
    const QString a = f.create(u"a"_s).value(u"id"_s).toString();
    const QString b = f.create(u"b"_s).value(u"id"_s).toString();
    const QString c = f.create(u"c"_s).value(u"id"_s).toString();
    QCOMPARE(f.call("POST", "/v1/organization/projects/" + b.toUtf8() + "/archive").status, 200);

    auto ids = [&](const QByteArray &query) {
        QStringList out;
        for (const QJsonValue &p : bodyOf(f.call("GET", "/v1/organization/projects", {}, query)).value(u"data"_s).toArray())
            out.append(p.toObject().value(u"id"_s).toString());
        return out;
    };
    QCOMPARE(ids({}), QStringList({u"default"_s, a, c}));
    QCOMPARE(ids("include_archived=false"), QStringList({u"default"_s, a, c}));
    QCOMPARE(ids("include_archived=true"), QStringList({u"default"_s, a, b, c}));
    // A cursor on an archived project still works when archived ones are hidden.
    QCOMPARE(ids("after=" + b.toUtf8()), QStringList({c}));
    QCOMPARE(ids("limit=2&include_archived=true&after=" + a.toUtf8()), QStringList({b, c}));
}

void TestMantleHandler::list_invalidParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("param");
    QTest::newRow("limit 0") << QByteArray("limit=0") << u"limit"_s;
    QTest::newRow("limit 101") << QByteArray("limit=101") << u"limit"_s;
    QTest::newRow("limit text") << QByteArray("limit=ten") << u"limit"_s;
    QTest::newRow("limit empty") << QByteArray("limit=") << u"limit"_s;
    QTest::newRow("include_archived yes") << QByteArray("include_archived=yes") << u"include_archived"_s;
    QTest::newRow("unknown after") << QByteArray("after=proj_doesnotexist0000000") << u"after"_s;
}

void TestMantleHandler::list_invalidParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, param);
    Fixture f;
    const HttpResponse r = f.call("GET", "/v1/organization/projects", {}, query);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QCOMPARE(errorParam(r), param);
    QCOMPARE(f.call("GET", "/v1/organization/projects", {}, "limit=100").status, 200);
    QCOMPARE(f.call("GET", "/v1/organization/projects", {}, "limit=1").status, 200);
}

void TestMantleHandler::routes_unknownAndWrongPrefix()
{
    Fixture f;
    // The Projects API is not served under /openai/v1.
    HttpResponse r = f.call("GET", "/openai/v1/organization/projects");
    QCOMPARE(r.status, 404);
    r = f.call("GET", "/v1/organization/projectz");
    QCOMPARE(r.status, 404);
    QCOMPARE(errorType(r), u"invalid_request_error"_s);
    QVERIFY(errorMessage(r).contains(u"GET /v1/organization/projectz"_s));
    QCOMPARE(f.call("DELETE", "/v1/organization/projects/default").status, 404);
    QCOMPARE(f.call("GET", "/v1/organization/projects/default/archive").status, 404);
    QCOMPARE(f.call("GET", "/v1/chat/completions").status, 404);

    // Segments are decoded one by one: an encoded slash is part of an id, not a separator.
    const QString id = f.create(u"p"_s).value(u"id"_s).toString();
    r = f.call("POST", "/v1/organization/projects/" + id.toUtf8() + "%2Farchive");
    QCOMPARE(r.status, 404);
    QCOMPARE(errorType(r), u"not_found_error"_s);
    QCOMPARE(bodyOf(f.call("GET", "/v1/organization/projects/" + id.toUtf8())).value(u"status"_s).toString(),
             u"active"_s);
    QCOMPARE(f.call("GET", "/v1/models/test%2Eplain").status, 200);
    QCOMPARE(f.call("GET", "/v1/organization/projects/").status, 200); // a trailing slash lists
}

void TestMantleHandler::models_listAndGet()
{
    Fixture f;
    HttpResponse r = f.call("GET", "/v1/models");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"object"_s).toString(), u"list"_s);
    QStringList ids;
    for (const QJsonValue &m : bodyOf(r).value(u"data"_s).toArray()) {
        const QJsonObject model = m.toObject();
        ids.append(model.value(u"id"_s).toString());
        QCOMPARE(model.value(u"object"_s).toString(), u"model"_s);
        QCOMPARE(model.value(u"status"_s).toString(), u"available"_s);
        QVERIFY(model.value(u"created"_s).toInteger() > 0);
    }
    // Mantle models only: bedrock-runtime models are not served here.
    QCOMPARE(ids, QStringList({u"test.plain"_s, u"test.caching"_s, u"openai.test-5"_s, u"anthropic.test-haiku"_s}));

    r = f.call("GET", "/openai/v1/models");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"data"_s).toArray().size(), 1);

    r = f.callSigned("GET", "/v1/models/test.caching");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"id"_s).toString(), u"test.caching"_s);
    QCOMPARE(bodyOf(r).value(u"owned_by"_s).toString(), u"testco"_s);
    QCOMPARE(bodyOf(r).value(u"created"_s).toInteger(),
             QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());

    for (const QByteArray &missing : {QByteArray("no.such-model"), QByteArray("amazon.test-runtime-v1:0")}) {
        r = f.call("GET", "/v1/models/" + missing);
        QCOMPARE(r.status, 404);
        QCOMPARE(errorType(r), u"not_found_error"_s);
    }
}

void TestMantleHandler::dataRetention_getAndPut()
{
    Fixture f;
    HttpResponse r = f.call("GET", "/v1/data_retention");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"mode"_s).toString(), u"default"_s);
    r = f.call("PUT", "/v1/data_retention", R"({"mode":"none"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"mode"_s).toString(), u"none"_s);
    QCOMPARE(bodyOf(r).value(u"updated_at"_s).toInteger(), f.now.toSecsSinceEpoch());
    QCOMPARE(bodyOf(f.call("GET", "/v1/data_retention")).value(u"mode"_s).toString(), u"none"_s);
    r = f.call("PUT", "/v1/data_retention", R"({"mode":"forever"})");
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"mode"_s);
    QCOMPARE(bodyOf(f.call("GET", "/v1/data_retention")).value(u"mode"_s).toString(), u"none"_s);
}

void TestMantleHandler::chat_recordsUsageUnderDefaultProject_pricedExactly()
{
    Fixture f;
    // "Hello" is 5 bytes: 2 tokens, +4 for the message, +3 to prime the reply = 9 input tokens.
    const HttpResponse r = f.chat({}, u"test.plain"_s, userMessage(u"Hello"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(u"object"_s).toString(), u"chat.completion"_s);
    QCOMPARE(body.value(u"model"_s).toString(), u"test.plain"_s);
    QVERIFY(body.value(u"id"_s).toString().startsWith(u"chatcmpl-"_s));
    const QJsonObject choice = body.value(u"choices"_s).toArray().first().toObject();
    QCOMPARE(choice.value(u"message"_s).toObject().value(u"role"_s).toString(), u"assistant"_s);
    const QString text = choice.value(u"message"_s).toObject().value(u"content"_s).toString();
    QVERIFY(!text.isEmpty());
    QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"stop"_s);
    const QJsonObject usage = body.value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"prompt_tokens"_s).toInteger(), 9);
    const qint64 output = usage.value(u"completion_tokens"_s).toInteger();
    QVERIFY(output >= DeterministicModel::MinReplyTokens && output <= DeterministicModel::MaxReplyTokens);
    QCOMPARE(output, text.split(u' ').size()); // one token a word
    QCOMPARE(usage.value(u"total_tokens"_s).toInteger(), 9 + output);
    QCOMPARE(usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 0);

    // Billed in the ledger under the default project, untagged, in 1K-token units, exactly.
    const QMap<QString, QString> noTags;
    const auto [inCost, inQuantity] = f.ledgerSums(u"default"_s, u"USE1-test.plain-mantle-input-tokens-standard"_s, &noTags);
    QCOMPARE(inCost, Money::fromNanos(9 * 150));         // 9 × $0.15 / 1M
    QCOMPARE(inQuantity, *Money::parse(QStringView(u"0.009")));
    const auto [outCost, outQuantity] =
        f.ledgerSums(u"default"_s, u"USE1-test.plain-mantle-output-tokens-standard"_s, &noTags);
    QCOMPARE(outCost, Money::fromNanos(output * 600));   // × $0.60 / 1M
    QCOMPARE(outQuantity, Money::fromNanos(output * 1'000'000));
    QCOMPARE(f.ledger.totalCost(), Money::fromNanos(9 * 150 + output * 600));
    QCOMPARE(f.ledger.day(0), QDate(2026, 11, 20));

    const QList<MantleHandler::Usage> recorded = f.mantle->recordedUsage();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().projectId, u"default"_s);
    QCOMPARE(recorded.first().inputTokens, 9);
    QCOMPARE(recorded.first().outputTokens, output);
    QCOMPARE(recorded.first().at, f.now);
}

void TestMantleHandler::chat_isDeterministic()
{
    Fixture a;
    Fixture b(99);
    const QJsonArray prompt = userMessage(u"Summarise last month's spend by team."_s);
    const QJsonObject first = bodyOf(a.chat({}, u"test.plain"_s, prompt));
    const QJsonObject again = bodyOf(a.chat({}, u"test.plain"_s, prompt));
    const QJsonObject elsewhere = bodyOf(b.chat({}, u"test.plain"_s, prompt));
    auto content = [](const QJsonObject &o) {
        return o.value(u"choices"_s).toArray().first().toObject().value(u"message"_s).toObject().value(u"content"_s).toString();
    };
    QCOMPARE(content(again), content(first));
    QCOMPARE(content(elsewhere), content(first)); // a function of the input, not of the account
    QCOMPARE(again.value(u"usage"_s).toObject(), first.value(u"usage"_s).toObject());
    const QJsonObject other = bodyOf(a.chat({}, u"test.plain"_s, userMessage(u"Something else entirely."_s)));
    QVERIFY(content(other) != content(first));
    const QJsonObject otherModel = bodyOf(a.chat({}, u"test.caching"_s, prompt));
    QVERIFY(content(otherModel) != content(first));
}

void TestMantleHandler::chat_usesTagsAtRequestTime()
{
    Fixture f;
    const QString id = f.create(u"p"_s, {{u"Team"_s, u"payments"_s}, {u"Project"_s, u"checkout"_s}})
                           .value(u"id"_s)
                           .toString();
    const QByteArray path = "/v1/organization/projects/" + id.toUtf8();
    HttpResponse r = f.chat(id, u"test.plain"_s, userMessage(u"first"_s));
    QCOMPARE(r.status, 200);
    const qint64 firstInput = bodyOf(r).value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInteger();

    QCOMPARE(f.call("POST", path,
                    json({{u"add_tags"_s, QJsonObject{{u"Team"_s, u"risk"_s}}},
                          {u"remove_tag_keys"_s, QJsonArray{u"Project"_s}}}))
                 .status,
             200);
    f.now = f.now.addDays(1);
    r = f.chat(id, u"test.plain"_s, userMessage(u"second request"_s));
    QCOMPARE(r.status, 200);
    const qint64 secondInput = bodyOf(r).value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInteger();

    const QMap<QString, QString> before{{u"Team"_s, u"payments"_s}, {u"Project"_s, u"checkout"_s}};
    const QMap<QString, QString> after{{u"Team"_s, u"risk"_s}};
    const QString input = u"USE1-test.plain-mantle-input-tokens-standard"_s;
    QCOMPARE(f.ledgerSums(id, input, &before).first, Money::fromNanos(firstInput * 150));
    QCOMPARE(f.ledgerSums(id, input, &after).first, Money::fromNanos(secondInput * 150));
    // Nothing went to the default project.
    QCOMPARE(f.ledgerSums(u"default"_s, input).first, Money());
    const QList<MantleHandler::Usage> recorded = f.mantle->recordedUsage();
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.at(0).tags, before);
    QCOMPARE(recorded.at(1).tags, after);
}

void TestMantleHandler::chat_unknownOrArchivedProject_isRefusedAndNotBilled()
{
    Fixture f;
    HttpResponse r = f.chat(u"proj_unknown0000000000000"_s, u"test.plain"_s, userMessage(u"hi"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(errorType(r), u"not_found_error"_s);
    QVERIFY2(errorMessage(r).contains(u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_unknown0000000000000"_s),
             qPrintable(errorMessage(r)));

    const QString id = f.create(u"old"_s).value(u"id"_s).toString();
    QCOMPARE(f.call("POST", "/v1/organization/projects/" + id.toUtf8() + "/archive").status, 200);
    r = f.chat(id, u"test.plain"_s, userMessage(u"hi"_s));
    QCOMPARE(r.status, 403);
    QCOMPARE(errorType(r), u"permission_denied_error"_s);
    QCOMPARE(f.ledger.rowCount(), 0);
    QCOMPARE(f.mantle->recordedUsage().size(), 0);

    // "default" can be named explicitly.
    QCOMPARE(f.chat(u"default"_s, u"test.plain"_s, userMessage(u"hi"_s)).status, 200);
    QCOMPARE(f.mantle->recordedUsage().first().projectId, u"default"_s);
}

void TestMantleHandler::chat_repeatedPrompt_readsCacheOnCachingModelsOnly()
{
    Fixture f;
    const QString system = QString(400, u's'); // 100 tokens + 4
    QJsonArray prompt{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, system}},
                      QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"question one"_s}}};
    // 104 + (4 + 3) + 3 = 114 input tokens.
    HttpResponse r = f.chat({}, u"test.caching"_s, prompt);
    QJsonObject usage = bodyOf(r).value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"prompt_tokens"_s).toInteger(), 114);
    QCOMPARE(usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 0);
    const qint64 out1 = usage.value(u"completion_tokens"_s).toInteger();

    // Same system prompt, a new question a minute later: the system message is read from the cache.
    f.now = f.now.addSecs(60);
    prompt[1] = QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"question two!"_s}};
    r = f.chat({}, u"test.caching"_s, prompt);
    usage = bodyOf(r).value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"prompt_tokens"_s).toInteger(), 115);
    QCOMPARE(usage.value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 104);
    const qint64 out2 = usage.value(u"completion_tokens"_s).toInteger();

    // Billing: uncached input at $2.00/1M, cache reads at $0.50/1M, output at $8.00/1M.
    const auto input = f.ledgerSums(u"default"_s, u"USE1-test.caching-mantle-input-tokens-standard"_s);
    const auto cacheRead = f.ledgerSums(u"default"_s, u"USE1-test.caching-mantle-cache-read-tokens-standard"_s);
    const auto output = f.ledgerSums(u"default"_s, u"USE1-test.caching-mantle-output-tokens-standard"_s);
    QCOMPARE(input.first, Money::fromNanos((114 + 115 - 104) * 2000));
    QCOMPARE(cacheRead.first, Money::fromNanos(104 * 500));
    QCOMPARE(cacheRead.second, Money::fromNanos(104 * 1'000'000));
    QCOMPARE(output.first, Money::fromNanos((out1 + out2) * 8000));

    // After the cache's five minutes nothing is cached.
    f.now = f.now.addSecs(301);
    r = f.chat({}, u"test.caching"_s, prompt);
    QCOMPARE(bodyOf(r).value(u"usage"_s).toObject().value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 0);
    // Another project does not share the cache.
    const QString other = f.create(u"other"_s).value(u"id"_s).toString();
    r = f.chat(other, u"test.caching"_s, prompt);
    QCOMPARE(bodyOf(r).value(u"usage"_s).toObject().value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 0);

    // A model without a cache-read price never caches, however often the prompt repeats.
    for (int i = 0; i < 3; ++i) {
        r = f.chat({}, u"test.plain"_s, prompt);
        QCOMPARE(bodyOf(r).value(u"usage"_s).toObject().value(u"prompt_tokens_details"_s).toObject().value(u"cached_tokens"_s).toInteger(), 0);
    }
    QCOMPARE(f.ledgerSums(u"default"_s, u"USE1-test.plain-mantle-cache-read-tokens-standard"_s).first, Money());
}

void TestMantleHandler::chat_invalidRequests_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");
    const QByteArray chat = "/v1/chat/completions";
    QTest::newRow("no model") << chat << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})") << 400
                              << u"invalid_request_error"_s << u"model"_s;
    QTest::newRow("unknown model") << chat << QByteArray(R"({"model":"nope","messages":[{"role":"user","content":"x"}]})")
                                   << 404 << u"not_found_error"_s << u"model"_s;
    QTest::newRow("runtime model") << chat
                                   << QByteArray(R"({"model":"amazon.test-runtime-v1:0","messages":[{"role":"user","content":"x"}]})")
                                   << 404 << u"not_found_error"_s << u"model"_s;
    QTest::newRow("wrong route") << chat << QByteArray(R"({"model":"openai.test-5","messages":[{"role":"user","content":"x"}]})")
                                 << 400 << u"invalid_request_error"_s << u"model"_s;
    QTest::newRow("no messages") << chat << QByteArray(R"({"model":"test.plain"})") << 400
                                 << u"invalid_request_error"_s << u"messages"_s;
    QTest::newRow("empty messages") << chat << QByteArray(R"({"model":"test.plain","messages":[]})") << 400
                                    << u"invalid_request_error"_s << u"messages"_s;
    QTest::newRow("bad role") << chat << QByteArray(R"({"model":"test.plain","messages":[{"role":"boss","content":"x"}]})")
                              << 400 << u"invalid_request_error"_s << u"messages[0]"_s;
    QTest::newRow("bad content") << chat << QByteArray(R"({"model":"test.plain","messages":[{"role":"user","content":5}]})")
                                 << 400 << u"invalid_request_error"_s << u"messages[0]"_s;
    QTest::newRow("bad max_tokens") << chat
                                    << QByteArray(R"({"model":"test.plain","max_tokens":0,"messages":[{"role":"user","content":"x"}]})")
                                    << 400 << u"invalid_request_error"_s << u"max_tokens"_s;
    QTest::newRow("fractional max_completion_tokens")
        << chat << QByteArray(R"({"model":"test.plain","max_completion_tokens":1.5,"messages":[{"role":"user","content":"x"}]})")
        << 400 << u"invalid_request_error"_s << u"max_completion_tokens"_s;
    QTest::newRow("stream") << chat << QByteArray(R"({"model":"test.plain","stream":true,"messages":[{"role":"user","content":"x"}]})")
                            << 400 << u"invalid_request_error"_s << u"stream"_s;
    QTest::newRow("not json") << chat << QByteArray("model=test.plain") << 400 << u"invalid_request_error"_s << QString();
    QTest::newRow("responses no input") << QByteArray("/v1/responses") << QByteArray(R"({"model":"test.plain"})") << 400
                                        << u"invalid_request_error"_s << u"input"_s;
    QTest::newRow("responses bad instructions") << QByteArray("/v1/responses")
                                                << QByteArray(R"({"model":"test.plain","input":"x","instructions":3})")
                                                << 400 << u"invalid_request_error"_s << u"instructions"_s;
}

void TestMantleHandler::chat_invalidRequests()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, param);
    Fixture f;
    const HttpResponse r = f.call("POST", path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(errorType(r), type);
    QCOMPARE(errorParam(r), param);
    QVERIFY(!errorMessage(r).isEmpty());
    QCOMPARE(f.ledger.rowCount(), 0);
}

void TestMantleHandler::responses_inputInstructionsAndTruncation()
{
    Fixture f;
    const QString id = f.create(u"gpt"_s, {{u"Team"_s, u"ml"_s}}).value(u"id"_s).toString();
    HttpHeaders headers{{"OpenAI-Project", id.toUtf8()}};
    // On /openai/v1 for the models served there.
    HttpResponse r = f.call("POST", "/openai/v1/responses",
                            json({{u"model"_s, u"openai.test-5"_s},
                                  {u"instructions"_s, u"Be brief."_s},
                                  {u"input"_s, u"What did we spend?"_s},
                                  {u"max_output_tokens"_s, 3}}),
                            {}, headers);
    QCOMPARE(r.status, 200);
    QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(u"object"_s).toString(), u"response"_s);
    QCOMPARE(body.value(u"status"_s).toString(), u"incomplete"_s);
    QCOMPARE(body.value(u"incomplete_details"_s).toObject().value(u"reason"_s).toString(), u"max_output_tokens"_s);
    const QJsonObject usage = body.value(u"usage"_s).toObject();
    // "Be brief." 9 bytes → 3 + 4; "What did we spend?" 18 bytes → 5 + 4; + 3.
    QCOMPARE(usage.value(u"input_tokens"_s).toInteger(), 19);
    QCOMPARE(usage.value(u"output_tokens"_s).toInteger(), 3);
    QCOMPARE(usage.value(u"total_tokens"_s).toInteger(), 22);
    const QJsonObject message = body.value(u"output"_s).toArray().first().toObject();
    QCOMPARE(message.value(u"role"_s).toString(), u"assistant"_s);
    const QString text = message.value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString();
    QCOMPARE(text.split(u' ').size(), 3);

    const QMap<QString, QString> tags{{u"Team"_s, u"ml"_s}};
    QCOMPARE(f.ledgerSums(id, u"USE1-openai.test-5-mantle-input-tokens-standard"_s, &tags).first,
             Money::fromNanos(19 * 1250));
    QCOMPARE(f.ledgerSums(id, u"USE1-openai.test-5-mantle-output-tokens-standard"_s, &tags).first,
             Money::fromNanos(3 * 10000));

    // Input as a list of messages with content parts.
    r = f.call("POST", "/v1/responses",
               json({{u"model"_s, u"test.plain"_s},
                     {u"input"_s, QJsonArray{QJsonObject{
                                      {u"role"_s, u"user"_s},
                                      {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"input_text"_s},
                                                                            {u"text"_s, u"abcd"_s}}}}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(bodyOf(r).value(u"usage"_s).toObject().value(u"input_tokens"_s).toInteger(), 1 + 4 + 3);
    QCOMPARE(bodyOf(r).value(u"status"_s).toString(), u"completed"_s);
}

void TestMantleHandler::messages_anthropicRouteWorkspaceAndCache()
{
    Fixture f;
    const QString id = f.create(u"claude"_s, {{u"Team"_s, u"support"_s}}).value(u"id"_s).toString();
    const HttpHeaders headers{{"anthropic-workspace", id.toUtf8()}, {"anthropic-version", "2023-06-01"}};
    const QJsonObject request{{u"model"_s, u"anthropic.test-haiku"_s},
                              {u"max_tokens"_s, 1000},
                              {u"system"_s, QString(40, u'x')},
                              {u"messages"_s, userMessage(u"hello"_s)}};
    HttpResponse r = f.call("POST", "/anthropic/v1/messages", json(request), {}, headers);
    QCOMPARE(r.status, 200);
    QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(u"type"_s).toString(), u"message"_s);
    QCOMPARE(body.value(u"stop_reason"_s).toString(), u"end_turn"_s);
    // system 10 + 4, "hello" 2 + 4, + 3 = 23
    QCOMPARE(body.value(u"usage"_s).toObject().value(u"input_tokens"_s).toInteger(), 23);
    QCOMPARE(body.value(u"usage"_s).toObject().value(u"cache_read_input_tokens"_s).toInteger(), 0);

    r = f.call("POST", "/anthropic/v1/messages", json(request), {}, headers);
    body = bodyOf(r);
    // Anthropic reports input_tokens without the cached part: 23 - (14 + 6) = 3.
    QCOMPARE(body.value(u"usage"_s).toObject().value(u"cache_read_input_tokens"_s).toInteger(), 20);
    QCOMPARE(body.value(u"usage"_s).toObject().value(u"input_tokens"_s).toInteger(), 3);
    const QMap<QString, QString> tags{{u"Team"_s, u"support"_s}};
    QCOMPARE(f.ledgerSums(id, u"USE1-anthropic.test-haiku-mantle-cache-read-tokens-standard"_s, &tags).first,
             Money::fromNanos(20 * 100));
    QCOMPARE(f.ledgerSums(id, u"USE1-anthropic.test-haiku-mantle-input-tokens-standard"_s, &tags).first,
             Money::fromNanos((23 + 3) * 1000));

    // Errors on this route use Anthropic's envelope.
    QJsonObject noLimit = request;
    noLimit.remove(u"max_tokens"_s);
    r = f.call("POST", "/anthropic/v1/messages", json(noLimit), {}, headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(bodyOf(r).value(u"type"_s).toString(), u"error"_s);
    QCOMPARE(bodyOf(r).value(u"error"_s).toObject().value(u"type"_s).toString(), u"invalid_request_error"_s);
    r = f.call("POST", "/anthropic/v1/messages", json(request), {}, {{"anthropic-workspace", "proj_nope"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(bodyOf(r).value(u"error"_s).toObject().value(u"type"_s).toString(), u"not_found_error"_s);
    // The OpenAI header does not select a workspace here: without anthropic-workspace it is "default".
    r = f.call("POST", "/anthropic/v1/messages", json(request), {}, {{"OpenAI-Project", id.toUtf8()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(f.mantle->recordedUsage().last().projectId, u"default"_s);
    // Claude is not served on /v1.
    r = f.chat({}, u"anthropic.test-haiku"_s, userMessage(u"x"_s));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(u"isn't supported on this route"_s));
}

void TestMantleHandler::reload_sameStore_restoresProjectsAndReplaysUsage()
{
    auto store = SandboxStore::openInMemory();
    QVERIFY(store);
    QString id;
    QByteArray fingerprint;
    Money total;
    QJsonObject listed;
    {
        Fixture f(7, store.get());
        id = f.create(u"kept"_s, {{u"Team"_s, u"a"_s}}).value(u"id"_s).toString();
        QCOMPARE(f.chat(id, u"test.plain"_s, userMessage(u"billed"_s)).status, 200);
        QCOMPARE(f.call("POST", "/v1/organization/projects/" + id.toUtf8(),
                        json({{u"add_tags"_s, QJsonObject{{u"Team"_s, u"b"_s}}}}))
                     .status,
                 200);
        QCOMPARE(f.chat(id, u"test.plain"_s, userMessage(u"billed again"_s)).status, 200);
        const QString archived = f.create(u"gone"_s).value(u"id"_s).toString();
        QCOMPARE(f.call("POST", "/v1/organization/projects/" + archived.toUtf8() + "/archive").status, 200);
        listed = bodyOf(f.call("GET", "/v1/organization/projects", {}, "include_archived=true"));
        fingerprint = f.ledger.fingerprint();
        total = f.ledger.totalCost();
    }
    Fixture g(7, store.get());
    QVERIFY2(g.loaded, qPrintable(g.loadError));
    QCOMPARE(bodyOf(g.call("GET", "/v1/organization/projects", {}, "include_archived=true")), listed);
    QCOMPARE(g.ledger.totalCost(), total);
    QCOMPARE(g.ledger.fingerprint(), fingerprint);
    // The id sequence continues instead of repeating.
    const QString next = g.create(u"next"_s).value(u"id"_s).toString();
    for (const QJsonValue &p : listed.value(u"data"_s).toArray())
        QVERIFY(p.toObject().value(u"id"_s).toString() != next);
}

void TestMantleHandler::load_fromOrganisation_seedsProjects()
{
    Organisation org;
    org.accountId = AccountId;
    Organisation::Project def;
    def.id = u"default"_s;
    def.name = u"default"_s;
    def.created = QDate(2024, 6, 1);
    Organisation::Project live;
    live.id = u"proj_abcdefghij0123456789"_s;
    live.name = u"Checkout Assistant"_s;
    live.created = QDate(2025, 3, 2);
    live.tagHistory = {{QDate(2025, 3, 2), {{u"Team"_s, u"payments"_s}}},
                       {QDate(2025, 9, 1), {{u"Team"_s, u"payments"_s}, {u"CostCenter"_s, u"CC-1"_s}}}};
    Organisation::Project old;
    old.id = u"proj_zyxwvutsrq9876543210"_s;
    old.name = u"Legacy Bot"_s;
    old.created = QDate(2025, 1, 10);
    old.archived = QDate(2025, 8, 1);
    old.tagHistory = {{QDate(2025, 1, 10), {{u"Team"_s, u"legacy"_s}}}};
    org.projects = {def, live, old};

    Fixture f(7, nullptr, &org);
    QVERIFY2(f.loaded, qPrintable(f.loadError));
    QCOMPARE(f.mantle->projects().size(), 3);
    const QJsonObject d = bodyOf(f.call("GET", "/v1/organization/projects/default"));
    QCOMPARE(d.value(u"created_at"_s).toInteger(), QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    const QJsonObject p = bodyOf(f.call("GET", "/v1/organization/projects/proj_abcdefghij0123456789"));
    QCOMPARE(p.value(u"name"_s).toString(), u"Checkout Assistant"_s);
    QCOMPARE(p.value(u"tags"_s).toObject(), QJsonObject({{u"Team"_s, u"payments"_s}, {u"CostCenter"_s, u"CC-1"_s}}));
    const QJsonObject a = bodyOf(f.call("GET", "/v1/organization/projects/proj_zyxwvutsrq9876543210"));
    QCOMPARE(a.value(u"status"_s).toString(), u"archived"_s);
    QCOMPARE(a.value(u"archived_at"_s).toInteger(), QDateTime(QDate(2025, 8, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    // Once the store has projects, the organisation is not imported again.
    Organisation other = org;
    other.projects.removeLast();
    Fixture g(7, f.store, &other);
    QVERIFY(g.loaded);
    QCOMPARE(g.mantle->projects().size(), 3);
}

QTEST_GUILESS_MAIN(TestMantleHandler)
#include "tst_mantlehandler.moc"
