// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's IAM through SandboxServer::respond() with SigV4-signed Query requests: policies
// and versions (the five-version limit), users, roles, groups, attachments, ListEntitiesForPolicy,
// IAM's errors (codes, HTTP status, ErrorResponse shape), seeding and persistence.
#include "iamhandler.h"
#include "organisation.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include "api/queryprotocol.h"
#include "aws/sigv4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

namespace {

const QString AccessKeyId = u"AKIASANDBOXTESTKEY01"_s;
const QString SecretKey = u"sandboxSecretKeyForTests0123456789abcdef"_s;
const QString AccountId = u"123456789012"_s;

QString document(int revision, const QString &action = u"bedrock-mantle:GetProject"_s)
{
    // A plain literal: moc reads "/*" inside a raw string as the start of a comment.
    return u"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Revision%1\",\"Effect\":\"Allow\",\"Action\":[\"%2\"],\"Resource\":\"arn:aws:bedrock-mantle:us-east-1:123456789012:project/*\"}]}"_s
        .arg(revision)
        .arg(action);
}

const QString TrustPolicy =
    uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;

struct Reply
{
    int status = 0;
    XmlElement root;
    QByteArray body;
    QString action;

    [[nodiscard]] const XmlElement &result() const
    {
        static const XmlElement none;
        const XmlElement *r = root.child(QString(action + u"Result"_s));
        return r ? *r : none;
    }
    [[nodiscard]] QString code() const
    {
        const XmlElement *e = root.child(u"Error");
        return e ? e->childText(u"Code") : QString();
    }
    [[nodiscard]] QString message() const
    {
        const XmlElement *e = root.child(u"Error");
        return e ? e->childText(u"Message") : QString();
    }
    [[nodiscard]] QString type() const
    {
        const XmlElement *e = root.child(u"Error");
        return e ? e->childText(u"Type") : QString();
    }
};

using Params = QList<std::pair<QString, QString>>;

struct Account
{
    explicit Account(const QString &dataDir = QString(), const Organisation *organisation = nullptr)
        : store(dataDir.isEmpty() ? SandboxStore::openInMemory() : SandboxStore::open(dataDir, false))
        , server(SandboxServer::Credentials{AccessKeyId, SecretKey, QString()})
    {
        server.setClock([this] { return now; });
        auto h = std::make_unique<IamHandler>(*store, IamHandler::Account{AccountId, u"sandbox-admin"_s});
        handler = h.get();
        QString error;
        loaded = handler->load(organisation, now, &error);
        server.addHandler(std::move(h));
    }

    // Form-encodes as our client does (RFC 3986), or as botocore does (spaces as '+') with `plus`.
    Reply call(const QString &action, const Params &params = {}, bool plus = false)
    {
        QByteArray form = "Action=" + action.toUtf8() + "&Version=2010-05-08";
        for (const auto &[key, value] : params) {
            QByteArray encoded = uriEncode(value.toUtf8());
            if (plus)
                encoded.replace("%20", "+");
            form += '&' + uriEncode(key.toUtf8()) + '=' + encoded;
        }
        HttpRequest r;
        r.method = "POST";
        r.path = "/";
        r.body = form;
        r.setHeader("host", "iam.amazonaws.com");
        r.setHeader("content-type", "application/x-www-form-urlencoded; charset=utf-8");
        SigV4::SigningParams signing;
        signing.accessKeyId = AccessKeyId;
        signing.secretAccessKey = SecretKey;
        signing.region = u"us-east-1"_s;
        signing.service = u"iam"_s;
        signing.time = now;
        SigV4::signRequest(r, signing);
        const HttpResponse response = server.respond(r);
        Reply reply;
        reply.status = response.status;
        reply.body = response.body;
        reply.action = action;
        XmlElement document;
        if (!QueryProtocol::parse(response.body, document))
            reply.root = document;
        return reply;
    }

    QString createPolicy(const QString &name, const QString &doc = document(1), const QString &path = QString())
    {
        Params p{{u"PolicyName"_s, name}, {u"PolicyDocument"_s, doc}};
        if (!path.isEmpty())
            p.append({u"Path"_s, path});
        const Reply r = call(u"CreatePolicy"_s, p);
        return r.result().child(u"Policy") ? r.result().child(u"Policy")->childText(u"Arn") : QString();
    }

    std::unique_ptr<SandboxStore> store;
    SandboxServer server;
    IamHandler *handler = nullptr;
    bool loaded = false;
    QDateTime now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
};

QString policyArn(const QString &name, const QString &path = u"/"_s)
{
    return u"arn:aws:iam::123456789012:policy"_s + path + name;
}

QStringList memberTexts(const XmlElement &result, QStringView list, QStringView field)
{
    QStringList out;
    for (const XmlElement *m : result.members(list))
        out.append(m->childText(field));
    return out;
}

void compareJson(const QString &a, const QString &b)
{
    QCOMPARE(QJsonDocument::fromJson(a.toUtf8()), QJsonDocument::fromJson(b.toUtf8()));
}

} // namespace

class TestIamHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createPolicy_getPolicyAndItsVersion();
    void listPolicies_scopesFiltersAndPages();
    void policyVersions_fiveAtMostAndDefaults();
    void deletePolicy_conflictsThenSucceeds();
    void policyDocuments_refusedAsIamDoes_data();
    void policyDocuments_refusedAsIamDoes();
    void policyParameters_validated();
    void awsManagedPolicies_documentedAndReadOnly();
    void users_createGetListAndErrors();
    void roles_trustPolicyAndSessionDuration();
    void groups_createAndList();
    void attachments_forEveryKindAndEntitiesForPolicy();
    void attachments_errors();
    void seeding_oneRolePerTeam();
    void state_survivesARestart();
    void protocol_unknownActionAndFormEncoding();
};

void TestIamHandler::createPolicy_getPolicyAndItsVersion()
{
    Account a;
    QVERIFY(a.loaded);
    Reply r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"mantle-readers"_s},
                                         {u"Path"_s, u"/spendscope/"_s},
                                         {u"Description"_s, u"Read Mantle projects"_s},
                                         {u"PolicyDocument"_s, document(1)},
                                         {u"Tags.member.1.Key"_s, u"team"_s},
                                         {u"Tags.member.1.Value"_s, u"finops ops"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("<CreatePolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"));
    QVERIFY(r.body.contains("<ResponseMetadata>"));
    const XmlElement *policy = r.result().child(u"Policy");
    QVERIFY(policy);
    const QString arn = policyArn(u"mantle-readers"_s, u"/spendscope/"_s);
    QCOMPARE(policy->childText(u"Arn"), arn);
    QCOMPARE(policy->childText(u"PolicyName"), u"mantle-readers"_s);
    QCOMPARE(policy->childText(u"Path"), u"/spendscope/"_s);
    QCOMPARE(policy->childText(u"DefaultVersionId"), u"v1"_s);
    QCOMPARE(policy->childText(u"AttachmentCount"), u"0"_s);
    QCOMPARE(policy->childText(u"IsAttachable"), u"true"_s);
    QCOMPARE(policy->childText(u"CreateDate"), u"2026-03-15T12:00:00Z"_s);
    QVERIFY(policy->childText(u"PolicyId").startsWith(u"ANPA"_s));
    QCOMPARE(policy->childText(u"PolicyId").size(), 21);
    QCOMPARE(memberTexts(*policy, u"Tags", u"Value"), QStringList{u"finops ops"_s});

    r = a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result().child(u"Policy")->childText(u"Description"), u"Read Mantle projects"_s);

    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}});
    QCOMPARE(r.status, 200);
    const XmlElement *version = r.result().child(u"PolicyVersion");
    QVERIFY(version);
    // IAM returns the document URL-encoded (RFC 3986), exactly as it was given.
    const QString encoded = version->childText(u"Document");
    QVERIFY(encoded.startsWith(u"%7B%22Version%22%3A%222012-10-17%22"_s));
    QVERIFY(!encoded.contains(u'{'));
    QCOMPARE(QUrl::fromPercentEncoding(encoded.toUtf8()), document(1));
    QCOMPARE(version->childText(u"IsDefaultVersion"), u"true"_s);

    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v2"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"NoSuchEntity"_s);
    QCOMPARE(r.message(), u"Policy %1 version v2 does not exist or is not attachable."_s.arg(arn));
    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"version2"_s}});
    QCOMPARE(r.code(), u"ValidationError"_s);

    r = a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, policyArn(u"nothing"_s)}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"NoSuchEntity"_s);
    QCOMPARE(r.type(), u"Sender"_s);
    QCOMPARE(r.message(), u"Policy arn:aws:iam::123456789012:policy/nothing was not found."_s);
    QVERIFY(r.body.startsWith("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"));
    QVERIFY(r.body.contains("<RequestId>"));

    // Names are unique regardless of case and path.
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"Mantle-Readers"_s}, {u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"EntityAlreadyExists"_s);
    QCOMPARE(r.message(), u"A policy called Mantle-Readers already exists. Duplicate names are not allowed."_s);
}

