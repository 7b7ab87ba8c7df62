// SPDX-License-Identifier: GPL-3.0-or-later
#include "costspage.h"

#include "costbarchart.h"
#include "costdonutchart.h"
#include "costtrendchart.h"
#include "navigator.h"

#include "items/costchartmodel.h"
#include "items/costpivotmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Filter combo items: Qt::UserRole holds the value ("" = untagged); "All" has none; the item
// standing for a multi-value filter (from a drill into "Other") is marked with MultiRole.
constexpr int ValueRole = Qt::UserRole;
constexpr int MultiRole = Qt::UserRole + 1;

QDate bucketEnd(CostCube::TimeBucket bucket, QDate start)
{
    switch (bucket) {
    case CostCube::TimeBucket::Week:
        return start.addDays(6);
    case CostCube::TimeBucket::Month:
        return start.addMonths(1).addDays(-1);
    case CostCube::TimeBucket::Day:
    case CostCube::TimeBucket::None:
        break;
    }
    return start;
}

QStringList sortedValues(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void addDictionary(QSet<QString> &values, const CostCube &cube, CostCube::Dimension dimension)
{
    const Dictionary &dictionary = cube.dictionary(dimension);
    for (quint32 code = 0; code < dictionary.size(); ++code)
        values.insert(dictionary.value(code));
}

} // namespace

