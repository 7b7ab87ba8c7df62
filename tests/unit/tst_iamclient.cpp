// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/iamclient.h"
#include "api/updatepolicydocumentjob.h"

#include "fakenetworkaccessmanager.h"
#include "fixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Test::FakeResponse;

namespace {

const QString PolicyArn = u"arn:aws:iam::123456789012:policy/spendscope/spendscope-readers"_s;
// PolicyArn as the form body carries it.
const QByteArray EncodedArn = "arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fspendscope%2Fspendscope-readers";
const QString Document = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["bedrock-mantle:GetProject","bedrock-mantle:ListProjects"],"Resource":"*"}]})"_s;
const QByteArray EncodedDocument =
    "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%5B"
    "%22bedrock-mantle%3AGetProject%22%2C%22bedrock-mantle%3AListProjects%22%5D%2C%22Resource%22%3A%22%2A%22%7D%5D%7D";
const QString TrustPolicy = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;

const QByteArray ContentType = "application/x-www-form-urlencoded; charset=utf-8";
const QByteArray CredentialPrefix = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                                    "SignedHeaders=content-type;host;x-amz-date, Signature=";

// The Authorization header of the CreatePolicy request in createPolicy_sendsFormBodyAndParsesPolicy,
// computed independently with botocore 1.43.11 (python3):
//   creds = botocore.credentials.Credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
//   req = AWSRequest(method='POST', url='https://iam.amazonaws.com/', data=<the expected body below>,
//                    headers={'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'})
//   with mock.patch('botocore.auth.get_current_datetime',
//                   return_value=datetime.datetime(2015, 8, 30, 12, 36, 0)):
//       botocore.auth.SigV4Auth(creds, 'iam', 'us-east-1').add_auth(req)
//   req.headers['Authorization']
const QByteArray BotocoreCreatePolicyAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date, "
    "Signature=09e481c7e72f2df753458d8883b73133a2f90fb1f928fd5cffde9bec7f8aa4b9";

FakeResponse fixture(const QString &name)
{
    return FakeResponse::fromHttpFile(Test::testDataPath(u"iam/"_s + name + u".http"_s));
}

// A recorded fixture with part of its body replaced, for wrong-type and broken answers.
FakeResponse patchedFixture(const QString &name, const QByteArray &from, const QByteArray &to)
{
    FakeResponse r = fixture(name);
    Q_ASSERT(r.body.contains(from));
    r.body.replace(from, to);
    return r;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QByteArray form(const QByteArray &actionAndParameters)
{
    return "Action=" + actionAndParameters;
}

} // namespace

Q_DECLARE_METATYPE(Spendscope::Test::FakeResponse)
Q_DECLARE_METATYPE(Spendscope::IamPolicyScope)
Q_DECLARE_METATYPE(Spendscope::IamPolicyVersion)
Q_DECLARE_METATYPE(Spendscope::AwsError::Kind)

class TestIamClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpoint_isGlobalIamSignedForUsEast1();
    void createPolicy_sendsFormBodyAndParsesPolicy();
    void createPolicy_minimal_omitsOptionalParameters();
    void getPolicy_parsesPolicy();
    void listPolicies_followsMarkerAcrossThreePages();
    void listPolicies_defaults_sendScopeAllOnly();
    void listPolicies_scopes_data();
    void listPolicies_scopes();
    void deletePolicy_acknowledges();
    void getPolicyVersion_decodesUrlEncodedDocument();
    void listPolicyVersions_parsesVersions();
    void createPolicyVersion_setAsDefault_data();
    void createPolicyVersion_setAsDefault();
    void deletePolicyVersion_acknowledges();
    void setDefaultPolicyVersion_acknowledges();

    void updatePolicyDocument_fiveVersions_deletesOldestNonDefaultThenCreates();
    void updatePolicyDocument_withRoom_onlyCreates();
    void updatePolicyDocument_invalidInput_sendsNothing();
    void updatePolicyDocument_deleteFails_doesNotCreate();
    void updatePolicyDocument_createFails_reportsError();
    void updatePolicyDocument_cancel_finishesOnceAsCancelled();
    void versionToDelete_data();
    void versionToDelete();

    void listUsers_parsesUsers();
    void listRoles_decodesTrustPolicy();
    void listGroups_parsesGroups();
    void createRole_sendsParametersAndParsesRole();
    void attachAndDetach_data();
    void attachAndDetach();
    void listEntitiesForPolicy_mergesPages();
    void listAttachedPolicies_data();
    void listAttachedPolicies();

    void validation_failsBeforeSending_data();
    void validation_failsBeforeSending();
    void validatePolicyDocument_ignoresWhiteSpaceInLimit();
    void decodePolicyDocument_data();
    void decodePolicyDocument();

    void serviceErrors_data();
    void serviceErrors();
    void throttling_isRetriedThenSucceeds();
    void throttling_givesUpAfterMaxAttempts();
    void serverErrors_500Then503ThenSuccess();
    void serverErrors_persistent503_fails();
    void timeout_isRetriedThenFails();
    void timeout_thenSuccess();
    void connectionReset_isRetriedThenSucceeds();
    void connectionReset_persistent_isNetworkError();
    void malformedAnswers_data();
    void malformedAnswers();
    void pagination_repeatedMarker_fails();
    void missingCredentials_sendsNothing();

private:
    template<typename J>
    std::unique_ptr<J> run(J *job);
    void verifyRequest(int index, const QByteArray &expectedBody);

    std::unique_ptr<Test::FakeNetworkAccessManager> m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::optional<IamClient> m_client;
    QList<qsizetype> m_badFinishCounts; // finished() must come exactly once per job
};

void TestIamClient::init()
{
    m_network = std::make_unique<Test::FakeNetworkAccessManager>();
    m_transport = std::make_unique<AwsTransport>(m_network.get());
    AwsCredentials credentials;
    credentials.accessKeyId = u"AKIDEXAMPLE"_s;
    credentials.secretAccessKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
    m_transport->setCredentials(credentials);
    m_transport->setClock([] { return utc(2015, 8, 30, 12, 36, 0); });
    // Real backoff would make the retry tests slow; the policy's decisions stay the SDK's.
    RetryPolicy::Settings settings;
    settings.baseDelay = std::chrono::milliseconds(1);
    settings.maxBackoff = std::chrono::milliseconds(2);
    m_transport->setRetryPolicy(RetryPolicy(settings));
    m_transport->retryPolicy().setRandomSource([] { return 0.0; });
    m_client.emplace(m_transport.get());
}

