// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "aws/awsconfigfile.h"
#include "aws/awstransport.h"
#include "aws/secretstore.h"
#include "workspace/connectiontestjob.h"
#include "workspace/profilestore.h"
#include "workspace/resolveprofilejob.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

enum KindIndex { AwsConfigIndex = 0, KeysIndex = 1, ApiKeyIndex = 2 };
enum Choice { SandboxChoice = 0, AwsChoice = 1 };

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        // Keeps secrets out of input-method history and screen readers' echo.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    return edit;
}

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_home(QDir::homePath())
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect an Account"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("Spendscope reads Bedrock projects, their tags and policies, and the billed cost from "
                                "your AWS account. To look around first, use the sandbox: a local account with a "
                                "generated organisation that needs no AWS access."),
                             this);
    intro->setWordWrap(true);

    m_choice = new QButtonGroup(this);
    auto *sandbox = new QRadioButton(tr("Use the &sandbox account (local, generated data)"), this);
    sandbox->setObjectName(u"sandboxChoice"_s);
    auto *aws = new QRadioButton(tr("Connect an &AWS account"), this);
    aws->setObjectName(u"awsChoice"_s);
    m_choice->addButton(sandbox, SandboxChoice);
    m_choice->addButton(aws, AwsChoice);
    sandbox->setChecked(true);

    m_awsGroup = new QGroupBox(tr("AWS account"), this);
    m_awsGroup->setObjectName(u"awsGroup"_s);
    auto *form = new QFormLayout(m_awsGroup);
    m_name = lineEdit(u"nameEdit"_s, m_awsGroup);
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(m_awsGroup);
    m_kind->setObjectName(u"kindSelector"_s);
    m_kind->addItem(tr("AWS CLI profile (~/.aws)"));
    m_kind->addItem(tr("Access keys (kept in the system keychain)"));
    m_kind->addItem(tr("Bedrock API key (kept in the system keychain)"));
    form->addRow(tr("&Sign in with:"), m_kind);

    m_kindPages = new QStackedWidget(m_awsGroup);
    auto *configPage = new QWidget(m_kindPages);
    auto *configForm = new QFormLayout(configPage);
    configForm->setContentsMargins(0, 0, 0, 0);
    m_awsProfile = new QComboBox(configPage);
    m_awsProfile->setObjectName(u"awsProfileSelector"_s);
    m_awsProfile->setEditable(true);
    configForm->addRow(tr("&Profile:"), m_awsProfile);
    auto *keysPage = new QWidget(m_kindPages);
    auto *keysForm = new QFormLayout(keysPage);
    keysForm->setContentsMargins(0, 0, 0, 0);
    m_accessKeyId = lineEdit(u"accessKeyEdit"_s, keysPage);
    m_accessKeyId->setPlaceholderText(u"AKIA…"_s);
    m_secretKey = lineEdit(u"secretKeyEdit"_s, keysPage, true);
    keysForm->addRow(tr("Access &key id:"), m_accessKeyId);
    keysForm->addRow(tr("S&ecret access key:"), m_secretKey);
    auto *apiKeyPage = new QWidget(m_kindPages);
    auto *apiKeyForm = new QFormLayout(apiKeyPage);
    apiKeyForm->setContentsMargins(0, 0, 0, 0);
    m_apiKey = lineEdit(u"apiKeyEdit"_s, apiKeyPage, true);
    apiKeyForm->addRow(tr("Bedrock &API key:"), m_apiKey);
    auto *apiKeyNote = new QLabel(tr("An API key reaches the projects only; costs need access keys or a profile."),
                                  apiKeyPage);
    apiKeyNote->setWordWrap(true);
    apiKeyForm->addRow(apiKeyNote);
    m_kindPages->addWidget(configPage);
    m_kindPages->addWidget(keysPage);
    m_kindPages->addWidget(apiKeyPage);
    form->addRow(m_kindPages);

    m_region = new QComboBox(m_awsGroup);
    m_region->setObjectName(u"regionSelector"_s);
    m_region->setEditable(true);
    m_region->addItems({u"us-east-1"_s, u"us-east-2"_s, u"us-west-2"_s, u"eu-west-1"_s, u"eu-central-1"_s,
                        u"eu-north-1"_s, u"ap-southeast-2"_s, u"ap-northeast-1"_s});
    form->addRow(tr("&Region:"), m_region);
    m_endpoint = lineEdit(u"endpointEdit"_s, m_awsGroup);
    m_endpoint->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:4566"));
    form->addRow(tr("&Endpoint:"), m_endpoint);
    m_projectTag = lineEdit(u"projectTagEdit"_s, m_awsGroup);
    m_projectTag->setText(u"Project"_s);
    m_teamTag = lineEdit(u"teamTagEdit"_s, m_awsGroup);
    m_teamTag->setText(u"Team"_s);
    form->addRow(tr("Project &tag key:"), m_projectTag);
    form->addRow(tr("Team ta&g key:"), m_teamTag);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_result, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sandbox);
    layout->addWidget(aws);
    layout->addWidget(m_awsGroup);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_choice, &QButtonGroup::idToggled, this, &ConnectionDialog::updateFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    loadAwsProfiles();
    updateFields();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
    }
}