CostsPage::CostsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_regroupTimer(new QTimer(this))
    , m_pivot(new CostPivotModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_timeModel(new CostChartModel(this))
    , m_modelModel(new CostChartModel(this))
{
    m_proxy->setSourceModel(m_pivot);
    // The donut's legend sits beside it: fewer entries than the bars' legend below them.
    m_modelModel->setTopCount(6);
    m_proxy->setSortRole(CostPivotModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Several control changes in one event-loop turn (a drill, a navigator request) run one query.
    m_regroupTimer->setSingleShot(true);
    m_regroupTimer->setInterval(0);
    connect(m_regroupTimer, &QTimer::timeout, this, &CostsPage::regroup);

    buildControls();
    updateFilterChoices();
    updateControls();

    connect(m_workspace, &Workspace::costDataChanged, this, [this] {
        updateFilterChoices();
        updateControls();
        scheduleRegroup();
    });
    if (m_navigator) {
        connect(m_navigator, &Navigator::costsRequested, this,
                [this](CostCube::Dimension groupBy, CostCube::Dimension filterDimension, const QString &filterValue) {
                    pushHistory();
                    CostExplorerQuery::State state = m_state;
                    state.groupBy = groupBy;
                    state.filters = {};
                    state.tagKey.clear();
                    state.tagValue.clear();
                    if (!filterValue.isNull())
                        state.setFilter(filterDimension, {filterValue});
                    m_state = state;
                    updateControls();
                    scheduleRegroup();
                });
    }
    scheduleRegroup();
}

CostsPage::~CostsPage()
{
    // Forgotten first, so that its finished() (emitted by cancel()) applies nothing.
    if (CostExplorerJob *job = m_job) {
        m_job = nullptr;
        job->cancel();
    }
}

void CostsPage::buildControls()
{
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(u"groupByCombo"_s);
    for (const Dimension dimension : CostExplorerQuery::groupableDimensions())
        m_groupBy->addItem(CostExplorerQuery::dimensionName(dimension), int(dimension));
    m_range = new QComboBox(this);
    m_range->setObjectName(u"rangeCombo"_s);
    for (const RangePreset preset : {RangePreset::ThisMonth, RangePreset::LastMonth, RangePreset::Last30Days,
                                     RangePreset::Last90Days, RangePreset::YearToDate, RangePreset::Last12Months,
                                     RangePreset::Custom})
        m_range->addItem(CostExplorerQuery::presetName(preset), int(preset));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"rangeFrom"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"rangeTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setToolTip(tr("Days are UTC calendar days, as billed; both days are included."));
    }
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(u"bucketCombo"_s);
    for (const TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month})
        m_bucket->addItem(CostExplorerQuery::bucketName(bucket), int(bucket));
    m_bucket->setToolTip(tr("The time buckets of the bar chart and the table's columns."));

    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamFilter"_s);
    m_project = new QComboBox(this);
    m_project->setObjectName(u"projectFilter"_s);
    m_model = new QComboBox(this);
    m_model->setObjectName(u"modelFilter"_s);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setToolTip(tr("Cost Explorer has no dimension for arbitrary tags: a tag filter selects the projects that "
                         "carry the tag now and filters on their project tag values. Spend without a project tag "
                         "cannot be filtered by other tags."));
    for (QComboBox *combo : {m_team, m_project, m_model, m_tag}) {
        combo->setMinimumContentsLength(12);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_clearFilters = new QPushButton(tr("C&lear Filters"), this);
    m_clearFilters->setObjectName(u"clearFiltersButton"_s);
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(u"backButton"_s);
    //: %1 is the shortcut, e.g. Alt+Left
    m_back->setToolTip(tr("Undo the last drill-down (%1)")
                           .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_back->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_back->setShortcut(QKeySequence::Back);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(u"exportCsvButton"_s);
    m_export->setToolTip(tr("The table as shown, with exact amounts"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"costsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 10);
    m_busy->setToolTip(tr("Regrouping…"));

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *controls = new QHBoxLayout;
    controls->addWidget(label(tr("&Group by:"), m_groupBy));
    controls->addWidget(m_groupBy);
    controls->addSpacing(8);
    controls->addWidget(label(tr("&Range:"), m_range));
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addSpacing(8);
    controls->addWidget(label(tr("&Per:"), m_bucket));
    controls->addWidget(m_bucket);
    controls->addStretch(1);
    controls->addWidget(m_busy);
    controls->addWidget(m_back);
    controls->addWidget(m_export);

    auto *filters = new QHBoxLayout;
    filters->addWidget(label(tr("&Team:"), m_team));
    filters->addWidget(m_team);
    filters->addSpacing(8);
    filters->addWidget(label(tr("Pro&ject:"), m_project));
    filters->addWidget(m_project);
    filters->addSpacing(8);
    filters->addWidget(label(tr("&Model:"), m_model));
    filters->addWidget(m_model);
    filters->addSpacing(8);
    filters->addWidget(label(tr("T&ag:"), m_tag));
    filters->addWidget(m_tag);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);

    m_total = new QLabel(this);
    m_total->setObjectName(u"totalLabel"_s);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_untagged = new QLabel(this);
    m_untagged->setObjectName(u"untaggedLabel"_s);
    m_forecast = new QLabel(this);
    m_forecast->setObjectName(u"forecastLabel"_s);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(u"rangeLabel"_s);
    m_rangeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_breadcrumb = new QLabel(this);
    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    m_breadcrumb->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_breadcrumb->setForegroundRole(QPalette::PlaceholderText);
    m_untagged->setForegroundRole(QPalette::PlaceholderText);
    m_forecast->setForegroundRole(QPalette::PlaceholderText);
    auto *summaryLeft = new QVBoxLayout;
    summaryLeft->setSpacing(2);
    summaryLeft->addWidget(m_untagged);
    summaryLeft->addWidget(m_forecast);
    auto *summaryRight = new QVBoxLayout;
    summaryRight->setSpacing(2);
    summaryRight->addWidget(m_rangeLabel);
    summaryRight->addWidget(m_breadcrumb);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_total);
    summary->addSpacing(16);
    summary->addLayout(summaryLeft);
    summary->addStretch(1);
    summary->addLayout(summaryRight);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"costsNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setBackgroundRole(QPalette::ToolTipBase);
    m_notes->setForegroundRole(QPalette::ToolTipText);
    m_notes->setAutoFillBackground(true);
    m_notes->setMargin(6);
    m_notes->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(u"costsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_timeChart = new CostBarChart(m_timeModel, this);
    m_timeChart->setObjectName(u"timeChart"_s);
    m_timeChart->chart()->setTitle(tr("Cost over time"));
    m_modelChart = new CostDonutChart(m_modelModel, this);
    m_modelChart->setObjectName(u"modelChart"_s);
    m_modelChart->chart()->setTitle(tr("Cost per model"));
    m_trendChart = new CostTrendChart(this);
    m_trendChart->setObjectName(u"trendChart"_s);
    m_trendChart->chart()->setTitle(tr("Daily cost and forecast"));

    m_table = new QTableView(this);
    m_table->setObjectName(u"pivotTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CostPivotModel::TotalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setToolTip(tr("Double-click a row to drill down."));

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_modelChart);
    side->addWidget(m_trendChart);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_timeChart);
    charts->addWidget(side);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 420}); // proportions until the user moves the handle
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(u"costsSplitter"_s);
    main->addWidget(charts);
    main->addWidget(m_table);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 1);
    main->setSizes({560, 240});
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addLayout(summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);

    connect(m_groupBy, &QComboBox::activated, this,
            [this](int index) { setGroupBy(Dimension(m_groupBy->itemData(index).toInt())); });
    connect(m_range, &QComboBox::activated, this,
            [this](int index) { setRangePreset(RangePreset(m_range->itemData(index).toInt())); });
    connect(m_bucket, &QComboBox::activated, this,
            [this](int index) { setBucket(TimeBucket(m_bucket->itemData(index).toInt())); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_state.preset == RangePreset::Custom)
                setCustomRange(m_from->date(), m_to->date());
        });
    }
    const auto connectFilter = [this](QComboBox *combo, Dimension dimension) {
        connect(combo, &QComboBox::activated, this, [this, combo, dimension](int index) {
            if (combo->itemData(index, MultiRole).toBool())
                return; // the drill-down's value set, already applied
            const QVariant value = combo->itemData(index, ValueRole);
            setFilter(dimension, value.isValid() ? QSet<QString>{value.toString()} : QSet<QString>());
        });
    };
    connectFilter(m_team, Dimension::Team);
    connectFilter(m_project, Dimension::Project);
    connectFilter(m_model, Dimension::Model);
    connect(m_tag, &QComboBox::activated, this, [this](int index) {
        const QStringList tag = m_tag->itemData(index, ValueRole).toStringList();
        if (tag.size() == 2)
            setTagFilter(tag.at(0), tag.at(1));
        else
            setTagFilter(QString(), QString());
    });
    connect(m_clearFilters, &QPushButton::clicked, this, &CostsPage::clearFilters);
    connect(m_back, &QPushButton::clicked, this, &CostsPage::back);
    connect(m_export, &QPushButton::clicked, this, &CostsPage::onExport);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { drillIntoRow(m_proxy->mapToSource(index).row()); });
    connect(m_timeChart, &CostBarChart::segmentClicked, this, &CostsPage::drillIntoSegment);
    connect(m_modelChart, &CostDonutChart::sliceClicked, this, &CostsPage::drillIntoModel);
}

