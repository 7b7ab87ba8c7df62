// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <chrono>

namespace Spendscope {

// The OS keychain through QtKeychain (libsecret / gnome-keyring / KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows). Entries are stored under the service name (the
// application name unless given) and the caller's key; values are binary.
//
// No session bus or no secret service (QtKeychain's NoBackendAvailable and OtherError) and a
// keychain that does not answer within timeout() are reported as "KeychainUnavailable". Nothing is
// ever written in plaintext instead: the insecure fallback stays off.
class QtKeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtKeychainSecretStore)
public:
    // The service name is QCoreApplication::applicationName() ("Spendscope" when unset).
    explicit QtKeychainSecretStore(QObject *parent = nullptr);
    explicit QtKeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~QtKeychainSecretStore() override;

    [[nodiscard]] const QString &service() const { return m_service; }

    // How long one operation may take before it is given up as "keychain unavailable". Long enough
    // for the user to answer an unlock prompt; QtKeychain itself can wait forever on D-Bus.
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    void execute(SecretJob *job) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(60);
};

} // namespace Spendscope
