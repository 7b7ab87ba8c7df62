// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/taskcalculator.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Spendscope::Money;
using Spendscope::PriceCatalog;
using Spendscope::TaskCalculator;
using Spendscope::TaskProfile;

namespace {

Money money(const char *text)
{
    const std::optional<Money> parsed = Money::parse(QByteArrayView(text));
    Q_ASSERT(parsed);
    return *parsed;
}

TaskProfile triage()
{
    return {u"Triage"_s, 600, 20, std::nullopt, 100'000};
}

} // namespace

Q_DECLARE_METATYPE(TaskProfile)

class TestTaskCalculator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quote_plainProfile_handComputed();
    void quote_cachedShare_usesCacheReadPrice();
    void quote_cachedShareWithoutCachePrice_pricedAsInput();
    void quote_monthlyCost_notRoundedTaskCostTimesTasks();
    void quote_invalidProfileOrUnknownModel_nullopt();
    void quotes_everyModelOnce_sortedByMonthlyCost();
    void validate_data();
    void validate();
    void addProfile_invalidOrDuplicate_refusedWithMessage();
    void replaceAndRemove_editProfiles();
    void examples_areValid();
};

void TestTaskCalculator::quote_plainProfile_handComputed()
{
    const TaskCalculator calculator(PriceCatalog::builtIn());
    // gpt-oss-120b: 600 × 0.15 / 1M + 20 × 0.60 / 1M = 0.00009 + 0.000012
    const std::optional<TaskCalculator::Quote> quote = calculator.quote(triage(), u"openai.gpt-oss-120b");
    QVERIFY(quote);
    QCOMPARE(quote->costPerTask, money("0.000102"));
    QCOMPARE(quote->costPerMonth, money("10.2"));
    QCOMPARE(quote->provider, u"OpenAI"_s);
    QVERIFY(!quote->cachedInputAsInput);
}

void TestTaskCalculator::quote_cachedShare_usesCacheReadPrice()
{
    const TaskCalculator calculator(PriceCatalog::builtIn());
    const TaskProfile chat{u"Chat"_s, 2'000, 400, 50, 200'000};
    // Sonnet: 1000 × 3.00 + 1000 × 0.30 + 400 × 15.00, per 1M = 0.003 + 0.0003 + 0.006
    const std::optional<TaskCalculator::Quote> quote = calculator.quote(chat, u"anthropic.claude-sonnet-4-6");
    QVERIFY(quote);
    QCOMPARE(quote->costPerTask, money("0.0093"));
    QCOMPARE(quote->costPerMonth, money("1860"));
    QVERIFY(!quote->cachedInputAsInput);
}

void TestTaskCalculator::quote_cachedShareWithoutCachePrice_pricedAsInput()
{
    const TaskCalculator calculator(PriceCatalog::builtIn());
    const TaskProfile chat{u"Chat"_s, 2'000, 400, 50, 200'000};
    // gpt-oss-120b has no cache-read price: 2000 × 0.15 + 400 × 0.60, per 1M = 0.0003 + 0.00024
    const std::optional<TaskCalculator::Quote> quote = calculator.quote(chat, u"openai.gpt-oss-120b");
    QVERIFY(quote);
    QCOMPARE(quote->costPerTask, money("0.00054"));
    QCOMPARE(quote->costPerMonth, money("108"));
    QVERIFY(quote->cachedInputAsInput);

    // A zero share is no caching at all: nothing to flag.
    const TaskProfile uncached{u"Chat"_s, 2'000, 400, 0, 200'000};
    QVERIFY(!calculator.quote(uncached, u"openai.gpt-oss-120b")->cachedInputAsInput);
}

