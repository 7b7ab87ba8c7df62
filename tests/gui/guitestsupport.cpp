// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "standardpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Spendscope::Test {

InProcessSandboxLauncher::InProcessSandboxLauncher(QDate today, Sandbox::SandboxAccount::Options options, QObject *parent)
    : SandboxLauncher(parent)
    , m_options(std::move(options))
{
    m_options.today = today;
    if (!m_options.scale)
        m_options.scale = Sandbox::Organisation::Scale::Small;
    if (!m_options.seed)
        m_options.seed = 21;
}

InProcessSandboxLauncher::~InProcessSandboxLauncher() = default;

void InProcessSandboxLauncher::launch()
{
    if (!m_account) {
        m_account = std::make_unique<Sandbox::SandboxAccount>(m_options);
        QString error;
        if (!m_account->start(&error)) {
            m_account.reset();
            Q_EMIT failed(error);
            return;
        }
    }
    const Sandbox::SandboxAccount::Connection &connection = m_account->connection();
    AwsCredentials credentials;
    credentials.accessKeyId = connection.accessKeyId;
    credentials.secretAccessKey = connection.secretAccessKey;
    credentials.bearerToken = connection.apiKey;
    EndpointConfig config;
    config.region = connection.region;
    config.endpointUrl = connection.endpointUrl;
    Q_EMIT launched(credentials, config);
}

IsolatedSettings::IsolatedSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    qputenv("XDG_DATA_HOME", QDir(m_dir.path()).filePath(u"data"_s).toLocal8Bit());
    qputenv("HOME", m_dir.path().toLocal8Bit());
}

GuiSession::GuiSession(QDate today)
    : profiles(&settings)
    , workspace(&network, &secrets)
    , sandbox(today)
{
    workspace.setCacheDirectory(isolated.path());
    workspace.setToday(today);
    window = std::make_unique<MainWindow>(&workspace, &profiles, &secrets, &sandbox);
    addStandardPages(window.get(), &workspace);
}

bool GuiSession::showOnSandbox(QStringView key)
{
    window->showPage(key.toString());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    window->selectProfile(ProfileStore::SandboxId.toString());
    return window->currentPageKey() == key;
}

bool saveSnapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SPENDSCOPE_SNAPSHOT_DIR");
    if (dir.isEmpty())
        return true;
    if (!QDir().mkpath(dir))
        return false;
    return widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace Spendscope::Test
