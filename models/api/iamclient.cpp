// SPDX-License-Identifier: GPL-3.0-or-later
#include "iamclient.h"

#include "queryprotocol.h"
#include "updatepolicydocumentjob.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// A runaway server that keeps answering IsTruncated with new markers must not keep us busy
// forever; 10,000 pages of up to 1,000 items is far beyond any real account.
constexpr int MaxPages = 10'000;

QString apiVersion()
{
    return IamClient::ApiVersion.toString();
}

QByteArray boolParameter(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// ---- parsing -------------------------------------------------------------------------------

QList<IamTag> parseTags(const XmlElement &parent)
{
    QList<IamTag> tags;
    for (const XmlElement *member : parent.members(u"Tags"))
        tags.append({member->childText(u"Key"), member->childText(u"Value")});
    return tags;
}

IamPolicy parsePolicy(const XmlElement &e, AwsError &error)
{
    IamPolicy p;
    p.name = e.childText(u"PolicyName");
    p.id = e.childText(u"PolicyId");
    p.arn = e.childText(u"Arn");
    p.path = e.childText(u"Path");
    p.defaultVersionId = e.childText(u"DefaultVersionId");
    p.attachmentCount = QueryProtocol::readInt(e, u"AttachmentCount", error).value_or(0);
    p.permissionsBoundaryUsageCount = QueryProtocol::readInt(e, u"PermissionsBoundaryUsageCount", error).value_or(0);
    p.isAttachable = QueryProtocol::readBool(e, u"IsAttachable", error).value_or(false);
    p.description = e.childText(u"Description");
    p.createDate = QueryProtocol::readDateTime(e, u"CreateDate", error).value_or(QDateTime());
    p.updateDate = QueryProtocol::readDateTime(e, u"UpdateDate", error).value_or(QDateTime());
    p.tags = parseTags(e);
    return p;
}

IamPolicyVersion parsePolicyVersion(const XmlElement &e, AwsError &error)
{
    IamPolicyVersion v;
    v.versionId = e.childText(u"VersionId").trimmed();
    v.document = IamClient::decodePolicyDocument(e.childText(u"Document"));
    v.isDefaultVersion = QueryProtocol::readBool(e, u"IsDefaultVersion", error).value_or(false);
    v.createDate = QueryProtocol::readDateTime(e, u"CreateDate", error).value_or(QDateTime());
    return v;
}

IamUser parseUser(const XmlElement &e, AwsError &error)
{
    IamUser u;
    u.path = e.childText(u"Path");
    u.name = e.childText(u"UserName");
    u.id = e.childText(u"UserId");
    u.arn = e.childText(u"Arn");
    u.createDate = QueryProtocol::readDateTime(e, u"CreateDate", error).value_or(QDateTime());
    u.passwordLastUsed = QueryProtocol::readDateTime(e, u"PasswordLastUsed", error).value_or(QDateTime());
    u.tags = parseTags(e);
    return u;
}

IamRole parseRole(const XmlElement &e, AwsError &error)
{
    IamRole r;
    r.path = e.childText(u"Path");
    r.name = e.childText(u"RoleName");
    r.id = e.childText(u"RoleId");
    r.arn = e.childText(u"Arn");
    r.createDate = QueryProtocol::readDateTime(e, u"CreateDate", error).value_or(QDateTime());
    r.assumeRolePolicyDocument = IamClient::decodePolicyDocument(e.childText(u"AssumeRolePolicyDocument"));
    r.description = e.childText(u"Description");
    r.maxSessionDuration = QueryProtocol::readInt(e, u"MaxSessionDuration", error).value_or(0);
    r.tags = parseTags(e);
    return r;
}

IamGroup parseGroup(const XmlElement &e, AwsError &error)
{
    IamGroup g;
    g.path = e.childText(u"Path");
    g.name = e.childText(u"GroupName");
    g.id = e.childText(u"GroupId");
    g.arn = e.childText(u"Arn");
    g.createDate = QueryProtocol::readDateTime(e, u"CreateDate", error).value_or(QDateTime());
    return g;
}

QList<IamPolicyEntity> parseEntities(const XmlElement &result, QStringView listName, QStringView nameField,
                                     QStringView idField)
{
    QList<IamPolicyEntity> out;
    for (const XmlElement *member : result.members(listName))
        out.append({member->childText(nameField), member->childText(idField)});
    return out;
}

// Reads a field that identifies the returned object; without it the answer is useless.
AwsError requireText(const XmlElement &e, QStringView field)
{
    if (e.childText(field).trimmed().isEmpty())
        return AwsError::malformed(IamClient::tr("The answer lacks the field %1.%2.").arg(e.name, field));
    return {};
}

// ---- jobs ----------------------------------------------------------------------------------

template<typename Result>
ApiJob<Result> *makeJob(const ServiceEndpoint &endpoint, AwsTransport *transport, const QString &action,
                        const QueryParameters &parameters, typename ApiJob<Result>::Step step,
                        const AwsError &preflight)
{
    auto *job = new ApiJob<Result>(transport, QueryProtocol::serviceRequest(endpoint, action, apiVersion(), parameters),
                                   std::move(step));
    if (preflight)
        job->failBeforeSending(preflight);
    return job;
}

// A single-response operation: `parse` fills the result from the <ActionResult> element.
template<typename Result>
ApiJob<Result> *singleCall(const ServiceEndpoint &endpoint, AwsTransport *transport, const QString &action,
                           const QueryParameters &parameters,
                           std::function<AwsError(const XmlElement &, Result &)> parse, const AwsError &preflight)
{
    auto step = [action, parse = std::move(parse)](const HttpResponse &response, Result &out) -> StepOutcome {
        XmlElement result;
        if (AwsError error = QueryProtocol::parseResponse(response, action, result))
            return StepOutcome::fail(error);
        if (AwsError error = parse(result, out))
            return StepOutcome::fail(error);
        return StepOutcome::done();
    };
    return makeJob<Result>(endpoint, transport, action, parameters, std::move(step), preflight);
}

ApiJob<IamAcknowledgement> *acknowledgedCall(const ServiceEndpoint &endpoint, AwsTransport *transport,
                                             const QString &action, const QueryParameters &parameters,
                                             const AwsError &preflight)
{
    // IAM always answers with a <ActionResponse> document; a 200 without one was cut off on the
    // way, so success cannot be claimed from the status alone.
    auto step = [action](const HttpResponse &response, IamAcknowledgement &out) -> StepOutcome {
        XmlElement result;
        if (AwsError error = QueryProtocol::parseResponse(response, action, result, &out.requestId))
            return StepOutcome::fail(error);
        return StepOutcome::done();
    };
    return makeJob<IamAcknowledgement>(endpoint, transport, action, parameters, std::move(step), preflight);
}

// A list operation: `parsePage` appends one page's items; pages are followed through Marker.
template<typename Result>
ApiJob<Result> *pagedCall(const ServiceEndpoint &endpoint, AwsTransport *transport, const QString &action,
                          const QueryParameters &parameters,
                          std::function<AwsError(const XmlElement &, Result &)> parsePage, const AwsError &preflight)
{
    auto step = [action, parameters, parsePage = std::move(parsePage), previousMarker = QString(),
                 pages = 0](const HttpResponse &response, Result &out) mutable -> StepOutcome {
        XmlElement result;
        if (AwsError error = QueryProtocol::parseResponse(response, action, result))
            return StepOutcome::fail(error);
        if (AwsError error = parsePage(result, out))
            return StepOutcome::fail(error);
        QueryProtocol::Page page;
        if (AwsError error = QueryProtocol::readPage(result, page))
            return StepOutcome::fail(error);
        if (!page.truncated)
            return StepOutcome::done();
        if (page.marker == previousMarker) {
            return StepOutcome::fail(AwsError::malformed(
                IamClient::tr("%1 returned the same page marker twice; the listing would never end.").arg(action)));
        }
        if (++pages >= MaxPages) {
            return StepOutcome::fail(
                AwsError::malformed(IamClient::tr("%1 returned more than %2 pages.").arg(action).arg(MaxPages)));
        }
        previousMarker = page.marker;
        QueryParameters next = parameters;
        next.append({QByteArrayLiteral("Marker"), page.marker.toUtf8()});
        return StepOutcome::nextPage(QueryProtocol::httpRequest(action, apiVersion(), next));
    };
    return makeJob<Result>(endpoint, transport, action, parameters, std::move(step), preflight);
}

// ---- validation ----------------------------------------------------------------------------

AwsError invalid(const QString &message)
{
    return AwsError::invalidInput(message);
}

bool matchesAll(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

// `lengthMessage` takes %1 maximum, %2 name, %3 length; `charactersMessage` takes %1 name.
AwsError validateName(const QString &name, qsizetype maxLength, const QString &lengthMessage,
                      const QString &charactersMessage)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_+=,.@-]+$"_s);
    if (name.isEmpty() || name.size() > maxLength)
        return invalid(lengthMessage.arg(maxLength).arg(name).arg(name.size()));
    if (!matchesAll(re, name))
        return invalid(charactersMessage.arg(name));
    return {};
}

