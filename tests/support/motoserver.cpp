// SPDX-License-Identifier: GPL-3.0-or-later
#include "motoserver.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Spendscope::Test {

namespace {
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

MotoServer::~MotoServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool MotoServer::isInstalled()
{
    return !QStandardPaths::findExecutable(u"moto_server"_s).isEmpty();
}

bool MotoServer::start()
{
    const QString program = QStandardPaths::findExecutable(u"moto_server"_s);
    if (program.isEmpty()) {
        m_error = u"moto_server is not installed"_s;
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0)
            continue;
        m_process.setProgram(program);
        m_process.setArguments({u"-H"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            continue;
        }
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(200)) {
                m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
                return true;
            }
            QThread::msleep(100);
        }
        m_error = QString::fromLocal8Bit(m_process.readAll()).right(400);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    if (m_error.isEmpty())
        m_error = u"moto_server did not start"_s;
    return false;
}

} // namespace Spendscope::Test
