// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/costinsights.h"
#include "api/costexplorerclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

const QDate First(2026, 9, 1);
const QDate Today(2026, 10, 20);
const QDate SpikeDay(2026, 10, 14);

// Team "core" and project "chat" spend 10 a day on model A; on SpikeDay model B adds 90.
CostData craftedData()
{
    CostCube::Builder teams;
    CostCube::Builder projects;
    for (QDate day = First; day <= Today; day = day.addDays(1)) {
        CostCube::Row row;
        row.day = day;
        row.model = u"a"_s;
        row.tokenType = u"input"_s;
        row.cost = Money::fromUnits(10);
        row.team = u"core"_s;
        teams.append(row);
        row.project = u"chat"_s;
        projects.append(row);
        if (day == SpikeDay) {
            row.model = u"b"_s;
            row.cost = Money::fromUnits(90);
            projects.append(row);
            row.project.clear();
            teams.append(row);
        }
    }
    CostData data;
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.firstDailyDay = First;
    data.lastDay = Today;
    return data;
}

} // namespace

class TestCostInsights final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dailyByEntity_hasNoHoles();
    void forecasts_perTeamAndProject();
    void anomalies_nameTheDrivingModel();
    void costExplorerRequest();
    void externalForecast_fromTheAnswer();
};

void TestCostInsights::dailyByEntity_hasNoHoles()
{
    const CostData data = craftedData();
    const auto series = CostInsights::dailyByEntity(*data.byProject, CostCube::Dimension::Project, QDate(2026, 10, 1),
                                                    QDate(2026, 10, 25));
    QCOMPARE(series.size(), 1);
    const QMap<QDate, Money> &chat = series.value(u"chat"_s);
    QCOMPARE(chat.size(), 24); // 1..24 October, the last four days zero
    QCOMPARE(chat.value(SpikeDay), Money::fromUnits(100));
    QCOMPARE(chat.value(QDate(2026, 10, 24)), Money());
}

void TestCostInsights::forecasts_perTeamAndProject()
{
    const CostData data = craftedData();
    const QList<CostInsights::EntityForecast> forecasts = CostInsights::forecasts(data, Today);
    QCOMPARE(forecasts.size(), 2);
    for (const CostInsights::EntityForecast &f : forecasts) {
        // 20 October days: 19 × 10 + 100 spent so far.
        QCOMPARE(f.forecast.monthToDate, Money::fromUnits(290));
        QVERIFY(f.forecast.lower <= f.forecast.expectedTotal && f.forecast.expectedTotal <= f.forecast.upper);
        QVERIFY(f.forecast.expectedTotal > Money::fromUnits(290));
    }
    QCOMPARE(forecasts.at(0).kind == CostInsights::EntityKind::Team ? forecasts.at(0).entity : forecasts.at(1).entity,
             u"core"_s);
    QVERIFY(CostInsights::forecasts(CostData(), Today).isEmpty());
}

void TestCostInsights::anomalies_nameTheDrivingModel()
{
    const CostData data = craftedData();
    const QList<CostInsights::EntityAnomaly> anomalies = CostInsights::anomalies(data, QDate(2026, 10, 1), Today);
    QCOMPARE(anomalies.size(), 2);
    QCOMPARE(anomalies.at(0).kind, CostInsights::EntityKind::Team);
    QCOMPARE(anomalies.at(1).kind, CostInsights::EntityKind::Project);
    for (const CostInsights::EntityAnomaly &a : anomalies) {
        QCOMPARE(a.anomaly.day, SpikeDay);
        QCOMPARE(a.anomaly.direction, AnomalyDetector::Direction::Spike);
        QCOMPARE(a.anomaly.driver, u"b"_s);
        QCOMPARE(a.anomaly.excess, Money::fromUnits(90));
    }
    // Outside the range: nothing.
    QVERIFY(CostInsights::anomalies(data, QDate(2026, 10, 15), Today).isEmpty());
}

void TestCostInsights::costExplorerRequest()
{
    const auto request = CostInsights::costExplorerForecastRequest({u"Amazon Bedrock"_s}, u"Team"_s, u"core"_s, Today);
    QVERIFY(request);
    QCOMPARE(request->timePeriod.start, u"2026-10-21"_s);
    QCOMPARE(request->timePeriod.end, u"2026-11-01"_s);
    QCOMPARE(request->predictionIntervalLevel, 80);
    QVERIFY(CostExplorerClient::validate(*request).kind() == AwsError::Kind::None);
    const QByteArray json = QJsonDocument(CostExplorerClient::toJson(*request)).toJson(QJsonDocument::Compact);
    QVERIFY2(json.contains(R"("Key":"Team")") && json.contains(R"("core")") && json.contains("Amazon Bedrock"), json.constData());

    const auto untagged = CostInsights::costExplorerForecastRequest({u"Amazon Bedrock"_s}, u"Team"_s, QString(), Today);
    QVERIFY(untagged);
    QVERIFY(QJsonDocument(CostExplorerClient::toJson(*untagged)).toJson().contains("ABSENT"));
    // Nothing remains on the month's last day.
    QVERIFY(!CostInsights::costExplorerForecastRequest({u"Amazon Bedrock"_s}, u"Team"_s, u"core"_s, QDate(2026, 10, 31)));
}

void TestCostInsights::externalForecast_fromTheAnswer()
{
    GetCostForecastResult result;
    QVERIFY(!CostInsights::externalForecast(result));
    result.total = MetricValue{Money::fromUnits(123), u"USD"_s};
    ForecastResult period;
    period.meanValue = Money::fromUnits(123);
    period.lowerBound = Money::fromUnits(100);
    period.upperBound = Money::fromUnits(150);
    result.forecastResultsByTime = {period};
    const auto external = CostInsights::externalForecast(result);
    QVERIFY(external);
    QCOMPARE(external->mean, Money::fromUnits(123));
    QCOMPARE(external->lower, Money::fromUnits(100));
    QCOMPARE(external->upper, Money::fromUnits(150));
}

QTEST_GUILESS_MAIN(TestCostInsights)
#include "tst_costinsights.moc"
