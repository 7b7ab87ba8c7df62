// SPDX-License-Identifier: GPL-3.0-or-later
#include "mantlehandler.h"

#include "ledger.h"
#include "organisation.h"
#include "sandboxlogging.h"
#include "sandboxstore.h"
#include "wireresponses.h"

#include "domain/dataretention.h"
#include "domain/pricecatalog.h"
#include "domain/projectnamerules.h"
#include "domain/usagetype.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

constexpr QStringView DefaultAccountRetention = u"default";

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

QDateTime startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

// A JSON number that is a whole number in [min, max].
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

// The text of a message's content: a string, or an array of parts whose text parts are joined.
// Non-text parts (images, files, tool calls) carry no text and count nothing here.
std::optional<QString> contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (content.isNull() || content.isUndefined())
        return QString();
    if (!content.isArray())
        return std::nullopt;
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        if (part.isString()) {
            parts.append(part.toString());
            continue;
        }
        if (!part.isObject())
            return std::nullopt;
        const QJsonValue text = part.toObject().value(u"text"_s);
        if (text.isString())
            parts.append(text.toString());
        else if (!text.isUndefined())
            return std::nullopt;
    }
    return parts.join(u'\n');
}

QString projectIdHeader(const HttpRequest &http, bool anthropic)
{
    return QString::fromUtf8(http.header(anthropic ? "anthropic-workspace" : "openai-project")).trimmed();
}

QByteArray shortHash(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(24);
}

} // namespace

MantleHandler::MantleHandler(SandboxStore &store, Ledger &ledger, const PriceCatalog &catalog, Account account)
    : m_store(store)
    , m_ledger(ledger)
    , m_catalog(catalog)
    , m_account(std::move(account))
{
    if (!m_account.createdAt.isValid())
        m_account.createdAt = QDateTime::currentDateTimeUtc();
    m_account.createdAt = wholeSeconds(m_account.createdAt);
}

MantleHandler::~MantleHandler() = default;

// Loading

bool MantleHandler::load(const Organisation *initial, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    if (m_store.documentCount(ProjectsCollection.toString()) == 0) {
        QList<Project> seed;
        Project defaultProject;
        defaultProject.setId(Project::defaultId());
        defaultProject.setName(Project::defaultId());
        defaultProject.setArn(projectArn(Project::defaultId()));
        defaultProject.setCreatedAt(m_account.createdAt);
        defaultProject.setDataRetention(DataRetention::Mode::Inherit);
        if (initial) {
            for (const Organisation::Project &generated : initial->projects) {
                if (generated.isDefault()) {
                    if (generated.created.isValid())
                        defaultProject.setCreatedAt(startOfDay(generated.created));
                    continue;
                }
                // The default project exists as long as the account: never after another project.
                if (generated.created.isValid() && startOfDay(generated.created) < defaultProject.createdAt())
                    defaultProject.setCreatedAt(startOfDay(generated.created));
                Project project;
                project.setId(generated.id);
                project.setName(generated.name);
                project.setArn(projectArn(generated.id));
                project.setCreatedAt(startOfDay(generated.created));
                if (generated.isArchived()) {
                    project.setStatus(Project::Status::Archived);
                    project.setArchivedAt(startOfDay(generated.archived));
                }
                TagSet tags;
                const QMap<QString, QString> current = generated.currentTags();
                for (auto it = current.cbegin(); it != current.cend(); ++it)
                    tags.insert(it.key(), it.value());
                project.setTags(tags);
                project.setDataRetention(DataRetention::Mode::Inherit);
                seed.append(project);
            }
        }
        seed.prepend(defaultProject);

        SandboxStore::Transaction transaction(m_store);
        for (const Project &project : std::as_const(seed)) {
            if (!saveProject(project))
                return fail(tr("Cannot save the sandbox's projects (%1).").arg(m_store.lastError()));
        }
        if (!transaction.commit())
            return fail(tr("Cannot save the sandbox's projects (%1).").arg(m_store.lastError()));
    }

    m_projects.clear();
    m_indexById.clear();
    for (const SandboxStore::Document &document : m_store.documents(ProjectsCollection.toString())) {
        QString reason;
        std::optional<Project> project = Project::fromJson(document.body, &reason);
        if (!project || project->id() != document.key)
            return fail(tr("The sandbox data holds an unreadable project “%1” (%2).").arg(document.key, reason));
        putProject(*project);
    }
    if (!findProject(Project::defaultId()))
        return fail(tr("The sandbox data has no default project."));

    // Live usage since the account was created goes back into the ledger, on top of the
    // generated history (which is regenerated, not stored).
    qint64 after = 0;
    for (;;) {
        const QList<SandboxStore::Record> page = m_store.records(UsageCollection.toString(), after, 10'000);
        if (page.isEmpty())
            break;
        for (const SandboxStore::Record &recorded : page) {
            if (const std::optional<Usage> usage = usageFromJson(recorded.body))
                record(*usage);
            else
                qCWarning(lcSandbox) << "mantle: skipping unreadable usage record" << recorded.id;
            after = recorded.id;
        }
    }
    return true;
}

// State

const Project *MantleHandler::findProject(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_projects.at(it.value());
}

QString MantleHandler::projectArn(const QString &id) const
{
    return u"arn:aws:bedrock-mantle:%1:%2:project/%3"_s.arg(m_account.region, m_account.accountId, id);
}

void MantleHandler::putProject(const Project &project)
{
    const auto it = m_indexById.constFind(project.id());
    if (it != m_indexById.cend()) {
        m_projects[it.value()] = project;
        return;
    }
    if (project.isDefault()) {
        // The default project is always listed first.
        m_projects.prepend(project);
        m_indexById.clear();
        for (qsizetype i = 0; i < m_projects.size(); ++i)
            m_indexById.insert(m_projects.at(i).id(), i);
        return;
    }
    m_indexById.insert(project.id(), m_projects.size());
    m_projects.append(project);
}

bool MantleHandler::saveProject(const Project &project)
{
    return m_store.putDocument(ProjectsCollection.toString(), project.id(), projectToJson(project));
}

QString MantleHandler::nextProjectId()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    qint64 counter = m_store.value(ProjectCounterKey.toString()).value_or(u"0"_s).toLongLong();
    for (;;) {
        ++counter;
        const QByteArray input = "spendscope-sandbox/mantle-project/" + QByteArray::number(m_account.seed) + '/'
            + QByteArray::number(counter);
        const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        QString id = u"proj_"_s;
        for (int i = 0; i < ProjectIdLength; ++i)
            id += QLatin1Char(Alphabet[quint8(digest.at(i)) % 36]);
        if (!findProject(id)) {
            // Saved together with the project by the caller's transaction.
            m_store.setValue(ProjectCounterKey.toString(), QString::number(counter));
            return id;
        }
    }
}