QDate CostsPage::today() const
{
    const QDate last = m_workspace->costData().lastDay;
    return last.isValid() ? last : QDateTime::currentDateTimeUtc().date();
}

bool CostsPage::isBusy() const
{
    return m_job != nullptr || m_regroupTimer->isActive();
}

Money CostsPage::total() const
{
    return m_pivot->total();
}

void CostsPage::setState(const CostExplorerQuery::State &state)
{
    m_state = state;
    updateControls();
    scheduleRegroup();
}

void CostsPage::setGroupBy(Dimension dimension)
{
    CostExplorerQuery::State state = m_state;
    state.groupBy = dimension;
    setState(state);
}

void CostsPage::setBucket(TimeBucket bucket)
{
    CostExplorerQuery::State state = m_state;
    state.bucket = bucket;
    setState(state);
}

void CostsPage::setRangePreset(RangePreset preset)
{
    CostExplorerQuery::State state = m_state;
    if (preset == RangePreset::Custom && state.preset != RangePreset::Custom) {
        // Start from the range on show, so switching to Custom changes nothing by itself.
        const auto [start, end] = CostExplorerQuery::presetRange(state.preset, today());
        state.customFirst = start;
        state.customLast = end.addDays(-1);
    }
    state.preset = preset;
    setState(state);
}

void CostsPage::setCustomRange(QDate first, QDate last)
{
    CostExplorerQuery::State state = m_state;
    state.preset = RangePreset::Custom;
    state.customFirst = first;
    state.customLast = last;
    setState(state);
}

