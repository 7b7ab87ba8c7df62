// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test: our SigV4 signer against botocore's on deterministic random requests.
// tests/tools/botocore_sigv4.py signs the same requests with botocore's SigV4Auth / S3SigV4Auth /
// SigV4QueryAuth / S3SigV4QueryAuth; canonical request, string to sign and Authorization header
// (or presigned query) must agree byte for byte.
//
// What the generator leaves out, because botocore cannot represent it faithfully (not because
// we differ on a legitimate request):
// - query strings that are not in canonical percent-encoding (lower-case hex, raw reserved
//   characters): botocore signs the query text verbatim and relies on its serializer to have
//   encoded it canonically; our signer re-canonicalises (see tst_sigv4 canonicalQuery test);
// - blank query items ("a=1&&b=2"): botocore signs them as an empty parameter "=", the AWS CRT
//   signer (awslabs/aws-c-common aws_query_string_next_param, used by aws-c-auth) skips them, as
//   we do; no SDK sends them;
// - a Date header: botocore then rewrites the request to sign Date instead of X-Amz-Date;
// - non-ASCII or control characters in header values (obs-text; http.client sends Latin-1);
// - for presigning: repeated query keys and keys without '=' (SigV4QueryAuth keeps only the
//   first value and rewrites "k" as "k="), request bodies (moved into the query) and
//   pre-set X-Amz-Date/-Security-Token/-Content-SHA256 headers.
#include "aws/sigv4.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

constexpr quint32 Seed = 0x51670004;
constexpr int HeaderSignedCount = 600;

enum class Mode {
    Header,     // SigV4Auth: normalised path, X-Amz-Date/-Security-Token headers
    S3Header,   // S3SigV4Auth: path as is, X-Amz-Content-SHA256
    Presign,    // SigV4QueryAuth: query auth, body hash signed
    S3Presign,  // S3SigV4QueryAuth: query auth, path as is, UNSIGNED-PAYLOAD
};

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Header:
        return u"header"_s;
    case Mode::S3Header:
        return u"s3header"_s;
    case Mode::Presign:
        return u"presign"_s;
    case Mode::S3Presign:
        return u"s3presign"_s;
    }
    return {};
}

struct Case
{
    Mode mode = Mode::Header;
    HttpRequest request;
    SigV4::SigningParams params;
    int expires = 0;
};

struct Ours
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray authorization;  // header modes
    QByteArray presignedQuery; // presign modes
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }

    Case next(Mode mode);
    [[nodiscard]] bool lastQueryPresignable() const { return m_presignableQuery; }

private:
    int bounded(int n) { return static_cast<int>(m_rng.bounded(n)); }
    bool chance(int percent) { return bounded(100) < percent; }
    template<typename T>
    T pick(const QList<T> &list)
    {
        return list.at(bounded(static_cast<int>(list.size())));
    }
    QByteArray randomBytes(int n);
    QByteArray word(int minLength, int maxLength, QByteArrayView alphabet);
    QByteArray percentEncodedBytes(bool lowerCase);
    QByteArray pathSegment();
    QByteArray path();
    QByteArray queryComponent(const QList<QByteArray> &previousKeys);
    QByteArray query();
    QByteArray headerName();
    QByteArray headerValue();
    HttpHeaders headers(Mode mode, const QByteArray &body, bool withToken);
    QByteArray body();
    QString sessionToken();

    QRandomGenerator m_rng;
    bool m_presignableQuery = true;
};

const QByteArrayView Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
const QByteArrayView Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const QByteArrayView UpperAlphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const QByteArrayView SecretChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const QByteArrayView SubDelims = "!$&'()*+,;=:@";
const QByteArrayView HeaderValueChars =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

const QList<QString> &unicodeWords()
{
    static const QList<QString> words = {u"é"_s,   u"日本語"_s, u"ሴ"_s,      u"Ω≈ç√"_s,
                                         u"😀"_s, u"ü-ñ"_s,    u"Привет"_s, u"a\u00A0b"_s};
    return words;
}

QByteArray Generator::randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(m_rng.bounded(256));
    return out;
}

QByteArray Generator::word(int minLength, int maxLength, QByteArrayView alphabet)
{
    const int length = minLength + bounded(maxLength - minLength + 1);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(bounded(static_cast<int>(alphabet.size()))));
    return out;
}