QJsonObject MantleHandler::projectToJson(const Project &project) const
{
    QJsonObject tags;
    for (auto it = project.tags().begin(); it != project.tags().end(); ++it)
        tags.insert(it.key(), it.value());
    QJsonObject json{
        {u"object"_s, u"organization.project"_s},
        {u"id"_s, project.id()},
        {u"name"_s, project.name()},
        {u"arn"_s, project.arn().isEmpty() ? projectArn(project.id()) : project.arn()},
        {u"status"_s, Project::statusName(project.status())},
        {u"created_at"_s, project.createdAt().toSecsSinceEpoch()},
        {u"archived_at"_s, project.archivedAt().isValid() ? QJsonValue(project.archivedAt().toSecsSinceEpoch())
                                                          : QJsonValue()},
        {u"tags"_s, tags},
    };
    json.insert(u"data_retention"_s,
                QJsonObject{{u"mode"_s, DataRetention::wireName(
                                            project.dataRetention().value_or(DataRetention::Mode::Inherit))}});
    return json;
}

// Usage

QJsonObject MantleHandler::usageToJson(const Usage &usage)
{
    QJsonObject tags;
    for (auto it = usage.tags.cbegin(); it != usage.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject{{u"at"_s, usage.at.toSecsSinceEpoch()},
                       {u"project"_s, usage.projectId},
                       {u"model"_s, usage.model},
                       {u"input"_s, usage.inputTokens},
                       {u"cached"_s, usage.cachedTokens},
                       {u"output"_s, usage.outputTokens},
                       {u"tags"_s, tags}};
}

std::optional<MantleHandler::Usage> MantleHandler::usageFromJson(const QJsonObject &json)
{
    constexpr qint64 MaxTokens = qint64(1) << 50;
    Usage usage;
    const std::optional<qint64> at = wholeNumber(json.value(u"at"_s), 0, Project::MaxUnixSeconds);
    const std::optional<qint64> input = wholeNumber(json.value(u"input"_s), 0, MaxTokens);
    const std::optional<qint64> cached = wholeNumber(json.value(u"cached"_s), 0, MaxTokens);
    const std::optional<qint64> output = wholeNumber(json.value(u"output"_s), 0, MaxTokens);
    usage.projectId = json.value(u"project"_s).toString();
    usage.model = json.value(u"model"_s).toString();
    if (!at || !input || !cached || !output || *cached > *input || usage.projectId.isEmpty() || usage.model.isEmpty()
        || !json.value(u"tags"_s).isObject())
        return std::nullopt;
    usage.at = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC);
    usage.inputTokens = *input;
    usage.cachedTokens = *cached;
    usage.outputTokens = *output;
    const QJsonObject tags = json.value(u"tags"_s).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        usage.tags.insert(it.key(), it.value().toString());
    return usage;
}

QList<MantleHandler::Usage> MantleHandler::recordedUsage() const
{
    QList<Usage> out;
    for (const SandboxStore::Record &recorded : m_store.records(UsageCollection.toString())) {
        if (std::optional<Usage> usage = usageFromJson(recorded.body))
            out.append(std::move(*usage));
    }
    return out;
}