void CostsPage::setFilter(Dimension dimension, const QSet<QString> &values)
{
    CostExplorerQuery::State state = m_state;
    state.setFilter(dimension, values);
    setState(state);
}

void CostsPage::setTagFilter(const QString &key, const QString &value)
{
    CostExplorerQuery::State state = m_state;
    state.tagKey = key;
    state.tagValue = key.isEmpty() ? QString() : value;
    setState(state);
}

void CostsPage::clearFilters()
{
    CostExplorerQuery::State state = m_state;
    state.filters = {};
    state.tagKey.clear();
    state.tagValue.clear();
    setState(state);
}

void CostsPage::pushHistory()
{
    m_history.append(m_state);
    m_back->setEnabled(true);
}

void CostsPage::drill(Dimension dimension, const QSet<QString> &values)
{
    pushHistory();
    m_state.setFilter(dimension, values);
    if (const std::optional<Dimension> next = CostExplorerQuery::drillTarget(dimension))
        m_state.groupBy = *next;
    updateControls();
    scheduleRegroup();
}

void CostsPage::drillIntoRow(int pivotRow)
{
    if (pivotRow < 0 || pivotRow >= m_pivot->rowCount())
        return;
    drill(m_pivot->dimension(), {m_pivot->groupValue(pivotRow)});
}

void CostsPage::drillIntoSegment(int row, int column)
{
    if (row < 0 || row >= m_timeModel->rowCount() || column < 0 || column >= m_timeModel->columnCount())
        return;
    const QStringList values = m_timeModel->seriesValues(column);
    const QDate start = m_timeModel->categoryStart(row);
    const QSet<QString> valueSet(values.cbegin(), values.cend());
    if (!start.isValid()) {
        drill(m_timeModel->dimension(), valueSet);
        return;
    }
    // The bucket, within the range on show (a week can start before it).
    pushHistory();
    m_state.preset = RangePreset::Custom;
    m_state.customFirst = std::max(start, m_plan.start);
    m_state.customLast = std::min(bucketEnd(m_timeModel->bucket(), start), m_plan.end.addDays(-1));
    const QDate daily = m_workspace->costData().firstDailyDay;
    if (daily.isValid() && m_state.customFirst >= daily)
        m_state.bucket = TimeBucket::Day;
    m_state.setFilter(m_timeModel->dimension(), valueSet);
    if (const std::optional<Dimension> next = CostExplorerQuery::drillTarget(m_timeModel->dimension()))
        m_state.groupBy = *next;
    updateControls();
    scheduleRegroup();
}

void CostsPage::drillIntoModel(int column)
{
    if (column < 0 || column >= m_modelModel->columnCount())
        return;
    const QStringList values = m_modelModel->seriesValues(column);
    drill(Dimension::Model, QSet<QString>(values.cbegin(), values.cend()));
}

void CostsPage::back()
{
    if (m_history.isEmpty())
        return;
    m_state = m_history.takeLast();
    updateControls();
    scheduleRegroup();
}

void CostsPage::scheduleRegroup()
{
    m_busy->show();
    m_regroupTimer->start();
}

void CostsPage::regroup()
{
    if (m_job) {
        // Its finished() must not apply an outdated result: forget it first.
        CostExplorerJob *old = m_job;
        m_job = nullptr;
        old->cancel();
    }
    const CostData &data = m_workspace->costData();
    const QDate day = today();
    CostExplorerQuery::Plan plan = CostExplorerQuery::plan(m_state, data, day);
    auto *job = new CostExplorerJob(CostExplorerQuery::cubeFor(plan.cube, data), std::move(plan), day, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        m_busy->hide();
        if (job->hasError()) {
            m_message->setText(job->errorString());
            m_message->show();
            return;
        }
        m_message->hide();
        apply(job);
    });
    m_busy->show();
    job->start();
}

