// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/budgetfilter.h"
#include "analytics/chargebackcsv.h"
#include "analytics/chargebackreport.h"
#include "domain/usagetype.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate FirstDaily(2026, 9, 1);
const QDate LastDay(2026, 11, 20);
const QString Sonnet = u"anthropic.claude-sonnet-4-6"_s;

Money usd(const char *text)
{
    return Money::parse(QByteArrayView(text)).value();
}

// One row in each cube: `billed` is the team tag on the usage (team cube), `owner` the team that
// owns the project now (project cube).
void add(CostCube::Builder &teams, CostCube::Builder &projects, QDate day, const QString &billed,
         const QString &owner, const QString &project, const QString &model, Money cost)
{
    CostCube::Row row;
    row.day = day;
    row.model = model;
    row.region = u"us-east-1"_s;
    row.tokenType = UsageType::tokenTypeName(UsageType::TokenType::Input);
    row.cost = cost;
    row.quantity = Money::fromUnits(1000); // 1M tokens
    row.team = billed;
    teams.append(row);
    row.team = owner;
    row.project = project;
    projects.append(row);
}

// Per day from September 1 to November 20: "core" / "chat" / Sonnet 10.123456789; "search" /
// "rank" 3; no team tag / "default" 1; no team tag / no project tag 2; billed to "core" but in
// project "moved" that "search" owns now 0.5. August is one monthly row of 100 for "core".
const Money CoreDay = usd("10.123456789");
const Money Day = CoreDay + usd("6.5");

CostData craftedData()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    add(teams, projects, QDate(2026, 8, 1), u"core"_s, u"core"_s, u"chat"_s, Sonnet, Money::fromUnits(100));
    for (QDate day = FirstDaily; day <= LastDay; day = day.addDays(1)) {
        add(teams, projects, day, u"core"_s, u"core"_s, u"chat"_s, Sonnet, CoreDay);
        add(teams, projects, day, u"search"_s, u"search"_s, u"rank"_s, u"b"_s, Money::fromUnits(3));
        add(teams, projects, day, QString(), QString(), u"default"_s, Sonnet, Money::fromUnits(1));
        add(teams, projects, day, QString(), QString(), QString(), u"c"_s, Money::fromUnits(2));
        add(teams, projects, day, u"core"_s, u"search"_s, u"moved"_s, u"b"_s, usd("0.5"));
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.projectTagKey = u"Project"_s;
    data.teamTagKey = u"Team"_s;
    data.firstDailyDay = FirstDaily;
    data.lastDay = LastDay;
    Budget team;
    team.name = u"core-monthly"_s;
    team.limit = Spend{Money::fromUnits(400), u"USD"_s};
    team.actualSpend = Spend{Money::fromUnits(250), u"USD"_s};
    // As Spendscope writes it: the team tag AND the Bedrock services; the project one is tag-only.
    team.filterExpression = BudgetFilter::tagFilter(u"Team"_s, u"core"_s, {u"Amazon Bedrock"_s});
    Budget project = team;
    project.name = u"moved-monthly"_s;
    project.filterExpression = BudgetFilter::tagFilter(u"Project"_s, u"moved"_s);
    data.budgets = {team, project};
    return data;
}

ChargebackReport compute(const CostData &data, const char *period,
                         ChargebackReport::GroupBy groupBy = ChargebackReport::GroupBy::Team)
{
    ChargebackReport::Options options;
    options.period = ChargebackReport::Period::parse(QString::fromLatin1(period)).value();
    options.groupBy = groupBy;
    QString error;
    const std::optional<ChargebackReport> report = ChargebackReport::compute(data, options, &error);
    if (!report)
        qFatal("compute failed: %s", qPrintable(error));
    return *report;
}

Money sumOf(const QList<ChargebackReport::Entry> &entries)
{
    Money sum;
    for (const ChargebackReport::Entry &e : entries)
        sum += e.amount;
    return sum;
}

} // namespace

class TestChargebackReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void period_parse_data();
    void period_parse();
    void byTeam_billedTotalsAddUp();
    void byProjectAndModel_addUpToTheSameTotal();
    void teamSections_ownedProjectsBudgetsFindings();
    void unattributedAndComparison();
    void monthlyMonths_onlyWhole();
    void partialPeriod_toDate();
    void csv_exactTotalsAndQuoting();
    void teamSelection_keepsTotalsWhole();
};

