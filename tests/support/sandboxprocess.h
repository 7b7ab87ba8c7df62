// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Spendscope::Test {

// Runs `spendscope sandbox ...` as a child process and reads the shell lines it prints, so that
// tests can point clients (and the AWS CLI) at it. The process is killed if still running when
// this object goes away.
class SandboxProcess final
{
public:
    explicit SandboxProcess(QString executable);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    void setEnvironment(const QProcessEnvironment &environment) { m_process.setProcessEnvironment(environment); }
    // Starts `spendscope sandbox <arguments>` and waits until every export line is printed;
    // false with errorString() otherwise.
    [[nodiscard]] bool start(const QStringList &arguments, int timeoutMs = 180000);

    // The printed lines, and their NAME=value pairs.
    [[nodiscard]] const QStringList &exportLines() const { return m_lines; }
    [[nodiscard]] QString value(const QString &name) const { return m_values.value(name); }
    [[nodiscard]] QUrl endpointUrl() const { return QUrl(value(QStringLiteral("AWS_ENDPOINT_URL"))); }
    // `base` with the exported variables set.
    [[nodiscard]] QProcessEnvironment exportedEnvironment(
        const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment()) const;

    // Sends `signalNumber` and waits for the process to end; false if it does not in time.
    [[nodiscard]] bool stop(int signalNumber, int timeoutMs = 30000);
    [[nodiscard]] QProcess &process() { return m_process; }
    [[nodiscard]] QByteArray standardError() { return m_stderr += m_process.readAllStandardError(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QString m_executable;
    QProcess m_process;
    QStringList m_lines;
    QHash<QString, QString> m_values;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace Spendscope::Test
