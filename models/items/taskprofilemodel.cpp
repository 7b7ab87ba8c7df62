// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskprofilemodel.h"
#include "domain/percent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Spendscope {

const PriceCatalog TaskProfileModel::s_noPrices;

TaskProfileModel::TaskProfileModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TaskCalculator TaskProfileModel::checker() const
{
    TaskCalculator calculator(s_noPrices);
    for (const TaskProfile &profile : m_profiles)
        calculator.addProfile(profile);
    return calculator;
}

void TaskProfileModel::setProfiles(const QList<TaskProfile> &profiles)
{
    beginResetModel();
    TaskCalculator calculator(s_noPrices);
    for (const TaskProfile &profile : profiles)
        calculator.addProfile(profile);
    m_profiles = calculator.profiles();
    endResetModel();
    Q_EMIT profilesChanged();
}

bool TaskProfileModel::reject(const QString &reason)
{
    m_lastError = reason;
    Q_EMIT editRejected(reason);
    return false;
}

bool TaskProfileModel::addProfile(const TaskProfile &profile)
{
    TaskCalculator check = checker();
    QString error;
    if (!check.addProfile(profile, &error))
        return reject(error);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    m_lastError.clear();
    Q_EMIT profilesChanged();
    return true;
}

int TaskProfileModel::addNewProfile(int row)
{
    TaskProfile profile = row >= 0 && row < rowCount() ? profiles().at(row)
                                                       : TaskProfile{QString(), 1'000, 200, std::nullopt, 10'000};
    const QString base = row >= 0 && row < rowCount() ? tr("Copy of %1").arg(profile.name) : tr("New task");
    for (int n = 1;; ++n) {
        //: A name made unique, %1 the name, %2 a number
        profile.name = n == 1 ? base : tr("%1 (%2)").arg(base).arg(n);
        bool taken = false;
        for (const TaskProfile &other : profiles())
            taken = taken || other.name.trimmed().compare(profile.name, Qt::CaseInsensitive) == 0;
        if (!taken)
            break;
    }
    // A name too long to copy gets shortened rather than refused.
    if (profile.name.size() > TaskCalculator::MaxNameLength)
        profile.name = tr("New task");
    return addProfile(profile) ? rowCount() - 1 : -1;
}

bool TaskProfileModel::removeProfile(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    Q_EMIT profilesChanged();
    return true;
}

void TaskProfileModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TaskProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(profiles().size());
}

int TaskProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TaskProfileModel::flags(const QModelIndex &index) const
{
    // Views and testers ask about the root too: no flags, no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant TaskProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskProfile &p = profiles().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return p.name;
        case InputTokensColumn: return m_locale.toString(p.inputTokensPerTask);
        case OutputTokensColumn: return m_locale.toString(p.outputTokensPerTask);
        case CachedPercentColumn:
            return p.cachedInputPercent ? Percent::fromPercent(*p.cachedInputPercent, m_locale) : tr("none");
        case TasksPerMonthColumn: return m_locale.toString(p.tasksPerMonth);
        default: break;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return p.name;
        case InputTokensColumn: return p.inputTokensPerTask;
        case OutputTokensColumn: return p.outputTokensPerTask;
        // Empty text means "no caching".
        case CachedPercentColumn: return p.cachedInputPercent ? QVariant(*p.cachedInputPercent) : QVariant(QString());
        case TasksPerMonthColumn: return p.tasksPerMonth;
        default: break;
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case NameColumn: return p.name;
        case InputTokensColumn: return p.inputTokensPerTask;
        case OutputTokensColumn: return p.outputTokensPerTask;
        case CachedPercentColumn: return p.cachedInputPercent ? QVariant(*p.cachedInputPercent) : QVariant();
        case TasksPerMonthColumn: return p.tasksPerMonth;
        default: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CachedPercentColumn)
            return tr("Share of the input served from the prompt cache (0–100); leave empty for no caching.");
        return {};
    default: break;
    }
    return {};
}