void TestIamHandler::listPolicies_scopesFiltersAndPages()
{
    Account a;
    for (int i = 0; i < 5; ++i)
        QVERIFY(!a.createPolicy(u"local-%1"_s.arg(i), document(i), i < 3 ? u"/spendscope/"_s : QString()).isEmpty());

    Reply r = a.call(u"ListPolicies"_s, {{u"Scope"_s, u"Local"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(memberTexts(r.result(), u"Policies", u"PolicyName"),
             (QStringList{u"local-0"_s, u"local-1"_s, u"local-2"_s, u"local-3"_s, u"local-4"_s}));
    QCOMPARE(r.result().childText(u"IsTruncated"), u"false"_s);
    // ListPolicies leaves out descriptions and tags, as IAM does.
    QVERIFY(!r.result().members(u"Policies").first()->hasChild(u"Description"));

    r = a.call(u"ListPolicies"_s, {{u"Scope"_s, u"AWS"_s}});
    QCOMPARE(memberTexts(r.result(), u"Policies", u"PolicyName"),
             (QStringList{u"AmazonBedrockMantleInferenceAccess"_s, u"AmazonBedrockMantleReadOnly"_s}));
    QCOMPARE(memberTexts(r.result(), u"Policies", u"Arn").first(),
             u"arn:aws:iam::aws:policy/AmazonBedrockMantleInferenceAccess"_s);
    r = a.call(u"ListPolicies"_s);
    QCOMPARE(r.result().members(u"Policies").size(), 7);

    r = a.call(u"ListPolicies"_s, {{u"Scope"_s, u"Local"_s}, {u"PathPrefix"_s, u"/spendscope/"_s}});
    QCOMPARE(r.result().members(u"Policies").size(), 3);

    // The seeded finops group and team roles use the two AWS managed policies.
    r = a.call(u"ListPolicies"_s, {{u"OnlyAttached"_s, u"true"_s}});
    QCOMPARE(memberTexts(r.result(), u"Policies", u"PolicyName"),
             (QStringList{u"AmazonBedrockMantleInferenceAccess"_s, u"AmazonBedrockMantleReadOnly"_s}));
    QCOMPARE(memberTexts(r.result(), u"Policies", u"AttachmentCount"), (QStringList{u"2"_s, u"1"_s}));

    // Pages of two, following the marker.
    QStringList names;
    QString marker;
    int pages = 0;
    do {
        Params p{{u"Scope"_s, u"Local"_s}, {u"MaxItems"_s, u"2"_s}};
        if (!marker.isEmpty())
            p.append({u"Marker"_s, marker});
        r = a.call(u"ListPolicies"_s, p);
        QCOMPARE(r.status, 200);
        names += memberTexts(r.result(), u"Policies", u"PolicyName");
        marker = r.result().childText(u"IsTruncated") == u"true" ? r.result().childText(u"Marker") : QString();
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.last(), u"local-4"_s);

    r = a.call(u"ListPolicies"_s, {{u"Scope"_s, u"Mine"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"ValidationError"_s);
    QVERIFY(r.message().contains(u"enum value set: [All, AWS, Local]"_s));
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"MaxItems"_s, u"0"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"MaxItems"_s, u"1001"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"Marker"_s, u"garbage!"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"OnlyAttached"_s, u"yes"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"PathPrefix"_s, u"spendscope"_s}}).code(), u"ValidationError"_s);
}

void TestIamHandler::policyVersions_fiveAtMostAndDefaults()
{
    Account a;
    const QString arn = a.createPolicy(u"versioned"_s);
    QVERIFY(!arn.isEmpty());
    for (int v = 2; v <= 5; ++v) {
        a.now = a.now.addSecs(60);
        const Reply r = a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn},
                                                          {u"PolicyDocument"_s, document(v)},
                                                          {u"SetAsDefault"_s, v == 4 ? u"false"_s : u"true"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.result().child(u"PolicyVersion")->childText(u"VersionId"), u"v%1"_s.arg(v));
        QCOMPARE(r.result().child(u"PolicyVersion")->childText(u"IsDefaultVersion"), v == 4 ? u"false"_s : u"true"_s);
    }
    Reply r = a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(6)}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"LimitExceeded"_s);
    QCOMPARE(r.message(), u"A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version."_s);

    r = a.call(u"ListPolicyVersions"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 200);
    QCOMPARE(memberTexts(r.result(), u"Versions", u"VersionId"),
             (QStringList{u"v5"_s, u"v4"_s, u"v3"_s, u"v2"_s, u"v1"_s}));
    QCOMPARE(memberTexts(r.result(), u"Versions", u"IsDefaultVersion"),
             (QStringList{u"true"_s, u"false"_s, u"false"_s, u"false"_s, u"false"_s}));
    QVERIFY(!r.result().members(u"Versions").first()->hasChild(u"Document"));

    r = a.call(u"DeletePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v5"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"DeleteConflict"_s);
    QCOMPARE(r.message(), u"Cannot delete the default version of a policy."_s);
    QCOMPARE(a.call(u"DeletePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}}).status, 200);
    QCOMPARE(a.call(u"DeletePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}}).code(),
             u"NoSuchEntity"_s);

    // Version numbers are not reused after a delete.
    r = a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(7)}});
    QCOMPARE(r.result().child(u"PolicyVersion")->childText(u"VersionId"), u"v6"_s);
    QCOMPARE(r.result().child(u"PolicyVersion")->childText(u"IsDefaultVersion"), u"false"_s);

    QCOMPARE(a.call(u"SetDefaultPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v3"_s}}).status, 200);
    r = a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.result().child(u"Policy")->childText(u"DefaultVersionId"), u"v3"_s);
    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v3"_s}});
    QCOMPARE(QUrl::fromPercentEncoding(r.result().child(u"PolicyVersion")->childText(u"Document").toUtf8()), document(3));

    r = a.call(u"SetDefaultPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"NoSuchEntity"_s);
    QCOMPARE(a.call(u"SetDefaultPolicyVersion"_s, {{u"PolicyArn"_s, arn}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, policyArn(u"ghost"_s)}, {u"PolicyDocument"_s, document(1)}})
                 .code(),
             u"NoSuchEntity"_s);
    QCOMPARE(a.call(u"ListPolicyVersions"_s, {{u"PolicyArn"_s, policyArn(u"ghost"_s)}}).code(), u"NoSuchEntity"_s);
}

