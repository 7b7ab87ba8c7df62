// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costallocationtags.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope::Sandbox {

// The generated organisation of the sandbox account (OrganisationGenerator's output besides the
// ledger): who the teams are, which projects exist with which tags when, and the account's cost
// allocation tag keys. Plain data; the Mantle handler and persistence take their initial state
// from it.
struct Organisation
{
    enum class Scale {
        Small,   // a few thousand rows, for tests
        Default, // about 1M daily usage rows
        Large,   // about 10M rows, for benchmarks
    };

    struct Team
    {
        QString name;       // "payments" (the Team tag value when tagged consistently)
        QString costCenter; // "CC-4102"
    };

    // Tags in force from `from` (inclusive) until the next change.
    struct TagChange
    {
        QDate from;
        QMap<QString, QString> tags;
    };

    struct Project
    {
        QString id;   // "default" or "proj_" + 20 lowercase alphanumerics
        QString name; // "Checkout Assistant"
        QDate created;
        QDate archived; // invalid while active
        int team = -1;  // index into teams; -1 for the default project
        QList<TagChange> tagHistory; // ascending; empty for the default project
        QStringList models;          // models it calls (mantle ids)

        [[nodiscard]] bool isDefault() const { return id == QLatin1String("default"); }
        [[nodiscard]] bool isArchived() const { return archived.isValid(); }
        // The tags in force on `day` (empty before the first change).
        [[nodiscard]] QMap<QString, QString> tagsOn(QDate day) const;
        [[nodiscard]] QMap<QString, QString> currentTags() const
        {
            return tagHistory.isEmpty() ? QMap<QString, QString>() : tagHistory.constLast().tags;
        }
    };

    // A tag key renamed in the middle of history: projects carry `from` before `day` and `to`
    // from `day` on.
    struct TagRename
    {
        QString from;
        QString to;
        QDate day;
    };

    // A burst of traffic: one project's calls of one model multiplied for a few days.
    struct Anomaly
    {
        QString projectId;
        QString model;
        QDate start;
        int days = 1;
        double factor = 1;
    };

    // A deliberate waste pattern, so that the app's findings can be checked against the truth.
    struct Waste
    {
        enum class Kind {
            PremiumOnSimpleTraffic, // a premium model answering short, simple requests
            NoCacheReads,           // long repeated prompts on a cache-capable model, never cached
        };
        Kind kind = Kind::PremiumOnSimpleTraffic;
        QString projectId;
        QString model;
    };

    quint64 seed = 0;
    Scale scale = Scale::Default;
    QDate firstDay; // first day with usage
    QDate today;    // last day with usage (usage "ending today")
    QString accountId;   // 12 digits
    QString accountName; // LINKED_ACCOUNT description
    QString region;      // home region, e.g. "us-east-1"
    QList<Team> teams;
    QList<Project> projects; // projects[0] is the default project
    QStringList models;      // mantle model ids in use
    CostAllocationTags costAllocationTags;
    TagRename rename;
    QString inactiveTagKey; // a tag key on usage that is not activated
    QList<Anomaly> anomalies;
    QList<Waste> waste;

    [[nodiscard]] static QString scaleName(Scale scale);
    [[nodiscard]] static std::optional<Scale> scaleFromName(QStringView name);
    [[nodiscard]] const Project *findProject(const QString &id) const;
};

} // namespace Spendscope::Sandbox