QByteArray Generator::percentEncodedBytes(bool lowerCase)
{
    const QByteArray encoded = uriEncode(randomBytes(1 + bounded(4)));
    return lowerCase ? encoded.toLower() : encoded;
}

QByteArray Generator::pathSegment()
{
    switch (bounded(13)) {
    case 0:
        return {}; // double slash
    case 1:
        return ".";
    case 2:
        return "..";
    case 3:
        return word(1, 12, Unreserved);
    case 4: // reserved characters are allowed raw in a path segment
        return word(1, 8, SubDelims) + word(0, 4, Unreserved);
    case 5:
        return word(0, 3, Unreserved) + percentEncodedBytes(false) + word(0, 3, Unreserved);
    case 6:
        return percentEncodedBytes(true);
    case 7:
        return uriEncode(pick(unicodeWords()).toUtf8());
    case 8: // raw UTF-8, as in the suite's get-utf8
        return pick(unicodeWords()).toUtf8();
    case 9:
        return pick<QByteArray>({"%2E%2E", "%2E", "%2F", "a%2Fb", "%25", "%7E"});
    case 10:
        return word(1, 5, Unreserved) + "%20" + word(1, 5, Unreserved);
    case 11:
        return pick<QByteArray>({"...", ".hidden", "a..", "..b", "~", "-"});
    default:
        return word(1, 6, Unreserved) + "/" + word(1, 6, Unreserved);
    }
}

QByteArray Generator::path()
{
    QByteArray out = "/";
    const int segments = bounded(7);
    for (int i = 0; i < segments; ++i) {
        if (i > 0)
            out.append('/');
        out.append(pathSegment());
    }
    if (segments > 0 && chance(25))
        out.append('/');
    return out;
}

// One key or value, decoded (the bytes the wire encodes).
QByteArray Generator::queryComponent(const QList<QByteArray> &previousKeys)
{
    switch (bounded(9)) {
    case 0:
        return {};
    case 1:
        if (!previousKeys.isEmpty())
            return pick(previousKeys); // repeated key (or a value equal to a key)
        return word(1, 8, Unreserved);
    case 2:
        return pick(unicodeWords()).toUtf8();
    case 3:
        return word(1, 6, SubDelims) + word(0, 3, Unreserved);
    case 4:
        return pick<QByteArray>({"a b", "x/y", "k=v", "&", "+", "%", "#", "?", "%41", "[]", "\"quoted\""});
    case 5:
        return randomBytes(1 + bounded(5));
    default:
        return word(1, 10, Unreserved);
    }
}

QByteArray Generator::query()
{
    m_presignableQuery = true;
    const int items = bounded(7);
    QList<QByteArray> keys;
    QList<QByteArray> parts;
    for (int i = 0; i < items; ++i) {
        const QByteArray key = queryComponent(keys);
        // An empty key without '=' would be a blank item ("a=1&&b=2"), which is no parameter.
        const bool withoutEquals = !key.isEmpty() && chance(12);
        const QByteArray value = queryComponent(keys);
        if (keys.contains(key) || withoutEquals)
            m_presignableQuery = false;
        for (const QByteArray &bytes : {key, value}) {
            // SigV4QueryAuth decodes the query as UTF-8 and re-encodes it.
            if (QString::fromUtf8(bytes).toUtf8() != bytes)
                m_presignableQuery = false;
        }
        keys.append(key);
        parts.append(withoutEquals ? uriEncode(key) : uriEncode(key) + '=' + uriEncode(value));
    }
    return parts.join('&');
}

