// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "analytics/costinsights.h"
#include "analytics/repricer.h"
#include "domain/priceoverrides.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Spendscope {

class CubeQueryJob;
class ModelCatalogModel;
class ModelComparisonChart;
class ModelComparisonModel;
class Navigator;
class PriceOverrideDialog;
class TaskProfileModel;
class TaskQuoteModel;
class TokenMixModel;
class Workspace;

// The Models page: what the organisation's, a team's or a project's real token usage would have
// cost on every catalog model (Repricer), the organisation's token mix, the price catalog with
// its date and sources and the user's own prices (PriceOverrides, kept per account), and a task
// calculator on editable task profiles (TaskCalculator). The token mix is scanned off the GUI
// thread (CubeQueryJob); re-pricing the mix is cheap and follows every price change at once.
class ModelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)
public:
    using EntityKind = CostInsights::EntityKind;
    enum class Window { Last30Days, ThisMonth, LastMonth, Last90Days };

    ModelsPage(Workspace *workspace, Navigator *navigator, QWidget *parent = nullptr);
    ~ModelsPage() override;

    [[nodiscard]] ModelComparisonModel *comparisonModel() const { return m_comparison; }
    [[nodiscard]] TokenMixModel *tokenMixModel() const { return m_tokenMix; }
    [[nodiscard]] ModelCatalogModel *catalogModel() const { return m_catalog; }
    [[nodiscard]] TaskProfileModel *taskProfileModel() const { return m_profiles; }
    [[nodiscard]] TaskQuoteModel *taskQuoteModel() const { return m_taskQuotes; }

    // The scope compared: the organisation (nullopt), or one team or project by its tag value
    // (empty: untagged). Unknown values are kept and applied once the cost data has them.
    void setScope(std::optional<EntityKind> kind, const QString &entity = QString());
    [[nodiscard]] std::optional<EntityKind> scopeKind() const;
    [[nodiscard]] QString scopeEntity() const;
    void setWindow(Window window);
    [[nodiscard]] Window window() const { return m_window; }
    // [start, end) of the window, from the last day with costs; invalid without data.
    [[nodiscard]] std::pair<QDate, QDate> windowRange() const;
    // Compare only the usage that ran on `modelId` (empty: all of the scope's usage).
    void setSourceModel(const QString &modelId);
    [[nodiscard]] QString sourceModel() const;
    // The scope's whole mix over the window (before the source-model choice).
    [[nodiscard]] const Repricer::Mix &scopeMix() const { return m_scopeMix; }
    [[nodiscard]] bool isBusy() const;

    // Sets (or, without prices, removes) the user's price for one catalog entry; false with the
    // reason in *error when the catalog cannot take it.
    bool setPriceOverride(const PriceOverride &entry, QString *error = nullptr);
    void removePriceOverride(const QString &modelId, const QString &region);
    // Opens the override dialog on the selected catalog entry (non-modal; nullptr when none).
    PriceOverrideDialog *editSelectedPrice();
    void selectCatalogEntry(const QString &modelId, const QString &region);
    void selectTaskProfile(int row);

Q_SIGNALS:
    // The comparison and token mix show the current scope, window and prices.
    void comparisonUpdated();

private:
    void rebuildScopes();
    void refresh();
    void startScan(const CostCube::Query &selection, bool organisation, bool forScope);
    void updateComparison();
    void updateSourceModels();
    void updateCatalogInfo();
    void updateSummary();
    void updateTaskQuotes();
    void updateOverrideButtons();
    [[nodiscard]] QString windowText() const;

    Workspace *m_workspace;
    ModelComparisonModel *m_comparison;
    TokenMixModel *m_tokenMix;
    ModelCatalogModel *m_catalog;
    TaskProfileModel *m_profiles;
    TaskQuoteModel *m_taskQuotes;
    Window m_window = Window::Last30Days;
    std::optional<std::pair<int, QString>> m_pendingScope; // requested before the data had it
    Repricer::Mix m_scopeMix;
    QPointer<CubeQueryJob> m_scopeJob;
    QPointer<CubeQueryJob> m_organisationJob;

    QComboBox *m_scope = nullptr;
    QComboBox *m_windowBox = nullptr;
    QComboBox *m_sourceModel = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_catalogInfo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_mixTitle = nullptr;
    QCheckBox *m_mixPerModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_comparisonTable = nullptr;
    QTableView *m_mixTable = nullptr;
    QTableView *m_catalogTable = nullptr;
    QTableView *m_profileTable = nullptr;
    QTableView *m_quoteTable = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_removeOverrideButton = nullptr;
    QLabel *m_taskMessage = nullptr;
    QLabel *m_quoteTitle = nullptr;
    ModelComparisonChart *m_chart = nullptr;
};

} // namespace Spendscope
