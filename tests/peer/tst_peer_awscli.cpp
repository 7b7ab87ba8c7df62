// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS CLI (v1: botocore's signer, serialisers and parsers) against an in-process
// SandboxAccount on a free loopback port: STS, IAM, Budgets and Cost Explorer commands with their
// JSON output checked against the account's own numbers, and a wrong secret refused with
// SignatureDoesNotMatch. The CLI runs with an environment of its own: no configuration, profile or
// credentials of the machine are read.
#include "costengine.h"
#include "costfilter.h"
#include "sandboxaccount.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spendscope;
using Spendscope::Sandbox::CostEngine;
using Spendscope::Sandbox::CostFilter;
using Spendscope::Sandbox::Organisation;
using Spendscope::Sandbox::SandboxAccount;

class TestPeerAwsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sts_getCallerIdentity();
    void iam_createAndListPolicies();
    void budgets_describeBudgets_spendFromTheLedger();
    void ce_getCostAndUsage_monthlyTotal();
    void wrongSecret_isSignatureDoesNotMatch();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    // Runs `aws <arguments> --output json` while this thread keeps serving the sandbox.
    Result aws(const QStringList &arguments, const QString &secret = QString());
    [[nodiscard]] Money engineTotal(const QJsonObject &expression, QDate start, QDate end) const;

    QString m_aws;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxAccount> m_account;
};

