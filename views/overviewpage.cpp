// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "dailyspendbars.h"
#include "forecastrangebar.h"
#include "navigator.h"
#include "overviewtile.h"
#include "rankedbarlist.h"

#include "analytics/overviewsummaryjob.h"
#include "domain/pricecatalog.h"
#include "workspace/workspace.h"
#include "domain/percent.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

OverviewPage::OverviewPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
{
    m_heading = new QLabel(tr("Overview"), this);
    m_heading->setObjectName(u"overviewHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_message = new QLabel(this);
    m_message->setObjectName(u"overviewMessage"_s);
    m_message->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const auto place = [grid](OverviewTile *tile, int row, int column) { grid->addWidget(tile, row, column); };
    place(addTile(Tile::MonthToDate, u"tileMonthToDate"_s, tr("Month to date")), 0, 0);
    place(addTile(Tile::Forecast, u"tileForecast"_s, tr("Month-end forecast")), 0, 1);
    place(addTile(Tile::Change, u"tileChange"_s, tr("Against last month")), 0, 2);
    place(addTile(Tile::Unattributed, u"tileUnattributed"_s, tr("Unattributed spend")), 0, 3);
    place(addTile(Tile::TopTeams, u"tileTopTeams"_s, tr("Top teams")), 1, 0);
    place(addTile(Tile::TopProjects, u"tileTopProjects"_s, tr("Top projects")), 1, 1);
    place(addTile(Tile::TopModels, u"tileTopModels"_s, tr("Top models")), 1, 2);
    place(addTile(Tile::BudgetsAtRisk, u"tileBudgetsAtRisk"_s, tr("Budgets at risk")), 1, 3);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    // Cards keep their natural height; spare room goes below them.
    grid->setRowStretch(2, 1);

    m_daily = new DailySpendBars;
    m_daily->setObjectName(u"overviewDailySpend"_s);
    m_tiles.value(Tile::MonthToDate)->setBody(m_daily);
    m_range = new ForecastRangeBar;
    m_range->setObjectName(u"overviewForecastRange"_s);
    m_tiles.value(Tile::Forecast)->setBody(m_range);
    const auto list = [this](Tile tile, const QString &name) {
        auto *bars = new RankedBarList;
        bars->setObjectName(name);
        bars->setPlaceholder(tr("No spend this month."));
        m_tiles.value(tile)->setBody(bars);
        return bars;
    };
    m_teams = list(Tile::TopTeams, u"overviewTopTeams"_s);
    m_projects = list(Tile::TopProjects, u"overviewTopProjects"_s);
    m_models = list(Tile::TopModels, u"overviewTopModels"_s);
    m_budgets = list(Tile::BudgetsAtRisk, u"overviewBudgetsAtRisk"_s);
    m_budgets->setPlaceholder(tr("No budget is at risk."));

    // Tab goes through the cards row by row.
    const QList<Tile> order = {Tile::MonthToDate, Tile::Forecast,    Tile::Change,    Tile::Unattributed,
                               Tile::TopTeams,    Tile::TopProjects, Tile::TopModels, Tile::BudgetsAtRisk};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(m_tiles.value(order.at(i - 1)), m_tiles.value(order.at(i)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);

    connect(m_workspace, &Workspace::costDataChanged, this, &OverviewPage::refresh);
    connect(m_workspace, &Workspace::connectionChanged, this, &OverviewPage::refresh);
    showSummary(OverviewSummary());
    refresh();
}

// A running job reports with this page as context, so Qt drops its connection with the page.
OverviewPage::~OverviewPage() = default;

OverviewTile *OverviewPage::addTile(Tile tile, const QString &objectName, const QString &heading)
{
    auto *card = new OverviewTile(heading, this);
    card->setObjectName(objectName);
    connect(card, &OverviewTile::activated, this, [this, tile] { activate(tile); });
    m_tiles.insert(tile, card);
    return card;
}

void OverviewPage::activate(Tile tile)
{
    if (!m_navigator)
        return;
    switch (tile) {
    case Tile::MonthToDate:
    case Tile::Forecast:
    case Tile::Change:
        m_navigator->openPage(Navigator::CostsPage);
        break;
    case Tile::Unattributed:
        m_navigator->openPage(Navigator::InsightsPage);
        break;
    case Tile::TopTeams:
        m_navigator->openCosts(CostCube::Dimension::Team);
        break;
    case Tile::TopProjects:
        m_navigator->openCosts(CostCube::Dimension::Project);
        break;
    case Tile::TopModels:
        m_navigator->openPage(Navigator::ModelsPage);
        break;
    case Tile::BudgetsAtRisk:
        m_navigator->openPage(Navigator::BudgetsPage);
        break;
    }
}

void OverviewPage::refresh()
{
    if (m_computing) {
        m_computing->disconnect(this);
        m_computing->cancel();
    }
    const CostData &data = m_workspace->costData();
    if (!data.lastDay.isValid()) {
        m_summary = OverviewSummary();
        showSummary(m_summary);
        showBudgets();
        m_message->setText(m_workspace->isLoading() ? tr("Loading the cost data…")
                                                    : tr("There is no cost data yet. Sync to fill the overview."));
        Q_EMIT summaryUpdated();
        return;
    }
    m_message->setText(tr("Computing…"));
    auto *job = new OverviewSummaryJob(data, data.lastDay, this);
    m_computing = job;
    connect(job, &Job::finished, this, [this, job] {
        m_computing = nullptr;
        if (job->hasError()) {
            m_message->setText(tr("The overview could not be computed: %1").arg(job->errorString()));
            return;
        }
        m_summary = job->summary();
        m_message->clear();
        showSummary(m_summary);
        showBudgets();
        Q_EMIT summaryUpdated();
    });
    job->start();
}

QString OverviewPage::currency() const
{
    const QString code = m_workspace->priceCatalog().currency();
    return code.isEmpty() ? u"USD"_s : code;
}

QString OverviewPage::money(Money amount) const
{
    return amount.format(QLocale(), currency());
}

QString OverviewPage::percent(double ratio) const
{
    return Percent::fromShare(ratio);
}

QString OverviewPage::entityName(const QString &name) const
{
    //: Spend without the attribution tag, shown as an entry of a top list
    return name.isEmpty() ? tr("Untagged") : name;
}

void OverviewPage::showSummary(const OverviewSummary &s)
{
    const QLocale locale;
    const QString none = tr("—");
    OverviewTile *mtd = m_tiles.value(Tile::MonthToDate);
    OverviewTile *forecast = m_tiles.value(Tile::Forecast);
    OverviewTile *change = m_tiles.value(Tile::Change);
    OverviewTile *unattributed = m_tiles.value(Tile::Unattributed);
    if (s.isEmpty()) {
        m_heading->setText(tr("Overview"));
        for (OverviewTile *tile : std::as_const(m_tiles)) {
            tile->setValue(tile == m_tiles.value(Tile::TopTeams) || tile == m_tiles.value(Tile::TopProjects)
                                   || tile == m_tiles.value(Tile::TopModels)
                               ? QString()
                               : none);
            tile->setCaption(QString());
        }
        m_daily->setDaily({}, {});
        m_range->clear();
        m_teams->setEntries({});
        m_projects->setEntries({});
        m_models->setEntries({});
        return;
    }

    //: The Overview's heading: %1 month and year, %2 the last day with costs
    m_heading->setText(tr("Overview of %1, up to %2")
                           .arg(locale.toString(s.monthStart, u"MMMM yyyy"_s), locale.toString(s.today, QLocale::ShortFormat)));

    mtd->setValue(money(s.monthToDate));
    if (s.lastMonthToSameDay) {
        //: %1 amount, %2 a day of last month
        mtd->setCaption(tr("Last month up to %2: %1").arg(money(*s.lastMonthToSameDay),
                                                         locale.toString(s.lastMonthSameDay, QLocale::ShortFormat)));
    } else {
        mtd->setCaption(tr("Daily spend of the last weeks; this month highlighted."));
    }
    m_daily->setDaily(s.daily, s.monthStart, currency());

    if (s.forecast) {
        forecast->setValue(money(s.forecast->expectedTotal));
        const QString level = locale.toString(qRound(s.forecast->level * 100));
        //: %1 the interval's level, e.g. "80", %2 and %3 amounts
        forecast->setCaption(tr("%1% interval: %2 – %3").arg(level, money(s.forecast->lower), money(s.forecast->upper)));
        m_range->setRange(s.monthToDate, s.forecast->lower, s.forecast->expectedTotal, s.forecast->upper,
                          s.lastMonthTotal);
        //: Tool tip of the forecast card: %1 how it was computed, %2 amount, %3 level, %4 %5 amounts, %6 amount
        forecast->setToolTip(tr("%1.\nSpent so far: %2\n%3% interval: %4 – %5 (the band)\n"
                                "Last month in total: %6 (the dashed line)")
                                 .arg(MonthEndForecaster::basisText(*s.forecast), money(s.monthToDate), level,
                                      money(s.forecast->lower), money(s.forecast->upper), money(s.lastMonthTotal)));
    } else {
        forecast->setValue(none);
        forecast->setCaption(tr("A forecast needs daily cost data for this month."));
        forecast->setToolTip(QString());
        m_range->clear();
    }

    if (const std::optional<Money> amount = s.changeAmount()) {
        const std::optional<double> ratio = s.changeRatio();
        if (ratio) {
            change->setValue(Percent::signedFromShare(*ratio, locale));
        } else {
            change->setValue(none);
        }
        const QString difference = money(amount->isNegative() ? -*amount : *amount);
        //: %1 amount of the difference, %2 amount spent last month over the same days, %3 last month's total
        change->setCaption(amount->isNegative()
                               ? tr("%1 less than over the same days last month (%2). Last month in total: %3.")
                                     .arg(difference, money(*s.lastMonthToSameDay), money(s.lastMonthTotal))
                               : tr("%1 more than over the same days last month (%2). Last month in total: %3.")
                                     .arg(difference, money(*s.lastMonthToSameDay), money(s.lastMonthTotal)));
    } else {
        change->setValue(none);
        //: %1 last month's total
        change->setCaption(tr("Last month in total: %1. Last month has no daily data to compare the same days.")
                               .arg(money(s.lastMonthTotal)));
    }

    unattributed->setValue(percent(s.unattributedShare()));
    //: %1 amount, %2 amount, %3 percentage
    unattributed->setCaption(tr("%1 has no project tag or ran in the default project. Spend without a team tag: "
                                "%2 (%3).")
                                 .arg(money(s.unattributedSpend()), money(s.untaggedTeamSpend),
                                      percent(s.untaggedTeamShare())));

    const auto entries = [this](const QList<OverviewSummary::Entry> &top, auto displayName) {
        QList<RankedBarList::Entry> rows;
        for (const OverviewSummary::Entry &e : top) {
            const QString name = displayName(e.name);
            //: Tool tip of a top-list entry: %1 name, %2 amount, %3 percentage
            rows.append({name, money(e.amount), e.share,
                         tr("%1: %2, %3 of this month's spend").arg(name, money(e.amount), percent(e.share))});
        }
        return rows;
    };
    const auto tagValueName = [this](const QString &value) { return entityName(value); };
    // Models by the catalog's name ("Claude Opus 4.6"), the id where the catalog lacks the model.
    const auto modelName = [this](const QString &id) {
        const ModelPrice *price = m_workspace->priceCatalog().find(id);
        return price && !price->name.isEmpty() ? price->name : entityName(id);
    };
    m_teams->setEntries(entries(s.topTeams, tagValueName));
    m_projects->setEntries(entries(s.topProjects, tagValueName));
    m_models->setEntries(entries(s.topModels, modelName));
    for (Tile tile : {Tile::TopTeams, Tile::TopProjects, Tile::TopModels}) {
        m_tiles.value(tile)->setValue(QString());
        m_tiles.value(tile)->setCaption(tr("This month, with the share of all spend."));
    }
}

void OverviewPage::showBudgets()
{
    m_budgetsAtRisk.clear();
    m_budgetsWithLimit = 0;
    const CostData &data = m_workspace->costData();
    OverviewTile *tile = m_tiles.value(Tile::BudgetsAtRisk);
    if (!data.lastDay.isValid()) {
        tile->setValue(tr("—"));
        tile->setCaption(QString());
        m_budgets->setEntries({});
        return;
    }
    // The health needs only the budget's own CalculatedSpend; notifications are not part of it.
    for (const Budget &budget : data.budgets) {
        const BudgetStatus status = BudgetStatus::of(budget, {}, data.lastDay);
        if (status.hasLimit())
            ++m_budgetsWithLimit;
        if (status.health == BudgetStatus::Health::AtRisk || status.health == BudgetStatus::Health::Exceeded)
            m_budgetsAtRisk.append(status);
    }
    std::stable_sort(m_budgetsAtRisk.begin(), m_budgetsAtRisk.end(), [](const BudgetStatus &a, const BudgetStatus &b) {
        return a.actualPercent() > b.actualPercent();
    });
    const QLocale locale;
    tile->setValue(locale.toString(m_budgetsAtRisk.size()));
    //: %1 a number of budgets
    tile->setCaption(tr("At risk or exceeded. Budgets with a limit: %1.").arg(locale.toString(m_budgetsWithLimit)));
    QList<RankedBarList::Entry> rows;
    for (const BudgetStatus &status : std::as_const(m_budgetsAtRisk)) {
        const QString unit = status.unit.isEmpty() ? currency() : status.unit;
        const QString actual = status.actual.format(locale, unit);
        const QString limit = status.limit.format(locale, unit);
        //: A budget in the Overview: %1 health ("At risk"), %2 actual amount, %3 limit
        const QString figures = tr("%1 · %2 of %3").arg(BudgetStatus::healthText(status.health), actual, limit);
        QString toolTip = figures;
        if (status.runOutDate)
            //: %1 the budget's figures, %2 a date
            toolTip = tr("%1. At this rate the limit is reached on %2.")
                          .arg(figures, locale.toString(*status.runOutDate, QLocale::ShortFormat));
        //: A budget in the Overview's list: %1 its name, %2 its health ("Exceeded")
        const QString name = tr("%1 (%2)").arg(status.name, BudgetStatus::healthText(status.health));
        //: %1 actual amount, %2 limit
        rows.append({name, tr("%1 of %2").arg(actual, limit), status.actualPercent() / 100.0, toolTip});
    }
    m_budgets->setEntries(rows);
}

} // namespace Spendscope