void TestIamClient::cleanup()
{
    QCOMPARE(m_network->unexpectedRequests(), 0);
    QCOMPARE(m_badFinishCounts, QList<qsizetype>());
    m_badFinishCounts.clear();
    m_client.reset();
    m_transport.reset();
    m_network.reset();
}

template<typename J>
std::unique_ptr<J> TestIamClient::run(J *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!job->isFinished())
        finished.wait(10000);
    // Jobs finish exactly once; give stray extra emissions a chance to show.
    QCoreApplication::processEvents();
    if (finished.size() != 1)
        m_badFinishCounts.append(finished.size());
    return owned;
}

void TestIamClient::verifyRequest(int index, const QByteArray &expectedBody)
{
    QVERIFY(index < m_network->requests().size());
    const Test::RecordedRequest &r = m_network->requests().at(index);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url, QUrl(u"https://iam.amazonaws.com/"_s));
    QCOMPARE(r.header("Content-Type"), ContentType);
    QCOMPARE(r.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    QVERIFY2(r.header("Authorization").startsWith(CredentialPrefix), r.header("Authorization").constData());
    QCOMPARE(r.body, expectedBody);
}

#define VERIFY_REQUEST(index, body)                                                                                    \
    do {                                                                                                               \
        verifyRequest(index, body);                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

#define VERIFY_OK(job) QVERIFY2((job)->isFinished() && !(job)->hasError(), qPrintable((job)->errorString()))

// ---- endpoint and policies -------------------------------------------------------------------

void TestIamClient::endpoint_isGlobalIamSignedForUsEast1()
{
    EndpointConfig config;
    config.region = u"eu-central-1"_s;
    const IamClient client(m_transport.get(), config);
    QCOMPARE(client.endpoint().url, QUrl(u"https://iam.amazonaws.com"_s));
    QCOMPARE(client.endpoint().region, u"us-east-1"_s);
    QCOMPARE(client.endpoint().signingName, u"iam"_s);

    config.endpointUrl = QUrl(u"http://127.0.0.1:5000"_s);
    QCOMPARE(IamClient(m_transport.get(), config).endpoint().url, QUrl(u"http://127.0.0.1:5000"_s));
}

void TestIamClient::createPolicy_sendsFormBodyAndParsesPolicy()
{
    m_network->enqueue(fixture(u"create_policy"_s));
    IamCreatePolicyRequest request;
    request.name = u"spendscope-readers"_s;
    request.path = u"/spendscope/"_s;
    request.description = u"Read Mantle projects"_s;
    request.document = Document;
    request.tags = {{u"team"_s, u"finops ops"_s}};
    auto job = run(m_client->createPolicy(request));
    VERIFY_OK(job);

    QCOMPARE(m_network->requests().size(), 1);
    const QByteArray body = form("CreatePolicy&Version=2010-05-08&PolicyName=spendscope-readers&Path=%2Fspendscope%2F"
                                 "&PolicyDocument=" + EncodedDocument
                                 + "&Description=Read%20Mantle%20projects&Tags.member.1.Key=team"
                                   "&Tags.member.1.Value=finops%20ops");
    VERIFY_REQUEST(0, body);
    QCOMPARE(m_network->requests().at(0).header("Authorization"), BotocoreCreatePolicyAuthorization);
    QCOMPARE(m_transport->requestCount(u"iam"_s), 1);

    const IamPolicy &p = job->result();
    QCOMPARE(p.name, u"spendscope-readers"_s);
    QCOMPARE(p.id, u"ANPAJ2UCCR6DPCEXAMPLE"_s);
    QCOMPARE(p.arn, PolicyArn);
    QCOMPARE(p.path, u"/spendscope/"_s);
    QCOMPARE(p.defaultVersionId, u"v1"_s);
    QCOMPARE(p.attachmentCount, qint64(0));
    QCOMPARE(p.permissionsBoundaryUsageCount, qint64(0));
    QVERIFY(p.isAttachable);
    QCOMPARE(p.description, u"Read Mantle projects"_s);
    QCOMPARE(p.createDate, utc(2015, 8, 30, 12, 36, 0, 123));
    QCOMPARE(p.updateDate, utc(2015, 8, 30, 12, 36, 0, 123));
    QCOMPARE(p.tags, (QList<IamTag>{{u"team"_s, u"finops ops"_s}}));
}

void TestIamClient::createPolicy_minimal_omitsOptionalParameters()
{
    m_network->enqueue(fixture(u"create_policy"_s));
    IamCreatePolicyRequest request;
    request.name = u"p"_s;
    request.document = u"{}"_s;
    auto job = run(m_client->createPolicy(request));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("CreatePolicy&Version=2010-05-08&PolicyName=p&PolicyDocument=%7B%7D"));
}

void TestIamClient::getPolicy_parsesPolicy()
{
    m_network->enqueue(fixture(u"get_policy"_s));
    auto job = run(m_client->getPolicy(PolicyArn));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("GetPolicy&Version=2010-05-08&PolicyArn=" + EncodedArn));
    const IamPolicy &p = job->result();
    QCOMPARE(p.arn, PolicyArn);
    QCOMPARE(p.defaultVersionId, u"v3"_s);
    QCOMPARE(p.attachmentCount, qint64(2));
    QCOMPARE(p.updateDate, utc(2015, 9, 1, 8, 0, 0, 500));
    QVERIFY(p.tags.isEmpty());
}

void TestIamClient::listPolicies_followsMarkerAcrossThreePages()
{
    m_network->enqueue(fixture(u"list_policies_page1"_s));
    m_network->enqueue(fixture(u"list_policies_page2"_s));
    m_network->enqueue(fixture(u"list_policies_page3"_s));
    IamListPoliciesRequest request;
    request.scope = IamPolicyScope::Local;
    request.onlyAttached = true;
    request.pathPrefix = u"/spendscope/"_s;
    auto job = run(m_client->listPolicies(request));
    VERIFY_OK(job);

    QCOMPARE(m_network->requests().size(), 3);
    const QByteArray first = form("ListPolicies&Version=2010-05-08&Scope=Local&OnlyAttached=true&PathPrefix=%2Fspendscope%2F");
    VERIFY_REQUEST(0, first);
    VERIFY_REQUEST(1, first + "&Marker=AAFqbWFya2VyLXBhZ2UtMg%3D%3D");
    VERIFY_REQUEST(2, first + "&Marker=AAFqbWFya2VyLXBhZ2UtMw%3D%3D");
    // Each page is signed on its own (same pinned clock, different body, so different signatures).
    QVERIFY(m_network->requests().at(0).header("Authorization") != m_network->requests().at(1).header("Authorization"));
    QCOMPARE(job->pageCount(), 3);

    const QList<IamPolicy> &policies = job->result();
    QCOMPARE(policies.size(), 4);
    QCOMPARE(policies.at(0).name, u"spendscope-a"_s);
    QCOMPARE(policies.at(1).name, u"spendscope-b"_s);
    QCOMPARE(policies.at(2).name, u"spendscope-c"_s);
    QCOMPARE(policies.at(2).attachmentCount, qint64(1));
    QCOMPARE(policies.at(3).name, u"spendscope-d"_s);
    QCOMPARE(policies.at(3).arn, u"arn:aws:iam::123456789012:policy/spendscope/spendscope-d"_s);
}

