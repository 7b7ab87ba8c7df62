// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/taskcalculator.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QLocale>

class QSettings;

namespace Spendscope {

// The editable task profiles of the task calculator, one row per profile. Every edit is checked
// with TaskCalculator's rules (validate() and unique names); a refused edit leaves the profile as
// it was, returns false and says why (lastError(), editRejected()). Profiles are the user's own
// workloads, not an account's, so they are kept once in the settings (load()/save()).
class TaskProfileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProfileModel)
public:
    enum Column { NameColumn, InputTokensColumn, OutputTokensColumn, CachedPercentColumn, TasksPerMonthColumn, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // QString or qint64 (cached share: int, invalid when absent)
    };

    static constexpr int JsonVersion = 1;

    explicit TaskProfileModel(QObject *parent = nullptr);

    [[nodiscard]] const QList<TaskProfile> &profiles() const { return m_profiles; }
    [[nodiscard]] const TaskProfile &profile(int row) const { return profiles().at(row); }
    // Replaces every profile; invalid ones and duplicates are left out.
    void setProfiles(const QList<TaskProfile> &profiles);
    // Appends a profile; false (with lastError()) when it is invalid or its name is taken.
    bool addProfile(const TaskProfile &profile);
    // Appends a copy of `row`'s profile (or of a one-task example when row is -1) under a free
    // name; returns its row.
    int addNewProfile(int row = -1);
    bool removeProfile(int row);
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    void setLocale(const QLocale &locale);

    [[nodiscard]] QJsonArray toJson() const;
    // Profiles from JSON; entries that are malformed or invalid are skipped (count in *skipped).
    [[nodiscard]] static QList<TaskProfile> fromJson(const QJsonArray &json, int *skipped = nullptr);
    static constexpr QStringView SettingsKey = u"models/taskProfiles";
    // The stored profiles, or TaskCalculator::examples() when none are stored.
    [[nodiscard]] static QList<TaskProfile> load(const QSettings &settings);
    void save(QSettings &settings) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A profile was added, removed or changed (to save and re-price).
    void profilesChanged();
    void editRejected(const QString &reason);

private:
    bool reject(const QString &reason);
    [[nodiscard]] std::optional<qint64> parseWholeNumber(const QVariant &value) const;

    // A calculator holding the current profiles, to check an edit with its rules.
    [[nodiscard]] TaskCalculator checker() const;

    static const PriceCatalog s_noPrices; // checking profiles needs no prices
    QList<TaskProfile> m_profiles;
    QString m_lastError;
    QLocale m_locale;
};

} // namespace Spendscope
