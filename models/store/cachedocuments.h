// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/budgetstypes.h"
#include "api/costexplorertypes.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The JSON forms of the lists a sync keeps in the cost cache (CostCache::storeDocument()), and
// their names there. Reading checks every field: a damaged document gives nullopt and a reason,
// and the next sync replaces it.
class CacheDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CacheDocuments)
public:
    static constexpr QStringView Projects = u"projects";
    static constexpr QStringView CostAllocationTags = u"cost-allocation-tags";
    static constexpr QStringView Budgets = u"budgets";
    // The service names the cost requests filter on, as discovered.
    static constexpr QStringView Services = u"services";

    [[nodiscard]] static QJsonDocument fromProjects(const QList<Project> &projects);
    [[nodiscard]] static std::optional<QList<Project>> projects(const QJsonDocument &document, QString *error = nullptr);

    [[nodiscard]] static QJsonDocument fromTags(const QList<CostAllocationTag> &tags);
    [[nodiscard]] static std::optional<QList<CostAllocationTag>> tags(const QJsonDocument &document,
                                                                      QString *error = nullptr);

    [[nodiscard]] static QJsonDocument fromBudgets(const QList<Budget> &budgets);
    [[nodiscard]] static std::optional<QList<Budget>> budgets(const QJsonDocument &document, QString *error = nullptr);

    [[nodiscard]] static QJsonDocument fromServices(const QStringList &services);
    [[nodiscard]] static std::optional<QStringList> services(const QJsonDocument &document, QString *error = nullptr);
};

} // namespace Spendscope