void TestIamClient::listPolicies_defaults_sendScopeAllOnly()
{
    m_network->enqueue(fixture(u"list_policies_page3"_s));
    auto job = run(m_client->listPolicies());
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListPolicies&Version=2010-05-08&Scope=All"));
    QCOMPARE(job->result().size(), 1);
}

void TestIamClient::listPolicies_scopes_data()
{
    QTest::addColumn<IamPolicyScope>("scope");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("all") << IamPolicyScope::All << QByteArray("All");
    QTest::newRow("aws") << IamPolicyScope::Aws << QByteArray("AWS");
    QTest::newRow("local") << IamPolicyScope::Local << QByteArray("Local");
}

void TestIamClient::listPolicies_scopes()
{
    QFETCH(IamPolicyScope, scope);
    QFETCH(QByteArray, value);
    m_network->enqueue(fixture(u"list_policies_page3"_s));
    IamListPoliciesRequest request;
    request.scope = scope;
    auto job = run(m_client->listPolicies(request));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListPolicies&Version=2010-05-08&Scope=" + value));
}

void TestIamClient::deletePolicy_acknowledges()
{
    m_network->enqueue(fixture(u"delete_policy"_s));
    auto job = run(m_client->deletePolicy(PolicyArn));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("DeletePolicy&Version=2010-05-08&PolicyArn=" + EncodedArn));
    QVERIFY(!job->result().requestId.isEmpty());
}

void TestIamClient::getPolicyVersion_decodesUrlEncodedDocument()
{
    const FakeResponse response = fixture(u"get_policy_version"_s);
    QVERIFY(response.body.contains("<Document>%7B%22Version%22")); // the fixture holds it encoded
    m_network->enqueue(response);
    auto job = run(m_client->getPolicyVersion(PolicyArn, u"v2"_s));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("GetPolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn + "&VersionId=v2"));
    QCOMPARE(job->result().versionId, u"v2"_s);
    QCOMPARE(job->result().document, Document);
    QVERIFY(job->result().isDefaultVersion);
    QCOMPARE(job->result().createDate, utc(2015, 8, 31, 10, 0, 0));
}

void TestIamClient::listPolicyVersions_parsesVersions()
{
    m_network->enqueue(fixture(u"list_policy_versions_five"_s));
    auto job = run(m_client->listPolicyVersions(PolicyArn));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListPolicyVersions&Version=2010-05-08&PolicyArn=" + EncodedArn));
    const QList<IamPolicyVersion> &versions = job->result();
    QCOMPARE(versions.size(), 5);
    QCOMPARE(versions.at(0).versionId, u"v6"_s);
    QCOMPARE(versions.at(3).versionId, u"v3"_s);
    QVERIFY(versions.at(3).isDefaultVersion);
    QVERIFY(!versions.at(4).isDefaultVersion);
    QCOMPARE(versions.at(4).createDate, utc(2015, 9, 1, 10, 0, 0));
    QVERIFY(versions.at(0).document.isEmpty());
}

void TestIamClient::createPolicyVersion_setAsDefault_data()
{
    QTest::addColumn<bool>("setAsDefault");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("default") << true << QByteArray("&SetAsDefault=true");
    QTest::newRow("not default") << false << QByteArray();
}

void TestIamClient::createPolicyVersion_setAsDefault()
{
    QFETCH(bool, setAsDefault);
    QFETCH(QByteArray, suffix);
    m_network->enqueue(fixture(u"create_policy_version"_s));
    auto job = run(m_client->createPolicyVersion(PolicyArn, Document, setAsDefault));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("CreatePolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn
                           + "&PolicyDocument=" + EncodedDocument + suffix));
    QCOMPARE(job->result().versionId, u"v7"_s);
    QVERIFY(job->result().isDefaultVersion);
}

