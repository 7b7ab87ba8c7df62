// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/tageditmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

Project makeProject(const QString &id, const TagSet &tags)
{
    Project p;
    p.setId(id);
    p.setName(u"Name of "_s + id);
    p.setTags(tags);
    return p;
}

TagPolicy samplePolicy()
{
    TagPolicy policy;
    policy.setRule({u"Team"_s, true, {u"payments"_s, u"search"_s}, TagPolicy::CaseRule::Lower});
    policy.setRule({u"Project"_s, true, {}, TagPolicy::CaseRule::Any});
    return policy;
}

// Three projects: Team differs, Env is shared, Owner only on one.
QList<Project> bulkProjects()
{
    return {makeProject(u"proj_a"_s, {{u"Team"_s, u"payments"_s}, {u"Env"_s, u"prod"_s}, {u"Owner"_s, u"alice"_s}}),
            makeProject(u"proj_b"_s, {{u"Team"_s, u"search"_s}, {u"Env"_s, u"prod"_s}}),
            makeProject(u"proj_c"_s, {{u"Team"_s, u"Search"_s}, {u"Env"_s, u"prod"_s}})};
}

} // namespace

class TestTagEditModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void singleProject_rowsAreItsTags();
    void bulk_sharedValuesShowAndDifferingAreMixed();
    void editValue_ofMixedRow_setsItOnAll();
    void editKey_renamesAndKeepsEachValue();
    void setData_acceptsInvalidText_andMarksTheRow();
    void validation_duplicateKeys_markBothRows();
    void validation_policyWarnings_doNotBlock();
    void addRow_andRemoveRow_areGranular();
    void removeRow_requiredKey_isAnError();
    void plan_swapKeys();
    void plan_unchanged_isEmpty();
    void issues_defaultProjectCannotBeTagged();
    void costAllocation_columnAndRole();

private:
    TagEditModel *m_model = nullptr;
};

void TestTagEditModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = new TagEditModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
}

void TestTagEditModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestTagEditModel::singleProject_rowsAreItsTags()
{
    m_model->setProjects({makeProject(u"proj_a"_s, {{u"Team"_s, u"payments"_s}, {u"Env"_s, u"prod"_s}})});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(TagEditModel::ColumnCount));
    QCOMPARE(m_model->index(0, TagEditModel::KeyColumn).data().toString(), u"Env"_s);
    QCOMPARE(m_model->index(0, TagEditModel::ValueColumn).data().toString(), u"prod"_s);
    QCOMPARE(m_model->index(1, TagEditModel::KeyColumn).data().toString(), u"Team"_s);
    QCOMPARE(m_model->index(1, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), false);
    QVERIFY(m_model->flags(m_model->index(0, TagEditModel::ValueColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(0, TagEditModel::CostAllocationColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->isModified());
    QVERIFY(!m_model->hasErrors());
    QVERIFY(m_model->plan().isEmpty());
}

void TestTagEditModel::bulk_sharedValuesShowAndDifferingAreMixed()
{
    m_model->setProjects(bulkProjects());
    QCOMPARE(m_model->rowCount(), 3);
    const int env = m_model->rowForKey(u"Env"_s);
    const int team = m_model->rowForKey(u"Team"_s);
    const int owner = m_model->rowForKey(u"Owner"_s);
    QCOMPARE(m_model->index(env, TagEditModel::ValueColumn).data().toString(), u"prod"_s);
    QCOMPARE(m_model->index(env, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), false);
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data().toString(), u"(mixed)"_s);
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), true);
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data(Qt::EditRole).toString(), QString());
    // Present on one project of three: mixed too.
    QCOMPARE(m_model->index(owner, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), true);
}

void TestTagEditModel::editValue_ofMixedRow_setsItOnAll()
{
    m_model->setProjects(bulkProjects());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const int team = m_model->rowForKey(u"Team"_s);
    QVERIFY(m_model->setData(m_model->index(team, TagEditModel::ValueColumn), u"search"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), team);
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data().toString(), u"search"_s);
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), false);
    QVERIFY(m_model->index(team, 0).data(TagEditModel::ModifiedRole).toBool());

    const TagChangePlan plan = m_model->plan();
    // proj_b already has Team=search: only a and c change.
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).projectId, u"proj_a"_s);
    QCOMPARE(plan.at(0).addTags, (TagSet{{u"Team"_s, u"search"_s}}));
    QCOMPARE(plan.at(0).removeTagKeys, QStringList());
    QCOMPARE(plan.at(0).before, bulkProjects().at(0).tags());
    QCOMPARE(plan.at(1).projectId, u"proj_c"_s);
    QCOMPARE(plan.at(1).addTags, (TagSet{{u"Team"_s, u"search"_s}}));
    QCOMPARE(plan.at(1).projectName, u"Name of proj_c"_s);
}