void TestIamHandler::deletePolicy_conflictsThenSucceeds()
{
    Account a;
    const QString arn = a.createPolicy(u"doomed"_s);
    QCOMPARE(a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(2)}}).status, 200);
    QCOMPARE(a.call(u"AttachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s}, {u"PolicyArn"_s, arn}}).status, 200);

    Reply r = a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"DeleteConflict"_s);
    QCOMPARE(r.message(), u"Cannot delete a policy attached to entities."_s);
    QCOMPARE(a.call(u"DetachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    r = a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.code(), u"DeleteConflict"_s);
    QVERIFY(r.message().startsWith(u"This policy has more than one version."_s));
    QCOMPARE(a.call(u"DeletePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v2"_s}}).status, 200);
    QCOMPARE(a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, arn}}).status, 200);
    QCOMPARE(a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, arn}}).status, 404);
    QCOMPARE(a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, arn}}).code(), u"NoSuchEntity"_s);
    r = a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, u"arn:aws:iam::123456789012:role/x-not-policy"_s}});
    QCOMPARE(r.code(), u"InvalidInput"_s);
    QCOMPARE(r.message(), u"ARN arn:aws:iam::123456789012:role/x-not-policy is not valid."_s);
    QCOMPARE(a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, u"arn:short"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"DeletePolicy"_s).code(), u"ValidationError"_s);
}

void TestIamHandler::policyDocuments_refusedAsIamDoes_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString syntax = u"Syntax errors in policy."_s;
    QTest::newRow("not json") << u"{\"Version\":"_s << 400 << u"MalformedPolicyDocument"_s << syntax;
    QTest::newRow("array") << u"[1]"_s << 400 << u"MalformedPolicyDocument"_s << syntax;
    QTest::newRow("bad version")
        << uR"({"Version":"2020-01-01","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})"_s << 400
        << u"MalformedPolicyDocument"_s << u"The policy failed legacy parsing"_s;
    QTest::newRow("no statement") << uR"({"Version":"2012-10-17"})"_s << 400 << u"MalformedPolicyDocument"_s << syntax;
    QTest::newRow("unknown field") << uR"({"Version":"2012-10-17","Statement":[],"Extra":1})"_s << 400
                                   << u"MalformedPolicyDocument"_s << syntax;
    QTest::newRow("no effect") << uR"({"Version":"2012-10-17","Statement":[{"Action":"s3:*","Resource":"*"}]})"_s << 400
                               << u"MalformedPolicyDocument"_s << u"Missing required field Effect"_s;
    QTest::newRow("bad effect")
        << uR"({"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"s3:*","Resource":"*"}]})"_s << 400
        << u"MalformedPolicyDocument"_s << u"Invalid effect: Maybe"_s;
    QTest::newRow("no action") << uR"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}})"_s << 400
                               << u"MalformedPolicyDocument"_s << u"Policy statement must contain actions."_s;
    QTest::newRow("no resource") << uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]})"_s
                                 << 400 << u"MalformedPolicyDocument"_s
                                 << u"Policy statement must contain resources."_s;
    QTest::newRow("principal")
        << uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]})"_s
        << 400 << u"MalformedPolicyDocument"_s << u"Policy document should not specify a principal."_s;
    QTest::newRow("action without vendor")
        << uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"GetProject","Resource":"*"}]})"_s << 400
        << u"MalformedPolicyDocument"_s << u"Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."_s;
    QTest::newRow("resource not an arn")
        << uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"bucket"}]})"_s << 400
        << u"MalformedPolicyDocument"_s << u"Resource bucket must be in ARN format or \"*\"."_s;
    // 6,144 characters without white space at most; padding with spaces does not count.
    const QString sid = QString(6100, u'a');
    QTest::newRow("too large")
        << uR"({"Version":"2012-10-17","Statement":[{"Sid":"%1","Effect":"Allow","Action":"s3:*","Resource":"*"}]})"_s.arg(sid)
        << 409 << u"LimitExceeded"_s << u"Cannot exceed quota for PolicySize: 6144"_s;
    QTest::newRow("outside latin-1")
        << uR"({"Version":"2012-10-17","Statement":[{"Sid":"€","Effect":"Allow","Action":"s3:*","Resource":"*"}]})"_s
        << 400 << u"ValidationError"_s << QString();
}

void TestIamHandler::policyDocuments_refusedAsIamDoes()
{
    QFETCH(QString, document);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    Account a;
    Reply r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"bad"_s}, {u"PolicyDocument"_s, document}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.code(), code);
    if (!message.isEmpty())
        QCOMPARE(r.message(), message);
    QCOMPARE(a.call(u"ListPolicies"_s, {{u"Scope"_s, u"Local"_s}}).result().members(u"Policies").size(), 0);

    // CreatePolicyVersion applies the same rules.
    const QString arn = a.createPolicy(u"good"_s);
    r = a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document}});
    QCOMPARE(r.code(), code);

    // White space does not count towards the limit.
    const QString spaced = uR"({"Version":"2012-10-17",%1"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})"_s
                               .arg(QString(7000, u' '));
    QCOMPARE(a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, spaced}}).status, 200);
}

void TestIamHandler::policyParameters_validated()
{
    Account a;
    Reply r = a.call(u"CreatePolicy"_s, {{u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"ValidationError"_s);
    QCOMPARE(r.message(), u"1 validation error detected: Value null at 'policyName' failed to satisfy constraint: Member must not be null"_s);
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"bad name"_s}, {u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.code(), u"ValidationError"_s);
    QVERIFY(r.message().contains(u"Member must satisfy regular expression pattern: [\\w+=,.@-]+"_s));
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, QString(129, u'p')}, {u"PolicyDocument"_s, document(1)}});
    QVERIFY(r.message().contains(u"Member must have length less than or equal to 128"_s));
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"p"_s}, {u"Path"_s, u"/no-trailing"_s}, {u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.code(), u"ValidationError"_s);
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"p"_s}, {u"Description"_s, QString(1001, u'd')},
                                   {u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.code(), u"ValidationError"_s);
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"p"_s}, {u"PolicyDocument"_s, document(1)}});
    QCOMPARE(r.status, 200);
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"q"_s}, {u"PolicyDocument"_s, document(1)},
                                   {u"Tags.member.1.Key"_s, u"Team"_s}, {u"Tags.member.1.Value"_s, u"a"_s},
                                   {u"Tags.member.2.Key"_s, u"team"_s}, {u"Tags.member.2.Value"_s, u"b"_s}});
    QCOMPARE(r.code(), u"InvalidInput"_s);
    QCOMPARE(r.message(), u"Duplicate tag keys found. Please note that Tag keys are case insensitive."_s);
}

