// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QDeadlineTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Spendscope::Test {

namespace {

// The variables the sandbox command exports; the last one ends the block.
const QStringList ExpectedNames = {u"AWS_ENDPOINT_URL"_s,        u"AWS_ACCESS_KEY_ID"_s, u"AWS_SECRET_ACCESS_KEY"_s,
                                   u"AWS_REGION"_s,              u"AWS_DEFAULT_REGION"_s,
                                   u"AWS_BEARER_TOKEN_BEDROCK"_s};

} // namespace

SandboxProcess::SandboxProcess(QString executable)
    : m_executable(std::move(executable))
{
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool SandboxProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process.start(m_executable, QStringList{u"sandbox"_s} + arguments);
    if (!m_process.waitForStarted(30000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_values.size() < ExpectedNames.size()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromLocal8Bit(m_process.readLine()).trimmed();
            m_lines.append(line);
            const qsizetype eq = line.indexOf(u'=');
            if (line.startsWith(u"export ") && eq > 7)
                m_values.insert(line.mid(7, eq - 7), line.mid(eq + 1));
        }
        if (m_values.size() >= ExpectedNames.size())
            break;
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = u"the sandbox did not print its exports (exit %1): %2"_s.arg(m_process.exitCode())
                          .arg(QString::fromLocal8Bit(standardError()));
            return false;
        }
        m_process.waitForReadyRead(500);
    }
    return true;
}

QProcessEnvironment SandboxProcess::exportedEnvironment(const QProcessEnvironment &base) const
{
    QProcessEnvironment environment = base;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

bool SandboxProcess::stop(int signalNumber, int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    ::kill(pid_t(m_process.processId()), signalNumber);
    return m_process.waitForFinished(timeoutMs);
}

} // namespace Spendscope::Test
