// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgettablemodel.h"

#include "analytics/budgetfilter.h"
#include "domain/percent.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Spendscope {

namespace {

// Sort order of the health column: the worst last.
int severity(BudgetStatus::Health health)
{
    switch (health) {
    case BudgetStatus::Health::NoLimit:
        return 0;
    case BudgetStatus::Health::OnTrack:
        return 1;
    case BudgetStatus::Health::AtRisk:
        return 2;
    case BudgetStatus::Health::Exceeded:
        return 3;
    }
    return 0;
}

} // namespace

BudgetTableModel::BudgetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BudgetTableModel::setBudgets(const QList<Budget> &budgets, const QHash<QString, QList<Notification>> &notifications,
                                  QDate today)
{
    QSet<QString> names;
    for (const Budget &b : budgets)
        names.insert(b.name);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!names.contains(m_rows.at(row).budget.name)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Budget &b : budgets) {
        Row row{b, notifications.value(b.name), BudgetStatus::of(b, notifications.value(b.name), today)};
        const int existing = rowForName(b.name);
        if (existing >= 0) {
            m_rows[existing] = std::move(row);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(std::move(row));
            endInsertRows();
        }
    }
}

void BudgetTableModel::setTagKeys(const QString &projectTagKey, const QString &teamTagKey)
{
    if (projectTagKey == m_projectTagKey && teamTagKey == m_teamTagKey)
        return;
    m_projectTagKey = projectTagKey;
    m_teamTagKey = teamTagKey;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FilterColumn), index(rowCount() - 1, FilterColumn));
}

void BudgetTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BudgetTableModel::rowForName(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).budget.name == name)
            return row;
    }
    return -1;
}

QString BudgetTableModel::filterText(int row) const
{
    return BudgetFilter::describe(m_rows.at(row).budget.filterExpression, m_projectTagKey, m_teamTagKey);
}

QString BudgetTableModel::amountText(Money amount, const QString &unit, const QLocale &locale)
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (unit.isEmpty() || currency.match(unit).hasMatch())
        return amount.format(locale, unit.isEmpty() ? QStringLiteral("USD") : unit);
    //: %1 an amount, %2 its unit (GB, Hrs, ...)
    return tr("%1 %2").arg(locale.toString(amount.toDouble(), 'f', 2), unit);
}

QString BudgetTableModel::periodText(BudgetTimeUnit unit)
{
    switch (unit) {
    case BudgetTimeUnit::Daily:
        return tr("Daily");
    case BudgetTimeUnit::Monthly:
        return tr("Monthly");
    case BudgetTimeUnit::Quarterly:
        return tr("Quarterly");
    case BudgetTimeUnit::Annually:
        return tr("Annually");
    case BudgetTimeUnit::Custom:
        return tr("Custom");
    }
    return {};
}

QString BudgetTableModel::thresholdsText(const BudgetStatus &status, const QLocale &locale)
{
    const auto list = [&](const QList<double> &percents) {
        QStringList texts;
        for (double p : percents)
            texts.append(Percent::fromPercent(p, locale, p == std::floor(p) ? 0 : 1));
        return texts.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (!status.actualThresholds.isEmpty())
        //: %1 a list of percentages of the limit
        parts.append(tr("Actual %1").arg(list(status.actualThresholds)));
    if (!status.forecastThresholds.isEmpty())
        //: %1 a list of percentages of the limit
        parts.append(tr("Forecast %1").arg(list(status.forecastThresholds)));
    return parts.join(QStringLiteral(" · "));
}

QString BudgetTableModel::runOutText(const BudgetStatus &status, const QLocale &locale)
{
    if (status.runOutDate)
        return locale.toString(*status.runOutDate, QLocale::ShortFormat);
    if (status.hasLimit() && status.actual.nanos() > 0)
        return tr("Not this period");
    return tr("—");
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::display(const Row &row, int column) const
{
    const BudgetStatus &s = row.status;
    switch (Column(column)) {
    case NameColumn:
        return row.budget.name;
    case FilterColumn:
        return BudgetFilter::describe(row.budget.filterExpression, m_projectTagKey, m_teamTagKey);
    case PeriodColumn:
        return periodText(row.budget.timeUnit);
    case LimitColumn:
        return s.hasLimit() ? amountText(s.limit, s.unit, m_locale) : tr("No limit");
    case ActualColumn:
        return amountText(s.actual, s.unit, m_locale);
    case ForecastColumn:
        return s.forecast ? amountText(*s.forecast, s.unit, m_locale) : tr("—");
    case UsedColumn:
        return s.hasLimit() ? Percent::fromPercent(s.actualPercent(), m_locale, 1) : tr("—");
    case HealthColumn:
        return BudgetStatus::healthText(s.health);
    case RunOutColumn:
        return runOutText(s, m_locale);
    case AlertsColumn:
        return thresholdsText(s, m_locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BudgetTableModel::raw(const Row &row, int column) const
{
    const BudgetStatus &s = row.status;
    switch (Column(column)) {
    case NameColumn:
        return row.budget.name;
    case FilterColumn:
        return BudgetFilter::describe(row.budget.filterExpression, m_projectTagKey, m_teamTagKey);
    case PeriodColumn:
        return int(row.budget.timeUnit);
    case LimitColumn:
        return s.hasLimit() ? QVariant(s.limit.nanos()) : QVariant();
    case ActualColumn:
        return s.actual.nanos();
    case ForecastColumn:
        return s.forecast ? QVariant(s.forecast->nanos()) : QVariant();
    case UsedColumn:
        return s.hasLimit() ? QVariant(s.actualPercent()) : QVariant();
    case HealthColumn:
        return severity(s.health);
    case RunOutColumn:
        return s.runOutDate ? QVariant(*s.runOutDate) : QVariant();
    case AlertsColumn:
        return int(row.notifications.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case NameRole:
        return row.budget.name;
    case HealthRole:
        return int(row.status.health);
    case Qt::ToolTipRole:
        if (index.column() == RunOutColumn && row.status.elapsedDays > 0 && row.status.hasLimit())
            //: %1 an amount per day
            return tr("At the average burn rate this period: %1 a day.")
                .arg(amountText(row.status.burnRate(), row.status.unit, m_locale));
        if (index.column() == ActualColumn || index.column() == ForecastColumn || index.column() == LimitColumn) {
            //: %1 first day, %2 last day of the budget period
            return tr("Period %1 to %2").arg(m_locale.toString(row.status.periodStart, QLocale::ShortFormat),
                                             m_locale.toString(row.status.periodEnd.addDays(-1), QLocale::ShortFormat));
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case LimitColumn:
        case ActualColumn:
        case ForecastColumn:
        case UsedColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Budget");
    case FilterColumn:
        return tr("Filter");
    case PeriodColumn:
        return tr("Period");
    case LimitColumn:
        return tr("Limit");
    case ActualColumn:
        return tr("Actual");
    case ForecastColumn:
        return tr("Forecast");
    case UsedColumn:
        return tr("Used");
    case HealthColumn:
        return tr("Health");
    case RunOutColumn:
        return tr("Runs out");
    case AlertsColumn:
        return tr("Alert thresholds");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Spendscope
