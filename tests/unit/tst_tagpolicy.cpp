// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/tagpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::TagPolicy;
using Spendscope::TagSet;

namespace {

TagPolicy samplePolicy()
{
    TagPolicy policy;
    policy.setRule({u"Team"_s, true, {u"payments"_s, u"search"_s}, TagPolicy::CaseRule::Lower});
    policy.setRule({u"Project"_s, true, {}, TagPolicy::CaseRule::Any});
    policy.setRule({u"Environment"_s, false, {u"Production"_s, u"Staging"_s}, TagPolicy::CaseRule::Exact});
    policy.setRule({u"Owner"_s, false, {}, TagPolicy::CaseRule::Lower});
    return policy;
}

QStringList keysOf(const QList<TagPolicy::Issue> &issues, TagPolicy::Severity severity)
{
    QStringList keys;
    for (const TagPolicy::Issue &issue : issues) {
        if (issue.severity == severity)
            keys.append(issue.key);
    }
    return keys;
}

} // namespace

class TestTagPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rules_sortedByKeyAndReplaced();
    void validate_compliantSet_hasNoIssues();
    void validate_missingAndEmptyRequired_areErrors();
    void validateTag_data();
    void validateTag();
    void validate_awsRulesComeWithPolicyIssues();
    void validate_tooManyTags_isErrorOfTheSet();
    void json_roundTrip();
    void fromJson_refusesBadInput_data();
    void fromJson_refusesBadInput();
};

void TestTagPolicy::rules_sortedByKeyAndReplaced()
{
    TagPolicy policy = samplePolicy();
    QStringList keys;
    for (const TagPolicy::Rule &rule : policy.rules())
        keys.append(rule.key);
    QCOMPARE(keys, (QStringList{u"Environment"_s, u"Owner"_s, u"Project"_s, u"Team"_s}));
    QCOMPARE(policy.requiredKeys(), (QStringList{u"Project"_s, u"Team"_s}));

    policy.setRule({u"Owner"_s, true, {}, TagPolicy::CaseRule::Any});
    QCOMPARE(policy.rules().size(), 4);
    QVERIFY(policy.rule(u"Owner"_s)->required);
    QVERIFY(policy.removeRule(u"Owner"_s));
    QVERIFY(!policy.removeRule(u"Owner"_s));
    QVERIFY(!policy.rule(u"Owner"_s));
}

void TestTagPolicy::validate_compliantSet_hasNoIssues()
{
    const TagSet tags{{u"Team"_s, u"payments"_s},
                      {u"Project"_s, u"Checkout Bot"_s},
                      {u"Environment"_s, u"Production"_s},
                      {u"CostCenter"_s, u"21524"_s}};
    QCOMPARE(samplePolicy().validate(tags), QList<TagPolicy::Issue>());
    QVERIFY(TagPolicy().validate(tags).isEmpty());
}

void TestTagPolicy::validate_missingAndEmptyRequired_areErrors()
{
    const QList<TagPolicy::Issue> issues = samplePolicy().validate(TagSet{{u"Project"_s, u"  "_s}});
    QCOMPARE(keysOf(issues, TagPolicy::Severity::Error), (QStringList{u"Project"_s, u"Team"_s}));
    QVERIFY(TagPolicy::hasErrors(issues));
    QVERIFY(issues.at(0).message.contains(u"no value"_s));
    QVERIFY(issues.at(1).message.contains(u"missing"_s));
}

void TestTagPolicy::validateTag_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");   // keys of error issues
    QTest::addColumn<QStringList>("warnings"); // keys of warnings
    QTest::addColumn<QString>("fragment");     // part of the first message

    QTest::newRow("allowed value") << u"Team"_s << u"search"_s << QStringList() << QStringList() << QString();
    QTest::newRow("value not allowed") << u"Team"_s << u"marketing"_s << QStringList{u"Team"_s} << QStringList()
                                       << u"payments, search"_s;
    // "Payments" matches an allowed value but the lower rule warns: it still splits reports.
    QTest::newRow("allowed but wrong case (lower)") << u"Team"_s << u"Payments"_s << QStringList()
                                                    << QStringList{u"Team"_s} << u"“payments”"_s;
    QTest::newRow("exact: wrong case is an error") << u"Environment"_s << u"production"_s
                                                   << QStringList{u"Environment"_s} << QStringList() << u"“Production”"_s;
    QTest::newRow("exact: right case") << u"Environment"_s << u"Staging"_s << QStringList() << QStringList() << QString();
    QTest::newRow("lower without allowed values") << u"Owner"_s << u"Alice"_s << QStringList() << QStringList{u"Owner"_s}
                                                  << u"“alice”"_s;
    QTest::newRow("key differs in case from policy key") << u"team"_s << u"payments"_s << QStringList()
                                                         << QStringList{u"team"_s} << u"“Team”"_s;
    QTest::newRow("unknown key, free value") << u"Anything"_s << u"Whatever It Is"_s << QStringList() << QStringList()
                                             << QString();
    QTest::newRow("AWS: reserved key") << u"aws:foo"_s << u"x"_s << QStringList{u"aws:foo"_s} << QStringList()
                                       << u"aws:"_s;
    QTest::newRow("AWS: forbidden character in value") << u"Project"_s << u"a<b"_s << QStringList{u"Project"_s}
                                                       << QStringList() << u"<"_s;
}

