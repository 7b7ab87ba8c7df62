// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/insightmodel.h"
#include "domain/percent.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

InsightModel::InsightModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

InsightModel::~InsightModel() = default;

int InsightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InsightModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InsightModel::setAnalysis(const InsightAnalysis &analysis)
{
    m_analysis = analysis;
    rebuild();
}

void InsightModel::clear()
{
    m_analysis = InsightAnalysis();
    rebuild();
}

void InsightModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild(); // titles and evidence carry formatted dates and amounts
}

void InsightModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_windowStart = m_analysis.windowStart;
    m_windowEnd = m_analysis.windowEnd;
    m_totalMonthlySavings = m_analysis.totalMonthlySavings;
    m_currency = m_analysis.currency;
    m_rows.reserve(m_analysis.findings.size() + m_analysis.anomalies.size());
    for (const WasteFinding &finding : std::as_const(m_analysis.findings))
        m_rows.append(fromFinding(finding, m_analysis));
    for (const CostInsights::EntityAnomaly &anomaly : std::as_const(m_analysis.anomalies))
        m_rows.append(fromAnomaly(anomaly, m_analysis));
    endResetModel();
}

InsightModel::Insight InsightModel::fromFinding(const WasteFinding &finding, const InsightAnalysis &analysis) const
{
    using Rule = WasteFinding::Rule;
    Insight insight;
    insight.rule = finding.rule;
    insight.title = finding.title;
    insight.evidence = finding.evidence;
    insight.model = finding.model;
    insight.alternativeModel = finding.alternativeModel;
    switch (finding.rule) {
    case Rule::PremiumOnSimpleTraffic:
    case Rule::LowCacheReadShare:
        insight.kind = Kind::Saving;
        insight.impact = finding.monthlySavings;
        insight.hasProject = insight.hasTeam = true;
        break;
    case Rule::UnattributedSpend:
        insight.kind = Kind::Attribution;
        insight.impact = finding.amountAtStake;
        // Either spend without a project (or in the default project), or spend without a team.
        insight.hasTeam = true;
        insight.hasProject = finding.tagKey != analysis.teamTagKey || !finding.project.isEmpty();
        break;
    case Rule::InactiveTagKey:
        insight.kind = Kind::Attribution;
        insight.impact = finding.amountAtStake;
        break; // about a key, not about one team or project
    }
    if (insight.hasProject) {
        insight.project = finding.project;
        insight.team = finding.team;
        insight.subjectKind = CostInsights::EntityKind::Project;
        insight.subject = finding.project;
    } else if (insight.hasTeam) {
        insight.team = finding.team;
        insight.subjectKind = CostInsights::EntityKind::Team;
        insight.subject = finding.team;
    }
    if (insight.subjectKind)
        insight.forecastTotal = analysis.forecastOf(*insight.subjectKind, insight.subject);
    return insight;
}

InsightModel::Insight InsightModel::fromAnomaly(const CostInsights::EntityAnomaly &entityAnomaly,
                                                const InsightAnalysis &analysis) const
{
    const AnomalyDetector::Anomaly &a = entityAnomaly.anomaly;
    const bool team = entityAnomaly.kind == CostInsights::EntityKind::Team;
    const bool spike = a.direction == AnomalyDetector::Direction::Spike;
    Insight insight;
    insight.kind = Kind::Anomaly;
    insight.day = a.day;
    insight.model = a.driver;
    insight.hasProject = !team;
    if (team) {
        insight.hasTeam = true;
        insight.team = a.entity;
    } else {
        insight.project = a.entity;
        // A tagged project's owner team, when the cube knows one.
        insight.team = analysis.teamOfProject.value(a.entity);
        insight.hasTeam = !a.entity.isEmpty() && !insight.team.isEmpty();
    }
    insight.subjectKind = entityAnomaly.kind;
    insight.subject = a.entity;
    insight.impact = a.excess;
    insight.forecastTotal = analysis.forecastOf(entityAnomaly.kind, a.entity);

    const QString day = m_locale.toString(a.day, QLocale::ShortFormat);
    insight.title = spike ? tr("Spend spike on %1").arg(day) : tr("Spend drop on %1").arg(day);
    const QString who = team ? (a.entity.isEmpty() ? tr("Spend without a team tag") : tr("Team %1").arg(a.entity))
                             : (a.entity.isEmpty() ? tr("Spend without a project tag")
                                                   : tr("Project %1").arg(a.entity));
    const QString actual = a.actual.format(m_locale, m_currency);
    const QString expected = a.expected.format(m_locale, m_currency);
    const QString score = m_locale.toString(qAbs(a.score), 'f', 1);
    const QString driverAmount = (spike ? a.driverExcess : -a.driverExcess).format(m_locale, m_currency);
    const QString driverShare = Percent::fromShare(a.driverShare, m_locale, 0);
    if (a.driver.isEmpty()) {
        insight.evidence = spike
            //: %1 who (a team or project), %2 day, %3 actual amount, %4 expected amount, %5 a number
            ? tr("%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual "
                 "spend for that weekday.")
                  .arg(who, day, actual, expected, score)
            : tr("%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual "
                 "spend for that weekday.")
                  .arg(who, day, actual, expected, score);
    } else {
        insight.evidence = spike
            //: %1 who, %2 day, %3 actual, %4 expected, %5 a number, %6 model id, %7 amount, %8 percentage
            ? tr("%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual "
                 "spend for that weekday. %6 drove most of it: %7 more than expected (%8 of the excess).")
                  .arg(who, day, actual, expected, score, a.driver, driverAmount, driverShare)
            : tr("%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual "
                 "spend for that weekday. %6 fell most: %7 less than expected (%8 of the shortfall).")
                  .arg(who, day, actual, expected, score, a.driver, driverAmount, driverShare);
    }
    return insight;
}