void TestIamHandler::awsManagedPolicies_documentedAndReadOnly()
{
    Account a;
    const QString arn = IamHandler::awsManagedPolicyArn(u"AmazonBedrockMantleReadOnly"_s);
    Reply r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject doc =
        QJsonDocument::fromJson(QUrl::fromPercentEncoding(r.result().child(u"PolicyVersion")->childText(u"Document").toUtf8())
                                    .toUtf8())
            .object();
    const QJsonArray statements = doc.value(u"Statement"_s).toArray();
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements.at(0).toObject().value(u"Action"_s).toArray(),
             (QJsonArray{u"bedrock-mantle:Get*"_s, u"bedrock-mantle:List*"_s}));
    QCOMPARE(statements.at(0).toObject().value(u"Resource"_s).toString(), u"arn:aws:bedrock-mantle:*:*:project/*"_s);
    QCOMPARE(statements.at(1).toObject().value(u"Action"_s).toString(), u"bedrock-mantle:CallWithBearerToken"_s);

    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, IamHandler::awsManagedPolicyArn(u"AmazonBedrockMantleInferenceAccess"_s)},
                                       {u"VersionId"_s, u"v1"_s}});
    QVERIFY(QUrl::fromPercentEncoding(r.result().child(u"PolicyVersion")->childText(u"Document").toUtf8())
                .contains(u"bedrock-mantle:CreateInference"_s));

    QCOMPARE(a.call(u"DeletePolicy"_s, {{u"PolicyArn"_s, arn}}).code(), u"InvalidInput"_s);
    QCOMPARE(a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(1)}}).code(),
             u"InvalidInput"_s);
    QCOMPARE(a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, u"arn:aws:iam::aws:policy/AdministratorAccess"_s}}).code(),
             u"NoSuchEntity"_s);
}

