// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetspage.h"

#include "budgetcard.h"
#include "budgeteditordialog.h"
#include "budgetgauge.h"
#include "navigator.h"

#include "items/budgettablemodel.h"
#include "workspace/budgetcommands.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {
constexpr int MinCardWidth = 340;
constexpr int CardSpacing = 12;
} // namespace

BudgetsPage::BudgetsPage(Workspace *workspace, Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_editor(workspace->budgetEditor())
    , m_model(new BudgetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_new(new QPushButton(tr("&New Budget…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_scroll(new QScrollArea(this))
    , m_cardsHost(new QWidget)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(m_cardsHost))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BudgetTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_summary->setObjectName(u"budgetsSummary"_s);
    m_refresh->setObjectName(u"refreshBudgetsButton"_s);
    m_refresh->setToolTip(tr("Read the budgets from AWS again"));
    m_new->setObjectName(u"newBudgetButton"_s);
    m_edit->setObjectName(u"editBudgetButton"_s);
    m_delete->setObjectName(u"deleteBudgetButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);

    m_scroll->setObjectName(u"budgetGauges"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_cardsHost->setObjectName(u"budgetCards"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(CardSpacing);
    auto *cardsLayout = new QVBoxLayout(m_cardsHost);
    cardsLayout->setContentsMargins(2, 2, 2, 2);
    cardsLayout->addWidget(m_empty);
    cardsLayout->addLayout(m_grid);
    cardsLayout->addStretch(1);
    m_empty->setObjectName(u"budgetsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No budgets yet. A budget tracks a team's or a project's spend against a limit for each "
                        "month, quarter or year, and AWS e-mails its alerts."));
    m_scroll->setWidget(m_cardsHost);
    m_scroll->viewport()->installEventFilter(this);

    m_table->setObjectName(u"budgetsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BudgetTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Few rows: columns fit their contents (showBudgets()); the alert thresholds take the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message->setObjectName(u"budgetsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        showMessage(QString());
        m_editor->refresh();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newBudget(); });
    connect(m_edit, &QPushButton::clicked, this, &BudgetsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_table, &QTableView::doubleClicked, this, &BudgetsPage::editSelected);
    auto *deleteAction = new QAction(tr("Delete Budget"), m_table);
    deleteAction->setObjectName(u"actionDeleteBudget"_s);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    auto *editAction = new QAction(tr("Edit Budget"), m_table);
    editAction->setObjectName(u"actionEditBudget"_s);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, &BudgetsPage::editSelected);
    m_table->addActions({editAction, deleteAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString selected = selectedBudgetName();
        for (BudgetCard *c : std::as_const(m_cards))
            c->setSelected(c->budgetName() == selected);
        updateActions();
    });
    connect(m_editor, &BudgetEditor::budgetsChanged, this, &BudgetsPage::showBudgets);
    connect(m_editor, &BudgetEditor::failed, this, &BudgetsPage::showMessage);
    connect(m_editor, &BudgetEditor::busyChanged, this, &BudgetsPage::updateActions);
    connect(m_editor, &BudgetEditor::loaded, this, &BudgetsPage::updateSummary);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        showMessage(QString());
        updateActions();
    });
    if (navigator) {
        connect(navigator, &Navigator::newBudgetRequested, this,
                [this](CostInsights::EntityKind kind, const QString &entity, Money suggestedLimit) {
                    if (BudgetEditorDialog *dialog = newBudget())
                        dialog->prefill(kind == CostInsights::EntityKind::Team ? BudgetFilter::Kind::Team
                                                                               : BudgetFilter::Kind::Project,
                                        entity, suggestedLimit);
                });
    }
    showBudgets();
}

BudgetsPage::~BudgetsPage() = default;

QDate BudgetsPage::today() const
{
    return m_workspace->today();
}

BudgetCard *BudgetsPage::card(const QString &name) const
{
    for (BudgetCard *c : m_cards) {
        if (c->budgetName() == name)
            return c;
    }
    return nullptr;
}

void BudgetsPage::showBudgets()
{
    const SyncSettings &keys = m_workspace->profile().sync;
    m_model->setTagKeys(keys.projectTagKey, keys.teamTagKey);
    m_model->setBudgets(m_editor->budgets(), m_editor->notifications(), today());
    m_table->resizeColumnsToContents();
    rebuildCards();
    updateSummary();
    updateActions();
    Q_EMIT refreshed();
}

void BudgetsPage::rebuildCards()
{
    const QString selected = selectedBudgetName();
    // Cards follow the service's order (by name), which the reader finds them in.
    while (m_cards.size() > m_model->rowCount())
        delete m_cards.takeLast();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (row >= m_cards.size()) {
            auto *c = new BudgetCard(m_cardsHost);
            connect(c, &BudgetCard::clicked, this, &BudgetsPage::selectBudget);
            connect(c, &BudgetCard::doubleClicked, this, [this](const QString &name) {
                selectBudget(name);
                editSelected();
            });
            m_cards.append(c);
        }
        BudgetCard *c = m_cards.at(row);
        c->setBudget(m_model->status(row), m_model->filterText(row), BudgetTableModel::periodText(m_model->budget(row).timeUnit));
        c->gauge()->setLocale(locale());
        c->setSelected(c->budgetName() == selected);
    }
    m_columns = 0; // force a new layout
    layoutCards();
}

