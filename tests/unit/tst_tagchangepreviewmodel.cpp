// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/tagchangepreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestTagChangePreviewModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rows_addOverwriteRemove();
    void emptyPlan_noRows();
};

void TestTagChangePreviewModel::rows_addOverwriteRemove()
{
    TagChangePreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TagChangePlan plan;
    plan.append({u"proj_a"_s, u"Checkout"_s, TagSet{{u"Team"_s, u"Payments"_s}, {u"Old"_s, u"x"_s}},
                 TagSet{{u"Team"_s, u"payments"_s}, {u"Env"_s, u"prod"_s}}, QStringList{u"Old"_s}});
    plan.append({u"proj_b"_s, QString(), TagSet(), TagSet{{u"Env"_s, u"prod"_s}}, QStringList()});
    model.setPlan(plan);

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(TagChangePreviewModel::ColumnCount));
    QCOMPARE(model.projectCount(), 2);
    QCOMPARE(model.count(TagChangePreviewModel::Operation::Add), 2);
    QCOMPARE(model.count(TagChangePreviewModel::Operation::Overwrite), 1);
    QCOMPARE(model.count(TagChangePreviewModel::Operation::Remove), 1);

    auto row = [&model](int r) {
        QStringList cells;
        for (int c = 0; c < TagChangePreviewModel::ColumnCount; ++c)
            cells.append(model.index(r, c).data().toString());
        return cells;
    };
    // Per project, keys sorted.
    QCOMPARE(row(0), (QStringList{u"Checkout"_s, u"Add"_s, u"Env"_s, QString(), u"prod"_s}));
    QCOMPARE(row(1), (QStringList{u"Checkout"_s, u"Remove"_s, u"Old"_s, u"x"_s, QString()}));
    QCOMPARE(row(2), (QStringList{u"Checkout"_s, u"Overwrite"_s, u"Team"_s, u"Payments"_s, u"payments"_s}));
    // Without a name the id stands in.
    QCOMPARE(row(3), (QStringList{u"proj_b"_s, u"Add"_s, u"Env"_s, QString(), u"prod"_s}));
    QCOMPARE(model.index(2, TagChangePreviewModel::OperationColumn).data(TagChangePreviewModel::RawValueRole).toInt(),
             int(TagChangePreviewModel::Operation::Overwrite));
    QCOMPARE(model.index(1, 0).data(TagChangePreviewModel::ProjectIdRole).toString(), u"proj_a"_s);
    QCOMPARE(model.index(3, 0).data(TagChangePreviewModel::OperationRole).toInt(),
             int(TagChangePreviewModel::Operation::Add));
    QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    QCOMPARE(model.headerData(TagChangePreviewModel::OldValueColumn, Qt::Horizontal).toString(), u"Old value"_s);
}

void TestTagChangePreviewModel::emptyPlan_noRows()
{
    TagChangePreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan({{u"proj_a"_s, u"A"_s, TagSet{{u"K"_s, u"v"_s}}, TagSet{{u"K"_s, u"w"_s}}, {}}});
    QCOMPARE(model.rowCount(), 1);
    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.projectCount(), 0);
}

void TestTagChangePreviewModel::init()
{
    // Warnings count as failures (the model tester and checkIndex report through them).
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QTEST_GUILESS_MAIN(TestTagChangePreviewModel)
#include "tst_tagchangepreviewmodel.moc"