void ConnectionDialog::setHomeDirectory(const QString &path)
{
    m_home = path;
    loadAwsProfiles();
}

void ConnectionDialog::loadAwsProfiles()
{
    QStringList names;
    const AwsConfigFile config = AwsConfigFile::load(QDir(m_home).filePath(u".aws/config"_s), AwsConfigFile::Type::Config);
    const AwsConfigFile credentials =
        AwsConfigFile::load(QDir(m_home).filePath(u".aws/credentials"_s), AwsConfigFile::Type::Credentials);
    names << config.profileNames() << credentials.profileNames();
    names.removeDuplicates();
    names.sort();
    m_awsProfile->clear();
    m_awsProfile->addItems(names);
    if (names.isEmpty())
        m_awsProfile->setPlaceholderText(tr("no profiles in ~/.aws"));
}

void ConnectionDialog::updateFields()
{
    const bool aws = m_choice->checkedId() == AwsChoice;
    m_awsGroup->setEnabled(aws);
    m_kindPages->setCurrentIndex(m_kind->currentIndex());
    m_testButton->setEnabled(aws);
    m_result->clear();
}

Profile ConnectionDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.id = m_profiles->uniqueId(p.name.isEmpty() ? u"account"_s : p.name);
    switch (m_kind->currentIndex()) {
    case KeysIndex:
        p.kind = Profile::Kind::StoredKeys;
        p.accessKeyId = m_accessKeyId->text().trimmed();
        break;
    case ApiKeyIndex:
        p.kind = Profile::Kind::ApiKey;
        break;
    default:
        p.kind = Profile::Kind::AwsConfig;
        p.awsProfile = m_awsProfile->currentText().trimmed();
        break;
    }
    p.region = m_region->currentText().trimmed();
    p.endpointUrl = QUrl(m_endpoint->text().trimmed());
    p.sync.projectTagKey = m_projectTag->text().trimmed();
    p.sync.teamTagKey = m_teamTag->text().trimmed();
    return p;
}

void ConnectionDialog::testConnection()
{
    const Profile p = profile();
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Testing…"));
    EndpointConfig config;
    config.region = p.region;
    config.endpointUrl = p.endpointUrl;
    if (p.kind == Profile::Kind::StoredKeys || p.kind == Profile::Kind::ApiKey) {
        // The secrets as typed, not yet stored anywhere.
        AwsCredentials credentials;
        if (p.kind == Profile::Kind::StoredKeys) {
            credentials.accessKeyId = p.accessKeyId;
            credentials.secretAccessKey = m_secretKey->text();
        } else {
            credentials.bearerToken = m_apiKey->text().trimmed();
        }
        runTest(credentials, config);
        return;
    }
    auto *resolve = new ResolveProfileJob(p, m_secrets, this);
    resolve->setHomeDirectory(m_home);
    m_running = resolve;
    connect(resolve, &Job::finished, this, [this, resolve] {
        m_running = nullptr;
        if (resolve->hasError()) {
            showResult(false, resolve->errorString());
            return;
        }
        runTest(resolve->credentials(), resolve->endpointConfig());
    });
    resolve->start();
}