void TestTaskCalculator::quote_monthlyCost_notRoundedTaskCostTimesTasks()
{
    const TaskCalculator calculator(PriceCatalog::builtIn());
    // Nova Micro cache reads cost 0.00875 per 1M: one token is 8.75 nano-units, shown as 9 per task,
    // but a thousand tasks cost exactly 8,750 nano-units, not 9,000.
    const TaskProfile tiny{u"Tiny"_s, 1, 0, 100, 1'000};
    const std::optional<TaskCalculator::Quote> quote = calculator.quote(tiny, u"amazon.nova-micro-v1:0");
    QVERIFY(quote);
    QCOMPARE(quote->costPerTask, Money::fromNanos(9));
    QCOMPARE(quote->costPerMonth, Money::fromNanos(8'750));

    // Three tokens, half cached, on Nova Micro: 1.5 × 35 + 1.5 × 8.75 = 65.625 nano-units → 66 per
    // task; ten tasks cost exactly 656.25 → 656, not 660.
    const TaskProfile odd{u"Odd"_s, 3, 0, 50, 10};
    const std::optional<TaskCalculator::Quote> oddQuote = calculator.quote(odd, u"amazon.nova-micro-v1:0");
    QVERIFY(oddQuote);
    QCOMPARE(oddQuote->costPerTask, Money::fromNanos(66));
    QCOMPARE(oddQuote->costPerMonth, Money::fromNanos(656));
}

void TestTaskCalculator::quote_invalidProfileOrUnknownModel_nullopt()
{
    const TaskCalculator calculator(PriceCatalog::builtIn());
    QVERIFY(!calculator.quote(triage(), u"acme.unknown"));
    TaskProfile broken = triage();
    broken.inputTokensPerTask = -1;
    QVERIFY(!calculator.quote(broken, u"openai.gpt-oss-120b"));
    QVERIFY(calculator.quotes(broken).isEmpty());
}

void TestTaskCalculator::quotes_everyModelOnce_sortedByMonthlyCost()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const TaskCalculator calculator(catalog);
    const QList<TaskCalculator::Quote> quotes = calculator.quotes(triage());
    QSet<QString> ids;
    for (const Spendscope::ModelPrice &price : catalog.models())
        ids.insert(price.modelId);
    QCOMPARE(quotes.size(), ids.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QVERIFY(!seen.contains(quotes.at(i).modelId));
        seen.insert(quotes.at(i).modelId);
        if (i > 0)
            QVERIFY(quotes.at(i - 1).costPerMonth <= quotes.at(i).costPerMonth);
    }
    // Cheapest by hand: Nova Micro, (600 × 0.035 + 20 × 0.14) / 1M × 100,000 = 2.1 + 0.28.
    QCOMPARE(quotes.constFirst().modelId, u"amazon.nova-micro-v1:0"_s);
    QCOMPARE(quotes.constFirst().costPerMonth, money("2.38"));
    // Dearest: gpt-5.5, (600 × 5.50 + 20 × 33.00) / 1M × 100,000 = 330 + 66.
    QCOMPARE(quotes.constLast().modelId, u"openai.gpt-5.5"_s);
    QCOMPARE(quotes.constLast().costPerMonth, money("396"));
}

void TestTaskCalculator::validate_data()
{
    QTest::addColumn<TaskProfile>("profile");
    QTest::addColumn<bool>("valid");
    QTest::newRow("typical") << triage() << true;
    QTest::newRow("no tasks yet") << TaskProfile{u"Idle"_s, 600, 20, std::nullopt, 0} << true;
    QTest::newRow("output only") << TaskProfile{u"Gen"_s, 0, 500, std::nullopt, 10} << true;
    QTest::newRow("all cached") << TaskProfile{u"Cache"_s, 600, 20, 100, 10} << true;
    QTest::newRow("at the limits") << TaskProfile{u"Big"_s, 10'000'000, 0, std::nullopt, 1'000'000} << true;
    QTest::newRow("empty name") << TaskProfile{QString(), 600, 20, std::nullopt, 10} << false;
    QTest::newRow("blank name") << TaskProfile{u"   "_s, 600, 20, std::nullopt, 10} << false;
    QTest::newRow("long name") << TaskProfile{QString(101, u'x'), 600, 20, std::nullopt, 10} << false;
    QTest::newRow("negative input") << TaskProfile{u"N"_s, -1, 20, std::nullopt, 10} << false;
    QTest::newRow("negative output") << TaskProfile{u"N"_s, 600, -20, std::nullopt, 10} << false;
    QTest::newRow("no tokens") << TaskProfile{u"N"_s, 0, 0, std::nullopt, 10} << false;
    QTest::newRow("absurd input") << TaskProfile{u"N"_s, 10'000'001, 0, std::nullopt, 1} << false;
    QTest::newRow("absurd output") << TaskProfile{u"N"_s, 1, 50'000'000, std::nullopt, 1} << false;
    QTest::newRow("negative share") << TaskProfile{u"N"_s, 600, 20, -1, 10} << false;
    QTest::newRow("share above 100") << TaskProfile{u"N"_s, 600, 20, 101, 10} << false;
    QTest::newRow("share without input") << TaskProfile{u"N"_s, 0, 20, 30, 10} << false;
    QTest::newRow("negative tasks") << TaskProfile{u"N"_s, 600, 20, std::nullopt, -5} << false;
    QTest::newRow("absurd tasks") << TaskProfile{u"N"_s, 1, 1, std::nullopt, 1'000'000'001} << false;
    QTest::newRow("absurd monthly tokens") << TaskProfile{u"N"_s, 10'000'000, 10'000'000, std::nullopt, 1'000'000}
                                           << false;
}

void TestTaskCalculator::validate()
{
    QFETCH(TaskProfile, profile);
    QFETCH(bool, valid);
    const QString message = TaskCalculator::validate(profile);
    QCOMPARE(message.isEmpty(), valid);
    // A message about a named profile names it.
    if (!valid && !profile.name.trimmed().isEmpty() && profile.name.size() <= TaskCalculator::MaxNameLength)
        QVERIFY2(message.contains(profile.name), qPrintable(message));
}

void TestTaskCalculator::addProfile_invalidOrDuplicate_refusedWithMessage()
{
    TaskCalculator calculator(PriceCatalog::builtIn());
    QString error;
    QVERIFY(calculator.addProfile(triage(), &error));
    QVERIFY(error.isEmpty());

    TaskProfile duplicate = triage();
    duplicate.name = u" TRIAGE "_s;
    QVERIFY(!calculator.addProfile(duplicate, &error));
    QVERIFY(error.contains(u"TRIAGE"));

    error.clear();
    TaskProfile negative{u"Other"_s, 600, 20, std::nullopt, -1};
    QVERIFY(!calculator.addProfile(negative, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!calculator.addProfile(negative)); // no error out-parameter: still refused, no crash
    QCOMPARE(calculator.profiles().size(), 1);
}

void TestTaskCalculator::replaceAndRemove_editProfiles()
{
    TaskCalculator calculator(PriceCatalog::builtIn());
    QVERIFY(calculator.addProfile(triage()));
    QVERIFY(calculator.addProfile({u"Chat"_s, 2'000, 400, 50, 200'000}));

    // The same name at the same index is an edit, not a duplicate.
    TaskProfile edited = triage();
    edited.tasksPerMonth = 5;
    QVERIFY(calculator.replaceProfile(0, edited));
    QCOMPARE(calculator.profiles().at(0), edited);

    QString error;
    TaskProfile clash = edited;
    clash.name = u"chat"_s;
    QVERIFY(!calculator.replaceProfile(0, clash, &error));
    QVERIFY(!error.isEmpty());
    TaskProfile invalid = edited;
    invalid.outputTokensPerTask = -3;
    QVERIFY(!calculator.replaceProfile(0, invalid));
    QVERIFY(!calculator.replaceProfile(2, edited));
    QCOMPARE(calculator.profiles().at(0), edited);

    QVERIFY(!calculator.removeProfile(-1));
    QVERIFY(!calculator.removeProfile(2));
    QVERIFY(calculator.removeProfile(0));
    QCOMPARE(calculator.profiles().size(), 1);
    QCOMPARE(calculator.profiles().at(0).name, u"Chat"_s);
}

void TestTaskCalculator::examples_areValid()
{
    TaskCalculator calculator(PriceCatalog::builtIn());
    const QList<TaskProfile> examples = TaskCalculator::examples();
    QVERIFY(!examples.isEmpty());
    for (const TaskProfile &profile : examples) {
        QString error;
        QVERIFY2(calculator.addProfile(profile, &error), qPrintable(error));
        QVERIFY(!calculator.quotes(profile).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTaskCalculator)
#include "tst_taskcalculator.moc"
