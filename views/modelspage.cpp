// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelspage.h"

#include "modelcomparisonchart.h"
#include "navigator.h"
#include "priceoverridedialog.h"

#include "analytics/cubequeryjob.h"
#include "items/modelcatalogmodel.h"
#include "items/modelcomparisonmodel.h"
#include "items/taskprofilemodel.h"
#include "items/taskquotemodel.h"
#include "items/tokenmixmodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Scope combo entries: the organisation, then teams, then projects.
constexpr int OrganisationScope = -1;
constexpr int KindRole = Qt::UserRole;
constexpr int EntityRole = Qt::UserRole + 1;

QTableView *makeTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model, bool sortable)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole + 1); // every model here has RawValueRole there
        table->setModel(proxy);
        table->setSortingEnabled(true);
    } else {
        table->setModel(model);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QString entityText(const QString &value)
{
    //: A team or project without the attribution tag
    return value.isEmpty() ? ModelsPage::tr("(untagged)") : value;
}

} // namespace

ModelsPage::ModelsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_comparison(new ModelComparisonModel(this))
    , m_tokenMix(new TokenMixModel(this))
    , m_catalog(new ModelCatalogModel(this))
    , m_profiles(new TaskProfileModel(this))
    , m_taskQuotes(new TaskQuoteModel(this))
{
    // The selectors.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"comparisonScope"_s);
    m_scope->setMinimumContentsLength(22);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_windowBox = new QComboBox(this);
    m_windowBox->setObjectName(u"comparisonWindow"_s);
    m_windowBox->addItem(tr("Last 30 days"), int(Window::Last30Days));
    m_windowBox->addItem(tr("This month"), int(Window::ThisMonth));
    m_windowBox->addItem(tr("Last month"), int(Window::LastMonth));
    m_windowBox->addItem(tr("Last 90 days"), int(Window::Last90Days));
    m_sourceModel = new QComboBox(this);
    m_sourceModel->setObjectName(u"comparisonSourceModel"_s);
    m_sourceModel->setMinimumContentsLength(24);
    m_sourceModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceModel->setToolTip(tr("Re-price all of the selection's usage, or only what ran on one model"));
    m_period = new QLabel(this);
    m_period->setObjectName(u"comparisonPeriod"_s);
    auto *scopeLabel = new QLabel(tr("&Usage of:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *windowLabel = new QLabel(tr("&Over:"), this);
    windowLabel->setBuddy(m_windowBox);
    auto *sourceLabel = new QLabel(tr("&Ran on:"), this);
    sourceLabel->setBuddy(m_sourceModel);
    auto *bar = new QHBoxLayout;
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(8);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowBox);
    bar->addSpacing(8);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceModel);
    bar->addSpacing(12);
    bar->addWidget(m_period, 1);

    m_catalogInfo = new QLabel(this);
    m_catalogInfo->setObjectName(u"catalogInfo"_s);
    m_catalogInfo->setWordWrap(true);
    m_catalogInfo->setOpenExternalLinks(true);
    m_catalogInfo->setTextFormat(Qt::RichText);

    // Comparison tab: the re-priced table and chart, the organisation's token mix below them.
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"comparisonSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_comparisonTable = makeTable(this, u"comparisonTable"_s, m_comparison, true);
    m_comparisonTable->sortByColumn(ModelComparisonModel::CostColumn, Qt::AscendingOrder);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(ModelComparisonModel::NotesColumn, QHeaderView::Stretch);
    m_chart = new ModelComparisonChart(m_comparison, this);
    m_chart->setObjectName(u"comparisonChart"_s);
    m_chart->setMinimumWidth(400);

    m_mixTitle = new QLabel(this);
    m_mixTitle->setObjectName(u"tokenMixTitle"_s);
    m_mixTitle->setWordWrap(true);
    m_mixPerModel = new QCheckBox(tr("Per &model"), this);
    m_mixPerModel->setObjectName(u"tokenMixPerModel"_s);
    m_mixTable = makeTable(this, u"tokenMixTable"_s, m_tokenMix, false);
    m_mixTable->setColumnHidden(TokenMixModel::ModelColumn, true);
    m_mixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *mixBox = new QGroupBox(tr("Organisation token mix"), this);
    mixBox->setMaximumHeight(200);
    auto *mixSide = new QVBoxLayout;
    mixSide->addWidget(m_mixTitle);
    mixSide->addStretch(1);
    mixSide->addWidget(m_mixPerModel);
    auto *mixLayout = new QHBoxLayout(mixBox);
    mixLayout->addLayout(mixSide, 1);
    mixLayout->addWidget(m_mixTable, 3);

    // The table and the chart side by side; the organisation's mix, a few rows, below them.
    auto *comparisonSplitter = new QSplitter(this);
    comparisonSplitter->addWidget(m_comparisonTable);
    comparisonSplitter->addWidget(m_chart);
    comparisonSplitter->setStretchFactor(0, 3);
    comparisonSplitter->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(comparisonSplitter);
    vertical->addWidget(mixBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *comparisonTab = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparisonTab);
    comparisonLayout->addLayout(bar);
    comparisonLayout->addWidget(m_summary);
    comparisonLayout->addWidget(vertical, 1);

    // Prices tab: the catalog with the user's overrides.
    m_catalogTable = makeTable(this, u"catalogTable"_s, m_catalog, true);
    m_catalogTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogTable->horizontalHeader()->setSectionResizeMode(ModelCatalogModel::SourceColumn, QHeaderView::Stretch);
    m_catalogTable->setColumnHidden(ModelCatalogModel::ModelIdColumn, true);
    m_catalogTable->sortByColumn(ModelCatalogModel::ProviderColumn, Qt::AscendingOrder);
    m_overrideButton = new QPushButton(tr("&Set Your Price…"), this);
    m_overrideButton->setObjectName(u"overridePriceButton"_s);
    m_removeOverrideButton = new QPushButton(tr("Use &Catalog Price"), this);
    m_removeOverrideButton->setObjectName(u"removeOverrideButton"_s);
    auto *catalogLegend = new QLabel(tr("Prices per 1M tokens. <b><i>Bold italic</i></b> prices are your own "
                                        "(e.g. negotiated rates); hover for the catalog's figure."),
                                     this);
    catalogLegend->setWordWrap(true);
    auto *catalogButtons = new QHBoxLayout;
    catalogButtons->addWidget(catalogLegend, 1);
    catalogButtons->addWidget(m_overrideButton);
    catalogButtons->addWidget(m_removeOverrideButton);
    auto *catalogTab = new QWidget(this);
    auto *catalogLayout = new QVBoxLayout(catalogTab);
    catalogLayout->addLayout(catalogButtons);
    catalogLayout->addWidget(m_catalogTable, 1);

    // Task calculator tab.
    m_profileTable = makeTable(this, u"taskProfilesTable"_s, m_profiles, false);
    m_profileTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    m_profileTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_profileTable->horizontalHeader()->setSectionResizeMode(TaskProfileModel::NameColumn, QHeaderView::Stretch);
    m_profileTable->horizontalHeader()->setStretchLastSection(false);
    auto *addProfile = new QPushButton(tr("&New Task"), this);
    addProfile->setObjectName(u"newTaskProfileButton"_s);
    auto *copyProfile = new QPushButton(tr("D&uplicate"), this);
    copyProfile->setObjectName(u"duplicateTaskProfileButton"_s);
    auto *removeProfile = new QPushButton(tr("Re&move"), this);
    removeProfile->setObjectName(u"removeTaskProfileButton"_s);
    m_taskMessage = new QLabel(this);
    m_taskMessage->setObjectName(u"taskMessage"_s);
    m_taskMessage->setWordWrap(true);
    m_quoteTable = makeTable(this, u"taskQuotesTable"_s, m_taskQuotes, true);
    m_quoteTable->sortByColumn(TaskQuoteModel::CostPerMonthColumn, Qt::AscendingOrder);
    m_quoteTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(new QLabel(tr("Describe a task; double-click a cell to edit. Cache writes are left "
                                            "out: a cached prefix is written once for many tasks."),
                                         this),
                              1);
    profileButtons->addWidget(addProfile);
    profileButtons->addWidget(copyProfile);
    profileButtons->addWidget(removeProfile);
    m_quoteTitle = new QLabel(this);
    m_quoteTitle->setObjectName(u"taskQuotesTitle"_s);
    auto *quotesPane = new QWidget(this);
    auto *quotesLayout = new QVBoxLayout(quotesPane);
    quotesLayout->setContentsMargins(0, 0, 0, 0);
    quotesLayout->addWidget(m_quoteTitle);
    quotesLayout->addWidget(m_quoteTable, 1);
    auto *taskSplitter = new QSplitter(Qt::Vertical, this);
    auto *profilesPane = new QWidget(this);
    auto *profilesLayout = new QVBoxLayout(profilesPane);
    profilesLayout->setContentsMargins(0, 0, 0, 0);
    profilesLayout->addLayout(profileButtons);
    profilesLayout->addWidget(m_profileTable, 1);
    profilesLayout->addWidget(m_taskMessage);
    taskSplitter->addWidget(profilesPane);
    taskSplitter->addWidget(quotesPane);
    taskSplitter->setStretchFactor(0, 1);
    taskSplitter->setStretchFactor(1, 2);
    auto *taskTab = new QWidget(this);
    auto *taskLayout = new QVBoxLayout(taskTab);
    taskLayout->addWidget(taskSplitter);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"modelsTabs"_s);
    m_tabs->addTab(comparisonTab, tr("Comparison"));
    m_tabs->addTab(catalogTab, tr("Prices"));
    m_tabs->addTab(taskTab, tr("Task Calculator"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_catalogInfo);
    layout->addWidget(m_tabs, 1);

    // Task profiles are the user's, kept across sessions and accounts.
    m_profiles->setProfiles(TaskProfileModel::load(QSettings()));

    connect(m_scope, &QComboBox::activated, this, [this] {
        m_pendingScope.reset();
        refresh();
    });
    connect(m_windowBox, &QComboBox::activated, this,
            [this] { setWindow(Window(m_windowBox->currentData().toInt())); });
    connect(m_sourceModel, &QComboBox::activated, this, [this] { updateComparison(); });
    connect(m_mixPerModel, &QCheckBox::toggled, this, [this](bool perModel) {
        m_tokenMix->setPerModel(perModel);
        m_mixTable->setColumnHidden(TokenMixModel::ModelColumn, !perModel);
    });
    connect(m_overrideButton, &QPushButton::clicked, this, [this] { editSelectedPrice(); });
    connect(m_removeOverrideButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_catalogTable->currentIndex();
        if (current.isValid())
            removePriceOverride(current.data(ModelCatalogModel::ModelIdRole).toString(),
                                current.data(ModelCatalogModel::RegionRole).toString());
    });
    connect(m_catalogTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsPage::updateOverrideButtons);
    connect(m_catalogTable, &QTableView::doubleClicked, this, [this] { editSelectedPrice(); });
    connect(addProfile, &QPushButton::clicked, this, [this] { selectTaskProfile(m_profiles->addNewProfile()); });
    connect(copyProfile, &QPushButton::clicked, this,
            [this] { selectTaskProfile(m_profiles->addNewProfile(m_profileTable->currentIndex().row())); });
    connect(removeProfile, &QPushButton::clicked, this, [this] {
        const int row = m_profileTable->currentIndex().row();
        if (m_profiles->removeProfile(row))
            selectTaskProfile(std::min(row, m_profiles->rowCount() - 1));
    });
    connect(m_profiles, &TaskProfileModel::profilesChanged, this, [this] {
        QSettings settings;
        m_profiles->save(settings);
        m_taskMessage->clear();
        updateTaskQuotes();
    });
    connect(m_profiles, &TaskProfileModel::editRejected, m_taskMessage, &QLabel::setText);
    connect(m_profileTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsPage::updateTaskQuotes);

    connect(m_workspace, &Workspace::costDataChanged, this, [this] {
        rebuildScopes();
        refresh();
    });
    connect(m_workspace, &Workspace::priceCatalogChanged, this, [this] {
        // The catalog model resets; keep the entry the user is working on selected.
        const QModelIndex current = m_catalogTable->currentIndex();
        const QString modelId = current.data(ModelCatalogModel::ModelIdRole).toString();
        const QString region = current.data(ModelCatalogModel::RegionRole).toString();
        m_catalog->setCatalog(PriceCatalog::builtIn(), m_workspace->priceOverrides());
        if (!modelId.isEmpty())
            selectCatalogEntry(modelId, region);
        updateCatalogInfo();
        updateComparison();
        updateTaskQuotes();
        updateOverrideButtons();
    });
    if (navigator) {
        connect(navigator, &Navigator::comparisonRequested, this,
                [this](EntityKind kind, const QString &entity) { setScope(kind, entity); });
    }

    m_catalog->setCatalog(PriceCatalog::builtIn(), m_workspace->priceOverrides());
    updateCatalogInfo();
    rebuildScopes();
    refresh();
    selectTaskProfile(0);
    updateOverrideButtons();
}

