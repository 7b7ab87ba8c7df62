// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/insightanalysis.h"
#include "analytics/insightanalysisjob.h"
#include "items/insightmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

using Kind = InsightModel::Kind;
using EntityKind = CostInsights::EntityKind;

const QDate Today(2026, 10, 20);
const QDate SpikeDay(2026, 10, 14);

WasteFinding finding(WasteFinding::Rule rule, const QString &project, const QString &team, const QString &tagKey)
{
    WasteFinding f;
    f.rule = rule;
    f.project = project;
    f.team = team;
    f.tagKey = tagKey;
    f.title = u"title %1"_s.arg(int(rule));
    f.evidence = u"evidence for %1"_s.arg(project);
    return f;
}

// Four findings (a saving, two kinds of unattributed spend, an inactive key) and two anomalies.
InsightAnalysis craftedAnalysis()
{
    InsightAnalysis a;
    a.windowStart = QDate(2026, 9, 21);
    a.windowEnd = Today.addDays(1);
    a.projectTagKey = u"Project"_s;
    a.teamTagKey = u"Team"_s;
    WasteFinding premium = finding(WasteFinding::Rule::PremiumOnSimpleTraffic, u"chat"_s, u"core"_s, {});
    premium.model = u"premium-model"_s;
    premium.alternativeModel = u"small-model"_s;
    premium.monthlySavings = Money::fromUnits(120);
    WasteFinding inDefault = finding(WasteFinding::Rule::UnattributedSpend, u"default"_s, QString(), u"Project"_s);
    inDefault.amountAtStake = Money::fromUnits(50);
    WasteFinding noTeam = finding(WasteFinding::Rule::UnattributedSpend, QString(), QString(), u"Team"_s);
    noTeam.amountAtStake = Money::fromUnits(30);
    WasteFinding inactive = finding(WasteFinding::Rule::InactiveTagKey, QString(), QString(), u"CostCenter"_s);
    inactive.amountAtStake = Money::fromUnits(400);
    a.findings = {premium, inDefault, noTeam, inactive};
    a.totalMonthlySavings = Money::fromUnits(120);

    AnomalyDetector::Anomaly spike;
    spike.entity = u"core"_s;
    spike.day = SpikeDay;
    spike.direction = AnomalyDetector::Direction::Spike;
    spike.actual = Money::fromUnits(100);
    spike.expected = Money::fromUnits(10);
    spike.excess = Money::fromUnits(90);
    spike.score = 12.5;
    spike.driver = u"b"_s;
    spike.driverExcess = Money::fromUnits(90);
    spike.driverShare = 1.0;
    AnomalyDetector::Anomaly drop = spike;
    drop.entity = u"rank"_s;
    drop.direction = AnomalyDetector::Direction::Drop;
    drop.actual = Money();
    drop.expected = Money::fromUnits(20);
    drop.excess = Money::fromUnits(-20);
    drop.score = -5;
    drop.driver.clear();
    a.anomalies = {{EntityKind::Team, spike}, {EntityKind::Project, drop}};

    a.teamOfProject.insert(u"rank"_s, u"search"_s);
    a.teamForecasts.insert(u"core"_s, Money::fromNanos(1'234'500'000'000));
    a.projectForecasts.insert(u"chat"_s, Money::fromNanos(87'200'000'000));
    return a;
}

// Team "core" and project "chat" spend 10 a day; on SpikeDay, model "b" adds 90; untagged
// project spend of 5 a day.
CostData craftedData()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day(2026, 8, 1); day <= Today; day = day.addDays(1)) {
        CostCube::Row row;
        row.day = day;
        row.model = u"a"_s;
        row.tokenType = u"input"_s;
        row.region = u"USE1"_s;
        row.cost = Money::fromUnits(10);
        row.team = u"core"_s;
        row.project = u"chat"_s;
        teams.append(row);
        projects.append(row);
        row.project.clear();
        row.cost = Money::fromUnits(5);
        teams.append(row);
        projects.append(row);
        if (day == SpikeDay) {
            row.model = u"b"_s;
            row.project = u"chat"_s;
            row.cost = Money::fromUnits(90);
            teams.append(row);
            projects.append(row);
        }
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.firstDailyDay = QDate(2026, 8, 1);
    data.lastDay = Today;
    data.projectTagKey = u"Project"_s;
    data.teamTagKey = u"Team"_s;
    return data;
}

} // namespace

class TestInsightModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rows_kindsSubjectsAndImpacts();
    void impact_rawValueIsSignedNanos();
    void suggestedBudget_forecastRoundedUp();
    void roundUpForBudget_data();
    void roundUpForBudget();
    void clearAndLocale_reset();
    void analysis_fromCostData_findsUnattributedSpendAndSpike();
    void analysis_job_sameAsDirect();
    void analysis_noDailyData_empty();

private:
    InsightModel *m_model = nullptr;
};

void TestInsightModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = new InsightModel(this);
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
}

void TestInsightModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestInsightModel::rows_kindsSubjectsAndImpacts()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setAnalysis(craftedAnalysis());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), int(InsightModel::ColumnCount));
    QCOMPARE(m_model->totalMonthlySavings(), Money::fromUnits(120));
    QCOMPARE(m_model->windowStart(), QDate(2026, 9, 21));
    const auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };

    // The saving: a project's, with its team and model.
    QCOMPARE(text(0, InsightModel::KindColumn), u"Saving"_s);
    QCOMPARE(text(0, InsightModel::TitleColumn), u"title 0"_s);
    QCOMPARE(text(0, InsightModel::TeamColumn), u"core"_s);
    QCOMPARE(text(0, InsightModel::ProjectColumn), u"chat"_s);
    QCOMPARE(text(0, InsightModel::ModelColumn), u"premium-model"_s);
    QCOMPARE(m_model->insight(0).alternativeModel, u"small-model"_s);
    QCOMPARE(text(0, InsightModel::ImpactColumn), u"$120.00 a month"_s);
    QCOMPARE(text(0, InsightModel::EvidenceColumn), u"evidence for chat"_s);
    QCOMPARE(m_model->index(0, 0).data(InsightModel::SubjectKindRole).toInt(), int(EntityKind::Project));
    QCOMPARE(m_model->index(0, 0).data(InsightModel::SubjectRole).toString(), u"chat"_s);

    // Spend in the default project: at stake, not a saving; the project is "default".
    QCOMPARE(m_model->insight(1).kind, Kind::Attribution);
    QCOMPARE(text(1, InsightModel::ImpactColumn), u"$50.00 at stake"_s);
    QCOMPARE(text(1, InsightModel::ProjectColumn), u"default"_s);
    QCOMPARE(text(1, InsightModel::TeamColumn), u"Untagged"_s);
    QCOMPARE(*m_model->insight(1).subjectKind, EntityKind::Project);

    // Spend without a team tag: the subject is the untagged team, no project.
    QCOMPARE(text(2, InsightModel::TeamColumn), u"Untagged"_s);
    QCOMPARE(text(2, InsightModel::ProjectColumn), QString());
    QCOMPARE(*m_model->insight(2).subjectKind, EntityKind::Team);
    QCOMPARE(m_model->insight(2).subject, QString());

    // An inactive tag key is about no team or project.
    QCOMPARE(text(3, InsightModel::ImpactColumn), u"$400.00 at stake"_s);
    QVERIFY(!m_model->insight(3).subjectKind);
    QVERIFY(!m_model->index(3, 0).data(InsightModel::SubjectKindRole).isValid());
    QCOMPARE(text(3, InsightModel::TeamColumn), QString());

    // Anomalies: the day in the title, the driver as model, the excess as impact.
    QCOMPARE(text(4, InsightModel::KindColumn), u"Anomaly"_s);
    QVERIFY2(text(4, InsightModel::TitleColumn).contains(u"spike"_s), qPrintable(text(4, InsightModel::TitleColumn)));
    QVERIFY(text(4, InsightModel::TitleColumn).contains(QLocale(QLocale::English, QLocale::UnitedStates).toString(SpikeDay, QLocale::ShortFormat)));
    QCOMPARE(text(4, InsightModel::TeamColumn), u"core"_s);
    QCOMPARE(text(4, InsightModel::ModelColumn), u"b"_s);
    QCOMPARE(text(4, InsightModel::ImpactColumn), u"$90.00 above expected"_s);
    const QString evidence = text(4, InsightModel::EvidenceColumn);
    QVERIFY2(evidence.contains(u"$100.00"_s) && evidence.contains(u"$10.00"_s) && evidence.contains(u"12.5"_s)
                 && evidence.contains(u"100%"_s),
             qPrintable(evidence));
    QCOMPARE(*m_model->insight(4).subjectKind, EntityKind::Team);
    QCOMPARE(text(5, InsightModel::ProjectColumn), u"rank"_s);
    QCOMPARE(text(5, InsightModel::TeamColumn), u"search"_s); // the project's owner team
    QCOMPARE(*m_model->insight(5).subjectKind, EntityKind::Project);
    QCOMPARE(text(5, InsightModel::ImpactColumn), u"$20.00 below expected"_s);
    QVERIFY(text(5, InsightModel::EvidenceColumn).contains(u"below"_s));
    QCOMPARE(m_model->index(5, 0).data(Qt::ToolTipRole).toString(), text(5, InsightModel::EvidenceColumn));
    QVERIFY(!m_model->headerData(InsightModel::ImpactColumn, Qt::Horizontal).toString().isEmpty());
}

void TestInsightModel::impact_rawValueIsSignedNanos()
{
    m_model->setAnalysis(craftedAnalysis());
    const auto raw = [this](int row) { return m_model->index(row, InsightModel::ImpactColumn).data(InsightModel::RawValueRole); };
    QCOMPARE(raw(0).toLongLong(), Money::fromUnits(120).nanos());
    QCOMPARE(raw(3).toLongLong(), Money::fromUnits(400).nanos());
    QCOMPARE(raw(5).toLongLong(), Money::fromUnits(-20).nanos());
    QCOMPARE(m_model->index(1, InsightModel::KindColumn).data(InsightModel::RawValueRole).toInt(), int(Kind::Attribution));
    QCOMPARE(m_model->index(2, InsightModel::TeamColumn).data(InsightModel::RawValueRole).toString(), QString());
}