void TestIamHandler::users_createGetListAndErrors()
{
    Account a;
    Reply r = a.call(u"CreateUser"_s, {{u"UserName"_s, u"alice"_s}, {u"Path"_s, u"/analysts/"_s},
                                       {u"Tags.member.1.Key"_s, u"Team"_s}, {u"Tags.member.1.Value"_s, u"data"_s}});
    QCOMPARE(r.status, 200);
    const XmlElement *user = r.result().child(u"User");
    QCOMPARE(user->childText(u"Arn"), u"arn:aws:iam::123456789012:user/analysts/alice"_s);
    QVERIFY(user->childText(u"UserId").startsWith(u"AIDA"_s));
    QCOMPARE(memberTexts(*user, u"Tags", u"Key"), QStringList{u"Team"_s});

    r = a.call(u"GetUser"_s, {{u"UserName"_s, u"ALICE"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result().child(u"User")->childText(u"UserName"), u"alice"_s);
    // Without a name, GetUser describes the caller.
    r = a.call(u"GetUser"_s);
    QCOMPARE(r.result().child(u"User")->childText(u"Arn"), u"arn:aws:iam::123456789012:user/sandbox-admin"_s);

    r = a.call(u"ListUsers"_s);
    QCOMPARE(memberTexts(r.result(), u"Users", u"UserName"), (QStringList{u"alice"_s, u"sandbox-admin"_s}));
    r = a.call(u"ListUsers"_s, {{u"PathPrefix"_s, u"/analysts/"_s}});
    QCOMPARE(memberTexts(r.result(), u"Users", u"UserName"), QStringList{u"alice"_s});
    r = a.call(u"ListUsers"_s, {{u"MaxItems"_s, u"1"_s}});
    QCOMPARE(r.result().childText(u"IsTruncated"), u"true"_s);
    r = a.call(u"ListUsers"_s, {{u"MaxItems"_s, u"1"_s}, {u"Marker"_s, r.result().childText(u"Marker")}});
    QCOMPARE(memberTexts(r.result(), u"Users", u"UserName"), QStringList{u"sandbox-admin"_s});
    QCOMPARE(r.result().childText(u"IsTruncated"), u"false"_s);

    r = a.call(u"CreateUser"_s, {{u"UserName"_s, u"Alice"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"EntityAlreadyExists"_s);
    QCOMPARE(r.message(), u"User with name Alice already exists."_s);
    r = a.call(u"GetUser"_s, {{u"UserName"_s, u"bob"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"The user with name bob cannot be found."_s);
    QCOMPARE(a.call(u"CreateUser"_s, {{u"UserName"_s, u"bad/name"_s}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"CreateUser"_s, {{u"UserName"_s, QString(65, u'u')}}).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"CreateUser"_s).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"CreateUser"_s, {{u"UserName"_s, u"carol"_s}, {u"Path"_s, u"nopath"_s}}).code(),
             u"ValidationError"_s);
}

void TestIamHandler::roles_trustPolicyAndSessionDuration()
{
    Account a;
    Reply r = a.call(u"CreateRole"_s, {{u"RoleName"_s, u"runner"_s},
                                       {u"Path"_s, u"/spendscope/"_s},
                                       {u"AssumeRolePolicyDocument"_s, TrustPolicy},
                                       {u"Description"_s, u"Peer test role"_s},
                                       {u"MaxSessionDuration"_s, u"7200"_s}});
    QCOMPARE(r.status, 200);
    const XmlElement *role = r.result().child(u"Role");
    QCOMPARE(role->childText(u"Arn"), u"arn:aws:iam::123456789012:role/spendscope/runner"_s);
    QVERIFY(role->childText(u"RoleId").startsWith(u"AROA"_s));
    QCOMPARE(role->childText(u"MaxSessionDuration"), u"7200"_s);
    compareJson(QUrl::fromPercentEncoding(role->childText(u"AssumeRolePolicyDocument").toUtf8()), TrustPolicy);

    r = a.call(u"GetRole"_s, {{u"RoleName"_s, u"runner"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result().child(u"Role")->childText(u"Description"), u"Peer test role"_s);
    QVERIFY(r.result().child(u"Role")->hasChild(u"RoleLastUsed"));
    r = a.call(u"ListRoles"_s, {{u"PathPrefix"_s, u"/spendscope/"_s}});
    QCOMPARE(memberTexts(r.result(), u"Roles", u"RoleName"), QStringList{u"runner"_s});

    const auto create = [&a](const QString &name, const QString &trust, const QString &duration = QString()) {
        Params p{{u"RoleName"_s, name}, {u"AssumeRolePolicyDocument"_s, trust}};
        if (!duration.isEmpty())
            p.append({u"MaxSessionDuration"_s, duration});
        return a.call(u"CreateRole"_s, p);
    };
    QCOMPARE(create(u"runner"_s, TrustPolicy).code(), u"EntityAlreadyExists"_s);
    QCOMPARE(create(u"short"_s, TrustPolicy, u"60"_s).code(), u"ValidationError"_s);
    QCOMPARE(create(u"long"_s, TrustPolicy, u"86400"_s).code(), u"ValidationError"_s);
    r = create(u"with-resource"_s,
               uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]})"_s);
    QCOMPARE(r.code(), u"MalformedPolicyDocument"_s);
    QCOMPARE(r.message(), u"Has prohibited field Resource"_s);
    r = create(u"no-principal"_s, uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]})"_s);
    QCOMPARE(r.code(), u"MalformedPolicyDocument"_s);
    r = a.call(u"CreateRole"_s, {{u"RoleName"_s, u"no-trust"_s}});
    QCOMPARE(r.message(), u"1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null"_s);
    QCOMPARE(a.call(u"GetRole"_s, {{u"RoleName"_s, u"ghost"_s}}).message(), u"The role with name ghost cannot be found."_s);
    QCOMPARE(a.call(u"GetRole"_s).code(), u"ValidationError"_s);
}

void TestIamHandler::groups_createAndList()
{
    Account a;
    Reply r = a.call(u"CreateGroup"_s, {{u"GroupName"_s, u"engineering"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result().child(u"Group")->childText(u"Arn"), u"arn:aws:iam::123456789012:group/engineering"_s);
    QVERIFY(r.result().child(u"Group")->childText(u"GroupId").startsWith(u"AGPA"_s));
    r = a.call(u"ListGroups"_s);
    QCOMPARE(memberTexts(r.result(), u"Groups", u"GroupName"), (QStringList{u"engineering"_s, u"finops"_s}));
    r = a.call(u"CreateGroup"_s, {{u"GroupName"_s, u"FinOps"_s}});
    QCOMPARE(r.code(), u"EntityAlreadyExists"_s);
    QCOMPARE(r.message(), u"Group with name FinOps already exists."_s);
    QCOMPARE(a.call(u"CreateGroup"_s, {{u"GroupName"_s, QString(129, u'g')}}).code(), u"ValidationError"_s);
}

void TestIamHandler::attachments_forEveryKindAndEntitiesForPolicy()
{
    Account a;
    const QString arn = a.createPolicy(u"shared"_s);
    QCOMPARE(a.call(u"CreateUser"_s, {{u"UserName"_s, u"alice"_s}}).status, 200);
    QCOMPARE(a.call(u"CreateRole"_s, {{u"RoleName"_s, u"runner"_s}, {u"AssumeRolePolicyDocument"_s, TrustPolicy}}).status,
             200);
    QCOMPARE(a.call(u"AttachUserPolicy"_s, {{u"UserName"_s, u"alice"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    QCOMPARE(a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"runner"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    QCOMPARE(a.call(u"AttachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    // Attaching again changes nothing.
    QCOMPARE(a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"runner"_s}, {u"PolicyArn"_s, arn}}).status, 200);

    Reply r = a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.result().child(u"Policy")->childText(u"AttachmentCount"), u"3"_s);

    r = a.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 200);
    QCOMPARE(memberTexts(r.result(), u"PolicyGroups", u"GroupName"), QStringList{u"finops"_s});
    QCOMPARE(memberTexts(r.result(), u"PolicyUsers", u"UserName"), QStringList{u"alice"_s});
    QCOMPARE(memberTexts(r.result(), u"PolicyRoles", u"RoleName"), QStringList{u"runner"_s});
    QVERIFY(memberTexts(r.result(), u"PolicyRoles", u"RoleId").first().startsWith(u"AROA"_s));
    r = a.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, arn}, {u"EntityFilter"_s, u"Role"_s}});
    QVERIFY(r.result().members(u"PolicyGroups").isEmpty());
    QVERIFY(r.result().members(u"PolicyUsers").isEmpty());
    QCOMPARE(memberTexts(r.result(), u"PolicyRoles", u"RoleName"), QStringList{u"runner"_s});
    // One entity a page, across the three lists.
    QStringList names;
    QString marker;
    for (int page = 0; page < 5; ++page) {
        Params p{{u"PolicyArn"_s, arn}, {u"MaxItems"_s, u"1"_s}};
        if (!marker.isEmpty())
            p.append({u"Marker"_s, marker});
        r = a.call(u"ListEntitiesForPolicy"_s, p);
        names += memberTexts(r.result(), u"PolicyGroups", u"GroupName") + memberTexts(r.result(), u"PolicyUsers", u"UserName")
            + memberTexts(r.result(), u"PolicyRoles", u"RoleName");
        if (r.result().childText(u"IsTruncated") != u"true")
            break;
        marker = r.result().childText(u"Marker");
    }
    QCOMPARE(names, (QStringList{u"finops"_s, u"alice"_s, u"runner"_s}));

    r = a.call(u"ListAttachedRolePolicies"_s, {{u"RoleName"_s, u"runner"_s}});
    QCOMPARE(memberTexts(r.result(), u"AttachedPolicies", u"PolicyArn"), QStringList{arn});
    r = a.call(u"ListAttachedUserPolicies"_s, {{u"UserName"_s, u"alice"_s}});
    QCOMPARE(memberTexts(r.result(), u"AttachedPolicies", u"PolicyName"), QStringList{u"shared"_s});
    r = a.call(u"ListAttachedGroupPolicies"_s, {{u"GroupName"_s, u"finops"_s}});
    QCOMPARE(memberTexts(r.result(), u"AttachedPolicies", u"PolicyName"),
             (QStringList{u"AmazonBedrockMantleReadOnly"_s, u"shared"_s}));
    r = a.call(u"ListPolicies"_s, {{u"Scope"_s, u"Local"_s}, {u"OnlyAttached"_s, u"true"_s}});
    QCOMPARE(memberTexts(r.result(), u"Policies", u"PolicyName"), QStringList{u"shared"_s});

    QCOMPARE(a.call(u"DetachUserPolicy"_s, {{u"UserName"_s, u"alice"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    QCOMPARE(a.call(u"DetachRolePolicy"_s, {{u"RoleName"_s, u"runner"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    QCOMPARE(a.call(u"DetachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s}, {u"PolicyArn"_s, arn}}).status, 200);
    r = a.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, arn}});
    QVERIFY(r.result().members(u"PolicyRoles").isEmpty());
    QVERIFY(r.body.contains("<PolicyRoles/>"));
    r = a.call(u"ListAttachedUserPolicies"_s, {{u"UserName"_s, u"alice"_s}});
    QVERIFY(r.result().members(u"AttachedPolicies").isEmpty());
}

void TestIamHandler::attachments_errors()
{
    Account a;
    const QString arn = a.createPolicy(u"p"_s);
    Reply r = a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"ghost"_s}, {u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"The role with name ghost cannot be found."_s);
    r = a.call(u"AttachUserPolicy"_s, {{u"UserName"_s, u"sandbox-admin"_s}, {u"PolicyArn"_s, policyArn(u"ghost"_s)}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"Policy arn:aws:iam::123456789012:policy/ghost does not exist or is not attachable."_s);
    r = a.call(u"AttachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s}, {u"PolicyArn"_s, u"not-an-arn-at-all-really"_s}});
    QCOMPARE(r.code(), u"InvalidInput"_s);
    r = a.call(u"DetachUserPolicy"_s, {{u"UserName"_s, u"sandbox-admin"_s}, {u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.message(), u"Policy %1 was not found."_s.arg(arn));
    QCOMPARE(a.call(u"ListAttachedUserPolicies"_s, {{u"UserName"_s, u"ghost"_s}}).code(), u"NoSuchEntity"_s);
    QCOMPARE(a.call(u"ListAttachedGroupPolicies"_s).code(), u"ValidationError"_s);
    QCOMPARE(a.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, arn}, {u"EntityFilter"_s, u"Robot"_s}}).code(),
             u"ValidationError"_s);
    QCOMPARE(a.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, policyArn(u"ghost"_s)}}).code(), u"NoSuchEntity"_s);

    // At most ten managed policies per role.
    QCOMPARE(a.call(u"CreateRole"_s, {{u"RoleName"_s, u"full"_s}, {u"AssumeRolePolicyDocument"_s, TrustPolicy}}).status, 200);
    for (int i = 0; i < 10; ++i) {
        const QString p = a.createPolicy(u"p%1"_s.arg(i));
        QCOMPARE(a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"full"_s}, {u"PolicyArn"_s, p}}).status, 200);
    }
    r = a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"full"_s}, {u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"LimitExceeded"_s);
    QCOMPARE(r.message(), u"Cannot exceed quota for PoliciesPerRole: 10"_s);
}

void TestIamHandler::seeding_oneRolePerTeam()
{
    Organisation organisation;
    organisation.teams = {{u"payments"_s, u"CC-1"_s}, {u"Data Science"_s, u"CC-2"_s}};
    Account a(QString(), &organisation);
    QVERIFY(a.loaded);
    QCOMPARE(a.handler->roleNames(),
             (QStringList{u"bedrock-data-science-inference"_s, u"bedrock-payments-inference"_s}));
    Reply r = a.call(u"ListAttachedRolePolicies"_s, {{u"RoleName"_s, u"bedrock-payments-inference"_s}});
    QCOMPARE(memberTexts(r.result(), u"AttachedPolicies", u"PolicyName"),
             QStringList{u"AmazonBedrockMantleInferenceAccess"_s});
    r = a.call(u"GetRole"_s, {{u"RoleName"_s, u"bedrock-payments-inference"_s}});
    QVERIFY(QUrl::fromPercentEncoding(r.result().child(u"Role")->childText(u"AssumeRolePolicyDocument").toUtf8())
                .contains(u"arn:aws:iam::123456789012:root"_s));

    Account plain;
    QCOMPARE(plain.handler->roleNames(),
             (QStringList{u"bedrock-analytics-inference"_s, u"bedrock-platform-inference"_s}));
}

void TestIamHandler::state_survivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString arn;
    QString roleId;
    {
        Account a(dir.path());
        QVERIFY(a.loaded);
        arn = a.createPolicy(u"kept"_s, document(1), u"/spendscope/"_s);
        QCOMPARE(a.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(2)},
                                                   {u"SetAsDefault"_s, u"true"_s}})
                     .status,
                 200);
        const Reply role = a.call(u"CreateRole"_s, {{u"RoleName"_s, u"runner"_s}, {u"AssumeRolePolicyDocument"_s, TrustPolicy}});
        roleId = role.result().child(u"Role")->childText(u"RoleId");
        QCOMPARE(a.call(u"AttachRolePolicy"_s, {{u"RoleName"_s, u"runner"_s}, {u"PolicyArn"_s, arn}}).status, 200);
        // Seeded entities deleted by the user stay deleted: here, a detached seed attachment.
        QCOMPARE(a.call(u"DetachGroupPolicy"_s, {{u"GroupName"_s, u"finops"_s},
                                                 {u"PolicyArn"_s, IamHandler::awsManagedPolicyArn(u"AmazonBedrockMantleReadOnly"_s)}})
                     .status,
                 200);
    }
    Account b(dir.path());
    QVERIFY(b.loaded);
    Reply r = b.call(u"GetPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.result().child(u"Policy")->childText(u"DefaultVersionId"), u"v2"_s);
    QCOMPARE(r.result().child(u"Policy")->childText(u"AttachmentCount"), u"1"_s);
    r = b.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"VersionId"_s, u"v1"_s}});
    QCOMPARE(QUrl::fromPercentEncoding(r.result().child(u"PolicyVersion")->childText(u"Document").toUtf8()), document(1));
    r = b.call(u"ListEntitiesForPolicy"_s, {{u"PolicyArn"_s, arn}});
    QCOMPARE(memberTexts(r.result(), u"PolicyRoles", u"RoleId"), QStringList{roleId});
    r = b.call(u"ListAttachedGroupPolicies"_s, {{u"GroupName"_s, u"finops"_s}});
    QVERIFY(r.result().members(u"AttachedPolicies").isEmpty());
    // The next version continues the numbering.
    r = b.call(u"CreatePolicyVersion"_s, {{u"PolicyArn"_s, arn}, {u"PolicyDocument"_s, document(3)}});
    QCOMPARE(r.result().child(u"PolicyVersion")->childText(u"VersionId"), u"v3"_s);
    // A new entity gets an id unlike any earlier one.
    r = b.call(u"CreateRole"_s, {{u"RoleName"_s, u"second"_s}, {u"AssumeRolePolicyDocument"_s, TrustPolicy}});
    QVERIFY(r.result().child(u"Role")->childText(u"RoleId") != roleId);
}

