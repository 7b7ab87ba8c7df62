// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedocuments.h"

#include "api/budgetsclient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

std::nullopt_t fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QJsonDocument CacheDocuments::fromProjects(const QList<Project> &projects)
{
    QJsonArray array;
    for (const Project &project : projects) {
        QJsonObject tags;
        for (auto it = project.tags().begin(); it != project.tags().end(); ++it)
            tags.insert(it.key(), it.value());
        array.append(QJsonObject{{u"id"_s, project.id()},
                                 {u"name"_s, project.name()},
                                 {u"arn"_s, project.arn()},
                                 {u"status"_s, Project::statusName(project.status())},
                                 {u"tags"_s, tags}});
    }
    return QJsonDocument(array);
}

std::optional<QList<Project>> CacheDocuments::projects(const QJsonDocument &document, QString *error)
{
    if (!document.isArray())
        return fail(error, tr("The stored projects are not a list."));
    QList<Project> result;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(u"id"_s).toString();
        const QString status = o.value(u"status"_s).toString();
        if (id.isEmpty() || !o.value(u"name"_s).isString() || (status != u"active"_s && status != u"archived"_s)
            || !o.value(u"tags"_s).isObject()) {
            return fail(error, tr("A stored project is incomplete."));
        }
        Project project;
        project.setId(id);
        project.setName(o.value(u"name"_s).toString());
        project.setArn(o.value(u"arn"_s).toString());
        project.setStatus(status == u"active"_s ? Project::Status::Active : Project::Status::Archived);
        TagSet tags;
        const QJsonObject tagObject = o.value(u"tags"_s).toObject();
        for (auto it = tagObject.begin(); it != tagObject.end(); ++it) {
            if (!it.value().isString())
                return fail(error, tr("A stored project tag is not text."));
            tags.insert(it.key(), it.value().toString());
        }
        project.setTags(tags);
        result.append(project);
    }
    return result;
}

QJsonDocument CacheDocuments::fromTags(const QList<CostAllocationTag> &tags)
{
    QJsonArray array;
    for (const CostAllocationTag &tag : tags) {
        array.append(QJsonObject{
            {u"key"_s, tag.tagKey},
            {u"type"_s, tag.type == CostAllocationTagType::AwsGenerated ? u"AWSGenerated"_s : u"UserDefined"_s},
            {u"status"_s, tag.status == CostAllocationTagStatus::Active ? u"Active"_s : u"Inactive"_s},
            {u"lastUpdated"_s, timeText(tag.lastUpdatedDate)},
            {u"lastUsed"_s, timeText(tag.lastUsedDate)}});
    }
    return QJsonDocument(array);
}

std::optional<QList<CostAllocationTag>> CacheDocuments::tags(const QJsonDocument &document, QString *error)
{
    if (!document.isArray())
        return fail(error, tr("The stored cost allocation tags are not a list."));
    QList<CostAllocationTag> result;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        const QString status = o.value(u"status"_s).toString();
        const QString type = o.value(u"type"_s).toString();
        if (o.value(u"key"_s).toString().isEmpty() || (status != u"Active"_s && status != u"Inactive"_s)
            || (type != u"AWSGenerated"_s && type != u"UserDefined"_s)) {
            return fail(error, tr("A stored cost allocation tag is incomplete."));
        }
        CostAllocationTag tag;
        tag.tagKey = o.value(u"key"_s).toString();
        tag.type = type == u"AWSGenerated"_s ? CostAllocationTagType::AwsGenerated : CostAllocationTagType::UserDefined;
        tag.status = status == u"Active"_s ? CostAllocationTagStatus::Active : CostAllocationTagStatus::Inactive;
        tag.lastUpdatedDate = timeFrom(o.value(u"lastUpdated"_s));
        tag.lastUsedDate = timeFrom(o.value(u"lastUsed"_s));
        result.append(tag);
    }
    return result;
}

QJsonDocument CacheDocuments::fromBudgets(const QList<Budget> &budgets)
{
    QJsonArray array;
    for (const Budget &budget : budgets)
        array.append(BudgetsClient::toDescribedJson(budget));
    return QJsonDocument(array);
}

std::optional<QList<Budget>> CacheDocuments::budgets(const QJsonDocument &document, QString *error)
{
    if (!document.isArray())
        return fail(error, tr("The stored budgets are not a list."));
    QList<Budget> result;
    for (const QJsonValue &value : document.array()) {
        QString problem;
        std::optional<Budget> budget = BudgetsClient::budgetFromJson(value.toObject(), &problem);
        if (!budget)
            return fail(error, tr("A stored budget is damaged: %1").arg(problem));
        result.append(std::move(*budget));
    }
    return result;
}

QJsonDocument CacheDocuments::fromServices(const QStringList &services)
{
    return QJsonDocument(QJsonArray::fromStringList(services));
}

std::optional<QStringList> CacheDocuments::services(const QJsonDocument &document, QString *error)
{
    if (!document.isArray())
        return fail(error, tr("The stored service names are not a list."));
    QStringList result;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return fail(error, tr("A stored service name is not text."));
        result.append(value.toString());
    }
    return result;
}

} // namespace Spendscope
