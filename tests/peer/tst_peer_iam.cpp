// SPDX-License-Identifier: GPL-3.0-or-later
// IamClient against moto_server over real HTTP on 127.0.0.1: the policy lifecycle Spendscope's
// access flows rely on, the five-version limit, pagination and service errors.
#include "api/iamclient.h"
#include "api/updatepolicydocumentjob.h"

#include "motoserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

QString policyDocument(int revision)
{
    return uR"({"Version":"2012-10-17","Statement":[{"Sid":"Revision%1","Effect":"Allow","Action":["bedrock-mantle:GetProject","bedrock-mantle:ListProjects"],"Resource":"*"}]})"_s
        .arg(revision);
}

const QString TrustPolicy = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;

bool sameJson(const QString &a, const QString &b)
{
    return QJsonDocument::fromJson(a.toUtf8()) == QJsonDocument::fromJson(b.toUtf8());
}

} // namespace

class TestPeerIam final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void policyLifecycle_createAttachVersionDetachDelete();
    void listRoles_followsMotoPages();
    void errors_fromMoto();

private:
    template<typename J>
    std::unique_ptr<J> run(J *job);
    // Versions of `arn`, or an empty list after a failed check.
    QList<IamPolicyVersion> versionsOf(const QString &arn);

    Test::MotoServer m_moto;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::optional<IamClient> m_client;
};

void TestPeerIam::initTestCase()
{
    if (!Test::MotoServer::isInstalled())
        QSKIP("moto_server is not installed (pip install 'moto[server]')");
    QVERIFY2(m_moto.start(), qPrintable(m_moto.errorString()));
}

void TestPeerIam::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<AwsTransport>(m_network.get());
    AwsCredentials credentials;
    credentials.accessKeyId = u"testing"_s;
    credentials.secretAccessKey = u"testing"_s;
    m_transport->setCredentials(credentials);
    m_transport->setTransferTimeout(std::chrono::seconds(20));
    EndpointConfig config;
    config.endpointUrl = m_moto.url();
    m_client.emplace(m_transport.get(), config);
}

void TestPeerIam::cleanup()
{
    m_client.reset();
    m_transport.reset();
    m_network.reset();
}

template<typename J>
std::unique_ptr<J> TestPeerIam::run(J *job)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!job->isFinished())
        finished.wait(30000);
    return owned;
}

