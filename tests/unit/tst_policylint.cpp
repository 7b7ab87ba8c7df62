// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/bedrockmantleactions.h"
#include "domain/policylint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::BedrockMantleActions;
using Spendscope::PolicyDocument;
using Spendscope::PolicyLint;
using Spendscope::PolicyStatement;
using Code = PolicyLint::Code;
using Level = BedrockMantleActions::AccessLevel;

Q_DECLARE_METATYPE(PolicyLint::Code)
Q_DECLARE_METATYPE(Spendscope::PolicyDocument)

namespace {

PolicyStatement statement(const QString &sid, PolicyStatement::Effect effect, const QStringList &actions,
                          const QStringList &resources)
{
    PolicyStatement s;
    s.sid = sid;
    s.effect = effect;
    s.actions = actions;
    s.resources = resources;
    return s;
}

PolicyStatement allow(const QStringList &actions, const QStringList &resources, const QString &sid = u"S"_s)
{
    return statement(sid, PolicyStatement::Effect::Allow, actions, resources);
}

const QString ProjectA = u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_a"_s;

QList<Code> codes(const QList<PolicyLint::Warning> &warnings)
{
    QList<Code> result;
    for (const auto &w : warnings)
        result.append(w.code);
    return result;
}

} // namespace

class TestPolicyLint final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actions_matchReferenceList();
    void actions_accessLevelAndMatching();
    void closest_suggestsTypoFixes_data();
    void closest_suggestsTypoFixes();
    void check_data();
    void check();
    void check_unknownAction_suggestsClosest();
    void check_tooLarge_countsWithoutWhiteSpace();
    void check_duplicateSid_namesBothStatements();
};

void TestPolicyLint::actions_matchReferenceList()
{
    // Counts per access level as the Service Authorization Reference lists them.
    QCOMPARE(BedrockMantleActions::names(Level::Write).size(), 18);
    QCOMPARE(BedrockMantleActions::names(Level::Read).size(), 10);
    QCOMPARE(BedrockMantleActions::names(Level::List).size(), 8);
    QCOMPARE(BedrockMantleActions::names(Level::Tagging), (QStringList{u"TagResource"_s, u"UntagResource"_s}));
    QCOMPARE(BedrockMantleActions::all().size(), 38);
    QVERIFY(BedrockMantleActions::names(Level::Write).contains(u"CreateInference"_s));
    QVERIFY(BedrockMantleActions::names(Level::Read).contains(u"ListTagsForResource"_s));
    QVERIFY(BedrockMantleActions::names(Level::List).contains(u"CallWithBearerToken"_s));
    QVERIFY(!BedrockMantleActions::names(Level::Read).contains(u"ListTagsForResources"_s));
    const auto &all = BedrockMantleActions::all();
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(), [](const auto &a, const auto &b) { return a.name < b.name; }));
    QVERIFY(!BedrockMantleActions::accessLevelName(Level::Tagging).isEmpty());
}

void TestPolicyLint::actions_accessLevelAndMatching()
{
    QCOMPARE(BedrockMantleActions::accessLevel(u"bedrock-mantle:CreateProject"_s), Level::Write);
    QCOMPARE(BedrockMantleActions::accessLevel(u"Bedrock-Mantle:getproject"_s), Level::Read);
    QCOMPARE(BedrockMantleActions::accessLevel(u"ListProjects"_s), Level::List);
    QVERIFY(!BedrockMantleActions::accessLevel(u"bedrock:GetProject"_s));
    QVERIFY(!BedrockMantleActions::accessLevel(u"bedrock-mantle:DeleteProject"_s));
    QCOMPARE(BedrockMantleActions::matching(u"bedrock-mantle:Get*Project"_s),
             QStringList{u"bedrock-mantle:GetProject"_s});
    QCOMPARE(BedrockMantleActions::matching(u"bedrock-mantle:*Tag*"_s),
             (QStringList{u"bedrock-mantle:ListTagsForResource"_s, u"bedrock-mantle:TagResource"_s,
                          u"bedrock-mantle:UntagResource"_s}));
    QCOMPARE(BedrockMantleActions::matching(u"*"_s).size(), 38);
    QVERIFY(BedrockMantleActions::matching(u"s3:*"_s).isEmpty());
    QVERIFY(BedrockMantleActions::needsAllResources(u"bedrock-mantle:ListProjects"_s));
    QVERIFY(BedrockMantleActions::needsAllResources(u"bedrock-mantle:createproject"_s));
    QVERIFY(!BedrockMantleActions::needsAllResources(u"bedrock-mantle:GetProject"_s));
    QVERIFY(!BedrockMantleActions::needsAllResources(u"s3:ListProjects"_s));
}

