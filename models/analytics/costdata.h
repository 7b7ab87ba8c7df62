// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/costcube.h"
#include "api/budgetstypes.h"
#include "api/costexplorertypes.h"
#include "domain/project.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

namespace Spendscope {

// Everything the analytics read, loaded from one profile's cost cache. Cost Explorer groups by at
// most two keys, so project and team spend come from two groupings and live in two cubes:
//
//  - `byProject`: Project = the project tag's value (empty: untagged), Team = the team of the
//    Bedrock project carrying that tag value now (empty when no project carries it);
//  - `byTeam`: Team = the team tag's value as billed (empty: untagged), Project empty.
//
// Team totals therefore come from `byTeam`, which is what AWS billed to each team tag; `byProject`
// answers per-project questions and can be narrowed to a team's current projects. Both cubes hold
// the same total for every month. Older months hold one row per month (dated the 1st); months in
// the DAILY window hold days.
struct CostData
{
    std::shared_ptr<const CostCube> byProject = std::make_shared<const CostCube>();
    std::shared_ptr<const CostCube> byTeam = std::make_shared<const CostCube>();
    QString projectTagKey;
    QString teamTagKey;
    QList<Project> projects;
    QList<CostAllocationTag> costAllocationTags;
    QList<Budget> budgets;
    QStringList services;
    // The first day of DAILY data; earlier months have monthly rows only. Invalid: no daily data.
    QDate firstDailyDay;
    QDate lastDay; // the last day with stored costs; invalid when the cache is empty
    // Documents that could not be read (the next sync rewrites them); shown, never fatal.
    QStringList problems;
};

} // namespace Spendscope