std::optional<Money> InsightModel::suggestedBudgetLimit(int row) const
{
    const std::optional<Money> &forecast = m_rows.at(row).forecastTotal;
    if (!forecast || *forecast <= Money())
        return std::nullopt;
    return roundUpForBudget(*forecast);
}

Money InsightModel::roundUpForBudget(Money amount)
{
    if (amount <= Money())
        return Money();
    const qint64 nanos = amount.nanos();
    const qint64 wholeUnits = (nanos + Money::Scale - 1) / Money::Scale; // at least 1
    qint64 step = 1;
    for (qint64 rest = wholeUnits; rest >= 100; rest /= 10)
        step *= 10;
    const qint64 stepNanos = step * Money::Scale;
    return Money::fromNanos(((nanos + stepNanos - 1) / stepNanos) * stepNanos);
}

QString InsightModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Saving:
        //: An insight that would save money
        return tr("Saving");
    case Kind::Attribution:
        //: An insight about spend that cannot be charged back
        return tr("Attribution");
    case Kind::Anomaly:
        return tr("Anomaly");
    }
    return {};
}

QString InsightModel::impactText(const Insight &insight) const
{
    switch (insight.kind) {
    case Kind::Saving:
        //: Estimated savings, e.g. "$120.00 a month"
        return tr("%1 a month").arg(insight.impact.format(m_locale, m_currency));
    case Kind::Attribution:
        //: Spend that would be charged to the wrong owner or to no one, e.g. "$340.00 at stake"
        return tr("%1 at stake").arg(insight.impact.format(m_locale, m_currency));
    case Kind::Anomaly:
        if (insight.impact.isNegative())
            //: A day's spend below what was expected, e.g. "$40.00 below expected"
            return tr("%1 below expected").arg((-insight.impact).format(m_locale, m_currency));
        //: A day's spend above what was expected, e.g. "$40.00 above expected"
        return tr("%1 above expected").arg(insight.impact.format(m_locale, m_currency));
    }
    return {};
}

QString InsightModel::entityLabel(const QString &value) const
{
    //: A team or project without its attribution tag
    return value.isEmpty() ? tr("Untagged") : value;
}

QVariant InsightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Insight &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(row.kind);
        case TitleColumn:
            return row.title;
        case TeamColumn:
            return row.hasTeam ? entityLabel(row.team) : QString();
        case ProjectColumn:
            return row.hasProject ? entityLabel(row.project) : QString();
        case ModelColumn:
            return row.model;
        case ImpactColumn:
            return impactText(row);
        case EvidenceColumn:
            return row.evidence;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case KindColumn:
            return int(row.kind);
        case TitleColumn:
            return row.title;
        case TeamColumn:
            return row.team;
        case ProjectColumn:
            return row.project;
        case ModelColumn:
            return row.model;
        case ImpactColumn:
            return row.impact.nanos();
        case EvidenceColumn:
            return row.evidence;
        default:
            return {};
        }
    case KindRole:
        return int(row.kind);
    case SubjectKindRole:
        return row.subjectKind ? QVariant(int(*row.subjectKind)) : QVariant();
    case SubjectRole:
        return row.subject;
    case Qt::ToolTipRole:
        return row.evidence;
    case Qt::TextAlignmentRole:
        if (index.column() == ImpactColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant InsightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Insight");
    case TeamColumn:
        return tr("Team");
    case ProjectColumn:
        return tr("Project");
    case ModelColumn:
        return tr("Model");
    case ImpactColumn:
        //: Dollar impact: savings a month, amount at stake, or a day's excess
        return tr("Impact");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace Spendscope
