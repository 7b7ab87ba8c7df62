// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/conditionoperator.h"
#include "domain/policydocument.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::ConditionOperator;
using Spendscope::PolicyDocument;
using Spendscope::PolicyStatement;

namespace {

// Raw strings split "/*" (R"(…/)" "*" R"(…)"): AutoMoc's scanner would take it for the start of a
// comment and miss Q_OBJECT.

// The AmazonBedrockMantleInferenceAccess managed policy as the reference describes it.
const char InferenceAccess[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Inference", "Effect": "Allow",
     "Action": ["bedrock-mantle:Get*", "bedrock-mantle:List*", "bedrock-mantle:CreateInference"],
     "Resource": "arn:aws:bedrock-mantle:*:*:project/)" "*" R"("},
    {"Sid": "Bearer", "Effect": "Allow", "Action": "bedrock-mantle:CallWithBearerToken", "Resource": "*"}
  ]
})";

const char WithConditions[] = R"({
  "Version": "2012-10-17",
  "Id": "team-alpha",
  "Statement": {
    "Effect": "Deny",
    "NotAction": ["bedrock-mantle:Get*"],
    "NotResource": "arn:aws:bedrock-mantle:us-east-1:123456789012:project/default",
    "Condition": {
      "StringNotEquals": {"aws:ResourceTag/Team": ["Alpha", "Beta"], "bedrock-mantle:DataRetentionMode": "none"},
      "ForAllValues:StringLike": {"aws:TagKeys": "Cost*"},
      "Bool": {"aws:SecureTransport": false},
      "NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
      "Null": {"aws:RequestTag/Owner": "true"}
    }
  }
})";

} // namespace

class TestPolicyDocument final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_managedPolicy_readsStatements();
    void fromJson_statementObjectAndScalars_readAsLists();
    void fromJson_invalid_data();
    void fromJson_invalid();
    void fromJson_noVersion_keepsItEmpty();
    void toJson_canonicalForm();
    void roundTrip_data();
    void roundTrip();
    void toJson_escapesStrings();
    void sizeWithoutWhiteSpace_ignoresIndentation();
    void conditionOperator_parse_data();
    void conditionOperator_parse();
    void fuzz_truncatedAndMutated_neverCrashAndExplain();
};

void TestPolicyDocument::fromJson_managedPolicy_readsStatements()
{
    PolicyDocument::ParseError error;
    const auto doc = PolicyDocument::fromJson(QByteArray(InferenceAccess), &error);
    QVERIFY2(doc, qPrintable(error.message()));
    QCOMPARE(doc->version(), u"2012-10-17"_s);
    QCOMPARE(doc->statements().size(), 2);
    const PolicyStatement &s = doc->statements().at(0);
    QCOMPARE(s.sid, u"Inference"_s);
    QCOMPARE(s.effect, PolicyStatement::Effect::Allow);
    QCOMPARE(s.actions, (QStringList{u"bedrock-mantle:Get*"_s, u"bedrock-mantle:List*"_s,
                                     u"bedrock-mantle:CreateInference"_s}));
    QVERIFY(!s.notAction);
    QCOMPARE(s.resources, QStringList{u"arn:aws:bedrock-mantle:*:*:project/*"_s});
    QVERIFY(s.conditions.isEmpty());
    QCOMPARE(doc->statements().at(1).actions, QStringList{u"bedrock-mantle:CallWithBearerToken"_s});
}

void TestPolicyDocument::fromJson_statementObjectAndScalars_readAsLists()
{
    PolicyDocument::ParseError error;
    const auto doc = PolicyDocument::fromJson(QByteArray(WithConditions), &error);
    QVERIFY2(doc, qPrintable(error.message()));
    QCOMPARE(doc->id(), u"team-alpha"_s);
    QCOMPARE(doc->statements().size(), 1);
    const PolicyStatement &s = doc->statements().first();
    QCOMPARE(s.effect, PolicyStatement::Effect::Deny);
    QVERIFY(s.notAction);
    QVERIFY(s.notResource);
    QCOMPARE(s.actions, QStringList{u"bedrock-mantle:Get*"_s});
    // Sorted by operator, then key; booleans and numbers become strings.
    const QList<PolicyStatement::Condition> expected{
        {u"Bool"_s, u"aws:SecureTransport"_s, {u"false"_s}},
        {u"ForAllValues:StringLike"_s, u"aws:TagKeys"_s, {u"Cost*"_s}},
        {u"Null"_s, u"aws:RequestTag/Owner"_s, {u"true"_s}},
        {u"NumericLessThan"_s, u"aws:MultiFactorAuthAge"_s, {u"3600"_s}},
        {u"StringNotEquals"_s, u"aws:ResourceTag/Team"_s, {u"Alpha"_s, u"Beta"_s}},
        {u"StringNotEquals"_s, u"bedrock-mantle:DataRetentionMode"_s, {u"none"_s}},
    };
    QCOMPARE(s.conditions.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(s.conditions.at(i).op, expected.at(i).op);
        QCOMPARE(s.conditions.at(i).key, expected.at(i).key);
        QCOMPARE(s.conditions.at(i).values, expected.at(i).values);
    }
}

