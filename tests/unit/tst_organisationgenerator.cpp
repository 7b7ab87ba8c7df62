// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/pricecatalog.h"
#include "ledger.h"
#include "organisationgenerator.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using namespace Spendscope::Sandbox;

class TestOrganisationGenerator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generate_sameSeed_identicalLedger();
    void generate_otherSeed_differentLedger();
    void generate_history_endsTodayAndSpansThirteenMonths();
    void organisation_defaultScale_shape();
    void organisation_matchesGenerate();
    void generate_rows_pricedFromCatalogWithTagsAtRequestTime();
    void generate_defaultProject_untaggedTraffic();
    void generate_tagRename_oldKeyBeforeNewKeyAfter();
    void generate_inactiveKey_onUsageButNotActive();
    void generate_waste_patternsVisibleInRows();
    void generate_weeklySeasonalityAndGrowth();
    void generate_anomaly_spikesAboveNeighbours();
    void generate_defaultScale_aboutOneMillionRows();

private:
    static OrganisationGenerator::Options options(quint64 seed, Organisation::Scale scale)
    {
        OrganisationGenerator::Options o;
        o.seed = seed;
        o.scale = scale;
        o.today = QDate(2026, 11, 27);
        return o;
    }
    // Sum of cost per day for rows that satisfy `keep`.
    template<typename Keep>
    static QMap<QDate, qint64> dailyCost(const Ledger &ledger, Keep keep)
    {
        QMap<QDate, qint64> days;
        for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
            if (keep(row))
                days[ledger.day(row)] += ledger.costColumn()[size_t(row)];
        }
        return days;
    }
};