// Running queries report with this page as context, so Qt drops their connections with the page.
ModelsPage::~ModelsPage() = default;

bool ModelsPage::isBusy() const
{
    return m_scopeJob || m_organisationJob;
}

void ModelsPage::rebuildScopes()
{
    std::optional<std::pair<int, QString>> keep = m_pendingScope;
    if (!keep && m_scope->currentIndex() >= 0)
        keep = std::pair<int, QString>(m_scope->currentData(KindRole).toInt(), m_scope->currentData(EntityRole).toString());
    m_scope->clear();
    m_scope->addItem(tr("Organisation"), OrganisationScope);
    const CostData &data = m_workspace->costData();
    const auto addValues = [this](const CostCube &cube, EntityKind kind, const QString &format) {
        const Dictionary &values = cube.dictionary(kind == EntityKind::Team ? CostCube::Dimension::Team
                                                                             : CostCube::Dimension::Project);
        QStringList sorted;
        for (quint32 code = 0; code < values.size(); ++code)
            sorted.append(values.value(code));
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        for (const QString &value : std::as_const(sorted)) {
            m_scope->addItem(format.arg(entityText(value)), int(kind));
            m_scope->setItemData(m_scope->count() - 1, value, EntityRole);
        }
    };
    if (data.byTeam->rowCount() > 0)
        m_scope->insertSeparator(m_scope->count());
    //: A team in the scope selector, %1 its tag value
    addValues(*data.byTeam, EntityKind::Team, tr("Team: %1"));
    if (data.byProject->rowCount() > 0)
        m_scope->insertSeparator(m_scope->count());
    //: A project in the scope selector, %1 its project tag value
    addValues(*data.byProject, EntityKind::Project, tr("Project: %1"));

    int index = 0;
    for (int i = 0; keep && i < m_scope->count(); ++i) {
        const QVariant kind = m_scope->itemData(i, KindRole);
        if (kind.isValid() && kind.toInt() == keep->first && m_scope->itemData(i, EntityRole).toString() == keep->second
            && (keep->first == OrganisationScope || m_scope->itemData(i, EntityRole).isValid())) {
            index = i;
            break;
        }
    }
    m_scope->setCurrentIndex(index);
    if (m_pendingScope && index > 0)
        m_pendingScope.reset();
}