void TestIamClient::deletePolicyVersion_acknowledges()
{
    m_network->enqueue(fixture(u"delete_policy_version"_s));
    auto job = run(m_client->deletePolicyVersion(PolicyArn, u"v2"_s));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("DeletePolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn + "&VersionId=v2"));
}

void TestIamClient::setDefaultPolicyVersion_acknowledges()
{
    m_network->enqueue(fixture(u"set_default_policy_version"_s));
    auto job = run(m_client->setDefaultPolicyVersion(PolicyArn, u"v4"_s));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("SetDefaultPolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn + "&VersionId=v4"));
}

// ---- the five-version flow -------------------------------------------------------------------

void TestIamClient::updatePolicyDocument_fiveVersions_deletesOldestNonDefaultThenCreates()
{
    // v2..v6 exist, v3 is the default; v2 is the oldest that may go.
    m_network->enqueue(fixture(u"list_policy_versions_five"_s));
    m_network->enqueue(fixture(u"delete_policy_version"_s));
    m_network->enqueue(fixture(u"create_policy_version"_s));
    auto job = run(m_client->updatePolicyDocument(PolicyArn, Document));
    VERIFY_OK(job);

    QCOMPARE(m_network->requests().size(), 3);
    VERIFY_REQUEST(0, form("ListPolicyVersions&Version=2010-05-08&PolicyArn=" + EncodedArn));
    VERIFY_REQUEST(1, form("DeletePolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn + "&VersionId=v2"));
    VERIFY_REQUEST(2, form("CreatePolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn
                           + "&PolicyDocument=" + EncodedDocument + "&SetAsDefault=true"));
    QCOMPARE(job->result().deletedVersionId, u"v2"_s);
    QCOMPARE(job->result().createdVersion.versionId, u"v7"_s);
    QVERIFY(job->result().createdVersion.isDefaultVersion);
}

void TestIamClient::updatePolicyDocument_withRoom_onlyCreates()
{
    m_network->enqueue(fixture(u"list_policy_versions_two"_s));
    m_network->enqueue(fixture(u"create_policy_version"_s));
    auto job = run(m_client->updatePolicyDocument(PolicyArn, Document));
    VERIFY_OK(job);
    QCOMPARE(m_network->requests().size(), 2);
    VERIFY_REQUEST(1, form("CreatePolicyVersion&Version=2010-05-08&PolicyArn=" + EncodedArn
                           + "&PolicyDocument=" + EncodedDocument + "&SetAsDefault=true"));
    QVERIFY(job->result().deletedVersionId.isEmpty());
    QCOMPARE(job->result().createdVersion.versionId, u"v7"_s);
}

void TestIamClient::updatePolicyDocument_invalidInput_sendsNothing()
{
    auto badDocument = run(m_client->updatePolicyDocument(PolicyArn, u"[1,2]"_s));
    QCOMPARE(badDocument->error().kind(), AwsError::Kind::InvalidInput);
    auto badArn = run(m_client->updatePolicyDocument(u"arn:aws:iam::123456789012:role/x"_s, Document));
    QCOMPARE(badArn->error().kind(), AwsError::Kind::InvalidInput);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestIamClient::updatePolicyDocument_deleteFails_doesNotCreate()
{
    m_network->enqueue(fixture(u"list_policy_versions_five"_s));
    m_network->enqueue(fixture(u"error_no_such_entity"_s));
    auto job = run(m_client->updatePolicyDocument(PolicyArn, Document));
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(job->error().code(), u"NoSuchEntity"_s);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestIamClient::updatePolicyDocument_createFails_reportsError()
{
    m_network->enqueue(fixture(u"list_policy_versions_two"_s));
    m_network->enqueue(fixture(u"error_malformed_policy_document"_s));
    auto job = run(m_client->updatePolicyDocument(PolicyArn, Document));
    QCOMPARE(job->error().code(), u"MalformedPolicyDocument"_s);
    QCOMPARE(job->error().kind(), AwsError::Kind::Validation);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestIamClient::updatePolicyDocument_cancel_finishesOnceAsCancelled()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    UpdatePolicyDocumentJob *job = m_client->updatePolicyDocument(PolicyArn, Document);
    job->setAutoDelete(false);
    std::unique_ptr<UpdatePolicyDocumentJob> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(m_network->requests().size(), 1); // the listing is in flight
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestIamClient::versionToDelete_data()
{
    QTest::addColumn<QList<IamPolicyVersion>>("versions");
    QTest::addColumn<QString>("expected");

    const auto v = [](const QString &id, bool isDefault, const QDateTime &created) {
        IamPolicyVersion version;
        version.versionId = id;
        version.isDefaultVersion = isDefault;
        version.createDate = created;
        return version;
    };
    const QDateTime t0 = utc(2015, 9, 1, 0, 0, 0);
    QTest::newRow("four: room left") << QList<IamPolicyVersion>{v(u"v1"_s, true, t0), v(u"v2"_s, false, t0.addDays(1)),
                                                                v(u"v3"_s, false, t0.addDays(2)),
                                                                v(u"v4"_s, false, t0.addDays(3))}
                                     << QString();
    QTest::newRow("oldest is default") << QList<IamPolicyVersion>{v(u"v1"_s, true, t0), v(u"v2"_s, false, t0.addDays(1)),
                                                                  v(u"v3"_s, false, t0.addDays(2)),
                                                                  v(u"v4"_s, false, t0.addDays(3)),
                                                                  v(u"v5"_s, false, t0.addDays(4))}
                                       << u"v2"_s;
    QTest::newRow("date decides over number") << QList<IamPolicyVersion>{v(u"v9"_s, false, t0),
                                                                         v(u"v10"_s, true, t0.addDays(1)),
                                                                         v(u"v11"_s, false, t0.addDays(2)),
                                                                         v(u"v12"_s, false, t0.addDays(3)),
                                                                         v(u"v8"_s, false, t0.addDays(4))}
                                              << u"v9"_s;
    QTest::newRow("same date: lowest number, numerically") << QList<IamPolicyVersion>{v(u"v10"_s, false, t0),
                                                                                      v(u"v9"_s, false, t0),
                                                                                      v(u"v11"_s, true, t0),
                                                                                      v(u"v12"_s, false, t0),
                                                                                      v(u"v13"_s, false, t0)}
                                                           << u"v9"_s;
    QTest::newRow("no dates") << QList<IamPolicyVersion>{v(u"v7"_s, false, {}), v(u"v3"_s, false, {}),
                                                         v(u"v5"_s, true, {}), v(u"v4"_s, false, {}),
                                                         v(u"v6"_s, false, {})}
                              << u"v3"_s;
    QTest::newRow("all default (broken answer)") << QList<IamPolicyVersion>{v(u"v1"_s, true, t0), v(u"v2"_s, true, t0),
                                                                            v(u"v3"_s, true, t0), v(u"v4"_s, true, t0),
                                                                            v(u"v5"_s, true, t0)}
                                                 << QString();
}

void TestIamClient::versionToDelete()
{
    QFETCH(QList<IamPolicyVersion>, versions);
    QFETCH(QString, expected);
    QCOMPARE(UpdatePolicyDocumentJob::versionToDelete(versions), expected);
}

// ---- principals and attachments --------------------------------------------------------------

void TestIamClient::listUsers_parsesUsers()
{
    m_network->enqueue(fixture(u"list_users"_s));
    auto job = run(m_client->listUsers(u"/finops/"_s));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListUsers&Version=2010-05-08&PathPrefix=%2Ffinops%2F"));
    const QList<IamUser> &users = job->result();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).name, u"alice"_s);
    QCOMPARE(users.at(0).path, u"/finops/"_s);
    QCOMPARE(users.at(0).id, u"AIDACKCEVSQ6C2EXAMPLE"_s);
    QCOMPARE(users.at(0).arn, u"arn:aws:iam::123456789012:user/finops/alice"_s);
    QCOMPARE(users.at(0).createDate, utc(2015, 1, 2, 3, 4, 5));
    QCOMPARE(users.at(0).passwordLastUsed, utc(2015, 8, 29, 9, 0, 0));
    QCOMPARE(users.at(1).name, u"bob"_s);
    QVERIFY(!users.at(1).passwordLastUsed.isValid());
}

void TestIamClient::listRoles_decodesTrustPolicy()
{
    m_network->enqueue(fixture(u"list_roles"_s));
    auto job = run(m_client->listRoles());
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListRoles&Version=2010-05-08"));
    QCOMPARE(job->result().size(), 1);
    const IamRole &role = job->result().first();
    QCOMPARE(role.name, u"mantle-runner"_s);
    QCOMPARE(role.path, u"/service-role/"_s);
    QCOMPARE(role.arn, u"arn:aws:iam::123456789012:role/service-role/mantle-runner"_s);
    QCOMPARE(role.assumeRolePolicyDocument, TrustPolicy);
    QCOMPARE(role.description, u"Runs Mantle inference"_s);
    QCOMPARE(role.maxSessionDuration, qint64(7200));
}

void TestIamClient::listGroups_parsesGroups()
{
    m_network->enqueue(fixture(u"list_groups"_s));
    auto job = run(m_client->listGroups());
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("ListGroups&Version=2010-05-08"));
    QCOMPARE(job->result().size(), 1);
    QCOMPARE(job->result().first().name, u"finops"_s);
    QCOMPARE(job->result().first().id, u"AGPACKCEVSQ6C2EXAMPLE"_s);
    QCOMPARE(job->result().first().createDate, utc(2015, 4, 5, 6, 7, 8));
}

void TestIamClient::createRole_sendsParametersAndParsesRole()
{
    m_network->enqueue(fixture(u"create_role"_s));
    IamCreateRoleRequest request;
    request.name = u"spendscope-sandbox"_s;
    request.path = u"/spendscope/"_s;
    request.assumeRolePolicyDocument = TrustPolicy;
    request.description = u"Sandbox"_s;
    request.maxSessionDuration = 3600;
    request.tags = {{u"owner"_s, u"spendscope"_s}};
    auto job = run(m_client->createRole(request));
    VERIFY_OK(job);
    VERIFY_REQUEST(0, form("CreateRole&Version=2010-05-08&Path=%2Fspendscope%2F&RoleName=spendscope-sandbox"
                           "&AssumeRolePolicyDocument=" + QUrl::toPercentEncoding(TrustPolicy)
                           + "&Description=Sandbox&MaxSessionDuration=3600&Tags.member.1.Key=owner"
                             "&Tags.member.1.Value=spendscope"));
    const IamRole &role = job->result();
    QCOMPARE(role.arn, u"arn:aws:iam::123456789012:role/spendscope/spendscope-sandbox"_s);
    QCOMPARE(role.id, u"AROAJ52OTH4H7LEXAMPLF"_s);
    QCOMPARE(role.assumeRolePolicyDocument, TrustPolicy);
    QCOMPARE(role.maxSessionDuration, qint64(3600));
    QCOMPARE(role.tags, (QList<IamTag>{{u"owner"_s, u"spendscope"_s}}));
}

void TestIamClient::attachAndDetach_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QByteArray>("body");
    const QByteArray arn = "&PolicyArn=" + EncodedArn;
    QTest::newRow("AttachRolePolicy") << 0 << u"attach_role_policy"_s
                                      << form("AttachRolePolicy&Version=2010-05-08&RoleName=mantle-runner" + arn);
    QTest::newRow("DetachRolePolicy") << 1 << u"detach_role_policy"_s
                                      << form("DetachRolePolicy&Version=2010-05-08&RoleName=mantle-runner" + arn);
    QTest::newRow("AttachUserPolicy") << 2 << u"attach_user_policy"_s
                                      << form("AttachUserPolicy&Version=2010-05-08&UserName=alice" + arn);
    QTest::newRow("DetachUserPolicy") << 3 << u"detach_user_policy"_s
                                      << form("DetachUserPolicy&Version=2010-05-08&UserName=alice" + arn);
    QTest::newRow("AttachGroupPolicy") << 4 << u"attach_group_policy"_s
                                       << form("AttachGroupPolicy&Version=2010-05-08&GroupName=finops" + arn);
    QTest::newRow("DetachGroupPolicy") << 5 << u"detach_group_policy"_s
                                       << form("DetachGroupPolicy&Version=2010-05-08&GroupName=finops" + arn);
}

void TestIamClient::attachAndDetach()
{
    QFETCH(int, operation);
    QFETCH(QString, fixtureName);
    QFETCH(QByteArray, body);
    m_network->enqueue(fixture(fixtureName));
    ApiJob<IamAcknowledgement> *job = nullptr;
    switch (operation) {
    case 0: job = m_client->attachRolePolicy(u"mantle-runner"_s, PolicyArn); break;
    case 1: job = m_client->detachRolePolicy(u"mantle-runner"_s, PolicyArn); break;
    case 2: job = m_client->attachUserPolicy(u"alice"_s, PolicyArn); break;
    case 3: job = m_client->detachUserPolicy(u"alice"_s, PolicyArn); break;
    case 4: job = m_client->attachGroupPolicy(u"finops"_s, PolicyArn); break;
    case 5: job = m_client->detachGroupPolicy(u"finops"_s, PolicyArn); break;
    }
    QVERIFY(job);
    auto owned = run(job);
    VERIFY_OK(owned);
    VERIFY_REQUEST(0, body);
    QVERIFY(owned->result().requestId.endsWith(u"-3f25-11e4-b0b0-bf9fc3aeEXAMPLE"_s));
}

void TestIamClient::listEntitiesForPolicy_mergesPages()
{
    m_network->enqueue(fixture(u"list_entities_for_policy_page1"_s));
    m_network->enqueue(fixture(u"list_entities_for_policy_page2"_s));
    auto job = run(m_client->listEntitiesForPolicy(PolicyArn));
    VERIFY_OK(job);
    const QByteArray first = form("ListEntitiesForPolicy&Version=2010-05-08&PolicyArn=" + EncodedArn);
    VERIFY_REQUEST(0, first);
    VERIFY_REQUEST(1, first + "&Marker=ZW50aXRpZXMtcGFnZS0y");
    const IamPolicyEntities &e = job->result();
    QCOMPARE(e.groups.size(), 1);
    QCOMPARE(e.groups.first().name, u"finops"_s);
    QCOMPARE(e.users.size(), 1);
    QCOMPARE(e.users.first().name, u"alice"_s);
    QCOMPARE(e.users.first().id, u"AIDACKCEVSQ6C2EXAMPLE"_s);
    QCOMPARE(e.roles.size(), 1);
    QCOMPARE(e.roles.first().name, u"mantle-runner"_s);
    QCOMPARE(e.roles.first().id, u"AROAJ52OTH4H7LEXAMPLE"_s);
}

void TestIamClient::listAttachedPolicies_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("role") << 0 << u"list_attached_role_policies"_s
                          << form("ListAttachedRolePolicies&Version=2010-05-08&RoleName=mantle-runner");
    QTest::newRow("user") << 1 << u"list_attached_user_policies"_s
                          << form("ListAttachedUserPolicies&Version=2010-05-08&UserName=alice");
    QTest::newRow("group") << 2 << u"list_attached_group_policies"_s
                           << form("ListAttachedGroupPolicies&Version=2010-05-08&GroupName=finops");
}

void TestIamClient::listAttachedPolicies()
{
    QFETCH(int, kind);
    QFETCH(QString, fixtureName);
    QFETCH(QByteArray, body);
    m_network->enqueue(fixture(fixtureName));
    ApiJob<QList<IamAttachedPolicy>> *job = kind == 0 ? m_client->listAttachedRolePolicies(u"mantle-runner"_s)
        : kind == 1                                   ? m_client->listAttachedUserPolicies(u"alice"_s)
                                                      : m_client->listAttachedGroupPolicies(u"finops"_s);
    auto owned = run(job);
    VERIFY_OK(owned);
    VERIFY_REQUEST(0, body);
    const QList<IamAttachedPolicy> &policies = owned->result();
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies.at(0).name, u"spendscope-readers"_s);
    QCOMPARE(policies.at(0).arn, PolicyArn);
    QCOMPARE(policies.at(1).arn, u"arn:aws:iam::aws:policy/AmazonBedrockMantleReadOnly"_s);
}

// ---- validation ------------------------------------------------------------------------------

using JobFactory = std::function<ApiCall *(const IamClient &)>;
Q_DECLARE_METATYPE(JobFactory)

void TestIamClient::validation_failsBeforeSending_data()
{
    QTest::addColumn<JobFactory>("makeJob");
    QTest::addColumn<QString>("messagePart");

    const auto policy = [](const QString &name, const QString &path, const QString &document) {
        return JobFactory([=](const IamClient &c) -> ApiCall * {
            IamCreatePolicyRequest r;
            r.name = name;
            r.path = path;
            r.document = document;
            return c.createPolicy(r);
        });
    };
    const QString doc = u"{}"_s;
    QTest::newRow("empty name") << policy(QString(), QString(), doc) << u"1 to 128"_s;
    QTest::newRow("name of 129") << policy(QString(129, u'a'), QString(), doc) << u"1 to 128"_s;
    QTest::newRow("name with space") << policy(u"my policy"_s, QString(), doc) << u"may only contain"_s;
    QTest::newRow("name with slash") << policy(u"a/b"_s, QString(), doc) << u"may only contain"_s;
    QTest::newRow("path without slashes") << policy(u"p"_s, u"spendscope"_s, doc) << u"slash"_s;
    QTest::newRow("path without trailing slash") << policy(u"p"_s, u"/spendscope"_s, doc) << u"slash"_s;
    QTest::newRow("path with double slash") << policy(u"p"_s, u"/a//"_s, doc) << u"slash"_s;
    QTest::newRow("document not JSON") << policy(u"p"_s, QString(), u"{\"Version\":"_s) << u"not valid JSON"_s;
    QTest::newRow("document is an array") << policy(u"p"_s, QString(), u"[]"_s) << u"JSON object"_s;
    QTest::newRow("document empty") << policy(u"p"_s, QString(), QString()) << u"empty"_s;
    QTest::newRow("document too long")
        << policy(u"p"_s, QString(), u"{\"a\":\""_s + QString(6140, u'x') + u"\"}"_s) << u"6144"_s;
    QTest::newRow("document with emoji") << policy(u"p"_s, QString(), u"{\"a\":\"\U0001F600\"}"_s) << u"U+D83D"_s;
    QTest::newRow("empty tag key") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamCreatePolicyRequest r;
        r.name = u"p"_s;
        r.document = u"{}"_s;
        r.tags = {{QString(), u"v"_s}};
        return c.createPolicy(r);
    }) << u"tag key"_s;
    QTest::newRow("51 tags") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamCreatePolicyRequest r;
        r.name = u"p"_s;
        r.document = u"{}"_s;
        for (int i = 0; i < 51; ++i)
            r.tags.append({u"k%1"_s.arg(i), u"v"_s});
        return c.createPolicy(r);
    }) << u"50 tags"_s;
    QTest::newRow("description of 1001") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamCreatePolicyRequest r;
        r.name = u"p"_s;
        r.document = u"{}"_s;
        r.description = QString(1001, u'd');
        return c.createPolicy(r);
    }) << u"1000"_s;

    const auto get = [](const QString &arn) {
        return JobFactory([=](const IamClient &c) -> ApiCall * { return c.getPolicy(arn); });
    };
    QTest::newRow("arn of a role") << get(u"arn:aws:iam::123456789012:role/x"_s) << u"policy ARN"_s;
    QTest::newRow("arn of s3") << get(u"arn:aws:s3:::bucket/policy/x"_s) << u"policy ARN"_s;
    QTest::newRow("arn short account") << get(u"arn:aws:iam::1234:policy/x"_s) << u"policy ARN"_s;
    QTest::newRow("not an arn") << get(u"spendscope-readers"_s) << u"policy ARN"_s;
    QTest::newRow("empty arn") << get(QString()) << u"policy ARN"_s;
    QTest::newRow("version without v") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.getPolicyVersion(PolicyArn, u"3"_s);
    }) << u"version id"_s;
    QTest::newRow("version v0") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.deletePolicyVersion(PolicyArn, u"v0"_s);
    }) << u"version id"_s;
    QTest::newRow("role name of 65") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.attachRolePolicy(QString(65, u'r'), PolicyArn);
    }) << u"1 to 64"_s;
    QTest::newRow("user name with colon") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.detachUserPolicy(u"a:b"_s, PolicyArn);
    }) << u"may only contain"_s;
    QTest::newRow("group with bad arn") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.attachGroupPolicy(u"finops"_s, u"arn:aws:iam::123456789012:group/finops"_s);
    }) << u"policy ARN"_s;
    QTest::newRow("policy path prefix") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamListPoliciesRequest r;
        r.pathPrefix = u"spendscope"_s;
        return c.listPolicies(r);
    }) << u"slash"_s;
    QTest::newRow("user path prefix") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.listUsers(u"finops/"_s);
    }) << u"slash"_s;
    QTest::newRow("role session too short") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamCreateRoleRequest r;
        r.name = u"r"_s;
        r.assumeRolePolicyDocument = u"{}"_s;
        r.maxSessionDuration = 60;
        return c.createRole(r);
    }) << u"3600"_s;
    QTest::newRow("role trust policy not JSON") << JobFactory([](const IamClient &c) -> ApiCall * {
        IamCreateRoleRequest r;
        r.name = u"r"_s;
        r.assumeRolePolicyDocument = u"allow all"_s;
        return c.createRole(r);
    }) << u"not valid JSON"_s;
    QTest::newRow("create version bad document") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.createPolicyVersion(PolicyArn, u"\"text\""_s, true);
    }) << u"JSON"_s;
    QTest::newRow("attached to unnamed role") << JobFactory([](const IamClient &c) -> ApiCall * {
        return c.listAttachedRolePolicies(QString());
    }) << u"1 to 64"_s;
}