void TestPolicyLint::closest_suggestsTypoFixes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("doc typo") << u"bedrock-mantle:ListTagsForResources"_s << u"bedrock-mantle:ListTagsForResource"_s;
    QTest::newRow("missing letter") << u"bedrock-mantle:CreateInferece"_s << u"bedrock-mantle:CreateInference"_s;
    QTest::newRow("case and swap") << u"bedrock-mantle:getporject"_s << u"bedrock-mantle:GetProject"_s;
    QTest::newRow("plural") << u"bedrock-mantle:ArchiveProjects"_s << u"bedrock-mantle:ArchiveProject"_s;
    QTest::newRow("nothing close") << u"bedrock-mantle:InvokeModelWithResponseStream"_s << QString();
    QTest::newRow("other service") << u"s3:GetProject"_s << QString();
}

void TestPolicyLint::closest_suggestsTypoFixes()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QCOMPARE(BedrockMantleActions::closest(action), expected);
}

void TestPolicyLint::check_data()
{
    using Effect = PolicyStatement::Effect;
    QTest::addColumn<PolicyDocument>("document");
    QTest::addColumn<QList<Code>>("expected");

    QTest::newRow("clean") << PolicyDocument({allow({u"bedrock-mantle:GetProject"_s}, {ProjectA}),
                                              allow({u"bedrock-mantle:ListProjects"_s}, {u"*"_s}, u"L"_s)})
                           << QList<Code>{};
    QTest::newRow("mantle:* on *") << PolicyDocument({allow({u"bedrock-mantle:*"_s}, {u"*"_s})})
                                   << QList<Code>{Code::AllActionsOnAllResources};
    QTest::newRow("* on *") << PolicyDocument({allow({u"*"_s}, {u"*"_s})}) << QList<Code>{Code::AllActionsOnAllResources};
    QTest::newRow("mantle:* on project") << PolicyDocument({allow({u"bedrock-mantle:*"_s}, {ProjectA})})
                                         << QList<Code>{};
    QTest::newRow("deny * on *") << PolicyDocument({statement(u"D"_s, Effect::Deny, {u"*"_s}, {u"*"_s})})
                                 << QList<Code>{};
    QTest::newRow("partial wildcard on *") << PolicyDocument({allow({u"bedrock-mantle:Get*"_s}, {u"*"_s})})
                                           << QList<Code>{};
    PolicyStatement notAction = allow({u"bedrock-mantle:CreateProject"_s}, {u"*"_s});
    notAction.notAction = true;
    QTest::newRow("allow with NotAction") << PolicyDocument({notAction}) << QList<Code>{Code::AllowWithNotAction};
    PolicyStatement denyNotAction = notAction;
    denyNotAction.effect = Effect::Deny;
    QTest::newRow("deny with NotAction") << PolicyDocument({denyNotAction}) << QList<Code>{};
    QTest::newRow("unknown action") << PolicyDocument({allow({u"bedrock-mantle:CreateInferece"_s}, {ProjectA})})
                                    << QList<Code>{Code::UnknownAction};
    QTest::newRow("other services are not checked") << PolicyDocument({allow({u"s3:GetObject"_s}, {u"*"_s})})
                                                    << QList<Code>{};
    QTest::newRow("pattern matches nothing") << PolicyDocument({allow({u"bedrock-mantle:Delete*Project"_s}, {ProjectA})})
                                             << QList<Code>{Code::PatternMatchesNothing};
    QTest::newRow("CreateProject on project ARN")
        << PolicyDocument({allow({u"bedrock-mantle:CreateProject"_s, u"bedrock-mantle:GetProject"_s}, {ProjectA})})
        << QList<Code>{Code::ProjectlessActionOnProject};
    QTest::newRow("ListProjects on project/*")
        << PolicyDocument({allow({u"bedrock-mantle:ListProjects"_s}, {u"arn:aws:bedrock-mantle:*:*:project/*"_s})})
        << QList<Code>{Code::ProjectlessActionOnProject};
    QTest::newRow("ListProjects on *") << PolicyDocument({allow({u"bedrock-mantle:ListProjects"_s}, {u"*"_s})})
                                       << QList<Code>{};
    QTest::newRow("managed List* on project/*")
        << PolicyDocument({allow({u"bedrock-mantle:Get*"_s, u"bedrock-mantle:List*"_s}, {u"arn:aws:bedrock-mantle:*:*:project/*"_s})})
        << QList<Code>{};
    QTest::newRow("duplicate Sid") << PolicyDocument({allow({u"bedrock-mantle:GetProject"_s}, {ProjectA}, u"Same"_s),
                                                      allow({u"bedrock-mantle:CountTokens"_s}, {ProjectA}, u"Same"_s)})
                                   << QList<Code>{Code::DuplicateSid};
    QTest::newRow("empty statement") << PolicyDocument({allow({}, {})})
                                     << QList<Code>{Code::EmptyStatement, Code::EmptyStatement};
    QTest::newRow("several in order")
        << PolicyDocument({allow({u"bedrock-mantle:*"_s, u"bedrock-mantle:GetProjects"_s}, {u"*"_s}, u"A"_s),
                           allow({u"bedrock-mantle:ListProjects"_s}, {ProjectA}, u"A"_s)})
        << QList<Code>{Code::AllActionsOnAllResources, Code::UnknownAction, Code::DuplicateSid,
                       Code::ProjectlessActionOnProject};
}

