// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/projectfilterproxymodel.h"
#include "items/projecttablemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

Project makeProject(const QString &id, const QString &name, const TagSet &tags,
                    Project::Status status = Project::Status::Active)
{
    Project p;
    p.setId(id);
    p.setName(name);
    p.setTags(tags);
    p.setStatus(status);
    return p;
}

QList<Project> sampleProjects()
{
    return {makeProject(u"default"_s, u"default"_s, {}),
            makeProject(u"proj_a"_s, u"Checkout Bot"_s, {{u"Team"_s, u"payments"_s}, {u"Project"_s, u"checkout"_s}}),
            makeProject(u"proj_b"_s, u"search"_s, {{u"Team"_s, u"search"_s}, {u"Project"_s, u"web-search"_s}}),
            makeProject(u"proj_c"_s, u"Archived one"_s, {{u"Team"_s, u"payments"_s}}, Project::Status::Archived),
            makeProject(u"proj_d"_s, u"adhoc"_s, {{u"Owner"_s, u"zoe"_s}})};
}

QStringList visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ProjectTableModel::ProjectIdRole).toString());
    return ids;
}

} // namespace

class TestProjectFilterProxyModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaults_hideArchived();
    void search_matchesNameIdAndTags_data();
    void search_matchesNameIdAndTags();
    void teamFilter();
    void missingRequiredTag_followsPolicy();
    void sort_usesRawValues();
    void sourceUpdate_refiltersRowInPlace();

private:
    ProjectTableModel *m_source = nullptr;
    ProjectFilterProxyModel *m_proxy = nullptr;
};

void TestProjectFilterProxyModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_source = new ProjectTableModel(this);
    m_source->setProjects(sampleProjects());
    m_proxy = new ProjectFilterProxyModel(this);
    m_proxy->setSourceModel(m_source);
    new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, m_proxy);
}

void TestProjectFilterProxyModel::cleanup()
{
    delete m_proxy;
    delete m_source;
}

void TestProjectFilterProxyModel::defaults_hideArchived()
{
    QCOMPARE(visibleIds(*m_proxy), (QStringList{u"default"_s, u"proj_a"_s, u"proj_b"_s, u"proj_d"_s}));
    m_proxy->setShowArchived(true);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestProjectFilterProxyModel::search_matchesNameIdAndTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << QString() << QStringList{u"default"_s, u"proj_a"_s, u"proj_b"_s, u"proj_d"_s};
    QTest::newRow("name, any case") << u"CHECKOUT bot"_s << QStringList{u"proj_a"_s};
    QTest::newRow("id") << u"proj_b"_s << QStringList{u"proj_b"_s};
    QTest::newRow("tag value") << u"web-"_s << QStringList{u"proj_b"_s};
    QTest::newRow("tag key") << u"owner"_s << QStringList{u"proj_d"_s};
    QTest::newRow("several") << u"search"_s << QStringList{u"proj_b"_s};
    QTest::newRow("archived stay hidden") << u"archived"_s << QStringList();
    QTest::newRow("nothing") << u"zzz"_s << QStringList();
}

void TestProjectFilterProxyModel::search_matchesNameIdAndTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleIds(*m_proxy), ids);
}

void TestProjectFilterProxyModel::teamFilter()
{
    m_proxy->setTeamFilter(u"payments"_s);
    QCOMPARE(visibleIds(*m_proxy), QStringList{u"proj_a"_s});
    m_proxy->setShowArchived(true);
    QCOMPARE(visibleIds(*m_proxy), (QStringList{u"proj_a"_s, u"proj_c"_s}));
    m_proxy->setTeamFilter(QString()); // no team tag
    QCOMPARE(visibleIds(*m_proxy), (QStringList{u"default"_s, u"proj_d"_s}));
    m_proxy->setTeamFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestProjectFilterProxyModel::missingRequiredTag_followsPolicy()
{
    TagPolicy policy;
    policy.setRule({u"Team"_s, true, {}, TagPolicy::CaseRule::Any});
    m_proxy->setPolicy(policy);
    m_proxy->setMissingRequiredTagOnly(true);
    // The default project cannot be tagged, so it is never listed as missing anything.
    QCOMPARE(visibleIds(*m_proxy), QStringList{u"proj_d"_s});
    policy.setRule({u"Project"_s, true, {}, TagPolicy::CaseRule::Any});
    m_proxy->setPolicy(policy);
    QCOMPARE(visibleIds(*m_proxy), QStringList{u"proj_d"_s});
    m_proxy->setShowArchived(true);
    QCOMPARE(visibleIds(*m_proxy), (QStringList{u"proj_c"_s, u"proj_d"_s}));
    m_proxy->setMissingRequiredTagOnly(false);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestProjectFilterProxyModel::sort_usesRawValues()
{
    m_proxy->setShowArchived(true);
    m_source->setAttachedPolicyCount(u"proj_a"_s, 10);
    m_source->setAttachedPolicyCount(u"proj_b"_s, 9);
    m_source->setAttachedPolicyCount(u"proj_c"_s, 2);
    // As text "10" < "2" < "9"; as numbers 2 < 9 < 10 (unknown counts are -1).
    m_proxy->sort(ProjectTableModel::AttachedPoliciesColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(*m_proxy), (QStringList{u"default"_s, u"proj_d"_s, u"proj_c"_s, u"proj_b"_s, u"proj_a"_s}));
    // Names sort without regard to case.
    m_proxy->sort(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(*m_proxy),
             (QStringList{u"proj_d"_s, u"proj_c"_s, u"proj_a"_s, u"default"_s, u"proj_b"_s}));
}

void TestProjectFilterProxyModel::sourceUpdate_refiltersRowInPlace()
{
    m_proxy->setTeamFilter(u"search"_s);
    QCOMPARE(visibleIds(*m_proxy), QStringList{u"proj_b"_s});
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QList<Project> projects = sampleProjects();
    projects[1].setTags({{u"Team"_s, u"search"_s}});
    m_source->setProjects(projects);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QStringList ids = visibleIds(*m_proxy);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"proj_a"_s, u"proj_b"_s}));
}

QTEST_GUILESS_MAIN(TestProjectFilterProxyModel)
#include "tst_projectfilterproxymodel.moc"
