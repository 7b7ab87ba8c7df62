// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsconfigfile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

Q_DECLARE_METATYPE(Spendscope::AwsConfigFile::Type)

class TestAwsConfigFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_configFile_readsProfilesAndSections();
    void parse_credentialsFile_usesPlainSectionNames();
    void parse_whitespaceCommentsAndLineEndings_areTolerated();
    void parse_nestedAndContinuedValues_areKept();
    void parse_repeatedSections_mergeLaterWins();
    void parse_malformed_namesFileAndLine_data();
    void parse_malformed_namesFileAndLine();
    void parse_malformedSecretLine_doesNotEchoIt();
    void parse_tooLarge_isRefused();
    void parse_largeValidFile_isRead();
    void parse_randomBytes_neverCrash();
    void parse_randomIniFragments_neverCrash();
    void load_missingFile_isEmptyAndValid();
    void load_existingFile_isParsed();
    void load_folder_isAnError();
    void displayPath_abbreviatesHome();
};

static AwsConfigFile config(const QByteArray &text)
{
    return AwsConfigFile::parse(text, AwsConfigFile::Type::Config, u"~/.aws/config"_s);
}

static AwsConfigFile credentials(const QByteArray &text)
{
    return AwsConfigFile::parse(text, AwsConfigFile::Type::Credentials, u"~/.aws/credentials"_s);
}

void TestAwsConfigFile::parse_configFile_readsProfilesAndSections()
{
    const AwsConfigFile file = config(R"([default]
region = us-east-1
output = json

[profile dev]
region=eu-central-1
aws_access_key_id = AKIDEXAMPLE
credential_process = /opt/bin/creds --profile "dev team"

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start

[services local]
bedrock =
  endpoint_url = http://localhost:4566

[plugins]
cli_legacy_plugin_path = /usr/lib

[dev2]
region = ignored-by-the-cli
)");
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    QVERIFY(file.exists());
    QCOMPARE(file.profileNames(), (QStringList{u"default"_s, u"dev"_s}));
    QCOMPARE(file.value(u"default"_s, u"region"_s), u"us-east-1"_s);
    QCOMPARE(file.value(u"default"_s, u"output"_s), u"json"_s);
    QCOMPARE(file.value(u"dev"_s, u"region"_s), u"eu-central-1"_s);
    QCOMPARE(file.value(u"dev"_s, u"aws_access_key_id"_s), u"AKIDEXAMPLE"_s);
    QCOMPARE(file.value(u"dev"_s, u"credential_process"_s), uR"(/opt/bin/creds --profile "dev team")"_s);
    QVERIFY(!file.contains(u"dev"_s, u"output"_s));
    QVERIFY(file.value(u"nope"_s, u"region"_s).isEmpty());

    QCOMPARE(file.sectionNames(), (QStringList{u"dev2"_s, u"plugins"_s, u"services local"_s, u"sso-session corp"_s}));
    QCOMPARE(file.section(u"sso-session corp"_s).values.value(u"sso_start_url"_s), u"https://corp.awsapps.com/start"_s);
    QCOMPARE(file.section(u"services local"_s).nested.value(u"bedrock"_s).value(u"endpoint_url"_s),
             u"http://localhost:4566"_s);
    QVERIFY(!file.hasProfile(u"dev2"_s)); // [dev2] without "profile" is not a profile in the config file
}

void TestAwsConfigFile::parse_credentialsFile_usesPlainSectionNames()
{
    const AwsConfigFile file = credentials(R"([default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = secretdefault

[dev]
aws_access_key_id = AKIDDEV
aws_secret_access_key = secretdev
aws_session_token = tokendev
)");
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    QCOMPARE(file.profileNames(), (QStringList{u"default"_s, u"dev"_s}));
    QCOMPARE(file.value(u"dev"_s, u"aws_secret_access_key"_s), u"secretdev"_s);
    QCOMPARE(file.value(u"dev"_s, u"aws_session_token"_s), u"tokendev"_s);
    QVERIFY(file.sectionNames().isEmpty());
}

