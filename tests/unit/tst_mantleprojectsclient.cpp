// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/mantleprojectsclient.h"
#include "aws/awstransport.h"
#include "domain/tagdiff.h"
#include "fakenetworkaccessmanager.h"
#include "fixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace std::chrono_literals;
using Test::FakeNetworkAccessManager;
using Test::FakeResponse;
using Test::RecordedRequest;

Q_DECLARE_METATYPE(Spendscope::AwsError::Kind)
Q_DECLARE_METATYPE(Spendscope::TagSet)
Q_DECLARE_METATYPE(Spendscope::MantleProjectsClient::Update)
Q_DECLARE_METATYPE(Spendscope::Test::FakeResponse)

namespace {

// The AWS documentation's example key pair; the clock is pinned so signatures are reproducible.
const QString AccessKeyId = u"AKIDEXAMPLE"_s;
const QString SecretAccessKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
const QString BearerToken = u"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg=="_s;
const QDateTime PinnedTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

// Computed independently with botocore 1.43.11 (python3):
//   creds = Credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
//   req = AWSRequest(method=..., url=..., headers=..., data=body)
//   with mock.patch.object(botocore.auth, 'get_current_datetime',
//                          return_value=datetime.datetime(2026, 3, 1, 12, 0, 0)):
//       SigV4Auth(creds, 'bedrock-mantle', 'us-west-2').add_auth(req)
//   req.headers['Authorization']
// ListProjects: GET https://bedrock-mantle.us-west-2.api.aws/v1/organization/projects?limit=100, no headers.
const QByteArray BotocoreListAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-west-2/bedrock-mantle/aws4_request, "
    "SignedHeaders=host;x-amz-date, Signature=1650dc2f2ce530af4a3c51208017aabdf129d8290569eac00cce09d0a4328f8f";
// CreateProject: POST https://bedrock-mantle.us-west-2.api.aws/v1/organization/projects with
// Content-Type: application/json and the body CreateBody below.
const QByteArray BotocoreCreateAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-west-2/bedrock-mantle/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date, Signature=53e5399270947abb3ee2c21e9faeaa01fe702167468b3791d618b0534ef26d2a";
const QByteArray CreateBody = R"({"name":"billing-experiments","tags":{"department":"billing","facing":"internal"}})";

const QString ProjectId = u"proj_5d5ykleja6cwpirysbb7"_s;
const QString ProjectPath = u"/v1/organization/projects/proj_5d5ykleja6cwpirysbb7"_s;

FakeResponse fixture(const QString &name)
{
    return FakeResponse::fromHttpFile(Test::testDataPath(u"mantle/"_s + name));
}

FakeResponse jsonResponse(int status, const QByteArray &body)
{
    return FakeResponse::json(status, body, "application/json");
}

QJsonObject projectJson(const QString &id, const QString &status = u"active"_s)
{
    return QJsonObject{
        {u"object"_s, u"organization.project"_s},
        {u"id"_s, id},
        {u"name"_s, id == u"default" ? u"default"_s : QString(u"Project "_s + id.right(4))},
        {u"arn"_s, QString(u"arn:aws:bedrock-mantle:us-west-2:673693429514:project/"_s + id)},
        {u"created_at"_s, 1771823259},
        {u"status"_s, status},
        {u"tags"_s, QJsonObject()},
    };
}

QByteArray listPageJson(const QJsonArray &data, const QJsonValue &hasMore, const QJsonValue &lastId)
{
    QJsonObject page{{u"object"_s, u"list"_s}, {u"data"_s, data}};
    if (!hasMore.isUndefined())
        page.insert(u"has_more"_s, hasMore);
    if (!lastId.isUndefined())
        page.insert(u"last_id"_s, lastId);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray listPage(const QStringList &ids, bool hasMore, const QJsonValue &lastId)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(projectJson(id));
    return listPageJson(data, hasMore, lastId);
}

QString queryOf(const RecordedRequest &r)
{
    return r.url.query(QUrl::FullyEncoded);
}

QStringList ids(const QList<Project> &projects)
{
    QStringList out;
    for (const Project &p : projects)
        out.append(p.id());
    return out;
}

} // namespace

class TestMantleProjectsClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void endpoint_resolvesMantleHostAndSigningName();
    void endpoint_override_isUsedAndStillSignedForMantle();

    void listProjects_bearer_requestAndDocExample();
    void listProjects_sigv4_authorizationMatchesBotocore();
    void listProjects_bearerPreferredOverKeys();
    void listProjects_followsPagesAndDropsArchived();
    void listProjects_includeArchived_sendsFlagAndKeepsThem();
    void listProjects_duplicateAcrossPages_listedOnce();
    void listProjects_loopGuard_data();
    void listProjects_loopGuard();
    void listProjects_serverRepeatsForever_stopsAfterSecondPage();
    void listProjects_malformed_data();
    void listProjects_malformed();
    void listProjects_invalidPageSize_sendsNothing_data();
    void listProjects_invalidPageSize_sendsNothing();

    void createProject_sigv4_requestMatchesBotocore();
    void createProject_bearer_bodyWithRetentionAndDocResponse();
    void createProject_withoutTags_omitsTags();
    void createProject_invalid_sendsNothing_data();
    void createProject_invalid_sendsNothing();

    void getProject_requestAndParsing();
    void getProject_invalidId_sendsNothing_data();
    void getProject_invalidId_sendsNothing();

    void updateProject_body_data();
    void updateProject_body();
    void updateProject_fromTagDiff_matchesDocExample();
    void updateProject_invalid_sendsNothing_data();
    void updateProject_invalid_sendsNothing();

    void archiveProject_postsEmptyJsonObject();
    void archiveProject_invalid_sendsNothing_data();
    void archiveProject_invalid_sendsNothing();

    void errors_openAiEnvelope_data();
    void errors_openAiEnvelope();
    void throttling_429Then429Then200_succeeds();
    void serverErrors_exhausted_data();
    void serverErrors_exhausted();
    void timeout_hangingReplies_data();
    void timeout_hangingReplies();
    void connectionReset_data();
    void connectionReset();
    void malformedResponses_data();
    void malformedResponses();

    void cancel_midFlight_finishesOnceWithCancelled();
    void cancel_betweenPages_sendsNoMore();
    void cancel_duringRetryBackoff_sendsNoMore();
    void missingCredentials_sendsNothing();

