// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcoveragemodel.h"
#include "domain/percent.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spendscope {

TagCoverageModel::TagCoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_projectKey(u"Project"_s)
    , m_currency(u"USD"_s)
{
}

TagCoverageModel::~TagCoverageModel() = default;

int TagCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TagCoverageModel::setPolicy(const TagPolicy &policy)
{
    m_policy = policy;
    recompute();
}

void TagCoverageModel::setProjects(const QList<Project> &projects)
{
    m_projects = projects;
    recompute();
}

void TagCoverageModel::setCostData(std::shared_ptr<const CostCube> cube, const QString &projectTagKey, QDate start,
                                   QDate end)
{
    m_cube = std::move(cube);
    m_projectKey = projectTagKey;
    m_start = start;
    m_end = end;
    recompute();
}

void TagCoverageModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SpendMissingColumn), index(int(m_rows.size()) - 1, SpendMissingColumn));
}

void TagCoverageModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void TagCoverageModel::recompute()
{
    QList<const Project *> counted;
    for (const Project &p : std::as_const(m_projects)) {
        if (!p.isDefault() && !p.isArchived())
            counted.append(&p);
    }

    QHash<QString, Money> spendByValue;
    Money total;
    if (m_cube) {
        CostCube::Query query;
        query.groupBy = {CostCube::Dimension::Project};
        query.start = m_start;
        query.end = m_end;
        const CostCube::Result result = m_cube->query(query);
        for (const CostCube::ResultRow &row : result.rows)
            spendByValue[row.keys.constFirst()] += row.cost;
        total = result.totalCost;
    }

    QList<Row> rows;
    for (const QString &key : m_policy.requiredKeys()) {
        Row row;
        row.key = key;
        QSet<QString> missingValues;
        for (const Project *p : std::as_const(counted)) {
            if (!p->tags().value(key).trimmed().isEmpty())
                continue;
            ++row.projectsMissing;
            if (const QString value = p->tags().value(m_projectKey); !value.isEmpty())
                missingValues.insert(value);
        }
        for (const QString &value : std::as_const(missingValues))
            row.spendMissing += spendByValue.value(value);
        if (key == m_projectKey)
            row.spendMissing += spendByValue.value(QString());
        rows.append(row);
    }

    const bool sameKeys = rows.size() == m_rows.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                        [](const Row &a, const Row &b) { return a.key == b.key; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        m_counted = int(counted.size());
        m_totalSpend = total;
        endResetModel();
        return;
    }
    const bool sharesMove = m_counted != counted.size() || m_totalSpend != total;
    m_counted = int(counted.size());
    m_totalSpend = total;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i) && !sharesMove)
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

double TagCoverageModel::projectShare(const Row &row) const
{
    return m_counted == 0 ? 0.0 : double(row.projectsMissing) / double(m_counted);
}

double TagCoverageModel::spendShare(const Row &row) const
{
    return row.spendMissing.ratioTo(m_totalSpend);
}

QString TagCoverageModel::percent(double share) const
{
    return Percent::fromShare(share, m_locale);
}

QVariant TagCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case ProjectsMissingColumn:
            return row.projectsMissing;
        case ProjectShareColumn:
            return projectShare(row);
        case SpendMissingColumn:
            return row.spendMissing.nanos();
        case SpendShareColumn:
            return spendShare(row);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case ProjectsMissingColumn:
            //: %1 projects lack the tag out of %2 counted projects
            return tr("%1 of %2").arg(m_locale.toString(row.projectsMissing), m_locale.toString(m_counted));
        case ProjectShareColumn:
            return percent(projectShare(row));
        case SpendMissingColumn:
            return row.spendMissing.format(m_locale, m_currency);
        case SpendShareColumn:
            return percent(spendShare(row));
        default:
            return {};
        }
    }
    return {};
}

QVariant TagCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Required tag");
    case ProjectsMissingColumn:
        return tr("Projects without it");
    case ProjectShareColumn:
        return tr("Share of projects");
    case SpendMissingColumn:
        return tr("Spend without it");
    case SpendShareColumn:
        return tr("Share of spend");
    default:
        return {};
    }
}

} // namespace Spendscope
