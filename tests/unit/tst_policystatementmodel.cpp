// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/policytemplates.h"
#include "items/policystatementmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::PolicyDocument;
using Spendscope::PolicyStatement;
using Spendscope::PolicyStatementModel;
using Spendscope::PolicyTemplates;
using Effect = PolicyStatement::Effect;

class TestPolicyStatementModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void data_columnsShowStatements();
    void data_notActionAndConditions();
    void headerAndFlags();
    void setData_sid_validatesAndEmitsDataChanged_data();
    void setData_sid_validatesAndEmitsDataChanged();
    void setData_effect_acceptsWireNamesAndRawValues();
    void setData_readOnlyColumnsRefuse();
    void setStatement_emitsRowDataChanged();
    void insertAndRemove_emitGranularSignals();
    void setDocument_resets();

private:
    PolicyStatementModel *m_model = nullptr;
    QSignalSpy *m_reset = nullptr;
};

void TestPolicyStatementModel::init()
{
    // Model misuse shows up as a warning from checkIndex() or the tester: keep them at zero.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = new PolicyStatementModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
    // ReadProjects (Allow), ListProjectsAndModels (Allow)
    m_model->setDocument(PolicyTemplates::readOnly(
        {PolicyTemplates::projectArn(u"us-east-1"_s, u"123456789012"_s, u"proj_a"_s)}));
    m_reset = new QSignalSpy(m_model, &QAbstractItemModel::modelReset);
}

void TestPolicyStatementModel::cleanup()
{
    delete m_reset;
    delete m_model;
}

void TestPolicyStatementModel::data_columnsShowStatements()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), static_cast<int>(PolicyStatementModel::ColumnCount));
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, PolicyStatementModel::SidColumn).toString(), u"ReadProjects"_s);
    QCOMPARE(cell(0, PolicyStatementModel::EffectColumn).toString(), u"Allow"_s);
    QCOMPARE(cell(0, PolicyStatementModel::EffectColumn, PolicyStatementModel::RawValueRole).toInt(),
             static_cast<int>(Effect::Allow));
    QCOMPARE(cell(0, PolicyStatementModel::ActionsColumn).toString(),
             u"bedrock-mantle:GetProject, bedrock-mantle:ListTagsForResource"_s);
    QCOMPARE(cell(0, PolicyStatementModel::ActionsColumn, PolicyStatementModel::RawValueRole).toStringList(),
             (QStringList{u"bedrock-mantle:GetProject"_s, u"bedrock-mantle:ListTagsForResource"_s}));
    QCOMPARE(cell(0, PolicyStatementModel::ActionsColumn, Qt::ToolTipRole).toString(),
             u"bedrock-mantle:GetProject\nbedrock-mantle:ListTagsForResource"_s);
    QCOMPARE(cell(1, PolicyStatementModel::ResourcesColumn).toString(), u"*"_s);
    QCOMPARE(cell(1, PolicyStatementModel::ConditionsColumn).toString(), QString());
    QCOMPARE(cell(1, PolicyStatementModel::ConditionsColumn, PolicyStatementModel::RawValueRole).toInt(), 0);
    QVERIFY(!m_model->index(2, 0).isValid());
}

void TestPolicyStatementModel::data_notActionAndConditions()
{
    PolicyStatement s;
    s.sid = u"Guard"_s;
    s.effect = Effect::Deny;
    s.actions = {u"bedrock-mantle:Get*"_s};
    s.notAction = true;
    s.resources = {u"*"_s};
    s.conditions = {{u"StringEquals"_s, u"aws:ResourceTag/Team"_s, {u"Alpha"_s, u"Beta"_s}},
                    {u"Null"_s, u"aws:ResourceTag/Owner"_s, {u"true"_s}}};
    m_model->setDocument(PolicyDocument({s}));
    QCOMPARE(m_model->index(0, PolicyStatementModel::EffectColumn).data().toString(), u"Deny"_s);
    QCOMPARE(m_model->index(0, PolicyStatementModel::ActionsColumn).data().toString(),
             u"All except bedrock-mantle:Get*"_s);
    QCOMPARE(m_model->index(0, PolicyStatementModel::ConditionsColumn).data().toString(),
             u"StringEquals aws:ResourceTag/Team = Alpha, Beta; Null aws:ResourceTag/Owner = true"_s);
    QCOMPARE(m_model->index(0, PolicyStatementModel::ConditionsColumn).data(PolicyStatementModel::RawValueRole).toInt(), 2);
}

void TestPolicyStatementModel::headerAndFlags()
{
    QCOMPARE(m_model->headerData(PolicyStatementModel::SidColumn, Qt::Horizontal).toString(), u"Sid"_s);
    QCOMPARE(m_model->headerData(PolicyStatementModel::ConditionsColumn, Qt::Horizontal).toString(), u"Conditions"_s);
    QVERIFY(m_model->flags(m_model->index(0, PolicyStatementModel::SidColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, PolicyStatementModel::EffectColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, PolicyStatementModel::ActionsColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(0, PolicyStatementModel::ConditionsColumn)) & Qt::ItemIsEditable));
}