private:
    template<typename Result>
    bool run(ApiJob<Result> *job, std::unique_ptr<ApiJob<Result>> &owner);
    [[nodiscard]] MantleProjectsClient client() const;
    void useKeys();
    void useBearer();
    void setRetries(int maxAttempts, std::chrono::milliseconds baseDelay = 1ms);

    FakeNetworkAccessManager *m_network = nullptr;
    AwsTransport *m_transport = nullptr;
    int m_finishedCount = 0;
};

template<typename Result>
bool TestMantleProjectsClient::run(ApiJob<Result> *job, std::unique_ptr<ApiJob<Result>> &owner)
{
    owner.reset(job);
    job->setAutoDelete(false);
    m_finishedCount = 0;
    connect(job, &Job::finished, this, [this] { ++m_finishedCount; });
    job->start();
    const bool finished = QTest::qWaitFor([job] { return job->isFinished(); }, 10000);
    // Let any stray second emission or late reply arrive before the test looks.
    QTest::qWait(5);
    return finished;
}

void TestMantleProjectsClient::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_transport = new AwsTransport(m_network, this);
    m_transport->setClock([] { return PinnedTime; });
    setRetries(3);
    useBearer();
}

void TestMantleProjectsClient::cleanup()
{
    delete m_transport;
    m_transport = nullptr;
    delete m_network;
    m_network = nullptr;
}

MantleProjectsClient TestMantleProjectsClient::client() const
{
    EndpointConfig config;
    config.region = u"us-west-2"_s;
    return MantleProjectsClient(m_transport, config);
}

void TestMantleProjectsClient::useKeys()
{
    AwsCredentials c;
    c.accessKeyId = AccessKeyId;
    c.secretAccessKey = SecretAccessKey;
    c.source = u"test"_s;
    m_transport->setCredentials(c);
}

void TestMantleProjectsClient::useBearer()
{
    AwsCredentials c;
    c.bearerToken = BearerToken;
    c.source = u"test"_s;
    m_transport->setCredentials(c);
}

void TestMantleProjectsClient::setRetries(int maxAttempts, std::chrono::milliseconds baseDelay)
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = maxAttempts;
    settings.baseDelay = baseDelay;
    RetryPolicy policy(settings);
    // Full jitter at its top: the delay is baseDelay·2^attempt, so 1 ms keeps retries fast.
    policy.setRandomSource([] { return 0.999; });
    m_transport->setRetryPolicy(policy);
}

void TestMantleProjectsClient::endpoint_resolvesMantleHostAndSigningName()
{
    const MantleProjectsClient c = client();
    const ServiceEndpoint &e = c.endpoint();
    QCOMPARE(e.url, QUrl(u"https://bedrock-mantle.us-west-2.api.aws"_s));
    QCOMPARE(e.region, u"us-west-2"_s);
    QCOMPARE(e.signingName, u"bedrock-mantle"_s);
}

void TestMantleProjectsClient::endpoint_override_isUsedAndStillSignedForMantle()
{
    useKeys();
    EndpointConfig config;
    config.region = u"eu-west-1"_s;
    config.serviceUrls.insert(AwsService::BedrockMantle, QUrl(u"http://127.0.0.1:4010"_s));
    const MantleProjectsClient local(m_transport, config);
    m_network->enqueue(fixture(u"get.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(local.getProject(ProjectId), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.url.toString(), u"http://127.0.0.1:4010"_s + ProjectPath);
    QVERIFY(r.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/eu-west-1/bedrock-mantle/aws4_request, "));
}

void TestMantleProjectsClient::listProjects_bearer_requestAndDocExample()
{
    m_network->enqueue(fixture(u"list-single.http"_s));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_finishedCount, 1);

    QCOMPARE(m_network->requests().size(), 1);
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.url.scheme(), u"https"_s);
    QCOMPARE(r.url.host(), u"bedrock-mantle.us-west-2.api.aws"_s);
    QCOMPARE(r.url.path(), u"/v1/organization/projects"_s);
    QCOMPARE(queryOf(r), u"limit=100"_s);
    QCOMPARE(r.header("Authorization"), "Bearer " + BearerToken.toUtf8());
    QVERIFY(r.header("X-Amz-Date").isEmpty());
    QVERIFY(r.header("Content-Type").isEmpty());
    QVERIFY(r.body.isEmpty());

    // The doc's verbatim list: has_more false ends the listing although last_id names a project
    // that is not on the page (a doc typo the client must not trip over).
    const QList<Project> &projects = job->result();
    QCOMPARE(ids(projects), (QStringList{u"default"_s, u"proj_2z766pfxmkij5vwubv75"_s}));
    QVERIFY(projects.at(0).isDefault());
    QCOMPARE(projects.at(0).arn(), u"arn:aws:bedrock-mantle:ap-northeast-1:673693429514:project/default"_s);
    QCOMPARE(projects.at(0).createdAt(), QDateTime::fromSecsSinceEpoch(1764460800, Qt::UTC));
    QCOMPARE(projects.at(1).name(), u"Project ABC"_s);
    QCOMPARE(projects.at(1).status(), Project::Status::Active);
    QVERIFY(projects.at(1).tags().isEmpty());
    QCOMPARE(job->pageCount(), 1);
}

void TestMantleProjectsClient::listProjects_sigv4_authorizationMatchesBotocore()
{
    useKeys();
    m_network->enqueue(fixture(u"list-single.http"_s));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.url.toString(), u"https://bedrock-mantle.us-west-2.api.aws/v1/organization/projects?limit=100"_s);
    QCOMPARE(r.header("X-Amz-Date"), QByteArray("20260301T120000Z"));
    QCOMPARE(r.header("Authorization"), BotocoreListAuthorization);
    QVERIFY(r.header("X-Amz-Security-Token").isEmpty());
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 1);
}

