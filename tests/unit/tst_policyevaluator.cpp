// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/policyevaluator.h"
#include "domain/project.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::PolicyDocument;
using Spendscope::PolicyEvaluator;
using Spendscope::Project;
using Spendscope::TagSet;
using Decision = PolicyEvaluator::Decision;

namespace {

// Raw strings split "/*" (R"(…/)" "*" R"(…)"): AutoMoc's scanner would take it for the start of a
// comment and miss Q_OBJECT.

const QString ProjectA = u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_a"_s;
const QString ProjectB = u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_b"_s;
const QString OtherAccount = u"arn:aws:bedrock-mantle:us-east-1:999999999999:project/proj_a"_s;

QByteArray allow(const char *action, const char *resource, const char *condition = nullptr, const char *sid = "A")
{
    QByteArray s = QByteArray(R"({"Version":"2012-10-17","Statement":[{"Sid":")") + sid + R"(","Effect":"Allow","Action":)"
        + action + R"(,"Resource":)" + resource;
    if (condition)
        s += QByteArray(R"(,"Condition":)") + condition;
    return s + "}]}";
}

QByteArray deny(const char *action, const char *resource, const char *condition = nullptr, const char *sid = "D")
{
    return allow(action, resource, condition, sid).replace("\"Allow\"", "\"Deny\"");
}

QByteArray statements(const char *list)
{
    return QByteArray(R"({"Version":"2012-10-17","Statement":)") + list + "}";
}

// The managed policies as the reference describes them.
const QByteArray InferenceAccess = statements(
    R"([{"Sid":"Projects","Effect":"Allow","Action":["bedrock-mantle:Get*","bedrock-mantle:List*","bedrock-mantle:CreateInference"],)"
    R"("Resource":"arn:aws:bedrock-mantle:*:*:project/)" "*" R"("},)"
    R"({"Sid":"Bearer","Effect":"Allow","Action":"bedrock-mantle:CallWithBearerToken","Resource":"*"}])");
const QByteArray ReadOnly = statements(
    R"([{"Sid":"Projects","Effect":"Allow","Action":["bedrock-mantle:Get*","bedrock-mantle:List*"],)"
    R"("Resource":"arn:aws:bedrock-mantle:*:*:project/)" "*" R"("},)"
    R"({"Sid":"Bearer","Effect":"Allow","Action":"bedrock-mantle:CallWithBearerToken","Resource":"*"}])");

TagSet tags(const QStringList &pairs)
{
    TagSet set;
    for (const QString &p : pairs) {
        const qsizetype eq = p.indexOf(u'=');
        set.insert(p.left(eq), p.mid(eq + 1));
    }
    return set;
}

} // namespace

class TestPolicyEvaluator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void evaluate_projectRequest_usesArnAndTags();
    void evaluate_reportsFirstAllowButAnyDenyWins();
    void explanation_namesPolicyAndStatement();
    void matchesWildcard_data();
    void matchesWildcard();
};