void MantleHandler::record(const Usage &usage)
{
    const QDate day = usage.at.date();
    if (!Ledger::isStorable(day)) {
        qCWarning(lcSandbox) << "mantle: usage on" << day << "is outside the ledger's range";
        return;
    }
    QString regionCode = UsageType::codeForRegion(m_account.region);
    if (regionCode.isEmpty())
        regionCode = m_account.region;
    const std::pair<UsageType::TokenType, qint64> parts[] = {
        {UsageType::TokenType::Input, usage.inputTokens - usage.cachedTokens},
        {UsageType::TokenType::CacheRead, usage.cachedTokens},
        {UsageType::TokenType::Output, usage.outputTokens},
    };
    for (const auto &[type, tokens] : parts) {
        if (tokens <= 0)
            continue;
        if (!m_ledger.recordTokens(day, UsageType(regionCode, usage.model, type), tokens, usage.tags, usage.projectId,
                                   m_catalog)) {
            qCWarning(lcSandbox) << "mantle: no price for" << usage.model << UsageType::tokenTypeName(type);
        }
    }
    if (m_usageObserver)
        m_usageObserver(usage);
}

// Errors

HttpResponse MantleHandler::error(const SandboxRequest &request, int status, const QString &type,
                                  const QString &message, const QString &param, const QString &code,
                                  ErrorStyle style) const
{
    if (style == ErrorStyle::Anthropic) {
        const QJsonObject body{{u"type"_s, u"error"_s},
                               {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}};
        return Wire::json(status, body, request.requestId);
    }
    const QJsonObject body{{u"error"_s, QJsonObject{{u"message"_s, message},
                                                    {u"type"_s, type},
                                                    {u"param"_s, param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                                                    {u"code"_s, code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}};
    return Wire::json(status, body, request.requestId);
}

HttpResponse MantleHandler::storeError(const SandboxRequest &request, ErrorStyle style) const
{
    // The store's own message stays in the log: it may name local paths.
    qCWarning(lcSandbox) << "mantle: store failure:" << m_store.lastError();
    return error(request, 500, u"api_error"_s, u"The server had an error while processing your request."_s, {}, {},
                 style);
}

HttpResponse MantleHandler::projectNotFound(const SandboxRequest &request, const QString &id, ErrorStyle style) const
{
    return error(request, 404, u"not_found_error"_s, u"Project %1 not found."_s.arg(projectArn(id)), {},
                 u"project_not_found"_s, style);
}

// Routing

HttpResponse MantleHandler::handle(const SandboxRequest &request)
{
    const QByteArray &method = request.http.method;
    const QString path = QString::fromLatin1(request.http.path); // as sent, for messages
    QString route;
    for (const QString &prefix : {u"/v1"_s, u"/openai/v1"_s, u"/anthropic/v1"_s}) {
        if (path.startsWith(prefix + u'/')) {
            route = prefix;
            break;
        }
    }
    const bool anthropic = route == u"/anthropic/v1";
    const ErrorStyle style = anthropic ? ErrorStyle::Anthropic : ErrorStyle::OpenAi;
    auto invalidUrl = [&] {
        return error(request, 404, u"invalid_request_error"_s,
                     u"Invalid URL (%1 %2)"_s.arg(QString::fromLatin1(method), path), {}, {}, style);
    };
    if (route.isEmpty())
        return invalidUrl();
    // Split before decoding, so that an encoded slash (%2F) stays inside its segment.
    QStringList segments;
    for (const QByteArray &segment : request.http.path.mid(route.size() + 1).split('/'))
        segments.append(QUrl::fromPercentEncoding(segment));
    if (segments.size() > 1 && segments.constLast().isEmpty())
        segments.removeLast(); // a trailing slash

    // Bodies: POST and PUT carry a JSON object (an empty body reads as {}).
    QJsonObject body;
    if (method == "POST" || method == "PUT") {
        if (request.http.body.size() > MaxBodySize) {
            return error(request, 413, u"invalid_request_error"_s,
                         u"The request body is larger than %1 bytes."_s.arg(MaxBodySize), {}, {}, style);
        }
        if (!request.http.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.http.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                return error(request, 400, u"invalid_request_error"_s,
                             u"We could not parse the JSON body of your request. The body must be a JSON object."_s,
                             {}, {}, style);
            }
            body = document.object();
        }
    }

    if (anthropic) {
        if (segments == QStringList{u"messages"_s} && method == "POST")
            return infer(request, Api::Messages, route, body);
        return invalidUrl();
    }

    if (segments.value(0) == u"organization" && segments.value(1) == u"projects") {
        // The Projects API is only served on /v1 (observed: 404 under /openai/v1).
        if (route != u"/v1")
            return invalidUrl();
        if (segments.size() == 2) {
            if (method == "GET")
                return listProjects(request);
            if (method == "POST")
                return createProject(request, body);
        } else if (segments.size() == 3) {
            if (method == "GET")
                return getProject(request, segments.at(2));
            if (method == "POST")
                return updateProject(request, segments.at(2), body);
        } else if (segments.size() == 4 && segments.at(3) == u"archive" && method == "POST") {
            return archiveProject(request, segments.at(2));
        }
        return invalidUrl();
    }
    if (segments.value(0) == u"models" && method == "GET") {
        if (segments.size() == 1)
            return listModels(request, route);
        if (segments.size() == 2)
            return getModel(request, route, segments.at(1));
        return invalidUrl();
    }
    if (segments == QStringList{u"data_retention"_s} && route == u"/v1") {
        if (method == "GET")
            return getDataRetention(request);
        if (method == "PUT")
            return putDataRetention(request, body);
        return invalidUrl();
    }
    if (segments == QStringList{u"chat"_s, u"completions"_s} && method == "POST")
        return infer(request, Api::ChatCompletions, route, body);
    if (segments == QStringList{u"responses"_s} && method == "POST")
        return infer(request, Api::Responses, route, body);
    return invalidUrl();
}

// Projects

HttpResponse MantleHandler::listProjects(const SandboxRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.http.query));
    int limit = DefaultPageSize;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s, QUrl::FullyDecoded).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxPageSize) {
            return error(request, 400, u"invalid_request_error"_s,
                         u"Invalid 'limit': expected an integer from 1 to %1."_s.arg(MaxPageSize), u"limit"_s,
                         u"invalid_value"_s);
        }
    }
    bool includeArchived = false;
    if (query.hasQueryItem(u"include_archived"_s)) {
        const QString value = query.queryItemValue(u"include_archived"_s, QUrl::FullyDecoded);
        if (value == u"true")
            includeArchived = true;
        else if (value != u"false")
            return error(request, 400, u"invalid_request_error"_s,
                         u"Invalid 'include_archived': expected true or false."_s, u"include_archived"_s,
                         u"invalid_value"_s);
    }
    qsizetype start = 0;
    if (query.hasQueryItem(u"after"_s)) {
        const QString after = query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
        const auto it = m_indexById.constFind(after);
        if (it == m_indexById.cend()) {
            return error(request, 400, u"invalid_request_error"_s,
                         u"Invalid 'after': no project with id '%1'."_s.arg(after), u"after"_s, u"invalid_value"_s);
        }
        start = it.value() + 1;
    }

    QJsonArray data;
    bool hasMore = false;
    QString firstId;
    QString lastId;
    for (qsizetype i = start; i < m_projects.size(); ++i) {
        const Project &project = m_projects.at(i);
        if (project.isArchived() && !includeArchived)
            continue;
        if (data.size() == limit) {
            hasMore = true;
            break;
        }
        if (firstId.isEmpty())
            firstId = project.id();
        lastId = project.id();
        data.append(projectToJson(project));
    }
    const QJsonObject body{{u"object"_s, u"list"_s},
                           {u"data"_s, data},
                           {u"first_id"_s, firstId.isEmpty() ? QJsonValue() : QJsonValue(firstId)},
                           {u"last_id"_s, lastId.isEmpty() ? QJsonValue() : QJsonValue(lastId)},
                           {u"has_more"_s, hasMore}};
    return Wire::json(200, body, request.requestId);
}