void TestPolicyStatementModel::setData_sid_validatesAndEmitsDataChanged_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters and digits") << u"ReadOnly2"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("same as before") << u"ReadProjects"_s << true;
    QTest::newRow("dash") << u"read-only"_s << false;
    QTest::newRow("space") << u"Read Only"_s << false;
    QTest::newRow("umlaut") << u"Lesezugriff\u00e4"_s << false;
    QTest::newRow("duplicate of row 1") << u"ListProjectsAndModels"_s << false;
}

void TestPolicyStatementModel::setData_sid_validatesAndEmitsDataChanged()
{
    QFETCH(QString, sid);
    QFETCH(bool, accepted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex index = m_model->index(0, PolicyStatementModel::SidColumn);
    const bool changes = accepted && sid != index.data().toString();
    QCOMPARE(m_model->setData(index, sid), accepted);
    QCOMPARE(m_model->lastError().isEmpty(), accepted);
    QCOMPARE(index.data().toString(), accepted ? sid : u"ReadProjects"_s);
    QCOMPARE(m_model->document().statements().first().sid, index.data().toString());
    QCOMPARE(changed.count(), changes ? 1 : 0);
    if (changes) {
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), index);
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), index);
    }
    QCOMPARE(m_reset->count(), 0);
}

void TestPolicyStatementModel::setData_effect_acceptsWireNamesAndRawValues()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex effect = m_model->index(1, PolicyStatementModel::EffectColumn);
    QVERIFY(m_model->setData(effect, u"Deny"_s));
    QCOMPARE(m_model->document().statements().at(1).effect, Effect::Deny);
    QCOMPARE(effect.data(Qt::EditRole).toString(), u"Deny"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_model->setData(effect, u"deny"_s));
    QVERIFY(m_model->lastError().contains(u"deny"_s));
    QVERIFY(!m_model->setData(effect, 7));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->setData(effect, static_cast<int>(Effect::Allow)));
    QCOMPARE(m_model->document().statements().at(1).effect, Effect::Allow);
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->lastError().isEmpty());
    // Setting the current value is accepted without a signal.
    QVERIFY(m_model->setData(effect, u"Allow"_s));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_reset->count(), 0);
}

void TestPolicyStatementModel::setData_readOnlyColumnsRefuse()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(m_model->index(0, PolicyStatementModel::ActionsColumn), u"s3:*"_s));
    QVERIFY(!m_model->setData(m_model->index(0, PolicyStatementModel::SidColumn), u"X"_s, Qt::DisplayRole));
    QVERIFY(!m_model->setData(QModelIndex(), u"X"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->document().statements().first().actions.size(), 2);
}

void TestPolicyStatementModel::setStatement_emitsRowDataChanged()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    PolicyStatement s = m_model->statement(0);
    s.actions.append(u"bedrock-mantle:CreateInference"_s);
    QVERIFY(m_model->setStatement(0, s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), m_model->index(0, PolicyStatementModel::ColumnCount - 1));
    QCOMPARE(m_model->document().statements().first().actions.size(), 3);
    // A Sid taken by another statement is refused.
    s.sid = u"ListProjectsAndModels"_s;
    QVERIFY(!m_model->setStatement(0, s));
    QVERIFY(!m_model->lastError().isEmpty());
    QVERIFY(!m_model->setStatement(5, s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_reset->count(), 0);
}

void TestPolicyStatementModel::insertAndRemove_emitGranularSignals()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    PolicyStatement guard;
    guard.sid = u"NoCreate"_s;
    guard.effect = Effect::Deny;
    guard.actions = {u"bedrock-mantle:CreateProject"_s};
    guard.resources = {u"*"_s};
    QVERIFY(m_model->insertStatement(1, guard));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_model->index(1, PolicyStatementModel::SidColumn).data().toString(), u"NoCreate"_s);
    QVERIFY(!m_model->insertStatement(0, guard)); // duplicate Sid
    QVERIFY(!m_model->insertStatement(9, PolicyStatement()));
    QCOMPARE(inserted.count(), 1);

    QVERIFY(m_model->insertRows(3, 2));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->statement(4).effect, Effect::Allow);
    QVERIFY(m_model->statement(4).actions.isEmpty());

    QVERIFY(m_model->removeRows(3, 2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 3);
    QCOMPARE(removed.first().at(2).toInt(), 4);
    QVERIFY(m_model->removeRow(0));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->removeRows(1, 5));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->document().statements().first().sid, u"NoCreate"_s);
    QCOMPARE(m_reset->count(), 0);

    // The edited document still serialises and parses back.
    const auto back = PolicyDocument::fromJson(m_model->document().toJson());
    QVERIFY(back);
    QCOMPARE(*back, m_model->document());
}

void TestPolicyStatementModel::setDocument_resets()
{
    m_model->setDocument(PolicyTemplates::denyProjectCreation());
    QCOMPARE(m_reset->count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->document(), PolicyTemplates::denyProjectCreation());
}

QTEST_GUILESS_MAIN(TestPolicyStatementModel)
#include "tst_policystatementmodel.moc"