void TestPolicyEvaluator::evaluate_data()
{
    QTest::addColumn<QList<QByteArray>>("policies"); // named p1, p2, ...
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("resourceTags"); // key=value
    QTest::addColumn<QStringList>("requestTags");
    QTest::addColumn<QStringList>("context"); // key=value1|value2
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("decidedBy"); // policy/statement

    const QString get = u"bedrock-mantle:GetProject"_s;
    const QString infer = u"bedrock-mantle:CreateInference"_s;
    const QString create = u"bedrock-mantle:CreateProject"_s;
    const QString tag = u"bedrock-mantle:TagResource"_s;
    const int A = static_cast<int>(Decision::Allow);
    const int I = static_cast<int>(Decision::ImplicitDeny);
    const int X = static_cast<int>(Decision::ExplicitDeny);
    const QStringList none;
    const QStringList alpha{u"Team=Alpha"_s};

    // Basics
    QTest::newRow("no policies") << QList<QByteArray>{} << get << ProjectA << none << none << none << I << QString();
    QTest::newRow("exact allow") << QList{allow(R"("bedrock-mantle:GetProject")", "\"*\"")} << get << ProjectA << none
                                 << none << none << A << u"p1/A"_s;
    QTest::newRow("other action") << QList{allow(R"("bedrock-mantle:GetProject")", "\"*\"")} << infer << ProjectA
                                  << none << none << none << I << QString();
    QTest::newRow("deny overrides allow") << QList{allow(R"("bedrock-mantle:*")", "\"*\""),
                                                   deny(R"("bedrock-mantle:CreateInference")", "\"*\"")}
                                          << infer << ProjectA << none << none << none << X << u"p2/D"_s;
    QTest::newRow("deny first, allow later") << QList{deny(R"("*")", "\"*\""), allow(R"("*")", "\"*\"")} << get
                                             << ProjectA << none << none << none << X << u"p1/D"_s;
    QTest::newRow("multiple policies, second allows")
        << QList{allow(R"("bedrock-mantle:GetProject")", "\"*\""), allow(R"("bedrock-mantle:CreateInference")", "\"*\"", nullptr, "Infer")}
        << infer << ProjectA << none << none << none << A << u"p2/Infer"_s;

    // Action wildcards and case
    QTest::newRow("Get* matches GetProject") << QList{allow(R"("bedrock-mantle:Get*")", "\"*\"")} << get << ProjectA
                                             << none << none << none << A << u"p1/A"_s;
    QTest::newRow("Get* misses CreateInference") << QList{allow(R"("bedrock-mantle:Get*")", "\"*\"")} << infer
                                                 << ProjectA << none << none << none << I << QString();
    QTest::newRow("* matches anything") << QList{allow(R"("*")", "\"*\"")} << create << u"*"_s << none << none
                                        << none << A << u"p1/A"_s;
    QTest::newRow("? matches one character") << QList{allow(R"("bedrock-mantle:GetProjec?")", "\"*\"")} << get
                                             << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("? needs a character") << QList{allow(R"("bedrock-mantle:GetProject?")", "\"*\"")} << get
                                         << ProjectA << none << none << none << I << QString();
    QTest::newRow("action case-insensitive") << QList{allow(R"("BEDROCK-MANTLE:getproject")", "\"*\"")} << get
                                             << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("other service") << QList{allow(R"("bedrock:*")", "\"*\"")} << get << ProjectA << none << none
                                   << none << I << QString();

    // Resources
    QTest::newRow("project/* wildcard")
        << QList{allow(R"("bedrock-mantle:GetProject")", R"("arn:aws:bedrock-mantle:*:123456789012:project/)" "*" R"(")")}
        << get << ProjectB << none << none << none << A << u"p1/A"_s;
    QTest::newRow("project/* other account")
        << QList{allow(R"("bedrock-mantle:GetProject")", R"("arn:aws:bedrock-mantle:*:123456789012:project/)" "*" R"(")")}
        << get << OtherAccount << none << none << none << I << QString();
    QTest::newRow("resource case-sensitive")
        << QList{allow(R"("bedrock-mantle:GetProject")", R"("arn:aws:bedrock-mantle:us-east-1:123456789012:project/PROJ_A")")}
        << get << ProjectA << none << none << none << I << QString();
    QTest::newRow("resource list")
        << QList{allow(R"("bedrock-mantle:*")", QByteArray("[\"" + ProjectA.toUtf8() + "\",\"" + ProjectB.toUtf8() + "\"]").constData())}
        << infer << ProjectB << none << none << none << A << u"p1/A"_s;

    // NotAction / NotResource
    QTest::newRow("NotAction allows the rest")
        << QList{statements(R"({"Sid":"N","Effect":"Allow","NotAction":"bedrock-mantle:CreateProject","Resource":"*"})")}
        << get << ProjectA << none << none << none << A << u"p1/N"_s;
    QTest::newRow("NotAction excludes its action")
        << QList{statements(R"({"Sid":"N","Effect":"Allow","NotAction":"bedrock-mantle:Create*","Resource":"*"})")}
        << create << u"*"_s << none << none << none << I << QString();
    QTest::newRow("NotResource deny hits other projects")
        << QList{allow(R"("*")", "\"*\""),
                 statements(QByteArray(R"({"Sid":"OnlyA","Effect":"Deny","Action":"*","NotResource":")" + ProjectA.toUtf8() + "\"}").constData())}
        << infer << ProjectB << none << none << none << X << u"p2/OnlyA"_s;
    QTest::newRow("NotResource deny spares its project")
        << QList{allow(R"("*")", "\"*\""),
                 statements(QByteArray(R"({"Sid":"OnlyA","Effect":"Deny","Action":"*","NotResource":")" + ProjectA.toUtf8() + "\"}").constData())}
        << infer << ProjectA << none << none << none << A << u"p1/A"_s;

    // aws:ResourceTag
    const char *teamAlpha = R"({"StringEquals":{"aws:ResourceTag/Team":"Alpha"}})";
    QTest::newRow("ResourceTag matches") << QList{allow(R"("bedrock-mantle:CreateInference")", "\"*\"", teamAlpha)}
                                         << infer << ProjectA << alpha << none << none << A << u"p1/A"_s;
    QTest::newRow("ResourceTag other value") << QList{allow(R"("bedrock-mantle:CreateInference")", "\"*\"", teamAlpha)}
                                             << infer << ProjectA << QStringList{u"Team=Beta"_s} << none << none << I
                                             << QString();
    QTest::newRow("ResourceTag value case-sensitive")
        << QList{allow(R"("bedrock-mantle:CreateInference")", "\"*\"", teamAlpha)} << infer << ProjectA
        << QStringList{u"Team=alpha"_s} << none << none << I << QString();
    QTest::newRow("ResourceTag key case-insensitive")
        << QList{allow(R"("bedrock-mantle:CreateInference")", "\"*\"", teamAlpha)} << infer << ProjectA
        << QStringList{u"team=Alpha"_s} << none << none << A << u"p1/A"_s;
    QTest::newRow("ResourceTag absent") << QList{allow(R"("bedrock-mantle:CreateInference")", "\"*\"", teamAlpha)}
                                        << infer << ProjectA << none << none << none << I << QString();
    QTest::newRow("StringEqualsIgnoreCase")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEqualsIgnoreCase":{"aws:ResourceTag/Team":"ALPHA"}})")} << infer
        << ProjectA << alpha << none << none << A << u"p1/A"_s;
    QTest::newRow("StringLike tag") << QList{allow(R"("*")", "\"*\"", R"({"StringLike":{"aws:ResourceTag/Team":["Al*","Be?a"]}})")}
                                    << infer << ProjectA << QStringList{u"Team=Beta"_s} << none << none << A << u"p1/A"_s;
    QTest::newRow("StringNotLike tag") << QList{allow(R"("*")", "\"*\"", R"({"StringNotLike":{"aws:ResourceTag/Team":"Al*"}})")}
                                       << infer << ProjectA << alpha << none << none << I << QString();
    QTest::newRow("StringNotEquals absent key holds")
        << QList{deny(R"("*")", "\"*\"", R"({"StringNotEquals":{"aws:ResourceTag/Team":"Alpha"}})"), allow(R"("*")", "\"*\"")}
        << infer << ProjectA << none << none << none << X << u"p1/D"_s;
    QTest::newRow("IfExists absent tag allows")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEqualsIfExists":{"aws:ResourceTag/Team":"Alpha"}})")} << infer
        << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("IfExists present tag must match")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEqualsIfExists":{"aws:ResourceTag/Team":"Alpha"}})")} << infer
        << ProjectA << QStringList{u"Team=Beta"_s} << none << none << I << QString();
    QTest::newRow("two keys are ANDed")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEquals":{"aws:ResourceTag/Team":"Alpha","aws:ResourceTag/Env":"prod"}})")}
        << infer << ProjectA << alpha << none << none << I << QString();
    QTest::newRow("two keys both match")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEquals":{"aws:ResourceTag/Team":"Alpha","aws:ResourceTag/Env":"prod"}})")}
        << infer << ProjectA << QStringList{u"Team=Alpha"_s, u"Env=prod"_s} << none << none << A << u"p1/A"_s;

    // Null
    const char *untagged = R"({"Null":{"aws:ResourceTag/Team":"true"}})";
    QTest::newRow("Null true on untagged project denies")
        << QList{allow(R"("*")", "\"*\""), deny(R"("bedrock-mantle:CreateInference")", "\"*\"", untagged, "Untagged")}
        << infer << ProjectA << none << none << none << X << u"p2/Untagged"_s;
    QTest::newRow("Null true on tagged project")
        << QList{allow(R"("*")", "\"*\""), deny(R"("bedrock-mantle:CreateInference")", "\"*\"", untagged, "Untagged")}
        << infer << ProjectA << alpha << none << none << A << u"p1/A"_s;
    QTest::newRow("Null false needs the key")
        << QList{allow(R"("*")", "\"*\"", R"({"Null":{"aws:RequestTag/Team":"false"}})")} << tag << ProjectA << none
        << QStringList{u"Team=Alpha"_s} << none << A << u"p1/A"_s;
    QTest::newRow("Null false without the key")
        << QList{allow(R"("*")", "\"*\"", R"({"Null":{"aws:RequestTag/Team":"false"}})")} << tag << ProjectA << none
        << none << none << I << QString();

    // aws:RequestTag and aws:TagKeys
    QTest::newRow("RequestTag matches")
        << QList{allow(R"("bedrock-mantle:TagResource")", "\"*\"", R"({"StringEquals":{"aws:RequestTag/Team":"Alpha"}})")}
        << tag << ProjectA << none << QStringList{u"Team=Alpha"_s} << none << A << u"p1/A"_s;
    const char *anyTeamOwner = R"({"ForAnyValue:StringEquals":{"aws:TagKeys":["Team","Owner"]}})";
    QTest::newRow("ForAnyValue one key matches") << QList{allow(R"("*")", "\"*\"", anyTeamOwner)} << tag << ProjectA
                                                 << none << QStringList{u"Team=A"_s, u"Env=x"_s} << none << A << u"p1/A"_s;
    QTest::newRow("ForAnyValue no key matches") << QList{allow(R"("*")", "\"*\"", anyTeamOwner)} << tag << ProjectA
                                                << none << QStringList{u"Env=x"_s} << none << I << QString();
    QTest::newRow("ForAnyValue without tags") << QList{allow(R"("*")", "\"*\"", anyTeamOwner)} << tag << ProjectA
                                              << none << none << none << I << QString();
    const char *allTeamOwner = R"({"ForAllValues:StringEquals":{"aws:TagKeys":["Team","Owner"]}})";
    QTest::newRow("ForAllValues all keys allowed") << QList{allow(R"("*")", "\"*\"", allTeamOwner)} << tag << ProjectA
                                                   << none << QStringList{u"Team=A"_s, u"Owner=b"_s} << none << A
                                                   << u"p1/A"_s;
    QTest::newRow("ForAllValues one key outside") << QList{allow(R"("*")", "\"*\"", allTeamOwner)} << tag << ProjectA
                                                  << none << QStringList{u"Team=A"_s, u"Env=b"_s} << none << I
                                                  << QString();
    QTest::newRow("ForAllValues without tags holds") << QList{allow(R"("*")", "\"*\"", allTeamOwner)} << tag
                                                     << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("ForAnyValue StringLike")
        << QList{deny(R"("*")", "\"*\"", R"({"ForAnyValue:StringLike":{"aws:TagKeys":"aws*"}})"), allow(R"("*")", "\"*\"")}
        << tag << ProjectA << none << QStringList{u"awsome=1"_s} << none << X << u"p1/D"_s;

    // Without a set qualifier, a positive operator needs one matching value, a negated one none.
    QTest::newRow("StringEquals on TagKeys, one matches")
        << QList{allow(R"("*")", "\"*\"", R"({"StringEquals":{"aws:TagKeys":"Team"}})")} << tag << ProjectA << none
        << QStringList{u"Team=A"_s, u"Env=x"_s} << none << A << u"p1/A"_s;
    QTest::newRow("StringNotEquals on TagKeys, one matches")
        << QList{allow(R"("*")", "\"*\"", R"({"StringNotEquals":{"aws:TagKeys":["Team","Owner"]}})")} << tag << ProjectA
        << none << QStringList{u"Team=A"_s, u"Env=x"_s} << none << I << QString();
    QTest::newRow("StringNotEquals on TagKeys, none matches")
        << QList{allow(R"("*")", "\"*\"", R"({"StringNotEquals":{"aws:TagKeys":["Team","Owner"]}})")} << tag << ProjectA
        << none << QStringList{u"Env=x"_s, u"Cost=1"_s} << none << A << u"p1/A"_s;

    // bedrock-mantle:ProjectArn, other context keys, unknown keys
    QTest::newRow("ProjectArn ArnLike")
        << QList{allow(R"("*")", "\"*\"", R"({"ArnLike":{"bedrock-mantle:ProjectArn":"arn:aws:bedrock-mantle:*:123456789012:project/proj_*"}})")}
        << infer << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("ProjectArn ArnEquals other account")
        << QList{allow(R"("*")", "\"*\"", R"({"ArnEquals":{"bedrock-mantle:ProjectArn":"arn:aws:bedrock-mantle:*:123456789012:project/)" "*" R"("}})")}
        << infer << OtherAccount << none << none << none << I << QString();
    QTest::newRow("ProjectArn absent for account actions")
        << QList{allow(R"("*")", "\"*\"", R"({"ArnLike":{"bedrock-mantle:ProjectArn":"*"}})")} << create << u"*"_s
        << none << none << none << I << QString();
    const char *retention = R"({"StringNotEquals":{"bedrock-mantle:DataRetentionMode":"none"}})";
    QTest::newRow("SCP retention default denied")
        << QList{allow(R"("*")", "\"*\""), deny(R"(["bedrock-mantle:CreateProject","bedrock-mantle:UpdateProject"])", "\"*\"", retention)}
        << create << u"*"_s << none << none << QStringList{u"bedrock-mantle:DataRetentionMode=default"_s} << X << u"p2/D"_s;
    QTest::newRow("SCP retention none allowed")
        << QList{allow(R"("*")", "\"*\""), deny(R"(["bedrock-mantle:CreateProject","bedrock-mantle:UpdateProject"])", "\"*\"", retention)}
        << create << u"*"_s << none << none << QStringList{u"bedrock-mantle:DataRetentionMode=none"_s} << A << u"p1/A"_s;
    QTest::newRow("Bool context key") << QList{allow(R"("*")", "\"*\"", R"({"Bool":{"aws:SecureTransport":true}})")}
                                      << get << ProjectA << none << none << QStringList{u"aws:SecureTransport=TRUE"_s} << A
                                      << u"p1/A"_s;
    QTest::newRow("unknown key never matches allow")
        << QList{allow(R"("*")", "\"*\"", R"({"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}})")} << get << ProjectA << none
        << none << none << I << QString();
    QTest::newRow("unknown key never matches deny")
        << QList{allow(R"("*")", "\"*\""), deny(R"("*")", "\"*\"", R"({"StringNotEquals":{"aws:PrincipalTag/Team":"x"}})")}
        << get << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("unknown key under Null") << QList{allow(R"("*")", "\"*\"", R"({"Null":{"aws:SourceVpc":"true"}})")}
                                            << get << ProjectA << none << none << none << I << QString();
    QTest::newRow("IpAddress from context")
        << QList{allow(R"("*")", "\"*\"", R"({"IpAddress":{"aws:SourceIp":["192.0.2.0/24","10.0.0.0/8"]}})")} << get
        << ProjectA << none << none << QStringList{u"aws:SourceIp=10.1.2.3"_s} << A << u"p1/A"_s;
    QTest::newRow("NumericLessThan from context")
        << QList{allow(R"("*")", "\"*\"", R"({"NumericLessThan":{"aws:MultiFactorAuthAge":3600}})")} << get << ProjectA
        << none << none << QStringList{u"aws:MultiFactorAuthAge=7200"_s} << I << QString();

    // Managed and documented policies from the reference
    QTest::newRow("InferenceAccess: CreateInference") << QList{InferenceAccess} << infer << ProjectA << none << none
                                                      << none << A << u"p1/Projects"_s;
    QTest::newRow("InferenceAccess: bearer token") << QList{InferenceAccess}
                                                   << u"bedrock-mantle:CallWithBearerToken"_s << u"*"_s << none << none
                                                   << none << A << u"p1/Bearer"_s;
    QTest::newRow("InferenceAccess: no CreateProject") << QList{InferenceAccess} << create << u"*"_s << none << none
                                                       << none << I << QString();
    QTest::newRow("InferenceAccess: no ArchiveProject") << QList{InferenceAccess} << u"bedrock-mantle:ArchiveProject"_s
                                                        << ProjectA << none << none << none << I << QString();
    QTest::newRow("ReadOnly: GetProject") << QList{ReadOnly} << get << ProjectB << none << none << none << A
                                          << u"p1/Projects"_s;
    QTest::newRow("ReadOnly: no inference") << QList{ReadOnly} << infer << ProjectA << none << none << none << I
                                            << QString();
    // List* is granted on project/*, which a ListProjects call (no project ARN) never matches.
    QTest::newRow("ReadOnly: ListProjects on *") << QList{ReadOnly} << u"bedrock-mantle:ListProjects"_s << u"*"_s
                                                 << none << none << none << I << QString();
    QTest::newRow("doc example: deny CreateProject")
        << QList{allow(R"("bedrock-mantle:*")", "\"*\""), deny(R"("bedrock-mantle:CreateProject")", "\"*\"", nullptr, "DenyCreate")}
        << create << u"*"_s << none << none << none << X << u"p2/DenyCreate"_s;
    QTest::newRow("doc example: full access to one project")
        << QList{allow(R"("bedrock-mantle:*")", QByteArray("\"" + ProjectA.toUtf8() + "\"").constData())}
        << u"bedrock-mantle:UpdateProject"_s << ProjectA << none << none << none << A << u"p1/A"_s;
    QTest::newRow("doc example: full access, other project")
        << QList{allow(R"("bedrock-mantle:*")", QByteArray("\"" + ProjectA.toUtf8() + "\"").constData())}
        << u"bedrock-mantle:UpdateProject"_s << ProjectB << none << none << none << I << QString();
    QTest::newRow("no Sid: labelled by position")
        << QList{statements(R"([{"Effect":"Allow","Action":"a:b","Resource":"*"},{"Effect":"Allow","Action":"*","Resource":"*"}])")}
        << get << ProjectA << none << none << none << A << u"p1/#2"_s;
}

