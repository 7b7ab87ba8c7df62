// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/apicall.h"
#include "aws/endpoints.h"
#include "domain/dataretention.h"
#include "domain/project.h"
#include "domain/tagset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The OpenAI-compatible Projects API of Amazon Bedrock ("bedrock-mantle",
// https://bedrock-mantle.<region>.api.aws/v1/organization/projects): list, create, read, update
// and archive projects. Requests carry the Bedrock API key as a bearer token when the credentials
// have one, and are SigV4-signed for "bedrock-mantle" otherwise.
//
// Every operation returns a job that is not started yet. Input that the service would reject
// (names, tags, ids, retention modes, changes to the default project) fails the job before
// anything is sent. Responses are checked field by field; anything unexpected ends the job with a
// MalformedResponse error instead of a half-filled result.
class MantleProjectsClient final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::MantleProjectsClient)
public:
    struct ListOptions
    {
        // Archived projects are dropped client-side too: the service may list them regardless.
        bool includeArchived = false;
        // Projects per page ("limit", 1–100).
        int pageSize = 100;
    };

    // One UpdateProject call: any of a new name, tags to add or overwrite, tag keys to remove
    // (TagSet::diff() computes both) and a retention mode. Mantle cannot replace all tags at once.
    struct Update
    {
        std::optional<QString> name;
        TagSet addTags;
        QStringList removeTagKeys;
        std::optional<DataRetention::Mode> dataRetention;

        [[nodiscard]] bool isEmpty() const;
    };

    static constexpr int MaxPageSize = 100;
    // An account holds at most 1000 projects, so even one project per page ends well before this;
    // more pages means the service is looping.
    static constexpr int MaxPages = 2000;

    MantleProjectsClient(AwsTransport *transport, const EndpointConfig &config);
    MantleProjectsClient(AwsTransport *transport, ServiceEndpoint endpoint);

    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }

    // GET /v1/organization/projects, following has_more/last_id through every page.
    [[nodiscard]] ApiJob<QList<Project>> *listProjects(const ListOptions &options) const;
    [[nodiscard]] ApiJob<QList<Project>> *listProjects() const; // active projects, 100 a page
    // POST /v1/organization/projects. Tags are only sent when there are some, because sending
    // them needs the extra bedrock-mantle:TagResource permission.
    [[nodiscard]] ApiJob<Project> *createProject(const QString &name, const TagSet &tags = {},
                                                 std::optional<DataRetention::Mode> dataRetention = std::nullopt) const;
    // GET /v1/organization/projects/{id}
    [[nodiscard]] ApiJob<Project> *getProject(const QString &id) const;
    // POST /v1/organization/projects/{id}
    [[nodiscard]] ApiJob<Project> *updateProject(const QString &id, const Update &update) const;
    // POST /v1/organization/projects/{id}/archive; terminal, there is no unarchive.
    [[nodiscard]] ApiJob<Project> *archiveProject(const QString &id) const;

    // Client-side checks, exposed so that dialogs can show the same messages before submitting.
    [[nodiscard]] static QStringList validateCreate(const QString &name, const TagSet &tags);
    [[nodiscard]] static QStringList validateUpdate(const QString &id, const Update &update);
    [[nodiscard]] static QStringList validateArchive(const QString &id);

private:
    [[nodiscard]] ServiceRequest makeRequest(const QString &operation, const QByteArray &method,
                                             const QByteArray &path, const QByteArray &body) const;
    [[nodiscard]] ApiJob<Project> *projectJob(const QString &operation, const QByteArray &method, const QString &id,
                                              const QByteArray &pathSuffix, const QByteArray &body,
                                              const QStringList &problems) const;

    AwsTransport *m_transport;
    ServiceEndpoint m_endpoint;
};

} // namespace Spendscope
