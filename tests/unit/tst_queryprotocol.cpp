// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/queryprotocol.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Spendscope;

class TestQueryProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpRequest_encodesActionVersionAndParametersInOrder();
    void httpRequest_encodesReservedAndNonAsciiCharacters();
    void serviceRequest_usesQueryProtocolAndSigV4();
    void appendList_numbersMembersFromOne();
    void appendKeyValues_flattensKeyAndValue();

    void parse_wellFormed_buildsTreeIgnoringNamespaces();
    void parse_entitiesAndCdata_areDecoded();
    void parse_badInput_isMalformed_data();
    void parse_badInput_isMalformed();
    void parse_deepNesting_isMalformedWithoutCrash_data();
    void parse_deepNesting_isMalformedWithoutCrash();
    void parse_tooManyElements_isMalformed();
    void parse_largeText_isKept();

    void parseResponse_extractsResultAndRequestId();
    void parseResponse_withoutResult_givesEmptyResult();
    void parseResponse_wrongRoot_isMalformed();
    void parseResponse_errorDocumentWith200_isAnError();
    void parseResponse_emptyBody_isMalformed();

    void members_absentEmptyAndMixedLists();
    void readInt_data();
    void readInt();
    void readBool_data();
    void readBool();
    void readDateTime_data();
    void readDateTime();
    void readers_keepFirstError();
    void requireChild_reportsMissingField();
    void readPage_data();
    void readPage();
};

