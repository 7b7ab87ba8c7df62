// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/tagdiff.h"
#include "domain/tagset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::TagDiff;
using Spendscope::TagSet;

Q_DECLARE_METATYPE(Spendscope::TagSet)

namespace Spendscope {
// Lets QCOMPARE print both sides of a failed comparison.
char *toString(const TagSet &tags)
{
    QStringList parts;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return QTest::toString(u'{' + parts.join(u", "_s) + u'}');
}
} // namespace Spendscope

class TestTagSet final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insert_keepsKeysSortedAndOverwrites();
    void validateKey_allowed_data();
    void validateKey_allowed();
    void validateKey_rejected_data();
    void validateKey_rejected();
    void validateValue_data();
    void validateValue();
    void validate_countsTags();
    void validate_listsEveryProblemNamingTheKey();
    void diff_data();
    void diff();
    void diff_appliedToFrom_givesTo();
};

void TestTagSet::insert_keepsKeysSortedAndOverwrites()
{
    TagSet tags;
    tags.insert(u"b"_s, u"2"_s);
    tags.insert(u"a"_s, u"1"_s);
    tags.insert(u"B"_s, u"upper"_s);
    tags.insert(u"a"_s, u"one"_s);
    QCOMPARE(tags.size(), 3);
    // Keys are case-sensitive and kept in code-unit order, so bodies and diffs are stable.
    QCOMPARE(tags.keys(), (QStringList{u"B"_s, u"a"_s, u"b"_s}));
    QCOMPARE(tags.value(u"a"_s), u"one"_s);
    QVERIFY(tags.remove(u"b"_s));
    QVERIFY(!tags.remove(u"b"_s));
    QVERIFY(!tags.contains(u"b"_s));
    QCOMPARE(tags, (TagSet{{u"a"_s, u"one"_s}, {u"B"_s, u"upper"_s}}));
}

void TestTagSet::validateKey_allowed_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"CostCenter"_s;
    QTest::newRow("one character") << u"a"_s;
    QTest::newRow("all symbols") << u"a_b.c:d/e=f+g-h@i"_s;
    QTest::newRow("space") << u"Cost Center"_s;
    QTest::newRow("digits first") << u"2026"_s;
    QTest::newRow("accented") << u"Kostenstelle-Zürich"_s;
    QTest::newRow("japanese") << u"部門"_s;
    QTest::newRow("arabic digits") << u"٣٤"_s;
    QTest::newRow("no-break space") << u"a\u00a0b"_s;
    QTest::newRow("128 characters") << QString(128, u'k');
    // 128 characters that are 256 UTF-16 code units: the limit counts characters.
    QTest::newRow("128 astral letters") << QString(u"𝐀"_s).repeated(128);
    QTest::newRow("aws inside") << u"team:aws:x"_s;
    QTest::newRow("awsome") << u"awsome"_s;
}

void TestTagSet::validateKey_allowed()
{
    QFETCH(QString, key);
    QCOMPARE(TagSet::validateKey(key), QString());
}

void TestTagSet::validateKey_rejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedFragment");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("129 characters") << QString(129, u'k') << u"longer than 128"_s;
    QTest::newRow("129 astral letters") << QString(u"𝐀"_s).repeated(129) << u"longer than 128"_s;
    QTest::newRow("aws prefix") << u"aws:cloudformation:stack-name"_s << u"reserves"_s;
    QTest::newRow("AWS prefix upper") << u"AWS:thing"_s << u"reserves"_s;
    QTest::newRow("Aws prefix mixed") << u"Aws:thing"_s << u"reserves"_s;
    QTest::newRow("hash") << u"cost#center"_s << u"“#”"_s;
    QTest::newRow("comma") << u"a,b"_s << u"“,”"_s;
    QTest::newRow("asterisk") << u"a*"_s << u"“*”"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"U+0009"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"U+000A"_s;
    QTest::newRow("emoji") << u"team🙂"_s << u"🙂"_s;
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xd800)) << u"contains"_s;
}

void TestTagSet::validateKey_rejected()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedFragment);
    const QString problem = TagSet::validateKey(key);
    QVERIFY2(problem.contains(expectedFragment), qPrintable(problem));
    if (!key.isEmpty()) // the message names the key (shortened when long)
        QVERIFY2(problem.contains(key.left(20)), qPrintable(problem));
}

void TestTagSet::validateValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("plain") << u"TeamAlpha"_s << true;
    QTest::newRow("symbols") << u"arn:aws:iam::1/x=y+z-@"_s << true;
    QTest::newRow("aws prefix is fine in values") << u"aws:anything"_s << true;
    QTest::newRow("256 characters") << QString(256, u'v') << true;
    QTest::newRow("256 astral letters") << QString(u"𝐀"_s).repeated(256) << true;
    QTest::newRow("257 characters") << QString(257, u'v') << false;
    QTest::newRow("semicolon") << u"a;b"_s << false;
    QTest::newRow("quote") << u"\"x\""_s << false;
    QTest::newRow("carriage return") << u"x\r"_s << false;
}