void TestPolicyDocument::fromJson_invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reasonMentions");

    const auto doc = [](const char *statement) -> QByteArray {
        return QByteArray(R"({"Version":"2012-10-17","Statement":[)") + statement + "]}";
    };
    const char *ok = R"({"Effect":"Allow","Action":"bedrock-mantle:GetProject","Resource":"*"})";

    QTest::newRow("empty") << QByteArray() << QString() << u"JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"Version":"2012-10-17","Statement":[)") << QString() << u"JSON"_s;
    QTest::newRow("array at top") << QByteArray("[]") << QString() << u"object"_s;
    QTest::newRow("unknown version") << QByteArray(R"({"Version":"2024-01-01","Statement":[]})") << u"Version"_s
                                     << u"2024-01-01"_s;
    QTest::newRow("version number") << QByteArray(R"({"Version":2012,"Statement":[]})") << u"Version"_s
                                    << u"string"_s;
    QTest::newRow("no statement") << QByteArray(R"({"Version":"2012-10-17"})") << QString() << u"Statement"_s;
    QTest::newRow("empty statements") << QByteArray(R"({"Version":"2012-10-17","Statement":[]})") << u"Statement"_s
                                      << u"no statements"_s;
    QTest::newRow("statement string") << QByteArray(R"({"Statement":"Allow"})") << u"Statement"_s << u"object"_s;
    QTest::newRow("statement item number") << doc("1") << u"Statement[0]"_s << u"object"_s;
    QTest::newRow("unknown top element") << QByteArray(R"({"Statment":[]})") << u"Statment"_s << u"Statment"_s;
    QTest::newRow("missing effect") << doc(R"({"Action":"bedrock-mantle:GetProject","Resource":"*"})")
                                    << u"Statement[0]"_s << u"Effect"_s;
    QTest::newRow("lower-case effect")
        << doc(QByteArray(QByteArray(ok) + R"(,{"Effect":"allow","Action":"a:b","Resource":"*"})").constData())
        << u"Statement[1].Effect"_s << u"allow"_s;
    QTest::newRow("effect bool") << doc(R"({"Effect":true,"Action":"a:b","Resource":"*"})")
                                 << u"Statement[0].Effect"_s << u"string"_s;
    QTest::newRow("no action") << doc(R"({"Effect":"Allow","Resource":"*"})") << u"Statement[0]"_s << u"Action"_s;
    QTest::newRow("empty actions") << doc(R"({"Effect":"Allow","Action":[],"Resource":"*"})")
                                   << u"Statement[0].Action"_s << u"empty"_s;
    QTest::newRow("action and notaction")
        << doc(R"({"Effect":"Allow","Action":"a:b","NotAction":"a:c","Resource":"*"})") << u"Statement[0]"_s
        << u"NotAction"_s;
    QTest::newRow("action number") << doc(R"({"Effect":"Allow","Action":["a:b",7],"Resource":"*"})")
                                   << u"Statement[0].Action[1]"_s << u"string"_s;
    QTest::newRow("action without service") << doc(R"({"Effect":"Allow","Action":"GetProject","Resource":"*"})")
                                            << u"Statement[0].Action[0]"_s << u"GetProject"_s;
    QTest::newRow("action object") << doc(R"({"Effect":"Allow","Action":{"a":"b"},"Resource":"*"})")
                                   << u"Statement[0].Action"_s << u"list"_s;
    QTest::newRow("no resource") << doc(R"({"Effect":"Allow","Action":"a:b"})") << u"Statement[0]"_s
                                 << u"Resource"_s;
    QTest::newRow("resource not arn") << doc(R"({"Effect":"Allow","Action":"a:b","Resource":["*","project/x"]})")
                                      << u"Statement[0].Resource[1]"_s << u"project/x"_s;
    QTest::newRow("principal") << doc(R"({"Effect":"Allow","Principal":"*","Action":"a:b","Resource":"*"})")
                               << u"Statement[0].Principal"_s << u"Principal"_s;
    QTest::newRow("unknown statement element")
        << doc(R"({"Effect":"Allow","Actions":"a:b","Action":"a:b","Resource":"*"})") << u"Statement[0].Actions"_s
        << u"Actions"_s;
    QTest::newRow("sid with dash") << doc(R"({"Sid":"read-only","Effect":"Allow","Action":"a:b","Resource":"*"})")
                                   << u"Statement[0].Sid"_s << u"read-only"_s;
    QTest::newRow("condition array") << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":[]})")
                                     << u"Statement[0].Condition"_s << u"object"_s;
    QTest::newRow("unknown operator")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEqual":{"k":"v"}}})")
        << u"Statement[0].Condition.StringEqual"_s << u"StringEqual"_s;
    QTest::newRow("NullIfExists")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"NullIfExists":{"k":"true"}}})")
        << u"Statement[0].Condition.NullIfExists"_s << u"NullIfExists"_s;
    QTest::newRow("operator not object")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEquals":"v"}})")
        << u"Statement[0].Condition.StringEquals"_s << u"keys"_s;
    QTest::newRow("operator empty")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEquals":{}}})")
        << u"Statement[0].Condition.StringEquals"_s << u"keys"_s;
    QTest::newRow("condition value null")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEquals":{"k":null}}})")
        << u"Statement[0].Condition.StringEquals.k"_s << u"string"_s;
    QTest::newRow("condition values empty")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEquals":{"k":[]}}})")
        << u"Statement[0].Condition.StringEquals.k"_s << u"empty"_s;
    QTest::newRow("condition value object in list")
        << doc(R"({"Effect":"Allow","Action":"a:b","Resource":"*","Condition":{"StringEquals":{"k":["a",{}]}}})")
        << u"Statement[0].Condition.StringEquals.k[1]"_s << u"string"_s;
}