void TestQueryProtocol::httpRequest_encodesActionVersionAndParametersInOrder()
{
    const HttpRequest r = QueryProtocol::httpRequest(u"ListPolicies"_s, u"2010-05-08"_s,
                                                     {{"Scope", "Local"}, {"OnlyAttached", "true"}});
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/"));
    QVERIFY(r.query.isEmpty());
    QCOMPARE(r.header("content-type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QCOMPARE(r.body, QByteArray("Action=ListPolicies&Version=2010-05-08&Scope=Local&OnlyAttached=true"));
}

void TestQueryProtocol::httpRequest_encodesReservedAndNonAsciiCharacters()
{
    // RFC 3986: only A-Z a-z 0-9 - _ . ~ stay; a space is %20 (never '+'), UTF-8 bytes are %XX.
    const HttpRequest r = QueryProtocol::httpRequest(
        u"CreatePolicy"_s, u"2010-05-08"_s,
        {{"Path", "/a b/"}, {"Description", u"caf\u00e9 +=&~*"_s.toUtf8()}, {"Tags.member.1.Key", "k"}});
    QCOMPARE(r.body, QByteArray("Action=CreatePolicy&Version=2010-05-08&Path=%2Fa%20b%2F"
                                "&Description=caf%C3%A9%20%2B%3D%26~%2A&Tags.member.1.Key=k"));
}

void TestQueryProtocol::serviceRequest_usesQueryProtocolAndSigV4()
{
    ServiceEndpoint endpoint;
    endpoint.url = QUrl(u"https://iam.amazonaws.com"_s);
    endpoint.region = u"us-east-1"_s;
    endpoint.signingName = u"iam"_s;
    const ServiceRequest r = QueryProtocol::serviceRequest(endpoint, u"GetPolicy"_s, u"2010-05-08"_s,
                                                           {{"PolicyArn", "arn:aws:iam::aws:policy/X"}});
    QCOMPARE(r.protocol, WireProtocol::Query);
    QCOMPARE(r.auth, AuthMode::SigV4);
    QCOMPARE(r.operation, u"GetPolicy"_s);
    QCOMPARE(r.endpoint.signingName, u"iam"_s);
    QCOMPARE(r.http.body, QByteArray("Action=GetPolicy&Version=2010-05-08&PolicyArn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FX"));
}

void TestQueryProtocol::appendList_numbersMembersFromOne()
{
    QueryParameters p;
    QueryProtocol::appendList(p, "ClientIDList", {u"a"_s, u"b"_s});
    const QueryParameters expected{{"ClientIDList.member.1", "a"}, {"ClientIDList.member.2", "b"}};
    QCOMPARE(p, expected);
    QueryParameters empty;
    QueryProtocol::appendList(empty, "X", {});
    QVERIFY(empty.isEmpty());
}

void TestQueryProtocol::appendKeyValues_flattensKeyAndValue()
{
    QueryParameters p;
    QueryProtocol::appendKeyValues(p, "Tags", {{u"team"_s, u"finops"_s}, {u"env"_s, QString()}});
    const QueryParameters expected{{"Tags.member.1.Key", "team"},
                                   {"Tags.member.1.Value", "finops"},
                                   {"Tags.member.2.Key", "env"},
                                   {"Tags.member.2.Value", ""}};
    QCOMPARE(p, expected);
}

void TestQueryProtocol::parse_wellFormed_buildsTreeIgnoringNamespaces()
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<R xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n"
                            "  <!-- a comment -->\n"
                            "  <A>  one  </A>\n"
                            "  <x:B xmlns:x=\"urn:x\"><C>2</C><C>3</C></x:B>\n"
                            "  <Empty/>\n"
                            "</R>\n";
    XmlElement root;
    const AwsError error = QueryProtocol::parse(body, root);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(root.name, u"R"_s);
    QVERIFY(root.text.isEmpty()); // indentation between children is dropped
    QCOMPARE(root.children.size(), 3);
    QCOMPARE(root.childText(u"A"), u"  one  "_s); // leaf text is kept exactly
    const XmlElement *b = root.child(u"B");
    QVERIFY(b);
    QCOMPARE(b->children.size(), 2);
    QCOMPARE(b->children.at(0).text, u"2"_s);
    QCOMPARE(b->children.at(1).text, u"3"_s);
    QVERIFY(root.hasChild(u"Empty"));
    QCOMPARE(root.childText(u"Empty"), QString());
    QVERIFY(!root.child(u"Missing"));
    QCOMPARE(root.childText(u"Missing"), QString());
}

void TestQueryProtocol::parse_entitiesAndCdata_areDecoded()
{
    XmlElement root;
    const AwsError error =
        QueryProtocol::parse("<R><M>a &amp; b &lt;c&gt; &#233;<![CDATA[<raw>&amp;]]></M></R>", root);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(root.childText(u"M"), u"a & b <c> \u00e9<raw>&amp;"_s);
}

void TestQueryProtocol::parse_badInput_isMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("white space only") << QByteArray(" \r\n\t") << u"empty"_s;
    QTest::newRow("truncated in element") << QByteArray("<R><A>abc</A><B>de") << u"ended before"_s;
    QTest::newRow("truncated in tag") << QByteArray("<GetPolicyResponse><GetPolicyRes") << u"ended before"_s;
    QTest::newRow("mismatched tags") << QByteArray("<R><A></B></R>") << u"not valid XML"_s;
    QTest::newRow("two roots") << QByteArray("<R/><S/>") << u"not valid XML"_s;
    QTest::newRow("json") << QByteArray(R"({"Policy":{"Arn":"x"}})") << u"not valid XML"_s;
    QTest::newRow("html error page") << QByteArray("<html><body><h1>502 Bad Gateway</h1><hr></body></html>")
                                     << u"not valid XML"_s;
    QTest::newRow("plain text") << QByteArray("Service Unavailable") << u"not valid XML"_s;
    QTest::newRow("undeclared entity") << QByteArray("<R>&foo;</R>") << u"not valid XML"_s;
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE R [<!ENTITY a \"aaaaaaaaaa\">]><R>&a;</R>")
                         << u"document type declaration"_s;
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919) & 0xFF));
    QTest::newRow("binary junk") << binary << u"XML"_s;
    QTest::newRow("nul bytes") << QByteArray("<R>\0\0</R>", 9) << u"not valid XML"_s;
    QTest::newRow("only a declaration") << QByteArray("<?xml version=\"1.0\"?>") << u"XML"_s;
}

void TestQueryProtocol::parse_badInput_isMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    XmlElement root;
    root.name = u"stale"_s;
    const AwsError error = QueryProtocol::parse(body, root);
    QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QVERIFY(!error.toString().isEmpty());
}