void TestTagPolicy::validateTag()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    QFETCH(QString, fragment);
    const QList<TagPolicy::Issue> issues = samplePolicy().validateTag(key, value);
    QCOMPARE(keysOf(issues, TagPolicy::Severity::Error), errors);
    QCOMPARE(keysOf(issues, TagPolicy::Severity::Warning), warnings);
    if (!fragment.isEmpty())
        QVERIFY2(issues.constFirst().message.contains(fragment), qPrintable(issues.constFirst().message));
}

void TestTagPolicy::validate_awsRulesComeWithPolicyIssues()
{
    const TagSet tags{{u"Team"_s, u"pay\tments"_s}, {u"Project"_s, u"x"_s}};
    const QList<TagPolicy::Issue> issues = samplePolicy().validate(tags);
    // The tab breaks AWS's character rule and the value is not an allowed one: two errors on Team.
    QCOMPARE(keysOf(issues, TagPolicy::Severity::Error), (QStringList{u"Team"_s, u"Team"_s}));
    QVERIFY(issues.at(0).message.contains(u"U+0009"_s));
}

void TestTagPolicy::validate_tooManyTags_isErrorOfTheSet()
{
    TagSet tags;
    for (int i = 0; i <= TagSet::MaxTags; ++i)
        tags.insert(u"k%1"_s.arg(i), u"v"_s);
    const QList<TagPolicy::Issue> issues = TagPolicy().validate(tags);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().key, QString());
    QCOMPARE(issues.constFirst().severity, TagPolicy::Severity::Error);
}

void TestTagPolicy::json_roundTrip()
{
    const TagPolicy policy = samplePolicy();
    const QJsonObject json = policy.toJson();
    QCOMPARE(json.value(u"version"_s).toInt(), TagPolicy::JsonVersion);
    QCOMPARE(json.value(u"rules"_s).toArray().size(), 4);
    // Through text, as QSettings would store it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error;
    const std::optional<TagPolicy> parsed = TagPolicy::fromJson(reread, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, policy);
    QCOMPARE(TagPolicy::fromJson(TagPolicy().toJson()), std::optional<TagPolicy>(TagPolicy()));
}

void TestTagPolicy::fromJson_refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no version") << QByteArray(R"({"rules":[]})");
    QTest::newRow("future version") << QByteArray(R"({"version":2,"rules":[]})");
    QTest::newRow("rules not a list") << QByteArray(R"({"version":1,"rules":{}})");
    QTest::newRow("rule not an object") << QByteArray(R"({"version":1,"rules":[3]})");
    QTest::newRow("no key") << QByteArray(R"({"version":1,"rules":[{"required":true}]})");
    QTest::newRow("invalid key") << QByteArray(R"({"version":1,"rules":[{"key":"aws:x"}]})");
    QTest::newRow("duplicate key") << QByteArray(R"({"version":1,"rules":[{"key":"A"},{"key":"A"}]})");
    QTest::newRow("required not bool") << QByteArray(R"({"version":1,"rules":[{"key":"A","required":"yes"}]})");
    QTest::newRow("allowed not list") << QByteArray(R"({"version":1,"rules":[{"key":"A","allowedValues":"x"}]})");
    QTest::newRow("allowed value not text") << QByteArray(R"({"version":1,"rules":[{"key":"A","allowedValues":[1]}]})");
    QTest::newRow("allowed value invalid") << QByteArray(R"({"version":1,"rules":[{"key":"A","allowedValues":["a<b"]}]})");
    QTest::newRow("unknown case") << QByteArray(R"({"version":1,"rules":[{"key":"A","case":"upper"}]})");
    QTest::newRow("exact without values") << QByteArray(R"({"version":1,"rules":[{"key":"A","case":"exact"}]})");
}

void TestTagPolicy::fromJson_refusesBadInput()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!TagPolicy::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestTagPolicy::init()
{
    // Warnings count as failures.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QTEST_GUILESS_MAIN(TestTagPolicy)
#include "tst_tagpolicy.moc"
