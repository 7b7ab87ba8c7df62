// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Typed requests and results of the IAM operations Spendscope uses (shapes after the IAM API
// reference, 2010-05-08). Absent optional fields stay empty, 0 or false.
namespace Spendscope {

struct IamTag
{
    QString key;
    QString value;

    friend bool operator==(const IamTag &, const IamTag &) = default;
};

struct IamPolicy
{
    QString name;
    QString id;
    QString arn;
    QString path;
    QString defaultVersionId;
    qint64 attachmentCount = 0;
    qint64 permissionsBoundaryUsageCount = 0;
    bool isAttachable = false;
    QString description; // only GetPolicy and CreatePolicy return it
    QDateTime createDate;
    QDateTime updateDate;
    QList<IamTag> tags;
};

struct IamPolicyVersion
{
    QString versionId;
    // The JSON policy document, already URL-decoded; ListPolicyVersions leaves it empty.
    QString document;
    bool isDefaultVersion = false;
    QDateTime createDate;
};

struct IamUser
{
    QString path;
    QString name;
    QString id;
    QString arn;
    QDateTime createDate;
    QDateTime passwordLastUsed;
    QList<IamTag> tags;
};

struct IamRole
{
    QString path;
    QString name;
    QString id;
    QString arn;
    QDateTime createDate;
    QString assumeRolePolicyDocument; // URL-decoded JSON
    QString description;
    qint64 maxSessionDuration = 0;    // seconds
    QList<IamTag> tags;
};

struct IamGroup
{
    QString path;
    QString name;
    QString id;
    QString arn;
    QDateTime createDate;
};

struct IamAttachedPolicy
{
    QString name;
    QString arn;
};

// A user, role or group a policy is attached to, as ListEntitiesForPolicy names it.
struct IamPolicyEntity
{
    QString name;
    QString id;
};

struct IamPolicyEntities
{
    QList<IamPolicyEntity> groups;
    QList<IamPolicyEntity> users;
    QList<IamPolicyEntity> roles;
};

enum class IamPolicyScope {
    All,
    Aws,   // AWS managed policies
    Local, // customer managed policies
};

struct IamListPoliciesRequest
{
    IamPolicyScope scope = IamPolicyScope::All;
    bool onlyAttached = false;
    QString pathPrefix; // e.g. "/spendscope/"; empty for all paths
};

struct IamCreatePolicyRequest
{
    QString name;
    QString path;        // empty for "/"
    QString description;
    QString document;    // JSON
    QList<IamTag> tags;
};

struct IamCreateRoleRequest
{
    QString name;
    QString path;                     // empty for "/"
    QString assumeRolePolicyDocument; // JSON trust policy
    QString description;
    std::optional<int> maxSessionDuration; // seconds, 3600 to 43200
    QList<IamTag> tags;
};

// The answer to an operation that returns nothing but the request id.
struct IamAcknowledgement
{
    QString requestId;
};

// What updatePolicyDocument() did: the new default version and the version it deleted to make
// room (empty when fewer than five versions existed).
struct IamPolicyDocumentUpdate
{
    IamPolicyVersion createdVersion;
    QString deletedVersionId;
};

} // namespace Spendscope