void TestPolicyEvaluator::evaluate()
{
    QFETCH(QList<QByteArray>, policies);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QStringList, resourceTags);
    QFETCH(QStringList, requestTags);
    QFETCH(QStringList, context);
    QFETCH(int, decision);
    QFETCH(QString, decidedBy);

    QList<PolicyEvaluator::Policy> named;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        PolicyDocument::ParseError error;
        const auto doc = PolicyDocument::fromJson(policies.at(i), &error);
        QVERIFY2(doc, qPrintable(error.message() + u'\n' + QString::fromUtf8(policies.at(i))));
        named.append({u"p%1"_s.arg(i + 1), *doc});
    }
    PolicyEvaluator::Request request;
    request.action = action;
    request.resource = resource;
    request.resourceTags = tags(resourceTags);
    request.requestTags = tags(requestTags);
    for (const QString &entry : context) {
        const qsizetype eq = entry.indexOf(u'=');
        request.context.insert(entry.left(eq), entry.mid(eq + 1).split(u'|'));
    }

    const PolicyEvaluator::Result result = PolicyEvaluator(named).evaluate(request);
    QCOMPARE(static_cast<int>(result.decision), decision);
    const QString by = result.policyName.isEmpty() ? QString() : result.policyName + u'/' + result.statementLabel();
    QCOMPARE(by, decidedBy);
    QVERIFY(!result.explanation().isEmpty());
}