void TestQueryProtocol::parse_deepNesting_isMalformedWithoutCrash_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("ok");
    QTest::newRow("at the limit") << QueryProtocol::MaxDepth << true;
    QTest::newRow("one past") << QueryProtocol::MaxDepth + 1 << false;
    QTest::newRow("100000 levels") << 100000 << false;
}

void TestQueryProtocol::parse_deepNesting_isMalformedWithoutCrash()
{
    QFETCH(int, depth);
    QFETCH(bool, ok);
    QByteArray body;
    body.reserve(depth * 8);
    for (int i = 0; i < depth; ++i)
        body.append("<a>");
    for (int i = 0; i < depth; ++i)
        body.append("</a>");
    XmlElement root;
    const AwsError error = QueryProtocol::parse(body, root);
    QCOMPARE(!error, ok);
    if (!ok) {
        QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(u"nested deeper"_s), qPrintable(error.message()));
    }
}

void TestQueryProtocol::parse_tooManyElements_isMalformed()
{
    QByteArray body = "<R>";
    body.reserve(QueryProtocol::MaxElements * 4 + 16);
    for (qsizetype i = 0; i < QueryProtocol::MaxElements; ++i) // plus the root: one too many
        body.append("<m/>");
    body.append("</R>");
    QElapsedTimer timer;
    timer.start();
    XmlElement root;
    const AwsError error = QueryProtocol::parse(body, root);
    QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(error.message().contains(u"more than"_s), qPrintable(error.message()));
    QVERIFY2(timer.elapsed() < 20000, "parsing a large document should stay fast");
}

void TestQueryProtocol::parse_largeText_isKept()
{
    const QByteArray text(8 * 1024 * 1024, 'x');
    XmlElement root;
    const AwsError error = QueryProtocol::parse("<R><Document>" + text + "</Document></R>", root);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(root.childText(u"Document").size(), text.size());
}

void TestQueryProtocol::parseResponse_extractsResultAndRequestId()
{
    HttpResponse r;
    r.status = 200;
    r.body = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
             "<GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult>"
             "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>"
             "</GetCallerIdentityResponse>";
    XmlElement result;
    QString requestId;
    const AwsError error = QueryProtocol::parseResponse(r, u"GetCallerIdentity"_s, result, &requestId);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(result.name, u"GetCallerIdentityResult"_s);
    QCOMPARE(result.childText(u"Account"), u"123456789012"_s);
    QCOMPARE(requestId, u"req-1"_s);
}

void TestQueryProtocol::parseResponse_withoutResult_givesEmptyResult()
{
    HttpResponse r;
    r.status = 200;
    r.body = "<DeletePolicyResponse><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></DeletePolicyResponse>";
    XmlElement result;
    QString requestId;
    QVERIFY(!QueryProtocol::parseResponse(r, u"DeletePolicy"_s, result, &requestId));
    QCOMPARE(result.name, u"DeletePolicyResult"_s);
    QVERIFY(result.children.isEmpty());
    QCOMPARE(requestId, u"r2"_s);
}

void TestQueryProtocol::parseResponse_wrongRoot_isMalformed()
{
    HttpResponse r;
    r.status = 200;
    r.body = "<GetRoleResponse><GetRoleResult/></GetRoleResponse>";
    XmlElement result;
    const AwsError error = QueryProtocol::parseResponse(r, u"GetPolicy"_s, result);
    QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(error.message().contains(u"GetPolicyResponse"_s), qPrintable(error.message()));
    QCOMPARE(error.httpStatus(), 200);
}

void TestQueryProtocol::parseResponse_errorDocumentWith200_isAnError()
{
    HttpResponse r;
    r.status = 200;
    r.body = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>"
             "<Message>bad token</Message></Error><RequestId>x</RequestId></ErrorResponse>";
    XmlElement result;
    const AwsError error = QueryProtocol::parseResponse(r, u"GetPolicy"_s, result);
    QCOMPARE(error.kind(), AwsError::Kind::Authentication);
    QCOMPARE(error.code(), u"InvalidClientTokenId"_s);
    QCOMPARE(error.message(), u"bad token"_s);
}

