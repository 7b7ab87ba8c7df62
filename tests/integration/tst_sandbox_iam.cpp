// SPDX-License-Identifier: GPL-3.0-or-later
// The production IamClient and StsClient against a SandboxAccount over real HTTP on 127.0.0.1:
// policy → role → attachment → ListEntitiesForPolicy, policy documents updated past IAM's five
// versions, the seeded per-team roles, IAM's errors, and state that survives a restart.
#include "api/iamclient.h"
#include "api/stsclient.h"
#include "api/updatepolicydocumentjob.h"
#include "iamhandler.h"
#include "sandboxaccount.h"

#include <QJsonDocument>
#include "jobrunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::IamHandler;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

namespace {

QString policyDocument(int revision)
{
    // A plain literal: moc reads "/*" inside a raw string as the start of a comment.
    return u"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Revision%1\",\"Effect\":\"Allow\",\"Action\":[\"bedrock-mantle:GetProject\",\"bedrock-mantle:CreateInference\"],\"Resource\":\"arn:aws:bedrock-mantle:us-east-1:*:project/proj_%1\"}]}"_s
        .arg(revision);
}

const QString TrustPolicy =
    uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;

bool sameJson(const QString &a, const QString &b)
{
    return QJsonDocument::fromJson(a.toUtf8()) == QJsonDocument::fromJson(b.toUtf8());
}

} // namespace

class TestSandboxIam final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policyRoleAttachment_listedAsEntities();
    void updatePolicyDocument_pastFiveVersions();
    void seededPrincipals_andManagedPolicies();
    void serviceErrors_reachTheClient();
    void restart_keepsPoliciesAndAttachments();

private:
    std::unique_ptr<SandboxAccount> startAccount(const QString &dataDirectory);
    void connectClients(const SandboxAccount &account);
    QList<IamPolicyVersion> versionsOf(const QString &arn);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<AwsTransport> m_transport;
    std::unique_ptr<IamClient> m_iam;
    std::unique_ptr<StsClient> m_sts;
};

void TestSandboxIam::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<SandboxAccount> TestSandboxIam::startAccount(const QString &dataDirectory)
{
    SandboxAccount::Options options;
    options.dataDirectory = dataDirectory;
    options.seed = 5;
    options.scale = Organisation::Scale::Small;
    auto account = std::make_unique<SandboxAccount>(options);
    QString reason;
    if (!account->start(&reason)) {
        qWarning() << "sandbox did not start:" << reason;
        return nullptr;
    }
    return account;
}

void TestSandboxIam::connectClients(const SandboxAccount &account)
{
    m_iam.reset();
    m_sts.reset();
    m_transport = std::make_unique<AwsTransport>(&m_network);
    AwsCredentials credentials;
    credentials.accessKeyId = account.connection().accessKeyId;
    credentials.secretAccessKey = account.connection().secretAccessKey;
    m_transport->setCredentials(credentials);
    m_transport->setTransferTimeout(std::chrono::seconds(30));
    EndpointConfig config;
    config.region = account.connection().region;
    config.endpointUrl = account.endpointUrl();
    m_iam = std::make_unique<IamClient>(m_transport.get(), config);
    m_sts = std::make_unique<StsClient>(m_transport.get(), config);
}

QList<IamPolicyVersion> TestSandboxIam::versionsOf(const QString &arn)
{
    auto job = Test::runJob(m_iam->listPolicyVersions(arn));
    if (job->hasError()) {
        qWarning("ListPolicyVersions failed: %s", qPrintable(job->errorString()));
        return {};
    }
    return job->result();
}