void TestTagEditModel::editKey_renamesAndKeepsEachValue()
{
    m_model->setProjects(bulkProjects());
    const int team = m_model->rowForKey(u"Team"_s);
    QVERIFY(m_model->setData(m_model->index(team, TagEditModel::KeyColumn), u"team-name"_s));
    QCOMPARE(m_model->index(team, TagEditModel::ValueColumn).data(TagEditModel::MixedRole).toBool(), true);
    QCOMPARE(m_model->index(team, 0).data(TagEditModel::OriginalKeyRole).toString(), u"Team"_s);
    const TagChangePlan plan = m_model->plan();
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).addTags, (TagSet{{u"team-name"_s, u"payments"_s}}));
    QCOMPARE(plan.at(0).removeTagKeys, QStringList{u"Team"_s});
    QCOMPARE(plan.at(2).addTags, (TagSet{{u"team-name"_s, u"Search"_s}}));
    QCOMPARE(plan.at(2).after(),
             (TagSet{{u"team-name"_s, u"Search"_s}, {u"Env"_s, u"prod"_s}}));

    // Renaming only the key that one project has touches only that project.
    const int owner = m_model->rowForKey(u"Owner"_s);
    QVERIFY(m_model->setData(m_model->index(owner, TagEditModel::KeyColumn), u"owner"_s));
    QCOMPARE(m_model->plan().at(0).addTags, (TagSet{{u"team-name"_s, u"payments"_s}, {u"owner"_s, u"alice"_s}}));
    QCOMPARE(m_model->plan().at(1).addTags, (TagSet{{u"team-name"_s, u"search"_s}}));
}

void TestTagEditModel::setData_acceptsInvalidText_andMarksTheRow()
{
    m_model->setProjects({makeProject(u"proj_a"_s, {{u"Env"_s, u"prod"_s}})});
    QVERIFY(m_model->setData(m_model->index(0, TagEditModel::ValueColumn), u"prod\tuction"_s));
    // Accepted as typed...
    QCOMPARE(m_model->index(0, TagEditModel::ValueColumn).data().toString(), u"prod\tuction"_s);
    // ...and marked.
    QCOMPARE(m_model->index(0, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::Error));
    const QStringList messages = m_model->index(0, 1).data(TagEditModel::ValidationRole).toStringList();
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().contains(u"U+0009"_s));
    QCOMPARE(m_model->index(0, 1).data(Qt::ToolTipRole).toString(), messages.constFirst());
    QVERIFY(m_model->hasErrors());

    QSignalSpy validation(m_model, &TagEditModel::validationChanged);
    QVERIFY(m_model->setData(m_model->index(0, TagEditModel::ValueColumn), u"production"_s));
    QCOMPARE(validation.count(), 1);
    QCOMPARE(m_model->index(0, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::None));
    QVERIFY(!m_model->hasErrors());
    QVERIFY(!m_model->setData(m_model->index(0, TagEditModel::CostAllocationColumn), u"x"_s));
}

void TestTagEditModel::validation_duplicateKeys_markBothRows()
{
    m_model->setProjects({makeProject(u"proj_a"_s, {{u"Env"_s, u"prod"_s}, {u"Team"_s, u"payments"_s}})});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1, TagEditModel::KeyColumn), u"Env"_s));
    // The edited row and the row it now collides with.
    QCOMPARE(changed.count(), 2);
    for (int row : {0, 1}) {
        QCOMPARE(m_model->index(row, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::Error));
        QVERIFY(m_model->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"more than once"_s));
    }
    QVERIFY(m_model->hasErrors());
    QVERIFY(m_model->setData(m_model->index(1, TagEditModel::KeyColumn), u"Team"_s));
    QVERIFY(!m_model->hasErrors());
    QVERIFY(m_model->plan().isEmpty());
}

void TestTagEditModel::validation_policyWarnings_doNotBlock()
{
    m_model->setProjects(bulkProjects());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setPolicy(samplePolicy());
    // Team is required but mixed and present everywhere: no issue; Project is missing: a warning
    // of the edit, not of a row.
    QCOMPARE(changed.count(), 0);
    QList<TagPolicy::Issue> issues = m_model->issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().key, u"Project"_s);
    QCOMPARE(issues.constFirst().severity, TagPolicy::Severity::Warning);

    const int team = m_model->rowForKey(u"Team"_s);
    QVERIFY(m_model->setData(m_model->index(team, TagEditModel::ValueColumn), u"Payments"_s));
    QCOMPARE(m_model->index(team, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::Warning));
    QVERIFY(!m_model->hasErrors());
    QVERIFY(m_model->setData(m_model->index(team, TagEditModel::ValueColumn), u"marketing"_s));
    QCOMPARE(m_model->index(team, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::Error));
    QVERIFY(m_model->hasErrors());
}

