// SPDX-License-Identifier: GPL-3.0-or-later
// The access matrix from a sandbox account's IAM: a policy made from a template and attached to
// a role shows in the matrix; a deny attached to a user wins over an allow.
#include "api/iamclient.h"
#include "api/mantleprojectsclient.h"
#include "aws/awstransport.h"
#include "domain/policytemplates.h"
#include "jobrunner.h"
#include "sandboxaccount.h"
#include "workspace/loadprincipalsjob.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

class TestLoadPrincipals final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templatePolicy_attachedToARole_showsInTheMatrix();
};

void TestLoadPrincipals::templatePolicy_attachedToARole_showsInTheMatrix()
{
    SandboxAccount::Options options;
    options.scale = Organisation::Scale::Small;
    options.seed = 4;
    SandboxAccount account(options);
    QVERIFY(account.start());
    QNetworkAccessManager network;
    AwsTransport transport(&network);
    AwsCredentials credentials;
    credentials.accessKeyId = account.connection().accessKeyId;
    credentials.secretAccessKey = account.connection().secretAccessKey;
    credentials.bearerToken = account.connection().apiKey;
    transport.setCredentials(credentials);
    EndpointConfig config;
    config.endpointUrl = account.endpointUrl();
    IamClient iam(&transport, config);
    MantleProjectsClient mantle(&transport, config);

    SPENDSCOPE_RUN_OK(projects, mantle.listProjects());
    QVERIFY(projects->result().size() > 2);
    const Project first = projects->result().constFirst();

    // Inference on the first project only, from the template, attached to a new role.
    IamCreatePolicyRequest policy;
    policy.name = u"analyst-inference"_s;
    policy.document = QString::fromUtf8(PolicyTemplates::inferenceOnly({first.arn()}).toJson());
    SPENDSCOPE_RUN_OK(created, iam.createPolicy(policy));
    IamCreateRoleRequest role;
    role.name = u"analyst"_s;
    role.assumeRolePolicyDocument =
        uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})"_s;
    SPENDSCOPE_RUN_OK(createdRole, iam.createRole(role));
    SPENDSCOPE_RUN_OK(attached, iam.attachRolePolicy(u"analyst"_s, created->result().arn));

    // A user with full access everywhere and a deny on the first project.
    IamCreatePolicyRequest deny;
    deny.name = u"deny-first"_s;
    deny.document = QString::fromUtf8(
        uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"bedrock-mantle:*","Resource":"*"},)"
        uR"({"Sid":"NoFirst","Effect":"Deny","Action":"bedrock-mantle:CreateInference","Resource":"%1"}]})"_s
            .arg(first.arn())
            .toUtf8());
    SPENDSCOPE_RUN_OK(denyPolicy, iam.createPolicy(deny));
    SPENDSCOPE_RUN_OK(attachedUser, iam.attachUserPolicy(account.connection().userName, denyPolicy->result().arn));

    auto *job = new LoadPrincipalsJob(&transport, config);
    SPENDSCOPE_RUN_OK(loaded, job);
    QVERIFY2(loaded->problems().isEmpty(), qPrintable(loaded->problems().join(u'\n')));

    AccessMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects(projects->result());
    model.setPrincipals(loaded->principals());
    model.setAction(u"bedrock-mantle:CreateInference"_s);

    int roleRow = -1;
    int userRow = -1;
    for (int row = 0; row < model.principals().size(); ++row) {
        if (model.principals().at(row).name == u"analyst")
            roleRow = row;
        if (model.principals().at(row).name == account.connection().userName)
            userRow = row;
    }
    QVERIFY(roleRow >= 0 && userRow >= 0);
    const auto decision = [&model](int row, int column) {
        return model.index(row, column).data(AccessMatrixModel::DecisionRole).value<PolicyEvaluator::Decision>();
    };
    QCOMPARE(decision(roleRow, 0), PolicyEvaluator::Decision::Allow);
    QCOMPARE(decision(roleRow, 1), PolicyEvaluator::Decision::ImplicitDeny);
    QCOMPARE(decision(userRow, 0), PolicyEvaluator::Decision::ExplicitDeny);
    QCOMPARE(decision(userRow, 1), PolicyEvaluator::Decision::Allow);
    QCOMPARE(model.index(userRow, 0).data(AccessMatrixModel::PolicyNameRole).toString(), u"deny-first"_s);
    QVERIFY(model.index(userRow, 0).data(Qt::ToolTipRole).toString().contains(u"NoFirst"_s));
}

QTEST_GUILESS_MAIN(TestLoadPrincipals)
#include "tst_loadprincipals.moc"