void TestMantleProjectsClient::listProjects_bearerPreferredOverKeys()
{
    AwsCredentials c;
    c.accessKeyId = AccessKeyId;
    c.secretAccessKey = SecretAccessKey;
    c.bearerToken = BearerToken;
    m_transport->setCredentials(c);
    m_network->enqueue(fixture(u"list-single.http"_s));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QVERIFY(!job->hasError());
    QCOMPARE(m_network->requests().at(0).header("Authorization"), "Bearer " + BearerToken.toUtf8());
    QVERIFY(m_network->requests().at(0).header("X-Amz-Date").isEmpty());
}

void TestMantleProjectsClient::listProjects_followsPagesAndDropsArchived()
{
    useKeys();
    m_network->enqueue(fixture(u"list-page1.http"_s));
    m_network->enqueue(fixture(u"list-page2.http"_s));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects({.includeArchived = false, .pageSize = 2}), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));

    QCOMPARE(m_network->requests().size(), 2);
    const RecordedRequest &first = m_network->requests().at(0);
    const RecordedRequest &second = m_network->requests().at(1);
    QCOMPARE(queryOf(first), u"limit=2"_s);
    QCOMPARE(second.url.path(), u"/v1/organization/projects"_s);
    QCOMPARE(second.method, QByteArray("GET"));
    QCOMPARE(QUrlQuery(second.url).queryItemValue(u"after"_s), u"proj_2z766pfxmkij5vwubv75"_s);
    QCOMPARE(QUrlQuery(second.url).queryItemValue(u"limit"_s), u"2"_s);
    QVERIFY(!QUrlQuery(second.url).hasQueryItem(u"include_archived"_s));
    // Each page is signed for its own query string.
    QVERIFY(second.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-west-2/bedrock-mantle/aws4_request"));
    QVERIFY(second.header("Authorization") != first.header("Authorization"));

    // The service listed an archived project although it was not asked to; it is dropped.
    const QList<Project> &projects = job->result();
    QCOMPARE(ids(projects),
             (QStringList{u"default"_s, u"proj_2z766pfxmkij5vwubv75"_s, u"proj_znaruqn723npmjqnxqfd"_s}));
    QCOMPARE(projects.at(1).tags(), (TagSet{{u"CostCenter"_s, u"21524"_s}, {u"Owner"_s, u"TeamAlpha"_s}}));
    QCOMPARE(projects.at(1).dataRetention(), DataRetention::Mode::Inherit);
    QCOMPARE(projects.at(2).tags().value(u"facing"_s), u"internal"_s);
    QCOMPARE(job->pageCount(), 2);
    QCOMPARE(m_network->pendingResponses(), 0);
}

void TestMantleProjectsClient::listProjects_includeArchived_sendsFlagAndKeepsThem()
{
    m_network->enqueue(fixture(u"list-page1.http"_s));
    m_network->enqueue(fixture(u"list-page2.http"_s));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects({.includeArchived = true, .pageSize = 2}), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(queryOf(m_network->requests().at(0)), u"limit=2&include_archived=true"_s);
    QCOMPARE(queryOf(m_network->requests().at(1)), u"limit=2&after=proj_2z766pfxmkij5vwubv75&include_archived=true"_s);
    const QList<Project> &projects = job->result();
    QCOMPARE(projects.size(), 4);
    const Project &archived = projects.at(2);
    QCOMPARE(archived.id(), u"proj_5d5ykleja6cwpirysbb7"_s);
    QVERIFY(archived.isArchived());
    QCOMPARE(archived.archivedAt(), QDateTime::fromSecsSinceEpoch(1786614394, Qt::UTC));
    QCOMPARE(archived.dataRetention(), DataRetention::Mode::None);
    QVERIFY(!projects.at(3).archivedAt().isValid()); // "archived_at": null
}

void TestMantleProjectsClient::listProjects_duplicateAcrossPages_listedOnce()
{
    m_network->enqueue(jsonResponse(200, listPage({u"default"_s, u"proj_a"_s}, true, u"proj_a"_s)));
    m_network->enqueue(jsonResponse(200, listPage({u"proj_a"_s, u"proj_b"_s}, false, u"proj_b"_s)));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(ids(job->result()), (QStringList{u"default"_s, u"proj_a"_s, u"proj_b"_s}));
}

void TestMantleProjectsClient::listProjects_loopGuard_data()
{
    QTest::addColumn<QList<QByteArray>>("pages");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<QString>("expectedFragment");
    const QStringList one{u"proj_a"_s};
    QTest::newRow("last_id missing") << QList<QByteArray>{listPage(one, true, QJsonValue::Undefined)} << 1
                                     << u"no “last_id”"_s;
    QTest::newRow("last_id null") << QList<QByteArray>{listPage(one, true, QJsonValue::Null)} << 1
                                  << u"no “last_id”"_s;
    QTest::newRow("last_id empty") << QList<QByteArray>{listPage(one, true, QString())} << 1 << u"no “last_id”"_s;
    QTest::newRow("last_id number") << QList<QByteArray>{listPage(one, true, 17)} << 1 << u"no “last_id”"_s;
    QTest::newRow("last_id unchanged")
        << QList<QByteArray>{listPage(one, true, u"proj_a"_s), listPage({u"proj_b"_s}, true, u"proj_a"_s)} << 2
        << u"cursor “proj_a” again"_s;
    QTest::newRow("cursor cycle")
        << QList<QByteArray>{listPage(one, true, u"proj_a"_s), listPage({u"proj_b"_s}, true, u"proj_b"_s),
                             listPage({u"proj_c"_s}, true, u"proj_a"_s)}
        << 3 << u"again"_s;
    QTest::newRow("empty page with has_more") << QList<QByteArray>{listPage(QStringList(), true, u"proj_a"_s)} << 1
                                              << u"empty page"_s;
    QTest::newRow("has_more string") << QList<QByteArray>{listPageJson(QJsonArray(), u"true"_s, u"proj_a"_s)} << 1
                                     << u"“has_more”"_s;
}