// Users, roles and groups accept any printable ASCII between the slashes.
AwsError validateEntityPath(const QString &path)
{
    static const QRegularExpression re(u"^(/|/[\\x21-\\x7E]+/)$"_s);
    if (path.isEmpty())
        return {};
    if (path.size() > 512 || !matchesAll(re, path))
        return invalid(IamClient::tr("The path \"%1\" must start and end with a slash.").arg(path));
    return {};
}

AwsError validatePathPrefix(const QString &prefix)
{
    static const QRegularExpression re(u"^/[\\x21-\\x7F]*$"_s);
    if (prefix.isEmpty())
        return {};
    if (prefix.size() > 512 || !matchesAll(re, prefix))
        return invalid(IamClient::tr("The path prefix \"%1\" must start with a slash.").arg(prefix));
    return {};
}

AwsError validateDescription(const QString &description)
{
    if (description.size() > 1000)
        return invalid(IamClient::tr("The description has %1 characters; at most 1000 are allowed.").arg(description.size()));
    return {};
}

// The first error of several checks.
AwsError firstError(std::initializer_list<AwsError> errors)
{
    for (const AwsError &e : errors) {
        if (e)
            return e;
    }
    return {};
}

AwsError validateArnAndName(const QString &arn, const AwsError &nameError)
{
    return firstError({nameError, IamClient::validatePolicyArn(arn)});
}

