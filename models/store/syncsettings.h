// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Spendscope {

// What a sync fetches: the attribution tag keys (Cost Explorer has no project dimension, so
// project and team cost are cost grouped by these tags), how much history, and where the DAILY
// window starts. Stored periods are keyed by grouping ("tag:Project"), so changing a key starts
// that grouping afresh instead of mixing two keys' answers.
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::SyncSettings)
public:
    QString projectTagKey = QStringLiteral("Project");
    QString teamTagKey = QStringLiteral("Team");
    // Calendar months of history including the current one (Cost Explorer keeps 14 by default).
    int historyMonths = 13;
    // The DAILY window; rounded out to whole months, so that a month is either DAILY or MONTHLY.
    int dailyDays = 90;
    // Periods per request. Smaller chunks lose less work to an interruption; each chunk may end
    // with a part-filled page, so larger ones need slightly fewer requests.
    int dailyChunkDays = 10;
    int monthlyChunkMonths = 3;
    // GetDimensionValues search for the service names to filter on ("Amazon Bedrock", and the
    // Marketplace models billed as "... (Amazon Bedrock Edition)"); the names are never hard-coded.
    QString serviceSearch = QStringLiteral("Bedrock");

    friend bool operator==(const SyncSettings &, const SyncSettings &) = default;

    [[nodiscard]] static QString groupingForTag(const QString &tagKey) { return QStringLiteral("tag:") + tagKey; }
    [[nodiscard]] QString projectGrouping() const { return groupingForTag(projectTagKey); }
    [[nodiscard]] QString teamGrouping() const { return groupingForTag(teamTagKey); }

    // A translated reason when the settings cannot be used, else empty.
    [[nodiscard]] QString validate() const
    {
        if (projectTagKey.trimmed().isEmpty() || teamTagKey.trimmed().isEmpty())
            return tr("The project and team tag keys must not be empty.");
        if (projectTagKey == teamTagKey)
            return tr("The project and team tag keys must differ.");
        if (historyMonths < 1 || historyMonths > 14)
            return tr("History must be between 1 and 14 months (Cost Explorer's limit without multi-year data).");
        if (dailyDays < 1 || dailyDays > 366)
            return tr("The daily window must be between 1 and 366 days.");
        if (dailyChunkDays < 1 || monthlyChunkMonths < 1)
            return tr("Requests must cover at least one period.");
        if (serviceSearch.trimmed().isEmpty())
            return tr("The service search text must not be empty.");
        return {};
    }
};

} // namespace Spendscope