void TestMantleProjectsClient::listProjects_loopGuard()
{
    QFETCH(QList<QByteArray>, pages);
    QFETCH(int, expectedRequests);
    QFETCH(QString, expectedFragment);
    for (const QByteArray &page : pages)
        m_network->enqueue(jsonResponse(200, page));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QCOMPARE(m_network->requests().size(), expectedRequests);
    QCOMPARE(m_network->unexpectedRequests(), 0);
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::listProjects_serverRepeatsForever_stopsAfterSecondPage()
{
    // A broken service that answers every request with the same "more to come" page.
    m_network->setHandler([](const RecordedRequest &) {
        return jsonResponse(200, listPage({u"proj_a"_s}, true, u"proj_a"_s));
    });
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(QUrlQuery(m_network->requests().at(1).url).queryItemValue(u"after"_s), u"proj_a"_s);
}

void TestMantleProjectsClient::listProjects_malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedFragment");
    QJsonObject badEntry = projectJson(u"proj_b"_s);
    badEntry.insert(u"created_at"_s, u"yesterday"_s);
    QTest::newRow("bad second entry") << listPageJson(QJsonArray{projectJson(u"default"_s), badEntry}, false, u"proj_b"_s)
                                      << u"Entry 2 on page 1"_s;
    QTest::newRow("entry not an object") << listPageJson(QJsonArray{projectJson(u"default"_s), 42}, false, u"x"_s)
                                         << u"Entry 2 on page 1"_s;
    QTest::newRow("data missing") << QByteArray(R"({"object":"list","has_more":false})") << u"“data”"_s;
    QTest::newRow("data object") << QByteArray(R"({"object":"list","data":{"id":"default"}})") << u"“data”"_s;
    QTest::newRow("a project instead of a list") << QJsonDocument(projectJson(u"proj_a"_s)).toJson()
                                                 << u"organization.project"_s;
    QTest::newRow("array at the top") << QByteArray(R"([{"id":"default"}])") << u"not a JSON object"_s;
    QTest::newRow("truncated") << listPage({u"default"_s, u"proj_a"_s}, false, u"proj_a"_s).chopped(40)
                               << u"not valid JSON"_s;
}

void TestMantleProjectsClient::listProjects_malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedFragment);
    m_network->enqueue(jsonResponse(200, body));
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QCOMPARE(job->error().httpStatus(), 200);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
}

void TestMantleProjectsClient::listProjects_invalidPageSize_sendsNothing_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("101") << 101;
}

