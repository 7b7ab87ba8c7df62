// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgeteditordialog.h"

#include "analytics/budgetstatus.h"
#include "api/budgetsclient.h"
#include "items/budgettablemodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QStringList dictionaryValues(const CostCube &cube, CostCube::Dimension dimension)
{
    QStringList values;
    const Dictionary &dictionary = cube.dictionary(dimension);
    for (quint32 code = 0; code < dictionary.size(); ++code) {
        if (!dictionary.value(code).isEmpty())
            values.append(dictionary.value(code));
    }
    values.sort(Qt::CaseInsensitive);
    values.removeDuplicates();
    return values;
}

// The alert rows' first two fields, fixed so that the headings above them line up.
constexpr int AlertTypeWidth = 160;
constexpr int AlertThresholdWidth = 120;

QStringList emailsOf(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

BudgetEditorDialog::BudgetEditorDialog(Workspace *workspace, BudgetEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_name(new QLineEdit(this))
    , m_limit(new QLineEdit(this))
    , m_limitNote(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_servicesNote(new QLabel(this))
    , m_alerts(new QVBoxLayout)
    , m_alertsEmpty(new QLabel(tr("No alerts: AWS will not e-mail anyone about this budget."), this))
    , m_addAlert(new QPushButton(tr("&Add Alert"), this))
    , m_error(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(u"budgetEditorDialog"_s);
    setWindowTitle(tr("New Budget"));
    m_name->setObjectName(u"budgetName"_s);
    m_name->setPlaceholderText(tr("e.g. ml-platform monthly"));
    m_name->setMaxLength(100);
    m_limit->setObjectName(u"budgetLimit"_s);
    m_limit->setPlaceholderText(tr("e.g. 1000.00"));
    m_limit->setAlignment(Qt::AlignRight);
    m_limitNote->setObjectName(u"budgetLimitNote"_s);
    m_limitNote->setWordWrap(true);
    m_limitNote->hide();
    m_period->setObjectName(u"budgetPeriod"_s);
    m_period->addItem(tr("Monthly"), int(BudgetTimeUnit::Monthly));
    m_period->addItem(tr("Quarterly"), int(BudgetTimeUnit::Quarterly));
    m_period->addItem(tr("Annually"), int(BudgetTimeUnit::Annually));
    m_scope->setObjectName(u"budgetScope"_s);
    m_scope->addItem(tr("All spend"), int(BudgetFilter::Kind::Everything));
    m_scope->addItem(tr("One team"), int(BudgetFilter::Kind::Team));
    m_scope->addItem(tr("One project"), int(BudgetFilter::Kind::Project));
    m_value->setObjectName(u"budgetScopeValue"_s);
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(18);
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_servicesNote->setObjectName(u"budgetServicesNote"_s);
    m_servicesNote->setWordWrap(true);
    m_alertsEmpty->setObjectName(u"budgetAlertsEmpty"_s);
    m_addAlert->setObjectName(u"addBudgetAlert"_s);
    m_error->setObjectName(u"budgetEditorError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(new QLabel(u"USD"_s, this));
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_value, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    // Rows whose field is a layout need their label made here, or the mnemonic shows as "&".
    auto *limitLabel = new QLabel(tr("&Limit per period:"), this);
    limitLabel->setBuddy(m_limit);
    auto *scopeLabel = new QLabel(tr("&Covers:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(limitLabel, limitRow);
    form->addRow(QString(), m_limitNote);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(scopeLabel, scopeRow);
    form->addRow(QString(), m_servicesNote);

    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    auto *hint = new QLabel(tr("AWS e-mails the subscribers when the actual or the forecasted spend of a period goes "
                               "over a percentage of the limit; Spendscope also tells you on the desktop after a sync."),
                            alertsBox);
    hint->setWordWrap(true);
    alertsLayout->addWidget(hint);
    auto *headings = new QHBoxLayout;
    headings->setContentsMargins(0, 6, 0, 0);
    const auto heading = [alertsBox](const QString &text, int width) {
        auto *label = new QLabel(text, alertsBox);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        if (width > 0)
            label->setFixedWidth(width);
        return label;
    };
    headings->addWidget(heading(tr("Alert on"), AlertTypeWidth));
    headings->addWidget(heading(tr("Over"), AlertThresholdWidth));
    headings->addWidget(heading(tr("E-mail to"), 0), 1);
    m_alertHeadings = new QWidget(alertsBox);
    m_alertHeadings->setLayout(headings);
    alertsLayout->addWidget(m_alertHeadings);
    alertsLayout->addLayout(m_alerts);
    alertsLayout->addWidget(m_alertsEmpty);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addAlert);
    addRow->addStretch(1);
    alertsLayout->addLayout(addRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveBudgetButton"_s);
    m_save->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(alertsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(720);
    // An edit after a refusal starts afresh: the old message no longer applies.
    for (QLineEdit *field : {m_name, m_limit})
        connect(field, &QLineEdit::textEdited, this, [this] { showError(QString()); });
    for (QComboBox *field : {m_period, m_scope, m_value})
        connect(field, &QComboBox::activated, this, [this] { showError(QString()); });

    connect(buttons, &QDialogButtonBox::accepted, this, &BudgetEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BudgetEditorDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BudgetEditorDialog::updateValueChoices);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BudgetEditorDialog::updateServicesNote);
    connect(m_addAlert, &QPushButton::clicked, this, [this] {
        // A sensible next step: 80 % actual first, then 100 % forecasted.
        Notification n;
        n.type = m_rows.isEmpty() ? NotificationType::Actual : NotificationType::Forecasted;
        n.threshold = m_rows.isEmpty() ? 80 : 100;
        addAlertRow(n, {});
        m_rows.constLast().emails->setFocus();
    });
    updateValueChoices();
    updateServicesNote();
    updateAlertButtons();
    // A sync while the dialog is open can discover the services.
    connect(m_workspace, &Workspace::costDataChanged, this, &BudgetEditorDialog::updateServicesNote);
}

void BudgetEditorDialog::setDefinition(const BudgetEditor::Definition &existing)
{
    m_original = existing;
    m_editing = true;
    setWindowTitle(tr("Edit Budget"));
    m_save->setText(tr("Save"));
    const Budget &b = existing.budget;
    m_name->setText(b.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("AWS budgets cannot be renamed."));

    const BudgetStatus status = BudgetStatus::of(b, {}, m_workspace->today());
    if (status.hasLimit())
        m_limit->setText(status.limit.toString());
    if (!b.plannedLimits.isEmpty()) {
        m_limitNote->setText(tr("This budget has a planned limit per period; saving sets this one limit for every period."));
        m_limitNote->show();
    }
    if (m_period->findData(int(b.timeUnit)) < 0)
        m_period->addItem(BudgetTableModel::periodText(b.timeUnit), int(b.timeUnit));
    m_period->setCurrentIndex(m_period->findData(int(b.timeUnit)));

    const SyncSettings &keys = m_workspace->profile().sync;
    const BudgetFilter filter = BudgetFilter::of(b.filterExpression, keys.projectTagKey, keys.teamTagKey);
    m_originalFilter = filter;
    if (filter.kind == BudgetFilter::Kind::Other) {
        //: %1 a description of a filter Spendscope does not edit
        m_scope->addItem(tr("Keep: %1").arg(BudgetFilter::describe(b.filterExpression, keys.projectTagKey, keys.teamTagKey)),
                         int(BudgetFilter::Kind::Other));
    }
    m_scope->setCurrentIndex(m_scope->findData(int(filter.kind)));
    updateValueChoices();
    if (filter.kind == BudgetFilter::Kind::Team || filter.kind == BudgetFilter::Kind::Project)
        m_value->setCurrentText(filter.value.isEmpty() ? tr("(untagged)") : filter.value);
    updateServicesNote();

    for (const NotificationWithSubscribers &n : existing.notifications)
        addAlertRow(n.notification, n.subscribers);
}

void BudgetEditorDialog::prefill(BudgetFilter::Kind kind, const QString &value, Money suggestedLimit)
{
    const int index = m_scope->findData(int(kind));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
    updateValueChoices();
    m_value->setCurrentText(value.isEmpty() ? tr("(untagged)") : value);
    updateServicesNote();
    if (suggestedLimit.nanos() > 0)
        m_limit->setText(suggestedLimit.rounded(2).toString(2));
    if (m_name->text().isEmpty() && !value.isEmpty())
        //: a suggested budget name, %1 a team or project
        m_name->setText(tr("%1 monthly").arg(value));
    if (m_rows.isEmpty()) {
        addAlert(NotificationType::Actual, 80, {});
        addAlert(NotificationType::Forecasted, 100, {});
    }
}

void BudgetEditorDialog::addAlert(NotificationType type, double percent, const QStringList &emails)
{
    Notification n;
    n.type = type;
    n.threshold = percent;
    QList<Subscriber> subscribers;
    for (const QString &email : emails)
        subscribers.append({SubscriptionType::Email, email});
    addAlertRow(n, subscribers);
}

void BudgetEditorDialog::addAlertRow(const Notification &notification, const QList<Subscriber> &subscribers)
{
    AlertRow row;
    row.base = notification;
    row.widget = new QWidget(this);
    row.widget->setObjectName(u"budgetAlertRow"_s);
    row.type = new QComboBox(row.widget);
    row.type->setObjectName(u"budgetAlertType"_s);
    row.type->addItem(tr("Actual spend"), int(NotificationType::Actual));
    row.type->addItem(tr("Forecasted spend"), int(NotificationType::Forecasted));
    row.type->setCurrentIndex(row.type->findData(int(notification.type)));
    row.threshold = new QDoubleSpinBox(row.widget);
    row.threshold->setObjectName(u"budgetAlertThreshold"_s);
    const bool percent = notification.thresholdType.value_or(ThresholdType::Percentage) == ThresholdType::Percentage;
    row.threshold->setDecimals(2);
    row.threshold->setRange(0, percent ? 10000 : BudgetsClient::MaxThreshold);
    row.threshold->setSuffix(percent ? tr(" %") : tr(" USD"));
    // "Over" is the column's heading; the rarer comparisons say so in the field.
    if (notification.comparison == ComparisonOperator::LessThan)
        row.threshold->setPrefix(tr("under "));
    else if (notification.comparison == ComparisonOperator::EqualTo)
        row.threshold->setPrefix(tr("exactly "));
    row.threshold->setValue(notification.threshold);
    row.threshold->setAlignment(Qt::AlignRight);
    row.emails = new QLineEdit(row.widget);
    row.emails->setObjectName(u"budgetAlertEmails"_s);
    row.emails->setPlaceholderText(tr("E-mail addresses, separated by commas"));
    QStringList emails;
    for (const Subscriber &s : subscribers) {
        if (s.type == SubscriptionType::Email)
            emails.append(s.address);
        else
            row.otherSubscribers.append(s);
    }
    row.emails->setText(emails.join(u", "_s));
    connect(row.emails, &QLineEdit::textEdited, this, [this] { showError(QString()); });
    if (!row.otherSubscribers.isEmpty())
        row.emails->setToolTip(tr("Also notifies the SNS topic %1, which is kept as it is.").arg(row.otherSubscribers.constFirst().address));
    auto *remove = new QToolButton(row.widget);
    remove->setObjectName(u"removeBudgetAlert"_s);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this alert"));
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row.type->setFixedWidth(AlertTypeWidth);
    row.threshold->setFixedWidth(AlertThresholdWidth);
    layout->addWidget(row.type);
    layout->addWidget(row.threshold);
    layout->addWidget(row.emails, 1);
    layout->addWidget(remove);
    QWidget *widget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeAlertRow(widget); });
    m_alerts->addWidget(row.widget);
    row.widget->show(); // at once, also when the dialog is already visible
    m_rows.append(row);
    updateAlertButtons();
}

void BudgetEditorDialog::removeAlertRow(QWidget *widget)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [widget](const AlertRow &r) { return r.widget == widget; });
    if (it == m_rows.end())
        return;
    m_rows.erase(it);
    widget->deleteLater();
    updateAlertButtons();
}

void BudgetEditorDialog::updateAlertButtons()
{
    m_alertsEmpty->setVisible(m_rows.isEmpty());
    m_alertHeadings->setVisible(!m_rows.isEmpty());
    m_addAlert->setEnabled(!m_busy && m_rows.size() < BudgetsClient::MaxNotificationsPerBudget);
}

void BudgetEditorDialog::updateValueChoices()
{
    const auto kind = BudgetFilter::Kind(m_scope->currentData().toInt());
    const QString current = m_value->currentText();
    m_value->clear();
    const bool needsValue = kind == BudgetFilter::Kind::Team || kind == BudgetFilter::Kind::Project;
    m_value->setEnabled(needsValue && !m_busy);
    if (!needsValue)
        return;
    const CostData &data = m_workspace->costData();
    const QStringList values = kind == BudgetFilter::Kind::Team ? dictionaryValues(*data.byTeam, CostCube::Dimension::Team)
                                                                : dictionaryValues(*data.byProject, CostCube::Dimension::Project);
    m_value->addItems(values);
    m_value->addItem(tr("(untagged)"));
    const SyncSettings &keys = m_workspace->profile().sync;
    //: %1 a tag key
    m_value->lineEdit()->setPlaceholderText(tr("Value of the tag “%1”")
                                                .arg(kind == BudgetFilter::Kind::Team ? keys.teamTagKey : keys.projectTagKey));
    m_value->setCurrentText(values.contains(current) ? current : QString());
}

QStringList BudgetEditorDialog::services() const
{
    const QStringList discovered = m_workspace->costData().services;
    if (!discovered.isEmpty())
        return discovered;
    return m_editing ? m_originalFilter.services : QStringList();
}

void BudgetEditorDialog::updateServicesNote()
{
    const auto kind = BudgetFilter::Kind(m_scope->currentData().toInt());
    const QStringList names = services();
    // An edited budget of the same kind that is limited to other services (or to none).
    const bool sameKind = m_editing && m_originalFilter.kind == kind;
    const bool changes = sameKind
        && BudgetFilter::serviceFilter(names) != BudgetFilter::serviceFilter(m_originalFilter.services);
    QString text;
    switch (kind) {
    case BudgetFilter::Kind::Team:
    case BudgetFilter::Kind::Project:
        if (names.isEmpty())
            text = tr("No sync yet: counts all AWS services with this tag. Sync to limit it to Bedrock.");
        else if (changes && m_originalFilter.services.isEmpty())
            text = tr("Counts all AWS services with this tag now; saving limits it to Bedrock spend.");
        else if (changes)
            text = tr("Saving updates the budget to the Bedrock services the last sync found.");
        else
            text = tr("Counts only Bedrock spend: the services the last sync found.");
        break;
    case BudgetFilter::Kind::Everything:
        // Only a budget that is already limited to services stays so; "all spend" is the whole account.
        if (!sameKind || m_originalFilter.services.isEmpty())
            text = tr("Counts all spend in the account, every AWS service.");
        else if (changes)
            text = tr("Saving updates the budget to the Bedrock services the last sync found.");
        else
            text = tr("Counts only Bedrock spend: the services the last sync found.");
        break;
    case BudgetFilter::Kind::Other:
        break;
    }
    m_servicesNote->setText(text);
    m_servicesNote->setToolTip(names.join(u'\n'));
    m_servicesNote->setVisible(!text.isEmpty());
}

std::optional<BudgetEditor::Definition> BudgetEditorDialog::definition(QString *error) const
{
    const auto fail = [error](const QString &message) -> std::optional<BudgetEditor::Definition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    BudgetEditor::Definition result;
    Budget &b = result.budget;
    if (m_editing)
        b = m_original.budget;
    b.name = m_name->text().trimmed();
    if (const QString problem = BudgetsClient::checkBudgetName(b.name); !problem.isEmpty())
        return fail(problem);

    // Exact decimal input in the user's locale: drop group separators, use a decimal point.
    QString limitText = m_limit->text().trimmed();
    const QLocale locale;
    limitText.remove(locale.groupSeparator());
    limitText.replace(locale.decimalPoint(), u"."_s);
    const std::optional<Money> limit = Money::parse(QStringView(limitText));
    if (!limit || limit->nanos() <= 0)
        return fail(tr("Enter the limit as a positive amount, such as 1000 or 1250.50."));
    b.limit = Spend{limit->rounded(2), u"USD"_s};
    b.plannedLimits.clear();

    const auto unit = BudgetTimeUnit(m_period->currentData().toInt());
    if (m_editing && unit != m_original.budget.timeUnit) {
        // A new period length starts with the current period of that length.
        b.periodStart = QDateTime(BudgetStatus::periodStartOf(unit, m_workspace->today()),
                                  QTime(0, 0), Qt::UTC);
    }
    b.timeUnit = unit;
    b.type = BudgetType::Cost;

    const SyncSettings &keys = m_workspace->profile().sync;
    const auto kind = BudgetFilter::Kind(m_scope->currentData().toInt());
    switch (kind) {
    case BudgetFilter::Kind::Everything:
        // An existing Bedrock-only budget keeps that, with today's service names.
        b.filterExpression = m_editing && m_originalFilter.kind == BudgetFilter::Kind::Everything
                && !m_originalFilter.services.isEmpty()
            ? BudgetFilter::serviceFilter(services())
            : CostExpression();
        break;
    case BudgetFilter::Kind::Team:
    case BudgetFilter::Kind::Project: {
        QString value = m_value->currentText().trimmed();
        if (value.isEmpty())
            return fail(kind == BudgetFilter::Kind::Team ? tr("Choose the team the budget covers.")
                                                         : tr("Choose the project the budget covers."));
        if (value == tr("(untagged)"))
            value.clear();
        // Limited to the discovered Bedrock services, so that AWS counts what Spendscope shows.
        b.filterExpression = BudgetFilter::tagFilter(kind == BudgetFilter::Kind::Team ? keys.teamTagKey : keys.projectTagKey,
                                                     value, services());
        break;
    }
    case BudgetFilter::Kind::Other:
        break; // kept as it was
    }
    if (const QString problem = BudgetsClient::checkBudget(b); !problem.isEmpty())
        return fail(problem);

    for (const AlertRow &row : m_rows) {
        NotificationWithSubscribers n;
        n.notification = row.base;
        n.notification.state.reset();
        n.notification.type = NotificationType(row.type->currentData().toInt());
        n.notification.threshold = row.threshold->value();
        if (n.notification.threshold <= 0)
            return fail(tr("An alert threshold must be more than zero."));
        if (const QString problem = BudgetsClient::checkNotification(n.notification); !problem.isEmpty())
            return fail(problem);
        for (const QString &email : emailsOf(row.emails->text()))
            n.subscribers.append({SubscriptionType::Email, email});
        n.subscribers.append(row.otherSubscribers);
        if (n.subscribers.isEmpty())
            return fail(tr("Each alert needs at least one e-mail address."));
        if (const QString problem = BudgetsClient::checkSubscribers(n.subscribers); !problem.isEmpty())
            return fail(problem);
        for (const NotificationWithSubscribers &other : std::as_const(result.notifications)) {
            if (BudgetEditor::sameNotification(other.notification, n.notification))
                return fail(tr("Two alerts have the same kind and threshold; AWS keeps only one of each."));
        }
        result.notifications.append(n);
    }
    if (result.notifications.size() > BudgetsClient::MaxNotificationsPerBudget)
        return fail(tr("A budget has at most %1 alerts.").arg(BudgetsClient::MaxNotificationsPerBudget));
    return result;
}

QString BudgetEditorDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void BudgetEditorDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

void BudgetEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_limit, m_period, m_scope, m_save})
        w->setEnabled(!busy);
    m_name->setEnabled(!busy);
    for (const AlertRow &row : std::as_const(m_rows))
        row.widget->setEnabled(!busy);
    const auto kind = BudgetFilter::Kind(m_scope->currentData().toInt());
    m_value->setEnabled(!busy && (kind == BudgetFilter::Kind::Team || kind == BudgetFilter::Kind::Project));
    updateAlertButtons();
    if (busy) {
        m_error->setText(m_editing ? tr("Saving the budget…") : tr("Creating the budget…"));
        m_error->show();
    }
}

void BudgetEditorDialog::accept()
{
    if (m_busy)
        return;
    QString problem;
    const std::optional<BudgetEditor::Definition> wanted = definition(&problem);
    if (!wanted) {
        showError(problem);
        return;
    }
    if (!m_editor) {
        showError(tr("Not connected to an account."));
        return;
    }
    setBusy(true);
    QPointer<BudgetEditorDialog> self(this);
    const BudgetEditor::Definition from = m_editing ? m_original : BudgetEditor::Definition();
    auto done = [self, from, wanted = *wanted](const QString &error) {
        if (!self)
            return;
        self->setBusy(false);
        if (!error.isEmpty()) {
            self->showError(error);
            return;
        }
        self->showError(QString());
        Q_EMIT self->applied(from, wanted);
        self->QDialog::accept();
    };
    if (m_editing)
        m_editor->update(m_original, *wanted, done);
    else
        m_editor->create(*wanted, done);
}

void BudgetEditorDialog::reject()
{
    // The edit in flight reports back here; closing now would hide its outcome.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace Spendscope
