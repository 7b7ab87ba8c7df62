// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightspage.h"

#include "navigator.h"

#include "analytics/insightanalysisjob.h"
#include "items/insightmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

InsightsPage::InsightsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_model(new InsightModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InsightModel::RawValueRole);
    m_proxy->setFilterRole(InsightModel::KindRole);

    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"insightKindFilter"_s);
    m_kindFilter->addItem(tr("All insights"));
    for (InsightModel::Kind kind : {InsightModel::Kind::Saving, InsightModel::Kind::Attribution, InsightModel::Kind::Anomaly})
        m_kindFilter->addItem(InsightModel::kindText(kind), int(kind));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"insightsSummary"_s);
    m_summary->setWordWrap(true);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_kindFilter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_kindFilter);
    bar->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(u"insightsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InsightModel::ImpactColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The evidence is long: the detail pane and the tool tips show it.
    m_table->setColumnHidden(InsightModel::EvidenceColumn, true);
    // The impact's wording, the filter and the detail pane say the kind; the room goes to the subject.
    m_table->setColumnHidden(InsightModel::KindColumn, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(InsightModel::ImpactColumn, 2);
    header->setSectionResizeMode(InsightModel::ModelColumn, QHeaderView::Stretch);

    m_detailTitle = new QLabel(this);
    m_detailTitle->setObjectName(u"insightTitle"_s);
    m_detailTitle->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"insightDetails"_s);
    m_details->setMinimumWidth(300);
    m_details->setFrameShape(QFrame::NoFrame);
    m_openProject = new QPushButton(tr("Open &Project"), this);
    m_openProject->setObjectName(u"openProjectButton"_s);
    m_openProject->setToolTip(tr("Show the project on the Projects page"));
    m_compare = new QPushButton(tr("&Compare Models"), this);
    m_compare->setObjectName(u"compareModelsButton"_s);
    m_compare->setToolTip(tr("Re-price this usage on other models"));
    m_budget = new QPushButton(tr("Create &Budget…"), this);
    m_budget->setObjectName(u"createBudgetButton"_s);
    m_budget->setToolTip(tr("A new budget with the forecast month total, rounded up, as its limit"));
    m_costs = new QPushButton(tr("Show C&osts"), this);
    m_costs->setObjectName(u"showCostsButton"_s);
    m_costs->setToolTip(tr("The costs behind this insight, by model"));
    auto *actions = new QGridLayout;
    actions->addWidget(m_openProject, 0, 0);
    actions->addWidget(m_compare, 0, 1);
    actions->addWidget(m_budget, 1, 0);
    actions->addWidget(m_costs, 1, 1);

    auto *side = new QWidget(this);
    side->setMaximumWidth(340);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_detailTitle);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addLayout(actions);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    m_message = new QLabel(this);
    m_message->setObjectName(u"insightsMessage"_s);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant kind = m_kindFilter->itemData(index);
        m_proxy->setFilterRegularExpression(kind.isValid() ? u"^%1$"_s.arg(kind.toInt()) : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InsightsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InsightsPage::updateDetails);
    connect(m_openProject, &QPushButton::clicked, this, &InsightsPage::openProject);
    connect(m_compare, &QPushButton::clicked, this, &InsightsPage::compareModels);
    connect(m_budget, &QPushButton::clicked, this, &InsightsPage::createBudget);
    connect(m_costs, &QPushButton::clicked, this, &InsightsPage::showCosts);
    connect(m_workspace, &Workspace::costDataChanged, this, &InsightsPage::refresh);
    connect(m_workspace, &Workspace::priceCatalogChanged, this, &InsightsPage::refresh);
    updateSummary();
    updateDetails();
    refresh();
}

// A running job reports with this page as context, so Qt drops its connection with the page.
InsightsPage::~InsightsPage() = default;

void InsightsPage::refresh()
{
    if (m_analysing) {
        m_analysing->disconnect(this);
        m_analysing->cancel();
    }
    const CostData &data = m_workspace->costData();
    if (!data.lastDay.isValid()) {
        m_model->clear();
        updateSummary();
        m_message->setText(tr("There is no cost data yet. Sync to look for savings and anomalies."));
        Q_EMIT analysed();
        return;
    }
    m_message->setText(tr("Analysing the last 30 days…"));
    // Copies: the task must not read the workspace's catalog, which price overrides replace.
    auto *job = new InsightAnalysisJob(data, m_workspace->priceCatalog(), data.lastDay, this);
    m_analysing = job;
    connect(job, &Job::finished, this, [this, job] {
        m_analysing = nullptr;
        if (job->hasError()) {
            m_message->setText(tr("The analysis failed: %1").arg(job->errorString()));
            return;
        }
        m_message->clear();
        m_model->setAnalysis(job->analysis());
        m_table->resizeColumnsToContents();
        // Long titles and tag values would push the impact's neighbours out of sight.
        for (const auto &[column, widest] : {std::pair{int(InsightModel::TitleColumn), 240},
                                             std::pair{int(InsightModel::TeamColumn), 120},
                                             std::pair{int(InsightModel::ProjectColumn), 160}})
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
        updateSummary();
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        Q_EMIT analysed();
    });
    job->start();
}