void TestAwsConfigFile::parse_whitespaceCommentsAndLineEndings_areTolerated()
{
    const QByteArray text = "\xEF\xBB\xBF# leading comment\r\n"
                            "; another\r\n"
                            "\r\n"
                            "  [ default ]   # trailing comment\r\n"
                            "\tRegion\t=\t  us-west-2   # mine\r\n"
                            "output = json;not-a-comment\r\n"
                            "  # an indented comment line\r\n"
                            "empty =\r\n"
                            "[profile   spaced]\r\n"
                            "region = ap-south-1 ; note\r\n"
                            "[profile \"quoted\"]\r\n"
                            "region = sa-east-1\r\n"
                            "[profile default]\r\n"
                            "cli_pager =\r\n";
    const AwsConfigFile file = config(text);
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    QCOMPARE(file.profileNames(), (QStringList{u"default"_s, u"quoted"_s, u"spaced"_s}));
    // Names are case-insensitive and stored in lower case, values keep their case.
    QCOMPARE(file.value(u"default"_s, u"region"_s), u"us-west-2"_s);
    QCOMPARE(file.value(u"default"_s, u"REGION"_s), u"us-west-2"_s);
    // A comment must follow whitespace; "json;not-a-comment" is a value.
    QCOMPARE(file.value(u"default"_s, u"output"_s), u"json;not-a-comment"_s);
    QVERIFY(file.contains(u"default"_s, u"empty"_s));
    QCOMPARE(file.value(u"default"_s, u"empty"_s), QString());
    QVERIFY(file.contains(u"default"_s, u"cli_pager"_s)); // [profile default] merges into default
    QCOMPARE(file.value(u"spaced"_s, u"region"_s), u"ap-south-1"_s);
    QCOMPARE(file.value(u"quoted"_s, u"region"_s), u"sa-east-1"_s);
}

void TestAwsConfigFile::parse_nestedAndContinuedValues_areKept()
{
    const AwsConfigFile file = config(R"([default]
s3 =
  max_concurrent_requests = 20
  Addressing_Style = path

  # a comment inside the block
  signature_version=s3v4
region = us-east-1
description = first line
  second line
	third line
[profile after]
region = eu-west-1
)");
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    const QMap<QString, QString> s3 = file.nestedValues(u"default"_s, u"s3"_s);
    QCOMPARE(s3.size(), 3);
    QCOMPARE(s3.value(u"max_concurrent_requests"_s), u"20"_s);
    QCOMPARE(s3.value(u"addressing_style"_s), u"path"_s);
    QCOMPARE(s3.value(u"signature_version"_s), u"s3v4"_s);
    QCOMPARE(file.value(u"default"_s, u"s3"_s), QString());
    QCOMPARE(file.value(u"default"_s, u"region"_s), u"us-east-1"_s);
    QCOMPARE(file.value(u"default"_s, u"description"_s), u"first line\nsecond line\nthird line"_s);
    QCOMPARE(file.value(u"after"_s, u"region"_s), u"eu-west-1"_s);
}

void TestAwsConfigFile::parse_repeatedSections_mergeLaterWins()
{
    const AwsConfigFile file = credentials(R"([dev]
aws_access_key_id = OLD
region = us-east-1
[other]
x = 1
[dev]
aws_access_key_id = NEW
aws_access_key_id = NEWEST
)");
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    QCOMPARE(file.value(u"dev"_s, u"aws_access_key_id"_s), u"NEWEST"_s);
    QCOMPARE(file.value(u"dev"_s, u"region"_s), u"us-east-1"_s);
}