void ModelsPage::setScope(std::optional<EntityKind> kind, const QString &entity)
{
    const int wanted = kind ? int(*kind) : OrganisationScope;
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariant itemKind = m_scope->itemData(i, KindRole);
        if (!itemKind.isValid() || itemKind.toInt() != wanted)
            continue;
        if (wanted == OrganisationScope || m_scope->itemData(i, EntityRole).toString() == entity) {
            m_pendingScope.reset();
            m_scope->setCurrentIndex(i);
            refresh();
            return;
        }
    }
    // Not loaded yet (or no spend): applied when the cost data arrives.
    m_pendingScope = std::pair<int, QString>(wanted, entity);
}

std::optional<ModelsPage::EntityKind> ModelsPage::scopeKind() const
{
    const int kind = m_scope->currentData(KindRole).toInt();
    if (kind == OrganisationScope)
        return std::nullopt;
    return EntityKind(kind);
}

QString ModelsPage::scopeEntity() const
{
    return m_scope->currentData(EntityRole).toString();
}

void ModelsPage::setWindow(Window window)
{
    m_window = window;
    m_windowBox->setCurrentIndex(m_windowBox->findData(int(window)));
    refresh();
}

std::pair<QDate, QDate> ModelsPage::windowRange() const
{
    const QDate last = m_workspace->costData().lastDay;
    if (!last.isValid())
        return {};
    const QDate end = last.addDays(1);
    switch (m_window) {
    case Window::Last30Days: return {end.addDays(-30), end};
    case Window::ThisMonth: return {QDate(last.year(), last.month(), 1), end};
    case Window::LastMonth: {
        const QDate thisMonth(last.year(), last.month(), 1);
        return {thisMonth.addMonths(-1), thisMonth};
    }
    case Window::Last90Days: return {end.addDays(-90), end};
    }
    return {};
}