void BudgetsPage::layoutCards()
{
    const int available = m_scroll->viewport()->width();
    const int columns = std::max(1, (available + CardSpacing) / (MinCardWidth + CardSpacing));
    m_empty->setVisible(m_cards.isEmpty());
    if (columns == m_columns && m_grid->count() == m_cards.size()) {
        updateCardsHeight();
        return;
    }
    m_columns = columns;
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the widgets stay, only their places go
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    updateCardsHeight();
}

void BudgetsPage::updateCardsHeight()
{
    // As tall as the cards need, up to a little over half the page; the table has the rest.
    const int content = m_cardsHost->sizeHint().height();
    const int cap = std::max(180, height() * 11 / 20);
    const int wanted = std::min(content, cap);
    if (m_scroll->height() != wanted)
        m_scroll->setFixedHeight(wanted);
}

void BudgetsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCardsHeight();
}

bool BudgetsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return QWidget::eventFilter(watched, event);
}

void BudgetsPage::updateSummary()
{
    int atRisk = 0;
    int exceeded = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        atRisk += m_model->status(row).health == BudgetStatus::Health::AtRisk ? 1 : 0;
        exceeded += m_model->status(row).health == BudgetStatus::Health::Exceeded ? 1 : 0;
    }
    QString text;
    if (!m_workspace->isConnected())
        text = tr("Not connected.");
    else
        //: %1 budgets, %2 of them at risk, %3 exceeded
        text = tr("Budgets: %1 · At risk: %2 · Exceeded: %3").arg(m_model->rowCount()).arg(atRisk).arg(exceeded);
    if (m_workspace->isConnected() && !m_editor->isLive())
        text = tr("%1 (as of the last sync)").arg(text);
    m_summary->setText(text);
}

void BudgetsPage::updateActions()
{
    const bool connected = m_workspace->isConnected();
    const bool selected = !selectedBudgetName().isEmpty();
    m_new->setEnabled(connected);
    m_edit->setEnabled(connected && selected);
    m_delete->setEnabled(connected && selected && !m_editor->isBusy());
    m_refresh->setEnabled(connected && !m_editor->isBusy());
}

void BudgetsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString BudgetsPage::selectedBudgetName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(BudgetTableModel::NameRole).toString();
}

void BudgetsPage::selectBudget(const QString &name)
{
    const int row = m_model->rowForName(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void BudgetsPage::openEditor(BudgetEditorDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BudgetEditorDialog::applied, this,
            [this](const BudgetEditor::Definition &from, const BudgetEditor::Definition &to) {
                showMessage(QString());
                if (from.budget.name.isEmpty())
                    m_workspace->undoStack()->push(new CreateBudgetCommand(m_editor, to));
                else
                    m_workspace->undoStack()->push(new UpdateBudgetCommand(m_editor, from, to));
                selectBudget(to.budget.name);
            });
    dialog->open();
    Q_EMIT editorOpened(dialog);
}

BudgetEditorDialog *BudgetsPage::newBudget()
{
    if (!m_workspace->isConnected()) {
        showMessage(tr("Connect to an account to create budgets."));
        return nullptr;
    }
    auto *dialog = new BudgetEditorDialog(m_workspace, m_editor, this);
    openEditor(dialog);
    return dialog;
}

void BudgetsPage::editSelected()
{
    const QString name = selectedBudgetName();
    if (name.isEmpty() || !m_workspace->isConnected())
        return;
    showMessage(tr("Reading “%1”…").arg(name));
    m_edit->setEnabled(false);
    m_editor->loadDefinition(name, [this, name](const std::optional<BudgetEditor::Definition> &definition,
                                               const QString &error) {
        updateActions();
        if (!definition) {
            showMessage(error);
            return;
        }
        showMessage(QString());
        auto *dialog = new BudgetEditorDialog(m_workspace, m_editor, this);
        dialog->setDefinition(*definition);
        openEditor(dialog);
    });
}

void BudgetsPage::deleteSelected(bool confirmed)
{
    const QString name = selectedBudgetName();
    if (name.isEmpty() || !m_workspace->isConnected())
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Budget"),
            tr("Delete the budget “%1” and its alerts from AWS? You can undo this, which creates it again.").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    showMessage(tr("Deleting “%1”…").arg(name));
    // Read it whole first, so that undo can create it again with its alerts.
    m_editor->loadDefinition(name, [this, name](const std::optional<BudgetEditor::Definition> &definition,
                                               const QString &error) {
        if (!definition) {
            showMessage(error);
            return;
        }
        m_editor->remove(name, [this, definition = *definition](const QString &removeError) {
            if (!removeError.isEmpty())
                return; // failed() shows it
            showMessage(QString());
            m_workspace->undoStack()->push(new DeleteBudgetCommand(m_editor, definition));
        });
    });
}

} // namespace Spendscope
