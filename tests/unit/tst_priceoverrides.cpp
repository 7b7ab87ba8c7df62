// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/priceoverrides.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

Q_DECLARE_METATYPE(Spendscope::PriceOverride)

namespace {

Money money(const char *text)
{
    const std::optional<Money> parsed = Money::parse(QByteArrayView(text));
    Q_ASSERT(parsed);
    return *parsed;
}

const QString Sonnet = u"anthropic.claude-sonnet-4-6"_s;
const QString GptOss = u"openai.gpt-oss-120b"_s; // no cache prices in the catalog
const QString UsEast = u"us-east-1"_s;

PriceOverride sonnetRate()
{
    PriceOverride entry;
    entry.modelId = Sonnet;
    entry.region = UsEast;
    entry.inputPerMillion = money("2.4");
    entry.cacheReadPerMillion = money("0.24");
    entry.note = u"EDP 2026"_s;
    return entry;
}

} // namespace

class TestPriceOverrides final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void applyTo_replacesOnlyOverriddenPrices_andMarksEntry();
    void applyTo_otherEntriesUnchanged();
    void set_replacesSameModelAndRegion_keepsOrder();
    void set_withoutPrices_removes();
    void validate_refusesBadInput_data();
    void validate_refusesBadInput();
    void json_roundTrip_exact();
    void fromJson_badInput_refusedWithMessage_data();
    void fromJson_badInput_refusedWithMessage();
    void applyTo_unknownEntry_skippedAndNamed();
    void settings_perProfile_roundTrip();
};