QString ModelsPage::windowText() const
{
    const auto [start, end] = windowRange();
    if (!start.isValid())
        return QString();
    const QLocale locale;
    //: %1 the window's name (e.g. Last 30 days), %2 its first day, %3 its last day
    return tr("%1: %2 – %3")
        .arg(m_windowBox->currentText(), locale.toString(start, QLocale::ShortFormat),
             locale.toString(end.addDays(-1), QLocale::ShortFormat));
}

void ModelsPage::refresh()
{
    for (CubeQueryJob *job : {m_scopeJob.data(), m_organisationJob.data()}) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    const auto [start, end] = windowRange();
    m_period->setText(windowText());
    if (!start.isValid()) {
        m_scopeMix = Repricer::Mix();
        m_comparison->clear();
        m_tokenMix->setMix(Repricer::Mix());
        updateSourceModels();
        updateSummary();
        m_mixTitle->clear();
        Q_EMIT comparisonUpdated();
        return;
    }
    CostCube::Query organisation;
    organisation.start = start;
    organisation.end = end;
    const std::optional<EntityKind> kind = scopeKind();
    if (!kind) {
        startScan(organisation, true, true);
        return;
    }
    CostCube::Query scope = organisation;
    scope.setFilter(*kind == EntityKind::Team ? CostCube::Dimension::Team : CostCube::Dimension::Project,
                    {scopeEntity()});
    startScan(scope, false, true);
    startScan(organisation, true, false);
}