void TestChargebackReport::period_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("month") << u"2026-10"_s << QDate(2026, 10, 1) << QDate(2026, 11, 1);
    QTest::newRow("december") << u"2026-12"_s << QDate(2026, 12, 1) << QDate(2027, 1, 1);
    QTest::newRow("range") << u"2026-10-05..2026-10-07"_s << QDate(2026, 10, 5) << QDate(2026, 10, 8);
    QTest::newRow("one day") << u"2026-10-05..2026-10-05"_s << QDate(2026, 10, 5) << QDate(2026, 10, 6);
    QTest::newRow("bad month") << u"2026-13"_s << QDate() << QDate();
    QTest::newRow("reversed") << u"2026-10-07..2026-10-05"_s << QDate() << QDate();
    QTest::newRow("short") << u"2026-1"_s << QDate() << QDate();
    QTest::newRow("bad day") << u"2026-02-30..2026-03-01"_s << QDate() << QDate();
    QTest::newRow("text") << u"last month"_s << QDate() << QDate();
    QTest::newRow("empty") << QString() << QDate() << QDate();
}

void TestChargebackReport::period_parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QString error;
    const auto period = ChargebackReport::Period::parse(text, &error);
    QCOMPARE(period.has_value(), start.isValid());
    if (period) {
        QCOMPARE(period->start, start);
        QCOMPARE(period->end, end);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u'\n'));
    }
}

void TestChargebackReport::byTeam_billedTotalsAddUp()
{
    const ChargebackReport r = compute(craftedData(), "2026-10");
    QCOMPARE(r.period.label(), u"October 2026"_s);
    QVERIFY(!r.partial);
    QCOMPARE(r.total, Day.multipliedBy(31));
    // core is billed for "moved" too; the tie between untagged and search goes by name.
    QCOMPARE(r.groups.size(), 3);
    QCOMPARE(r.groups.at(0).name, u"core"_s);
    QCOMPARE(r.groups.at(0).amount, (CoreDay + usd("0.5")).multipliedBy(31));
    QCOMPARE(r.groups.at(1), (ChargebackReport::Entry{QString(), Money::fromUnits(93), usd("93").ratioTo(r.total)}));
    QCOMPARE(r.groups.at(2).name, u"search"_s);
    QCOMPARE(r.groups.at(2).amount, Money::fromUnits(93));
    QCOMPARE(sumOf(r.groups), r.total);
    QCOMPARE(ChargebackReport::displayName(QString()), u"(untagged)"_s);
}

void TestChargebackReport::byProjectAndModel_addUpToTheSameTotal()
{
    const CostData data = craftedData();
    const ChargebackReport projects = compute(data, "2026-10-01..2026-10-10", ChargebackReport::GroupBy::Project);
    QCOMPARE(projects.total, Day.multipliedBy(10));
    QStringList names;
    for (const auto &e : projects.groups)
        names << e.name;
    QCOMPARE(names, (QStringList{u"chat"_s, u"rank"_s, QString(), u"default"_s, u"moved"_s}));
    QCOMPARE(projects.groups.at(0).amount, CoreDay.multipliedBy(10));
    QCOMPARE(sumOf(projects.groups), projects.total);

    const ChargebackReport models = compute(data, "2026-10-01..2026-10-10", ChargebackReport::GroupBy::Model);
    QCOMPARE(models.groups.size(), 3);
    QCOMPARE(models.groups.at(0).name, Sonnet);
    QCOMPARE(models.groups.at(0).amount, (CoreDay + Money::fromUnits(1)).multipliedBy(10));
    QCOMPARE(models.groups.at(1).amount, usd("3.5").multipliedBy(10));
    QCOMPARE(sumOf(models.groups), models.total);
}