void TestInsightModel::suggestedBudget_forecastRoundedUp()
{
    m_model->setAnalysis(craftedAnalysis());
    QCOMPARE(m_model->suggestedBudgetLimit(0), std::optional<Money>(Money::fromUnits(88)));   // chat: 87.20
    QCOMPARE(m_model->suggestedBudgetLimit(4), std::optional<Money>(Money::fromUnits(1300))); // core: 1234.50
    QVERIFY(!m_model->suggestedBudgetLimit(3)); // no subject
    QVERIFY(!m_model->suggestedBudgetLimit(5)); // no forecast for "rank"
}

void TestInsightModel::roundUpForBudget_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<qint64>("expectedUnits");
    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("negative") << qint64(-5'000'000'000) << qint64(0);
    QTest::newRow("cents") << qint64(420'000'000) << qint64(1);
    QTest::newRow("two digits") << qint64(87'200'000'000) << qint64(88);
    QTest::newRow("exact") << qint64(100'000'000'000) << qint64(100);
    QTest::newRow("three digits") << qint64(101'000'000'000) << qint64(110);
    QTest::newRow("thousands") << qint64(1'234'500'000'000) << qint64(1300);
    QTest::newRow("millions") << qint64(4'560'001'000'000'000) << qint64(4'600'000);
}

void TestInsightModel::roundUpForBudget()
{
    QFETCH(qint64, nanos);
    QFETCH(qint64, expectedUnits);
    QCOMPARE(InsightModel::roundUpForBudget(Money::fromNanos(nanos)), Money::fromUnits(expectedUnits));
}

void TestInsightModel::clearAndLocale_reset()
{
    m_model->setAnalysis(craftedAnalysis());
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setLocale(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(m_model->index(0, InsightModel::ImpactColumn).data().toString().contains(u"120,00"_s));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalMonthlySavings(), Money());
}

void TestInsightModel::analysis_fromCostData_findsUnattributedSpendAndSpike()
{
    const InsightAnalysis a = InsightAnalysis::compute(craftedData(), PriceCatalog::builtIn(), Today);
    QCOMPARE(a.windowStart, QDate(2026, 9, 21));
    QCOMPARE(a.windowEnd, QDate(2026, 10, 21));
    // 5 a day without a project tag over the 30-day window.
    const auto untagged = std::find_if(a.findings.cbegin(), a.findings.cend(), [](const WasteFinding &f) {
        return f.rule == WasteFinding::Rule::UnattributedSpend && f.project.isEmpty() && f.tagKey == u"Project"_s;
    });
    QVERIFY(untagged != a.findings.cend());
    QCOMPARE(untagged->amountAtStake, Money::fromUnits(150));
    QCOMPARE(untagged->monthlySavings, Money());
    // The spike of model "b" on SpikeDay, for the team and the project.
    int spikes = 0;
    for (const CostInsights::EntityAnomaly &anomaly : a.anomalies) {
        if (anomaly.anomaly.day == SpikeDay && anomaly.anomaly.driver == u"b"_s)
            ++spikes;
    }
    QCOMPARE(spikes, 2);
    QVERIFY(a.forecastOf(EntityKind::Team, u"core"_s));
    QVERIFY(a.forecastOf(EntityKind::Project, u"chat"_s));
    QVERIFY(!a.forecastOf(EntityKind::Project, u"nothing"_s));
    QCOMPARE(a.teamOfProject.value(u"chat"_s), u"core"_s);

    m_model->setAnalysis(a);
    QCOMPARE(m_model->rowCount(), int(a.findings.size() + a.anomalies.size()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(!m_model->index(row, InsightModel::EvidenceColumn).data().toString().isEmpty());
}

void TestInsightModel::analysis_job_sameAsDirect()
{
    const CostData data = craftedData();
    auto *job = new InsightAnalysisJob(data, PriceCatalog::builtIn(), Today);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    QVERIFY(!job->hasError());
    const InsightAnalysis direct = InsightAnalysis::compute(data, PriceCatalog::builtIn(), Today);
    QCOMPARE(job->analysis().findings.size(), direct.findings.size());
    QCOMPARE(job->analysis().anomalies.size(), direct.anomalies.size());
    QCOMPARE(job->analysis().totalMonthlySavings, direct.totalMonthlySavings);
    delete job;
}

void TestInsightModel::analysis_noDailyData_empty()
{
    const InsightAnalysis a = InsightAnalysis::compute(CostData(), PriceCatalog::builtIn(), Today);
    QVERIFY(!a.windowStart.isValid());
    QVERIFY(a.findings.isEmpty() && a.anomalies.isEmpty());
    m_model->setAnalysis(a);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestInsightModel)
#include "tst_insightmodel.moc"
