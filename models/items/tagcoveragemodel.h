// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "domain/money.h"
#include "domain/project.h"
#include "domain/tagpolicy.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>

#include <memory>

namespace Spendscope {

// How well the projects follow the tag policy: for each required key, the share of projects that
// lack it and the share of spend in a period that belongs to those projects. Only active,
// non-default projects count (the default project cannot be tagged; archived ones cannot change).
//
// Spend is traced to projects through the project tag's value (CostData::byProject). A tag value
// counts as missing key K when any counted project carrying it lacks K. Spend without a project
// tag value cannot be traced to a project: it counts as missing the project key itself only.
class TagCoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagCoverageModel)
public:
    enum Column {
        KeyColumn,
        ProjectsMissingColumn,
        ProjectShareColumn,
        SpendMissingColumn,
        SpendShareColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1, // key, count (int), shares (double 0..1), spend (qint64 nanos)
    };

    explicit TagCoverageModel(QObject *parent = nullptr);
    ~TagCoverageModel() override;

    void setPolicy(const TagPolicy &policy);
    void setProjects(const QList<Project> &projects);
    // Spend from `start` (inclusive) to `end` (exclusive), grouped by the cube's Project dimension.
    void setCostData(std::shared_ptr<const CostCube> cube, const QString &projectTagKey, QDate start, QDate end);
    void setCurrency(const QString &currency);
    void setLocale(const QLocale &locale);

    [[nodiscard]] int countedProjects() const { return m_counted; }
    [[nodiscard]] Money totalSpend() const { return m_totalSpend; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        int projectsMissing = 0;
        Money spendMissing;
        friend bool operator==(const Row &, const Row &) = default;
    };

    [[nodiscard]] double projectShare(const Row &row) const;
    [[nodiscard]] double spendShare(const Row &row) const;
    [[nodiscard]] QString percent(double share) const;
    // Recomputes the rows: dataChanged when the keys stay the same, a reset when they change.
    void recompute();

    TagPolicy m_policy;
    QList<Project> m_projects;
    std::shared_ptr<const CostCube> m_cube;
    QString m_projectKey;
    QDate m_start;
    QDate m_end;
    QString m_currency;
    QLocale m_locale;
    QList<Row> m_rows;
    int m_counted = 0;
    Money m_totalSpend;
};

} // namespace Spendscope