QueryParameters tagParameters(const QList<IamTag> &tags)
{
    QueryParameters parameters;
    QList<std::pair<QString, QString>> items;
    items.reserve(tags.size());
    for (const IamTag &tag : tags)
        items.append({tag.key, tag.value});
    QueryProtocol::appendKeyValues(parameters, QByteArrayLiteral("Tags"), items);
    return parameters;
}

QString scopeName(IamPolicyScope scope)
{
    switch (scope) {
    case IamPolicyScope::All:
        return u"All"_s;
    case IamPolicyScope::Aws:
        return u"AWS"_s;
    case IamPolicyScope::Local:
        return u"Local"_s;
    }
    return u"All"_s;
}

} // namespace

IamClient::IamClient(AwsTransport *transport, const EndpointConfig &config)
    : m_transport(transport)
    , m_endpoint(resolveEndpoint(AwsService::Iam, config))
{
    Q_ASSERT(transport);
}

// ---- validation ----------------------------------------------------------------------------

AwsError IamClient::validatePolicyName(const QString &name)
{
    return validateName(name, 128, tr("The policy name must have 1 to %1 characters; \"%2\" has %3."),
                        tr("The policy name \"%1\" may only contain letters, digits and _+=,.@-."));
}

AwsError IamClient::validateUserName(const QString &name)
{
    return validateName(name, 64, tr("The user name must have 1 to %1 characters; \"%2\" has %3."),
                        tr("The user name \"%1\" may only contain letters, digits and _+=,.@-."));
}

AwsError IamClient::validateRoleName(const QString &name)
{
    return validateName(name, 64, tr("The role name must have 1 to %1 characters; \"%2\" has %3."),
                        tr("The role name \"%1\" may only contain letters, digits and _+=,.@-."));
}

AwsError IamClient::validateGroupName(const QString &name)
{
    return validateName(name, 128, tr("The group name must have 1 to %1 characters; \"%2\" has %3."),
                        tr("The group name \"%1\" may only contain letters, digits and _+=,.@-."));
}

AwsError IamClient::validatePolicyPath(const QString &path)
{
    static const QRegularExpression re(u"^(/[A-Za-z0-9.,+@=_-]+)*/$"_s);
    if (path.isEmpty())
        return {};
    if (path.size() > 512 || !matchesAll(re, path)) {
        return invalid(tr("The policy path \"%1\" must start and end with a slash, e.g. /spendscope/, and use only "
                          "letters, digits and .,+@=_- between the slashes.")
                           .arg(path));
    }
    return {};
}