QByteArray Generator::headerName()
{
    static const QList<QByteArray> names = {
        "X-Custom",      "My-Header1",      "My-Header2", "x-amz-meta-Owner", "Content-Type", "X-Amz-Target",
        "Accept",        "X-Weird_Name.v2", "x-a",        "X-A-B",            "X-Amz-Meta-a", "Content-MD5",
        "X!#$%&'*+^`|~", "X-Amz-User-Agent"};
    QByteArray name = chance(15) ? "X-" + word(1, 10, Alphanumeric) : pick(names);
    // Random case per character: names are case-insensitive.
    for (char &c : name) {
        if (chance(30) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            c = static_cast<char>(c ^ 0x20);
    }
    return name;
}

QByteArray Generator::headerValue()
{
    static const QList<QByteArray> whitespace = {" ", "  ", "\t", " \t ", "\n  ", "\r\n\t", "   \n ", "\t\t"};
    if (chance(6))
        return {};
    if (chance(4))
        return pick(whitespace);
    QByteArray out;
    if (chance(30))
        out.append(pick(whitespace));
    const int tokens = 1 + bounded(5);
    for (int i = 0; i < tokens; ++i) {
        if (i > 0)
            out.append(chance(60) ? QByteArray(" ") : pick(whitespace));
        out.append(word(1, 12, HeaderValueChars));
    }
    if (chance(30))
        out.append(pick(whitespace));
    return out;
}

HttpHeaders Generator::headers(Mode mode, const QByteArray &body, bool withToken)
{
    const bool presign = mode == Mode::Presign || mode == Mode::S3Presign;
    HttpHeaders out;
    const int custom = bounded(7);
    for (int i = 0; i < custom; ++i) {
        const QByteArray name = headerName();
        out.append(HttpHeader{name, headerValue()});
        if (chance(20)) // the same header again, maybe in another case
            out.append(HttpHeader{chance(50) ? name.toLower() : name.toUpper(), headerValue()});
    }
    if (chance(15)) {
        // Never signed (hop-by-hop, or changed by the HTTP stack).
        static const QList<QByteArray> unsignable = {
            "User-Agent", "Expect",  "Connection", "Keep-Alive",         "TE",
            "Trailer",    "Upgrade", "Transfer-Encoding", "Proxy-Authorization", "X-Amzn-Trace-Id"};
        out.append(HttpHeader{pick(unsignable), word(1, 10, Unreserved)});
    }
    if (!presign) {
        if (chance(10)) // a retry: stale values the signer must replace
            out.append(HttpHeader{"Authorization", "AWS4-HMAC-SHA256 Credential=stale"});
        if (chance(10))
            out.append(HttpHeader{chance(50) ? "X-Amz-Date" : "x-amz-date", "20000101T000000Z"});
        if (chance(10))
            out.append(HttpHeader{"X-Amz-Security-Token", withToken ? QByteArray("stale-token") : word(10, 40, Unreserved)});
        const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        if (mode == Mode::S3Header)
            out.append(HttpHeader{QByteArray("X-Amz-Content-SHA256"), bodyHash});
        else if (chance(10))
            out.append(HttpHeader{QByteArray("X-Amz-Content-SHA256"), chance(50) ? bodyHash : QByteArray("UNSIGNED-PAYLOAD")});
    }
    static const QList<QByteArray> hostNames = {"Host", "host", "HOST"};
    out.insert(bounded(static_cast<int>(out.size()) + 1), HttpHeader{pick(hostNames), "example.amazonaws.com"});
    return out;
}

QByteArray Generator::body()
{
    const int kind = bounded(100);
    if (kind < 35)
        return {};
    if (kind < 60)
        return "{\"Name\":\"" + word(0, 40, Alphanumeric) + "\"}";
    if (kind < 85)
        return randomBytes(1 + bounded(2048));
    if (kind < 95)
        return randomBytes(2048 + bounded(18 * 1024));
    return randomBytes(50 * 1024 + bounded(50 * 1024));
}

QString Generator::sessionToken()
{
    static const QByteArrayView alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    return QString::fromLatin1(word(40, 400, alphabet));
}

Case Generator::next(Mode mode)
{
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"};
    static const QList<QString> regions = {u"us-east-1"_s, u"eu-west-3"_s, u"ap-southeast-2"_s, u"us-gov-west-1"_s,
                                           u"cn-north-1"_s};
    static const QList<QString> services = {u"ce"_s,  u"budgets"_s,     u"bedrock"_s, u"iam"_s,
                                            u"sts"_s, u"execute-api"_s, u"service"_s};
    const bool s3 = mode == Mode::S3Header || mode == Mode::S3Presign;
    const bool presign = mode == Mode::Presign || mode == Mode::S3Presign;

    Case c;
    c.mode = mode;
    c.params.accessKeyId = chance(50) ? u"AKIDEXAMPLE"_s : QString::fromLatin1("AKIA" + word(16, 16, UpperAlphanumeric));
    c.params.secretAccessKey = chance(50) ? u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s
                                          : QString::fromLatin1(word(40, 40, SecretChars));
    if (chance(30))
        c.params.sessionToken = sessionToken();
    c.params.region = pick(regions);
    c.params.service = s3 ? u"s3"_s : pick(services);
    c.params.normalizePath = !s3;
    // 2015-01-01 .. 2035-12-31, whole seconds
    const qint64 from = QDateTime(QDate(2015, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 span = 21LL * 365 * 24 * 3600;
    c.params.time = QDateTime::fromSecsSinceEpoch(from + static_cast<qint64>(m_rng.bounded(quint64(span))),
                                                  QTimeZone::utc());

    c.request.method = pick(methods);
    c.request.path = path();
    c.request.query = query();
    c.request.body = presign ? QByteArray() : body();
    c.request.headers = headers(mode, c.request.body, !c.params.sessionToken.isEmpty());
    c.expires = 1 + bounded(7 * 24 * 3600);
    return c;
}

QJsonObject toJson(const Case &c)
{
    const auto b64 = [](const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); };
    QJsonArray headers;
    for (const auto &[name, value] : c.request.headers)
        headers.append(QJsonArray{b64(name), b64(value)});
    QJsonObject o{{u"mode"_s, modeName(c.mode)},
                  {u"method"_s, QString::fromLatin1(c.request.method)},
                  {u"path"_s, b64(c.request.path)},
                  {u"query"_s, b64(c.request.query)},
                  {u"headers"_s, headers},
                  {u"body"_s, b64(c.request.body)},
                  {u"accessKeyId"_s, c.params.accessKeyId},
                  {u"secretAccessKey"_s, c.params.secretAccessKey},
                  {u"sessionToken"_s, c.params.sessionToken.isEmpty() ? QJsonValue() : QJsonValue(c.params.sessionToken)},
                  {u"region"_s, c.params.region},
                  {u"service"_s, c.params.service},
                  {u"time"_s, QString::fromLatin1(SigV4::amzDate(c.params.time))},
                  {u"expires"_s, c.expires}};
    return o;
}

Ours signOurselves(const Case &c)
{
    Ours ours;
    switch (c.mode) {
    case Mode::Header:
    case Mode::S3Header: {
        HttpRequest request = c.request;
        SigV4::signRequest(request, c.params);
        ours.authorization = request.header("authorization");
        // Authorization itself is never signed, so this is the canonical request signRequest used.
        ours.canonicalRequest = SigV4::canonicalRequest(request, c.params.normalizePath);
        ours.stringToSign = SigV4::stringToSign(ours.canonicalRequest, c.params);
        break;
    }
    case Mode::Presign:
        ours.presignedQuery = SigV4::presignQuery(c.request, c.params, c.expires, /*signPayload=*/true);
        break;
    case Mode::S3Presign:
        ours.presignedQuery = SigV4::presignQuery(c.request, c.params, c.expires);
        break;
    }
    return ours;
}

QByteArray printable(const QByteArray &bytes)
{
    QByteArray out;
    for (const char ch : bytes) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '\n')
            out.append("\\n\n    ");
        else if (u < 0x20 || u >= 0x7F || ch == '\\')
            out.append("\\x").append(QByteArray::number(u, 16).rightJustified(2, '0'));
        else
            out.append(ch);
    }
    return out;
}