void TestSandboxIam::policyRoleAttachment_listedAsEntities()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    SPENDSCOPE_RUN_OK(identity, m_sts->getCallerIdentity());
    const QString accountId = identity->result().account;
    QCOMPARE(accountId, account->connection().accountId);

    IamCreatePolicyRequest createPolicy;
    createPolicy.name = u"mantle-project-runners"_s;
    createPolicy.path = u"/spendscope/"_s;
    createPolicy.description = u"Run inference on one project"_s;
    createPolicy.document = policyDocument(1);
    createPolicy.tags = {{u"Team"_s, u"finops ops"_s}};
    SPENDSCOPE_RUN_OK(created, m_iam->createPolicy(createPolicy));
    const QString arn = created->result().arn;
    QCOMPARE(arn, u"arn:aws:iam::%1:policy/spendscope/mantle-project-runners"_s.arg(accountId));
    QCOMPARE(created->result().defaultVersionId, u"v1"_s);
    QCOMPARE(created->result().tags, (QList<IamTag>{{u"Team"_s, u"finops ops"_s}}));

    IamCreateRoleRequest createRole;
    createRole.name = u"project-runner"_s;
    createRole.path = u"/spendscope/"_s;
    createRole.assumeRolePolicyDocument = TrustPolicy;
    createRole.description = u"Runs a project's inference"_s;
    createRole.maxSessionDuration = 7200;
    SPENDSCOPE_RUN_OK(role, m_iam->createRole(createRole));
    QCOMPARE(role->result().arn, u"arn:aws:iam::%1:role/spendscope/project-runner"_s.arg(accountId));
    QVERIFY(sameJson(role->result().assumeRolePolicyDocument, TrustPolicy));
    QCOMPARE(role->result().maxSessionDuration, qint64(7200));

    SPENDSCOPE_RUN_OK(attached, m_iam->attachRolePolicy(u"project-runner"_s, arn));
    SPENDSCOPE_RUN_OK(entities, m_iam->listEntitiesForPolicy(arn));
    QCOMPARE(entities->result().roles.size(), 1);
    QCOMPARE(entities->result().roles.first().name, u"project-runner"_s);
    QCOMPARE(entities->result().roles.first().id, role->result().id);
    QVERIFY(entities->result().users.isEmpty());
    QVERIFY(entities->result().groups.isEmpty());

    SPENDSCOPE_RUN_OK(onRole, m_iam->listAttachedRolePolicies(u"project-runner"_s));
    QCOMPARE(onRole->result().size(), 1);
    QCOMPARE(onRole->result().first().arn, arn);

    IamListPoliciesRequest local;
    local.scope = IamPolicyScope::Local;
    SPENDSCOPE_RUN_OK(listed, m_iam->listPolicies(local));
    QCOMPARE(listed->result().size(), 1);
    QCOMPARE(listed->result().first().attachmentCount, qint64(1));

    // Users and groups take the same policy.
    SPENDSCOPE_RUN_OK(user, m_iam->attachUserPolicy(account->connection().userName, arn));
    SPENDSCOPE_RUN_OK(group, m_iam->attachGroupPolicy(u"finops"_s, arn));
    SPENDSCOPE_RUN_OK(all, m_iam->listEntitiesForPolicy(arn));
    QCOMPARE(all->result().users.size(), 1);
    QCOMPARE(all->result().users.first().name, account->connection().userName);
    QCOMPARE(all->result().groups.size(), 1);
    SPENDSCOPE_RUN_OK(detachedUser, m_iam->detachUserPolicy(account->connection().userName, arn));
    SPENDSCOPE_RUN_OK(detachedGroup, m_iam->detachGroupPolicy(u"finops"_s, arn));
    SPENDSCOPE_RUN_OK(detachedRole, m_iam->detachRolePolicy(u"project-runner"_s, arn));
    SPENDSCOPE_RUN_OK(none, m_iam->listEntitiesForPolicy(arn));
    QVERIFY(none->result().roles.isEmpty() && none->result().users.isEmpty() && none->result().groups.isEmpty());
    SPENDSCOPE_RUN_OK(deleted, m_iam->deletePolicy(arn));
}