HttpResponse MantleHandler::createProject(const SandboxRequest &request, const QJsonObject &body)
{
    static const QSet<QString> known = {u"name"_s, u"tags"_s, u"data_retention"_s, u"geography"_s,
                                        u"external_key_id"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return error(request, 400, u"invalid_request_error"_s, u"Unrecognized request argument supplied: %1"_s.arg(it.key()),
                         it.key(), u"unknown_parameter"_s);
    }
    const QJsonValue nameValue = body.value(u"name"_s);
    if (!nameValue.isString())
        return error(request, 400, u"invalid_request_error"_s, u"Missing required parameter: 'name'."_s, u"name"_s,
                     u"missing_required_parameter"_s);
    const QString name = nameValue.toString();
    if (const QString problem = ProjectNameRules::validate(name); !problem.isEmpty())
        return error(request, 400, u"invalid_request_error"_s, problem, u"name"_s, u"invalid_value"_s);

    TagSet tags;
    if (body.contains(u"tags"_s)) {
        const QJsonValue tagsValue = body.value(u"tags"_s);
        if (!tagsValue.isObject())
            return error(request, 400, u"invalid_request_error"_s, u"'tags' must be an object of strings."_s,
                         u"tags"_s, u"invalid_type"_s);
        const QJsonObject object = tagsValue.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return error(request, 400, u"invalid_request_error"_s,
                             u"The value of tag '%1' must be a string."_s.arg(it.key()), u"tags"_s, u"invalid_type"_s);
            tags.insert(it.key(), it.value().toString());
        }
        if (const QStringList problems = tags.validate(); !problems.isEmpty())
            return error(request, 400, u"invalid_request_error"_s, problems.first(), u"tags"_s, u"invalid_value"_s);
    }

    DataRetention::Mode retention = DataRetention::Mode::Inherit;
    if (body.contains(u"data_retention"_s)) {
        const QJsonValue mode = body.value(u"data_retention"_s).toObject().value(u"mode"_s);
        const std::optional<DataRetention::Mode> parsed = DataRetention::fromWireName(mode.toString());
        if (!mode.isString() || !parsed) {
            return error(request, 400, u"invalid_request_error"_s,
                         u"Invalid 'data_retention.mode': expected one of %1."_s.arg(
                             DataRetention::wireNames().join(u", "_s)),
                         u"data_retention.mode"_s, u"invalid_value"_s);
        }
        retention = *parsed;
    }

    if (m_projects.size() >= MaxProjects) {
        return error(request, 400, u"invalid_request_error"_s,
                     u"The account already has %1 projects, the maximum."_s.arg(MaxProjects), {},
                     u"project_limit_exceeded"_s);
    }

    SandboxStore::Transaction transaction(m_store);
    Project project;
    project.setId(nextProjectId());
    project.setName(name);
    project.setArn(projectArn(project.id()));
    project.setCreatedAt(wholeSeconds(request.now));
    project.setTags(tags);
    project.setDataRetention(retention);
    if (!saveProject(project) || !transaction.commit())
        return storeError(request);
    putProject(project);
    return Wire::json(200, projectToJson(project), request.requestId);
}