#define RUN_OK(var, call)                                                                                              \
    auto var = run(call);                                                                                              \
    QVERIFY2(var->isFinished() && !var->hasError(), qPrintable(u"" #call ": "_s + var->errorString()))

QList<IamPolicyVersion> TestPeerIam::versionsOf(const QString &arn)
{
    auto job = run(m_client->listPolicyVersions(arn));
    if (!job->isFinished() || job->hasError()) {
        qWarning("ListPolicyVersions failed: %s", qPrintable(job->errorString()));
        return {};
    }
    return job->result();
}

void TestPeerIam::policyLifecycle_createAttachVersionDetachDelete()
{
    // Create a policy and a role, attach one to the other.
    IamCreatePolicyRequest createPolicy;
    createPolicy.name = u"spendscope-peer-readers"_s;
    createPolicy.path = u"/spendscope/"_s;
    createPolicy.description = u"Read Mantle projects"_s;
    createPolicy.document = policyDocument(1);
    createPolicy.tags = {{u"team"_s, u"finops ops"_s}};
    RUN_OK(created, m_client->createPolicy(createPolicy));
    const QString arn = created->result().arn;
    QCOMPARE(arn, u"arn:aws:iam::123456789012:policy/spendscope/spendscope-peer-readers"_s);
    QCOMPARE(created->result().defaultVersionId, u"v1"_s);
    QCOMPARE(created->result().tags, (QList<IamTag>{{u"team"_s, u"finops ops"_s}}));
    QVERIFY(created->result().createDate.isValid());

    RUN_OK(fetched, m_client->getPolicy(arn));
    QCOMPARE(fetched->result().name, u"spendscope-peer-readers"_s);
    QCOMPARE(fetched->result().description, u"Read Mantle projects"_s);

    RUN_OK(firstVersion, m_client->getPolicyVersion(arn, u"v1"_s));
    QVERIFY2(sameJson(firstVersion->result().document, policyDocument(1)), qPrintable(firstVersion->result().document));

    IamCreateRoleRequest createRole;
    createRole.name = u"spendscope-peer-runner"_s;
    createRole.path = u"/spendscope/"_s;
    createRole.assumeRolePolicyDocument = TrustPolicy;
    createRole.description = u"Peer test role"_s;
    createRole.maxSessionDuration = 7200;
    RUN_OK(role, m_client->createRole(createRole));
    QCOMPARE(role->result().arn, u"arn:aws:iam::123456789012:role/spendscope/spendscope-peer-runner"_s);
    QVERIFY2(sameJson(role->result().assumeRolePolicyDocument, TrustPolicy),
             qPrintable(role->result().assumeRolePolicyDocument));
    QCOMPARE(role->result().maxSessionDuration, qint64(7200));

    RUN_OK(attached, m_client->attachRolePolicy(u"spendscope-peer-runner"_s, arn));

    RUN_OK(entities, m_client->listEntitiesForPolicy(arn));
    QCOMPARE(entities->result().roles.size(), 1);
    QCOMPARE(entities->result().roles.first().name, u"spendscope-peer-runner"_s);
    QCOMPARE(entities->result().roles.first().id, role->result().id);
    QVERIFY(entities->result().users.isEmpty());
    QVERIFY(entities->result().groups.isEmpty());

    RUN_OK(attachedToRole, m_client->listAttachedRolePolicies(u"spendscope-peer-runner"_s));
    QCOMPARE(attachedToRole->result().size(), 1);
    QCOMPARE(attachedToRole->result().first().arn, arn);

    IamListPoliciesRequest listLocal;
    listLocal.scope = IamPolicyScope::Local;
    listLocal.pathPrefix = u"/spendscope/"_s;
    RUN_OK(listed, m_client->listPolicies(listLocal));
    QCOMPARE(listed->result().size(), 1);
    QCOMPARE(listed->result().first().arn, arn);
    QCOMPARE(listed->result().first().attachmentCount, qint64(1));

    // Versions up to and past IAM's five: v2..v5 fit, then each update makes room first.
    const QStringList expectedDeleted = {QString(), QString(), QString(), QString(), u"v1"_s, u"v2"_s};
    for (int i = 0; i < expectedDeleted.size(); ++i) {
        const int revision = i + 2;
        RUN_OK(update, m_client->updatePolicyDocument(arn, policyDocument(revision)));
        QCOMPARE(update->result().deletedVersionId, expectedDeleted.at(i));
        const QString newVersion = u"v%1"_s.arg(revision);
        QCOMPARE(update->result().createdVersion.versionId, newVersion);
        QVERIFY(update->result().createdVersion.isDefaultVersion);

        const QList<IamPolicyVersion> versions = versionsOf(arn);
        QCOMPARE(versions.size(), std::min(revision, IamClient::MaxPolicyVersions));
        for (const IamPolicyVersion &v : versions)
            QCOMPARE(v.isDefaultVersion, v.versionId == newVersion);

        RUN_OK(current, m_client->getPolicyVersion(arn, newVersion));
        QVERIFY2(sameJson(current->result().document, policyDocument(revision)), qPrintable(current->result().document));
    }

    // With the oldest version (v3) made default again, the next update must spare it and delete v4.
    RUN_OK(rollback, m_client->setDefaultPolicyVersion(arn, u"v3"_s));
    RUN_OK(afterRollback, m_client->getPolicy(arn));
    QCOMPARE(afterRollback->result().defaultVersionId, u"v3"_s);
    RUN_OK(update, m_client->updatePolicyDocument(arn, policyDocument(8)));
    QCOMPARE(update->result().deletedVersionId, u"v4"_s);
    QCOMPARE(update->result().createdVersion.versionId, u"v8"_s);
    QStringList remaining;
    for (const IamPolicyVersion &v : versionsOf(arn))
        remaining.append(v.versionId);
    remaining.sort();
    QCOMPARE(remaining, (QStringList{u"v3"_s, u"v5"_s, u"v6"_s, u"v7"_s, u"v8"_s}));

    // Creating a sixth version directly is refused by the service.
    auto direct = run(m_client->createPolicyVersion(arn, policyDocument(9), false));
    QCOMPARE(direct->error().code(), u"LimitExceeded"_s);
    QCOMPARE(direct->error().httpStatus(), 409);

    // Detach, then delete: IAM wants the non-default versions gone before the policy.
    RUN_OK(detached, m_client->detachRolePolicy(u"spendscope-peer-runner"_s, arn));
    RUN_OK(noEntities, m_client->listEntitiesForPolicy(arn));
    QVERIFY(noEntities->result().roles.isEmpty());
    for (const IamPolicyVersion &v : versionsOf(arn)) {
        if (v.isDefaultVersion)
            continue;
        RUN_OK(deletedVersion, m_client->deletePolicyVersion(arn, v.versionId));
    }
    QCOMPARE(versionsOf(arn).size(), 1);
    RUN_OK(deleted, m_client->deletePolicy(arn));
    QVERIFY(!deleted->result().requestId.isEmpty());

    auto gone = run(m_client->getPolicy(arn));
    QCOMPARE(gone->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(gone->error().code(), u"NoSuchEntity"_s);
    QCOMPARE(gone->error().httpStatus(), 404);
}

void TestPeerIam::listRoles_followsMotoPages()
{
    // moto pages ListRoles at 100 roles with a Marker; 105 roles take two pages.
    constexpr int count = 105;
    for (int i = 0; i < count; ++i) {
        IamCreateRoleRequest r;
        r.name = u"spendscope-paging-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        r.path = u"/spendscope-paging/"_s;
        r.assumeRolePolicyDocument = TrustPolicy;
        RUN_OK(created, m_client->createRole(r));
    }
    RUN_OK(listed, m_client->listRoles(u"/spendscope-paging/"_s));
    QCOMPARE(listed->pageCount(), 2);
    QCOMPARE(listed->result().size(), count);
    QStringList names;
    for (const IamRole &role : listed->result())
        names.append(role.name);
    names.removeDuplicates();
    QCOMPARE(names.size(), count);

    RUN_OK(users, m_client->listUsers());
    RUN_OK(groups, m_client->listGroups());
    QVERIFY(groups->result().isEmpty());
}

void TestPeerIam::errors_fromMoto()
{
    IamCreatePolicyRequest request;
    request.name = u"spendscope-peer-duplicate"_s;
    request.document = policyDocument(1);
    RUN_OK(first, m_client->createPolicy(request));
    auto second = run(m_client->createPolicy(request));
    QCOMPARE(second->error().code(), u"EntityAlreadyExists"_s);
    QCOMPARE(second->error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(second->error().httpStatus(), 409);

    auto missing = run(m_client->getPolicy(u"arn:aws:iam::123456789012:policy/does-not-exist"_s));
    QCOMPARE(missing->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(missing->error().code(), u"NoSuchEntity"_s);

    auto noRole = run(m_client->attachRolePolicy(u"no-such-role"_s, first->result().arn));
    QCOMPARE(noRole->error().kind(), AwsError::Kind::NotFound);

    RUN_OK(cleanupPolicy, m_client->deletePolicy(first->result().arn));
}

QTEST_GUILESS_MAIN(TestPeerIam)
#include "tst_peer_iam.moc"