void TestQueryProtocol::parseResponse_emptyBody_isMalformed()
{
    HttpResponse r;
    r.status = 200;
    XmlElement result;
    const AwsError error = QueryProtocol::parseResponse(r, u"DeletePolicy"_s, result);
    QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(error.message().contains(u"DeletePolicy"_s), qPrintable(error.message()));
}

void TestQueryProtocol::members_absentEmptyAndMixedLists()
{
    XmlElement root;
    QVERIFY(!QueryProtocol::parse("<R><Users/><Roles><member><N>a</N></member><other/><member><N>b</N></member>"
                                  "</Roles></R>",
                                  root));
    QVERIFY(root.members(u"Users").isEmpty());
    QVERIFY(root.members(u"Groups").isEmpty());
    const QList<const XmlElement *> roles = root.members(u"Roles");
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0)->childText(u"N"), u"a"_s);
    QCOMPARE(roles.at(1)->childText(u"N"), u"b"_s);
}

void TestQueryProtocol::readInt_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("failed");
    QTest::newRow("number") << QByteArray("<R><N>42</N></R>") << true << qint64(42) << false;
    QTest::newRow("padded") << QByteArray("<R><N>\n  7 \n</N></R>") << true << qint64(7) << false;
    QTest::newRow("negative") << QByteArray("<R><N>-3</N></R>") << true << qint64(-3) << false;
    QTest::newRow("absent") << QByteArray("<R/>") << false << qint64(0) << false;
    QTest::newRow("empty") << QByteArray("<R><N/></R>") << false << qint64(0) << false;
    QTest::newRow("word") << QByteArray("<R><N>many</N></R>") << false << qint64(0) << true;
    QTest::newRow("decimal") << QByteArray("<R><N>1.5</N></R>") << false << qint64(0) << true;
    QTest::newRow("overflow") << QByteArray("<R><N>99999999999999999999999</N></R>") << false << qint64(0) << true;
    QTest::newRow("nested element") << QByteArray("<R><N><x>1</x></N></R>") << false << qint64(0) << true;
}

void TestQueryProtocol::readInt()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, present);
    QFETCH(qint64, value);
    QFETCH(bool, failed);
    XmlElement root;
    QVERIFY(!QueryProtocol::parse(xml, root));
    AwsError error;
    const std::optional<qint64> n = QueryProtocol::readInt(root, u"N", error);
    QCOMPARE(n.has_value(), present);
    if (present)
        QCOMPARE(*n, value);
    QCOMPARE(error.isError(), failed);
    if (failed) {
        QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(u"R.N"_s), qPrintable(error.message()));
    }
}

void TestQueryProtocol::readBool_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("expected"); // -1 absent, 0 false, 1 true
    QTest::addColumn<bool>("failed");
    QTest::newRow("true") << QByteArray("<R><B>true</B></R>") << 1 << false;
    QTest::newRow("false") << QByteArray("<R><B>false</B></R>") << 0 << false;
    QTest::newRow("upper case") << QByteArray("<R><B>TRUE</B></R>") << 1 << false;
    QTest::newRow("absent") << QByteArray("<R/>") << -1 << false;
    QTest::newRow("yes") << QByteArray("<R><B>yes</B></R>") << -1 << true;
    QTest::newRow("one") << QByteArray("<R><B>1</B></R>") << -1 << true;
}

void TestQueryProtocol::readBool()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, expected);
    QFETCH(bool, failed);
    XmlElement root;
    QVERIFY(!QueryProtocol::parse(xml, root));
    AwsError error;
    const std::optional<bool> b = QueryProtocol::readBool(root, u"B", error);
    QCOMPARE(b.has_value(), expected >= 0);
    if (b)
        QCOMPARE(*b, expected == 1);
    QCOMPARE(error.isError(), failed);
}

