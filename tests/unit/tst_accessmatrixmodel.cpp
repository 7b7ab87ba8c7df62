// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/policytemplates.h"
#include "items/accessmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::AccessMatrixModel;
using Spendscope::PolicyDocument;
using Spendscope::PolicyEvaluator;
using Spendscope::PolicyTemplates;
using Spendscope::Project;
using Spendscope::TagSet;
using Decision = PolicyEvaluator::Decision;
using Principal = AccessMatrixModel::Principal;

namespace {

// Raw strings split "/*" (R"(…/)" "*" R"(…)"): AutoMoc's scanner would take it for the start of a
// comment and miss Q_OBJECT.

Project project(const QString &id, const QString &name, const TagSet &tags)
{
    Project p;
    p.setId(id);
    p.setName(name);
    p.setArn(PolicyTemplates::projectArn(u"us-east-1"_s, u"123456789012"_s, id));
    p.setTags(tags);
    return p;
}

PolicyDocument parse(const char *json)
{
    const auto doc = PolicyDocument::fromJson(QByteArray(json));
    Q_ASSERT(doc);
    return *doc;
}

// Projects: chatbot (Team=Alpha), search (Team=Beta), scratch (untagged).
QList<Project> projects()
{
    return {project(u"proj_chat"_s, u"Chatbot"_s, TagSet{{u"Team"_s, u"Alpha"_s}}),
            project(u"proj_search"_s, u"Search"_s, TagSet{{u"Team"_s, u"Beta"_s}}),
            project(u"proj_scratch"_s, QString(), TagSet())};
}

// alice: Alpha by tag; ops role: full access to everything but a guard denying inference on
// untagged projects; auditors group: read-only.
QList<Principal> principals()
{
    const PolicyDocument guard = parse(R"({"Version":"2012-10-17","Statement":[{"Sid":"NoUntaggedInference",
        "Effect":"Deny","Action":"bedrock-mantle:CreateInference","Resource":"*",
        "Condition":{"Null":{"aws:ResourceTag/Team":"true"}}}]})");
    const PolicyDocument admin = parse(R"({"Version":"2012-10-17","Statement":[{"Sid":"Admin","Effect":"Allow",
        "Action":"bedrock-mantle:*","Resource":"arn:aws:bedrock-mantle:*:*:project/)" "*" R"("}]})");
    return {
        {Principal::Kind::User, u"alice"_s, u"arn:aws:iam::123456789012:user/alice"_s,
         {{u"TeamAlphaAccess"_s, PolicyTemplates::accessByTag(u"Team"_s, u"Alpha"_s)}}},
        {Principal::Kind::Role, u"ops"_s, u"arn:aws:iam::123456789012:role/ops"_s,
         {{u"Admin"_s, admin}, {u"Guard"_s, guard}}},
        {Principal::Kind::Group, u"auditors"_s, u"arn:aws:iam::123456789012:group/auditors"_s,
         {{u"ReadOnly"_s, PolicyTemplates::readOnly()}}},
    };
}

} // namespace

class TestAccessMatrixModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shape_rowsArePrincipalsColumnsProjects();
    void data_inferenceDecisions();
    void data_rolesCarryDecisionAndDecider();
    void toolTip_explainsDecision();
    void headers_nameProjectsAndPrincipals();
    void setAction_reevaluatesWithDataChangedNotReset();
    void setPrincipalPolicies_updatesOneRow();
    void setProjects_resets();
    void empty_modelIsValid();

private:
    AccessMatrixModel *m_model = nullptr;
};

void TestAccessMatrixModel::init()
{
    // Model misuse shows up as a warning from checkIndex() or the tester: keep them at zero.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = new AccessMatrixModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
    m_model->setProjects(projects());
    m_model->setPrincipals(principals());
}

void TestAccessMatrixModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestAccessMatrixModel::shape_rowsArePrincipalsColumnsProjects()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->action(), u"bedrock-mantle:CreateInference"_s);
    QCOMPARE(AccessMatrixModel::anyInferenceAction(), u"bedrock-mantle:CreateInference"_s);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestAccessMatrixModel::data_inferenceDecisions()
{
    const QString allowed = u"Allowed"_s;
    const QString denied = u"Denied"_s;
    const QString none = u"—"_s;
    const QList<QStringList> expected{
        {allowed, none, none},      // alice: only Team=Alpha
        {allowed, allowed, denied}, // ops: the guard denies the untagged project
        {none, none, none},         // auditors: no inference
    };
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column)
            QCOMPARE(m_model->index(row, column).data().toString(), expected.at(row).at(column));
    }
}

