// SPDX-License-Identifier: GPL-3.0-or-later
#include "mantleprojectsclient.h"

#include "domain/projectnamerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

constexpr QByteArrayView ProjectsPath = "/v1/organization/projects";

// Reads a response body that must be one JSON object.
class BodyParser final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::MantleProjectsClient)
public:
    static AwsError parseObject(const HttpResponse &response, QJsonObject &out)
    {
        if (response.body.trimmed().isEmpty())
            return AwsError::malformed(tr("The response is empty."), response.status);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            //: %1 is the JSON parser's message, %2 a byte offset
            return AwsError::malformed(tr("The response is not valid JSON (%1 at byte %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset),
                                       response.status);
        }
        if (!document.isObject())
            return AwsError::malformed(tr("The response is not a JSON object."), response.status);
        out = document.object();
        return {};
    }

    // A project response: the project itself, which must be the one that was asked for.
    static StepOutcome parseProject(const HttpResponse &response, const QString &expectedId, Project &out)
    {
        QJsonObject object;
        if (AwsError error = parseObject(response, object))
            return StepOutcome::fail(std::move(error));
        QString reason;
        std::optional<Project> project = Project::fromJson(object, &reason);
        if (!project)
            return StepOutcome::fail(AwsError::malformed(reason, response.status));
        if (!expectedId.isEmpty() && project->id() != expectedId) {
            return StepOutcome::fail(AwsError::malformed(
                tr("Asked for project “%1” but the service answered with “%2”.").arg(expectedId, project->id()),
                response.status));
        }
        out = std::move(*project);
        return StepOutcome::done();
    }
};

// What listProjects() remembers across pages to notice a service that goes in circles.
struct ListState
{
    QSet<QString> cursors;
    QSet<QString> ids;
    int pages = 0;
};

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject tagsToJson(const TagSet &tags)
{
    QJsonObject object;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject retentionToJson(DataRetention::Mode mode)
{
    return QJsonObject{{u"mode"_s, DataRetention::wireName(mode)}};
}

QString retentionProblem(std::optional<DataRetention::Mode> mode)
{
    if (mode && DataRetention::wireName(*mode).isEmpty()) {
        return MantleProjectsClient::tr("The data retention mode must be one of %1.")
            .arg(DataRetention::wireNames().join(u", "_s));
    }
    return {};
}

QByteArray listQuery(const MantleProjectsClient::ListOptions &options, const QString &after)
{
    QList<std::pair<QByteArray, QByteArray>> items;
    items.emplaceBack(QByteArrayLiteral("limit"), QByteArray::number(options.pageSize));
    if (!after.isEmpty())
        items.emplaceBack(QByteArrayLiteral("after"), after.toUtf8());
    // Only sent when wanted: the parameter is OpenAI's and undocumented on Mantle.
    if (options.includeArchived)
        items.emplaceBack(QByteArrayLiteral("include_archived"), QByteArrayLiteral("true"));
    return encodeQuery(items);
}

} // namespace

bool MantleProjectsClient::Update::isEmpty() const
{
    return !name && addTags.isEmpty() && removeTagKeys.isEmpty() && !dataRetention;
}

MantleProjectsClient::MantleProjectsClient(AwsTransport *transport, const EndpointConfig &config)
    : MantleProjectsClient(transport, resolveEndpoint(AwsService::BedrockMantle, config))
{
}

MantleProjectsClient::MantleProjectsClient(AwsTransport *transport, ServiceEndpoint endpoint)
    : m_transport(transport)
    , m_endpoint(std::move(endpoint))
{
    Q_ASSERT(transport);
}

ServiceRequest MantleProjectsClient::makeRequest(const QString &operation, const QByteArray &method,
                                                 const QByteArray &path, const QByteArray &body) const
{
    ServiceRequest request;
    request.endpoint = m_endpoint;
    request.protocol = WireProtocol::RestJson;
    // A Bedrock API key is what the Mantle docs use; SigV4 works for IAM principals without one.
    request.auth = m_transport->credentials().hasBearer() ? AuthMode::Bearer : AuthMode::SigV4;
    request.operation = operation;
    request.http.method = method;
    request.http.path = path;
    request.http.body = body;
    if (method == "POST")
        request.http.setHeader("Content-Type", "application/json");
    return request;
}

QStringList MantleProjectsClient::validateCreate(const QString &name, const TagSet &tags)
{
    QStringList problems;
    if (QString problem = ProjectNameRules::validate(name); !problem.isEmpty())
        problems.append(std::move(problem));
    problems.append(tags.validate());
    return problems;
}

