// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costinsights.h"
#include "analytics/insightanalysis.h"
#include "analytics/wastefinding.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>

#include <optional>

namespace Spendscope {

// The rows of the Insights page: WasteAnalyzer's findings and CostInsights' anomalies of one
// InsightAnalysis, each with its subject, its dollar impact and the evidence. Impacts are of three
// kinds that are never added together (WasteFinding explains why): a saving is an estimate per
// month, an attribution finding puts the window's spend at stake, an anomaly is a day's excess
// over the expected spend (negative for a drop). Rows come in the analysis' order (findings, then
// anomalies); views sort by RawValueRole through a proxy.
class InsightModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightModel)
public:
    enum Column { KindColumn, TitleColumn, TeamColumn, ProjectColumn, ModelColumn, ImpactColumn, EvidenceColumn, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable: int (kind), QString, qint64 nano-units (impact)
        KindRole,                        // int: Kind
        SubjectKindRole,                 // int: CostInsights::EntityKind, invalid without a subject
        SubjectRole,                     // QString: the team or project tag value (empty = untagged)
    };

    enum class Kind {
        Saving,      // a waste rule with monthly savings
        Attribution, // spend that cannot be charged back (amount at stake)
        Anomaly,     // a day that broke the usual pattern (excess over expected)
    };

    struct Insight {
        Kind kind = Kind::Saving;
        std::optional<WasteFinding::Rule> rule; // waste findings only
        QString team;    // tag value; empty = untagged or not applicable (see hasTeam)
        QString project; // tag value; "default" = the default project
        QString model;   // the model concerned, or an anomaly's driver
        QString alternativeModel; // a premium-model finding: the cheaper model it was priced on
        bool hasTeam = false;
        bool hasProject = false;
        // The team or project the actions are about (comparison, budget, costs); none for a
        // finding about a tag key as a whole.
        std::optional<CostInsights::EntityKind> subjectKind;
        QString subject;
        QDate day; // anomalies
        QString title;
        QString evidence;
        Money impact; // monthly savings, amount at stake or excess, as kind says
        std::optional<Money> forecastTotal; // the subject's expected month total
    };

    explicit InsightModel(QObject *parent = nullptr);
    ~InsightModel() override;

    void setAnalysis(const InsightAnalysis &analysis);
    void clear();
    void setLocale(const QLocale &locale);

    [[nodiscard]] const Insight &insight(int row) const { return m_rows.at(row); }
    [[nodiscard]] QDate windowStart() const { return m_windowStart; }
    [[nodiscard]] QDate windowEnd() const { return m_windowEnd; }
    [[nodiscard]] Money totalMonthlySavings() const { return m_totalMonthlySavings; }
    [[nodiscard]] const QString &currency() const { return m_currency; }

    // A budget limit to suggest for a subject: its expected month total rounded up to two
    // significant digits (1234.5 → 1300, 87.2 → 88, 0.42 → 1); nullopt without a positive forecast.
    [[nodiscard]] std::optional<Money> suggestedBudgetLimit(int row) const;
    [[nodiscard]] static Money roundUpForBudget(Money amount);

    [[nodiscard]] static QString kindText(Kind kind);
    // "$12.30 a month", "$40.00 at stake", "+$9.00 on the day".
    [[nodiscard]] QString impactText(const Insight &insight) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] Insight fromFinding(const WasteFinding &finding, const InsightAnalysis &analysis) const;
    [[nodiscard]] Insight fromAnomaly(const CostInsights::EntityAnomaly &anomaly, const InsightAnalysis &analysis) const;
    [[nodiscard]] QString entityLabel(const QString &value) const;
    void rebuild();

    InsightAnalysis m_analysis;
    QList<Insight> m_rows;
    QDate m_windowStart;
    QDate m_windowEnd;
    Money m_totalMonthlySavings;
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

} // namespace Spendscope