HttpResponse MantleHandler::getProject(const SandboxRequest &request, const QString &id)
{
    const Project *project = findProject(id);
    if (!project)
        return projectNotFound(request, id);
    return Wire::json(200, projectToJson(*project), request.requestId);
}

HttpResponse MantleHandler::updateProject(const SandboxRequest &request, const QString &id, const QJsonObject &body)
{
    const Project *current = findProject(id);
    if (!current)
        return projectNotFound(request, id);

    static const QSet<QString> known = {u"name"_s,           u"add_tags"_s,  u"remove_tag_keys"_s, u"tags"_s,
                                        u"data_retention"_s, u"geography"_s, u"external_key_id"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return error(request, 400, u"invalid_request_error"_s, u"Unrecognized request argument supplied: %1"_s.arg(it.key()),
                         it.key(), u"unknown_parameter"_s);
    }
    if (body.contains(u"tags"_s)) {
        return error(request, 400, u"invalid_request_error"_s,
                     u"Replacing all tags at once is not supported; use 'add_tags' and 'remove_tag_keys'."_s,
                     u"tags"_s, u"unsupported_parameter"_s);
    }

    std::optional<QString> name;
    if (body.contains(u"name"_s)) {
        if (!body.value(u"name"_s).isString())
            return error(request, 400, u"invalid_request_error"_s, u"'name' must be a string."_s, u"name"_s,
                         u"invalid_type"_s);
        name = body.value(u"name"_s).toString();
        if (const QString problem = ProjectNameRules::validate(*name); !problem.isEmpty())
            return error(request, 400, u"invalid_request_error"_s, problem, u"name"_s, u"invalid_value"_s);
    }

    TagSet addTags;
    if (body.contains(u"add_tags"_s)) {
        if (!body.value(u"add_tags"_s).isObject())
            return error(request, 400, u"invalid_request_error"_s, u"'add_tags' must be an object of strings."_s,
                         u"add_tags"_s, u"invalid_type"_s);
        const QJsonObject object = body.value(u"add_tags"_s).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return error(request, 400, u"invalid_request_error"_s,
                             u"The value of tag '%1' must be a string."_s.arg(it.key()), u"add_tags"_s,
                             u"invalid_type"_s);
            if (QString problem = TagSet::validateKey(it.key()); !problem.isEmpty())
                return error(request, 400, u"invalid_request_error"_s, problem, u"add_tags"_s, u"invalid_value"_s);
            if (QString problem = TagSet::validateValue(it.key(), it.value().toString()); !problem.isEmpty())
                return error(request, 400, u"invalid_request_error"_s, problem, u"add_tags"_s, u"invalid_value"_s);
            addTags.insert(it.key(), it.value().toString());
        }
    }

    QStringList removeKeys;
    if (body.contains(u"remove_tag_keys"_s)) {
        if (!body.value(u"remove_tag_keys"_s).isArray())
            return error(request, 400, u"invalid_request_error"_s, u"'remove_tag_keys' must be an array of strings."_s,
                         u"remove_tag_keys"_s, u"invalid_type"_s);
        for (const QJsonValue &key : body.value(u"remove_tag_keys"_s).toArray()) {
            if (!key.isString())
                return error(request, 400, u"invalid_request_error"_s,
                             u"'remove_tag_keys' must be an array of strings."_s, u"remove_tag_keys"_s,
                             u"invalid_type"_s);
            if (addTags.contains(key.toString()))
                return error(request, 400, u"invalid_request_error"_s,
                             u"Tag key '%1' is both added and removed."_s.arg(key.toString()), u"remove_tag_keys"_s,
                             u"invalid_value"_s);
            removeKeys.append(key.toString());
        }
    }

    std::optional<DataRetention::Mode> retention;
    if (body.contains(u"data_retention"_s)) {
        const QJsonValue mode = body.value(u"data_retention"_s).toObject().value(u"mode"_s);
        retention = DataRetention::fromWireName(mode.toString());
        if (!mode.isString() || !retention) {
            return error(request, 400, u"invalid_request_error"_s,
                         u"Invalid 'data_retention.mode': expected one of %1."_s.arg(
                             DataRetention::wireNames().join(u", "_s)),
                         u"data_retention.mode"_s, u"invalid_value"_s);
        }
    }

    if (current->isDefault()) {
        if (name)
            return error(request, 400, u"invalid_request_error"_s, u"The default project cannot be renamed."_s,
                         u"name"_s, u"default_project_immutable"_s);
        if (!addTags.isEmpty() || !removeKeys.isEmpty())
            return error(request, 400, u"invalid_request_error"_s, u"The default project cannot be tagged."_s,
                         addTags.isEmpty() ? u"remove_tag_keys"_s : u"add_tags"_s, u"default_project_immutable"_s);
        if (retention)
            return error(request, 400, u"invalid_request_error"_s, u"The default project cannot be updated."_s,
                         u"data_retention"_s, u"default_project_immutable"_s);
    }
    if (current->isArchived()) {
        return error(request, 409, u"conflict_error"_s,
                     u"Project %1 is archived and cannot be updated."_s.arg(projectArn(id)), {},
                     u"project_archived"_s);
    }

    Project updated = *current;
    TagSet tags = updated.tags();
    for (const QString &key : std::as_const(removeKeys))
        tags.remove(key);
    for (auto it = addTags.begin(); it != addTags.end(); ++it)
        tags.insert(it.key(), it.value());
    if (tags.size() > TagSet::MaxTags) {
        return error(request, 400, u"invalid_request_error"_s,
                     u"The project would have %1 tags; at most %2 are allowed."_s.arg(tags.size()).arg(TagSet::MaxTags),
                     u"add_tags"_s, u"tag_limit_exceeded"_s);
    }
    updated.setTags(tags);
    if (name)
        updated.setName(*name);
    if (retention)
        updated.setDataRetention(*retention);

    if (updated != *current) {
        if (!saveProject(updated))
            return storeError(request);
        putProject(updated);
    }
    return Wire::json(200, projectToJson(updated), request.requestId);
}