void TestPriceOverrides::applyTo_replacesOnlyOverriddenPrices_andMarksEntry()
{
    const PriceCatalog &builtIn = PriceCatalog::builtIn();
    PriceOverrides overrides;
    QString error;
    QVERIFY2(overrides.set(sonnetRate(), builtIn, &error), qPrintable(error));
    QVERIFY(overrides.isOverridden(Sonnet));
    QVERIFY(overrides.isOverridden(Sonnet, UsEast));
    QVERIFY(!overrides.isOverridden(Sonnet, u"eu-west-1"));
    QVERIFY(!overrides.isOverridden(GptOss));

    const PriceCatalog effective = overrides.applyTo(builtIn);
    const ModelPrice *before = builtIn.find(Sonnet, UsEast);
    const ModelPrice *after = effective.find(Sonnet, UsEast);
    QVERIFY(before && after);
    QVERIFY(after->overridden);
    QVERIFY(!before->overridden);
    QCOMPARE(after->inputPerMillion, money("2.4"));
    QCOMPARE(after->cacheReadPerMillion, std::optional<Money>(money("0.24")));
    // Absent overrides keep the catalog's figures.
    QCOMPARE(after->outputPerMillion, before->outputPerMillion);
    QCOMPARE(after->cacheWritePerMillion, before->cacheWritePerMillion);
    // Costs follow: 1M input tokens at 2.4.
    QCOMPARE(effective.cost(Sonnet, UsageType::TokenType::Input, 1'000'000), std::optional<Money>(money("2.4")));
    QCOMPARE(effective.cost(Sonnet, UsageType::TokenType::Input, 1'234), std::optional<Money>(money("0.0029616")));
    QCOMPARE(effective.models().size(), builtIn.models().size());
    QCOMPARE(effective.asOf(), builtIn.asOf());
}

void TestPriceOverrides::applyTo_otherEntriesUnchanged()
{
    const PriceCatalog &builtIn = PriceCatalog::builtIn();
    PriceOverrides overrides;
    QVERIFY(overrides.set(sonnetRate(), builtIn));
    const PriceCatalog effective = overrides.applyTo(builtIn);
    for (qsizetype i = 0; i < builtIn.models().size(); ++i) {
        const ModelPrice &a = builtIn.models().at(i);
        const ModelPrice &b = effective.models().at(i);
        QCOMPARE(b.modelId, a.modelId);
        QCOMPARE(b.region, a.region);
        if (a.modelId == Sonnet && a.region == UsEast)
            continue;
        QVERIFY(!b.overridden);
        QCOMPARE(b.inputPerMillion, a.inputPerMillion);
        QCOMPARE(b.outputPerMillion, a.outputPerMillion);
        QCOMPARE(b.cacheReadPerMillion, a.cacheReadPerMillion);
        QCOMPARE(b.cacheWritePerMillion, a.cacheWritePerMillion);
    }
    // No overrides: the catalog as it was.
    const PriceCatalog same = PriceOverrides().applyTo(builtIn);
    for (const ModelPrice &price : same.models())
        QVERIFY(!price.overridden);
}

void TestPriceOverrides::set_replacesSameModelAndRegion_keepsOrder()
{
    const PriceCatalog &builtIn = PriceCatalog::builtIn();
    PriceOverrides overrides;
    PriceOverride gpt;
    gpt.modelId = GptOss;
    gpt.region = UsEast;
    gpt.outputPerMillion = money("0.5");
    QVERIFY(overrides.set(gpt, builtIn));
    QVERIFY(overrides.set(sonnetRate(), builtIn));
    PriceOverride cheaper = sonnetRate();
    cheaper.inputPerMillion = money("2.1");
    QVERIFY(overrides.set(cheaper, builtIn));
    QCOMPARE(overrides.entries().size(), 2);
    // Sorted by model id.
    QCOMPARE(overrides.entries().at(0).modelId, Sonnet);
    QCOMPARE(overrides.entries().at(1).modelId, GptOss);
    QCOMPARE(overrides.find(Sonnet, UsEast)->inputPerMillion, std::optional<Money>(money("2.1")));
    QVERIFY(overrides.remove(GptOss, UsEast));
    QVERIFY(!overrides.remove(GptOss, UsEast));
    QCOMPARE(overrides.entries().size(), 1);
}

void TestPriceOverrides::set_withoutPrices_removes()
{
    const PriceCatalog &builtIn = PriceCatalog::builtIn();
    PriceOverrides overrides;
    QVERIFY(overrides.set(sonnetRate(), builtIn));
    PriceOverride none;
    none.modelId = Sonnet;
    none.region = UsEast;
    QVERIFY(overrides.set(none, builtIn));
    QVERIFY(overrides.isEmpty());
}

void TestPriceOverrides::validate_refusesBadInput_data()
{
    QTest::addColumn<PriceOverride>("entry");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    PriceOverride unknown = sonnetRate();
    unknown.modelId = u"nobody.model"_s;
    QTest::newRow("unknown model") << unknown << u"no model “nobody.model”"_s;
    PriceOverride otherRegion = sonnetRate();
    otherRegion.region = u"ap-south-2"_s;
    QTest::newRow("region not listed") << otherRegion << u"region ap-south-2"_s;
    PriceOverride negative = sonnetRate();
    negative.outputPerMillion = money("-1");
    QTest::newRow("negative") << negative << u"cannot be negative"_s;
    PriceOverride huge = sonnetRate();
    huge.outputPerMillion = money("150000");
    QTest::newRow("implausible") << huge << u"not plausible"_s;
    PriceOverride noSku;
    noSku.modelId = GptOss;
    noSku.region = UsEast;
    noSku.cacheReadPerMillion = money("0.01");
    QTest::newRow("no cache-read SKU") << noSku << u"no cache-read price"_s;
    noSku.cacheReadPerMillion.reset();
    noSku.cacheWritePerMillion = money("0.01");
    QTest::newRow("no cache-write SKU") << noSku << u"no cache-write price"_s;
    PriceOverride longNote = sonnetRate();
    longNote.note = QString(PriceOverrides::MaxNoteLength + 1, u'x');
    QTest::newRow("long note") << longNote << u"at most"_s;
}

void TestPriceOverrides::validate_refusesBadInput()
{
    QFETCH(PriceOverride, entry);
    QFETCH(QString, expected);
    const QString message = PriceOverrides::validate(entry, PriceCatalog::builtIn());
    QVERIFY2(message.contains(expected), qPrintable(message));
    PriceOverrides overrides;
    QString error;
    QVERIFY(!overrides.set(entry, PriceCatalog::builtIn(), &error));
    QCOMPARE(error, message);
    QVERIFY(overrides.isEmpty());
}

void TestPriceOverrides::json_roundTrip_exact()
{
    const PriceCatalog &builtIn = PriceCatalog::builtIn();
    PriceOverrides overrides;
    QVERIFY(overrides.set(sonnetRate(), builtIn));
    PriceOverride gpt;
    gpt.modelId = GptOss;
    gpt.region = UsEast;
    gpt.inputPerMillion = money("0.123456789"); // nine decimals survive
    gpt.outputPerMillion = money("0");
    QVERIFY(overrides.set(gpt, builtIn));
    const QJsonObject json = overrides.toJson();
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    const QJsonObject first = json.value(u"overrides"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"input_per_1m"_s).toString(), u"2.4"_s);
    QVERIFY(!first.contains(u"output_per_1m"_s));
    QString error;
    const std::optional<PriceOverrides> back = PriceOverrides::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, overrides);
    QCOMPARE(back->find(GptOss, UsEast)->inputPerMillion, std::optional<Money>(Money::fromNanos(123'456'789)));
    QCOMPARE(back->find(GptOss, UsEast)->outputPerMillion, std::optional<Money>(Money()));
}