void TestPolicyEvaluator::evaluate_projectRequest_usesArnAndTags()
{
    Project project;
    project.setId(u"proj_a"_s);
    project.setArn(ProjectA);
    project.setTags(TagSet{{u"Team"_s, u"Alpha"_s}});
    const auto doc = PolicyDocument::fromJson(allow(R"("bedrock-mantle:CreateInference")", R"("arn:aws:bedrock-mantle:*:*:project/)" "*" R"(")",
                                                    R"({"StringEquals":{"aws:ResourceTag/Team":"Alpha"}})"));
    QVERIFY(doc);
    const PolicyEvaluator evaluator({{u"TeamAlpha"_s, *doc}});
    const auto request = PolicyEvaluator::projectRequest(u"bedrock-mantle:CreateInference"_s, project);
    QCOMPARE(request.resource, ProjectA);
    QCOMPARE(evaluator.evaluate(request).decision, Decision::Allow);
    project.setTags(TagSet{{u"Team"_s, u"Beta"_s}});
    QCOMPARE(evaluator.evaluate(PolicyEvaluator::projectRequest(u"bedrock-mantle:CreateInference"_s, project)).decision,
             Decision::ImplicitDeny);
}

void TestPolicyEvaluator::evaluate_reportsFirstAllowButAnyDenyWins()
{
    const auto one = PolicyDocument::fromJson(statements(
        R"([{"Sid":"First","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"Second","Effect":"Allow","Action":"*","Resource":"*"}])"));
    const auto two = PolicyDocument::fromJson(deny(R"("bedrock-mantle:Archive*")", "\"*\"", nullptr, "NoArchive"));
    QVERIFY(one && two);
    const PolicyEvaluator evaluator({{u"one"_s, *one}, {u"two"_s, *two}});
    PolicyEvaluator::Request request{u"bedrock-mantle:GetProject"_s, ProjectA, {}, {}, {}, {}};
    auto result = evaluator.evaluate(request);
    QCOMPARE(result.decision, Decision::Allow);
    QCOMPARE(result.sid, u"First"_s);
    QCOMPARE(result.statementIndex, 0);
    request.action = u"bedrock-mantle:ArchiveProject"_s;
    result = evaluator.evaluate(request);
    QCOMPARE(result.decision, Decision::ExplicitDeny);
    QCOMPARE(result.policyName, u"two"_s);
    QCOMPARE(result.sid, u"NoArchive"_s);
}