void TestPolicyLint::check()
{
    QFETCH(PolicyDocument, document);
    QFETCH(QList<Code>, expected);
    const QList<PolicyLint::Warning> warnings = PolicyLint::check(document);
    QCOMPARE(codes(warnings), expected);
    for (const auto &w : warnings) {
        QVERIFY(!w.message.isEmpty());
        QVERIFY(w.statement >= 0 && w.statement < document.statements().size());
    }
}

void TestPolicyLint::check_unknownAction_suggestsClosest()
{
    const PolicyDocument doc({allow({u"bedrock-mantle:ListTagsForResources"_s}, {ProjectA}, u"Tags"_s)});
    const auto warnings = PolicyLint::check(doc);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().suggestion, u"bedrock-mantle:ListTagsForResource"_s);
    QVERIFY(warnings.first().message.contains(u"Tags"_s));
    QVERIFY(warnings.first().message.contains(u"bedrock-mantle:ListTagsForResource”"_s));
}

void TestPolicyLint::check_tooLarge_countsWithoutWhiteSpace()
{
    QStringList resources;
    PolicyDocument doc;
    // Grow the document one project ARN at a time until it crosses the limit.
    while (doc.sizeWithoutWhiteSpace() <= PolicyLint::MaxManagedPolicySize) {
        QVERIFY(!codes(PolicyLint::check(doc)).contains(Code::TooLarge));
        resources.append(ProjectA + QString::number(resources.size()));
        doc = PolicyDocument({allow({u"bedrock-mantle:GetProject"_s}, resources)});
    }
    const auto warnings = PolicyLint::check(doc);
    QCOMPARE(codes(warnings), QList<Code>{Code::TooLarge});
    QCOMPARE(warnings.first().statement, qsizetype(-1));
    QVERIFY(warnings.first().message.contains(QString::number(doc.sizeWithoutWhiteSpace())));
    // The pretty form is much longer than what IAM counts.
    QVERIFY(doc.toJson().size() > doc.sizeWithoutWhiteSpace() + 100);
}

void TestPolicyLint::check_duplicateSid_namesBothStatements()
{
    const PolicyDocument doc({allow({u"bedrock-mantle:GetProject"_s}, {ProjectA}, u"Dup"_s),
                              allow({u"bedrock-mantle:GetProject"_s}, {ProjectA}, u"Other"_s),
                              allow({u"bedrock-mantle:GetProject"_s}, {ProjectA}, u"Dup"_s)});
    const auto warnings = PolicyLint::check(doc);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().statement, qsizetype(2));
    QVERIFY(warnings.first().message.contains(u"#1"_s));
    QVERIFY(warnings.first().message.contains(u"#3"_s));
}

QTEST_GUILESS_MAIN(TestPolicyLint)
#include "tst_policylint.moc"