AwsError IamClient::validatePolicyDocument(const QString &document)
{
    if (document.trimmed().isEmpty())
        return invalid(tr("The policy document is empty."));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The policy document is not valid JSON: %1 at offset %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!json.isObject())
        return invalid(tr("The policy document must be a JSON object."));
    // IAM's limit ignores white space (IAM and STS quotas, "IAM and STS character limits").
    qsizetype counted = 0;
    for (const QChar c : document) {
        if (!c.isSpace())
            ++counted;
    }
    if (counted > MaxPolicyDocumentLength) {
        return invalid(tr("The policy document has %1 characters without white space; a managed policy may have "
                          "at most %2.")
                           .arg(counted)
                           .arg(MaxPolicyDocumentLength));
    }
    // IAM's own pattern for policy documents: tab, line breaks and U+0020 to U+00FF.
    for (const QChar c : document) {
        const char16_t u = c.unicode();
        if (!(u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0xFF)))
            return invalid(tr("The policy document contains the character U+%1, which IAM does not accept.")
                               .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0')));
    }
    return {};
}

AwsError IamClient::validatePolicyArn(const QString &arn)
{
    // arn:<partition>:iam::<12-digit account | aws>:policy/<path/><name>
    static const QRegularExpression re(
        u"^arn:aws(-[a-z]+)*:iam::(\\d{12}|aws):policy/([A-Za-z0-9.,+@=_-]+/)*[A-Za-z0-9_+=,.@-]{1,128}$"_s);
    if (arn.size() < 20 || arn.size() > 2048 || !matchesAll(re, arn)) {
        return invalid(
            tr("\"%1\" is not a managed policy ARN (arn:aws:iam::<account>:policy/<path><name>).").arg(arn));
    }
    return {};
}

AwsError IamClient::validateVersionId(const QString &versionId)
{
    static const QRegularExpression re(u"^v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?$"_s);
    if (!matchesAll(re, versionId))
        return invalid(tr("\"%1\" is not a policy version id such as v3.").arg(versionId));
    return {};
}

AwsError IamClient::validateTags(const QList<IamTag> &tags)
{
    // Letters, white space, digits and _.:/=+-@ (IAM's tagKeyType and tagValueType patterns).
    static const QRegularExpression re(u"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"_s);
    if (tags.size() > 50)
        return invalid(tr("At most 50 tags are allowed; %1 were given.").arg(tags.size()));
    for (const IamTag &tag : tags) {
        if (tag.key.isEmpty() || tag.key.size() > 128 || !matchesAll(re, tag.key))
            return invalid(tr("The tag key \"%1\" must have 1 to 128 letters, digits, spaces or _.:/=+-@.").arg(tag.key));
        if (tag.value.size() > 256 || !matchesAll(re, tag.value))
            return invalid(tr("The value of tag \"%1\" must have at most 256 letters, digits, spaces or _.:/=+-@.")
                               .arg(tag.key));
    }
    return {};
}