void TestPolicyDocument::fromJson_invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, reasonMentions);
    PolicyDocument::ParseError error;
    const auto doc = PolicyDocument::fromJson(json, &error);
    QVERIFY(!doc);
    QCOMPARE(error.path, path);
    QVERIFY2(error.reason.contains(reasonMentions), qPrintable(error.reason));
    QVERIFY(error.message().contains(error.reason));
    if (!path.isEmpty())
        QVERIFY(error.message().startsWith(path));
}

void TestPolicyDocument::fromJson_noVersion_keepsItEmpty()
{
    const auto doc = PolicyDocument::fromJson(u"{\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}"_s);
    QVERIFY(doc);
    QVERIFY(doc->version().isEmpty());
    QVERIFY(!doc->toJson().contains("Version"));
    QCOMPARE(PolicyDocument().version(), u"2012-10-17"_s);
}

void TestPolicyDocument::toJson_canonicalForm()
{
    const auto doc = PolicyDocument::fromJson(QByteArray(WithConditions));
    QVERIFY(doc);
    const QByteArray expected = R"({
  "Version": "2012-10-17",
  "Id": "team-alpha",
  "Statement": [
    {
      "Effect": "Deny",
      "NotAction": "bedrock-mantle:Get*",
      "NotResource": "arn:aws:bedrock-mantle:us-east-1:123456789012:project/default",
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        },
        "ForAllValues:StringLike": {
          "aws:TagKeys": "Cost*"
        },
        "Null": {
          "aws:RequestTag/Owner": "true"
        },
        "NumericLessThan": {
          "aws:MultiFactorAuthAge": "3600"
        },
        "StringNotEquals": {
          "aws:ResourceTag/Team": [
            "Alpha",
            "Beta"
          ],
          "bedrock-mantle:DataRetentionMode": "none"
        }
      }
    }
  ]
}
)";
    QCOMPARE(doc->toJson(), expected);
}

void TestPolicyDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("managed inference") << QByteArray(InferenceAccess);
    QTest::newRow("conditions") << QByteArray(WithConditions);
    QTest::newRow("deny create") << QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"bedrock-mantle:CreateProject","Resource":"*"}]})");
    QTest::newRow("legacy version, unicode") << QByteArray(
        R"({"Version":"2008-10-17","Id":"Zürich \"HQ\"","Statement":[{"Sid":"A1","Effect":"Allow","Action":["*"],)"
        R"("Resource":["arn:aws:bedrock-mantle:eu-central-1:123456789012:project/proj_a","arn:aws:bedrock-mantle:eu-central-1:123456789012:project/proj_b"],)"
        R"("Condition":{"StringEquals":{"aws:ResourceTag/Kostenstelle":"Zürich\\Nord"}}}]})");
}