void TestChargebackReport::teamSections_ownedProjectsBudgetsFindings()
{
    const ChargebackReport r = compute(craftedData(), "2026-10");
    QCOMPARE(r.teams.size(), 3);
    const ChargebackReport::TeamSection &core = r.teams.at(0);
    QCOMPARE(core.team, u"core"_s);
    QCOMPARE(core.billed, (CoreDay + usd("0.5")).multipliedBy(31));
    // Owned now: only "chat"; "moved" belongs to search.
    QCOMPARE(core.ownedTotal, CoreDay.multipliedBy(31));
    QCOMPARE(core.projects.size(), 1);
    QCOMPARE(core.projects.at(0).name, u"chat"_s);
    QCOMPARE(core.models.size(), 1);
    QCOMPARE(core.models.at(0).name, Sonnet);
    QCOMPARE(core.budgets.size(), 1);
    QCOMPARE(core.budgets.at(0).name, u"core-monthly"_s);
    QCOMPARE(core.budgets.at(0).limit, Money::fromUnits(400));

    const ChargebackReport::TeamSection &search = r.teams.at(2);
    QCOMPARE(search.team, u"search"_s);
    QCOMPARE(search.billed, Money::fromUnits(93));
    QCOMPARE(search.ownedTotal, usd("3.5").multipliedBy(31));
    QCOMPARE(search.projects.size(), 2);
    QCOMPARE(search.projects.at(0).name, u"rank"_s);
    QCOMPARE(search.projects.at(1).name, u"moved"_s);
    QCOMPARE(search.budgets.size(), 1);
    QCOMPARE(search.budgets.at(0).name, u"moved-monthly"_s);
    QCOMPARE(r.budgets.size(), 2);

    // Findings ran over the month (all daily); unattributed spend is reported for the untagged team.
    QCOMPARE(r.findingsStart, QDate(2026, 10, 1));
    QCOMPARE(r.findingsEnd, QDate(2026, 11, 1));
    QVERIFY(!r.findings.isEmpty());
    const ChargebackReport::TeamSection &untagged = r.teams.at(1);
    QVERIFY(untagged.team.isEmpty());
    bool unattributed = false;
    for (const WasteFinding &f : untagged.findings)
        unattributed |= f.rule == WasteFinding::Rule::UnattributedSpend;
    QVERIFY(unattributed);
}

void TestChargebackReport::unattributedAndComparison()
{
    const ChargebackReport r = compute(craftedData(), "2026-10");
    QCOMPARE(r.untaggedProjectSpend, Money::fromUnits(62));
    QCOMPARE(r.defaultProjectSpend, Money::fromUnits(31));
    QCOMPARE(r.unattributedSpend(), Money::fromUnits(93));
    QCOMPARE(r.untaggedTeamSpend, Money::fromUnits(93));
    QCOMPARE(r.mixActualCost, r.total);
    QCOMPARE(r.comparison.size(), 5);
    for (qsizetype i = 1; i < r.comparison.size(); ++i)
        QVERIFY(r.comparison.at(i - 1).cost <= r.comparison.at(i).cost);
    for (const Repricer::Quote &q : r.comparison)
        QCOMPARE(q.actualCost, r.total);
    QCOMPARE(r.catalogAsOf, PriceCatalog::builtIn().asOf());
    QCOMPARE(r.dataLastDay, LastDay);
}

void TestChargebackReport::monthlyMonths_onlyWhole()
{
    const CostData data = craftedData();
    // August is one monthly row: the whole month, and ranges starting on the 1st, work.
    const ChargebackReport august = compute(data, "2026-08");
    QCOMPARE(august.total, Money::fromUnits(100));
    QVERIFY(!august.findingsStart.isValid()); // no daily data to run the rules on
    QCOMPARE(compute(data, "2026-08-01..2026-09-02").total, Money::fromUnits(100) + Day.multipliedBy(2));
    for (const char *bad : {"2026-08-02..2026-09-02", "2026-08-01..2026-08-15", "2026-07-10..2026-08-31"}) {
        ChargebackReport::Options options;
        options.period = ChargebackReport::Period::parse(QString::fromLatin1(bad)).value();
        QString error;
        QVERIFY2(!ChargebackReport::compute(data, options, &error), bad);
        QVERIFY(error.contains(u"2026-09-01"_s));
    }
}

void TestChargebackReport::partialPeriod_toDate()
{
    const ChargebackReport r = compute(craftedData(), "2026-11");
    QVERIFY(r.partial);
    QCOMPARE(r.total, Day.multipliedBy(20));
    QCOMPARE(r.findingsEnd, LastDay.addDays(1));
    const ChargebackReport empty = compute(craftedData(), "2027-01");
    QCOMPARE(empty.total, Money());
    QVERIFY(empty.groups.isEmpty());
    QVERIFY(!empty.findingsStart.isValid());
}

