// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Spendscope {

// The cost cache's schema history. Each step takes the schema from version N to N + 1; a fresh
// cache runs them all from 0, so that a new file and a migrated one end up identical. A migration
// runs in one transaction together with the new user_version, so an interrupted upgrade leaves
// the old version intact instead of a half-upgraded file.
class CacheMigrations final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CacheMigrations)
public:
    // The version this build writes and reads; a file with a higher user_version is not guessed at.
    static constexpr int CurrentVersion = 3;
    // SQLite's application_id header field ("SPCC"), so that other applications' files are recognised.
    static constexpr qint32 ApplicationId = 0x53504343;

    // The SQL of the step from `fromVersion` to `fromVersion + 1`; empty for an unknown step.
    [[nodiscard]] static QStringList step(int fromVersion);

    // Applies the steps from `fromVersion` up to `toVersion` (at most CurrentVersion) in one
    // transaction and sets application_id and user_version. On failure everything is rolled back
    // and `error` says why.
    [[nodiscard]] static bool migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error);
};

} // namespace Spendscope