void TestTagSet::validateValue()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = TagSet::validateValue(u"Owner"_s, value);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(u"“Owner”"_s), qPrintable(problem));
}

void TestTagSet::validate_countsTags()
{
    TagSet tags;
    for (int i = 0; i < TagSet::MaxTags; ++i)
        tags.insert(u"k%1"_s.arg(i), u"v"_s);
    QCOMPARE(tags.validate(), QStringList());
    QVERIFY(tags.isValid());
    tags.insert(u"one-too-many"_s, u"v"_s);
    const QStringList problems = tags.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"201"_s) && problems.first().contains(u"200"_s), qPrintable(problems.first()));
}

void TestTagSet::validate_listsEveryProblemNamingTheKey()
{
    const TagSet tags{{u"aws:owner"_s, u"x"_s}, {u"Good"_s, u"fine"_s}, {u"Team"_s, u"a|b"_s}, {u""_s, u"v"_s}};
    const QStringList problems = tags.validate();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(u'\n').contains(u"empty"_s));
    QVERIFY(problems.join(u'\n').contains(u"“aws:owner”"_s));
    QVERIFY(problems.join(u'\n').contains(u"“Team”"_s));
    QVERIFY(!problems.join(u'\n').contains(u"Good"_s));
    QVERIFY(!tags.isValid());
}

void TestTagSet::diff_data()
{
    QTest::addColumn<TagSet>("from");
    QTest::addColumn<TagSet>("to");
    QTest::addColumn<TagSet>("addTags");
    QTest::addColumn<QStringList>("removeTagKeys");

    const TagSet base{{u"department"_s, u"billing"_s}, {u"facing"_s, u"internal"_s}};
    QTest::newRow("same") << base << base << TagSet() << QStringList();
    QTest::newRow("both empty") << TagSet() << TagSet() << TagSet() << QStringList();
    QTest::newRow("from empty") << TagSet() << base << base << QStringList();
    QTest::newRow("to empty") << base << TagSet() << TagSet() << QStringList{u"department"_s, u"facing"_s};
    // The combined example of the tagging guide: add owner, remove facing.
    QTest::newRow("add and remove") << base << TagSet{{u"department"_s, u"billing"_s}, {u"owner"_s, u"alice"_s}}
                                    << TagSet{{u"owner"_s, u"alice"_s}} << QStringList{u"facing"_s};
    QTest::newRow("changed value") << base << TagSet{{u"department"_s, u"finance"_s}, {u"facing"_s, u"internal"_s}}
                                   << TagSet{{u"department"_s, u"finance"_s}} << QStringList();
    QTest::newRow("value emptied") << base << TagSet{{u"department"_s, QString()}, {u"facing"_s, u"internal"_s}}
                                   << TagSet{{u"department"_s, QString()}} << QStringList();
    // Keys are case-sensitive: renaming the case is a removal plus an addition.
    QTest::newRow("key case") << base << TagSet{{u"Department"_s, u"billing"_s}, {u"facing"_s, u"internal"_s}}
                              << TagSet{{u"Department"_s, u"billing"_s}} << QStringList{u"department"_s};
}

void TestTagSet::diff()
{
    QFETCH(TagSet, from);
    QFETCH(TagSet, to);
    QFETCH(TagSet, addTags);
    QFETCH(QStringList, removeTagKeys);
    const TagDiff d = TagSet::diff(from, to);
    QCOMPARE(d.addTags, addTags);
    QCOMPARE(d.removeTagKeys, removeTagKeys);
    QCOMPARE(d.isEmpty(), addTags.isEmpty() && removeTagKeys.isEmpty());
}

void TestTagSet::diff_appliedToFrom_givesTo()
{
    // Applying the diff the way the service does (upsert, then delete) reproduces the target.
    const TagSet from{{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}};
    const TagSet to{{u"a"_s, u"1"_s}, {u"b"_s, u"20"_s}, {u"e"_s, u"5"_s}, {u"f"_s, QString()}};
    const TagDiff d = TagSet::diff(from, to);
    TagSet applied = from;
    for (auto it = d.addTags.begin(); it != d.addTags.end(); ++it)
        applied.insert(it.key(), it.value());
    for (const QString &key : d.removeTagKeys)
        applied.remove(key);
    QCOMPARE(applied, to);
    QCOMPARE(d.addTags.size(), 3);                              // b changed, e and f new
    QCOMPARE(d.removeTagKeys, (QStringList{u"c"_s, u"d"_s})); // a untouched is not resent
}

QTEST_GUILESS_MAIN(TestTagSet)
#include "tst_tagset.moc"
