// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deterministicmodel.h"
#include "promptcache.h"
#include "servicehandler.h"

#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace Spendscope {
class PriceCatalog;
struct ModelPrice;
}

namespace Spendscope::Sandbox {

class Ledger;
class SandboxStore;
struct Organisation;

// bedrock-mantle (REST JSON, OpenAI style): the Projects API, /v1/models, /v1/data_retention and
// inference on /v1/chat/completions, /v1/responses (also under /openai/v1 for the models served
// there) and /anthropic/v1/messages.
//
// Projects follow the documented rules (mantle-projects-api.md §3, §11): the "default" project
// always exists, is listed first and cannot be archived, renamed or tagged; archiving is terminal
// and idempotent; updates upsert tags with add_tags and delete them with remove_tag_keys, and a
// full replacement ("tags" on update) is refused; names follow ProjectNameRules, tags TagSet's
// rules; at most 1000 projects; archived projects cannot be updated (409 conflict_error).
//
// Inference answers with DeterministicModel's completion and records the usage in the ledger
// under the OpenAI-Project (anthropic-workspace) header's project, with that project's tags at
// request time, priced from the catalog. Repeated prompt prefixes are cache reads for models that
// have a cache-read price. Projects and usage are persisted in the SandboxStore, so both survive
// a restart.
class MantleHandler final : public ServiceHandler
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Sandbox::MantleHandler)
public:
    static constexpr int MaxProjects = 1000;
    static constexpr int DefaultPageSize = 20;
    static constexpr int MaxPageSize = 100;
    static constexpr int ProjectIdLength = 20; // characters after "proj_"
    // Requests larger than this are refused before parsing (the real service's limit is larger,
    // but no sandbox use needs more).
    static constexpr qsizetype MaxBodySize = 8 * 1024 * 1024;

    // Store collections and values used by the handler.
    static constexpr QStringView ProjectsCollection = u"mantle.projects";
    static constexpr QStringView UsageCollection = u"mantle.usage";
    static constexpr QStringView ProjectCounterKey = u"mantle.project_counter";
    static constexpr QStringView DataRetentionKey = u"mantle.data_retention";

    struct Account
    {
        QString accountId; // 12 digits
        QString region = QStringLiteral("us-east-1");
        quint64 seed = 0;    // project ids are derived from it
        QDateTime createdAt; // the default project's created_at in a new account
    };

    // One inference request's billing, as recorded.
    struct Usage
    {
        QDateTime at;
        QString projectId;
        QString model;
        qint64 inputTokens = 0;  // all prompt tokens, cached ones included (OpenAI's convention)
        qint64 cachedTokens = 0; // of inputTokens, read from the prompt cache
        qint64 outputTokens = 0;
        QMap<QString, QString> tags; // the project's tags when the request was made
    };

    MantleHandler(SandboxStore &store, Ledger &ledger, const PriceCatalog &catalog, Account account);
    ~MantleHandler() override;
    Q_DISABLE_COPY_MOVE(MantleHandler)

    // Reads the projects from the store and replays recorded usage into the ledger. A store with
    // no projects is seeded first: from `initial` (the generated organisation) when given, else
    // with the default project only. Returns false with a translated reason on a store error.
    bool load(const Organisation *initial, QString *error);

    [[nodiscard]] QString service() const override { return QStringLiteral("bedrock-mantle"); }
    [[nodiscard]] WireProtocol protocol() const override { return WireProtocol::RestJson; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override;

    [[nodiscard]] const QList<Project> &projects() const { return m_projects; } // default first
    [[nodiscard]] const Project *findProject(const QString &id) const;
    [[nodiscard]] QString projectArn(const QString &id) const;
    // Called for every usage recorded in the ledger, replayed usage included (e.g. so that the
    // account learns the tag keys that appear on usage).
    void setUsageObserver(std::function<void(const Usage &)> observer) { m_usageObserver = std::move(observer); }

    // Every inference's usage as persisted, oldest first.
    [[nodiscard]] QList<Usage> recordedUsage() const;

    // The project wire object (snake_case, Unix seconds).
    [[nodiscard]] QJsonObject projectToJson(const Project &project) const;

private:
    enum class ErrorStyle {
        OpenAi,    // {"error":{"message","type","code","param"}}
        Anthropic, // {"type":"error","error":{"type","message"}}
    };

    // Projects API
    HttpResponse listProjects(const SandboxRequest &request);
    HttpResponse createProject(const SandboxRequest &request, const QJsonObject &body);
    HttpResponse getProject(const SandboxRequest &request, const QString &id);
    HttpResponse updateProject(const SandboxRequest &request, const QString &id, const QJsonObject &body);
    HttpResponse archiveProject(const SandboxRequest &request, const QString &id);
    // Models and account settings
    HttpResponse listModels(const SandboxRequest &request, const QString &route);
    HttpResponse getModel(const SandboxRequest &request, const QString &route, const QString &id);
    HttpResponse getDataRetention(const SandboxRequest &request);
    HttpResponse putDataRetention(const SandboxRequest &request, const QJsonObject &body);
    // Inference
    enum class Api {
        ChatCompletions,
        Responses,
        Messages,
    };
    HttpResponse infer(const SandboxRequest &request, Api api, const QString &route, const QJsonObject &body);

    [[nodiscard]] HttpResponse error(const SandboxRequest &request, int status, const QString &type,
                                     const QString &message, const QString &param = QString(),
                                     const QString &code = QString(),
                                     ErrorStyle style = ErrorStyle::OpenAi) const;
    [[nodiscard]] HttpResponse storeError(const SandboxRequest &request, ErrorStyle style = ErrorStyle::OpenAi) const;
    [[nodiscard]] HttpResponse projectNotFound(const SandboxRequest &request, const QString &id,
                                               ErrorStyle style = ErrorStyle::OpenAi) const;
    [[nodiscard]] QJsonObject modelToJson(const ModelPrice &model) const;
    [[nodiscard]] QString accountRetentionMode() const;

    [[nodiscard]] QString nextProjectId();
    bool saveProject(const Project &project);
    void putProject(const Project &project); // in memory, keeping the order
    void record(const Usage &usage);         // into the ledger
    [[nodiscard]] static std::optional<Usage> usageFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject usageToJson(const Usage &usage);

    SandboxStore &m_store;
    Ledger &m_ledger;
    const PriceCatalog &m_catalog;
    Account m_account;
    QList<Project> m_projects;
    QHash<QString, qsizetype> m_indexById;
    PromptCache m_promptCache;
    std::function<void(const Usage &)> m_usageObserver;
};

} // namespace Spendscope::Sandbox