void TestMantleProjectsClient::listProjects_invalidPageSize_sendsNothing()
{
    QFETCH(int, pageSize);
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects({.includeArchived = false, .pageSize = pageSize}), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(job->error().code(), u"InvalidPageSize"_s);
    QVERIFY(m_network->requests().isEmpty());
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::createProject_sigv4_requestMatchesBotocore()
{
    useKeys();
    m_network->enqueue(fixture(u"create.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    const TagSet tags{{u"department"_s, u"billing"_s}, {u"facing"_s, u"internal"_s}};
    QVERIFY(run(client().createProject(u"billing-experiments"_s, tags), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.toString(), u"https://bedrock-mantle.us-west-2.api.aws/v1/organization/projects"_s);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.body, CreateBody);
    QCOMPARE(r.header("X-Amz-Date"), QByteArray("20260301T120000Z"));
    QCOMPARE(r.header("Authorization"), BotocoreCreateAuthorization);
}

void TestMantleProjectsClient::createProject_bearer_bodyWithRetentionAndDocResponse()
{
    m_network->enqueue(fixture(u"create.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    const TagSet tags{{u"department"_s, u"billing"_s}, {u"facing"_s, u"internal"_s}};
    QVERIFY(run(client().createProject(u"billing-experiments"_s, tags, DataRetention::Mode::None), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.url.path(), u"/v1/organization/projects"_s);
    QCOMPARE(r.header("Authorization"), "Bearer " + BearerToken.toUtf8());
    QCOMPARE(r.body, QByteArray(R"({"data_retention":{"mode":"none"},"name":"billing-experiments",)"
                                R"("tags":{"department":"billing","facing":"internal"}})"));

    // The create response of the Projects guide, verbatim.
    const Project &p = job->result();
    QCOMPARE(p.id(), ProjectId);
    QCOMPARE(p.name(), u"Project ABC"_s);
    QCOMPARE(p.tags().size(), 4);
    QCOMPARE(p.tags().value(u"Environment"_s), u"Production"_s);
    QCOMPARE(p.createdAt(), QDateTime::fromSecsSinceEpoch(1772135628, Qt::UTC));
    QCOMPARE(p.status(), Project::Status::Active);
}

void TestMantleProjectsClient::createProject_withoutTags_omitsTags()
{
    m_network->enqueue(fixture(u"create.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().createProject(u"Project ABC"_s), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().at(0).body, QByteArray(R"({"name":"Project ABC"})"));
}

void TestMantleProjectsClient::createProject_invalid_sendsNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TagSet>("tags");
    QTest::addColumn<int>("retention"); // -1: none given
    QTest::addColumn<QString>("expectedFragment");
    const TagSet ok{{u"team"_s, u"a"_s}};
    QTest::newRow("empty name") << QString() << ok << -1 << u"empty"_s;
    QTest::newRow("65 characters") << QString(65, u'n') << ok << -1 << u"at most 64"_s;
    QTest::newRow("exclamation") << u"Project!"_s << ok << -1 << u"“Project!”"_s;
    QTest::newRow("leading hyphen") << u"-x"_s << ok << -1 << u"“-x”"_s;
    QTest::newRow("double separator") << u"a--b"_s << ok << -1 << u"“a--b”"_s;
    QTest::newRow("trailing newline") << u"abc\n"_s << ok << -1 << u"abc"_s;
    QTest::newRow("aws tag") << u"ok"_s << TagSet{{u"aws:team"_s, u"x"_s}} << -1 << u"“aws:team”"_s;
    QTest::newRow("empty tag key") << u"ok"_s << TagSet{{QString(), u"x"_s}} << -1 << u"empty"_s;
    QTest::newRow("tag value too long") << u"ok"_s << TagSet{{u"Owner"_s, QString(257, u'v')}} << -1
                                        << u"“Owner”"_s;
    TagSet many;
    for (int i = 0; i <= TagSet::MaxTags; ++i)
        many.insert(u"k%1"_s.arg(i), QString());
    QTest::newRow("201 tags") << u"ok"_s << many << -1 << u"at most 200"_s;
    QTest::newRow("unknown retention") << u"ok"_s << ok << 42 << u"inherit, default, none, provider_data_share"_s;
}

void TestMantleProjectsClient::createProject_invalid_sendsNothing()
{
    QFETCH(QString, name);
    QFETCH(TagSet, tags);
    QFETCH(int, retention);
    QFETCH(QString, expectedFragment);
    const auto mode = retention < 0 ? std::nullopt : std::optional(static_cast<DataRetention::Mode>(retention));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().createProject(name, tags, mode), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QVERIFY(m_network->requests().isEmpty());
    QCOMPARE(m_transport->totalRequestCount(), 0);
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::getProject_requestAndParsing()
{
    m_network->enqueue(fixture(u"get.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().getProject(ProjectId), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.url.path(), ProjectPath);
    QVERIFY(r.url.query().isEmpty());
    QVERIFY(r.header("Content-Type").isEmpty());
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("Authorization"), "Bearer " + BearerToken.toUtf8());

    const Project &p = job->result();
    QCOMPARE(p.id(), ProjectId);
    QCOMPARE(p.dataRetention(), DataRetention::Mode::Inherit);
    QVERIFY(!p.archivedAt().isValid());
    QCOMPARE(p.tags(), (TagSet{{u"CostCenter"_s, u"21524"_s}, {u"Owner"_s, u"TeamAlpha"_s}}));
}

void TestMantleProjectsClient::getProject_invalidId_sendsNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"proj_ABC"_s;
    QTest::newRow("path traversal") << u"../default"_s;
    QTest::newRow("slash") << u"proj_abc/archive"_s;
    QTest::newRow("query") << u"proj_abc?include_archived=true"_s;
    QTest::newRow("arn") << u"arn:aws:bedrock-mantle:us-west-2:1:project/proj_abc"_s;
}

void TestMantleProjectsClient::getProject_invalidId_sendsNothing()
{
    QFETCH(QString, id);
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().getProject(id), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY(m_network->requests().isEmpty());
    // Not even the unsent request carries the bad id in its path.
    QCOMPARE(job->request().http.path, QByteArray("/v1/organization/projects"));
}

void TestMantleProjectsClient::updateProject_body_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<MantleProjectsClient::Update>("update");
    QTest::addColumn<QByteArray>("expectedBody");

    MantleProjectsClient::Update rename;
    rename.name = u"Production Chatbot v2"_s;
    QTest::newRow("rename") << ProjectId << rename << QByteArray(R"({"name":"Production Chatbot v2"})");

    MantleProjectsClient::Update add;
    add.addTags = TagSet{{u"Application"_s, u"WebApp"_s}, {u"Version"_s, u"2.0"_s}};
    QTest::newRow("add tags") << ProjectId << add << QByteArray(R"({"add_tags":{"Application":"WebApp","Version":"2.0"}})");

    MantleProjectsClient::Update remove;
    remove.removeTagKeys = {u"Version"_s, u"OldTagKey"_s, u"Version"_s};
    QTest::newRow("remove tags, sorted and once")
        << ProjectId << remove << QByteArray(R"({"remove_tag_keys":["OldTagKey","Version"]})");

    MantleProjectsClient::Update retention;
    retention.dataRetention = DataRetention::Mode::ProviderDataShare;
    QTest::newRow("retention") << ProjectId << retention
                               << QByteArray(R"({"data_retention":{"mode":"provider_data_share"}})");
    // Only renaming and tagging the default project are refused.
    QTest::newRow("retention of default") << u"default"_s << retention
                                          << QByteArray(R"({"data_retention":{"mode":"provider_data_share"}})");

    MantleProjectsClient::Update all;
    all.name = u"Production Chatbot v2"_s;
    all.addTags = TagSet{{u"owner"_s, u"alice"_s}};
    all.removeTagKeys = {u"facing"_s};
    all.dataRetention = DataRetention::Mode::Inherit;
    QTest::newRow("everything") << ProjectId << all
                                << QByteArray(R"({"add_tags":{"owner":"alice"},"data_retention":{"mode":"inherit"},)"
                                              R"("name":"Production Chatbot v2","remove_tag_keys":["facing"]})");
}

void TestMantleProjectsClient::updateProject_body()
{
    QFETCH(QString, id);
    QFETCH(MantleProjectsClient::Update, update);
    QFETCH(QByteArray, expectedBody);
    // Answer with the project that was addressed, so the id check in the client passes.
    m_network->setHandler([](const RecordedRequest &r) {
        const QString requested = r.url.path().section(u'/', -1);
        if (requested == u"default")
            return jsonResponse(200, QJsonDocument(projectJson(u"default"_s)).toJson());
        return fixture(u"update.http"_s);
    });
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().updateProject(id, update), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(m_network->requests().size(), 1);
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.path(), u"/v1/organization/projects/"_s + id);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.body, expectedBody);
    QCOMPARE(job->result().id(), id);
}

void TestMantleProjectsClient::updateProject_fromTagDiff_matchesDocExample()
{
    // The tagging guide's combined example, derived from the tags before and after an edit.
    const TagSet before{{u"department"_s, u"billing"_s}, {u"facing"_s, u"internal"_s}};
    const TagSet after{{u"department"_s, u"billing"_s}, {u"owner"_s, u"alice"_s}};
    const TagDiff diff = TagSet::diff(before, after);
    MantleProjectsClient::Update update;
    update.addTags = diff.addTags;
    update.removeTagKeys = diff.removeTagKeys;

    useKeys();
    m_network->enqueue(fixture(u"update.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().updateProject(ProjectId, update), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.body, QByteArray(R"({"add_tags":{"owner":"alice"},"remove_tag_keys":["facing"]})"));
    QVERIFY(r.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/us-west-2/bedrock-mantle/aws4_request, "
                                                 "SignedHeaders=content-type;host;x-amz-date, Signature="));
    const Project &p = job->result();
    QCOMPARE(p.name(), u"Production Chatbot v2"_s);
    QCOMPARE(p.tags().value(u"owner"_s), u"alice"_s);
    QCOMPARE(p.dataRetention(), DataRetention::Mode::ProviderDataShare);
}

void TestMantleProjectsClient::updateProject_invalid_sendsNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<MantleProjectsClient::Update>("update");
    QTest::addColumn<QString>("expectedFragment");

    MantleProjectsClient::Update rename;
    rename.name = u"New name"_s;
    MantleProjectsClient::Update tag;
    tag.addTags = TagSet{{u"team"_s, u"x"_s}};
    MantleProjectsClient::Update untag;
    untag.removeTagKeys = {u"team"_s};

    QTest::newRow("nothing") << ProjectId << MantleProjectsClient::Update() << u"Nothing to update"_s;
    QTest::newRow("rename default") << u"default"_s << rename << u"cannot be renamed"_s;
    QTest::newRow("tag default") << u"default"_s << tag << u"cannot be tagged"_s;
    QTest::newRow("untag default") << u"default"_s << untag << u"cannot be tagged"_s;
    QTest::newRow("bad id") << u"proj_ABC"_s << rename << u"“proj_ABC”"_s;
    QTest::newRow("empty id") << QString() << rename << u"empty"_s;

    MantleProjectsClient::Update badName;
    badName.name = u"bad/name"_s;
    QTest::newRow("bad name") << ProjectId << badName << u"“bad/name”"_s;
    MantleProjectsClient::Update emptyName;
    emptyName.name = QString();
    QTest::newRow("empty name") << ProjectId << emptyName << u"must not be empty"_s;
    MantleProjectsClient::Update badTag;
    badTag.addTags = TagSet{{u"cost#center"_s, u"1"_s}};
    QTest::newRow("bad tag key") << ProjectId << badTag << u"“cost#center”"_s;
    MantleProjectsClient::Update awsRemove;
    awsRemove.removeTagKeys = {u"aws:cloudformation:stack-name"_s};
    QTest::newRow("remove aws tag") << ProjectId << awsRemove << u"reserved by AWS"_s;
    MantleProjectsClient::Update emptyRemove;
    emptyRemove.removeTagKeys = {QString()};
    QTest::newRow("remove empty key") << ProjectId << emptyRemove << u"must not be empty"_s;
    MantleProjectsClient::Update both;
    both.addTags = TagSet{{u"team"_s, u"x"_s}};
    both.removeTagKeys = {u"team"_s};
    QTest::newRow("add and remove same key") << ProjectId << both << u"both added and removed"_s;
    MantleProjectsClient::Update badRetention;
    badRetention.dataRetention = static_cast<DataRetention::Mode>(7);
    QTest::newRow("unknown retention") << ProjectId << badRetention << u"provider_data_share"_s;
}

void TestMantleProjectsClient::updateProject_invalid_sendsNothing()
{
    QFETCH(QString, id);
    QFETCH(MantleProjectsClient::Update, update);
    QFETCH(QString, expectedFragment);
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().updateProject(id, update), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QVERIFY(m_network->requests().isEmpty());
    QCOMPARE(m_finishedCount, 1);
    // The same check is available to dialogs before they submit.
    QVERIFY(!MantleProjectsClient::validateUpdate(id, update).isEmpty());
}

void TestMantleProjectsClient::archiveProject_postsEmptyJsonObject()
{
    useKeys();
    m_network->enqueue(fixture(u"archive.http"_s));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().archiveProject(ProjectId), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const RecordedRequest &r = m_network->requests().at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.path(), ProjectPath + u"/archive"_s);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.body, QByteArray("{}"));
    QVERIFY(r.header("Authorization").contains("SignedHeaders=content-type;host;x-amz-date"));
    const Project &p = job->result();
    QVERIFY(p.isArchived());
    QCOMPARE(p.archivedAt(), QDateTime::fromSecsSinceEpoch(1786614394, Qt::UTC));
}

void TestMantleProjectsClient::archiveProject_invalid_sendsNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedFragment");
    QTest::newRow("default") << u"default"_s << u"default project cannot be archived"_s;
    QTest::newRow("bad id") << u"proj_x/../../default"_s << u"not a project id"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
}

void TestMantleProjectsClient::archiveProject_invalid_sendsNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, expectedFragment);
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().archiveProject(id), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QVERIFY(m_network->requests().isEmpty());
}