void ConnectionDialog::runTest(const AwsCredentials &credentials, const EndpointConfig &config)
{
    m_transport = std::make_unique<AwsTransport>(m_network);
    m_transport->setCredentials(credentials);
    auto *job = new ConnectionTestJob(m_transport.get(), config, this);
    m_running = job;
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        if (job->hasError()) {
            // ConnectionTestJob's messages are complete sentences of their own.
            showResult(false, job->error().message().isEmpty() ? job->errorString() : job->error().message());
            return;
        }
        const ConnectionTestJob::Result &r = job->result();
        if (r.account.isEmpty())
            showResult(true, tr("Connected with the API key. Projects: %1.").arg(r.projectCount));
        else
            //: %1 is an account id, %2 an ARN, %3 a number of projects
            showResult(true, tr("Connected to account %1 as %2. Projects: %3.").arg(r.account, r.arn).arg(r.projectCount));
    });
    job->start();
}

void ConnectionDialog::showResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(m_choice->checkedId() == AwsChoice);
    m_result->setText(message);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xc5, 0x22, 0x1f));
    m_result->setPalette(palette);
    Q_EMIT connectionTested(ok, message);
}

void ConnectionDialog::accept()
{
    if (m_choice->checkedId() == SandboxChoice) {
        Q_EMIT profileChosen(ProfileStore::SandboxId.toString());
        QDialog::accept();
        return;
    }
    const Profile p = profile();
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    QList<std::pair<QString, QByteArray>> secrets;
    if (p.kind == Profile::Kind::StoredKeys) {
        if (m_secretKey->text().isEmpty()) {
            showResult(false, tr("Enter the secret access key."));
            return;
        }
        secrets.append({p.secretKeyName(), m_secretKey->text().toUtf8()});
    } else if (p.kind == Profile::Kind::ApiKey) {
        if (m_apiKey->text().trimmed().isEmpty()) {
            showResult(false, tr("Enter the Bedrock API key."));
            return;
        }
        secrets.append({p.apiKeyName(), m_apiKey->text().trimmed().toUtf8()});
    }
    saveSecretsThenProfile(p, secrets);
}

void ConnectionDialog::saveSecretsThenProfile(const Profile &profile, QList<std::pair<QString, QByteArray>> secrets)
{
    if (secrets.isEmpty()) {
        if (const QString problem = m_profiles->save(profile); !problem.isEmpty()) {
            showResult(false, problem);
            return;
        }
        Q_EMIT profileChosen(profile.id);
        QDialog::accept();
        return;
    }
    if (!m_secrets) {
        showResult(false, SecretStore::keychainUnavailable(tr("no keychain is configured")).toString());
        return;
    }
    m_buttons->setEnabled(false);
    const auto [name, secret] = secrets.takeFirst();
    SecretJob *job = m_secrets->writeSecret(name, secret);
    m_running = job;
    connect(job, &Job::finished, this, [this, job, profile, name, secrets] {
        m_running = nullptr;
        m_buttons->setEnabled(true);
        if (job->hasError()) {
            // Nothing is saved and every field stays as typed, so the user can retry.
            showResult(false, tr("The secret could not be stored: %1").arg(job->errorString()));
            return;
        }
        m_profiles->noteSecretStored(profile.id, name);
        saveSecretsThenProfile(profile, secrets);
    });
    job->start();
}

} // namespace Spendscope
