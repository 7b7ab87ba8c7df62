// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awserror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

Q_DECLARE_METATYPE(Spendscope::WireProtocol)
Q_DECLARE_METATYPE(Spendscope::AwsError::Kind)

class TestAwsError final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromResponse_parsesEachProtocol_data();
    void fromResponse_parsesEachProtocol();
    void fromResponse_requestId();
    void classification_throttlingAndTransient_data();
    void classification_throttlingAndTransient();
    void toString_namesCodeAndMessage();
};

static HttpResponse response(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

void TestAwsError::fromResponse_parsesEachProtocol_data()
{
    QTest::addColumn<WireProtocol>("protocol");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("errorTypeHeader");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<AwsError::Kind>("kind");

    QTest::newRow("json11 __type") << WireProtocol::Json11 << 400
        << QByteArray(R"({"__type":"LimitExceededException","Message":"You made too many calls"})") << QByteArray()
        << u"LimitExceededException"_s << u"You made too many calls"_s << AwsError::Kind::Throttling;
    QTest::newRow("json11 namespaced") << WireProtocol::Json11 << 400
        << QByteArray(R"({"__type":"com.amazonaws.ce#DataUnavailableException:http://internal","message":"no data"})")
        << QByteArray() << u"DataUnavailableException"_s << u"no data"_s << AwsError::Kind::Validation;
    QTest::newRow("json11 header wins") << WireProtocol::Json11 << 403
        << QByteArray(R"({"__type":"Other","Message":"m"})") << QByteArray("AccessDeniedException:http://x")
        << u"AccessDeniedException"_s << u"m"_s << AwsError::Kind::AccessDenied;
    QTest::newRow("json11 empty body 503") << WireProtocol::Json11 << 503 << QByteArray() << QByteArray()
        << u"ServiceUnavailable"_s << QString() << AwsError::Kind::Service;
    QTest::newRow("json11 truncated") << WireProtocol::Json11 << 500 << QByteArray(R"({"__type":"Internal)")
        << QByteArray() << u"InternalFailure"_s << QString() << AwsError::Kind::Service;
    QTest::newRow("json11 wrong types") << WireProtocol::Json11 << 400 << QByteArray(R"({"__type":42,"Message":[1]})")
        << QByteArray() << u"HttpError400"_s << uR"({"__type":42,"Message":[1]})"_s << AwsError::Kind::Validation;
    QTest::newRow("json11 signature") << WireProtocol::Json11 << 403
        << QByteArray(R"({"__type":"InvalidSignatureException","message":"bad"})") << QByteArray()
        << u"InvalidSignatureException"_s << u"bad"_s << AwsError::Kind::Authentication;

    QTest::newRow("query") << WireProtocol::Query << 404
        << QByteArray("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                      "<Code>NoSuchEntity</Code><Message>The policy was not found.</Message></Error>"
                      "<RequestId>abc</RequestId></ErrorResponse>")
        << QByteArray() << u"NoSuchEntity"_s << u"The policy was not found."_s << AwsError::Kind::NotFound;
    QTest::newRow("query throttling") << WireProtocol::Query << 400
        << QByteArray("<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
        << QByteArray() << u"Throttling"_s << u"Rate exceeded"_s << AwsError::Kind::Throttling;
    QTest::newRow("query signature") << WireProtocol::Query << 403
        << QByteArray("<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>x</Message></Error></ErrorResponse>")
        << QByteArray() << u"SignatureDoesNotMatch"_s << u"x"_s << AwsError::Kind::Authentication;
    QTest::newRow("query truncated") << WireProtocol::Query << 500 << QByteArray("<ErrorResponse><Error><Co")
        << QByteArray() << u"InternalFailure"_s << QString() << AwsError::Kind::Service;
    QTest::newRow("query html") << WireProtocol::Query << 502 << QByteArray("<html><body>Bad gateway</body></html>")
        << QByteArray() << u"InternalFailure"_s << QString() << AwsError::Kind::Service;

    QTest::newRow("openai envelope") << WireProtocol::RestJson << 404
        << QByteArray(R"({"error":{"message":"Project arn:aws:bedrock-mantle:us-east-1:1:project/proj_x not found","type":"not_found_error","code":null,"param":null}})")
        << QByteArray() << u"not_found_error"_s
        << u"Project arn:aws:bedrock-mantle:us-east-1:1:project/proj_x not found"_s << AwsError::Kind::NotFound;
    QTest::newRow("openai string error") << WireProtocol::RestJson << 401 << QByteArray(R"({"error":"bad key"})")
        << QByteArray() << u"Unauthorized"_s << u"bad key"_s << AwsError::Kind::Authentication;
    QTest::newRow("openai rate limit") << WireProtocol::RestJson << 429
        << QByteArray(R"({"error":{"message":"slow down","type":"rate_limit_error"}})") << QByteArray()
        << u"rate_limit_error"_s << u"slow down"_s << AwsError::Kind::Throttling;
    QTest::newRow("openai conflict") << WireProtocol::RestJson << 409
        << QByteArray(R"({"error":{"message":"archived","type":"conflict_error"}})") << QByteArray()
        << u"conflict_error"_s << u"archived"_s << AwsError::Kind::Conflict;
    QTest::newRow("rest aws style") << WireProtocol::RestJson << 400
        << QByteArray(R"({"message":"bad name"})") << QByteArray("ValidationException")
        << u"ValidationException"_s << u"bad name"_s << AwsError::Kind::Validation;
    QTest::newRow("rest plain text") << WireProtocol::RestJson << 418 << QByteArray("I'm a teapot") << QByteArray()
        << u"HttpError418"_s << u"I'm a teapot"_s << AwsError::Kind::Service;
}

void TestAwsError::fromResponse_parsesEachProtocol()
{
    QFETCH(WireProtocol, protocol);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, errorTypeHeader);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(AwsError::Kind, kind);
    HttpHeaders headers;
    if (!errorTypeHeader.isEmpty())
        headers.append({QByteArrayLiteral("x-amzn-ErrorType"), errorTypeHeader});
    const AwsError e = AwsError::fromResponse(protocol, response(status, body, headers));
    QCOMPARE(e.code(), code);
    QCOMPARE(e.message(), message);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
    QVERIFY(e.isError());
}

void TestAwsError::fromResponse_requestId()
{
    const AwsError e = AwsError::fromResponse(WireProtocol::Json11,
        response(400, "{}", {{QByteArrayLiteral("x-amzn-RequestId"), QByteArrayLiteral("req-1")}}));
    QCOMPARE(e.requestId(), u"req-1"_s);
    const AwsError query = AwsError::fromResponse(WireProtocol::Query,
        response(409, "<ErrorResponse><Error><Code>LimitExceeded</Code><Message>five</Message></Error>"
                      "<RequestId>req-2</RequestId></ErrorResponse>"));
    QCOMPARE(query.requestId(), u"req-2"_s);
    QCOMPARE(query.kind(), AwsError::Kind::LimitExceeded); // IAM's 409 is a limit, not a conflict
}

void TestAwsError::classification_throttlingAndTransient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("throttling");
    QTest::addColumn<bool>("transient");
    QTest::newRow("429") << 429 << QByteArray() << true << false;
    QTest::newRow("500") << 500 << QByteArray() << false << true;
    QTest::newRow("502") << 502 << QByteArray() << false << true;
    QTest::newRow("503") << 503 << QByteArray() << false << true;
    QTest::newRow("504") << 504 << QByteArray() << false << true;
    QTest::newRow("501 not transient") << 501 << QByteArray("NotImplemented") << false << false;
    QTest::newRow("ThrottlingException") << 400 << QByteArray("ThrottlingException") << true << false;
    QTest::newRow("LimitExceededException") << 400 << QByteArray("LimitExceededException") << true << false;
    QTest::newRow("RequestTimeout") << 400 << QByteArray("RequestTimeout") << false << true;
    QTest::newRow("validation") << 400 << QByteArray("ValidationException") << false << false;
    QTest::newRow("access") << 403 << QByteArray("AccessDeniedException") << false << false;
}

void TestAwsError::classification_throttlingAndTransient()
{
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(bool, throttling);
    QFETCH(bool, transient);
    HttpHeaders headers;
    if (!type.isEmpty())
        headers.append({QByteArrayLiteral("x-amzn-ErrorType"), type});
    const AwsError e = AwsError::fromResponse(WireProtocol::Json11, response(status, {}, headers));
    QCOMPARE(e.isThrottling(), throttling);
    QCOMPARE(e.isTransient(), transient);
    QCOMPARE(e.isRetryable(), throttling || transient);

    QVERIFY(AwsError(AwsError::Kind::Network, u"NetworkError"_s, {}).isRetryable());
    QVERIFY(AwsError(AwsError::Kind::Timeout, u"RequestTimeout"_s, {}).isRetryable());
    QVERIFY(!AwsError(AwsError::Kind::Cancelled, u"Cancelled"_s, {}).isRetryable());
    QVERIFY(!AwsError::malformed(u"x"_s).isRetryable());
}

void TestAwsError::toString_namesCodeAndMessage()
{
    const AwsError e(AwsError::Kind::AccessDenied, u"AccessDeniedException"_s, u"User is not authorized"_s, 403);
    const QString text = e.toString();
    QVERIFY(text.contains(u"AccessDeniedException"_s));
    QVERIFY(text.contains(u"User is not authorized"_s));
    QVERIFY(AwsError().toString().isEmpty());
    QVERIFY(!AwsError().isError());
}

QTEST_GUILESS_MAIN(TestAwsError)
#include "tst_awserror.moc"