void InsightsPage::updateSummary()
{
    if (!m_model->windowStart().isValid()) {
        m_summary->setText(tr("Waste findings and anomalies of the last 30 days."));
        return;
    }
    const QLocale locale;
    int savings = 0;
    int attribution = 0;
    int anomalies = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->insight(row).kind) {
        case InsightModel::Kind::Saving:
            ++savings;
            break;
        case InsightModel::Kind::Attribution:
            ++attribution;
            break;
        case InsightModel::Kind::Anomaly:
            ++anomalies;
            break;
        }
    }
    //: %1 and %2 the window's first and last day, %3 amount a month, %4 %5 %6 counts
    m_summary->setText(tr("<b>%1 – %2.</b> Possible savings: <b>%3 a month</b> (alternatives on the same traffic "
                          "counted once). Savings: %4 · attribution problems: %5 · anomalies: %6.")
                           .arg(locale.toString(m_model->windowStart(), QLocale::ShortFormat),
                                locale.toString(m_model->windowEnd().addDays(-1), QLocale::ShortFormat),
                                m_model->totalMonthlySavings().format(locale, m_model->currency()),
                                locale.toString(savings), locale.toString(attribution), locale.toString(anomalies)));
}

int InsightsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

void InsightsPage::selectRow(int modelRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InsightsPage::updateDetails()
{
    const int row = selectedRow();
    m_openProject->setEnabled(false);
    m_compare->setEnabled(false);
    m_budget->setEnabled(false);
    m_costs->setEnabled(false);
    if (row < 0) {
        m_detailTitle->setText(tr("No insight selected"));
        m_details->setHtml(m_model->rowCount() == 0 ? QString() : tr("<p>Select an insight to see its evidence.</p>"));
        return;
    }
    const InsightModel::Insight &insight = m_model->insight(row);
    const QLocale locale;
    const QString &currency = m_model->currency();
    m_detailTitle->setText(insight.title);
    QString facts;
    const auto fact = [&facts](const QString &label, const QString &value) {
        facts += u"<tr><td style='padding-right:12px; white-space:nowrap'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                             value.toHtmlEscaped());
    };
    fact(tr("Kind"), InsightModel::kindText(insight.kind));
    fact(tr("Impact"), m_model->impactText(insight));
    const auto text = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    if (insight.hasTeam)
        fact(tr("Team"), text(InsightModel::TeamColumn));
    if (insight.hasProject)
        fact(tr("Project"), text(InsightModel::ProjectColumn));
    if (!insight.model.isEmpty())
        fact(tr("Model"), insight.model);
    if (!insight.alternativeModel.isEmpty())
        fact(tr("Cheaper model"), insight.alternativeModel);
    if (insight.day.isValid())
        fact(tr("Day"), locale.toString(insight.day, QLocale::ShortFormat));
    if (insight.forecastTotal)
        fact(tr("Forecast month total"), insight.forecastTotal->format(locale, currency));
    if (const std::optional<Money> limit = m_model->suggestedBudgetLimit(row))
        fact(tr("Suggested budget"), limit->format(locale, currency));
    m_details->setHtml(u"<table cellspacing='2'>%1</table><p>%2</p>"_s.arg(facts, insight.evidence.toHtmlEscaped()));

    m_openProject->setEnabled(m_navigator && insight.hasProject && !insight.project.isEmpty());
    m_compare->setEnabled(m_navigator && insight.subjectKind.has_value());
    m_budget->setEnabled(m_navigator && insight.subjectKind.has_value());
    m_costs->setEnabled(m_navigator != nullptr);
}

void InsightsPage::openProject()
{
    const int row = selectedRow();
    if (row < 0 || !m_navigator)
        return;
    const InsightModel::Insight &insight = m_model->insight(row);
    if (insight.hasProject && !insight.project.isEmpty())
        m_navigator->openProject(insight.project);
}

void InsightsPage::compareModels()
{
    const int row = selectedRow();
    if (row < 0 || !m_navigator)
        return;
    const InsightModel::Insight &insight = m_model->insight(row);
    if (insight.subjectKind)
        m_navigator->openComparison(*insight.subjectKind, insight.subject);
}

void InsightsPage::createBudget()
{
    const int row = selectedRow();
    if (row < 0 || !m_navigator)
        return;
    const InsightModel::Insight &insight = m_model->insight(row);
    if (insight.subjectKind)
        m_navigator->openNewBudget(*insight.subjectKind, insight.subject, m_model->suggestedBudgetLimit(row).value_or(Money()));
}

void InsightsPage::showCosts()
{
    const int row = selectedRow();
    if (row < 0 || !m_navigator)
        return;
    const InsightModel::Insight &insight = m_model->insight(row);
    if (!insight.subjectKind) {
        // A finding about a tag key as a whole: all spend, by project.
        m_navigator->openCosts(CostCube::Dimension::Project);
        return;
    }
    // An empty value filters to the untagged spend; a null one would mean "no filter".
    const QString value = insight.subject.isNull() ? QString(u""_s) : insight.subject;
    const CostCube::Dimension filter = *insight.subjectKind == CostInsights::EntityKind::Team
        ? CostCube::Dimension::Team
        : CostCube::Dimension::Project;
    m_navigator->openCosts(CostCube::Dimension::Model, filter, value);
}

} // namespace Spendscope