void TestSandboxIam::updatePolicyDocument_pastFiveVersions()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    IamCreatePolicyRequest request;
    request.name = u"versioned"_s;
    request.document = policyDocument(1);
    SPENDSCOPE_RUN_OK(created, m_iam->createPolicy(request));
    const QString arn = created->result().arn;

    // v2..v5 fit; from then on each update deletes the oldest non-default version first.
    const QStringList expectedDeleted = {QString(), QString(), QString(), QString(), u"v1"_s, u"v2"_s};
    for (int i = 0; i < expectedDeleted.size(); ++i) {
        const int revision = i + 2;
        SPENDSCOPE_RUN_OK(update, m_iam->updatePolicyDocument(arn, policyDocument(revision)));
        QCOMPARE(update->result().deletedVersionId, expectedDeleted.at(i));
        const QString newVersion = u"v%1"_s.arg(revision);
        QCOMPARE(update->result().createdVersion.versionId, newVersion);
        QVERIFY(update->result().createdVersion.isDefaultVersion);
        const QList<IamPolicyVersion> versions = versionsOf(arn);
        QCOMPARE(versions.size(), std::min(revision, IamClient::MaxPolicyVersions));
        for (const IamPolicyVersion &v : versions)
            QCOMPARE(v.isDefaultVersion, v.versionId == newVersion);
        SPENDSCOPE_RUN_OK(current, m_iam->getPolicyVersion(arn, newVersion));
        QVERIFY2(sameJson(current->result().document, policyDocument(revision)), qPrintable(current->result().document));
    }

    // Creating a sixth version directly is refused as IAM refuses it.
    auto sixth = Test::runJob(m_iam->createPolicyVersion(arn, policyDocument(99), true));
    QVERIFY(sixth->hasError());
    QCOMPARE(sixth->error().code(), u"LimitExceeded"_s);
    QCOMPARE(sixth->error().httpStatus(), 409);

    // With the oldest version made default again, the next update spares it.
    SPENDSCOPE_RUN_OK(rollback, m_iam->setDefaultPolicyVersion(arn, u"v3"_s));
    SPENDSCOPE_RUN_OK(update, m_iam->updatePolicyDocument(arn, policyDocument(8)));
    QCOMPARE(update->result().deletedVersionId, u"v4"_s);
    QCOMPARE(update->result().createdVersion.versionId, u"v8"_s);
    QStringList remaining;
    for (const IamPolicyVersion &v : versionsOf(arn))
        remaining.append(v.versionId);
    QCOMPARE(remaining, (QStringList{u"v8"_s, u"v7"_s, u"v6"_s, u"v5"_s, u"v3"_s}));
}

void TestSandboxIam::seededPrincipals_andManagedPolicies()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    SPENDSCOPE_RUN_OK(roles, m_iam->listRoles());
    QCOMPARE(roles->result().size(), account->organisation().teams.size());
    QStringList roleNames;
    for (const IamRole &role : roles->result())
        roleNames.append(role.name);
    for (const Organisation::Team &team : account->organisation().teams) {
        const QString expected = u"bedrock-"_s + team.name.toLower() + u"-inference"_s;
        QVERIFY2(roleNames.contains(expected), qPrintable(expected + u" in "_s + roleNames.join(u", "_s)));
    }
    SPENDSCOPE_RUN_OK(users, m_iam->listUsers());
    QCOMPARE(users->result().size(), 1);
    QCOMPARE(users->result().first().arn,
             u"arn:aws:iam::%1:user/%2"_s.arg(account->connection().accountId, account->connection().userName));
    SPENDSCOPE_RUN_OK(groups, m_iam->listGroups());
    QCOMPARE(groups->result().size(), 1);

    IamListPoliciesRequest aws;
    aws.scope = IamPolicyScope::Aws;
    SPENDSCOPE_RUN_OK(managed, m_iam->listPolicies(aws));
    QStringList names;
    for (const IamPolicy &p : managed->result())
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"AmazonBedrockMantleInferenceAccess"_s, u"AmazonBedrockMantleReadOnly"_s}));
    SPENDSCOPE_RUN_OK(document, m_iam->getPolicyVersion(IamHandler::awsManagedPolicyArn(u"AmazonBedrockMantleInferenceAccess"_s),
                                             u"v1"_s));
    QVERIFY(document->result().document.contains(u"bedrock-mantle:CreateInference"_s));

    IamListPoliciesRequest attached;
    attached.onlyAttached = true;
    SPENDSCOPE_RUN_OK(inUse, m_iam->listPolicies(attached));
    QCOMPARE(inUse->result().size(), 2);
}

