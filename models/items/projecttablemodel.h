// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"
#include "domain/project.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>

#include <memory>
#include <optional>

namespace Spendscope {

// The projects of the Projects page, one row per project, with their spend from the cost cube.
// Rows are identified by project id: setProjects() updates changed rows in place, appends new
// ones and removes gone ones, so selections and scroll positions survive a refresh. Row order is
// the order of arrival; views sort through ProjectFilterProxyModel.
//
// Spend is looked up by the value of the project tag (Cost Explorer has no project dimension):
// projects that share a tag value show the same spend, and projects without the tag show none
// (their spend is part of the untagged total).
class ProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTableModel)
public:
    enum Column {
        NameColumn,
        IdColumn,
        StatusColumn,
        CreatedColumn,
        TeamColumn,
        ProjectTagColumn,
        TagCountColumn,
        MonthToDateCostColumn,
        TrendColumn,
        AttachedPoliciesColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: QString, qint64 or int
        ProjectRole,                     // the whole Project
        ProjectIdRole,                   // QString
        TrendRole,                       // QList<qint64>: daily cost in nano-units, oldest first
    };

    static constexpr int TrendDays = 30;

    explicit ProjectTableModel(QObject *parent = nullptr);
    ~ProjectTableModel() override;

    void setProjects(const QList<Project> &projects);
    [[nodiscard]] const Project &project(int row) const { return m_rows.at(row).project; }
    [[nodiscard]] int rowForId(const QString &id) const;

    // The cube's Project dimension must hold the project tag's values (CostData::byProject).
    // Month to date: from the first of today's month to today, inclusive; the trend: the
    // TrendDays days ending today.
    void setCostData(std::shared_ptr<const CostCube> cube, QDate today);
    void setTagKeys(const QString &teamKey, const QString &projectKey);
    [[nodiscard]] const QString &teamTagKey() const { return m_teamKey; }
    [[nodiscard]] const QString &projectTagKey() const { return m_projectKey; }
    void setAttachedPolicyCount(const QString &projectId, int count);
    void setCurrency(const QString &currency);
    void setLocale(const QLocale &locale);

    [[nodiscard]] Money monthToDateCost(int row) const;
    [[nodiscard]] QList<qint64> trend(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Project project;
    };
    struct Spend
    {
        Money monthToDate;
        QList<qint64> daily; // TrendDays entries
    };

    [[nodiscard]] const Spend *spendOf(const Project &project) const;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant rawData(const Row &row, int column) const;
    void rebuildIndex();
    void recomputeSpend();
    void emitColumnsChanged(int first, int last);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, int> m_policyCounts;
    QHash<QString, Spend> m_spendByTagValue;
    std::shared_ptr<const CostCube> m_cube;
    QDate m_today;
    QString m_teamKey;
    QString m_projectKey;
    QString m_currency;
    QLocale m_locale;
};

} // namespace Spendscope