void ModelsPage::startScan(const CostCube::Query &selection, bool organisation, bool forScope)
{
    const CostData &data = m_workspace->costData();
    // Team totals are what was billed to each team tag (byTeam); projects come from byProject.
    const bool byProject = !selection.filters[std::size_t(CostCube::Dimension::Project)].isEmpty();
    auto *job = new CubeQueryJob(byProject ? data.byProject : data.byTeam, ModelComparisonModel::mixQuery(selection), this);
    if (forScope)
        m_scopeJob = job;
    if (organisation)
        m_organisationJob = job;
    connect(job, &Job::finished, this, [this, job, organisation, forScope] {
        // The job deletes itself later; it is done now.
        if (m_scopeJob == job)
            m_scopeJob = nullptr;
        if (m_organisationJob == job)
            m_organisationJob = nullptr;
        if (job->hasError())
            return; // cancelled: a newer scan is on its way
        const Repricer::Mix mix = ModelComparisonModel::mixFromResult(job->result());
        if (organisation) {
            m_tokenMix->setMix(mix, m_workspace->priceCatalog().currency());
            const Money total = mix.actualCost();
            //: %1 the window (name and dates), %2 the organisation's total cost in it
            m_mixTitle->setText(tr("All usage, %1. Total %2.")
                                    .arg(windowText(), total.format(QLocale(), m_workspace->priceCatalog().currency())));
        }
        if (forScope) {
            m_scopeMix = mix;
            updateSourceModels();
            updateComparison();
        }
        if (!m_scopeJob && !m_organisationJob)
            Q_EMIT comparisonUpdated();
    });
    job->start();
}

