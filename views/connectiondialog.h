// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/credentials.h"
#include "aws/endpoints.h"
#include "workspace/profile.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace Spendscope {

class AwsTransport;
class Job;
class ProfileStore;
class SecretStore;

// First run and "Add an AWS account": the built-in sandbox account, or an AWS account through an
// ~/.aws profile, access keys or a Bedrock API key (secrets go to the keychain, nothing else goes
// anywhere), with region, an optional endpoint and the attribution tag keys. "Test connection"
// asks STS who this is and lists the projects, with a clear message for each failure. Nothing is
// saved until Connect, and a keychain failure then keeps every field as typed.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)
public:
    ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The profile the fields describe (not saved).
    [[nodiscard]] Profile profile() const;
    // Sets the home folder whose ~/.aws profiles are offered (tests).
    void setHomeDirectory(const QString &path);

Q_SIGNALS:
    // A profile was saved (or the sandbox chosen) and should be connected.
    void profileChosen(const QString &id);
    void connectionTested(bool ok, const QString &message);

public Q_SLOTS:
    void accept() override;

private:
    void updateFields();
    void testConnection();
    void runTest(const AwsCredentials &credentials, const EndpointConfig &config);
    void showResult(bool ok, const QString &message);
    void saveSecretsThenProfile(const Profile &profile, QList<std::pair<QString, QByteArray>> secrets);
    void loadAwsProfiles();

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    QString m_home;
    QButtonGroup *m_choice = nullptr;
    QGroupBox *m_awsGroup = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QComboBox *m_awsProfile = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_projectTag = nullptr;
    QLineEdit *m_teamTag = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<AwsTransport> m_transport;
    QPointer<Job> m_running;
};

} // namespace Spendscope
