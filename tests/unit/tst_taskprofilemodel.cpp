// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/taskprofilemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestTaskProfileModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void setProfiles_dropsInvalidAndDuplicates();
    void setData_valid_changesOneRow();
    void setData_invalid_refusedWithCalculatorMessage_data();
    void setData_invalid_refusedWithCalculatorMessage();
    void addAndRemove_granularSignals_uniqueNames();
    void json_roundTrip_andSettings();
};

void TestTaskProfileModel::setProfiles_dropsInvalidAndDuplicates()
{
    TaskProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProfiles({{u"A"_s, 100, 10, std::nullopt, 5},
                       {u"a"_s, 200, 10, std::nullopt, 5},      // same name, other case
                       {u"B"_s, 0, 0, std::nullopt, 5},         // no tokens
                       {u"C"_s, 100, 10, 150, 5}});             // cached share beyond 100
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.profile(0).name, u"A"_s);
    model.setProfiles(TaskCalculator::examples());
    QCOMPARE(model.profiles(), TaskCalculator::examples());
}

void TestTaskProfileModel::setData_valid_changesOneRow()
{
    TaskProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setProfiles(TaskCalculator::examples());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy profilesChanged(&model, &TaskProfileModel::profilesChanged);
    QVERIFY(model.setData(model.index(1, TaskProfileModel::InputTokensColumn), u"3,000"_s));
    QCOMPARE(model.profile(1).inputTokensPerTask, 3000);
    QVERIFY(model.setData(model.index(1, TaskProfileModel::TasksPerMonthColumn), qint64(250'000)));
    QCOMPARE(model.profile(1).tasksPerMonth, 250'000);
    QVERIFY(model.setData(model.index(1, TaskProfileModel::CachedPercentColumn), u""_s));
    QCOMPARE(model.profile(1).cachedInputPercent, std::nullopt);
    QCOMPARE(model.index(1, TaskProfileModel::CachedPercentColumn).data().toString(), u"none"_s);
    QVERIFY(model.setData(model.index(1, TaskProfileModel::CachedPercentColumn), 30));
    QCOMPARE(model.profile(1).cachedInputPercent, std::optional<int>(30));
    QVERIFY(model.setData(model.index(1, TaskProfileModel::NameColumn), u"  Chat turn  "_s));
    QCOMPARE(model.profile(1).name, u"Chat turn"_s);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(profilesChanged.count(), 5);
    for (const QList<QVariant> &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
        QCOMPARE(args.at(1).toModelIndex().row(), 1);
    }
    QCOMPARE(model.index(1, TaskProfileModel::InputTokensColumn).data().toString(), u"3,000"_s);
    QCOMPARE(model.index(1, TaskProfileModel::InputTokensColumn).data(TaskProfileModel::RawValueRole).toLongLong(), 3000);
    // The same value again changes nothing.
    QVERIFY(model.setData(model.index(1, TaskProfileModel::InputTokensColumn), 3000));
    QCOMPARE(changed.count(), 5);
}

void TestTaskProfileModel::setData_invalid_refusedWithCalculatorMessage_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    const QString name = TaskCalculator::examples().at(0).name;
    QTest::newRow("empty name") << int(TaskProfileModel::NameColumn) << QVariant(u" "_s)
                                << TaskCalculator::validate({QString(), 600, 20, std::nullopt, 100'000});
    QTest::newRow("taken name") << int(TaskProfileModel::NameColumn) << QVariant(TaskCalculator::examples().at(2).name.toUpper())
                                << u"already exists"_s;
    QTest::newRow("negative") << int(TaskProfileModel::OutputTokensColumn) << QVariant(-5)
                              << TaskCalculator::validate({name, 600, -5, std::nullopt, 100'000});
    QTest::newRow("not a number") << int(TaskProfileModel::InputTokensColumn) << QVariant(u"lots"_s)
                                  << u"not a whole number"_s;
    QTest::newRow("too many tasks") << int(TaskProfileModel::TasksPerMonthColumn) << QVariant(qint64(2'000'000'000))
                                    << TaskCalculator::validate({name, 600, 20, std::nullopt, 2'000'000'000});
    QTest::newRow("cached share") << int(TaskProfileModel::CachedPercentColumn) << QVariant(101)
                                  << TaskCalculator::validate({name, 600, 20, 101, 100'000});
}

void TestTaskProfileModel::setData_invalid_refusedWithCalculatorMessage()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QVERIFY(!expected.isEmpty());
    TaskProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProfiles(TaskCalculator::examples());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rejected(&model, &TaskProfileModel::editRejected);
    QVERIFY(!model.setData(model.index(0, column), value));
    QVERIFY2(model.lastError().contains(expected), qPrintable(model.lastError()));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), model.lastError());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.profiles(), TaskCalculator::examples());
}

void TestTaskProfileModel::addAndRemove_granularSignals_uniqueNames()
{
    TaskProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProfiles(TaskCalculator::examples());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int first = model.addNewProfile();
    const int second = model.addNewProfile();
    QCOMPARE(first, 4);
    QCOMPARE(second, 5);
    QCOMPARE(model.profile(first).name, u"New task"_s);
    QCOMPARE(model.profile(second).name, u"New task (2)"_s);
    const int copy = model.addNewProfile(0);
    QCOMPARE(model.profile(copy).name, u"Copy of %1"_s.arg(model.profile(0).name));
    QCOMPARE(model.profile(copy).inputTokensPerTask, model.profile(0).inputTokensPerTask);
    QCOMPARE(inserted.count(), 3);
    QVERIFY(!model.addProfile(model.profile(0)));
    QVERIFY(model.lastError().contains(u"already exists"_s));
    QCOMPARE(inserted.count(), 3);
    QVERIFY(model.removeProfile(first));
    QVERIFY(!model.removeProfile(99));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 6);
}

void TestTaskProfileModel::json_roundTrip_andSettings()
{
    TaskProfileModel model;
    QList<TaskProfile> profiles = TaskCalculator::examples();
    profiles.append({u"Huge"_s, TaskCalculator::MaxTokensPerTask, 1, 100, 1'000});
    model.setProfiles(profiles);
    QCOMPARE(TaskProfileModel::fromJson(model.toJson()), profiles);
    int skipped = -1;
    QJsonArray damaged = model.toJson();
    damaged.append(QJsonObject{{u"name"_s, u"x"_s}, {u"input_tokens"_s, 5}}); // a number, not a string
    QCOMPARE(TaskProfileModel::fromJson(damaged, &skipped), profiles);
    QCOMPARE(skipped, 1);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(TaskProfileModel::load(settings), TaskCalculator::examples()); // nothing stored yet
    model.save(settings);
    settings.sync();
    const QSettings reopened(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QCOMPARE(TaskProfileModel::load(reopened), profiles);
}

QTEST_GUILESS_MAIN(TestTaskProfileModel)
#include "tst_taskprofilemodel.moc"
