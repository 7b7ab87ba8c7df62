// SPDX-License-Identifier: GPL-3.0-or-later
#include "costdataloader.h"

#include "domain/pricecatalog.h"
#include "domain/usagetype.h"
#include "store/cachedocuments.h"
#include "store/costcache.h"
#include "store/syncplanner.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// The cube's dimensions of one usage type, parsed once per distinct text.
struct UsageColumns
{
    QString model;
    QString provider;
    QString tokenType;
    QString tier;
    QString region;
};

UsageColumns columnsFor(const QString &usageType, const PriceCatalog &catalog)
{
    const UsageType parsed = UsageType::parse(usageType);
    UsageColumns columns;
    if (!parsed.isMantle()) {
        columns.model = usageType;
        columns.tokenType = u"other"_s;
        return columns;
    }
    columns.model = parsed.model();
    columns.tokenType = UsageType::tokenTypeName(parsed.tokenType());
    columns.tier = parsed.tier();
    columns.region = parsed.region().isEmpty() ? parsed.regionCode() : parsed.region();
    if (const ModelPrice *price = catalog.find(parsed.model(), parsed.region()))
        columns.provider = price->provider;
    return columns;
}

} // namespace

std::optional<CostData> CostDataLoader::load(const CostCache &cache, const SyncSettings &settings,
                                             const PriceCatalog &catalog, QString *error)
{
    CostData data;
    data.projectTagKey = settings.projectTagKey;
    data.teamTagKey = settings.teamTagKey;

    // The documents first: the project → team mapping is needed for the rows.
    auto readDocument = [&](QStringView name, auto parse, auto &target) {
        const std::optional<CostCache::Document> document = cache.document(name.toString());
        if (!document)
            return;
        QString problem;
        if (auto value = parse(document->body, &problem))
            target = std::move(*value);
        else
            data.problems.append(problem);
    };
    readDocument(CacheDocuments::Projects, &CacheDocuments::projects, data.projects);
    readDocument(CacheDocuments::CostAllocationTags, &CacheDocuments::tags, data.costAllocationTags);
    readDocument(CacheDocuments::Budgets, &CacheDocuments::budgets, data.budgets);
    readDocument(CacheDocuments::Services, &CacheDocuments::services, data.services);

    QHash<QString, QString> teamOfProjectTag;
    for (const Project &project : std::as_const(data.projects)) {
        const QString value = project.tags().value(settings.projectTagKey);
        const QString team = project.tags().value(settings.teamTagKey);
        if (!value.isEmpty() && !team.isEmpty() && !teamOfProjectTag.contains(value))
            teamOfProjectTag.insert(value, team);
    }

    const QList<CostCache::Period> periods = cache.periods();
    const auto sources = SyncPlanner::monthSources(periods);
    const QString projectGrouping = settings.projectGrouping();
    const QString teamGrouping = settings.teamGrouping();
    for (const CostCache::Period &period : periods) {
        if (period.grouping != projectGrouping && period.grouping != teamGrouping)
            continue;
        const QDate lastDay = period.end.addDays(-1);
        if (!data.lastDay.isValid() || lastDay > data.lastDay)
            data.lastDay = lastDay;
        if (period.granularity == CostCache::Granularity::Daily
            && sources.value(period.grouping).value(firstOfMonth(period.start)) == CostCache::Granularity::Daily
            && (!data.firstDailyDay.isValid() || period.start < data.firstDailyDay)) {
            data.firstDailyDay = period.start;
        }
    }

    CostCube::Builder projects;
    CostCube::Builder teams;
    QHash<QString, UsageColumns> columnsCache;
    const bool read = cache.forEachRow([&](const CostCache::PeriodRow &row) {
        const bool isProject = row.grouping == projectGrouping;
        if (!isProject && row.grouping != teamGrouping)
            return; // another key's leftovers
        if (sources.value(row.grouping).value(firstOfMonth(row.start)) != row.granularity)
            return; // the month is answered by the other granularity
        auto columns = columnsCache.constFind(row.usageType);
        if (columns == columnsCache.cend())
            columns = columnsCache.insert(row.usageType, columnsFor(row.usageType, catalog));
        CostCube::Row cubeRow;
        cubeRow.day = row.start;
        if (isProject) {
            cubeRow.project = row.groupKey;
            cubeRow.team = teamOfProjectTag.value(row.groupKey);
        } else {
            cubeRow.team = row.groupKey;
        }
        cubeRow.model = columns->model;
        cubeRow.provider = columns->provider;
        cubeRow.tokenType = columns->tokenType;
        cubeRow.tier = columns->tier;
        cubeRow.region = columns->region;
        cubeRow.cost = row.cost;
        cubeRow.quantity = row.quantity;
        (isProject ? projects : teams).append(cubeRow);
    });
    if (!read) {
        if (error)
            *error = tr("The cost cache cannot be read: %1").arg(cache.lastError());
        return std::nullopt;
    }
    data.byProject = std::make_shared<const CostCube>(projects.build());
    data.byTeam = std::make_shared<const CostCube>(teams.build());
    return data;
}

} // namespace Spendscope