// What the generated requests exercise; checked so that the generator cannot silently lose a
// feature.
struct Coverage
{
    QMap<QString, int> counts;

    void add(const Case &c)
    {
        const QByteArray &path = c.request.path;
        const QByteArray &query = c.request.query;
        count(u"dot segments"_s, path.contains("/./") || path.contains("/../") || path.endsWith("/.")
                                     || path.endsWith("/.."));
        count(u"double slashes"_s, path.contains("//"));
        count(u"percent-encoded path"_s, path.contains('%'));
        count(u"raw reserved in path"_s, std::any_of(path.begin(), path.end(), [](char ch) {
                  return QByteArrayView("!$&'()*+,;=:@").contains(ch);
              }));
        count(u"raw UTF-8 in path"_s, std::any_of(path.begin(), path.end(), [](char ch) { return ch < 0; }));
        QList<QByteArray> keys;
        bool repeated = false;
        bool emptyKey = false;
        bool emptyValue = false;
        bool noEquals = false;
        for (const QByteArray &item : query.split('&')) {
            if (query.isEmpty())
                break;
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = eq < 0 ? item : item.first(eq);
            repeated = repeated || keys.contains(key);
            keys.append(key);
            emptyKey = emptyKey || key.isEmpty();
            emptyValue = emptyValue || (eq >= 0 && eq == item.size() - 1);
            noEquals = noEquals || eq < 0;
        }
        count(u"repeated query keys"_s, repeated);
        count(u"empty query keys"_s, emptyKey);
        count(u"empty query values"_s, emptyValue);
        count(u"query keys without ="_s, noEquals);
        count(u"unicode in query"_s, query.contains("%E") || query.contains("%D") || query.contains("%F0"));
        QList<QByteArray> names;
        bool repeatedHeader = false;
        bool folded = false;
        bool tab = false;
        bool padded = false;
        bool innerRuns = false;
        bool mixedCase = false;
        for (const auto &[name, value] : c.request.headers) {
            repeatedHeader = repeatedHeader || names.contains(name.toLower());
            names.append(name.toLower());
            folded = folded || value.contains('\n');
            tab = tab || value.contains('\t');
            padded = padded || value.startsWith(' ') || value.endsWith(' ');
            innerRuns = innerRuns || value.trimmed().contains("  ");
            mixedCase = mixedCase || (name != name.toLower() && name != name.toUpper());
        }
        count(u"repeated header names"_s, repeatedHeader);
        count(u"folded header values"_s, folded);
        count(u"tabs in header values"_s, tab);
        count(u"leading/trailing spaces"_s, padded);
        count(u"inner runs of spaces"_s, innerRuns);
        count(u"mixed-case header names"_s, mixedCase);
        count(u"session token"_s, !c.params.sessionToken.isEmpty());
        count(u"empty body"_s, c.request.body.isEmpty());
        count(u"body over 50 KB"_s, c.request.body.size() > 50 * 1024);
        count(u"binary body"_s, QString::fromUtf8(c.request.body).toUtf8() != c.request.body);
        count(u"method "_s + QString::fromLatin1(c.request.method), true);
        count(u"mode "_s + modeName(c.mode), true);
    }