HttpResponse MantleHandler::archiveProject(const SandboxRequest &request, const QString &id)
{
    const Project *current = findProject(id);
    if (!current)
        return projectNotFound(request, id);
    if (current->isDefault())
        return error(request, 400, u"invalid_request_error"_s, u"The default project cannot be archived."_s, {},
                     u"default_project_immutable"_s);
    // Archiving is terminal and idempotent: a second archive answers with the project unchanged.
    if (current->isArchived())
        return Wire::json(200, projectToJson(*current), request.requestId);
    Project archived = *current;
    archived.setStatus(Project::Status::Archived);
    archived.setArchivedAt(wholeSeconds(request.now));
    if (!saveProject(archived))
        return storeError(request);
    putProject(archived);
    return Wire::json(200, projectToJson(archived), request.requestId);
}

// Models and account settings

QString MantleHandler::accountRetentionMode() const
{
    const QJsonObject stored =
        QJsonDocument::fromJson(m_store.value(DataRetentionKey.toString()).value_or(QString()).toUtf8()).object();
    return stored.value(u"mode"_s).toString(DefaultAccountRetention.toString());
}

QJsonObject MantleHandler::modelToJson(const ModelPrice &model) const
{
    const QDate asOf = model.asOf.isValid() ? model.asOf : m_catalog.asOf();
    return QJsonObject{{u"id"_s, model.modelId},
                       {u"object"_s, u"model"_s},
                       {u"created"_s, asOf.isValid() ? startOfDay(asOf).toSecsSinceEpoch() : 0},
                       {u"owned_by"_s, model.provider.toLower()},
                       {u"status"_s, u"available"_s},
                       {u"data_retention"_s, QJsonObject{{u"mode"_s, accountRetentionMode()},
                                                         {u"source"_s, u"account"_s},
                                                         {u"allowed_modes"_s,
                                                          QJsonArray::fromStringList(DataRetention::wireNames())}}}};
}

HttpResponse MantleHandler::listModels(const SandboxRequest &request, const QString &route)
{
    QJsonArray data;
    QSet<QString> seen;
    for (const ModelPrice &model : m_catalog.models()) {
        if (!model.isMantle() || seen.contains(model.modelId))
            continue;
        // /v1/models lists everything the account can call; /openai/v1/models what that route serves.
        if (route != u"/v1" && model.route != route)
            continue;
        seen.insert(model.modelId);
        const ModelPrice *regional = m_catalog.find(model.modelId, m_account.region);
        data.append(modelToJson(regional ? *regional : model));
    }
    return Wire::json(200, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}}, request.requestId);
}

HttpResponse MantleHandler::getModel(const SandboxRequest &request, const QString &route, const QString &id)
{
    const ModelPrice *model = m_catalog.find(id, m_account.region);
    if (!model || !model->isMantle() || (route != u"/v1" && model->route != route)) {
        return error(request, 404, u"not_found_error"_s,
                     u"The model '%1' does not exist or you do not have access to it."_s.arg(id), u"model"_s,
                     u"model_not_found"_s);
    }
    return Wire::json(200, modelToJson(*model), request.requestId);
}

HttpResponse MantleHandler::getDataRetention(const SandboxRequest &request)
{
    QJsonObject stored =
        QJsonDocument::fromJson(m_store.value(DataRetentionKey.toString()).value_or(QString()).toUtf8()).object();
    if (!stored.contains(u"mode"_s))
        stored = QJsonObject{{u"mode"_s, DefaultAccountRetention.toString()},
                             {u"updated_at"_s, m_account.createdAt.toSecsSinceEpoch()}};
    return Wire::json(200, stored, request.requestId);
}