void TestMantleProjectsClient::errors_openAiEnvelope_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QByteArray>("inlineBody"); // used when fixtureName is empty
    QTest::addColumn<int>("status");
    QTest::addColumn<AwsError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    using K = AwsError::Kind;
    QTest::newRow("400") << u"error-400.http"_s << QByteArray() << 400 << K::Validation << u"invalid_request_error"_s
                         << u"Invalid value for data_retention.mode: 'forever'"_s
                         << u"e0000400-0000-4000-8000-000000000400"_s;
    QTest::newRow("401") << u"error-401.http"_s << QByteArray() << 401 << K::Authentication << u"authentication_error"_s
                         << u"Invalid API key provided."_s << u"e0000401-0000-4000-8000-000000000401"_s;
    QTest::newRow("403") << u"error-403.http"_s << QByteArray() << 403 << K::AccessDenied << u"permission_denied_error"_s
                         << u"User: arn:aws:iam::673693429514:user/analyst is not authorized to perform: "
                            "bedrock-mantle:CreateProject"_s
                         << u"e0000403-0000-4000-8000-000000000403"_s;
    QTest::newRow("404") << u"error-404.http"_s << QByteArray() << 404 << K::NotFound << u"not_found_error"_s
                         << u"Project arn:aws:bedrock-mantle:us-west-2:673693429514:project/proj_doesnotexist1 not found"_s
                         << u"e0000404-0000-4000-8000-000000000404"_s;
    QTest::newRow("409") << u"error-409.http"_s << QByteArray() << 409 << K::Conflict << u"conflict_error"_s
                         << u"Archived projects cannot be updated."_s << u"e0000409-0000-4000-8000-000000000409"_s;
    QTest::newRow("429") << u"error-429.http"_s << QByteArray() << 429 << K::Throttling << u"rate_limit_error"_s
                         << u"Rate limit exceeded. Please slow down."_s << u"e0000429-0000-4000-8000-000000000429"_s;
    QTest::newRow("bare string error") << u"error-string.http"_s << QByteArray() << 400 << K::Validation
                                       << u"HttpError400"_s << u"Project name must be unique within the account"_s
                                       << u"req_0123456789abcdef"_s;
    QTest::newRow("code without type") << QString()
                                       << QByteArray(R"({"error":{"message":"Name taken","type":null,"code":"name_taken","param":"name"}})")
                                       << 409 << K::Conflict << u"name_taken"_s << u"Name taken"_s
                                       << u"00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("anthropic route shape") << QString()
                                           << QByteArray(R"({"type":"error","error":{"type":"not_found_error","message":"no such project"}})")
                                           << 404 << K::NotFound << u"not_found_error"_s << u"no such project"_s
                                           << u"00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("empty 403 body") << QString() << QByteArray() << 403 << K::AccessDenied << u"AccessDenied"_s
                                    << QString() << u"00000000-0000-4000-8000-000000000000"_s;
}