QString IamClient::decodePolicyDocument(const QString &text)
{
    // An encoded document can never start with '{' (it is encoded as %7B), so a leading brace
    // means the server sent it plain; decoding that again would corrupt any literal '%'.
    if (text.trimmed().startsWith(u'{'))
        return text;
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// ---- policies ------------------------------------------------------------------------------

ApiJob<IamPolicy> *IamClient::createPolicy(const IamCreatePolicyRequest &request) const
{
    const AwsError preflight = firstError({validatePolicyName(request.name), validatePolicyPath(request.path),
                                           validateDescription(request.description),
                                           validatePolicyDocument(request.document), validateTags(request.tags)});
    QueryParameters parameters{{QByteArrayLiteral("PolicyName"), request.name.toUtf8()}};
    if (!request.path.isEmpty())
        parameters.append({QByteArrayLiteral("Path"), request.path.toUtf8()});
    parameters.append({QByteArrayLiteral("PolicyDocument"), request.document.toUtf8()});
    if (!request.description.isEmpty())
        parameters.append({QByteArrayLiteral("Description"), request.description.toUtf8()});
    parameters.append(tagParameters(request.tags));

    return singleCall<IamPolicy>(
        m_endpoint, m_transport, u"CreatePolicy"_s, parameters,
        [](const XmlElement &result, IamPolicy &out) {
            AwsError error;
            if (const XmlElement *policy = QueryProtocol::requireChild(result, u"Policy", error)) {
                out = parsePolicy(*policy, error);
                if (!error)
                    error = requireText(*policy, u"Arn");
            }
            return error;
        },
        preflight);
}

ApiJob<IamPolicy> *IamClient::getPolicy(const QString &policyArn) const
{
    return singleCall<IamPolicy>(
        m_endpoint, m_transport, u"GetPolicy"_s, {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        [](const XmlElement &result, IamPolicy &out) {
            AwsError error;
            if (const XmlElement *policy = QueryProtocol::requireChild(result, u"Policy", error)) {
                out = parsePolicy(*policy, error);
                if (!error)
                    error = requireText(*policy, u"Arn");
            }
            return error;
        },
        validatePolicyArn(policyArn));
}

ApiJob<QList<IamPolicy>> *IamClient::listPolicies(const IamListPoliciesRequest &request) const
{
    QueryParameters parameters{{QByteArrayLiteral("Scope"), scopeName(request.scope).toUtf8()}};
    if (request.onlyAttached)
        parameters.append({QByteArrayLiteral("OnlyAttached"), boolParameter(true)});
    if (!request.pathPrefix.isEmpty())
        parameters.append({QByteArrayLiteral("PathPrefix"), request.pathPrefix.toUtf8()});

    return pagedCall<QList<IamPolicy>>(
        m_endpoint, m_transport, u"ListPolicies"_s, parameters,
        [](const XmlElement &result, QList<IamPolicy> &out) {
            AwsError error;
            for (const XmlElement *member : result.members(u"Policies"))
                out.append(parsePolicy(*member, error));
            return error;
        },
        validatePolicyPath(request.pathPrefix));
}

ApiJob<IamAcknowledgement> *IamClient::deletePolicy(const QString &policyArn) const
{
    return acknowledgedCall(m_endpoint, m_transport, u"DeletePolicy"_s,
                            {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}}, validatePolicyArn(policyArn));
}

// ---- policy versions -----------------------------------------------------------------------

ApiJob<IamPolicyVersion> *IamClient::getPolicyVersion(const QString &policyArn, const QString &versionId) const
{
    return singleCall<IamPolicyVersion>(
        m_endpoint, m_transport, u"GetPolicyVersion"_s,
        {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}, {QByteArrayLiteral("VersionId"), versionId.toUtf8()}},
        [](const XmlElement &result, IamPolicyVersion &out) {
            AwsError error;
            if (const XmlElement *version = QueryProtocol::requireChild(result, u"PolicyVersion", error)) {
                out = parsePolicyVersion(*version, error);
                if (!error)
                    error = requireText(*version, u"VersionId");
            }
            return error;
        },
        firstError({validatePolicyArn(policyArn), validateVersionId(versionId)}));
}

ApiJob<QList<IamPolicyVersion>> *IamClient::listPolicyVersions(const QString &policyArn) const
{
    return pagedCall<QList<IamPolicyVersion>>(
        m_endpoint, m_transport, u"ListPolicyVersions"_s, {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        [](const XmlElement &result, QList<IamPolicyVersion> &out) {
            AwsError error;
            for (const XmlElement *member : result.members(u"Versions"))
                out.append(parsePolicyVersion(*member, error));
            return error;
        },
        validatePolicyArn(policyArn));
}

ApiJob<IamPolicyVersion> *IamClient::createPolicyVersion(const QString &policyArn, const QString &document,
                                                         bool setAsDefault) const
{
    QueryParameters parameters{{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()},
                               {QByteArrayLiteral("PolicyDocument"), document.toUtf8()}};
    if (setAsDefault)
        parameters.append({QByteArrayLiteral("SetAsDefault"), boolParameter(true)});
    return singleCall<IamPolicyVersion>(
        m_endpoint, m_transport, u"CreatePolicyVersion"_s, parameters,
        [](const XmlElement &result, IamPolicyVersion &out) {
            AwsError error;
            if (const XmlElement *version = QueryProtocol::requireChild(result, u"PolicyVersion", error)) {
                out = parsePolicyVersion(*version, error);
                if (!error)
                    error = requireText(*version, u"VersionId");
            }
            return error;
        },
        firstError({validatePolicyArn(policyArn), validatePolicyDocument(document)}));
}

ApiJob<IamAcknowledgement> *IamClient::deletePolicyVersion(const QString &policyArn, const QString &versionId) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"DeletePolicyVersion"_s,
        {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}, {QByteArrayLiteral("VersionId"), versionId.toUtf8()}},
        firstError({validatePolicyArn(policyArn), validateVersionId(versionId)}));
}