    void count(const QString &feature, bool present)
    {
        counts[feature] += present ? 1 : 0;
    }
};

QString describe(const Case &c)
{
    QString out = u"%1 %2 %3?%4 (service %5, normalizePath %6, token %7, body %8 bytes)\n  headers:"_s.arg(
        modeName(c.mode), QString::fromLatin1(c.request.method), QString::fromLatin1(printable(c.request.path)),
        QString::fromLatin1(printable(c.request.query)), c.params.service,
        c.params.normalizePath ? u"yes"_s : u"no"_s, c.params.sessionToken.isEmpty() ? u"no"_s : u"yes"_s,
        QString::number(c.request.body.size()));
    for (const auto &[name, value] : c.request.headers)
        out += u"\n    "_s + QString::fromLatin1(printable(name)) + u": "_s + QString::fromLatin1(printable(value));
    return out;
}

} // namespace

class TestSigV4Botocore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesBotocore();

private:
    QString m_python;
    QString m_script;
};

void TestSigV4Botocore::initTestCase()
{
    m_script = QStringLiteral(SPENDSCOPE_SOURCE_DIR) + u"/tests/tools/botocore_sigv4.py"_s;
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    if (m_python.isEmpty())
        QSKIP("python3 not found in PATH: the botocore differential test needs python3 with botocore");
    QProcess probe;
    probe.start(m_python, {u"-c"_s, u"import botocore.auth, botocore.awsrequest"_s});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP(qPrintable(u"botocore is not importable by %1 (pip install botocore): %2"_s.arg(
            m_python, QString::fromLocal8Bit(probe.readAllStandardError().trimmed().split('\n').constLast()))));
}