void TestPeerAwsCli::initTestCase()
{
    m_aws = QStandardPaths::findExecutable(u"aws"_s);
    if (m_aws.isEmpty())
        QSKIP("the AWS CLI (aws) is not on PATH");
    QVERIFY(m_home.isValid());
    // Empty configuration and credentials files, so that nothing of the machine's is read.
    for (const QString &name : {u"config"_s, u"credentials"_s}) {
        QFile file(m_home.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    SandboxAccount::Options options;
    options.seed = 3;
    options.scale = Organisation::Scale::Small;
    // The real clock and today's date: the CLI signs with the system time.
    m_account = std::make_unique<SandboxAccount>(options);
    QString reason;
    QVERIFY2(m_account->start(&reason), qPrintable(reason));
}

TestPeerAwsCli::Result TestPeerAwsCli::aws(const QStringList &arguments, const QString &secret)
{
    const SandboxAccount::Connection &c = m_account->connection();
    QProcessEnvironment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"PATH"_s, u"LANG"_s, u"PYENV_ROOT"_s, u"PYENV_VERSION"_s}) {
        if (system.contains(name))
            env.insert(name, system.value(name));
    }
    // A pyenv shim finds its installation through PYENV_ROOT, which defaults to one under HOME.
    const QFileInfo shim(m_aws);
    if (!env.contains(u"PYENV_ROOT"_s) && shim.absolutePath().endsWith(u"/shims"_s))
        env.insert(u"PYENV_ROOT"_s, QFileInfo(shim.absolutePath()).absolutePath());
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"config"_s));
    env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"credentials"_s));
    env.insert(u"AWS_ENDPOINT_URL"_s, c.endpointUrl.toString());
    env.insert(u"AWS_ACCESS_KEY_ID"_s, c.accessKeyId);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, secret.isEmpty() ? c.secretAccessKey : secret);
    env.insert(u"AWS_REGION"_s, c.region);
    env.insert(u"AWS_DEFAULT_REGION"_s, c.region); // the CLI v1 reads this one
    env.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
    env.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_aws, arguments + QStringList{u"--output"_s, u"json"_s});
    Result result;
    // Wait with the event loop running: the sandbox answers from this thread.
    if (!process.waitForStarted(30000) || (!finished.count() && !finished.wait(120000))) {
        process.kill();
        process.waitForFinished();
        result.err = "the aws command did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Money TestPeerAwsCli::engineTotal(const QJsonObject &expression, QDate start, QDate end) const
{
    const std::optional<CostFilter> filter = expression.isEmpty()
        ? std::optional<CostFilter>(CostFilter())
        : CostFilter::fromJson(expression, nullptr, CostFilter::Dialect::Budgets);
    if (!filter)
        return Money::fromUnits(-1);
    const CostEngine engine(m_account->ledger(), m_account->organisation().costAllocationTags,
                            m_account->connection().accountId, m_account->organisation().accountName);
    return engine.total(*filter, start, end).cost;
}

void TestPeerAwsCli::sts_getCallerIdentity()
{
    const Result r = aws({u"sts"_s, u"get-caller-identity"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject identity = r.json();
    QCOMPARE(identity.value(u"Account"_s).toString(), m_account->connection().accountId);
    QCOMPARE(identity.value(u"Arn"_s).toString(),
             u"arn:aws:iam::%1:user/%2"_s.arg(m_account->connection().accountId, m_account->connection().userName));
    QVERIFY(!identity.value(u"UserId"_s).toString().isEmpty());
}

void TestPeerAwsCli::iam_createAndListPolicies()
{
    // Spaces in the document: botocore form-encodes them as '+'.
    const QString document =
        uR"({ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": [ "bedrock-mantle:GetProject" ], "Resource": "*" } ] })"_s;
    Result r = aws({u"iam"_s, u"create-policy"_s, u"--policy-name"_s, u"cli-readers"_s, u"--path"_s, u"/cli/"_s,
                    u"--description"_s, u"Created by the AWS CLI"_s, u"--policy-document"_s, document});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString arn = r.json().value(u"Policy"_s).toObject().value(u"Arn"_s).toString();
    QCOMPARE(arn, u"arn:aws:iam::%1:policy/cli/cli-readers"_s.arg(m_account->connection().accountId));

    r = aws({u"iam"_s, u"list-policies"_s, u"--scope"_s, u"Local"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray policies = r.json().value(u"Policies"_s).toArray();
    QCOMPARE(policies.size(), 1);
    const QJsonObject listed = policies.first().toObject();
    QCOMPARE(listed.value(u"PolicyName"_s).toString(), u"cli-readers"_s);
    QCOMPARE(listed.value(u"Arn"_s).toString(), arn);
    QCOMPARE(listed.value(u"DefaultVersionId"_s).toString(), u"v1"_s);
    QCOMPARE(listed.value(u"AttachmentCount"_s).toInt(), 0);
    QCOMPARE(listed.value(u"IsAttachable"_s).toBool(), true);

    // The CLI decodes the URL-encoded document into JSON.
    r = aws({u"iam"_s, u"get-policy-version"_s, u"--policy-arn"_s, arn, u"--version-id"_s, u"v1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"PolicyVersion"_s).toObject().value(u"Document"_s).toObject(),
             QJsonDocument::fromJson(document.toUtf8()).object());

    // The AWS CLI follows IsTruncated/Marker across pages on its own.
    r = aws({u"iam"_s, u"list-policies"_s, u"--scope"_s, u"AWS"_s, u"--page-size"_s, u"1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList names;
    for (const QJsonValue &p : r.json().value(u"Policies"_s).toArray())
        names.append(p.toObject().value(u"PolicyName"_s).toString());
    QCOMPARE(names, (QStringList{u"AmazonBedrockMantleInferenceAccess"_s, u"AmazonBedrockMantleReadOnly"_s}));

    r = aws({u"iam"_s, u"get-policy"_s, u"--policy-arn"_s, arn + u"-missing"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("NoSuchEntity"), r.err.constData());
}

void TestPeerAwsCli::budgets_describeBudgets_spendFromTheLedger()
{
    const QString accountId = m_account->connection().accountId;
    const QJsonObject filter{{u"Dimensions"_s, QJsonObject{{u"Key"_s, u"SERVICE"_s},
                                                           {u"Values"_s, QJsonArray{u"Amazon Bedrock"_s}}}}};
    const QJsonObject budget{{u"BudgetName"_s, u"cli-bedrock-monthly"_s},
                             {u"BudgetType"_s, u"COST"_s},
                             {u"TimeUnit"_s, u"MONTHLY"_s},
                             {u"BudgetLimit"_s, QJsonObject{{u"Amount"_s, u"5000"_s}, {u"Unit"_s, u"USD"_s}}},
                             {u"FilterExpression"_s, filter},
                             {u"Metrics"_s, QJsonArray{u"UnblendedCost"_s}}};
    Result r = aws({u"budgets"_s, u"create-budget"_s, u"--account-id"_s, accountId, u"--budget"_s,
                    QString::fromUtf8(QJsonDocument(budget).toJson(QJsonDocument::Compact))});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = aws({u"budgets"_s, u"describe-budgets"_s, u"--account-id"_s, accountId});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray budgets = r.json().value(u"Budgets"_s).toArray();
    QCOMPARE(budgets.size(), 1);
    const QJsonObject described = budgets.first().toObject();
    QCOMPARE(described.value(u"BudgetName"_s).toString(), u"cli-bedrock-monthly"_s);
    QCOMPARE(described.value(u"BudgetLimit"_s).toObject().value(u"Amount"_s).toString(), u"5000"_s);
    // The CLI v1 prints timestamps as they came (cli_timestamp_format "none"): epoch seconds of
    // the start of this month (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate monthStart(today.year(), today.month(), 1);
    QCOMPARE(described.value(u"TimePeriod"_s).toObject().value(u"Start"_s).toDouble(),
             double(monthStart.startOfDay(Qt::UTC).toSecsSinceEpoch()));
    QCOMPARE(described.value(u"TimePeriod"_s).toObject().value(u"End"_s).toDouble(), 3706473600.0);

    // ActualSpend is exactly what the cost engine sums for the filter from the month's start up to
    // and including today.
    const QString actual =
        described.value(u"CalculatedSpend"_s).toObject().value(u"ActualSpend"_s).toObject().value(u"Amount"_s).toString();
    const std::optional<Money> parsed = Money::parse(actual);
    QVERIFY2(parsed, qPrintable(actual));
    QCOMPARE(*parsed, engineTotal(filter, monthStart, today.addDays(1)));
    QVERIFY(*parsed > Money());

    r = aws({u"budgets"_s, u"describe-budget"_s, u"--account-id"_s, u"000000000000"_s, u"--budget-name"_s,
             u"cli-bedrock-monthly"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("AccessDeniedException"), r.err.constData());
}

void TestPeerAwsCli::ce_getCostAndUsage_monthlyTotal()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // The previous whole month: closed, so Cost Explorer has it in full.
    const QDate start = QDate(today.year(), today.month(), 1).addMonths(-1);
    const QDate end = start.addMonths(1);
    const Result r = aws({u"ce"_s, u"get-cost-and-usage"_s, u"--time-period"_s,
                          u"Start=%1,End=%2"_s.arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)),
                          u"--granularity"_s, u"MONTHLY"_s, u"--metrics"_s, u"UnblendedCost"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray results = r.json().value(u"ResultsByTime"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject period = results.first().toObject();
    QCOMPARE(period.value(u"TimePeriod"_s).toObject().value(u"Start"_s).toString(), start.toString(Qt::ISODate));
    const QJsonObject cost = period.value(u"Total"_s).toObject().value(u"UnblendedCost"_s).toObject();
    QCOMPARE(cost.value(u"Unit"_s).toString(), u"USD"_s);
    const std::optional<Money> amount = Money::parse(cost.value(u"Amount"_s).toString());
    QVERIFY2(amount, qPrintable(cost.value(u"Amount"_s).toString()));
    QCOMPARE(*amount, engineTotal(QJsonObject(), start, end));
    QVERIFY(*amount > Money());
}

void TestPeerAwsCli::wrongSecret_isSignatureDoesNotMatch()
{
    const Result r = aws({u"sts"_s, u"get-caller-identity"_s}, u"0000000000000000000000000000000000000000"_s);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());

    // The JSON 1.1 services answer in their own words.
    const Result budgets = aws({u"budgets"_s, u"describe-budgets"_s, u"--account-id"_s, m_account->connection().accountId},
                               u"0000000000000000000000000000000000000000"_s);
    QVERIFY(budgets.exitCode != 0);
    QVERIFY2(budgets.err.contains("InvalidSignatureException"), budgets.err.constData());
}

QTEST_GUILESS_MAIN(TestPeerAwsCli)
#include "tst_peer_awscli.moc"