void ModelsPage::updateSourceModels()
{
    const QString keep = sourceModel();
    m_sourceModel->clear();
    m_sourceModel->addItem(tr("Any model"), QString());
    const PriceCatalog &catalog = m_workspace->priceCatalog();
    for (const QString &model : m_scopeMix.models()) {
        const ModelPrice *price = catalog.find(model);
        m_sourceModel->addItem(price ? price->name : model, model);
    }
    const int index = m_sourceModel->findData(keep);
    m_sourceModel->setCurrentIndex(index < 0 ? 0 : index);
}

QString ModelsPage::sourceModel() const
{
    return m_sourceModel->currentData().toString();
}

void ModelsPage::setSourceModel(const QString &modelId)
{
    const int index = m_sourceModel->findData(modelId);
    m_sourceModel->setCurrentIndex(index < 0 ? 0 : index);
    updateComparison();
}

void ModelsPage::updateComparison()
{
    const QString source = sourceModel();
    const Repricer::Mix mix = source.isEmpty() ? m_scopeMix : m_scopeMix.forModel(source);
    if (mix.lines.isEmpty())
        m_comparison->clear();
    else
        m_comparison->setComparison(mix, m_workspace->priceCatalog());
    updateSummary();
}

void ModelsPage::updateSummary()
{
    const QLocale locale;
    const QString currency = m_workspace->priceCatalog().currency();
    if (!windowRange().first.isValid()) {
        m_summary->setText(tr("No cost data yet. Sync (F5) to compare what your usage would cost on each model."));
        return;
    }
    const QString scope = m_scope->currentText();
    if (m_comparison->rowCount() == 0) {
        //: %1 the scope (organisation, team or project), %2 the window
        m_summary->setText(tr("%1 has no Bedrock usage in %2.").arg(scope.toHtmlEscaped(), windowText()));
        return;
    }
    // The cheapest model and the difference to what was billed.
    const Repricer::Quote &cheapest = m_comparison->quotes().constFirst();
    const Money actual = m_comparison->actualCost();
    QString text = tr("<b>%1</b>, %2: billed <b>%3</b>. On the cheapest model, %4, it would have cost %5 (%6).")
                       .arg(scope.toHtmlEscaped(), windowText(), actual.format(locale, currency),
                            cheapest.name.toHtmlEscaped(), cheapest.cost.format(locale, currency),
                            ModelComparisonModel::formatSigned(cheapest.difference, locale, currency));
    if (!m_comparison->unknownModels().isEmpty())
        text += u' ' + tr("Not in the catalog (billed cost kept, no price to check): %1.")
                           .arg(locale.createSeparatedList(m_comparison->unknownModels()).toHtmlEscaped());
    m_summary->setText(text);
}

