// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/tagcoveragemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

Project makeProject(const QString &id, const TagSet &tags, Project::Status status = Project::Status::Active)
{
    Project p;
    p.setId(id);
    p.setName(id);
    p.setTags(tags);
    p.setStatus(status);
    return p;
}

QList<Project> sampleProjects()
{
    return {makeProject(u"default"_s, {}), // never counted
            makeProject(u"proj_a"_s, {{u"Team"_s, u"payments"_s}, {u"Project"_s, u"checkout"_s}}),
            makeProject(u"proj_b"_s, {{u"Project"_s, u"search"_s}}),
            makeProject(u"proj_c"_s, {{u"Team"_s, u"ml"_s}}),
            makeProject(u"proj_d"_s, {{u"Project"_s, u"batch"_s}, {u"Team"_s, u" "_s}}),
            makeProject(u"proj_e"_s, {{u"Project"_s, u"legacy"_s}}, Project::Status::Archived)};
}

void add(CostCube::Builder &builder, QDate day, const QString &project, qint64 units)
{
    builder.append({day, QString(), project, u"m"_s, u"p"_s, u"input"_s, u"standard"_s, u"USE1"_s,
                    Money::fromUnits(units), Money()});
}

// November: checkout 50, search 20, batch 10, legacy 5, untagged 15 (total 100); October data
// outside the period.
std::shared_ptr<const CostCube> makeCube()
{
    CostCube::Builder builder;
    add(builder, QDate(2026, 11, 2), u"checkout"_s, 50);
    add(builder, QDate(2026, 11, 3), u"search"_s, 12);
    add(builder, QDate(2026, 11, 4), u"search"_s, 8);
    add(builder, QDate(2026, 11, 5), u"batch"_s, 10);
    add(builder, QDate(2026, 11, 6), u"legacy"_s, 5);
    add(builder, QDate(2026, 11, 7), QString(), 15);
    add(builder, QDate(2026, 10, 7), u"search"_s, 1000);
    return std::make_shared<const CostCube>(builder.build());
}

TagPolicy policy()
{
    TagPolicy p;
    p.setRule({u"Team"_s, true, {}, TagPolicy::CaseRule::Any});
    p.setRule({u"Project"_s, true, {}, TagPolicy::CaseRule::Any});
    p.setRule({u"Owner"_s, false, {}, TagPolicy::CaseRule::Any}); // not required: no row
    return p;
}

} // namespace

class TestTagCoverageModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void coverage_projectsAndSpend();
    void projectsChange_updatesRowsInPlace();
};

void TestTagCoverageModel::coverage_projectsAndSpend()
{
    TagCoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setPolicy(policy());
    model.setProjects(sampleProjects());
    model.setCostData(makeCube(), u"Project"_s, QDate(2026, 11, 1), QDate(2026, 12, 1));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.countedProjects(), 4); // a, b, c, d
    QCOMPARE(model.totalSpend(), Money::fromUnits(100));
    auto raw = [&model](int row, int column) { return model.index(row, column).data(TagCoverageModel::RawValueRole); };

    // Rows in the policy's key order: Project, Team.
    QCOMPARE(raw(0, TagCoverageModel::KeyColumn).toString(), u"Project"_s);
    // proj_c lacks Project; its spend is in the untagged 15.
    QCOMPARE(raw(0, TagCoverageModel::ProjectsMissingColumn).toInt(), 1);
    QCOMPARE(raw(0, TagCoverageModel::ProjectShareColumn).toDouble(), 0.25);
    QCOMPARE(raw(0, TagCoverageModel::SpendMissingColumn).toLongLong(), Money::fromUnits(15).nanos());
    QCOMPARE(raw(0, TagCoverageModel::SpendShareColumn).toDouble(), 0.15);

    // Team: proj_b (search, 20) and proj_d (blank value, batch, 10) lack it.
    QCOMPARE(raw(1, TagCoverageModel::KeyColumn).toString(), u"Team"_s);
    QCOMPARE(raw(1, TagCoverageModel::ProjectsMissingColumn).toInt(), 2);
    QCOMPARE(raw(1, TagCoverageModel::ProjectShareColumn).toDouble(), 0.5);
    QCOMPARE(raw(1, TagCoverageModel::SpendMissingColumn).toLongLong(), Money::fromUnits(30).nanos());
    QCOMPARE(raw(1, TagCoverageModel::SpendShareColumn).toDouble(), 0.3);

    QCOMPARE(model.index(1, TagCoverageModel::ProjectsMissingColumn).data().toString(), u"2 of 4"_s);
    QCOMPARE(model.index(1, TagCoverageModel::ProjectShareColumn).data().toString(), u"50.0%"_s);
    QCOMPARE(model.index(1, TagCoverageModel::SpendMissingColumn).data().toString(), u"$30.00"_s);
}

void TestTagCoverageModel::projectsChange_updatesRowsInPlace()
{
    TagCoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPolicy(policy());
    model.setProjects(sampleProjects());
    model.setCostData(makeCube(), u"Project"_s, QDate(2026, 11, 1), QDate(2026, 12, 1));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<Project> projects = sampleProjects();
    projects[2].setTags({{u"Project"_s, u"search"_s}, {u"Team"_s, u"search"_s}}); // proj_b fixed
    model.setProjects(projects);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1); // only the Team row changed
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, TagCoverageModel::SpendMissingColumn).data(TagCoverageModel::RawValueRole).toLongLong(),
             Money::fromUnits(10).nanos());

    // A new required key changes the rows: a reset.
    TagPolicy more = policy();
    more.setRule({u"Owner"_s, true, {}, TagPolicy::CaseRule::Any});
    model.setPolicy(more);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"Owner"_s);
    QCOMPARE(model.index(0, TagCoverageModel::ProjectShareColumn).data(TagCoverageModel::RawValueRole).toDouble(), 1.0);
}

void TestTagCoverageModel::init()
{
    // Warnings count as failures (the model tester and checkIndex report through them).
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QTEST_GUILESS_MAIN(TestTagCoverageModel)
#include "tst_tagcoveragemodel.moc"