QStringList MantleProjectsClient::validateUpdate(const QString &id, const Update &update)
{
    QStringList problems;
    if (QString problem = Project::validateId(id); !problem.isEmpty())
        return {problem};
    if (update.isEmpty())
        return {tr("Nothing to update: give a name, tags or a data retention mode.")};
    if (id == Project::defaultId()) {
        if (update.name)
            problems.append(tr("The default project cannot be renamed."));
        if (!update.addTags.isEmpty() || !update.removeTagKeys.isEmpty())
            problems.append(tr("The default project cannot be tagged."));
    }
    if (update.name) {
        if (QString problem = ProjectNameRules::validate(*update.name); !problem.isEmpty())
            problems.append(std::move(problem));
    }
    problems.append(update.addTags.validate());
    for (const QString &key : update.removeTagKeys) {
        // Only what AWS itself refuses: an existing key with unusual characters must stay removable.
        if (key.isEmpty())
            problems.append(tr("A tag key to remove must not be empty."));
        else if (key.toUcs4().size() > TagSet::MaxKeyLength)
            problems.append(tr("Tag key “%1” is longer than %2 characters.").arg(key.left(40)).arg(TagSet::MaxKeyLength));
        else if (key.startsWith(u"aws:"_s, Qt::CaseInsensitive))
            problems.append(tr("Tag key “%1” is reserved by AWS and cannot be removed.").arg(key));
        else if (update.addTags.contains(key))
            problems.append(tr("Tag “%1” is both added and removed.").arg(key));
    }
    if (QString problem = retentionProblem(update.dataRetention); !problem.isEmpty())
        problems.append(std::move(problem));
    return problems;
}

QStringList MantleProjectsClient::validateArchive(const QString &id)
{
    if (QString problem = Project::validateId(id); !problem.isEmpty())
        return {problem};
    if (id == Project::defaultId())
        return {tr("The default project cannot be archived.")};
    return {};
}

ApiJob<QList<Project>> *MantleProjectsClient::listProjects() const
{
    return listProjects(ListOptions());
}

ApiJob<QList<Project>> *MantleProjectsClient::listProjects(const ListOptions &options) const
{
    ServiceRequest request = makeRequest(u"ListProjects"_s, "GET", ProjectsPath.toByteArray(), QByteArray());
    request.http.query = listQuery(options, QString());

    auto state = std::make_shared<ListState>();
    auto step = [options, state, firstPage = request.http](const HttpResponse &response,
                                                           QList<Project> &out) -> StepOutcome {
        ++state->pages;
        QJsonObject root;
        if (AwsError error = BodyParser::parseObject(response, root))
            return StepOutcome::fail(std::move(error));
        if (const QJsonValue kind = root.value(u"object"_s); !kind.isUndefined() && kind != QJsonValue(u"list"_s)) {
            return StepOutcome::fail(
                AwsError::malformed(tr("Expected a list of projects but got “%1”.").arg(kind.toVariant().toString()),
                                    response.status));
        }
        const QJsonValue data = root.value(u"data"_s);
        if (!data.isArray())
            return StepOutcome::fail(AwsError::malformed(tr("The project list has no “data” array."), response.status));

        const QJsonArray items = data.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString reason;
            std::optional<Project> project = Project::fromJson(items.at(i), &reason);
            if (!project) {
                //: %1 is a 1-based position on a page, %2 the page number, %3 the reason
                return StepOutcome::fail(AwsError::malformed(
                    tr("Entry %1 on page %2 of the project list: %3").arg(i + 1).arg(state->pages).arg(reason),
                    response.status));
            }
            // A project that shifts between pages while we read is listed once.
            if (state->ids.contains(project->id()))
                continue;
            state->ids.insert(project->id());
            if (project->isArchived() && !options.includeArchived)
                continue;
            out.append(std::move(*project));
        }

        const QJsonValue hasMore = root.value(u"has_more"_s);
        if (!hasMore.isUndefined() && !hasMore.isNull() && !hasMore.isBool())
            return StepOutcome::fail(AwsError::malformed(tr("“has_more” is not true or false."), response.status));
        if (!hasMore.toBool(false))
            return StepOutcome::done();

        // OpenAI's cursor is the last id of the page. Without a new one we would ask for the same
        // page again and again.
        const QJsonValue lastId = root.value(u"last_id"_s);
        if (!lastId.isString() || lastId.toString().isEmpty()) {
            return StepOutcome::fail(AwsError::malformed(
                tr("The service says more projects follow but gives no “last_id” to continue from."), response.status));
        }
        const QString cursor = lastId.toString();
        if (items.isEmpty()) {
            return StepOutcome::fail(AwsError::malformed(
                tr("The service says more projects follow but sent an empty page."), response.status));
        }
        if (state->cursors.contains(cursor)) {
            return StepOutcome::fail(AwsError::malformed(
                tr("The project list does not end: the service returned the cursor “%1” again.").arg(cursor),
                response.status));
        }
        if (state->pages >= MaxPages) {
            return StepOutcome::fail(AwsError::malformed(
                tr("The project list does not end: more than %1 pages.").arg(MaxPages), response.status));
        }
        state->cursors.insert(cursor);
        HttpRequest next = firstPage;
        next.query = listQuery(options, cursor);
        return StepOutcome::nextPage(std::move(next));
    };

    auto *job = new ApiJob<QList<Project>>(m_transport, std::move(request), std::move(step));
    if (options.pageSize < 1 || options.pageSize > MaxPageSize) {
        job->failBeforeSending(AwsError::invalidInput(
            tr("The page size must be between 1 and %1.").arg(MaxPageSize), u"InvalidPageSize"_s));
    }
    return job;
}

