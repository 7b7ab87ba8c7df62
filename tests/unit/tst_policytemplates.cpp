// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/policyevaluator.h"
#include "domain/policylint.h"
#include "domain/policytemplates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::PolicyDocument;
using Spendscope::PolicyEvaluator;
using Spendscope::PolicyLint;
using Spendscope::PolicyTemplates;
using Spendscope::TagSet;
using Decision = PolicyEvaluator::Decision;
using Kind = PolicyTemplates::Kind;

Q_DECLARE_METATYPE(Spendscope::PolicyDocument)

namespace {

const QString ProjectA = u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_a"_s;
const QString ProjectB = u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_b"_s;

Decision decide(const PolicyDocument &doc, const QString &action, const QString &resource, const TagSet &tags = {})
{
    PolicyEvaluator::Request request;
    request.action = u"bedrock-mantle:"_s + action;
    request.resource = resource;
    request.resourceTags = tags;
    return PolicyEvaluator({{u"template"_s, doc}}).evaluate(request).decision;
}

} // namespace

class TestPolicyTemplates final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectArn_format();
    void templates_areValidAndLintClean_data();
    void templates_areValidAndLintClean();
    void readOnly_grantsReadingOnly();
    void inferenceOnly_grantsInferenceOnChosenProjects();
    void fullAccess_limitedToChosenProjects();
    void denyProjectCreation_overridesAllow();
    void accessByTag_followsTheTag();
    void titles_translatedAndDistinct();
};

void TestPolicyTemplates::projectArn_format()
{
    QCOMPARE(PolicyTemplates::projectArn(u"us-east-1"_s, u"123456789012"_s, u"proj_a"_s), ProjectA);
    QCOMPARE(PolicyTemplates::allProjectsArn(), u"arn:aws:bedrock-mantle:*:*:project/*"_s);
}

void TestPolicyTemplates::templates_areValidAndLintClean_data()
{
    QTest::addColumn<PolicyDocument>("document");
    QTest::newRow("read-only, all") << PolicyTemplates::readOnly();
    QTest::newRow("read-only, one") << PolicyTemplates::readOnly({ProjectA});
    QTest::newRow("inference, all") << PolicyTemplates::inferenceOnly();
    QTest::newRow("inference, two") << PolicyTemplates::inferenceOnly({ProjectA, ProjectB});
    QTest::newRow("full access") << PolicyTemplates::fullAccess({ProjectA});
    QTest::newRow("deny creation") << PolicyTemplates::denyProjectCreation();
    QTest::newRow("by tag") << PolicyTemplates::accessByTag(u"Team"_s, u"Alpha"_s);
}

void TestPolicyTemplates::templates_areValidAndLintClean()
{
    QFETCH(PolicyDocument, document);
    QCOMPARE(document.version(), u"2012-10-17"_s);
    // What the editor would save parses back to the same document.
    PolicyDocument::ParseError error;
    const auto parsed = PolicyDocument::fromJson(document.toJson(), &error);
    QVERIFY2(parsed, qPrintable(error.message()));
    QCOMPARE(*parsed, document);
    const auto warnings = PolicyLint::check(document);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.first().message));
}

void TestPolicyTemplates::readOnly_grantsReadingOnly()
{
    const PolicyDocument doc = PolicyTemplates::readOnly({ProjectA});
    QCOMPARE(decide(doc, u"GetProject"_s, ProjectA), Decision::Allow);
    QCOMPARE(decide(doc, u"ListTagsForResource"_s, ProjectA), Decision::Allow);
    QCOMPARE(decide(doc, u"ListProjects"_s, u"*"_s), Decision::Allow);
    QCOMPARE(decide(doc, u"GetProject"_s, ProjectB), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectA), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"UpdateProject"_s, ProjectA), Decision::ImplicitDeny);
    QCOMPARE(decide(PolicyTemplates::readOnly(), u"GetProject"_s, ProjectB), Decision::Allow);
}

void TestPolicyTemplates::inferenceOnly_grantsInferenceOnChosenProjects()
{
    const PolicyDocument doc = PolicyTemplates::inferenceOnly({ProjectA});
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectA), Decision::Allow);
    QCOMPARE(decide(doc, u"CountTokens"_s, ProjectA), Decision::Allow);
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectB), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"ArchiveProject"_s, ProjectA), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"CreateProject"_s, u"*"_s), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"ListModels"_s, u"*"_s), Decision::Allow);
}

void TestPolicyTemplates::fullAccess_limitedToChosenProjects()
{
    const PolicyDocument doc = PolicyTemplates::fullAccess({ProjectA, ProjectB});
    for (const QString &action : {u"ArchiveProject"_s, u"UpdateProject"_s, u"TagResource"_s, u"CreateInference"_s}) {
        QCOMPARE(decide(doc, action, ProjectA), Decision::Allow);
        QCOMPARE(decide(doc, action, ProjectB), Decision::Allow);
        QCOMPARE(decide(doc, action, u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_c"_s),
                 Decision::ImplicitDeny);
    }
    QCOMPARE(decide(doc, u"CreateProject"_s, u"*"_s), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"ListProjects"_s, u"*"_s), Decision::Allow);
}

void TestPolicyTemplates::denyProjectCreation_overridesAllow()
{
    const auto everything = PolicyDocument::fromJson(
        QByteArray(R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}})"));
    QVERIFY(everything);
    const PolicyEvaluator evaluator({{u"admin"_s, *everything}, {u"guard"_s, PolicyTemplates::denyProjectCreation()}});
    PolicyEvaluator::Request request{u"bedrock-mantle:CreateProject"_s, u"*"_s, {}, {}, {}, {}};
    const auto result = evaluator.evaluate(request);
    QCOMPARE(result.decision, Decision::ExplicitDeny);
    QCOMPARE(result.policyName, u"guard"_s);
    QCOMPARE(result.sid, u"DenyProjectCreation"_s);
    request.action = u"bedrock-mantle:GetProject"_s;
    QCOMPARE(evaluator.evaluate(request).decision, Decision::Allow);
}

void TestPolicyTemplates::accessByTag_followsTheTag()
{
    const PolicyDocument doc = PolicyTemplates::accessByTag(u"Team"_s, u"Alpha"_s);
    QCOMPARE(doc.statements().first().conditions.size(), 1);
    QCOMPARE(doc.statements().first().conditions.first().key, u"aws:ResourceTag/Team"_s);
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectA, TagSet{{u"Team"_s, u"Alpha"_s}}), Decision::Allow);
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectA, TagSet{{u"Team"_s, u"Beta"_s}}), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"CreateInference"_s, ProjectA), Decision::ImplicitDeny);
    QCOMPARE(decide(doc, u"UpdateProject"_s, ProjectA, TagSet{{u"Team"_s, u"Alpha"_s}}), Decision::ImplicitDeny);
}

void TestPolicyTemplates::titles_translatedAndDistinct()
{
    QSet<QString> titles;
    for (Kind kind : {Kind::ReadOnly, Kind::InferenceOnly, Kind::FullAccess, Kind::DenyProjectCreation, Kind::AccessByTag}) {
        QVERIFY(!PolicyTemplates::title(kind).isEmpty());
        QVERIFY(!PolicyTemplates::description(kind).isEmpty());
        titles.insert(PolicyTemplates::title(kind));
    }
    QCOMPARE(titles.size(), 5);
}

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
