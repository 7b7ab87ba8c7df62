// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/projecttablemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <numeric>

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
    p.setCreatedAt(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
    return p;
}

const QDate Today(2026, 11, 20);

// Project tag "checkout": 1.10 a day from Oct 1 to today; "search": one big day last month;
// untagged spend on every day.
std::shared_ptr<const CostCube> makeCube()
{
    CostCube::Builder builder;
    for (QDate day(2026, 10, 1); day <= Today; day = day.addDays(1)) {
        builder.append({day, u"payments"_s, u"checkout"_s, u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"USE1"_s,
                        Money::fromNanos(1'100'000'000), Money()});
        builder.append({day, QString(), QString(), u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"USE1"_s,
                        Money::fromUnits(7), Money()});
    }
    builder.append({QDate(2026, 10, 25), u"search"_s, u"search"_s, u"m"_s, u"p"_s, u"output"_s, u"standard"_s,
                    u"USE1"_s, Money::fromNanos(123'456'789'000), Money()});
    // A day after "today" must not count.
    builder.append({Today.addDays(1), u"payments"_s, u"checkout"_s, u"m"_s, u"p"_s, u"input"_s, u"standard"_s,
                    u"USE1"_s, Money::fromUnits(1000), Money()});
    return std::make_shared<const CostCube>(builder.build());
}

QList<Project> sampleProjects()
{
    return {makeProject(u"default"_s, u"default"_s, {}),
            makeProject(u"proj_a"_s, u"Checkout"_s, {{u"Team"_s, u"payments"_s}, {u"Project"_s, u"checkout"_s}}),
            makeProject(u"proj_b"_s, u"Search"_s, {{u"Team"_s, u"search"_s}, {u"Project"_s, u"search"_s}, {u"Env"_s, u"prod"_s}}),
            makeProject(u"proj_c"_s, u"Old"_s, {{u"Team"_s, u"payments"_s}}, Project::Status::Archived)};
}

} // namespace

class TestProjectTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void columns_displayAndRawValues();
    void cost_monthToDateAndTrendFromCube();
    void cost_changingProjectKey_followsNewTag();
    void setProjects_updatesInPlace_notReset();
    void setProjects_insertsAndRemovesGranularly();
    void attachedPolicies_singleCellChange();

private:
    ProjectTableModel *m_model = nullptr;
};

void TestProjectTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = new ProjectTableModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model->setProjects(sampleProjects());
}

void TestProjectTableModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestProjectTableModel::columns_displayAndRawValues()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(ProjectTableModel::ColumnCount));
    const int b = m_model->rowForId(u"proj_b"_s);
    QCOMPARE(b, 2);
    auto cell = [this](int row, int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
    QCOMPARE(cell(b, ProjectTableModel::NameColumn).toString(), u"Search"_s);
    QCOMPARE(cell(b, ProjectTableModel::IdColumn).toString(), u"proj_b"_s);
    QCOMPARE(cell(b, ProjectTableModel::StatusColumn).toString(), u"Active"_s);
    QCOMPARE(cell(3, ProjectTableModel::StatusColumn).toString(), u"Archived"_s);
    QCOMPARE(cell(b, ProjectTableModel::CreatedColumn).toString(), u"3/1/26"_s);
    QCOMPARE(cell(b, ProjectTableModel::CreatedColumn, ProjectTableModel::RawValueRole).toLongLong(),
             QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(cell(b, ProjectTableModel::TeamColumn).toString(), u"search"_s);
    QCOMPARE(cell(b, ProjectTableModel::ProjectTagColumn).toString(), u"search"_s);
    QCOMPARE(cell(b, ProjectTableModel::TagCountColumn, ProjectTableModel::RawValueRole).toInt(), 3);
    QCOMPARE(cell(b, ProjectTableModel::TrendColumn).toString(), QString());
    QCOMPARE(cell(b, ProjectTableModel::AttachedPoliciesColumn).toString(), QString()); // unknown yet
    QCOMPARE(cell(b, ProjectTableModel::AttachedPoliciesColumn, ProjectTableModel::RawValueRole).toInt(), -1);
    QCOMPARE(cell(b, 0, ProjectTableModel::ProjectRole).value<Project>(), sampleProjects().at(2));
    QCOMPARE(cell(b, 5, ProjectTableModel::ProjectIdRole).toString(), u"proj_b"_s);
    QCOMPARE(m_model->headerData(ProjectTableModel::MonthToDateCostColumn, Qt::Horizontal).toString(), u"Month to date"_s);
}

void TestProjectTableModel::cost_monthToDateAndTrendFromCube()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setCostData(makeCube(), Today);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ProjectTableModel::MonthToDateCostColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(ProjectTableModel::TrendColumn));

    const int a = m_model->rowForId(u"proj_a"_s);
    // November 1..20: 20 days × 1.10, exactly.
    QCOMPARE(m_model->monthToDateCost(a), Money::fromUnits(22));
    QCOMPARE(m_model->index(a, ProjectTableModel::MonthToDateCostColumn).data(ProjectTableModel::RawValueRole).toLongLong(),
             22'000'000'000LL);
    QCOMPARE(m_model->index(a, ProjectTableModel::MonthToDateCostColumn).data().toString(), u"$22.00"_s);

    // The trend: Oct 22 .. Nov 20, 1.10 every day.
    const QList<qint64> trend =
        m_model->index(a, ProjectTableModel::TrendColumn).data(ProjectTableModel::TrendRole).value<QList<qint64>>();
    QCOMPARE(trend.size(), ProjectTableModel::TrendDays);
    QCOMPARE(trend, QList<qint64>(ProjectTableModel::TrendDays, 1'100'000'000));
    QCOMPARE(m_model->index(a, ProjectTableModel::TrendColumn).data(ProjectTableModel::RawValueRole).toLongLong(),
             33'000'000'000LL);

    // Search spent only last month (inside the trend window, day 3 of it).
    const int b = m_model->rowForId(u"proj_b"_s);
    QCOMPARE(m_model->monthToDateCost(b), Money());
    QCOMPARE(m_model->index(b, ProjectTableModel::MonthToDateCostColumn).data().toString(), u"$0.00"_s);
    const QList<qint64> searchTrend = m_model->trend(b);
    QCOMPARE(searchTrend.at(3), 123'456'789'000LL);
    QCOMPARE(std::accumulate(searchTrend.cbegin(), searchTrend.cend(), qint64(0)), 123'456'789'000LL);

    // No project tag: no cost shown (it is part of the untagged total), and a tool tip says why.
    const int def = m_model->rowForId(u"default"_s);
    QCOMPARE(m_model->index(def, ProjectTableModel::MonthToDateCostColumn).data().toString(), QString());
    QVERIFY(m_model->index(def, ProjectTableModel::MonthToDateCostColumn).data(Qt::ToolTipRole).toString().contains(u"untagged"_s));
    QCOMPARE(m_model->trend(def), QList<qint64>(ProjectTableModel::TrendDays, 0));
}

void TestProjectTableModel::cost_changingProjectKey_followsNewTag()
{
    m_model->setCostData(makeCube(), Today);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setTagKeys(u"Team"_s, u"Env"_s);
    QCOMPARE(changed.count(), 1);
    const int a = m_model->rowForId(u"proj_a"_s);
    QCOMPARE(m_model->index(a, ProjectTableModel::ProjectTagColumn).data().toString(), QString());
    QCOMPARE(m_model->index(a, ProjectTableModel::MonthToDateCostColumn).data().toString(), QString());
    // "prod" has no spend in the cube.
    QCOMPARE(m_model->monthToDateCost(m_model->rowForId(u"proj_b"_s)), Money());
}

void TestProjectTableModel::setProjects_updatesInPlace_notReset()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QList<Project> projects = sampleProjects();
    TagSet tags = projects[2].tags();
    tags.insert(u"Owner"_s, u"alice"_s);
    projects[2].setTags(tags);
    std::swap(projects[0], projects[3]); // the order of arrival does not move rows
    m_model->setProjects(projects);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(m_model->rowForId(u"proj_b"_s), 2);
    QCOMPARE(m_model->index(2, ProjectTableModel::TagCountColumn).data().toString(), u"4"_s);

    // The same list again changes nothing.
    m_model->setProjects(projects);
    QCOMPARE(changed.count(), 1);
}

void TestProjectTableModel::setProjects_insertsAndRemovesGranularly()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QList<Project> projects = sampleProjects();
    projects.removeAt(1); // proj_a gone
    projects.removeAt(2); // proj_c gone
    projects.append(makeProject(u"proj_d"_s, u"New"_s, {{u"Team"_s, u"ml"_s}}));
    projects.append(makeProject(u"proj_e"_s, u"Newer"_s, {}));
    m_model->setProjects(projects);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2);
    // From the end, so that row numbers stay valid: proj_c (3), then proj_a (1).
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowForId(u"default"_s), 0);
    QCOMPARE(m_model->rowForId(u"proj_b"_s), 1);
    QCOMPARE(m_model->rowForId(u"proj_d"_s), 2);
    QCOMPARE(m_model->rowForId(u"proj_e"_s), 3);
    QCOMPARE(m_model->rowForId(u"proj_a"_s), -1);

    m_model->setProjects({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestProjectTableModel::attachedPolicies_singleCellChange()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAttachedPolicyCount(u"proj_b"_s, 3);
    QCOMPARE(changed.count(), 1);
    const QModelIndex cell = m_model->index(2, ProjectTableModel::AttachedPoliciesColumn);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), cell);
    QCOMPARE(cell.data().toString(), u"3"_s);
    QCOMPARE(cell.data(ProjectTableModel::RawValueRole).toInt(), 3);
    m_model->setAttachedPolicyCount(u"proj_b"_s, 3);
    QCOMPARE(changed.count(), 1);
    // A count for a project not (yet) listed is kept for when it arrives.
    m_model->setAttachedPolicyCount(u"proj_z"_s, 1);
    QCOMPARE(changed.count(), 1);
    QList<Project> projects = sampleProjects();
    projects.append(makeProject(u"proj_z"_s, u"Z"_s, {}));
    m_model->setProjects(projects);
    QCOMPARE(m_model->index(m_model->rowForId(u"proj_z"_s), ProjectTableModel::AttachedPoliciesColumn).data().toString(),
             u"1"_s);
}

QTEST_GUILESS_MAIN(TestProjectTableModel)
#include "tst_projecttablemodel.moc"
