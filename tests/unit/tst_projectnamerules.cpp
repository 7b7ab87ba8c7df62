// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/projectnamerules.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::ProjectNameRules;

class TestProjectNameRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void validate_longAdversarialInput_isQuick();
};

void TestProjectNameRules::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("doc example") << u"Project ABC"_s << true;
    QTest::newRow("hyphens") << u"billing-experiments"_s << true;
    QTest::newRow("renamed example") << u"Production Chatbot v2"_s << true;
    QTest::newRow("underscores") << u"team_a_b"_s << true;
    QTest::newRow("one character") << u"a"_s << true;
    QTest::newRow("digit first") << u"2026q1"_s << true;
    QTest::newRow("trailing separator") << u"abc-"_s << true; // the pattern allows one
    QTest::newRow("64 characters") << QString(64, u'x') << true;
    QTest::newRow("64 with separators") << QString(u"a-"_s).repeated(32) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << QString(65, u'x') << false;
    QTest::newRow("leading space") << u" abc"_s << false;
    QTest::newRow("leading hyphen") << u"-abc"_s << false;
    QTest::newRow("double space") << u"a  b"_s << false;
    QTest::newRow("hyphen then underscore") << u"a-_b"_s << false;
    QTest::newRow("dot") << u"v2.0"_s << false;
    QTest::newRow("umlaut") << u"Zürich"_s << false;
    QTest::newRow("tab") << u"a\tb"_s << false;
    QTest::newRow("trailing newline") << u"abc\n"_s << false; // "$" alone would accept it
    QTest::newRow("slash") << u"team/a"_s << false;
}

void TestProjectNameRules::validate()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QString problem = ProjectNameRules::validate(name);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    QCOMPARE(ProjectNameRules::isValid(name), valid);
}

void TestProjectNameRules::validate_longAdversarialInput_isQuick()
{
    // The length check comes first, and the pattern has no ambiguous groups, so pathological
    // input is rejected at once rather than backtracking.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ProjectNameRules::isValid(QString(u"a-"_s).repeated(100000) + u'!'));
    QVERIFY(!ProjectNameRules::isValid(QString(u"a-"_s).repeated(31) + u"a!"_s));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(ProjectNameRules::pattern(), u"^([0-9a-zA-Z][ _-]?)+$"_s);
}

QTEST_GUILESS_MAIN(TestProjectNameRules)
#include "tst_projectnamerules.moc"