void TestAccessMatrixModel::data_rolesCarryDecisionAndDecider()
{
    const QModelIndex opsScratch = m_model->index(1, 2);
    QCOMPARE(opsScratch.data(AccessMatrixModel::DecisionRole).value<Decision>(), Decision::ExplicitDeny);
    QCOMPARE(opsScratch.data(AccessMatrixModel::RawValueRole).toInt(), static_cast<int>(Decision::ExplicitDeny));
    QCOMPARE(opsScratch.data(AccessMatrixModel::PolicyNameRole).toString(), u"Guard"_s);
    QCOMPARE(opsScratch.data(AccessMatrixModel::StatementRole).toString(), u"NoUntaggedInference"_s);

    const QModelIndex aliceChat = m_model->index(0, 0);
    QCOMPARE(aliceChat.data(AccessMatrixModel::DecisionRole).value<Decision>(), Decision::Allow);
    QCOMPARE(aliceChat.data(AccessMatrixModel::PolicyNameRole).toString(), u"TeamAlphaAccess"_s);
    QCOMPARE(aliceChat.data(AccessMatrixModel::StatementRole).toString(), u"AccessByTag"_s);

    const QModelIndex auditorsChat = m_model->index(2, 0);
    QCOMPARE(auditorsChat.data(AccessMatrixModel::DecisionRole).value<Decision>(), Decision::ImplicitDeny);
    QVERIFY(auditorsChat.data(AccessMatrixModel::PolicyNameRole).toString().isEmpty());
    // Raw values sort Allow < ImplicitDeny < ExplicitDeny.
    QVERIFY(aliceChat.data(AccessMatrixModel::RawValueRole).toInt() < auditorsChat.data(AccessMatrixModel::RawValueRole).toInt());
    QVERIFY(auditorsChat.data(AccessMatrixModel::RawValueRole).toInt() < opsScratch.data(AccessMatrixModel::RawValueRole).toInt());
    QCOMPARE(m_model->result(1, 2).sid, u"NoUntaggedInference"_s);
    QCOMPARE(m_model->result(9, 9).decision, Decision::ImplicitDeny);
}

void TestAccessMatrixModel::toolTip_explainsDecision()
{
    const QString denied = m_model->index(1, 2).data(Qt::ToolTipRole).toString();
    QVERIFY2(denied.contains(u"ops"_s) && denied.contains(u"Guard"_s) && denied.contains(u"NoUntaggedInference"_s)
                 && denied.contains(u"proj_scratch"_s) && denied.contains(u"bedrock-mantle:CreateInference"_s),
             qPrintable(denied));
    const QString allowed = m_model->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(allowed.contains(u"TeamAlphaAccess"_s) && allowed.contains(u"Chatbot"_s), qPrintable(allowed));
    const QString implicit = m_model->index(2, 1).data(Qt::ToolTipRole).toString();
    QVERIFY(!implicit.isEmpty());
    QVERIFY(implicit != denied && implicit != allowed);
}

void TestAccessMatrixModel::headers_nameProjectsAndPrincipals()
{
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Chatbot"_s);
    // A project without a name shows its id.
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"proj_scratch"_s);
    QCOMPARE(m_model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"arn:aws:bedrock-mantle:us-east-1:123456789012:project/proj_search"_s);
    QCOMPARE(m_model->headerData(1, Qt::Horizontal, AccessMatrixModel::RawValueRole).toString(), u"proj_search"_s);
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), u"ops"_s);
    QVERIFY(m_model->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"role/ops"_s));
    QVERIFY(!m_model->headerData(3, Qt::Vertical).isValid());
    QVERIFY(!m_model->headerData(-1, Qt::Horizontal).isValid());
}

void TestAccessMatrixModel::setAction_reevaluatesWithDataChangedNotReset()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAction(u"bedrock-mantle:GetProject"_s);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), m_model->index(2, 2));
    // Reading: auditors may now, alice on her project, ops everywhere (the guard is about inference).
    QCOMPARE(m_model->index(2, 1).data().toString(), u"Allowed"_s);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Allowed"_s);
    QCOMPARE(m_model->index(0, 1).data().toString(), u"—"_s);
    QCOMPARE(m_model->index(1, 2).data().toString(), u"Allowed"_s);
    // The same action again changes nothing.
    m_model->setAction(u"bedrock-mantle:GetProject"_s);
    QCOMPARE(changed.count(), 1);
}

void TestAccessMatrixModel::setPrincipalPolicies_updatesOneRow()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setPrincipalPolicies(2, {{u"Inference"_s, PolicyTemplates::inferenceOnly()},
                                      {u"NoCreate"_s, PolicyTemplates::denyProjectCreation()}});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(2, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), m_model->index(2, 2));
    for (int column = 0; column < 3; ++column)
        QCOMPARE(m_model->index(2, column).data().toString(), u"Allowed"_s);
    m_model->setPrincipalPolicies(7, {});
    QCOMPARE(changed.count(), 1);
}

void TestAccessMatrixModel::setProjects_resets()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setProjects({projects().at(1)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"Allowed"_s);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"—"_s);
}

void TestAccessMatrixModel::empty_modelIsValid()
{
    AccessMatrixModel empty;
    QAbstractItemModelTester tester(&empty, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(empty.rowCount(), 0);
    QCOMPARE(empty.columnCount(), 0);
    empty.setPrincipals(principals());
    QCOMPARE(empty.rowCount(), 3);
    QCOMPARE(empty.columnCount(), 0);
    QSignalSpy changed(&empty, &QAbstractItemModel::dataChanged);
    empty.setAction(u"bedrock-mantle:GetProject"_s);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestAccessMatrixModel)
#include "tst_accessmatrixmodel.moc"