void ModelsPage::updateCatalogInfo()
{
    const PriceCatalog &catalog = PriceCatalog::builtIn();
    const QLocale locale;
    QStringList sources;
    QSet<QString> seen;
    for (const ModelPrice &price : catalog.models()) {
        if (seen.contains(price.sourceUrl))
            continue;
        seen.insert(price.sourceUrl);
        sources.append(u"<a href=\"%1\">%2</a>"_s.arg(price.sourceUrl.toHtmlEscaped(),
                                                      QUrl(price.sourceUrl).host().toHtmlEscaped()));
    }
    const int overridden = int(m_workspace->priceOverrides().entries().size());
    //: %1 the catalog's date, %2 its currency, %3 a list of source links
    QString text = tr("Prices: catalog as of <b>%1</b> (%2 per 1M tokens, on-demand), sources: %3.")
                       .arg(locale.toString(catalog.asOf(), QLocale::LongFormat), catalog.currency(),
                            locale.createSeparatedList(sources));
    if (overridden > 0)
        text += u' ' + tr("<b><i>Your own prices apply to models: %1.</i></b>").arg(overridden);
    m_catalogInfo->setText(text);
}

void ModelsPage::updateTaskQuotes()
{
    const int row = m_profileTable->currentIndex().row();
    if (row < 0 || row >= m_profiles->rowCount()) {
        m_taskQuotes->clear();
        m_quoteTitle->clear();
        return;
    }
    const TaskProfile &profile = m_profiles->profile(row);
    m_taskQuotes->setProfile(profile, m_workspace->priceCatalog());
    //: %1 a task profile's name
    m_quoteTitle->setText(tr("<b>%1</b> on every model, cheapest first:").arg(profile.name.toHtmlEscaped()));
}

void ModelsPage::selectTaskProfile(int row)
{
    if (row < 0 || row >= m_profiles->rowCount())
        return;
    m_profileTable->setCurrentIndex(m_profiles->index(row, TaskProfileModel::NameColumn));
    updateTaskQuotes();
}

void ModelsPage::updateOverrideButtons()
{
    const QModelIndex current = m_catalogTable->currentIndex();
    m_overrideButton->setEnabled(current.isValid());
    m_removeOverrideButton->setEnabled(current.isValid()
                                       && m_workspace->priceOverrides().find(
                                           current.data(ModelCatalogModel::ModelIdRole).toString(),
                                           current.data(ModelCatalogModel::RegionRole).toString()));
}

bool ModelsPage::setPriceOverride(const PriceOverride &entry, QString *error)
{
    PriceOverrides overrides = m_workspace->priceOverrides();
    if (!overrides.set(entry, PriceCatalog::builtIn(), error))
        return false;
    m_workspace->setPriceOverrides(overrides);
    return true;
}

void ModelsPage::removePriceOverride(const QString &modelId, const QString &region)
{
    PriceOverrides overrides = m_workspace->priceOverrides();
    if (overrides.remove(modelId, region))
        m_workspace->setPriceOverrides(overrides);
}

void ModelsPage::selectCatalogEntry(const QString &modelId, const QString &region)
{
    const int row = m_catalog->rowFor(modelId, region);
    if (row < 0)
        return;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_catalogTable->model());
    const QModelIndex index = proxy->mapFromSource(m_catalog->index(row, ModelCatalogModel::NameColumn));
    m_catalogTable->setCurrentIndex(index);
    m_catalogTable->scrollTo(index);
}

PriceOverrideDialog *ModelsPage::editSelectedPrice()
{
    const QModelIndex current = m_catalogTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QString modelId = current.data(ModelCatalogModel::ModelIdRole).toString();
    const QString region = current.data(ModelCatalogModel::RegionRole).toString();
    const int row = m_catalog->rowFor(modelId, region);
    auto *dialog = new PriceOverrideDialog(PriceCatalog::builtIn(), m_catalog->basePrice(row),
                                           m_workspace->priceOverrides().find(modelId, region), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<PriceOverride> entry = dialog->priceOverride())
            setPriceOverride(*entry);
    });
    dialog->open();
    return dialog;
}

} // namespace Spendscope