ApiJob<IamAcknowledgement> *IamClient::setDefaultPolicyVersion(const QString &policyArn,
                                                               const QString &versionId) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"SetDefaultPolicyVersion"_s,
        {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}, {QByteArrayLiteral("VersionId"), versionId.toUtf8()}},
        firstError({validatePolicyArn(policyArn), validateVersionId(versionId)}));
}

UpdatePolicyDocumentJob *IamClient::updatePolicyDocument(const QString &policyArn, const QString &document) const
{
    return new UpdatePolicyDocumentJob(*this, policyArn, document);
}

// ---- principals ----------------------------------------------------------------------------

namespace {
// ListUsers, ListRoles and ListGroups share their shape: a PathPrefix filter and a member list.
template<typename Principal>
ApiJob<QList<Principal>> *listPrincipals(const ServiceEndpoint &endpoint, AwsTransport *transport,
                                         const QString &action, const QString &listName, const QString &pathPrefix,
                                         Principal (*parse)(const XmlElement &, AwsError &))
{
    QueryParameters parameters;
    if (!pathPrefix.isEmpty())
        parameters.append({QByteArrayLiteral("PathPrefix"), pathPrefix.toUtf8()});
    return pagedCall<QList<Principal>>(
        endpoint, transport, action, parameters,
        [listName, parse](const XmlElement &result, QList<Principal> &out) {
            AwsError error;
            for (const XmlElement *member : result.members(listName))
                out.append(parse(*member, error));
            return error;
        },
        validatePathPrefix(pathPrefix));
}
} // namespace

ApiJob<QList<IamUser>> *IamClient::listUsers(const QString &pathPrefix) const
{
    return listPrincipals<IamUser>(m_endpoint, m_transport, u"ListUsers"_s, u"Users"_s, pathPrefix, &parseUser);
}

ApiJob<QList<IamRole>> *IamClient::listRoles(const QString &pathPrefix) const
{
    return listPrincipals<IamRole>(m_endpoint, m_transport, u"ListRoles"_s, u"Roles"_s, pathPrefix, &parseRole);
}

ApiJob<QList<IamGroup>> *IamClient::listGroups(const QString &pathPrefix) const
{
    return listPrincipals<IamGroup>(m_endpoint, m_transport, u"ListGroups"_s, u"Groups"_s, pathPrefix, &parseGroup);
}

ApiJob<IamRole> *IamClient::createRole(const IamCreateRoleRequest &request) const
{
    AwsError duration;
    if (request.maxSessionDuration && (*request.maxSessionDuration < 3600 || *request.maxSessionDuration > 43200)) {
        duration = invalid(tr("The maximum session duration must be between 3600 and 43200 seconds, not %1.")
                               .arg(*request.maxSessionDuration));
    }
    const AwsError preflight = firstError({validateRoleName(request.name), validateEntityPath(request.path),
                                           validatePolicyDocument(request.assumeRolePolicyDocument),
                                           validateDescription(request.description), duration,
                                           validateTags(request.tags)});
    QueryParameters parameters;
    if (!request.path.isEmpty())
        parameters.append({QByteArrayLiteral("Path"), request.path.toUtf8()});
    parameters.append({QByteArrayLiteral("RoleName"), request.name.toUtf8()});
    parameters.append({QByteArrayLiteral("AssumeRolePolicyDocument"), request.assumeRolePolicyDocument.toUtf8()});
    if (!request.description.isEmpty())
        parameters.append({QByteArrayLiteral("Description"), request.description.toUtf8()});
    if (request.maxSessionDuration)
        parameters.append({QByteArrayLiteral("MaxSessionDuration"), QByteArray::number(*request.maxSessionDuration)});
    parameters.append(tagParameters(request.tags));

    return singleCall<IamRole>(
        m_endpoint, m_transport, u"CreateRole"_s, parameters,
        [](const XmlElement &result, IamRole &out) {
            AwsError error;
            if (const XmlElement *role = QueryProtocol::requireChild(result, u"Role", error)) {
                out = parseRole(*role, error);
                if (!error)
                    error = requireText(*role, u"Arn");
            }
            return error;
        },
        preflight);
}