void TestAwsConfigFile::parse_malformed_namesFileAndLine_data()
{
    QTest::addColumn<AwsConfigFile::Type>("type");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    const auto config = AwsConfigFile::Type::Config;
    const auto credentials = AwsConfigFile::Type::Credentials;
    QTest::newRow("setting before any section") << config << QByteArray("# hello\n\nregion = us-east-1\n[default]\n")
                                                << 3 << u"before the first section header"_s;
    QTest::newRow("indented setting before any section") << config << QByteArray("  region = x\n") << 1
                                                         << u"before the first section header"_s;
    QTest::newRow("line without =") << config << QByteArray("[default]\nregion = a\noops\n") << 3
                                    << u"“name = value”"_s;
    QTest::newRow("unterminated header") << config << QByteArray("[default]\nregion = a\n\n[profile dev\n") << 4
                                         << u"no closing “]”"_s;
    QTest::newRow("text after header") << config << QByteArray("[default] region = x\n") << 1
                                       << u"unexpected text after the section header"_s;
    QTest::newRow("empty header") << config << QByteArray("[default]\n[ ]\n") << 2 << u"section name is empty"_s;
    QTest::newRow("profile without name") << config << QByteArray("[profile]\nregion = x\n") << 1
                                          << u"[profile] has no name"_s;
    QTest::newRow("profile name with space") << config << QByteArray("[default]\n[profile my dev]\n") << 2
                                             << u"“my dev” is not a valid profile name"_s;
    QTest::newRow("profile name with bracket") << config << QByteArray("[profile a[b]\n") << 1
                                               << u"“a[b” is not a valid profile name"_s;
    QTest::newRow("sso-session without name") << config << QByteArray("[sso-session  ]\n") << 1
                                              << u"[sso-session] has no name"_s;
    QTest::newRow("empty setting name") << config << QByteArray("[default]\n = value\n") << 2
                                        << u"no name before “=”"_s;
    QTest::newRow("nested line without =") << config << QByteArray("[default]\ns3 =\n  max = 1\n  junk\n") << 4
                                           << u"nested under “s3”"_s;
    QTest::newRow("nested line without name") << config << QByteArray("[default]\ns3 =\n  = 1\n") << 3
                                              << u"nested under “s3” has no name"_s;
    QTest::newRow("profile prefix in credentials") << credentials << QByteArray("[profile dev]\n") << 1
                                                   << u"without the “profile” prefix"_s;
    QTest::newRow("space in credentials profile") << credentials << QByteArray("[default]\nx = 1\n[my dev]\n") << 3
                                                  << u"“my dev” is not a valid profile name"_s;
    QTest::newRow("CRLF line numbers") << credentials << QByteArray("[a]\r\nx = 1\r\n\r\n\r\nbroken\r\n") << 5
                                       << u"“name = value”"_s;
    QTest::newRow("control character in name") << credentials << QByteArray("[a\x01]\n") << 1
                                               << u"“a?” is not a valid profile name"_s;
}

void TestAwsConfigFile::parse_malformed_namesFileAndLine()
{
    QFETCH(AwsConfigFile::Type, type);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const QString name = type == AwsConfigFile::Type::Config ? u"~/.aws/config"_s : u"~/.aws/credentials"_s;
    const AwsConfigFile file = AwsConfigFile::parse(text, type, name);
    QVERIFY(file.hasError());
    QCOMPARE(file.errorLine(), line);
    const QString message = file.errorString();
    QVERIFY2(message.startsWith(u"%1, line %2: "_s.arg(name).arg(line)), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    // A broken file yields nothing rather than half a profile.
    QVERIFY(file.profileNames().isEmpty());
    QVERIFY(file.sectionNames().isEmpty());
}

void TestAwsConfigFile::parse_malformedSecretLine_doesNotEchoIt()
{
    // A key pasted without "=" must not end up in an error message (which may be shown or logged).
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const AwsConfigFile noEquals = credentials("[default]\naws_secret_access_key " + secret + "\n");
    QVERIFY(noEquals.hasError());
    QVERIFY(!noEquals.errorString().contains(QString::fromLatin1(secret)));
    const AwsConfigFile outside = credentials("aws_secret_access_key = " + secret + "\n[default]\n");
    QVERIFY(outside.hasError());
    QVERIFY(!outside.errorString().contains(QString::fromLatin1(secret)));
    const AwsConfigFile nested = config("[default]\ns3 =\n  " + secret + "\n");
    QVERIFY(nested.hasError());
    QVERIFY(!nested.errorString().contains(QString::fromLatin1(secret)));
}

void TestAwsConfigFile::parse_tooLarge_isRefused()
{
    QByteArray text = "[default]\n";
    text += QByteArray(AwsConfigFile::MaxFileSize, '#');
    const AwsConfigFile file = config(text);
    QVERIFY(file.hasError());
    QCOMPARE(file.errorLine(), 0);
    QVERIFY2(file.errorString().startsWith(u"~/.aws/config: the file is larger than 4 MiB"_s),
             qPrintable(file.errorString()));
}

void TestAwsConfigFile::parse_largeValidFile_isRead()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "[profile p" + QByteArray::number(i) + "]\nregion = us-east-1\nsso_role_name = Admin\n";
    QVERIFY(text.size() < AwsConfigFile::MaxFileSize);
    const AwsConfigFile file = config(text);
    QVERIFY2(!file.hasError(), qPrintable(file.errorString()));
    QCOMPARE(file.profileNames().size(), 20000);
    QCOMPARE(file.value(u"p19999"_s, u"region"_s), u"us-east-1"_s);
}