void CostsPage::apply(CostExplorerJob *job)
{
    m_plan = job->plan();
    const CostExplorerJob::Result &result = job->result();
    const Dimension dimension = m_plan.query.groupBy.value(0, Dimension::Team);
    m_pivot->setResult(dimension, m_plan.bucket, result.groups);
    m_table->resizeColumnToContents(CostPivotModel::KeyColumn);
    m_table->setColumnWidth(CostPivotModel::KeyColumn,
                            std::clamp(m_table->columnWidth(CostPivotModel::KeyColumn) + 12, 120, 320));
    m_table->horizontalHeader()->resizeSection(CostPivotModel::ShareColumn, 64);
    m_timeModel->setResult(dimension, m_plan.bucket, result.groups);
    m_modelModel->setResult(Dimension::Model, TimeBucket::None, result.byModel);
    m_trendChart->setData(result.daily, result.trendStart, result.forecast);
    updateSummary(result);
    Q_EMIT refreshed();
}

void CostsPage::updateSummary(const CostExplorerJob::Result &result)
{
    const QLocale locale;
    const CostData &data = m_workspace->costData();
    const Money total = result.groups.totalCost;
    m_total->setText(tr("Total %1").arg(total.format(locale)));
    m_total->setToolTip(tr("Exactly %1 USD").arg(total.toString()));
    const QString key = result.untaggedDimension == Dimension::Team ? data.teamTagKey : data.projectTagKey;
    const double share = result.untagged.ratioTo(total) * 100.0;
    //: %1 the tag key, %2 the amount, %3 its share of the total in percent
    m_untagged->setText(tr("Untagged (no %1 tag): %2, %3% of the total")
                            .arg(key.isEmpty() ? CostExplorerQuery::dimensionName(result.untaggedDimension) : key,
                                 result.untagged.format(locale), locale.toString(share, 'f', 1)));
    m_untagged->setToolTip(tr("Exactly %1 USD").arg(result.untagged.toString()));
    if (result.forecast && result.forecast->remainingDays > 0) {
        const MonthEndForecaster::Forecast &f = *result.forecast;
        m_forecast->setText(tr("Month-end forecast for this selection: %1 (%2% interval %3 to %4)")
                                .arg(f.expectedTotal.format(locale))
                                .arg(qRound(f.level * 100))
                                .arg(f.lower.format(locale), f.upper.format(locale)));
        m_forecast->setToolTip(MonthEndForecaster::basisText(f));
        m_forecast->show();
    } else {
        m_forecast->hide();
    }
    //: %1 and %2 are days, both included
    m_rangeLabel->setText(tr("%1 to %2 (UTC)")
                              .arg(locale.toString(m_plan.start, QLocale::ShortFormat),
                                   locale.toString(m_plan.end.addDays(-1), QLocale::ShortFormat)));
    m_breadcrumb->setText(breadcrumb());
    m_notes->setText(m_plan.notes.join(u'\n'));
    m_notes->setVisible(!m_plan.notes.isEmpty());
    m_back->setEnabled(canGoBack());
    m_export->setEnabled(m_pivot->rowCount() > 0);
}

QString CostsPage::breadcrumb() const
{
    QStringList parts{tr("All costs")};
    for (const Dimension dimension : {Dimension::Team, Dimension::Project, Dimension::Model, Dimension::Provider,
                                      Dimension::TokenType, Dimension::Tier, Dimension::Region}) {
        const QSet<QString> &values = m_state.filter(dimension);
        if (values.isEmpty())
            continue;
        QStringList labels;
        for (const QString &value : sortedValues(values))
            labels.append(CostExplorerQuery::valueLabel(dimension, value));
        if (labels.size() > 3)
            labels = labels.mid(0, 3) << u"…"_s;
        //: A breadcrumb step: a dimension and the values filtered on
        parts.append(tr("%1: %2").arg(CostExplorerQuery::dimensionName(dimension), labels.join(u", ")));
    }
    if (!m_state.tagKey.isEmpty())
        parts.append(tr("Tag %1=%2").arg(m_state.tagKey, m_state.tagValue));
    parts.append(tr("by %1").arg(CostExplorerQuery::dimensionName(m_state.groupBy)));
    return parts.join(u"  ›  ");
}

