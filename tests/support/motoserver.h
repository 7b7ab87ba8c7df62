// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace Spendscope::Test {

// Runs moto_server (moto 5, a peer implementation of Cost Explorer, Budgets, IAM and STS) on a
// free loopback port for the lifetime of this object.
class MotoServer final
{
public:
    MotoServer() = default;
    ~MotoServer();
    MotoServer(const MotoServer &) = delete;
    MotoServer &operator=(const MotoServer &) = delete;

    [[nodiscard]] static bool isInstalled();
    // Starts the server and waits until it accepts connections; false with errorString() when not.
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace Spendscope::Test