HttpResponse MantleHandler::putDataRetention(const SandboxRequest &request, const QJsonObject &body)
{
    const QJsonValue mode = body.value(u"mode"_s);
    if (!mode.isString() || !DataRetention::fromWireName(mode.toString())) {
        return error(request, 400, u"invalid_request_error"_s,
                     u"Invalid 'mode': expected one of %1."_s.arg(DataRetention::wireNames().join(u", "_s)), u"mode"_s,
                     u"invalid_value"_s);
    }
    const QJsonObject stored{{u"mode"_s, mode.toString()}, {u"updated_at"_s, request.now.toSecsSinceEpoch()}};
    if (!m_store.setValue(DataRetentionKey.toString(),
                          QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))))
        return storeError(request);
    return Wire::json(200, stored, request.requestId);
}

// Inference

HttpResponse MantleHandler::infer(const SandboxRequest &request, Api api, const QString &route,
                                  const QJsonObject &body)
{
    const ErrorStyle style = api == Api::Messages ? ErrorStyle::Anthropic : ErrorStyle::OpenAi;
    auto invalid = [&](const QString &message, const QString &param, const QString &code = u"invalid_value"_s) {
        return error(request, 400, u"invalid_request_error"_s, message, param, code, style);
    };

    const QJsonValue modelValue = body.value(u"model"_s);
    if (!modelValue.isString() || modelValue.toString().isEmpty())
        return invalid(u"You must provide a model parameter."_s, u"model"_s, u"missing_required_parameter"_s);
    const QString modelId = modelValue.toString();
    const ModelPrice *model = m_catalog.find(modelId, m_account.region);
    if (!model || !model->isMantle()) {
        return error(request, 404, u"not_found_error"_s,
                     u"The model '%1' does not exist or you do not have access to it."_s.arg(modelId), u"model"_s,
                     u"model_not_found"_s, style);
    }
    if (model->route != route)
        return invalid(u"model %1 isn't supported on this route"_s.arg(modelId), u"model"_s,
                       u"unsupported_route"_s);
    if (body.value(u"stream"_s).toBool())
        return invalid(u"Streaming is not supported by the Spendscope sandbox; send \"stream\": false."_s,
                       u"stream"_s, u"unsupported_value"_s);

    // The prompt as role/text messages, and the caller's output limit.
    QList<DeterministicModel::Message> messages;
    std::optional<qint64> maxTokens;
    constexpr qint64 TokenLimit = 10'000'000;
    auto readLimit = [&](const QString &field, bool required) -> std::optional<HttpResponse> {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return invalid(u"%1: field required"_s.arg(field), field, u"missing_required_parameter"_s);
            return std::nullopt;
        }
        maxTokens = wholeNumber(value, 1, TokenLimit);
        if (!maxTokens)
            return invalid(u"Invalid '%1': expected a positive integer."_s.arg(field), field);
        return std::nullopt;
    };
    auto readMessages = [&](const QJsonValue &value, const QString &param) -> std::optional<HttpResponse> {
        if (!value.isArray() || value.toArray().isEmpty())
            return invalid(u"'%1' must be a non-empty array of messages."_s.arg(param), param);
        static const QSet<QString> roles = {u"system"_s, u"developer"_s, u"user"_s,
                                            u"assistant"_s, u"tool"_s, u"function"_s};
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject message = array.at(i).toObject();
            const QString role = message.value(u"role"_s).toString();
            const std::optional<QString> text = contentText(message.value(u"content"_s));
            if (!array.at(i).isObject() || !roles.contains(role) || !text)
                return invalid(u"Invalid '%1[%2]': expected an object with a role and text content."_s.arg(param).arg(i),
                               u"%1[%2]"_s.arg(param).arg(i));
            messages.append({role, *text});
        }
        return std::nullopt;
    };

    switch (api) {
    case Api::ChatCompletions:
        if (auto e = readMessages(body.value(u"messages"_s), u"messages"_s))
            return *e;
        if (auto e = readLimit(body.contains(u"max_completion_tokens"_s) ? u"max_completion_tokens"_s
                                                                         : u"max_tokens"_s,
                               false))
            return *e;
        break;
    case Api::Responses: {
        if (body.contains(u"instructions"_s) && !body.value(u"instructions"_s).isNull()) {
            if (!body.value(u"instructions"_s).isString())
                return invalid(u"'instructions' must be a string."_s, u"instructions"_s);
            messages.append({u"developer"_s, body.value(u"instructions"_s).toString()});
        }
        const QJsonValue input = body.value(u"input"_s);
        if (input.isString()) {
            messages.append({u"user"_s, input.toString()});
        } else if (auto e = readMessages(input, u"input"_s)) {
            return *e;
        }
        if (auto e = readLimit(u"max_output_tokens"_s, false))
            return *e;
        break;
    }
    case Api::Messages: {
        if (body.contains(u"system"_s)) {
            const std::optional<QString> system = contentText(body.value(u"system"_s));
            if (!system)
                return invalid(u"system: expected a string or an array of text blocks"_s, u"system"_s);
            messages.append({u"system"_s, *system});
        }
        if (auto e = readMessages(body.value(u"messages"_s), u"messages"_s))
            return *e;
        if (auto e = readLimit(u"max_tokens"_s, true))
            return *e;
        break;
    }
    }

    // The project the request is billed to.
    QString projectId = projectIdHeader(request.http, api == Api::Messages);
    if (projectId.isEmpty())
        projectId = Project::defaultId();
    const Project *project = findProject(projectId);
    if (!project)
        return projectNotFound(request, projectId, style);
    if (project->isArchived()) {
        return error(request, 403, u"permission_denied_error"_s,
                     u"Project %1 is archived and cannot be used for inference."_s.arg(projectArn(projectId)), {},
                     u"project_archived"_s, style);
    }

    Usage usage;
    usage.at = wholeSeconds(request.now);
    usage.projectId = projectId;
    usage.model = modelId;
    usage.inputTokens = DeterministicModel::inputTokens(messages);
    if (model->cacheReadPerMillion) {
        usage.cachedTokens = m_promptCache.use(projectId, DeterministicModel::prefixHashes(modelId, messages),
                                               DeterministicModel::prefixTokens(messages), request.now);
    }
    const DeterministicModel::Completion completion = DeterministicModel::complete(modelId, messages, maxTokens);
    usage.outputTokens = completion.outputTokens;
    usage.tags = project->tags().toMap();
    if (m_store.appendRecord(UsageCollection.toString(), usageToJson(usage)) == 0)
        return storeError(request, style);
    record(usage);

    const qint64 created = usage.at.toSecsSinceEpoch();
    const QString id = QString::fromLatin1(shortHash(request.requestId));
    switch (api) {
    case Api::ChatCompletions: {
        const QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, completion.text}};
        const QJsonObject choice{{u"index"_s, 0},
                                 {u"message"_s, message},
                                 {u"finish_reason"_s, completion.truncated ? u"length"_s : u"stop"_s}};
        const QJsonObject usageJson{
            {u"prompt_tokens"_s, usage.inputTokens},
            {u"completion_tokens"_s, usage.outputTokens},
            {u"total_tokens"_s, usage.inputTokens + usage.outputTokens},
            {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, usage.cachedTokens}}}};
        return Wire::json(200,
                          QJsonObject{{u"id"_s, QString(u"chatcmpl-"_s + id)},
                                      {u"object"_s, u"chat.completion"_s},
                                      {u"created"_s, created},
                                      {u"model"_s, modelId},
                                      {u"choices"_s, QJsonArray{choice}},
                                      {u"usage"_s, usageJson}},
                          request.requestId);
    }
    case Api::Responses: {
        const QJsonObject text{{u"type"_s, u"output_text"_s}, {u"text"_s, completion.text},
                               {u"annotations"_s, QJsonArray()}};
        const QJsonObject output{{u"type"_s, u"message"_s},
                                 {u"id"_s, QString(u"msg_"_s + id)},
                                 {u"status"_s, u"completed"_s},
                                 {u"role"_s, u"assistant"_s},
                                 {u"content"_s, QJsonArray{text}}};
        const QJsonObject usageJson{
            {u"input_tokens"_s, usage.inputTokens},
            {u"input_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, usage.cachedTokens}}},
            {u"output_tokens"_s, usage.outputTokens},
            {u"output_tokens_details"_s, QJsonObject{{u"reasoning_tokens"_s, 0}}},
            {u"total_tokens"_s, usage.inputTokens + usage.outputTokens}};
        QJsonObject response{{u"id"_s, QString(u"resp_"_s + id)},
                             {u"object"_s, u"response"_s},
                             {u"created_at"_s, created},
                             {u"status"_s, completion.truncated ? u"incomplete"_s : u"completed"_s},
                             {u"model"_s, modelId},
                             {u"output"_s, QJsonArray{output}},
                             {u"usage"_s, usageJson}};
        response.insert(u"incomplete_details"_s, completion.truncated
                                                     ? QJsonValue(QJsonObject{{u"reason"_s, u"max_output_tokens"_s}})
                                                     : QJsonValue());
        return Wire::json(200, response, request.requestId);
    }
    case Api::Messages: {
        // Anthropic counts input_tokens without the cache reads.
        const QJsonObject usageJson{{u"input_tokens"_s, usage.inputTokens - usage.cachedTokens},
                                    {u"output_tokens"_s, usage.outputTokens},
                                    {u"cache_read_input_tokens"_s, usage.cachedTokens},
                                    {u"cache_creation_input_tokens"_s, 0}};
        return Wire::json(200,
                          QJsonObject{{u"id"_s, QString(u"msg_"_s + id)},
                                      {u"type"_s, u"message"_s},
                                      {u"role"_s, u"assistant"_s},
                                      {u"model"_s, modelId},
                                      {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s},
                                                                            {u"text"_s, completion.text}}}},
                                      {u"stop_reason"_s, completion.truncated ? u"max_tokens"_s : u"end_turn"_s},
                                      {u"stop_sequence"_s, QJsonValue()},
                                      {u"usage"_s, usageJson}},
                          request.requestId);
    }
    }
    return storeError(request, style);
}

} // namespace Spendscope::Sandbox
