// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/dataretention.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::DataRetention;

class TestDataRetention final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wireNames_roundTrip();
    void fromWireName_rejectsOtherSpellings_data();
    void fromWireName_rejectsOtherSpellings();
};

void TestDataRetention::wireNames_roundTrip()
{
    const QStringList names = DataRetention::wireNames();
    QCOMPARE(names, (QStringList{u"inherit"_s, u"default"_s, u"none"_s, u"provider_data_share"_s}));
    QSet<QString> displayNames;
    for (const QString &name : names) {
        const auto mode = DataRetention::fromWireName(name);
        QVERIFY(mode);
        QCOMPARE(DataRetention::wireName(*mode), name);
        displayNames.insert(DataRetention::displayName(*mode));
    }
    QCOMPARE(displayNames.size(), 4); // distinct and non-empty for the user
    QVERIFY(!displayNames.contains(QString()));
}

void TestDataRetention::fromWireName_rejectsOtherSpellings_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"None"_s;
    QTest::newRow("hyphens") << u"provider-data-share"_s;
    QTest::newRow("padded") << u" inherit"_s;
    QTest::newRow("other") << u"forever"_s;
}

void TestDataRetention::fromWireName_rejectsOtherSpellings()
{
    QFETCH(QString, name);
    QCOMPARE(DataRetention::fromWireName(name), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDataRetention)
#include "tst_dataretention.moc"