void TestPriceOverrides::fromJson_badInput_refusedWithMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("version") << QByteArray(R"({"version":2,"overrides":[]})");
    QTest::newRow("no list") << QByteArray(R"({"version":1})");
    QTest::newRow("no model") << QByteArray(R"({"version":1,"overrides":[{"region":"us-east-1","input_per_1m":"1"}]})");
    QTest::newRow("number price")
        << QByteArray(R"({"version":1,"overrides":[{"model":"m","region":"r","input_per_1m":1.5}]})");
    QTest::newRow("negative price")
        << QByteArray(R"({"version":1,"overrides":[{"model":"m","region":"r","input_per_1m":"-1"}]})");
    QTest::newRow("text price")
        << QByteArray(R"({"version":1,"overrides":[{"model":"m","region":"r","output_per_1m":"cheap"}]})");
    QTest::newRow("twice") << QByteArray(R"({"version":1,"overrides":[{"model":"m","region":"r","input_per_1m":"1"},)"
                                         R"({"model":"m","region":"r","input_per_1m":"2"}]})");
}

void TestPriceOverrides::fromJson_badInput_refusedWithMessage()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!PriceOverrides::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestPriceOverrides::applyTo_unknownEntry_skippedAndNamed()
{
    const std::optional<PriceOverrides> stored = PriceOverrides::fromJson(
        QJsonDocument::fromJson(R"({"version":1,"overrides":[{"model":"retired.model","region":"us-east-1","input_per_1m":"1"}]})")
            .object());
    QVERIFY(stored);
    QStringList skipped;
    const PriceCatalog effective = stored->applyTo(PriceCatalog::builtIn(), &skipped);
    QCOMPARE(skipped, QStringList{u"retired.model (us-east-1)"_s});
    for (const ModelPrice &price : effective.models())
        QVERIFY(!price.overridden);
}

void TestPriceOverrides::settings_perProfile_roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    PriceOverrides overrides;
    QVERIFY(overrides.set(sonnetRate(), PriceCatalog::builtIn()));
    PriceOverrides::save(settings, u"alpha"_s, overrides);
    QCOMPARE(PriceOverrides::load(settings, u"alpha"_s), overrides);
    QVERIFY(PriceOverrides::load(settings, u"beta"_s).isEmpty());
    // Another QSettings on the same file (a new session) reads the same.
    settings.sync();
    const QSettings reopened(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(PriceOverrides::load(reopened, u"alpha"_s), overrides);
    // Damaged settings give none and say so.
    settings.setValue(PriceOverrides::settingsKey(u"alpha"_s), QByteArray("{not json"));
    QString error;
    QVERIFY(PriceOverrides::load(settings, u"alpha"_s, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // Saving none removes the key.
    PriceOverrides::save(settings, u"alpha"_s, PriceOverrides());
    QVERIFY(!settings.contains(PriceOverrides::settingsKey(u"alpha"_s)));
}

QTEST_GUILESS_MAIN(TestPriceOverrides)
#include "tst_priceoverrides.moc"
