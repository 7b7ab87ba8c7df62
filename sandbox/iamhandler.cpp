// SPDX-License-Identifier: GPL-3.0-or-later
#include "iamhandler.h"

#include "organisation.h"
#include "sandboxstore.h"
#include "wireresponses.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

using Error = IamHandler::Error;
using Parameters = IamHandler::Parameters;

// The AWS managed policies the sandbox offers, with the content AWS documents for them
// (mantle-projects-api.md §5, "Managed policies"; published 2025-12-04).
struct ManagedPolicy
{
    QStringView name;
    QStringView description;
    QStringView document;
};

constexpr std::array<ManagedPolicy, 2> AwsManagedPolicies{{
    {u"AmazonBedrockMantleInferenceAccess",
     u"Provides access to read Amazon Bedrock projects and to run inference with them.",
     uR"({"Version":"2012-10-17","Statement":[{"Sid":"BedrockMantleInference","Effect":"Allow","Action":["bedrock-mantle:Get*","bedrock-mantle:List*","bedrock-mantle:CreateInference"],"Resource":"arn:aws:bedrock-mantle:*:*:project/*"},{"Sid":"BedrockMantleBearerToken","Effect":"Allow","Action":"bedrock-mantle:CallWithBearerToken","Resource":"*"}]})"},
    {u"AmazonBedrockMantleReadOnly",
     u"Provides read-only access to Amazon Bedrock projects.",
     uR"({"Version":"2012-10-17","Statement":[{"Sid":"BedrockMantleReadOnly","Effect":"Allow","Action":["bedrock-mantle:Get*","bedrock-mantle:List*"],"Resource":"arn:aws:bedrock-mantle:*:*:project/*"},{"Sid":"BedrockMantleBearerToken","Effect":"Allow","Action":"bedrock-mantle:CallWithBearerToken","Resource":"*"}]})"},
}};

const QDateTime &awsManagedCreated()
{
    static const QDateTime created(QDate(2025, 12, 4), QTime(0, 0), Qt::UTC);
    return created;
}

// --- errors in IAM's words -----------------------------------------------------------------------

Error validationError(const QString &message)
{
    return {400, u"ValidationError"_s, u"1 validation error detected: "_s + message};
}

Error missingParameter(const QString &path)
{
    return validationError(u"Value null at '%1' failed to satisfy constraint: Member must not be null"_s.arg(path));
}

Error noSuchEntity(const QString &message)
{
    return {404, u"NoSuchEntity"_s, message};
}

Error invalidInput(const QString &message)
{
    return {400, u"InvalidInput"_s, message};
}

Error malformed(const QString &message)
{
    return {400, u"MalformedPolicyDocument"_s, message};
}

Error limitExceeded(const QString &message)
{
    return {409, u"LimitExceeded"_s, message};
}

Error deleteConflict(const QString &message)
{
    return {409, u"DeleteConflict"_s, message};
}

Error alreadyExists(const QString &message)
{
    return {409, u"EntityAlreadyExists"_s, message};
}

QString camel(const QString &parameter)
{
    QString out = parameter;
    if (!out.isEmpty())
        out[0] = out.at(0).toLower();
    return out;
}

// A model pattern: the text IAM quotes in its messages and the anchored expression that checks it
// (PCRE2 spells code points \x{..}, the model \u....).
struct Shape
{
    QString model;
    QRegularExpression expression;
};

Shape shape(const QString &model, const QString &expression)
{
    return {model, QRegularExpression(u"^(?:"_s + expression + u")$"_s)};
}

// Checks a string parameter against a model shape: presence, length and pattern.
std::optional<Error> checkShape(const Parameters &p, const QString &name, bool required, qsizetype minLength,
                                qsizetype maxLength, const Shape *pattern = nullptr)
{
    if (!p.contains(name))
        return required ? std::optional<Error>(missingParameter(camel(name))) : std::nullopt;
    const QString value = p.value(name);
    if (value.size() < minLength)
        return validationError(u"Value '%1' at '%2' failed to satisfy constraint: Member must have length greater than or equal to %3"_s
                                   .arg(value, camel(name))
                                   .arg(minLength));
    if (value.size() > maxLength)
        return validationError(u"Value '%1' at '%2' failed to satisfy constraint: Member must have length less than or equal to %3"_s
                                   .arg(value, camel(name))
                                   .arg(maxLength));
    if (pattern && !pattern->expression.match(value).hasMatch())
        return validationError(u"Value '%1' at '%2' failed to satisfy constraint: Member must satisfy regular expression pattern: %3"_s
                                   .arg(value, camel(name), pattern->model));
    return std::nullopt;
}

const Shape *namePattern()
{
    static const Shape s = shape(u"[\\w+=,.@-]+"_s, u"[\\w+=,.@-]+"_s);
    return &s;
}

const Shape *policyPathPattern()
{
    static const Shape s = shape(u"((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"_s, u"((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"_s);
    return &s;
}

const Shape *entityPathPattern()
{
    static const Shape s = shape(u"(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"_s, u"(/)|(/[\\x{21}-\\x{7E}]+/)"_s);
    return &s;
}

const Shape *pathPrefixPattern()
{
    static const Shape s = shape(u"\\u002F[\\u0021-\\u007F]*"_s, u"/[\\x{21}-\\x{7F}]*"_s);
    return &s;
}

const Shape *documentPattern()
{
    static const Shape s = shape(u"[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"_s,
                                 u"[\\x{09}\\x{0A}\\x{0D}\\x{20}-\\x{FF}]+"_s);
    return &s;
}

const Shape *versionIdPattern()
{
    static const Shape s = shape(u"v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"_s, u"v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"_s);
    return &s;
}

// --- policy documents ----------------------------------------------------------------------------

qsizetype countedLength(const QString &document)
{
    return std::count_if(document.begin(), document.end(), [](QChar c) { return !c.isSpace(); });
}

// A string or a list of strings, as policy elements such as Action are written.
std::optional<QStringList> stringOrList(const QJsonValue &value)
{
    if (value.isString())
        return QStringList{value.toString()};
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

// IAM's grammar for identity-based (trust == false) and role trust policies, as far as its
// parser refuses documents; the error messages are IAM's.
std::optional<Error> checkPolicyGrammar(const QString &document, bool trust)
{
    const Error syntax = malformed(u"Syntax errors in policy."_s);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return syntax;
    const QJsonObject root = json.object();
    static const QSet<QString> rootKeys{u"Version"_s, u"Id"_s, u"Statement"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key()))
            return syntax;
    }
    if (root.contains(u"Version"_s)) {
        const QString version = root.value(u"Version"_s).toString();
        if (version != u"2012-10-17" && version != u"2008-10-17")
            return malformed(u"The policy failed legacy parsing"_s);
    }
    QJsonArray statements;
    const QJsonValue statement = root.value(u"Statement"_s);
    if (statement.isObject())
        statements.append(statement);
    else if (statement.isArray() && !statement.toArray().isEmpty())
        statements = statement.toArray();
    else
        return syntax;

    static const QSet<QString> statementKeys{u"Sid"_s,         u"Effect"_s,    u"Action"_s,
                                             u"NotAction"_s,   u"Resource"_s,  u"NotResource"_s,
                                             u"Principal"_s,   u"NotPrincipal"_s, u"Condition"_s};
    static const QRegularExpression action(u"^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$"_s);
    for (const QJsonValue &value : std::as_const(statements)) {
        if (!value.isObject())
            return syntax;
        const QJsonObject s = value.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!statementKeys.contains(it.key()))
                return syntax;
        }
        if (s.contains(u"Sid"_s) && !s.value(u"Sid"_s).isString())
            return syntax;
        if (!s.contains(u"Effect"_s))
            return malformed(u"Missing required field Effect"_s);
        if (s.value(u"Effect"_s) != u"Allow"_s && s.value(u"Effect"_s) != u"Deny"_s)
            return malformed(u"Invalid effect: %1"_s.arg(s.value(u"Effect"_s).toVariant().toString()));
        if (s.contains(u"Action"_s) && s.contains(u"NotAction"_s))
            return syntax;
        if (!s.contains(u"Action"_s) && !s.contains(u"NotAction"_s))
            return malformed(u"Policy statement must contain actions."_s);
        const std::optional<QStringList> actions = stringOrList(s.value(s.contains(u"Action"_s) ? u"Action"_s
                                                                                               : u"NotAction"_s));
        if (!actions)
            return syntax;
        for (const QString &a : *actions) {
            if (a != u"*" && !action.match(a).hasMatch())
                return malformed(u"Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."_s);
        }
        const bool hasResource = s.contains(u"Resource"_s) || s.contains(u"NotResource"_s);
        const bool hasPrincipal = s.contains(u"Principal"_s) || s.contains(u"NotPrincipal"_s);
        if (s.contains(u"Resource"_s) && s.contains(u"NotResource"_s))
            return syntax;
        if (trust) {
            if (hasResource)
                return malformed(u"Has prohibited field Resource"_s);
            if (!hasPrincipal)
                return malformed(u"Missing required field Principal"_s);
            const QJsonValue principal = s.value(s.contains(u"Principal"_s) ? u"Principal"_s : u"NotPrincipal"_s);
            if (!(principal.isObject() && !principal.toObject().isEmpty()) && principal != u"*"_s)
                return malformed(u"Invalid principal in policy"_s);
        } else {
            if (hasPrincipal)
                return malformed(u"Policy document should not specify a principal."_s);
            if (!hasResource)
                return malformed(u"Policy statement must contain resources."_s);
            const std::optional<QStringList> resources = stringOrList(
                s.value(s.contains(u"Resource"_s) ? u"Resource"_s : u"NotResource"_s));
            if (!resources)
                return syntax;
            for (const QString &r : *resources) {
                if (r != u"*" && !r.startsWith(u"arn:"))
                    return malformed(u"Resource %1 must be in ARN format or \"*\"."_s.arg(r));
            }
        }
        if (s.contains(u"Condition"_s) && !s.value(u"Condition"_s).isObject())
            return syntax;
    }
    return std::nullopt;
}

// The whole check of a PolicyDocument (or AssumeRolePolicyDocument) parameter.
std::optional<Error> checkPolicyDocument(const Parameters &p, const QString &parameter, bool trust)
{
    if (auto e = checkShape(p, parameter, true, 1, 131072, documentPattern()))
        return e;
    const QString document = p.value(parameter);
    if (auto e = checkPolicyGrammar(document, trust))
        return e;
    const qsizetype size = countedLength(document);
    if (!trust && size > IamHandler::MaxManagedPolicySize)
        return limitExceeded(u"Cannot exceed quota for PolicySize: %1"_s.arg(IamHandler::MaxManagedPolicySize));
    if (trust && size > IamHandler::MaxTrustPolicySize)
        return limitExceeded(u"Cannot exceed quota for ACLSizePerRole: %1"_s.arg(IamHandler::MaxTrustPolicySize));
    return std::nullopt;
}

// --- request parameters --------------------------------------------------------------------------

// application/x-www-form-urlencoded: '+' is a space (botocore writes spaces so), %XX a byte.
void decodeForm(QByteArrayView form, Parameters &out)
{
    for (const QByteArray &pair : form.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
}

// Tags.member.N.Key / .Value into an ordered list; validated as IAM's tagListType.
std::optional<Error> readTags(const Parameters &p, QList<std::pair<QString, QString>> *tags)
{
    QMap<int, std::pair<QString, QString>> byIndex;
    static const QRegularExpression member(u"^Tags\\.member\\.(\\d+)\\.(Key|Value)$"_s);
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QRegularExpressionMatch m = member.match(it.key());
        if (!m.hasMatch())
            continue;
        auto &tag = byIndex[m.captured(1).toInt()];
        (m.captured(2) == u"Key" ? tag.first : tag.second) = it.value();
    }
    if (byIndex.size() > 50)
        return validationError(u"Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"_s);
    static const QRegularExpression keyPattern(u"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"_s);
    static const QRegularExpression valuePattern(u"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"_s);
    QSet<QString> seen;
    for (const auto &[key, value] : std::as_const(byIndex)) {
        if (key.isEmpty() || key.size() > 128 || !keyPattern.match(key).hasMatch())
            return validationError(u"Value '%1' at 'tags.%2.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"_s
                                       .arg(key)
                                       .arg(tags->size() + 1));
        if (value.size() > 256 || !valuePattern.match(value).hasMatch())
            return validationError(u"Value '%1' at 'tags.%2.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"_s
                                       .arg(value)
                                       .arg(tags->size() + 1));
        if (seen.contains(key.toLower()))
            return invalidInput(u"Duplicate tag keys found. Please note that Tag keys are case insensitive."_s);
        seen.insert(key.toLower());
        tags->append({key, value});
    }
    return std::nullopt;
}

std::optional<Error> readMaxItems(const Parameters &p, int *maxItems)
{
    *maxItems = IamHandler::DefaultMaxItems;
    if (!p.contains(u"MaxItems"_s))
        return std::nullopt;
    bool ok = false;
    const int value = p.value(u"MaxItems"_s).toInt(&ok);
    if (!ok)
        return validationError(u"Value '%1' at 'maxItems' failed to satisfy constraint: Member must be an integer"_s
                                   .arg(p.value(u"MaxItems"_s)));
    if (value < 1 || value > 1000)
        return validationError(u"Value '%1' at 'maxItems' failed to satisfy constraint: Member must have value %2"_s
                                   .arg(value)
                                   .arg(value < 1 ? u"greater than or equal to 1"_s : u"less than or equal to 1000"_s));
    *maxItems = value;
    return std::nullopt;
}

std::optional<Error> readBool(const Parameters &p, const QString &name, bool *out)
{
    *out = false;
    if (!p.contains(name))
        return std::nullopt;
    const QString value = p.value(name).toLower();
    if (value != u"true" && value != u"false")
        return validationError(u"Value '%1' at '%2' failed to satisfy constraint: Member must be a boolean"_s
                                   .arg(p.value(name), camel(name)));
    *out = value == u"true";
    return std::nullopt;
}

// --- XML -----------------------------------------------------------------------------------------

QByteArray element(QByteArrayView name, const QString &text)
{
    return '<' + name.toByteArray() + '>' + Wire::xmlEscape(text) + "</" + name.toByteArray() + '>';
}

QByteArray isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).toUtf8();
}

QByteArray dateElement(QByteArrayView name, const QDateTime &time)
{
    return '<' + name.toByteArray() + '>' + isoTime(time) + "</" + name.toByteArray() + '>';
}

// IAM returns policy documents URL-encoded as RFC 3986 does it.
QString encodeDocument(const QString &document)
{
    return QString::fromLatin1(uriEncode(document.toUtf8()));
}

// One page of a sorted listing: items are (sort key, XML); the marker names the next item's key.
struct Page
{
    QList<std::pair<QString, QByteArray>> items;
    bool truncated = false;
    QString marker;
};

std::optional<Error> paginate(QList<std::pair<QString, QByteArray>> items, const Parameters &p, Page *page)
{
    int maxItems = 0;
    if (auto e = readMaxItems(p, &maxItems))
        return e;
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    qsizetype start = 0;
    if (p.contains(u"Marker"_s)) {
        const QString marker = p.value(u"Marker"_s);
        const auto decoded = QByteArray::fromBase64Encoding(marker.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (marker.isEmpty() || marker.size() > 320 || !decoded || !decoded.decoded.startsWith("m1:"))
            return validationError(u"Value '%1' at 'marker' failed to satisfy constraint: Invalid Marker."_s.arg(marker));
        const QString key = QString::fromUtf8(decoded.decoded.mid(3));
        while (start < items.size() && items.at(start).first < key)
            ++start;
    }
    const qsizetype end = std::min(items.size(), start + maxItems);
    page->items = items.mid(start, end - start);
    page->truncated = end < items.size();
    if (page->truncated)
        page->marker = QString::fromLatin1(QByteArray("m1:" + items.at(end).first.toUtf8()).toBase64());
    return std::nullopt;
}

QByteArray pageTail(const Page &page)
{
    QByteArray out = "<IsTruncated>" + QByteArray(page.truncated ? "true" : "false") + "</IsTruncated>";
    if (page.truncated)
        out += element("Marker", page.marker);
    return out;
}

QByteArray members(QByteArrayView listName, const QList<QByteArray> &items)
{
    if (items.isEmpty())
        return '<' + listName.toByteArray() + "/>";
    QByteArray out = '<' + listName.toByteArray() + '>';
    for (const QByteArray &item : items)
        out += "<member>" + item + "</member>";
    return out + "</" + listName.toByteArray() + '>';
}

QByteArray tagsXml(const auto &tags)
{
    QList<QByteArray> items;
    for (const auto &tag : tags)
        items.append(element("Key", tag.key) + element("Value", tag.value));
    return items.isEmpty() ? QByteArray() : members("Tags", items);
}

QString kindName(int kind)
{
    static const std::array<QString, 3> names{u"user"_s, u"role"_s, u"group"_s};
    return names.at(size_t(kind));
}

QString roleNameFor(const QString &team)
{
    QString name;
    for (const QChar c : team.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name.append(c);
        else if (!name.endsWith(u'-'))
            name.append(u'-');
    }
    return QString(u"bedrock-"_s + name + u"-inference"_s).left(64);
}

} // namespace

// --- construction and persistence ----------------------------------------------------------------

IamHandler::IamHandler(SandboxStore &store, Account account)
    : m_store(store)
    , m_account(std::move(account))
{
    for (const ManagedPolicy &managed : AwsManagedPolicies) {
        Policy policy;
        policy.name = managed.name.toString();
        policy.description = managed.description.toString();
        policy.awsManaged = true;
        policy.created = awsManagedCreated();
        policy.updated = awsManagedCreated();
        policy.versions = {Version{u"v1"_s, managed.document.toString(), awsManagedCreated()}};
        // AWS managed policy ids are the same in every account.
        const QByteArray hash = QCryptographicHash::hash(policy.name.toUtf8(), QCryptographicHash::Sha256);
        policy.id = u"ANPA"_s;
        for (int i = 0; i < 17; ++i)
            policy.id.append(QLatin1Char("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[quint8(hash.at(i)) % 32]));
        m_policies.insert(policyArn(policy), policy);
    }
}

QString IamHandler::awsManagedPolicyArn(const QString &name)
{
    return u"arn:aws:iam::aws:policy/"_s + name;
}

QStringList IamHandler::roleNames() const
{
    QStringList out;
    for (const Principal &role : m_roles)
        out.append(role.name);
    return out;
}

QString IamHandler::collectionOf(Kind kind)
{
    switch (kind) {
    case Kind::User: return UsersCollection.toString();
    case Kind::Role: return RolesCollection.toString();
    case Kind::Group: return GroupsCollection.toString();
    }
    return QString();
}

QMap<QString, IamHandler::Principal> &IamHandler::principals(Kind kind)
{
    return kind == Kind::User ? m_users : kind == Kind::Role ? m_roles : m_groups;
}

const QMap<QString, IamHandler::Principal> &IamHandler::principals(Kind kind) const
{
    return kind == Kind::User ? m_users : kind == Kind::Role ? m_roles : m_groups;
}

namespace {

QJsonArray tagsToJson(const auto &tags)
{
    QJsonArray out;
    for (const auto &tag : tags)
        out.append(QJsonObject{{u"Key"_s, tag.key}, {u"Value"_s, tag.value}});
    return out;
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString timeToJson(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool IamHandler::savePolicy(const Policy &policy)
{
    QJsonArray versions;
    for (const Version &v : policy.versions)
        versions.append(QJsonObject{{u"VersionId"_s, v.id}, {u"Document"_s, v.document},
                                    {u"CreateDate"_s, timeToJson(v.created)}});
    const QJsonObject body{{u"PolicyName"_s, policy.name},
                           {u"PolicyId"_s, policy.id},
                           {u"Path"_s, policy.path},
                           {u"Description"_s, policy.description},
                           {u"CreateDate"_s, timeToJson(policy.created)},
                           {u"UpdateDate"_s, timeToJson(policy.updated)},
                           {u"DefaultVersionId"_s, policy.defaultVersion},
                           {u"NextVersion"_s, policy.nextVersion},
                           {u"Versions"_s, versions},
                           {u"Tags"_s, tagsToJson(policy.tags)}};
    return m_store.putDocument(PoliciesCollection.toString(), policyArn(policy), body);
}

bool IamHandler::savePrincipal(const Principal &principal)
{
    QJsonObject body{{u"Name"_s, principal.name},
                     {u"Id"_s, principal.id},
                     {u"Path"_s, principal.path},
                     {u"CreateDate"_s, timeToJson(principal.created)},
                     {u"Tags"_s, tagsToJson(principal.tags)},
                     {u"AttachedPolicies"_s, QJsonArray::fromStringList(principal.attached)}};
    if (principal.kind == Kind::Role) {
        body.insert(u"AssumeRolePolicyDocument"_s, principal.trustPolicy);
        body.insert(u"Description"_s, principal.description);
        body.insert(u"MaxSessionDuration"_s, principal.maxSessionDuration);
    }
    return m_store.putDocument(collectionOf(principal.kind), principal.name.toLower(), body);
}

bool IamHandler::load(const Organisation *initial, const QDateTime &now, QString *error)
{
    if (!m_store.value(SeededKey.toString())) {
        SandboxStore::Transaction transaction(m_store);
        seed(initial, now);
        if (!m_store.setValue(SeededKey.toString(), u"1"_s) || !transaction.commit()) {
            if (error)
                *error = m_store.lastError();
            return false;
        }
    }
    m_sequence = m_store.value(SequenceKey.toString()).value_or(u"0"_s).toULongLong();

    const auto tagsOf = [](const QJsonArray &array) {
        QList<Tag> tags;
        for (const QJsonValue &t : array)
            tags.append({t.toObject().value(u"Key"_s).toString(), t.toObject().value(u"Value"_s).toString()});
        return tags;
    };
    QMap<QString, Policy> policies;
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
        if (it->awsManaged)
            policies.insert(it.key(), it.value());
    }
    for (const SandboxStore::Document &d : m_store.documents(PoliciesCollection.toString())) {
        Policy policy;
        policy.name = d.body.value(u"PolicyName"_s).toString();
        policy.id = d.body.value(u"PolicyId"_s).toString();
        policy.path = d.body.value(u"Path"_s).toString(u"/"_s);
        policy.description = d.body.value(u"Description"_s).toString();
        policy.created = timeFromJson(d.body.value(u"CreateDate"_s));
        policy.updated = timeFromJson(d.body.value(u"UpdateDate"_s));
        policy.defaultVersion = d.body.value(u"DefaultVersionId"_s).toString();
        policy.nextVersion = d.body.value(u"NextVersion"_s).toInt();
        for (const QJsonValue &v : d.body.value(u"Versions"_s).toArray()) {
            const QJsonObject o = v.toObject();
            policy.versions.append({o.value(u"VersionId"_s).toString(), o.value(u"Document"_s).toString(),
                                    timeFromJson(o.value(u"CreateDate"_s))});
        }
        policy.tags = tagsOf(d.body.value(u"Tags"_s).toArray());
        const bool valid = !policy.name.isEmpty() && !policy.versions.isEmpty() && policy.nextVersion > 1
            && std::any_of(policy.versions.cbegin(), policy.versions.cend(),
                           [&](const Version &v) { return v.id == policy.defaultVersion; });
        if (!valid) {
            if (error)
                *error = u"The stored IAM policy %1 cannot be read."_s.arg(d.key);
            return false;
        }
        policies.insert(policyArn(policy), policy);
    }
    for (Kind kind : {Kind::User, Kind::Role, Kind::Group}) {
        QMap<QString, Principal> loaded;
        for (const SandboxStore::Document &d : m_store.documents(collectionOf(kind))) {
            Principal principal;
            principal.kind = kind;
            principal.name = d.body.value(u"Name"_s).toString();
            principal.id = d.body.value(u"Id"_s).toString();
            principal.path = d.body.value(u"Path"_s).toString(u"/"_s);
            principal.created = timeFromJson(d.body.value(u"CreateDate"_s));
            principal.tags = tagsOf(d.body.value(u"Tags"_s).toArray());
            for (const QJsonValue &arn : d.body.value(u"AttachedPolicies"_s).toArray())
                principal.attached.append(arn.toString());
            principal.trustPolicy = d.body.value(u"AssumeRolePolicyDocument"_s).toString();
            principal.description = d.body.value(u"Description"_s).toString();
            principal.maxSessionDuration = d.body.value(u"MaxSessionDuration"_s).toInt(3600);
            if (principal.name.isEmpty() || principal.id.isEmpty()) {
                if (error)
                    *error = u"The stored IAM %1 %2 cannot be read."_s.arg(kindName(int(kind)), d.key);
                return false;
            }
            loaded.insert(principal.name.toLower(), principal);
        }
        principals(kind) = std::move(loaded);
    }
    m_policies = std::move(policies);
    return true;
}

void IamHandler::seed(const Organisation *initial, const QDateTime &now)
{
    const QString trust = uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%1:root"},"Action":"sts:AssumeRole"}]})"_s
                              .arg(m_account.accountId);
    const auto add = [&](Kind kind, const QString &name, const QString &attachedPolicy) {
        Principal principal;
        principal.kind = kind;
        principal.name = name;
        principal.id = newId(kind == Kind::User ? u"AIDA" : kind == Kind::Role ? u"AROA" : u"AGPA", name);
        principal.created = now;
        if (!attachedPolicy.isEmpty())
            principal.attached.append(awsManagedPolicyArn(attachedPolicy));
        if (kind == Kind::Role) {
            principal.trustPolicy = trust;
            principal.description = u"Runs Amazon Bedrock inference for the team's projects."_s;
        }
        savePrincipal(principal);
    };
    add(Kind::User, m_account.userName, QString());
    add(Kind::Group, u"finops"_s, u"AmazonBedrockMantleReadOnly"_s);
    QStringList teams;
    if (initial) {
        for (const Organisation::Team &team : initial->teams)
            teams.append(team.name);
    }
    if (teams.isEmpty())
        teams = {u"analytics"_s, u"platform"_s};
    for (const QString &team : std::as_const(teams))
        add(Kind::Role, roleNameFor(team), u"AmazonBedrockMantleInferenceAccess"_s);
}

QString IamHandler::newId(QStringView prefix, const QString &name)
{
    // Unique ids that differ from those of an earlier entity of the same name, as IAM's do.
    ++m_sequence;
    m_store.setValue(SequenceKey.toString(), QString::number(m_sequence));
    const QByteArray hash = QCryptographicHash::hash(
        (m_account.accountId + u'/' + prefix + u'/' + name + u'/' + QString::number(m_sequence)).toUtf8(),
        QCryptographicHash::Sha256);
    QString id = prefix.toString();
    for (int i = 0; i < 17; ++i)
        id.append(QLatin1Char("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[quint8(hash.at(i)) % 32]));
    return id;
}

QString IamHandler::policyArn(const Policy &policy) const
{
    return u"arn:aws:iam::%1:policy%2%3"_s.arg(policy.awsManaged ? u"aws"_s : m_account.accountId, policy.path,
                                               policy.name);
}

QString IamHandler::principalArn(const Principal &principal) const
{
    return u"arn:aws:iam::%1:%2%3%4"_s.arg(m_account.accountId, kindName(int(principal.kind)), principal.path,
                                           principal.name);
}

int IamHandler::attachmentCount(const QString &arn) const
{
    int count = 0;
    for (const auto *map : {&m_users, &m_roles, &m_groups}) {
        for (const Principal &principal : *map)
            count += principal.attached.contains(arn) ? 1 : 0;
    }
    return count;
}

// --- dispatch ------------------------------------------------------------------------------------

const QHash<QString, IamHandler::Handler> &IamHandler::operations()
{
    static const QHash<QString, Handler> table{
        {u"CreatePolicy"_s, &IamHandler::createPolicy},
        {u"GetPolicy"_s, &IamHandler::getPolicy},
        {u"ListPolicies"_s, &IamHandler::listPolicies},
        {u"DeletePolicy"_s, &IamHandler::deletePolicy},
        {u"GetPolicyVersion"_s, &IamHandler::getPolicyVersion},
        {u"ListPolicyVersions"_s, &IamHandler::listPolicyVersions},
        {u"CreatePolicyVersion"_s, &IamHandler::createPolicyVersion},
        {u"DeletePolicyVersion"_s, &IamHandler::deletePolicyVersion},
        {u"SetDefaultPolicyVersion"_s, &IamHandler::setDefaultPolicyVersion},
        {u"CreateUser"_s, &IamHandler::createUser},
        {u"GetUser"_s, &IamHandler::getUser},
        {u"ListUsers"_s, &IamHandler::listUsers},
        {u"CreateRole"_s, &IamHandler::createRole},
        {u"GetRole"_s, &IamHandler::getRole},
        {u"ListRoles"_s, &IamHandler::listRoles},
        {u"CreateGroup"_s, &IamHandler::createGroup},
        {u"ListGroups"_s, &IamHandler::listGroups},
        {u"AttachUserPolicy"_s, &IamHandler::attachUserPolicy},
        {u"AttachRolePolicy"_s, &IamHandler::attachRolePolicy},
        {u"AttachGroupPolicy"_s, &IamHandler::attachGroupPolicy},
        {u"DetachUserPolicy"_s, &IamHandler::detachUserPolicy},
        {u"DetachRolePolicy"_s, &IamHandler::detachRolePolicy},
        {u"DetachGroupPolicy"_s, &IamHandler::detachGroupPolicy},
        {u"ListAttachedUserPolicies"_s, &IamHandler::listAttachedUserPolicies},
        {u"ListAttachedRolePolicies"_s, &IamHandler::listAttachedRolePolicies},
        {u"ListAttachedGroupPolicies"_s, &IamHandler::listAttachedGroupPolicies},
        {u"ListEntitiesForPolicy"_s, &IamHandler::listEntitiesForPolicy},
    };
    return table;
}

HttpResponse IamHandler::handle(const SandboxRequest &request)
{
    Parameters p;
    decodeForm(request.http.query, p);
    if (request.http.method == "POST")
        decodeForm(request.http.body, p);
    const QString action = p.value(u"Action"_s);
    const QString version = p.value(u"Version"_s, ApiVersion.toString());
    const Handler handler = operations().value(action);
    if (!handler || version != ApiVersion) {
        return fail(request, {400, u"InvalidAction"_s,
                              u"Could not find operation %1 for version %2"_s.arg(action, version)});
    }
    return (this->*handler)(p, request);
}

HttpResponse IamHandler::fail(const SandboxRequest &request, const Error &error) const
{
    return Wire::queryError(error.status, error.code, error.message, request.requestId, error.status < 500);
}

HttpResponse IamHandler::ok(const SandboxRequest &request, const QString &action, const QByteArray &result) const
{
    return Wire::queryResult(action, XmlNamespace.toString(), result, request.requestId);
}

HttpResponse IamHandler::storeFailure(const SandboxRequest &request) const
{
    return fail(request, {500, u"ServiceFailure"_s,
                          u"The request processing has failed because of an unknown error, exception or failure."_s});
}

// --- lookups -------------------------------------------------------------------------------------

IamHandler::Policy *IamHandler::findPolicy(const Parameters &p, Error *error, bool attachable)
{
    if (auto e = checkShape(p, u"PolicyArn"_s, true, 20, 2048)) {
        *error = *e;
        return nullptr;
    }
    const QString arn = p.value(u"PolicyArn"_s);
    static const QRegularExpression arnPattern(
        u"^arn:aws:iam::(\\d{12}|aws):policy(/[A-Za-z0-9\\.,\\+@=_-]+)*/[\\w+=,.@-]{1,128}$"_s);
    if (!arnPattern.match(arn).hasMatch()) {
        *error = invalidInput(u"ARN %1 is not valid."_s.arg(arn));
        return nullptr;
    }
    const auto it = m_policies.find(arn);
    if (it == m_policies.end()) {
        *error = noSuchEntity(attachable ? u"Policy %1 does not exist or is not attachable."_s.arg(arn)
                                         : u"Policy %1 was not found."_s.arg(arn));
        return nullptr;
    }
    return &it.value();
}

IamHandler::Principal *IamHandler::findPrincipal(Kind kind, const QString &name, Error *error)
{
    auto &map = principals(kind);
    const auto it = map.find(name.toLower());
    if (it == map.end()) {
        *error = noSuchEntity(u"The %1 with name %2 cannot be found."_s.arg(kindName(int(kind)), name));
        return nullptr;
    }
    return &it.value();
}

// --- XML shapes ----------------------------------------------------------------------------------

QByteArray IamHandler::policyXml(const Policy &policy, bool withDescriptionAndTags) const
{
    const QString arn = policyArn(policy);
    QByteArray out = element("PolicyName", policy.name) + element("PolicyId", policy.id) + element("Arn", arn)
        + element("Path", policy.path) + element("DefaultVersionId", policy.defaultVersion)
        + element("AttachmentCount", QString::number(attachmentCount(arn)))
        + element("PermissionsBoundaryUsageCount", u"0"_s) + element("IsAttachable", u"true"_s);
    if (withDescriptionAndTags && !policy.description.isEmpty())
        out += element("Description", policy.description);
    out += dateElement("CreateDate", policy.created) + dateElement("UpdateDate", policy.updated);
    if (withDescriptionAndTags)
        out += tagsXml(policy.tags);
    return out;
}

QByteArray IamHandler::principalXml(const Principal &principal, bool full) const
{
    static const std::array<QByteArrayView, 3> nameElements{"UserName", "RoleName", "GroupName"};
    static const std::array<QByteArrayView, 3> idElements{"UserId", "RoleId", "GroupId"};
    QByteArray out = element("Path", principal.path) + element(nameElements.at(size_t(principal.kind)), principal.name)
        + element(idElements.at(size_t(principal.kind)), principal.id) + element("Arn", principalArn(principal))
        + dateElement("CreateDate", principal.created);
    if (principal.kind == Kind::Role) {
        out += element("AssumeRolePolicyDocument", encodeDocument(principal.trustPolicy));
        if (!principal.description.isEmpty())
            out += element("Description", principal.description);
        out += element("MaxSessionDuration", QString::number(principal.maxSessionDuration));
    }
    if (full && principal.kind != Kind::Group)
        out += tagsXml(principal.tags);
    if (full && principal.kind == Kind::Role)
        out += "<RoleLastUsed/>";
    return out;
}

QByteArray IamHandler::versionXml(const Version &version, bool isDefault, bool withDocument)
{
    QByteArray out;
    if (withDocument)
        out += element("Document", encodeDocument(version.document));
    return out + element("VersionId", version.id) + element("IsDefaultVersion", isDefault ? u"true"_s : u"false"_s)
        + dateElement("CreateDate", version.created);
}

// --- policies ------------------------------------------------------------------------------------

HttpResponse IamHandler::createPolicy(const Parameters &p, const SandboxRequest &request)
{
    if (auto e = checkShape(p, u"PolicyName"_s, true, 1, 128, namePattern()))
        return fail(request, *e);
    if (auto e = checkShape(p, u"Path"_s, false, 1, 512, policyPathPattern()))
        return fail(request, *e);
    if (auto e = checkShape(p, u"Description"_s, false, 0, 1000))
        return fail(request, *e);
    QList<std::pair<QString, QString>> tags;
    if (auto e = readTags(p, &tags))
        return fail(request, *e);
    if (auto e = checkPolicyDocument(p, u"PolicyDocument"_s, false))
        return fail(request, *e);
    const QString name = p.value(u"PolicyName"_s);
    for (const Policy &existing : std::as_const(m_policies)) {
        if (!existing.awsManaged && existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(request, alreadyExists(u"A policy called %1 already exists. Duplicate names are not allowed."_s
                                                   .arg(name)));
    }
    Policy policy;
    policy.name = name;
    policy.path = p.value(u"Path"_s, u"/"_s);
    policy.description = p.value(u"Description"_s);
    policy.created = request.now;
    policy.updated = request.now;
    policy.versions = {Version{u"v1"_s, p.value(u"PolicyDocument"_s), request.now}};
    for (const auto &[key, value] : std::as_const(tags))
        policy.tags.append({key, value});
    SandboxStore::Transaction transaction(m_store);
    policy.id = newId(u"ANPA", name);
    if (!savePolicy(policy) || !transaction.commit())
        return storeFailure(request);
    m_policies.insert(policyArn(policy), policy);
    return ok(request, u"CreatePolicy"_s, "<Policy>" + policyXml(policy, true) + "</Policy>");
}

HttpResponse IamHandler::getPolicy(const Parameters &p, const SandboxRequest &request)
{
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    return ok(request, u"GetPolicy"_s, "<Policy>" + policyXml(*policy, true) + "</Policy>");
}

HttpResponse IamHandler::listPolicies(const Parameters &p, const SandboxRequest &request)
{
    const QString scope = p.value(u"Scope"_s, u"All"_s);
    if (scope != u"All" && scope != u"AWS" && scope != u"Local")
        return fail(request, validationError(u"Value '%1' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]"_s
                                                 .arg(scope)));
    bool onlyAttached = false;
    if (auto e = readBool(p, u"OnlyAttached"_s, &onlyAttached))
        return fail(request, *e);
    if (auto e = checkShape(p, u"PathPrefix"_s, false, 1, 512, policyPathPattern()))
        return fail(request, *e);
    const QString usage = p.value(u"PolicyUsageFilter"_s, u"PermissionsPolicy"_s);
    if (usage != u"PermissionsPolicy" && usage != u"PermissionsBoundary")
        return fail(request, validationError(u"Value '%1' at 'policyUsageFilter' failed to satisfy constraint: Member must satisfy enum value set: [PermissionsPolicy, PermissionsBoundary]"_s
                                                 .arg(usage)));
    const QString prefix = p.value(u"PathPrefix"_s, u"/"_s);
    QList<std::pair<QString, QByteArray>> items;
    // The sandbox uses no policy as a permissions boundary.
    if (usage == u"PermissionsPolicy") {
        for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
            const Policy &policy = it.value();
            if ((scope == u"AWS" && !policy.awsManaged) || (scope == u"Local" && policy.awsManaged))
                continue;
            if (!policy.path.startsWith(prefix) || (onlyAttached && attachmentCount(it.key()) == 0))
                continue;
            items.append({policy.name.toLower() + u'\n' + it.key(), "<member>" + policyXml(policy, false) + "</member>"});
        }
    }
    Page page;
    if (auto e = paginate(items, p, &page))
        return fail(request, *e);
    QByteArray list = "<Policies>";
    for (const auto &item : std::as_const(page.items))
        list += item.second;
    list += "</Policies>";
    return ok(request, u"ListPolicies"_s, list + pageTail(page));
}

HttpResponse IamHandler::deletePolicy(const Parameters &p, const SandboxRequest &request)
{
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    const QString arn = policyArn(*policy);
    if (policy->awsManaged)
        return fail(request, invalidInput(u"The policy %1 is an AWS managed policy and cannot be deleted."_s.arg(arn)));
    if (attachmentCount(arn) > 0)
        return fail(request, deleteConflict(u"Cannot delete a policy attached to entities."_s));
    if (policy->versions.size() > 1)
        return fail(request, deleteConflict(u"This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy."_s));
    if (!m_store.removeDocument(PoliciesCollection.toString(), arn))
        return storeFailure(request);
    m_policies.remove(arn);
    return ok(request, u"DeletePolicy"_s, QByteArray());
}

HttpResponse IamHandler::getPolicyVersion(const Parameters &p, const SandboxRequest &request)
{
    if (auto e = checkShape(p, u"VersionId"_s, true, 0, 128, versionIdPattern()))
        return fail(request, *e);
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    const QString versionId = p.value(u"VersionId"_s);
    for (const Version &v : policy->versions) {
        if (v.id == versionId)
            return ok(request, u"GetPolicyVersion"_s,
                      "<PolicyVersion>" + versionXml(v, v.id == policy->defaultVersion, true) + "</PolicyVersion>");
    }
    return fail(request, noSuchEntity(u"Policy %1 version %2 does not exist or is not attachable."_s
                                          .arg(policyArn(*policy), versionId)));
}

HttpResponse IamHandler::listPolicyVersions(const Parameters &p, const SandboxRequest &request)
{
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    // Newest first, as IAM lists them: the key orders higher version numbers first.
    QList<std::pair<QString, QByteArray>> items;
    for (const Version &v : policy->versions) {
        const int number = v.id.mid(1).toInt();
        items.append({QString::number(std::numeric_limits<int>::max() - number).rightJustified(10, u'0'),
                      "<member>" + versionXml(v, v.id == policy->defaultVersion, false) + "</member>"});
    }
    Page page;
    if (auto e = paginate(items, p, &page))
        return fail(request, *e);
    QByteArray list = "<Versions>";
    for (const auto &item : std::as_const(page.items))
        list += item.second;
    list += "</Versions>";
    return ok(request, u"ListPolicyVersions"_s, list + pageTail(page));
}

HttpResponse IamHandler::createPolicyVersion(const Parameters &p, const SandboxRequest &request)
{
    bool setAsDefault = false;
    if (auto e = readBool(p, u"SetAsDefault"_s, &setAsDefault))
        return fail(request, *e);
    Error error;
    Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    if (auto e = checkPolicyDocument(p, u"PolicyDocument"_s, false))
        return fail(request, *e);
    if (policy->awsManaged)
        return fail(request, invalidInput(u"The policy %1 is an AWS managed policy and cannot be changed."_s
                                              .arg(policyArn(*policy))));
    if (policy->versions.size() >= MaxPolicyVersions)
        return fail(request, limitExceeded(u"A managed policy can have up to %1 versions. Before you create a new version, you must delete an existing version."_s
                                               .arg(MaxPolicyVersions)));
    Policy changed = *policy;
    const Version version{u"v%1"_s.arg(changed.nextVersion), p.value(u"PolicyDocument"_s), request.now};
    ++changed.nextVersion;
    changed.versions.append(version);
    if (setAsDefault)
        changed.defaultVersion = version.id;
    changed.updated = request.now;
    if (!savePolicy(changed))
        return storeFailure(request);
    *policy = std::move(changed);
    return ok(request, u"CreatePolicyVersion"_s,
              "<PolicyVersion>" + versionXml(version, setAsDefault, false) + "</PolicyVersion>");
}

HttpResponse IamHandler::deletePolicyVersion(const Parameters &p, const SandboxRequest &request)
{
    if (auto e = checkShape(p, u"VersionId"_s, true, 0, 128, versionIdPattern()))
        return fail(request, *e);
    Error error;
    Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    const QString versionId = p.value(u"VersionId"_s);
    const auto it = std::find_if(policy->versions.cbegin(), policy->versions.cend(),
                                 [&](const Version &v) { return v.id == versionId; });
    if (it == policy->versions.cend())
        return fail(request, noSuchEntity(u"Policy %1 version %2 does not exist or is not attachable."_s
                                              .arg(policyArn(*policy), versionId)));
    if (policy->awsManaged)
        return fail(request, invalidInput(u"The policy %1 is an AWS managed policy and cannot be changed."_s
                                              .arg(policyArn(*policy))));
    if (versionId == policy->defaultVersion)
        return fail(request, deleteConflict(u"Cannot delete the default version of a policy."_s));
    Policy changed = *policy;
    changed.versions.removeIf([&](const Version &v) { return v.id == versionId; });
    if (!savePolicy(changed))
        return storeFailure(request);
    *policy = std::move(changed);
    return ok(request, u"DeletePolicyVersion"_s, QByteArray());
}

HttpResponse IamHandler::setDefaultPolicyVersion(const Parameters &p, const SandboxRequest &request)
{
    if (auto e = checkShape(p, u"VersionId"_s, true, 0, 128, versionIdPattern()))
        return fail(request, *e);
    Error error;
    Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    const QString versionId = p.value(u"VersionId"_s);
    if (std::none_of(policy->versions.cbegin(), policy->versions.cend(),
                     [&](const Version &v) { return v.id == versionId; }))
        return fail(request, noSuchEntity(u"Policy %1 version %2 does not exist or is not attachable."_s
                                              .arg(policyArn(*policy), versionId)));
    if (policy->awsManaged)
        return fail(request, invalidInput(u"The policy %1 is an AWS managed policy and cannot be changed."_s
                                              .arg(policyArn(*policy))));
    Policy changed = *policy;
    changed.defaultVersion = versionId;
    changed.updated = request.now;
    if (!savePolicy(changed))
        return storeFailure(request);
    *policy = std::move(changed);
    return ok(request, u"SetDefaultPolicyVersion"_s, QByteArray());
}

// --- users, roles, groups ------------------------------------------------------------------------

namespace {

QString nameParameter(int kind)
{
    static const std::array<QString, 3> names{u"UserName"_s, u"RoleName"_s, u"GroupName"_s};
    return names.at(size_t(kind));
}

qsizetype maxNameLength(int kind)
{
    return kind == 2 ? 128 : 64; // groups 128, users and roles 64
}

QByteArrayView resultElement(int kind)
{
    static const std::array<QByteArrayView, 3> names{"User", "Role", "Group"};
    return names.at(size_t(kind));
}

QString capitalised(const QString &text)
{
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

HttpResponse IamHandler::createPrincipal(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    const QString nameKey = nameParameter(int(kind));
    if (auto e = checkShape(p, nameKey, true, 1, maxNameLength(int(kind)), namePattern()))
        return fail(request, *e);
    if (auto e = checkShape(p, u"Path"_s, false, 1, 512, entityPathPattern()))
        return fail(request, *e);
    QList<std::pair<QString, QString>> tags;
    if (kind != Kind::Group) {
        if (auto e = readTags(p, &tags))
            return fail(request, *e);
    }
    Principal principal;
    principal.kind = kind;
    principal.name = p.value(nameKey);
    principal.path = p.value(u"Path"_s, u"/"_s);
    principal.created = request.now;
    for (const auto &[key, value] : std::as_const(tags))
        principal.tags.append({key, value});
    if (kind == Kind::Role) {
        if (auto e = checkShape(p, u"Description"_s, false, 0, 1000))
            return fail(request, *e);
        if (p.contains(u"MaxSessionDuration"_s)) {
            bool okNumber = false;
            const int seconds = p.value(u"MaxSessionDuration"_s).toInt(&okNumber);
            if (!okNumber || seconds < 3600 || seconds > 43200)
                return fail(request, validationError(u"Value '%1' at 'maxSessionDuration' failed to satisfy constraint: Member must have value %2"_s
                                                         .arg(p.value(u"MaxSessionDuration"_s),
                                                              okNumber && seconds > 43200
                                                                  ? u"less than or equal to 43200"_s
                                                                  : u"greater than or equal to 3600"_s)));
            principal.maxSessionDuration = seconds;
        }
        if (auto e = checkPolicyDocument(p, u"AssumeRolePolicyDocument"_s, true))
            return fail(request, *e);
        principal.trustPolicy = p.value(u"AssumeRolePolicyDocument"_s);
        principal.description = p.value(u"Description"_s);
    }
    if (principals(kind).contains(principal.name.toLower()))
        return fail(request, alreadyExists(u"%1 with name %2 already exists."_s.arg(capitalised(kindName(int(kind))),
                                                                                    principal.name)));
    SandboxStore::Transaction transaction(m_store);
    principal.id = newId(kind == Kind::User ? u"AIDA" : kind == Kind::Role ? u"AROA" : u"AGPA", principal.name);
    if (!savePrincipal(principal) || !transaction.commit())
        return storeFailure(request);
    principals(kind).insert(principal.name.toLower(), principal);
    const QByteArray tag = resultElement(int(kind)).toByteArray();
    const QString action = u"Create"_s + QString::fromLatin1(tag);
    return ok(request, action, '<' + tag + '>' + principalXml(principal, true) + "</" + tag + '>');
}

HttpResponse IamHandler::getPrincipal(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    const QString nameKey = nameParameter(int(kind));
    QString name = p.value(nameKey);
    if (kind == Kind::User && !p.contains(nameKey)) {
        name = m_account.userName; // GetUser without a name describes the caller
    } else if (auto e = checkShape(p, nameKey, true, 1, kind == Kind::User ? 128 : maxNameLength(int(kind)),
                                   namePattern())) {
        return fail(request, *e);
    }
    Error error;
    const Principal *principal = findPrincipal(kind, name, &error);
    if (!principal)
        return fail(request, error);
    const QByteArray tag = resultElement(int(kind)).toByteArray();
    return ok(request, u"Get"_s + QString::fromLatin1(tag), '<' + tag + '>' + principalXml(*principal, true) + "</" + tag + '>');
}

HttpResponse IamHandler::listPrincipals(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    if (auto e = checkShape(p, u"PathPrefix"_s, false, 1, 512, pathPrefixPattern()))
        return fail(request, *e);
    const QString prefix = p.value(u"PathPrefix"_s, u"/"_s);
    const QByteArray tag = resultElement(int(kind)).toByteArray();
    QList<std::pair<QString, QByteArray>> items;
    for (auto it = principals(kind).cbegin(); it != principals(kind).cend(); ++it) {
        if (it->path.startsWith(prefix))
            items.append({it.key(), "<member>" + principalXml(it.value(), false) + "</member>"});
    }
    Page page;
    if (auto e = paginate(items, p, &page))
        return fail(request, *e);
    QByteArray list = '<' + tag + "s>";
    for (const auto &item : std::as_const(page.items))
        list += item.second;
    list += "</" + tag + "s>";
    return ok(request, u"List"_s + QString::fromLatin1(tag) + u's', list + pageTail(page));
}

HttpResponse IamHandler::createUser(const Parameters &p, const SandboxRequest &request)
{
    return createPrincipal(Kind::User, p, request);
}

HttpResponse IamHandler::getUser(const Parameters &p, const SandboxRequest &request)
{
    return getPrincipal(Kind::User, p, request);
}

HttpResponse IamHandler::listUsers(const Parameters &p, const SandboxRequest &request)
{
    return listPrincipals(Kind::User, p, request);
}

HttpResponse IamHandler::createRole(const Parameters &p, const SandboxRequest &request)
{
    return createPrincipal(Kind::Role, p, request);
}

HttpResponse IamHandler::getRole(const Parameters &p, const SandboxRequest &request)
{
    return getPrincipal(Kind::Role, p, request);
}

HttpResponse IamHandler::listRoles(const Parameters &p, const SandboxRequest &request)
{
    return listPrincipals(Kind::Role, p, request);
}

HttpResponse IamHandler::createGroup(const Parameters &p, const SandboxRequest &request)
{
    return createPrincipal(Kind::Group, p, request);
}

HttpResponse IamHandler::listGroups(const Parameters &p, const SandboxRequest &request)
{
    return listPrincipals(Kind::Group, p, request);
}

// --- attachments ---------------------------------------------------------------------------------

HttpResponse IamHandler::attach(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    const QString nameKey = nameParameter(int(kind));
    if (auto e = checkShape(p, nameKey, true, 1, maxNameLength(int(kind)), namePattern()))
        return fail(request, *e);
    Error error;
    const Policy *policy = findPolicy(p, &error, true);
    if (!policy)
        return fail(request, error);
    Principal *principal = findPrincipal(kind, p.value(nameKey), &error);
    if (!principal)
        return fail(request, error);
    const QString arn = policyArn(*policy);
    const QString action = u"Attach%1Policy"_s.arg(capitalised(kindName(int(kind))));
    if (principal->attached.contains(arn))
        return ok(request, action, QByteArray()); // attaching twice changes nothing, as in IAM
    if (principal->attached.size() >= MaxAttachedPolicies)
        return fail(request, limitExceeded(u"Cannot exceed quota for PoliciesPer%1: %2"_s
                                               .arg(capitalised(kindName(int(kind))))
                                               .arg(MaxAttachedPolicies)));
    Principal changed = *principal;
    changed.attached.append(arn);
    if (!savePrincipal(changed))
        return storeFailure(request);
    *principal = std::move(changed);
    return ok(request, action, QByteArray());
}

HttpResponse IamHandler::detach(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    const QString nameKey = nameParameter(int(kind));
    if (auto e = checkShape(p, nameKey, true, 1, maxNameLength(int(kind)), namePattern()))
        return fail(request, *e);
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    Principal *principal = findPrincipal(kind, p.value(nameKey), &error);
    if (!principal)
        return fail(request, error);
    const QString arn = policyArn(*policy);
    if (!principal->attached.contains(arn))
        return fail(request, noSuchEntity(u"Policy %1 was not found."_s.arg(arn)));
    Principal changed = *principal;
    changed.attached.removeAll(arn);
    if (!savePrincipal(changed))
        return storeFailure(request);
    *principal = std::move(changed);
    return ok(request, u"Detach%1Policy"_s.arg(capitalised(kindName(int(kind)))), QByteArray());
}

HttpResponse IamHandler::listAttached(Kind kind, const Parameters &p, const SandboxRequest &request)
{
    const QString nameKey = nameParameter(int(kind));
    if (auto e = checkShape(p, nameKey, true, 1, maxNameLength(int(kind)), namePattern()))
        return fail(request, *e);
    if (auto e = checkShape(p, u"PathPrefix"_s, false, 1, 512, policyPathPattern()))
        return fail(request, *e);
    Error error;
    const Principal *principal = findPrincipal(kind, p.value(nameKey), &error);
    if (!principal)
        return fail(request, error);
    const QString prefix = p.value(u"PathPrefix"_s, u"/"_s);
    QList<std::pair<QString, QByteArray>> items;
    for (qsizetype i = 0; i < principal->attached.size(); ++i) {
        const QString &arn = principal->attached.at(i);
        const auto policy = m_policies.constFind(arn);
        if (policy == m_policies.cend() || !policy->path.startsWith(prefix))
            continue;
        // In attachment order, as IAM lists them.
        items.append({QString::number(i).rightJustified(4, u'0'),
                      "<member>" + element("PolicyName", policy->name) + element("PolicyArn", arn) + "</member>"});
    }
    Page page;
    if (auto e = paginate(items, p, &page))
        return fail(request, *e);
    QByteArray list = "<AttachedPolicies>";
    for (const auto &item : std::as_const(page.items))
        list += item.second;
    list += "</AttachedPolicies>";
    return ok(request, u"ListAttached%1Policies"_s.arg(capitalised(kindName(int(kind)))), list + pageTail(page));
}

HttpResponse IamHandler::attachUserPolicy(const Parameters &p, const SandboxRequest &request)
{
    return attach(Kind::User, p, request);
}

HttpResponse IamHandler::attachRolePolicy(const Parameters &p, const SandboxRequest &request)
{
    return attach(Kind::Role, p, request);
}

HttpResponse IamHandler::attachGroupPolicy(const Parameters &p, const SandboxRequest &request)
{
    return attach(Kind::Group, p, request);
}

HttpResponse IamHandler::detachUserPolicy(const Parameters &p, const SandboxRequest &request)
{
    return detach(Kind::User, p, request);
}

HttpResponse IamHandler::detachRolePolicy(const Parameters &p, const SandboxRequest &request)
{
    return detach(Kind::Role, p, request);
}

HttpResponse IamHandler::detachGroupPolicy(const Parameters &p, const SandboxRequest &request)
{
    return detach(Kind::Group, p, request);
}

HttpResponse IamHandler::listAttachedUserPolicies(const Parameters &p, const SandboxRequest &request)
{
    return listAttached(Kind::User, p, request);
}

HttpResponse IamHandler::listAttachedRolePolicies(const Parameters &p, const SandboxRequest &request)
{
    return listAttached(Kind::Role, p, request);
}

HttpResponse IamHandler::listAttachedGroupPolicies(const Parameters &p, const SandboxRequest &request)
{
    return listAttached(Kind::Group, p, request);
}

HttpResponse IamHandler::listEntitiesForPolicy(const Parameters &p, const SandboxRequest &request)
{
    const QString filter = p.value(u"EntityFilter"_s);
    static const QStringList filters{u"User"_s, u"Role"_s, u"Group"_s, u"LocalManagedPolicy"_s, u"AWSManagedPolicy"_s};
    if (p.contains(u"EntityFilter"_s) && !filters.contains(filter))
        return fail(request, validationError(u"Value '%1' at 'entityFilter' failed to satisfy constraint: Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]"_s
                                                 .arg(filter)));
    if (auto e = checkShape(p, u"PathPrefix"_s, false, 1, 512, entityPathPattern()))
        return fail(request, *e);
    const QString usage = p.value(u"PolicyUsageFilter"_s, u"PermissionsPolicy"_s);
    if (usage != u"PermissionsPolicy" && usage != u"PermissionsBoundary")
        return fail(request, validationError(u"Value '%1' at 'policyUsageFilter' failed to satisfy constraint: Member must satisfy enum value set: [PermissionsPolicy, PermissionsBoundary]"_s
                                                 .arg(usage)));
    Error error;
    const Policy *policy = findPolicy(p, &error);
    if (!policy)
        return fail(request, error);
    const QString arn = policyArn(*policy);
    const QString prefix = p.value(u"PathPrefix"_s, u"/"_s);

    // Groups, then users, then roles: one sorted sequence, so that a marker works across the three.
    QList<std::pair<QString, QByteArray>> items;
    static const std::array<QByteArrayView, 3> nameElements{"UserName", "RoleName", "GroupName"};
    static const std::array<QByteArrayView, 3> idElements{"UserId", "RoleId", "GroupId"};
    static const std::array<QStringView, 3> order{u"2", u"3", u"1"};
    static const std::array<QStringView, 3> filterNames{u"User", u"Role", u"Group"};
    for (Kind kind : {Kind::User, Kind::Role, Kind::Group}) {
        const auto k = size_t(kind);
        if (usage != u"PermissionsPolicy" || (!filter.isEmpty() && filter != filterNames.at(k)))
            continue;
        for (auto it = principals(kind).cbegin(); it != principals(kind).cend(); ++it) {
            if (!it->attached.contains(arn) || !it->path.startsWith(prefix))
                continue;
            items.append({order.at(k).toString() + u':' + it.key(),
                          element(nameElements.at(k), it->name) + element(idElements.at(k), it->id)});
        }
    }
    Page page;
    if (auto e = paginate(items, p, &page))
        return fail(request, *e);
    QList<QByteArray> groups;
    QList<QByteArray> users;
    QList<QByteArray> roles;
    for (const auto &[key, xml] : std::as_const(page.items))
        (key.startsWith(u'1') ? groups : key.startsWith(u'2') ? users : roles).append(xml);
    return ok(request, u"ListEntitiesForPolicy"_s,
              members("PolicyGroups", groups) + members("PolicyUsers", users) + members("PolicyRoles", roles)
                  + pageTail(page));
}

} // namespace Spendscope::Sandbox