ApiJob<Project> *MantleProjectsClient::projectJob(const QString &operation, const QByteArray &method,
                                                  const QString &id, const QByteArray &pathSuffix,
                                                  const QByteArray &body, const QStringList &problems) const
{
    // An id that failed validation never reaches a path, not even of a request that is not sent.
    // Without an id (CreateProject) the request goes to the collection.
    const bool validId = Project::isValidId(id);
    QByteArray path = ProjectsPath.toByteArray();
    if (validId)
        path += '/' + uriEncode(id.toUtf8()) + pathSuffix;
    ServiceRequest request = makeRequest(operation, method, path, body);

    auto step = [expectedId = validId ? id : QString()](const HttpResponse &response, Project &out) {
        return BodyParser::parseProject(response, expectedId, out);
    };
    auto *job = new ApiJob<Project>(m_transport, std::move(request), std::move(step));
    if (!problems.isEmpty())
        job->failBeforeSending(AwsError::invalidInput(problems.join(u' ')));
    return job;
}

ApiJob<Project> *MantleProjectsClient::createProject(const QString &name, const TagSet &tags,
                                                     std::optional<DataRetention::Mode> dataRetention) const
{
    QStringList problems = validateCreate(name, tags);
    if (QString problem = retentionProblem(dataRetention); !problem.isEmpty())
        problems.append(std::move(problem));

    QJsonObject body{{u"name"_s, name}};
    if (!tags.isEmpty())
        body.insert(u"tags"_s, tagsToJson(tags));
    if (dataRetention)
        body.insert(u"data_retention"_s, retentionToJson(*dataRetention));
    return projectJob(u"CreateProject"_s, "POST", QString(), QByteArray(), compactJson(body), problems);
}

ApiJob<Project> *MantleProjectsClient::getProject(const QString &id) const
{
    QStringList problems;
    if (QString problem = Project::validateId(id); !problem.isEmpty())
        problems.append(std::move(problem));
    return projectJob(u"GetProject"_s, "GET", id, QByteArray(), QByteArray(), problems);
}

ApiJob<Project> *MantleProjectsClient::updateProject(const QString &id, const Update &update) const
{
    QJsonObject body;
    if (update.name)
        body.insert(u"name"_s, *update.name);
    if (!update.addTags.isEmpty())
        body.insert(u"add_tags"_s, tagsToJson(update.addTags));
    if (!update.removeTagKeys.isEmpty()) {
        QStringList keys = update.removeTagKeys;
        keys.sort();
        keys.removeDuplicates();
        body.insert(u"remove_tag_keys"_s, QJsonArray::fromStringList(keys));
    }
    if (update.dataRetention)
        body.insert(u"data_retention"_s, retentionToJson(*update.dataRetention));
    return projectJob(u"UpdateProject"_s, "POST", id, QByteArray(), compactJson(body), validateUpdate(id, update));
}

ApiJob<Project> *MantleProjectsClient::archiveProject(const QString &id) const
{
    // The documented call has no body; "{}" with a JSON content type is what the service accepts
    // from every client seen so far, and an empty POST body trips some proxies.
    return projectJob(u"ArchiveProject"_s, "POST", id, QByteArrayLiteral("/archive"), QByteArrayLiteral("{}"),
                      validateArchive(id));
}

} // namespace Spendscope