void TestQueryProtocol::readDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: parse error
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("seconds") << u"2015-04-21T21:04:17Z"_s << QDateTime(QDate(2015, 4, 21), QTime(21, 4, 17), utc);
    QTest::newRow("milliseconds") << u"2015-04-21T21:04:17.830Z"_s
                                  << QDateTime(QDate(2015, 4, 21), QTime(21, 4, 17, 830), utc);
    QTest::newRow("microseconds (moto)") << u"2026-11-27T10:54:48.853280Z"_s
                                         << QDateTime(QDate(2026, 11, 27), QTime(10, 54, 48, 853), utc);
    QTest::newRow("one digit") << u"2015-04-21T21:04:17.5Z"_s
                               << QDateTime(QDate(2015, 4, 21), QTime(21, 4, 17, 500), utc);
    QTest::newRow("offset") << u"2015-04-21T23:04:17+02:00"_s
                            << QDateTime(QDate(2015, 4, 21), QTime(21, 4, 17), utc);
    QTest::newRow("no zone means UTC") << u"2015-04-21T21:04:17"_s
                                       << QDateTime(QDate(2015, 4, 21), QTime(21, 4, 17), utc);
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("month 13") << u"2015-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("epoch seconds") << u"1429650257"_s << QDateTime();
}

void TestQueryProtocol::readDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    XmlElement root;
    root.name = u"R"_s;
    root.children.append(XmlElement{u"D"_s, text, {}});
    AwsError error;
    const std::optional<QDateTime> value = QueryProtocol::readDateTime(root, u"D", error);
    if (expected.isValid()) {
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
        QCOMPARE(value->offsetFromUtc(), 0);
    } else {
        QVERIFY(!value.has_value());
        QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    }
}

void TestQueryProtocol::readers_keepFirstError()
{
    XmlElement root;
    QVERIFY(!QueryProtocol::parse("<R><A>x</A><B>y</B></R>", root));
    AwsError error;
    QVERIFY(!QueryProtocol::readInt(root, u"A", error));
    QVERIFY(!QueryProtocol::readBool(root, u"B", error));
    QVERIFY2(error.message().contains(u"R.A"_s), qPrintable(error.message()));
}

void TestQueryProtocol::requireChild_reportsMissingField()
{
    XmlElement root;
    QVERIFY(!QueryProtocol::parse("<GetPolicyResult><Other/></GetPolicyResult>", root));
    AwsError error;
    QVERIFY(QueryProtocol::requireChild(root, u"Other", error));
    QVERIFY(!error);
    QVERIFY(!QueryProtocol::requireChild(root, u"Policy", error));
    QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QVERIFY2(error.message().contains(u"GetPolicyResult.Policy"_s), qPrintable(error.message()));
}

void TestQueryProtocol::readPage_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<bool>("failed");
    QTest::newRow("last page") << QByteArray("<R><IsTruncated>false</IsTruncated></R>") << false << QString() << false;
    QTest::newRow("no flag") << QByteArray("<R/>") << false << QString() << false;
    QTest::newRow("more") << QByteArray("<R><IsTruncated>true</IsTruncated><Marker>m 2</Marker></R>") << true
                          << u"m 2"_s << false;
    QTest::newRow("more without marker") << QByteArray("<R><IsTruncated>true</IsTruncated></R>") << true
                                         << QString() << true;
    QTest::newRow("more with blank marker") << QByteArray("<R><IsTruncated>true</IsTruncated><Marker> </Marker></R>")
                                            << true << QString() << true;
    QTest::newRow("flag not boolean") << QByteArray("<R><IsTruncated>sometimes</IsTruncated></R>") << false
                                      << QString() << true;
}

void TestQueryProtocol::readPage()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, truncated);
    QFETCH(QString, marker);
    QFETCH(bool, failed);
    XmlElement root;
    QVERIFY(!QueryProtocol::parse(xml, root));
    QueryProtocol::Page page;
    const AwsError error = QueryProtocol::readPage(root, page);
    QCOMPARE(error.isError(), failed);
    if (failed)
        QCOMPARE(error.kind(), AwsError::Kind::MalformedResponse);
    QCOMPARE(page.truncated, truncated);
    QCOMPARE(page.marker, marker);
}

QTEST_GUILESS_MAIN(TestQueryProtocol)
#include "tst_queryprotocol.moc"