void TestIamClient::validation_failsBeforeSending()
{
    QFETCH(JobFactory, makeJob);
    QFETCH(QString, messagePart);
    ApiCall *job = makeJob(*m_client);
    auto owned = run(job);
    QVERIFY(owned->isFinished());
    QCOMPARE(owned->error().kind(), AwsError::Kind::InvalidInput);
    QVERIFY2(owned->error().message().contains(messagePart), qPrintable(owned->error().message()));
    QCOMPARE(owned->attemptCount(), 0);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestIamClient::validatePolicyDocument_ignoresWhiteSpaceInLimit()
{
    // 6144 characters that count, padded with plenty of indentation: IAM accepts it.
    const QString body = QString(6144 - 8, u'x');
    const QString document = u"{\n    \"a\" :\n        \"%1\"\n}"_s.arg(body);
    QCOMPARE(document.size() > 6144, true);
    QVERIFY(!IamClient::validatePolicyDocument(document));
    QVERIFY(IamClient::validatePolicyDocument(u"{\"a\":\"x%1\"}"_s.arg(body)));
    // Latin-1 is within IAM's accepted range.
    QVERIFY(!IamClient::validatePolicyDocument(u"{\"Sid\":\"caf\u00e9\"}"_s));
}

void TestIamClient::decodePolicyDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("encoded") << u"%7B%22a%22%3A%20%22b%20c%22%7D"_s << u"{\"a\": \"b c\"}"_s;
    QTest::newRow("plus stays plus") << u"%7B%22a%22%3A%22b+c%22%7D"_s << u"{\"a\":\"b+c\"}"_s;
    QTest::newRow("utf-8") << u"%7B%22a%22%3A%22caf%C3%A9%22%7D"_s << u"{\"a\":\"caf\u00e9\"}"_s;
    QTest::newRow("plain JSON kept") << u"{\"a\":\"100%25\"}"_s << u"{\"a\":\"100%25\"}"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestIamClient::decodePolicyDocument()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(IamClient::decodePolicyDocument(text), expected);
}