void TestPolicyEvaluator::explanation_namesPolicyAndStatement()
{
    PolicyEvaluator::Result allowed{Decision::Allow, u"TeamAlpha"_s, 2, QString()};
    QVERIFY(allowed.explanation().contains(u"TeamAlpha"_s));
    QVERIFY(allowed.explanation().contains(u"#3"_s));
    PolicyEvaluator::Result denied{Decision::ExplicitDeny, u"Guard"_s, 0, u"NoCreate"_s};
    QVERIFY(denied.explanation().contains(u"NoCreate"_s));
    QVERIFY(denied.explanation().contains(u"Guard"_s));
    QVERIFY(denied.explanation() != allowed.explanation());
    const PolicyEvaluator::Result implicit;
    QCOMPARE(implicit.decision, Decision::ImplicitDeny);
    QVERIFY(!implicit.explanation().isEmpty());
    QVERIFY(implicit.statementLabel().isEmpty());
}

void TestPolicyEvaluator::matchesWildcard_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("sensitive");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty both") << QString() << QString() << true << true;
    QTest::newRow("star empty") << u"*"_s << QString() << true << true;
    QTest::newRow("question empty") << u"?"_s << QString() << true << false;
    QTest::newRow("prefix") << u"ab*"_s << u"abc"_s << true << true;
    QTest::newRow("suffix") << u"*bc"_s << u"abc"_s << true << true;
    QTest::newRow("middle backtrack") << u"a*b*c"_s << u"aXbYbZc"_s << true << true;
    QTest::newRow("needs end") << u"a*b"_s << u"abc"_s << true << false;
    QTest::newRow("spans colons") << u"arn:*:project/*"_s << u"arn:aws:x:r:1:project/p"_s << true << true;
    QTest::newRow("case sensitive") << u"Get*"_s << u"getProject"_s << true << false;
    QTest::newRow("case insensitive") << u"Get*"_s << u"getProject"_s << false << true;
    QTest::newRow("many stars") << u"**a**"_s << u"bab"_s << true << true;
    QTest::newRow("long no match") << QString(u"*a"_s).repeated(30) << QString(200, u'a') + u'b' << true << false;
}

void TestPolicyEvaluator::matchesWildcard()
{
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(bool, sensitive);
    QFETCH(bool, matches);
    QCOMPARE(PolicyEvaluator::matchesWildcard(pattern, value, sensitive ? Qt::CaseSensitive : Qt::CaseInsensitive),
             matches);
}

QTEST_GUILESS_MAIN(TestPolicyEvaluator)
#include "tst_policyevaluator.moc"
