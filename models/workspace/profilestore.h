// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QSettings;

namespace Spendscope {

// The profiles the app remembers, in QSettings (injected, so tests use a temporary file): the
// profile list, the current one, and the index of the keychain entries each profile has stored
// (keychains cannot be listed, so forgetting a profile needs to know what to delete). No secret
// is ever written here. The built-in sandbox profile always exists and cannot be removed.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::ProfileStore)
public:
    static constexpr QStringView SandboxId = u"sandbox";

    explicit ProfileStore(QSettings *settings);

    [[nodiscard]] static Profile sandboxProfile();

    // The sandbox first, then the stored profiles in the order they were added. Entries that
    // cannot be read (edited by hand, from a newer version) are skipped and listed in problems().
    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] std::optional<Profile> profile(const QString &id) const;
    [[nodiscard]] QStringList problems() const { return m_problems; }

    // Adds or replaces a profile; a translated reason when it is not valid or is the sandbox.
    [[nodiscard]] QString save(const Profile &profile);
    // Removes the profile and returns the keychain entries it had, for the caller to delete.
    QStringList remove(const QString &id);

    [[nodiscard]] QString currentId() const;
    void setCurrentId(const QString &id);
    // True until a profile has been chosen once: the first run offers the sandbox or an account.
    [[nodiscard]] bool isFirstRun() const;

    // The keychain entries a profile has stored (names only).
    [[nodiscard]] QStringList storedSecrets(const QString &id) const;
    void noteSecretStored(const QString &id, const QString &secretName);
    void noteSecretRemoved(const QString &id, const QString &secretName);

    // A free id for a new profile named `name` ("dev", "dev-2", ...).
    [[nodiscard]] QString uniqueId(const QString &name) const;

private:
    [[nodiscard]] QList<Profile> stored() const;
    void write(const QList<Profile> &profiles);

    QSettings *m_settings;
    mutable QStringList m_problems;
};

} // namespace Spendscope