// ---- errors and resilience -------------------------------------------------------------------

void TestIamClient::serviceErrors_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<AwsError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("NoSuchEntity") << u"error_no_such_entity"_s << 404 << u"NoSuchEntity"_s << AwsError::Kind::NotFound
                                  << u"does not exist"_s;
    QTest::newRow("LimitExceeded") << u"error_limit_exceeded"_s << 409 << u"LimitExceeded"_s
                                   << AwsError::Kind::LimitExceeded << u"up to 5 versions"_s;
    QTest::newRow("MalformedPolicyDocument") << u"error_malformed_policy_document"_s << 400
                                             << u"MalformedPolicyDocument"_s << AwsError::Kind::Validation
                                             << u"Syntax errors"_s;
    QTest::newRow("SignatureDoesNotMatch") << u"error_signature_does_not_match"_s << 403
                                           << u"SignatureDoesNotMatch"_s << AwsError::Kind::Authentication
                                           << u"signature we calculated"_s;
    QTest::newRow("InvalidClientTokenId") << u"error_invalid_client_token_id"_s << 403 << u"InvalidClientTokenId"_s
                                          << AwsError::Kind::Authentication << u"security token"_s;
}

void TestIamClient::serviceErrors()
{
    QFETCH(QString, fixtureName);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(AwsError::Kind, kind);
    QFETCH(QString, messagePart);
    m_network->enqueue(fixture(fixtureName));
    auto job = run(m_client->createPolicyVersion(PolicyArn, Document, true));
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().httpStatus(), status);
    QCOMPARE(job->error().code(), code);
    QCOMPARE(job->error().kind(), kind);
    QVERIFY2(job->error().message().contains(messagePart), qPrintable(job->error().message()));
    QVERIFY(job->error().requestId().endsWith(u"-3f25-11e4-b0b0-bf9fc3aeEXAMPLE"_s));
    QVERIFY(job->errorString().contains(code));
    // Client errors are final: no retry.
    QCOMPARE(m_network->requests().size(), 1);
}