void TestSandboxIam::serviceErrors_reachTheClient()
{
    auto account = startAccount({});
    QVERIFY(account);
    connectClients(*account);
    const QString missing = u"arn:aws:iam::%1:policy/not-there"_s.arg(account->connection().accountId);
    auto notFound = Test::runJob(m_iam->getPolicy(missing));
    QVERIFY(notFound->hasError());
    QCOMPARE(notFound->error().code(), u"NoSuchEntity"_s);
    QCOMPARE(notFound->error().httpStatus(), 404);

    IamCreatePolicyRequest request;
    request.name = u"twice"_s;
    request.document = policyDocument(1);
    SPENDSCOPE_RUN_OK(created, m_iam->createPolicy(request));
    auto again = Test::runJob(m_iam->createPolicy(request));
    QCOMPARE(again->error().code(), u"EntityAlreadyExists"_s);

    // A document that passes the client's checks but not IAM's grammar.
    request.name = u"no-resource"_s;
    request.document = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock-mantle:GetProject"}]})"_s;
    auto malformed = Test::runJob(m_iam->createPolicy(request));
    QCOMPARE(malformed->error().code(), u"MalformedPolicyDocument"_s);

    SPENDSCOPE_RUN_OK(roles, m_iam->listRoles());
    QVERIFY(!roles->result().isEmpty());
    SPENDSCOPE_RUN_OK(attached, m_iam->attachRolePolicy(roles->result().first().name, created->result().arn));
    auto conflict = Test::runJob(m_iam->deletePolicy(created->result().arn));
    QCOMPARE(conflict->error().code(), u"DeleteConflict"_s);
    QCOMPARE(conflict->error().httpStatus(), 409);
}

void TestSandboxIam::restart_keepsPoliciesAndAttachments()
{
    const QString dir = m_dir.filePath(u"restart"_s);
    QString arn;
    QString roleId;
    {
        auto account = startAccount(dir);
        QVERIFY(account);
        connectClients(*account);
        IamCreatePolicyRequest request;
        request.name = u"kept"_s;
        request.document = policyDocument(1);
        SPENDSCOPE_RUN_OK(created, m_iam->createPolicy(request));
        arn = created->result().arn;
        SPENDSCOPE_RUN_OK(update, m_iam->updatePolicyDocument(arn, policyDocument(2)));
        IamCreateRoleRequest role;
        role.name = u"kept-role"_s;
        role.assumeRolePolicyDocument = TrustPolicy;
        SPENDSCOPE_RUN_OK(createdRole, m_iam->createRole(role));
        roleId = createdRole->result().id;
        SPENDSCOPE_RUN_OK(attached, m_iam->attachRolePolicy(u"kept-role"_s, arn));
    }
    m_iam.reset();
    m_sts.reset();
    auto account = startAccount(dir);
    QVERIFY(account);
    connectClients(*account);
    SPENDSCOPE_RUN_OK(policy, m_iam->getPolicy(arn));
    QCOMPARE(policy->result().defaultVersionId, u"v2"_s);
    QCOMPARE(policy->result().attachmentCount, qint64(1));
    SPENDSCOPE_RUN_OK(version, m_iam->getPolicyVersion(arn, u"v1"_s));
    QVERIFY(sameJson(version->result().document, policyDocument(1)));
    SPENDSCOPE_RUN_OK(entities, m_iam->listEntitiesForPolicy(arn));
    QCOMPARE(entities->result().roles.size(), 1);
    QCOMPARE(entities->result().roles.first().id, roleId);
}

QTEST_GUILESS_MAIN(TestSandboxIam)
#include "tst_sandbox_iam.moc"