// ---- attachments ---------------------------------------------------------------------------

ApiJob<IamAcknowledgement> *IamClient::attachRolePolicy(const QString &roleName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"AttachRolePolicy"_s,
        {{QByteArrayLiteral("RoleName"), roleName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateRoleName(roleName)));
}

ApiJob<IamAcknowledgement> *IamClient::detachRolePolicy(const QString &roleName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"DetachRolePolicy"_s,
        {{QByteArrayLiteral("RoleName"), roleName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateRoleName(roleName)));
}

ApiJob<IamAcknowledgement> *IamClient::attachUserPolicy(const QString &userName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"AttachUserPolicy"_s,
        {{QByteArrayLiteral("UserName"), userName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateUserName(userName)));
}

ApiJob<IamAcknowledgement> *IamClient::detachUserPolicy(const QString &userName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"DetachUserPolicy"_s,
        {{QByteArrayLiteral("UserName"), userName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateUserName(userName)));
}

ApiJob<IamAcknowledgement> *IamClient::attachGroupPolicy(const QString &groupName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"AttachGroupPolicy"_s,
        {{QByteArrayLiteral("GroupName"), groupName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateGroupName(groupName)));
}

ApiJob<IamAcknowledgement> *IamClient::detachGroupPolicy(const QString &groupName, const QString &policyArn) const
{
    return acknowledgedCall(
        m_endpoint, m_transport, u"DetachGroupPolicy"_s,
        {{QByteArrayLiteral("GroupName"), groupName.toUtf8()}, {QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        validateArnAndName(policyArn, validateGroupName(groupName)));
}

ApiJob<IamPolicyEntities> *IamClient::listEntitiesForPolicy(const QString &policyArn) const
{
    return pagedCall<IamPolicyEntities>(
        m_endpoint, m_transport, u"ListEntitiesForPolicy"_s, {{QByteArrayLiteral("PolicyArn"), policyArn.toUtf8()}},
        [](const XmlElement &result, IamPolicyEntities &out) {
            out.groups.append(parseEntities(result, u"PolicyGroups", u"GroupName", u"GroupId"));
            out.users.append(parseEntities(result, u"PolicyUsers", u"UserName", u"UserId"));
            out.roles.append(parseEntities(result, u"PolicyRoles", u"RoleName", u"RoleId"));
            return AwsError();
        },
        validatePolicyArn(policyArn));
}

namespace {

ApiJob<QList<IamAttachedPolicy>> *listAttached(const ServiceEndpoint &endpoint, AwsTransport *transport,
                                               const QString &action, const QByteArray &nameParameter,
                                               const QString &name, const AwsError &preflight)
{
    return pagedCall<QList<IamAttachedPolicy>>(
        endpoint, transport, action, {{nameParameter, name.toUtf8()}},
        [](const XmlElement &result, QList<IamAttachedPolicy> &out) {
            for (const XmlElement *member : result.members(u"AttachedPolicies"))
                out.append({member->childText(u"PolicyName"), member->childText(u"PolicyArn")});
            return AwsError();
        },
        preflight);
}

} // namespace

ApiJob<QList<IamAttachedPolicy>> *IamClient::listAttachedRolePolicies(const QString &roleName) const
{
    return listAttached(m_endpoint, m_transport, u"ListAttachedRolePolicies"_s, QByteArrayLiteral("RoleName"),
                        roleName, validateRoleName(roleName));
}

ApiJob<QList<IamAttachedPolicy>> *IamClient::listAttachedUserPolicies(const QString &userName) const
{
    return listAttached(m_endpoint, m_transport, u"ListAttachedUserPolicies"_s, QByteArrayLiteral("UserName"),
                        userName, validateUserName(userName));
}

ApiJob<QList<IamAttachedPolicy>> *IamClient::listAttachedGroupPolicies(const QString &groupName) const
{
    return listAttached(m_endpoint, m_transport, u"ListAttachedGroupPolicies"_s, QByteArrayLiteral("GroupName"),
                        groupName, validateGroupName(groupName));
}

} // namespace Spendscope