std::optional<qint64> TaskProfileModel::parseWholeNumber(const QVariant &value) const
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::UInt
        || value.typeId() == QMetaType::ULongLong)
        return value.toLongLong();
    const QString text = value.toString().trimmed();
    bool ok = false;
    qint64 number = m_locale.toLongLong(text, &ok);
    if (!ok)
        number = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

bool TaskProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TaskProfile edited = profiles().at(index.row());
    if (index.column() == NameColumn) {
        edited.name = value.toString().trimmed();
    } else if (index.column() == CachedPercentColumn && value.toString().trimmed().isEmpty()) {
        edited.cachedInputPercent.reset();
    } else {
        const std::optional<qint64> number = parseWholeNumber(value);
        if (!number)
            return reject(tr("“%1” is not a whole number.").arg(value.toString()));
        switch (index.column()) {
        case InputTokensColumn: edited.inputTokensPerTask = *number; break;
        case OutputTokensColumn: edited.outputTokensPerTask = *number; break;
        case CachedPercentColumn:
            // Out-of-range values reach validate(), which names the rule; only keep them in int range.
            edited.cachedInputPercent = int(std::clamp<qint64>(*number, -1, 101));
            break;
        case TasksPerMonthColumn: edited.tasksPerMonth = *number; break;
        default: return false;
        }
    }
    if (edited == profiles().at(index.row()))
        return true;
    TaskCalculator check = checker();
    QString error;
    if (!check.replaceProfile(index.row(), edited, &error))
        return reject(error);
    m_profiles[index.row()] = edited;
    m_lastError.clear();
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT profilesChanged();
    return true;
}

QVariant TaskProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Task");
    case InputTokensColumn: return tr("Input tokens per task");
    case OutputTokensColumn: return tr("Output tokens per task");
    case CachedPercentColumn: return tr("Cached input");
    case TasksPerMonthColumn: return tr("Tasks per month");
    default: break;
    }
    return {};
}

QJsonArray TaskProfileModel::toJson() const
{
    QJsonArray list;
    for (const TaskProfile &p : profiles()) {
        // Counts as strings: JSON numbers pass through double.
        QJsonObject object{{u"name"_s, p.name},
                           {u"input_tokens"_s, QString::number(p.inputTokensPerTask)},
                           {u"output_tokens"_s, QString::number(p.outputTokensPerTask)},
                           {u"tasks_per_month"_s, QString::number(p.tasksPerMonth)}};
        if (p.cachedInputPercent)
            object.insert(u"cached_input_percent"_s, *p.cachedInputPercent);
        list.append(object);
    }
    return list;
}

QList<TaskProfile> TaskProfileModel::fromJson(const QJsonArray &json, int *skipped)
{
    QList<TaskProfile> profiles;
    int bad = 0;
    TaskCalculator check(s_noPrices);
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        bool okIn = false;
        bool okOut = false;
        bool okTasks = false;
        TaskProfile p;
        p.name = object.value(u"name"_s).toString();
        p.inputTokensPerTask = object.value(u"input_tokens"_s).toString().toLongLong(&okIn);
        p.outputTokensPerTask = object.value(u"output_tokens"_s).toString().toLongLong(&okOut);
        p.tasksPerMonth = object.value(u"tasks_per_month"_s).toString().toLongLong(&okTasks);
        const QJsonValue cached = object.value(u"cached_input_percent"_s);
        if (cached.isDouble())
            p.cachedInputPercent = cached.toInt(-1);
        if (!okIn || !okOut || !okTasks || !(cached.isUndefined() || cached.isDouble()) || !check.addProfile(p)) {
            ++bad;
            continue;
        }
        profiles.append(p);
    }
    if (skipped)
        *skipped = bad;
    return profiles;
}

QList<TaskProfile> TaskProfileModel::load(const QSettings &settings)
{
    const QByteArray stored = settings.value(SettingsKey.toString()).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(stored);
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != JsonVersion)
        return TaskCalculator::examples();
    return fromJson(document.object().value(u"profiles"_s).toArray());
}

void TaskProfileModel::save(QSettings &settings) const
{
    const QJsonObject root{{u"version"_s, JsonVersion}, {u"profiles"_s, toJson()}};
    settings.setValue(SettingsKey.toString(), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace Spendscope