void TestChargebackReport::csv_exactTotalsAndQuoting()
{
    QCOMPARE(ChargebackCsv::field(u"plain"), u"plain"_s);
    QCOMPARE(ChargebackCsv::field(u"a,b"), u"\"a,b\""_s);
    QCOMPARE(ChargebackCsv::field(u"say \"hi\""), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(ChargebackCsv::field(u"two\nlines"), u"\"two\nlines\""_s);

    ChargebackReport r = compute(craftedData(), "2026-10");
    r.groups[2].name = u"search, \"ml\""_s; // a tag value that needs quoting
    const QString csv = QString::fromUtf8(ChargebackCsv::write(r));
    QVERIFY(csv.endsWith(u"\r\n"_s));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 1);
    QCOMPARE(lines.at(0), u"period_start,period_end,group_by,group,amount,currency,share_percent"_s);
    QCOMPARE(lines.at(1), u"2026-10-01,2026-10-31,team,core,%1,USD,%2"_s.arg(
                              (CoreDay + usd("0.5")).multipliedBy(31).toString(),
                              QString::number(r.groups.at(0).share * 100, 'f', 2)));
    QVERIFY(lines.at(1).contains(u",329.327160459,"_s)); // every nano-unit kept
    QVERIFY(lines.at(2).startsWith(u"2026-10-01,2026-10-31,team,(untagged),93,USD,"_s));
    QVERIFY(lines.at(3).startsWith(u"2026-10-01,2026-10-31,team,\"search, \"\"ml\"\"\",93,USD,"_s));
    QCOMPARE(lines.at(4), u"2026-10-01,2026-10-31,team,Total,%1,USD,100.00"_s.arg(r.total.toString()));
    // The group amounts add up to the total row exactly.
    Money sum;
    for (int i = 1; i <= 3; ++i) {
        const QString amount = lines.at(i).section(u',', -3, -3);
        sum += Money::parse(amount).value();
    }
    QCOMPARE(sum, Money::parse(lines.at(4).section(u',', 4, 4)).value());
}

void TestChargebackReport::teamSelection_keepsTotalsWhole()
{
    const CostData data = craftedData();
    const ChargebackReport all = compute(data, "2026-10");
    QVERIFY(all.selectedTeams.isEmpty());

    ChargebackReport::Options options;
    options.period = *ChargebackReport::Period::parse(u"2026-10");
    options.teams = {u"search"_s, QString(), u"search"_s, u"gone"_s}; // "" = untagged; unknown teams are ignored
    QString error;
    const std::optional<ChargebackReport> some = ChargebackReport::compute(data, options, &error);
    QVERIFY2(some, qPrintable(error));
    QCOMPARE(some->selectedTeams, (QStringList{QString(), u"gone"_s, u"search"_s}));
    QCOMPARE(some->teams.size(), 2);
    QCOMPARE(some->teams.at(0).team, QString()); // 93, then "search" 93 by name
    QCOMPARE(some->teams.at(1).team, u"search"_s);
    QCOMPARE(some->teams.at(1).billed, all.teams.at(2).billed);
    QCOMPARE(some->teams.at(1).budgets.size(), 1);
    // Everything but the team sections is the whole report's.
    QCOMPARE(some->total, all.total);
    QCOMPARE(some->groups, all.groups);
    QCOMPARE(some->budgets.size(), all.budgets.size());
    QCOMPARE(some->findings.size(), all.findings.size());
    QCOMPARE(some->findingsMonthlySavings, all.findingsMonthlySavings);
    QCOMPARE(some->mixActualCost, all.mixActualCost);
    QCOMPARE(some->unattributedSpend(), all.unattributedSpend());
    QCOMPARE(some->untaggedTeamSpend, all.untaggedTeamSpend);

    options.teams = {u"core"_s};
    const std::optional<ChargebackReport> core = ChargebackReport::compute(data, options, &error);
    QVERIFY2(core, qPrintable(error));
    QCOMPARE(core->teams.size(), 1);
    QCOMPARE(core->teams.at(0).team, u"core"_s);
    QCOMPARE(core->teams.at(0).billed, all.teams.at(0).billed);
    QCOMPARE(core->teams.at(0).ownedTotal, all.teams.at(0).ownedTotal);
}

QTEST_GUILESS_MAIN(TestChargebackReport)
#include "tst_chargebackreport.moc"