void TestTagEditModel::addRow_andRemoveRow_areGranular()
{
    m_model->setProjects(bulkProjects());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    const int row = m_model->addRow();
    QCOMPARE(row, 3);
    QCOMPARE(inserted.count(), 1);
    // An empty key is accepted as a row and marked, so the user can type it in.
    QCOMPARE(m_model->index(row, 0).data(TagEditModel::SeverityRole).toInt(), int(TagEditModel::IssueLevel::Error));
    QVERIFY(m_model->hasErrors());
    QVERIFY(m_model->setData(m_model->index(row, TagEditModel::KeyColumn), u"CostCenter"_s));
    QVERIFY(m_model->setData(m_model->index(row, TagEditModel::ValueColumn), u"21524"_s));
    QVERIFY(!m_model->hasErrors());

    QVERIFY(m_model->removeRow(m_model->rowForKey(u"Owner"_s)));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!m_model->removeRow(17));

    const TagChangePlan plan = m_model->plan();
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).addTags, (TagSet{{u"CostCenter"_s, u"21524"_s}}));
    QCOMPARE(plan.at(0).removeTagKeys, QStringList{u"Owner"_s});
    QCOMPARE(plan.at(1).removeTagKeys, QStringList());
    QCOMPARE(plan.at(1).addTags, (TagSet{{u"CostCenter"_s, u"21524"_s}}));
}

void TestTagEditModel::removeRow_requiredKey_isAnError()
{
    m_model->setPolicy(samplePolicy());
    m_model->setProjects({makeProject(u"proj_a"_s, {{u"Team"_s, u"payments"_s}, {u"Project"_s, u"x"_s}})});
    QVERIFY(!m_model->hasErrors());
    QVERIFY(m_model->removeRow(m_model->rowForKey(u"Team"_s)));
    QVERIFY(m_model->hasErrors());
    QCOMPARE(m_model->issues().constFirst().key, u"Team"_s);
    QCOMPARE(m_model->issues().constFirst().severity, TagPolicy::Severity::Error);
}

void TestTagEditModel::plan_swapKeys()
{
    m_model->setProjects({makeProject(u"proj_a"_s, {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}})});
    QVERIFY(m_model->setData(m_model->index(0, TagEditModel::KeyColumn), u"B"_s));
    QVERIFY(m_model->hasErrors()); // for a moment there are two B
    QVERIFY(m_model->setData(m_model->index(1, TagEditModel::KeyColumn), u"A"_s));
    QVERIFY(!m_model->hasErrors());
    const TagChangePlan plan = m_model->plan();
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).addTags, (TagSet{{u"A"_s, u"2"_s}, {u"B"_s, u"1"_s}}));
    QCOMPARE(plan.at(0).removeTagKeys, QStringList());
    QCOMPARE(plan.at(0).after(), (TagSet{{u"A"_s, u"2"_s}, {u"B"_s, u"1"_s}}));
}

void TestTagEditModel::plan_unchanged_isEmpty()
{
    m_model->setProjects(bulkProjects());
    const int env = m_model->rowForKey(u"Env"_s);
    QVERIFY(m_model->setData(m_model->index(env, TagEditModel::ValueColumn), u"prod"_s));
    QVERIFY(m_model->plan().isEmpty());
    QVERIFY(!m_model->isModified());
    // Typing a value and then the old one back leaves nothing to do either.
    QVERIFY(m_model->setData(m_model->index(env, TagEditModel::ValueColumn), u"dev"_s));
    QVERIFY(m_model->isModified());
    QVERIFY(m_model->setData(m_model->index(env, TagEditModel::ValueColumn), u"prod"_s));
    QVERIFY(!m_model->isModified());
}

void TestTagEditModel::issues_defaultProjectCannotBeTagged()
{
    Project def = makeProject(u"default"_s, {});
    m_model->setProjects({def, makeProject(u"proj_a"_s, {})});
    QVERIFY(!m_model->hasErrors()); // nothing changes yet
    m_model->addRow(u"Team"_s, u"payments"_s);
    QVERIFY(m_model->hasErrors());
    QCOMPARE(m_model->issues().constFirst().message, u"The default project cannot be tagged."_s);
}

void TestTagEditModel::costAllocation_columnAndRole()
{
    m_model->setProjects(bulkProjects());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    CostAllocationTag active;
    active.tagKey = u"Team"_s;
    active.status = CostAllocationTagStatus::Active;
    CostAllocationTag inactive;
    inactive.tagKey = u"Env"_s;
    inactive.status = CostAllocationTagStatus::Inactive;
    m_model->setCostAllocationTags({active, inactive});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(TagEditModel::CostAllocationColumn));

    auto state = [this](const QString &key) {
        return TagEditModel::CostAllocationState(
            m_model->index(m_model->rowForKey(key), 0).data(TagEditModel::CostAllocationRole).toInt());
    };
    QCOMPARE(state(u"Team"_s), TagEditModel::CostAllocationState::Active);
    QCOMPARE(state(u"Env"_s), TagEditModel::CostAllocationState::Inactive);
    QCOMPARE(state(u"Owner"_s), TagEditModel::CostAllocationState::Unknown);
    QCOMPARE(m_model->index(m_model->rowForKey(u"Team"_s), TagEditModel::CostAllocationColumn).data().toString(),
             u"Active"_s);
    QVERIFY(m_model->index(m_model->rowForKey(u"Env"_s), TagEditModel::CostAllocationColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"not retroactive"_s));
}

QTEST_GUILESS_MAIN(TestTagEditModel)
#include "tst_tageditmodel.moc"