void TestSigV4Botocore::matchesBotocore()
{
    // SPENDSCOPE_SIGV4_SEED=<n> explores other request sets; the default set is fixed.
    bool seedOverridden = false;
    const quint32 seed = qEnvironmentVariable("SPENDSCOPE_SIGV4_SEED").toUInt(&seedOverridden);
    Generator generator(seedOverridden ? seed : Seed);
    QList<Case> cases;
    int presignable = 0;
    for (int i = 0; i < HeaderSignedCount; ++i) {
        Case c = generator.next(i % 6 == 5 ? Mode::S3Header : Mode::Header);
        cases.append(c);
    }
    // Presigned URLs for a subset: only queries botocore's SigV4QueryAuth round-trips.
    for (int i = 0; presignable < 150 && i < 2000; ++i) {
        const Mode mode = i % 3 == 2 ? Mode::S3Presign : Mode::Presign;
        Case c = generator.next(mode);
        if (!generator.lastQueryPresignable())
            continue;
        cases.append(c);
        ++presignable;
    }
    QCOMPARE_GE(presignable, 100);

    Coverage coverage;
    for (const Case &c : std::as_const(cases))
        coverage.add(c);
    QStringList summary;
    for (auto it = coverage.counts.cbegin(); it != coverage.counts.cend(); ++it) {
        summary.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
        QVERIFY2(it.value() >= 5, qPrintable(u"generator barely covers \"%1\""_s.arg(it.key())));
    }
    QCOMPARE(coverage.counts.size(), 30); // 20 features, 6 methods, 4 modes
    qInfo().noquote() << u"generated requests cover: "_s + summary.join(u", "_s);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(u"in.json"_s);
    const QString out = dir.filePath(u"out.json"_s);
    {
        QJsonArray requests;
        for (const Case &c : std::as_const(cases))
            requests.append(toJson(c));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"requests"_s, requests}}).toJson(QJsonDocument::Compact));
    }

    QProcess python;
    python.start(m_python, {m_script, in, out});
    QVERIFY2(python.waitForFinished(240000), "botocore_sigv4.py timed out");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());

    QFile resultFile(out);
    QVERIFY(resultFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(resultFile.readAll()).object();
    const QJsonArray results = root.value(u"results"_s).toArray();
    QCOMPARE(results.size(), cases.size());

    int mismatches = 0;
    int compared = 0;
    int comparedPresign = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const QJsonObject theirs = results.at(i).toObject();
        const auto field = [&theirs](const QString &name) {
            return QByteArray::fromBase64(theirs.value(name).toString().toLatin1());
        };
        const Ours ours = signOurselves(c);

        QList<std::tuple<QString, QByteArray, QByteArray>> diffs;
        if (c.mode == Mode::Header || c.mode == Mode::S3Header) {
            ++compared;
            if (ours.canonicalRequest != field(u"canonicalRequest"_s))
                diffs.append({u"canonical request"_s, ours.canonicalRequest, field(u"canonicalRequest"_s)});
            if (ours.stringToSign != field(u"stringToSign"_s))
                diffs.append({u"string to sign"_s, ours.stringToSign, field(u"stringToSign"_s)});
            if (ours.authorization != field(u"authorization"_s))
                diffs.append({u"Authorization"_s, ours.authorization, field(u"authorization"_s)});
        } else {
            ++comparedPresign;
            if (ours.presignedQuery != field(u"presignedQuery"_s)) {
                diffs.append({u"presigned query"_s, ours.presignedQuery, field(u"presignedQuery"_s)});
                diffs.append({u"(botocore's canonical request)"_s, QByteArray(), field(u"canonicalRequest"_s)});
            }
        }
        if (diffs.isEmpty())
            continue;
        if (++mismatches <= 5) {
            QString report = u"mismatch #%1 (request %2): %3"_s.arg(mismatches).arg(i).arg(describe(c));
            for (const auto &[what, mine, botocore] : std::as_const(diffs)) {
                report += u"\n  %1\n   ours:     %2\n   botocore: %3"_s.arg(what, QString::fromLatin1(printable(mine)),
                                                                        QString::fromLatin1(printable(botocore)));
            }
            qWarning().noquote() << report;
        }
    }
    qInfo("compared %d header-signed and %d presigned requests with botocore %s: %d mismatches", compared,
          comparedPresign, qPrintable(root.value(u"botocore"_s).toString()), mismatches);
    QCOMPARE_GE(compared + comparedPresign, 500);
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(TestSigV4Botocore)
#include "tst_sigv4botocore.moc"