void TestMantleProjectsClient::errors_openAiEnvelope()
{
    QFETCH(QString, fixtureName);
    QFETCH(QByteArray, inlineBody);
    QFETCH(int, status);
    QFETCH(AwsError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    setRetries(1); // classification only; retries have their own test
    m_network->enqueue(fixtureName.isEmpty() ? jsonResponse(status, inlineBody) : fixture(fixtureName));
    MantleProjectsClient::Update update;
    update.name = u"Renamed"_s;
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().updateProject(ProjectId, update), job));
    const AwsError &e = job->error();
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.message(), message);
    QCOMPARE(e.requestId(), requestId);
    if (!message.isEmpty())
        QVERIFY2(e.toString().contains(message), qPrintable(e.toString())); // the user sees the reason
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::throttling_429Then429Then200_succeeds()
{
    useKeys();
    m_network->enqueue(fixture(u"error-429.http"_s));
    m_network->enqueue(fixture(u"error-429.http"_s));
    m_network->enqueue(fixture(u"list-single.http"_s));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().size(), 2);
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(m_network->requests().size(), 3);
    QCOMPARE(m_transport->requestCount(u"bedrock-mantle"_s), 3);
    for (const RecordedRequest &r : m_network->requests()) {
        QCOMPARE(queryOf(r), u"limit=100"_s);
        QCOMPARE(r.header("Authorization"), BotocoreListAuthorization); // re-signed, same pinned clock
    }
    QVERIFY(timer.elapsed() < 2000);
}

void TestMantleProjectsClient::serverErrors_exhausted_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("500") << u"error-500.http"_s << 500 << u"api_error"_s;
    QTest::newRow("503") << u"error-503.http"_s << 503 << u"service_unavailable"_s;
}

void TestMantleProjectsClient::serverErrors_exhausted()
{
    QFETCH(QString, fixtureName);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(fixture(fixtureName));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().getProject(ProjectId), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::Service);
    QCOMPARE(job->error().httpStatus(), status);
    QCOMPARE(job->error().code(), code);
    QVERIFY(job->error().isTransient());
    QCOMPARE(m_network->requests().size(), 3);
    QCOMPARE(m_network->unexpectedRequests(), 0);
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::timeout_hangingReplies_data()
{
    QTest::addColumn<bool>("recovers");
    QTest::newRow("every attempt hangs") << false;
    QTest::newRow("second attempt answers") << true;
}