void TestIamClient::throttling_isRetriedThenSucceeds()
{
    m_network->enqueue(fixture(u"error_throttling"_s));
    m_network->enqueue(fixture(u"error_throttling"_s));
    m_network->enqueue(fixture(u"get_policy"_s));
    auto job = run(m_client->getPolicy(PolicyArn));
    VERIFY_OK(job);
    QCOMPARE(job->attemptCount(), 3);
    QCOMPARE(m_network->requests().size(), 3);
    for (int i = 0; i < 3; ++i)
        VERIFY_REQUEST(i, form("GetPolicy&Version=2010-05-08&PolicyArn=" + EncodedArn));
    QCOMPARE(job->result().arn, PolicyArn);
}

void TestIamClient::throttling_givesUpAfterMaxAttempts()
{
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(fixture(u"error_throttling"_s));
    auto job = run(m_client->listPolicies());
    QCOMPARE(job->error().kind(), AwsError::Kind::Throttling);
    QCOMPARE(job->error().code(), u"Throttling"_s);
    QCOMPARE(job->error().httpStatus(), 400);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestIamClient::serverErrors_500Then503ThenSuccess()
{
    m_network->enqueue(fixture(u"error_service_failure"_s));
    m_network->enqueue(fixture(u"error_service_unavailable"_s));
    m_network->enqueue(fixture(u"list_groups"_s));
    auto job = run(m_client->listGroups());
    VERIFY_OK(job);
    QCOMPARE(m_network->requests().size(), 3);
    QCOMPARE(job->result().size(), 1);
}

void TestIamClient::serverErrors_persistent503_fails()
{
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::xml(503, QByteArray())); // a load balancer's bare 503
    auto job = run(m_client->deletePolicy(PolicyArn));
    QCOMPARE(job->error().kind(), AwsError::Kind::Service);
    QCOMPARE(job->error().httpStatus(), 503);
    QCOMPARE(job->error().code(), u"ServiceUnavailable"_s);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestIamClient::timeout_isRetriedThenFails()
{
    m_transport->setTransferTimeout(std::chrono::milliseconds(50));
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    auto job = run(m_client->getPolicy(PolicyArn));
    QCOMPARE(job->error().kind(), AwsError::Kind::Timeout);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestIamClient::timeout_thenSuccess()
{
    m_transport->setTransferTimeout(std::chrono::milliseconds(50));
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::Hang));
    m_network->enqueue(fixture(u"get_policy_version"_s));
    auto job = run(m_client->getPolicyVersion(PolicyArn, u"v2"_s));
    VERIFY_OK(job);
    QCOMPARE(job->result().document, Document);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestIamClient::connectionReset_isRetriedThenSucceeds()
{
    m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    m_network->enqueue(fixture(u"attach_role_policy"_s));
    auto job = run(m_client->attachRolePolicy(u"mantle-runner"_s, PolicyArn));
    VERIFY_OK(job);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestIamClient::connectionReset_persistent_isNetworkError()
{
    for (int i = 0; i < 3; ++i)
        m_network->enqueue(FakeResponse::failed(FakeResponse::Failure::ConnectionReset));
    auto job = run(m_client->listRoles());
    QCOMPARE(job->error().kind(), AwsError::Kind::Network);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestIamClient::malformedAnswers_data()
{
    QTest::addColumn<int>("operation"); // 0 GetPolicy, 1 ListPolicies, 2 DeletePolicy, 3 ListPolicyVersions
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("messagePart");

    const FakeResponse getPolicy = fixture(u"get_policy"_s);
    FakeResponse truncated = getPolicy;
    truncated.body.truncate(truncated.body.size() / 2);
    QTest::newRow("truncated XML") << 0 << truncated << u"ended before"_s;
    QTest::newRow("junk") << 0 << FakeResponse::xml(200, "\x89PNG\r\n\x1a\n\0\0\0") << u"not valid XML"_s;
    QTest::newRow("JSON instead of XML") << 0 << FakeResponse::json(200, R"({"Policy":{}})") << u"not valid XML"_s;
    QTest::newRow("empty body") << 0 << FakeResponse::xml(200, QByteArray()) << u"empty"_s;
    QTest::newRow("empty body on delete") << 2 << FakeResponse::xml(200, QByteArray()) << u"empty"_s;
    QTest::newRow("wrong answer") << 2 << fixture(u"delete_policy_version"_s) << u"<DeletePolicyResponse>"_s;
    QTest::newRow("no Policy element") << 0
                                       << FakeResponse::xml(200, "<GetPolicyResponse><GetPolicyResult/></GetPolicyResponse>")
                                       << u"GetPolicyResult.Policy"_s;
    QTest::newRow("policy without Arn") << 0 << patchedFixture(u"get_policy"_s,
                                                            "<Arn>arn:aws:iam::123456789012:policy/spendscope/spendscope-readers</Arn>",
                                                            "<Arn> </Arn>") << u"Arn"_s;
    QTest::newRow("count is not a number")
        << 0 << patchedFixture(u"get_policy"_s, "<AttachmentCount>2<", "<AttachmentCount>two<")
        << u"Policy.AttachmentCount"_s;
    QTest::newRow("attachable is not boolean")
        << 0 << patchedFixture(u"get_policy"_s, "<IsAttachable>true<", "<IsAttachable>1<") << u"Policy.IsAttachable"_s;
    QTest::newRow("date is not a date")
        << 0 << patchedFixture(u"get_policy"_s, "<CreateDate>2015-08-30T12:36:00Z<", "<CreateDate>last Tuesday<")
        << u"Policy.CreateDate"_s;
    QTest::newRow("count in a list is not a number")
        << 1 << patchedFixture(u"list_policies_page3"_s, "<AttachmentCount>2<", "<AttachmentCount>2.5<")
        << u"member.AttachmentCount"_s;
    QTest::newRow("IsTruncated is not boolean")
        << 1 << patchedFixture(u"list_policies_page3"_s, "<IsTruncated>false<", "<IsTruncated>no<") << u"IsTruncated"_s;
    QTest::newRow("truncated without marker")
        << 1 << patchedFixture(u"list_policies_page3"_s, "<IsTruncated>false<", "<IsTruncated>true<") << u"marker"_s;
    QTest::newRow("IsDefaultVersion is a structure")
        << 3 << patchedFixture(u"list_policy_versions_two"_s, "<IsDefaultVersion>true</IsDefaultVersion>",
                               "<IsDefaultVersion><member>true</member></IsDefaultVersion>")
        << u"member.IsDefaultVersion"_s;
}

void TestIamClient::malformedAnswers()
{
    QFETCH(int, operation);
    QFETCH(FakeResponse, response);
    QFETCH(QString, messagePart);
    m_network->enqueue(response);
    std::unique_ptr<ApiCall> job;
    switch (operation) {
    case 0: job = run<ApiCall>(m_client->getPolicy(PolicyArn)); break;
    case 1: job = run<ApiCall>(m_client->listPolicies()); break;
    case 2: job = run<ApiCall>(m_client->deletePolicy(PolicyArn)); break;
    case 3: job = run<ApiCall>(m_client->listPolicyVersions(PolicyArn)); break;
    }
    QVERIFY(job && job->isFinished());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(messagePart), qPrintable(job->error().message()));
    // A garbled answer is not retried: the service did answer, and repeating a write could repeat it.
    QCOMPARE(m_network->requests().size(), 1);
}

void TestIamClient::pagination_repeatedMarker_fails()
{
    // A server that hands out the same marker again would keep us paging forever.
    m_network->enqueue(fixture(u"list_policies_page1"_s));
    m_network->enqueue(fixture(u"list_policies_page1"_s));
    auto job = run(m_client->listPolicies());
    QCOMPARE(job->error().kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(job->error().message().contains(u"same page marker"_s), qPrintable(job->error().message()));
    QCOMPARE(m_network->requests().size(), 2);
}

void TestIamClient::missingCredentials_sendsNothing()
{
    m_transport->setCredentials(AwsCredentials());
    auto job = run(m_client->listUsers());
    QCOMPARE(job->error().kind(), AwsError::Kind::Credentials);
    QCOMPARE(m_network->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestIamClient)
#include "tst_iamclient.moc"
