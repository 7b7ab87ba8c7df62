// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// What the reader found; every failure is described for the user.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Project)
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    {
    }

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }

    // The first problem wins; later ones are usually consequences.
    void fail(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
    }

    QString requiredString(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            fail(tr("The field “%1” is missing.").arg(field));
            return {};
        }
        if (!v.isString()) {
            fail(tr("The field “%1” is not a string.").arg(field));
            return {};
        }
        return v.toString();
    }

    QString optionalString(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(tr("The field “%1” is not a string.").arg(field));
            return {};
        }
        return v.toString();
    }

    // Unix seconds as the API sends them: a JSON number holding a whole, non-negative count of
    // seconds no later than 9999. A string, a fraction, a negative or an absurd value is corrupt.
    QDateTime timestamp(const QString &field, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(tr("The field “%1” is missing.").arg(field));
            return {};
        }
        if (!v.isDouble()) {
            fail(tr("The field “%1” is not a number of seconds.").arg(field));
            return {};
        }
        const double seconds = v.toDouble();
        if (!std::isfinite(seconds) || seconds != std::floor(seconds) || seconds < 0
            || seconds > static_cast<double>(Project::MaxUnixSeconds)) {
            fail(tr("The field “%1” holds %2, which is not a valid time.").arg(field, QString::number(seconds, 'g', 15)));
            return {};
        }
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
    }

    TagSet tags()
    {
        const QJsonValue v = m_object.value(u"tags"_s);
        TagSet tags;
        // "tags" is documented as returned in all responses, but an absent map means no tags.
        if (v.isUndefined() || v.isNull())
            return tags;
        if (!v.isObject()) {
            fail(tr("The field “tags” is not an object."));
            return tags;
        }
        const QJsonObject map = v.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString()) {
                fail(tr("The value of tag “%1” is not a string.").arg(it.key()));
                return {};
            }
            tags.insert(it.key(), it.value().toString());
        }
        return tags;
    }

    std::optional<DataRetention::Mode> dataRetention()
    {
        const QJsonValue v = m_object.value(u"data_retention"_s);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(tr("The field “data_retention” is not an object."));
            return std::nullopt;
        }
        const QJsonValue mode = v.toObject().value(u"mode"_s);
        if (!mode.isString()) {
            fail(tr("The field “data_retention.mode” is missing or not a string."));
            return std::nullopt;
        }
        const auto parsed = DataRetention::fromWireName(mode.toString());
        if (!parsed)
            fail(tr("The data retention mode “%1” is unknown.").arg(mode.toString()));
        return parsed;
    }

private:
    QJsonObject m_object;
    QString m_error;
};

} // namespace

QString Project::defaultId()
{
    return u"default"_s;
}

QString Project::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::Archived:
        return u"archived"_s;
    }
    return {};
}

QString Project::validateId(const QString &id)
{
    if (id.isEmpty())
        return tr("A project id must not be empty.");
    if (id == defaultId())
        return {};
    // Ids go into the request path, so anything but the documented shape is refused rather
    // than escaped: "proj_" followed by lower-case letters and digits.
    const QStringView prefix = u"proj_";
    const bool shaped = id.size() > prefix.size() && id.size() <= MaxIdLength && id.startsWith(prefix)
        && std::all_of(id.cbegin() + prefix.size(), id.cend(), isIdCharacter);
    if (!shaped)
        return tr("“%1” is not a project id; ids are “default” or “proj_” followed by lower-case letters and digits.")
            .arg(id.left(MaxIdLength));
    return {};
}

std::optional<Project> Project::fromJson(const QJsonValue &json, QString *error)
{
    auto failWith = [error](const QString &reason) -> std::optional<Project> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!json.isObject())
        return failWith(tr("A project is not a JSON object."));
    const QJsonObject object = json.toObject();
    Reader reader(object);

    // "object" tells what was sent; anything else than a project means we asked the wrong route.
    if (const QString kind = reader.optionalString(u"object"_s); !kind.isEmpty() && kind != u"organization.project")
        reader.fail(tr("Expected a project but got an object of type “%1”.").arg(kind));

    Project project;
    project.m_id = reader.requiredString(u"id"_s);
    if (!reader.failed() && project.m_id.isEmpty())
        reader.fail(tr("The project id is empty."));
    project.m_name = reader.requiredString(u"name"_s);
    project.m_arn = reader.optionalString(u"arn"_s);
    const QString status = reader.requiredString(u"status"_s);
    if (status == u"active")
        project.m_status = Status::Active;
    else if (status == u"archived")
        project.m_status = Status::Archived;
    else if (!reader.failed())
        reader.fail(tr("The project status “%1” is unknown.").arg(status));
    project.m_createdAt = reader.timestamp(u"created_at"_s, true);
    project.m_archivedAt = reader.timestamp(u"archived_at"_s, false);
    project.m_tags = reader.tags();
    project.m_dataRetention = reader.dataRetention();

    if (reader.failed()) {
        if (project.m_id.isEmpty())
            return failWith(reader.error());
        //: %1 is a project id, %2 the reason
        return failWith(tr("Project “%1”: %2").arg(project.m_id.left(MaxIdLength), reader.error()));
    }
    return project;
}

} // namespace Spendscope