void TestAwsConfigFile::parse_randomBytes_neverCrash()
{
    QRandomGenerator random(20240501); // fixed seed: failures are reproducible
    for (int round = 0; round < 3000; ++round) {
        QByteArray data(int(random.bounded(1, 600)), Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        if (round % 2)
            data.prepend("[default]\n");
        for (const auto type : {AwsConfigFile::Type::Config, AwsConfigFile::Type::Credentials}) {
            const AwsConfigFile file = AwsConfigFile::parse(data, type, u"junk"_s);
            if (file.hasError()) {
                QVERIFY(file.errorString().startsWith(u"junk"_s));
                QVERIFY(file.errorLine() >= 0);
                QVERIFY(file.errorLine() <= data.count('\n') + 1);
            }
            for (const QString &profile : file.profileNames())
                (void)file.value(profile, u"region"_s);
        }
    }
}

void TestAwsConfigFile::parse_randomIniFragments_neverCrash()
{
    // Random sequences of INI-like pieces reach deeper paths than random bytes.
    const QList<QByteArray> pieces = {
        "[", "]", "[default]", "[profile ", "profile", "dev", " ", "\t", "\n", "\r\n", "=", "==", "#", ";",
        "region", "s3 =\n  a = b", "  ", "\"", "'", "\xC3\xA9", "\xFF\xFE", QByteArray("\0", 1), "[sso-session x]", "\xEF\xBB\xBF",
    };
    QRandomGenerator random(4711);
    for (int round = 0; round < 5000; ++round) {
        QByteArray data;
        const int count = int(random.bounded(1, 40));
        for (int i = 0; i < count; ++i)
            data += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        for (const auto type : {AwsConfigFile::Type::Config, AwsConfigFile::Type::Credentials}) {
            const AwsConfigFile file = AwsConfigFile::parse(data, type, u"fragments"_s);
            if (file.hasError())
                QVERIFY(file.errorString().startsWith(u"fragments"_s));
        }
    }
}

void TestAwsConfigFile::load_missingFile_isEmptyAndValid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AwsConfigFile file = AwsConfigFile::load(dir.filePath(u"nope"_s), AwsConfigFile::Type::Config);
    QVERIFY(!file.exists());
    QVERIFY(!file.hasError());
    QVERIFY(file.profileNames().isEmpty());
}

void TestAwsConfigFile::load_existingFile_isParsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"credentials"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[default]\naws_access_key_id = AKID\n\n[broken\n");
    f.close();
    const AwsConfigFile file = AwsConfigFile::load(f.fileName(), AwsConfigFile::Type::Credentials,
                                                   AwsConfigFile::displayPath(f.fileName(), dir.path()));
    QVERIFY(file.exists());
    QVERIFY(file.hasError());
    QCOMPARE(file.errorString(), u"~/credentials, line 4: the section header has no closing “]”"_s);
}

void TestAwsConfigFile::load_folder_isAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AwsConfigFile file = AwsConfigFile::load(dir.path(), AwsConfigFile::Type::Config, u"~/.aws/config"_s);
    QVERIFY(file.hasError());
    QVERIFY(file.errorString().startsWith(u"~/.aws/config: "_s));
}

void TestAwsConfigFile::displayPath_abbreviatesHome()
{
    QCOMPARE(AwsConfigFile::displayPath(u"/home/ann/.aws/config"_s, u"/home/ann"_s), u"~/.aws/config"_s);
    QCOMPARE(AwsConfigFile::displayPath(u"/home/ann/.aws/../.aws/config"_s, u"/home/ann/"_s), u"~/.aws/config"_s);
    QCOMPARE(AwsConfigFile::displayPath(u"/home/annie/.aws/config"_s, u"/home/ann"_s), u"/home/annie/.aws/config"_s);
    QCOMPARE(AwsConfigFile::displayPath(u"/etc/aws/config"_s, u"/"_s), u"/etc/aws/config"_s);
}

QTEST_GUILESS_MAIN(TestAwsConfigFile)
#include "tst_awsconfigfile.moc"