void TestOrganisationGenerator::generate_sameSeed_identicalLedger()
{
    Ledger a;
    Ledger b;
    OrganisationGenerator(options(7, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(a);
    OrganisationGenerator(options(7, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(b);
    QVERIFY(a.rowCount() > 1000);
    QCOMPARE(a.rowCount(), b.rowCount());
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QCOMPARE(a.totalCost(), b.totalCost());
}

void TestOrganisationGenerator::generate_otherSeed_differentLedger()
{
    Ledger a;
    Ledger b;
    const Organisation first = OrganisationGenerator(options(7, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(a);
    const Organisation second = OrganisationGenerator(options(8, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(b);
    QVERIFY(a.fingerprint() != b.fingerprint());
    QVERIFY(first.accountId != second.accountId || first.projects.at(1).id != second.projects.at(1).id);
}

void TestOrganisationGenerator::generate_history_endsTodayAndSpansThirteenMonths()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(1, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    QCOMPARE(org.today, QDate(2026, 11, 27));
    QCOMPARE(ledger.lastDay(), org.today);
    QCOMPARE(org.firstDay, QDate(2025, 10, 1));
    QCOMPARE(ledger.firstDay(), org.firstDay);
    // Day order, which the cost engine relies on.
    const auto days = ledger.dayColumn();
    QVERIFY(std::is_sorted(days.begin(), days.end()));
    // Usage on every day of history.
    QSet<quint16> distinct(days.begin(), days.end());
    QCOMPARE(qint64(distinct.size()), org.firstDay.daysTo(org.today) + 1);
}

void TestOrganisationGenerator::organisation_defaultScale_shape()
{
    const Organisation org = OrganisationGenerator(options(42, Organisation::Scale::Default), PriceCatalog::builtIn()).organisation();
    QVERIFY2(org.teams.size() >= 8, qPrintable(QString::number(org.teams.size())));
    QVERIFY2(org.projects.size() >= 41, qPrintable(QString::number(org.projects.size())));
    QCOMPARE(org.accountId.size(), 12);
    QVERIFY(org.projects.first().isDefault());
    QVERIFY(org.projects.first().tagHistory.isEmpty());

    QSet<QString> ids;
    QSet<QString> names;
    for (const Organisation::Project &project : org.projects) {
        ids.insert(project.id);
        names.insert(project.name);
        if (!project.isDefault()) {
            QVERIFY2(project.id.startsWith(u"proj_") && project.id.size() == 25, qPrintable(project.id));
            QVERIFY(project.team >= 0 && project.team < org.teams.size());
            QVERIFY(!project.tagHistory.isEmpty());
        }
        QVERIFY(!project.models.isEmpty());
    }
    QCOMPARE(ids.size(), org.projects.size());
    QCOMPARE(names.size(), org.projects.size());

    // At least 20 models, premium and cheap ones.
    QVERIFY2(org.models.size() >= 20, qPrintable(QString::number(org.models.size())));
    int premium = 0;
    int economy = 0;
    for (const QString &model : org.models) {
        const ModelPrice *price = PriceCatalog::builtIn().find(model);
        QVERIFY2(price, qPrintable(model));
        premium += price->tier == ModelPrice::Tier::Premium;
        economy += price->tier == ModelPrice::Tier::Economy;
    }
    QVERIFY(premium >= 3);
    QVERIFY(economy >= 5);

    // Some tags missing or inconsistent.
    int withoutTeam = 0;
    QSet<QString> teamSpellings;
    for (const Organisation::Project &project : org.projects) {
        const QMap<QString, QString> tags = project.currentTags();
        if (!project.isDefault() && !tags.contains(u"Team"_s))
            ++withoutTeam;
        if (tags.contains(u"Team"_s))
            teamSpellings.insert(tags.value(u"Team"_s));
    }
    QVERIFY(withoutTeam > 0);
    QVERIFY(teamSpellings.size() > org.teams.size()); // "payments" and "Payments"
    QVERIFY(org.anomalies.size() >= 3);
    QVERIFY(!org.waste.isEmpty());
}

void TestOrganisationGenerator::organisation_matchesGenerate()
{
    const OrganisationGenerator generator(options(3, Organisation::Scale::Small), PriceCatalog::builtIn());
    Ledger ledger;
    const Organisation generated = generator.generate(ledger);
    const Organisation planned = generator.organisation();
    QCOMPARE(planned.projects.size(), generated.projects.size());
    for (qsizetype i = 0; i < planned.projects.size(); ++i) {
        QCOMPARE(planned.projects.at(i).id, generated.projects.at(i).id);
        QCOMPARE(planned.projects.at(i).currentTags(), generated.projects.at(i).currentTags());
    }
    QVERIFY(planned.costAllocationTags == generated.costAllocationTags);
}

void TestOrganisationGenerator::generate_rows_pricedFromCatalogWithTagsAtRequestTime()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(5, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    QHash<QString, const Organisation::Project *> projects;
    for (const Organisation::Project &project : org.projects)
        projects.insert(project.id, &project);
    Money total;
    for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
        const size_t r = size_t(row);
        const UsageType &type = ledger.usageType(ledger.usageTypeColumn()[r]);
        QVERIFY2(type.isMantle(), qPrintable(ledger.usageTypeText(ledger.usageTypeColumn()[r])));
        // Quantity in 1K tokens: a whole number of tokens.
        const qint64 quantity = ledger.quantityColumn()[r];
        QCOMPARE(quantity % 1'000'000, 0);
        const qint64 tokens = quantity / 1'000'000;
        QVERIFY(tokens > 0);
        const std::optional<Money> expected = PriceCatalog::builtIn().cost(type.model(), type.tokenType(), tokens);
        QVERIFY(expected);
        QCOMPARE(ledger.costColumn()[r], expected->nanos());
        total += *expected;
        // The snapshot is the project's tags on that day.
        const Organisation::Project *project = projects.value(ledger.projectId(ledger.projectColumn()[r]));
        QVERIFY(project);
        QCOMPARE(ledger.tagSnapshot(ledger.tagsColumn()[r]), project->tagsOn(ledger.day(row)));
        QVERIFY(ledger.day(row) >= project->created);
        QVERIFY(!project->isArchived() || ledger.day(row) < project->archived);
    }
    QCOMPARE(ledger.totalCost(), total);
}

void TestOrganisationGenerator::generate_defaultProject_untaggedTraffic()
{
    Ledger ledger;
    OrganisationGenerator(options(5, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    qint64 defaultCost = 0;
    for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
        if (ledger.projectId(ledger.projectColumn()[size_t(row)]) == u"default") {
            QVERIFY(ledger.tagSnapshot(ledger.tagsColumn()[size_t(row)]).isEmpty());
            defaultCost += ledger.costColumn()[size_t(row)];
        }
    }
    QVERIFY(defaultCost > 0);
    QVERIFY(defaultCost < ledger.totalCost().nanos());
}

void TestOrganisationGenerator::generate_tagRename_oldKeyBeforeNewKeyAfter()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(11, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    QCOMPARE(org.rename.from, u"CostCentre"_s);
    QCOMPARE(org.rename.to, u"CostCenter"_s);
    QVERIFY(org.rename.day > org.firstDay && org.rename.day < org.today);
    int before = 0;
    int after = 0;
    for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
        const Ledger::TagMap &tags = ledger.tagSnapshot(ledger.tagsColumn()[size_t(row)]);
        if (ledger.day(row) < org.rename.day) {
            QVERIFY(!tags.contains(org.rename.to));
            before += tags.contains(org.rename.from);
        } else {
            QVERIFY(!tags.contains(org.rename.from));
            after += tags.contains(org.rename.to);
        }
    }
    QVERIFY(before > 0);
    QVERIFY(after > 0);
    // The new key was activated after the rename; activation is not retroactive.
    const CostAllocationTags::Key *renamed = org.costAllocationTags.find(org.rename.to);
    QVERIFY(renamed && renamed->isActive());
    QVERIFY(!renamed->isActiveOn(org.rename.day));
    QVERIFY(org.costAllocationTags.isActiveOn(org.rename.from, org.rename.day.addDays(-1)));
}

void TestOrganisationGenerator::generate_inactiveKey_onUsageButNotActive()
{
    const Organisation org = OrganisationGenerator(options(42, Organisation::Scale::Default), PriceCatalog::builtIn()).organisation();
    QCOMPARE(org.inactiveTagKey, u"Owner"_s);
    const CostAllocationTags::Key *owner = org.costAllocationTags.find(org.inactiveTagKey);
    QVERIFY(owner);
    QVERIFY(!owner->isActive());
    QVERIFY(owner->spans.isEmpty());
    int carriers = 0;
    for (const Organisation::Project &project : org.projects)
        carriers += project.currentTags().contains(org.inactiveTagKey);
    QVERIFY(carriers > 0);
    // "Project" activated after history began: its earlier spend stays untagged.
    QVERIFY(!org.costAllocationTags.isActiveOn(u"Project"_s, org.firstDay));
    QVERIFY(org.costAllocationTags.isActiveOn(u"Project"_s, org.today));
    QVERIFY(org.costAllocationTags.isActiveOn(u"Team"_s, org.firstDay));
}

void TestOrganisationGenerator::generate_waste_patternsVisibleInRows()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(9, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    bool premium = false;
    bool noCache = false;
    for (const Organisation::Waste &waste : org.waste) {
        qint64 input = 0;
        qint64 output = 0;
        qint64 cacheRead = 0;
        for (qsizetype row = 0; row < ledger.rowCount(); ++row) {
            const size_t r = size_t(row);
            const UsageType &type = ledger.usageType(ledger.usageTypeColumn()[r]);
            if (ledger.projectId(ledger.projectColumn()[r]) != waste.projectId || type.model() != waste.model)
                continue;
            if (type.tokenType() == UsageType::TokenType::Input)
                input += ledger.quantityColumn()[r];
            else if (type.tokenType() == UsageType::TokenType::Output)
                output += ledger.quantityColumn()[r];
            else if (type.tokenType() == UsageType::TokenType::CacheRead)
                cacheRead += ledger.quantityColumn()[r];
        }
        QVERIFY(input > 0);
        const ModelPrice *price = PriceCatalog::builtIn().find(waste.model);
        if (waste.kind == Organisation::Waste::Kind::PremiumOnSimpleTraffic) {
            premium = true;
            QCOMPARE(price->tier, ModelPrice::Tier::Premium);
            QVERIFY(output * 5 < input); // short answers
        } else {
            noCache = true;
            QVERIFY(price->cacheReadPerMillion); // it could have cached
            QCOMPARE(cacheRead, 0);
        }
    }
    QVERIFY(premium);
    QVERIFY(noCache);
    // Elsewhere caching is used: cache-read usage exists.
    bool anyCacheRead = false;
    for (qsizetype t = 0; t < ledger.usageTypeCount(); ++t)
        anyCacheRead |= ledger.usageType(quint16(t)).tokenType() == UsageType::TokenType::CacheRead;
    QVERIFY(anyCacheRead);
}

void TestOrganisationGenerator::generate_weeklySeasonalityAndGrowth()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(42, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    const QMap<QDate, qint64> days = dailyCost(ledger, [](qsizetype) { return true; });
    double weekday = 0;
    double weekend = 0;
    int weekdays = 0;
    int weekends = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().dayOfWeek() >= 6) {
            weekend += double(it.value());
            ++weekends;
        } else {
            weekday += double(it.value());
            ++weekdays;
        }
    }
    QVERIFY2(weekend / weekends < 0.9 * weekday / weekdays, "weekends should be quieter");
    // Growth: the last full month costs more than the first.
    qint64 first = 0;
    qint64 last = 0;
    const QDate lastMonth = QDate(org.today.year(), org.today.month(), 1).addMonths(-1);
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key() < org.firstDay.addMonths(1))
            first += it.value();
        else if (it.key() >= lastMonth && it.key() < lastMonth.addMonths(1))
            last += it.value();
    }
    QVERIFY2(last > first, qPrintable(u"%1 vs %2"_s.arg(last).arg(first)));
}

void TestOrganisationGenerator::generate_anomaly_spikesAboveNeighbours()
{
    Ledger ledger;
    const Organisation org = OrganisationGenerator(options(42, Organisation::Scale::Small), PriceCatalog::builtIn()).generate(ledger);
    QVERIFY(!org.anomalies.isEmpty());
    const Organisation::Anomaly &anomaly = org.anomalies.first();
    QVERIFY(anomaly.factor >= 5);
    const QMap<QDate, qint64> days = dailyCost(ledger, [&](qsizetype row) {
        return ledger.projectId(ledger.projectColumn()[size_t(row)]) == anomaly.projectId
            && ledger.usageType(ledger.usageTypeColumn()[size_t(row)]).model() == anomaly.model;
    });
    // The same weekday one and two weeks earlier is the baseline.
    const qint64 spike = days.value(anomaly.start);
    const qint64 baseline = std::max(days.value(anomaly.start.addDays(-7)), days.value(anomaly.start.addDays(-14)));
    QVERIFY2(spike > 2 * baseline, qPrintable(u"%1 vs %2"_s.arg(spike).arg(baseline)));
}

void TestOrganisationGenerator::generate_defaultScale_aboutOneMillionRows()
{
    Ledger ledger;
    QElapsedTimer timer;
    timer.start();
    const Organisation org = OrganisationGenerator(options(42, Organisation::Scale::Default), PriceCatalog::builtIn()).generate(ledger);
    const qint64 elapsed = timer.elapsed();
    qInfo("default scale: %lld rows, %lld tag snapshots, %lld usage types, %lld projects, total %s USD, %lld ms",
          qint64(ledger.rowCount()), qint64(ledger.tagSnapshotCount()), qint64(ledger.usageTypeCount()),
          qint64(org.projects.size()), qPrintable(ledger.totalCost().toString(2)), elapsed);
    QVERIFY2(ledger.rowCount() >= 700'000 && ledger.rowCount() <= 1'500'000, qPrintable(QString::number(ledger.rowCount())));
    // A sanity bound, not a benchmark: generation must stay interactive for `spendscope sandbox`.
    QVERIFY2(elapsed < 60'000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestOrganisationGenerator)
#include "tst_organisationgenerator.moc"