void TestMantleProjectsClient::timeout_hangingReplies()
{
    QFETCH(bool, recovers);
    m_transport->setTransferTimeout(50ms);
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    if (recovers) {
        m_network->enqueue(fixture(u"get.http"_s));
    } else {
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    }
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().getProject(ProjectId), job));
    if (recovers) {
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->result().id(), ProjectId);
        QCOMPARE(m_network->requests().size(), 2);
    } else {
        QCOMPARE(job->error().kind(), AwsError::Kind::Timeout);
        QCOMPARE(m_network->requests().size(), 3);
    }
    QCOMPARE(m_finishedCount, 1);
}

void TestMantleProjectsClient::connectionReset_data()
{
    QTest::addColumn<bool>("recovers");
    QTest::newRow("every attempt reset") << false;
    QTest::newRow("third attempt answers") << true;
}

void TestMantleProjectsClient::connectionReset()
{
    QFETCH(bool, recovers);
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(recovers ? fixture(u"archive.http"_s)
                                : FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().archiveProject(ProjectId), job));
    QCOMPARE(m_network->requests().size(), 3);
    if (recovers) {
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QVERIFY(job->result().isArchived());
        // Every attempt carried the same body.
        for (const RecordedRequest &r : m_network->requests())
            QCOMPARE(r.body, QByteArray("{}"));
    } else {
        QCOMPARE(job->error().kind(), AwsError::Kind::Network);
        QCOMPARE(job->error().code(), u"NetworkError"_s);
    }
}

void TestMantleProjectsClient::malformedResponses_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("expectedFragment");
    QJsonObject p = projectJson(ProjectId);
    auto with = [&p](const QString &field, const QJsonValue &value) {
        QJsonObject o = p;
        o.insert(field, value);
        return jsonResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QTest::newRow("truncated body") << fixture(u"truncated.http"_s) << u"not valid JSON"_s;
    QTest::newRow("wrong types") << fixture(u"wrong-types.http"_s) << u"“created_at” is not a number"_s;
    QTest::newRow("empty body") << jsonResponse(200, QByteArray()) << u"empty"_s;
    QTest::newRow("whitespace body") << jsonResponse(200, " \r\n") << u"empty"_s;
    QTest::newRow("html") << FakeResponse::json(200, "<html><body>Gateway</body></html>", "text/html")
                          << u"not valid JSON"_s;
    QTest::newRow("array") << jsonResponse(200, "[]") << u"not a JSON object"_s;
    QTest::newRow("json string") << jsonResponse(200, R"("proj_5d5ykleja6cwpirysbb7")") << u"JSON"_s;
    QTest::newRow("garbage after object") << jsonResponse(200, QJsonDocument(p).toJson() + "}") << u"not valid JSON"_s;
    QTest::newRow("created_at negative") << with(u"created_at"_s, -1772135628) << u"not a valid time"_s;
    QTest::newRow("created_at 1e300") << with(u"created_at"_s, 1e300) << u"not a valid time"_s;
    QTest::newRow("created_at string") << with(u"created_at"_s, u"1772135628"_s) << u"created_at"_s;
    QTest::newRow("status number") << with(u"status"_s, 1) << u"“status”"_s;
    QTest::newRow("tags list") << with(u"tags"_s, QJsonArray{u"a"_s}) << u"“tags”"_s;
    QTest::newRow("retention unknown") << with(u"data_retention"_s, QJsonObject{{u"mode"_s, u"forever"_s}})
                                       << u"“forever”"_s;
    QTest::newRow("other project") << with(u"id"_s, u"proj_other"_s) << u"“proj_other”"_s;
    QTest::newRow("a list instead") << fixture(u"list-single.http"_s) << u"“list”"_s;
    QTest::newRow("deep nesting") << jsonResponse(200, QByteArray(5000, '[') + QByteArray(5000, ']'))
                                  << u"JSON"_s;
}

void TestMantleProjectsClient::malformedResponses()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, expectedFragment);
    m_network->enqueue(response);
    std::unique_ptr<ApiJob<Project>> job;
    QVERIFY(run(client().getProject(ProjectId), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(expectedFragment), qPrintable(job->error().message()));
    QVERIFY(!job->error().toString().isEmpty());
    QCOMPARE(m_network->requests().size(), 1); // a bad body is not retried
    QCOMPARE(job->result(), Project());       // nothing half-filled
}

void TestMantleProjectsClient::cancel_midFlight_finishesOnceWithCancelled()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    auto *job = client().getProject(ProjectId);
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob<Project>> owner(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(m_network->requests().size(), 1);
    QVERIFY(!job->isFinished());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    job->cancel(); // a second cancel is harmless
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestMantleProjectsClient::cancel_betweenPages_sendsNoMore()
{
    m_network->enqueue(fixture(u"list-page1.http"_s));
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    m_network->enqueue(fixture(u"list-page2.http"_s));
    auto *job = client().listProjects();
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob<QList<Project>>> owner(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(m_network->requests().size(), 2); // the second page is in flight
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->pendingResponses(), 1);
}

void TestMantleProjectsClient::cancel_duringRetryBackoff_sendsNoMore()
{
    setRetries(3, 10s); // the retry would wait seconds
    m_network->enqueue(fixture(u"error-503.http"_s));
    m_network->enqueue(fixture(u"get.http"_s));
    auto *job = client().getProject(ProjectId);
    job->setAutoDelete(false);
    std::unique_ptr<ApiJob<Project>> owner(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(job->lastResponse().status, 503); // the backoff timer runs now
    QVERIFY(!job->isFinished());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestMantleProjectsClient::missingCredentials_sendsNothing()
{
    m_transport->setCredentials(AwsCredentials());
    std::unique_ptr<ApiJob<QList<Project>>> job;
    QVERIFY(run(client().listProjects(), job));
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QVERIFY(m_network->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestMantleProjectsClient)
#include "tst_mantleprojectsclient.moc"
