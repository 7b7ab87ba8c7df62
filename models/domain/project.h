// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataretention.h"
#include "tagset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QJsonValue;

namespace Spendscope {

// A Mantle ("bedrock-mantle") project: the unit that inference requests are billed to, through the
// project's tags. Every account has the "default" project, which cannot be archived, renamed or
// tagged. Archiving is terminal: there is no delete and no unarchive.
class Project final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Project)
public:
    enum class Status {
        Active,
        Archived,
    };

    // The longest id we accept; the agent-runtime API documents 128 (observed ids have 25).
    static constexpr int MaxIdLength = 128;
    // Unix seconds of 9999-12-31T23:59:59Z; later timestamps are treated as corrupt.
    static constexpr qint64 MaxUnixSeconds = 253'402'300'799;

    Project() = default;

    [[nodiscard]] static QString defaultId();
    // A translated description of what is wrong with `id`; empty for "default" and proj_[a-z0-9]+.
    [[nodiscard]] static QString validateId(const QString &id);
    [[nodiscard]] static bool isValidId(const QString &id) { return validateId(id).isEmpty(); }

    // Reads the project object of the OpenAI-compatible API (snake_case, Unix seconds, tags as a
    // map). Returns nullopt and a translated reason in `error` for anything it cannot trust:
    // missing or mistyped fields, unknown status or retention strings, timestamps that are not
    // whole, non-negative seconds before the year 10000.
    [[nodiscard]] static std::optional<Project> fromJson(const QJsonValue &json, QString *error = nullptr);

    [[nodiscard]] const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    [[nodiscard]] const QString &arn() const { return m_arn; }
    void setArn(const QString &arn) { m_arn = arn; }
    [[nodiscard]] Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }
    [[nodiscard]] bool isArchived() const { return m_status == Status::Archived; }
    // UTC; invalid when unknown.
    [[nodiscard]] const QDateTime &createdAt() const { return m_createdAt; }
    void setCreatedAt(const QDateTime &at) { m_createdAt = at; }
    // UTC; invalid while the project is active.
    [[nodiscard]] const QDateTime &archivedAt() const { return m_archivedAt; }
    void setArchivedAt(const QDateTime &at) { m_archivedAt = at; }
    [[nodiscard]] const TagSet &tags() const { return m_tags; }
    void setTags(const TagSet &tags) { m_tags = tags; }
    // Absent on responses from before the field existed.
    [[nodiscard]] std::optional<DataRetention::Mode> dataRetention() const { return m_dataRetention; }
    void setDataRetention(std::optional<DataRetention::Mode> mode) { m_dataRetention = mode; }

    [[nodiscard]] bool isDefault() const { return m_id == defaultId(); }

    [[nodiscard]] static QString statusName(Status status); // "active", "archived"

    friend bool operator==(const Project &a, const Project &b) = default;

private:
    QString m_id;
    QString m_name;
    QString m_arn;
    Status m_status = Status::Active;
    QDateTime m_createdAt;
    QDateTime m_archivedAt;
    TagSet m_tags;
    std::optional<DataRetention::Mode> m_dataRetention;
};

} // namespace Spendscope