void CostsPage::updateFilterChoices()
{
    const CostData &data = m_workspace->costData();
    QSet<QString> teams;
    addDictionary(teams, *data.byTeam, Dimension::Team);
    addDictionary(teams, *data.byProject, Dimension::Team);
    QSet<QString> projects;
    addDictionary(projects, *data.byProject, Dimension::Project);
    QSet<QString> models;
    addDictionary(models, *data.byProject, Dimension::Model);
    addDictionary(models, *data.byTeam, Dimension::Model);

    const auto fill = [](QComboBox *combo, const QString &all, Dimension dimension, const QSet<QString> &values) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const QString &value : sortedValues(values))
            combo->addItem(CostExplorerQuery::valueLabel(dimension, value), value);
    };
    fill(m_team, tr("All teams"), Dimension::Team, teams);
    fill(m_project, tr("All projects"), Dimension::Project, projects);
    fill(m_model, tr("All models"), Dimension::Model, models);

    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    QSet<QString> seen;
    QList<QStringList> tags;
    for (const Project &project : data.projects) {
        const TagSet &set = project.tags();
        for (const QString &key : set.keys()) {
            if (key == data.projectTagKey)
                continue;
            const QStringList tag{key, set.value(key)};
            if (!seen.contains(tag.join(u'=')) && !tag.at(1).isEmpty()) {
                seen.insert(tag.join(u'='));
                tags.append(tag);
            }
        }
    }
    std::sort(tags.begin(), tags.end());
    for (const QStringList &tag : std::as_const(tags))
        m_tag->addItem(tr("%1=%2").arg(tag.at(0), tag.at(1)), tag);
}

void CostsPage::updateControls()
{
    const auto select = [](QComboBox *combo, int data) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(data)));
    };
    select(m_groupBy, int(m_state.groupBy));
    select(m_range, int(m_state.preset));
    select(m_bucket, int(m_state.bucket));
    const bool custom = m_state.preset == RangePreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_state.customFirst);
        m_to->setDate(m_state.customLast);
    }

    const auto selectFilter = [this](QComboBox *combo, Dimension dimension) {
        const QSignalBlocker blocker(combo);
        // Drop a previous multi-value item.
        for (int i = combo->count() - 1; i >= 0; --i) {
            if (combo->itemData(i, MultiRole).toBool())
                combo->removeItem(i);
        }
        const QSet<QString> &values = m_state.filter(dimension);
        if (values.isEmpty()) {
            combo->setCurrentIndex(0);
        } else if (values.size() == 1) {
            const QString value = *values.cbegin();
            int index = combo->findData(value, ValueRole);
            if (index < 0) {
                combo->addItem(CostExplorerQuery::valueLabel(dimension, value), value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        } else {
            //: A filter combo's entry for a set of values chosen by drilling into "Other"
            combo->insertItem(1, tr("Several (%1)").arg(values.size()));
            combo->setItemData(1, true, MultiRole);
            combo->setCurrentIndex(1);
        }
    };
    selectFilter(m_team, Dimension::Team);
    selectFilter(m_project, Dimension::Project);
    selectFilter(m_model, Dimension::Model);
    {
        const QSignalBlocker blocker(m_tag);
        const int index = m_state.tagKey.isEmpty() ? 0 : m_tag->findData(QStringList{m_state.tagKey, m_state.tagValue}, ValueRole);
        if (index < 0) {
            m_tag->addItem(tr("%1=%2").arg(m_state.tagKey, m_state.tagValue), QStringList{m_state.tagKey, m_state.tagValue});
            m_tag->setCurrentIndex(m_tag->count() - 1);
        } else {
            m_tag->setCurrentIndex(index);
        }
    }
    m_back->setEnabled(canGoBack());
    m_breadcrumb->setText(breadcrumb());
}

bool CostsPage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !CostPivotModel::writeCsv(m_proxy, &file) || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CostsPage::onExport()
{
    //: A file name; %1 the grouping, %2 and %3 the first and last day
    const QString suggested = tr("costs-by-%1-%2-to-%3.csv")
                                  .arg(CostExplorerQuery::dimensionName(m_state.groupBy).toLower().replace(u' ', u'-'),
                                       m_plan.start.toString(Qt::ISODate), m_plan.end.addDays(-1).toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Costs as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        m_message->setText(tr("Exported the table to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->setText(error);
    m_message->show();
}

} // namespace Spendscope