void TestIamHandler::protocol_unknownActionAndFormEncoding()
{
    Account a;
    Reply r = a.call(u"DeleteEverything"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"InvalidAction"_s);
    QCOMPARE(r.message(), u"Could not find operation DeleteEverything for version 2010-05-08"_s);

    // botocore encodes spaces as '+': the document and description arrive intact.
    const QString spaced = uR"({ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" } ] })"_s;
    r = a.call(u"CreatePolicy"_s, {{u"PolicyName"_s, u"spaced"_s}, {u"Description"_s, u"with spaces + plus"_s},
                                   {u"PolicyDocument"_s, spaced}},
               true);
    QCOMPARE(r.status, 200);
    r = a.call(u"GetPolicy"_s, {{u"PolicyArn"_s, policyArn(u"spaced"_s)}});
    QCOMPARE(r.result().child(u"Policy")->childText(u"Description"), u"with spaces + plus"_s);
    r = a.call(u"GetPolicyVersion"_s, {{u"PolicyArn"_s, policyArn(u"spaced"_s)}, {u"VersionId"_s, u"v1"_s}});
    QCOMPARE(QUrl::fromPercentEncoding(r.result().child(u"PolicyVersion")->childText(u"Document").toUtf8()), spaced);
}

QTEST_GUILESS_MAIN(TestIamHandler)
#include "tst_iamhandler.moc"