void TestPolicyDocument::roundTrip()
{
    QFETCH(QByteArray, json);
    PolicyDocument::ParseError error;
    const auto first = PolicyDocument::fromJson(json, &error);
    QVERIFY2(first, qPrintable(error.message()));
    const QByteArray written = first->toJson();
    const auto second = PolicyDocument::fromJson(written, &error);
    QVERIFY2(second, qPrintable(error.message() + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(*second, *first);
    QCOMPARE(second->toJson(), written);
    // Two-space indentation throughout, no tabs.
    QVERIFY(written.startsWith("{\n  \""));
    QVERIFY(!written.contains('\t'));
}

void TestPolicyDocument::toJson_escapesStrings()
{
    PolicyStatement s;
    s.sid = u"S1"_s;
    s.actions = {u"bedrock-mantle:GetProject"_s};
    s.resources = {u"arn:aws:x:::\"quoted\"\\\n\u0001"_s};
    const PolicyDocument doc({s});
    const QByteArray json = doc.toJson();
    QVERIFY(json.contains(R"(\"quoted\"\\\n\u0001)"));
    const auto back = PolicyDocument::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->statements().first().resources, s.resources);
}

void TestPolicyDocument::sizeWithoutWhiteSpace_ignoresIndentation()
{
    const auto doc = PolicyDocument::fromJson(
        QByteArray(R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"a:b","Resource":"*"}})"));
    QVERIFY(doc);
    // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"a:b","Resource":"*"}]}
    QCOMPARE(doc->sizeWithoutWhiteSpace(), qsizetype(87));
}

void TestPolicyDocument::conditionOperator_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<bool>("ifExists");
    QTest::addColumn<int>("qualifier");
    QTest::newRow("StringEquals") << u"StringEquals"_s << true << false << false << 0;
    QTest::newRow("StringNotLikeIfExists") << u"StringNotLikeIfExists"_s << true << true << true << 0;
    QTest::newRow("ForAnyValue") << u"ForAnyValue:StringEquals"_s << true << false << false << 1;
    QTest::newRow("ForAllValues IfExists") << u"ForAllValues:ArnLikeIfExists"_s << true << false << true << 2;
    QTest::newRow("Null") << u"Null"_s << true << false << false << 0;
    QTest::newRow("NotIpAddress") << u"NotIpAddress"_s << true << true << false << 0;
    QTest::newRow("NullIfExists") << u"NullIfExists"_s << false << false << false << 0;
    QTest::newRow("lower case") << u"stringequals"_s << false << false << false << 0;
    QTest::newRow("typo") << u"StringEqual"_s << false << false << false << 0;
    QTest::newRow("qualifier only") << u"ForAnyValue:"_s << false << false << false << 0;
    QTest::newRow("IfExists only") << u"IfExists"_s << false << false << false << 0;
}

void TestPolicyDocument::conditionOperator_parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto op = ConditionOperator::parse(text);
    QCOMPARE(op.has_value(), valid);
    if (!valid)
        return;
    QFETCH(bool, negated);
    QFETCH(bool, ifExists);
    QFETCH(int, qualifier);
    QCOMPARE(op->isNegated(), negated);
    QCOMPARE(op->ifExists(), ifExists);
    QCOMPARE(static_cast<int>(op->qualifier()), qualifier);
    QCOMPARE(op->toString(), text);
}

void TestPolicyDocument::fuzz_truncatedAndMutated_neverCrashAndExplain()
{
    const QByteArray seeds[] = {QByteArray(InferenceAccess), QByteArray(WithConditions)};
    QRandomGenerator rng(20261127); // fixed seed: failures reproduce
    int parsed = 0;
    int rejected = 0;
    const auto check = [&](const QByteArray &input) {
        PolicyDocument::ParseError error;
        const auto doc = PolicyDocument::fromJson(input, &error);
        if (doc) {
            ++parsed;
            // Whatever is accepted must survive its own canonical form.
            const auto again = PolicyDocument::fromJson(doc->toJson());
            QVERIFY(again);
            QCOMPARE(*again, *doc);
        } else {
            ++rejected;
            QVERIFY(!error.reason.isEmpty());
        }
    };
    for (const QByteArray &seed : seeds) {
        const QByteArray trimmed = seed.trimmed();
        // Every proper prefix of a JSON object is malformed.
        for (qsizetype n = 0; n < trimmed.size(); ++n) {
            PolicyDocument::ParseError error;
            QVERIFY(!PolicyDocument::fromJson(trimmed.left(n), &error));
            QVERIFY(!error.reason.isEmpty());
        }
        for (int round = 0; round < 3000; ++round) {
            QByteArray input = seed;
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(input.size());
                switch (rng.bounded(4)) {
                case 0:
                    input[at] = static_cast<char>(rng.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1 + rng.bounded(8));
                    break;
                case 2:
                    input.insert(at, "{[\":,]}\\"[rng.bounded(8)]);
                    break;
                default:
                    input.truncate(at);
                }
            }
            check(input);
            if (QTest::currentTestFailed())
                return;
        }
    }
    for (int round = 0; round < 500; ++round) {
        QByteArray garbage(rng.bounded(64), Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(rng.bounded(256));
        PolicyDocument::ParseError error;
        QVERIFY(!PolicyDocument::fromJson(garbage, &error));
        QVERIFY(!error.reason.isEmpty());
    }
    // The mutations must exercise both outcomes, or the loop tests nothing.
    QVERIFY(parsed > 0);
    QVERIFY(rejected > parsed);
}

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
