// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servicehandler.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope::Sandbox {

class SandboxStore;
struct Organisation;

// IAM (Query protocol, version 2010-05-08) for the sandbox account: customer managed policies
// and their versions (at most five), a few AWS managed policies, users, roles and groups, managed
// policy attachments and ListEntitiesForPolicy. Inputs are validated as IAM does (ValidationError
// for model constraints, MalformedPolicyDocument for documents IAM's parser refuses,
// LimitExceeded for quotas) and every change is kept in the SandboxStore.
//
// Names of policies, users, roles and groups are unique within the account regardless of case,
// as in IAM; policy documents are kept as given and returned URL-encoded (RFC 3986), as IAM
// returns them.
class IamHandler final : public ServiceHandler
{
public:
    static constexpr QStringView ApiVersion = u"2010-05-08";
    static constexpr QStringView XmlNamespace = u"https://iam.amazonaws.com/doc/2010-05-08/";
    // Store collections and values.
    static constexpr QStringView PoliciesCollection = u"iam.policies";
    static constexpr QStringView UsersCollection = u"iam.users";
    static constexpr QStringView RolesCollection = u"iam.roles";
    static constexpr QStringView GroupsCollection = u"iam.groups";
    static constexpr QStringView SeededKey = u"iam.seeded";
    static constexpr QStringView SequenceKey = u"iam.sequence";
    // IAM quotas (IAM and STS quotas page, default values).
    static constexpr int MaxPolicyVersions = 5;
    static constexpr qsizetype MaxManagedPolicySize = 6144; // characters, white space not counted
    static constexpr qsizetype MaxTrustPolicySize = 2048;
    static constexpr int MaxAttachedPolicies = 10; // per user, role or group
    static constexpr int DefaultMaxItems = 100;

    struct Account
    {
        QString accountId; // 12 digits
        QString userName;  // the caller (GetUser without UserName); created when seeding
    };

    IamHandler(SandboxStore &store, Account account);

    // Reads the state from the store. A store that never held IAM state is seeded first: the
    // caller's user, a FinOps group and one role per team of `initial` (a fixed pair of roles
    // without it), with the AWS managed Mantle policies attached. Returns false with a reason on a
    // store error.
    bool load(const Organisation *initial, const QDateTime &now, QString *error);

    [[nodiscard]] QString service() const override { return QStringLiteral("iam"); }
    [[nodiscard]] WireProtocol protocol() const override { return WireProtocol::Query; }
    [[nodiscard]] HttpResponse handle(const SandboxRequest &request) override;

    // The ARN of an AWS managed policy the sandbox offers, e.g. AmazonBedrockMantleReadOnly.
    [[nodiscard]] static QString awsManagedPolicyArn(const QString &name);
    [[nodiscard]] QStringList roleNames() const;

    // The request's parameters (form body and query string), decoded.
    using Parameters = QHash<QString, QString>;

    // An error in the protocol's words.
    struct Error
    {
        int status = 400;
        QString code;
        QString message;
    };

private:
    enum class Kind {
        User,
        Role,
        Group,
    };

    struct Tag
    {
        QString key;
        QString value;
    };

    struct Version
    {
        QString id; // "v3"
        QString document;
        QDateTime created;
    };

    struct Policy
    {
        QString name;
        QString id;
        QString path = QStringLiteral("/");
        QString description;
        QDateTime created;
        QDateTime updated;
        bool awsManaged = false;
        QString defaultVersion = QStringLiteral("v1");
        int nextVersion = 2;
        QList<Version> versions; // oldest first
        QList<Tag> tags;
    };

    struct Principal
    {
        Kind kind = Kind::User;
        QString name;
        QString id;
        QString path = QStringLiteral("/");
        QDateTime created;
        QList<Tag> tags;
        QStringList attached; // policy ARNs, in attachment order
        // Roles only
        QString trustPolicy;
        QString description;
        int maxSessionDuration = 3600;
    };

    using Handler = HttpResponse (IamHandler::*)(const Parameters &, const SandboxRequest &);
    [[nodiscard]] static const QHash<QString, Handler> &operations();

    // Policies
    HttpResponse createPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse getPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse listPolicies(const Parameters &p, const SandboxRequest &request);
    HttpResponse deletePolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse getPolicyVersion(const Parameters &p, const SandboxRequest &request);
    HttpResponse listPolicyVersions(const Parameters &p, const SandboxRequest &request);
    HttpResponse createPolicyVersion(const Parameters &p, const SandboxRequest &request);
    HttpResponse deletePolicyVersion(const Parameters &p, const SandboxRequest &request);
    HttpResponse setDefaultPolicyVersion(const Parameters &p, const SandboxRequest &request);
    // Principals
    HttpResponse createUser(const Parameters &p, const SandboxRequest &request);
    HttpResponse getUser(const Parameters &p, const SandboxRequest &request);
    HttpResponse listUsers(const Parameters &p, const SandboxRequest &request);
    HttpResponse createRole(const Parameters &p, const SandboxRequest &request);
    HttpResponse getRole(const Parameters &p, const SandboxRequest &request);
    HttpResponse listRoles(const Parameters &p, const SandboxRequest &request);
    HttpResponse createGroup(const Parameters &p, const SandboxRequest &request);
    HttpResponse listGroups(const Parameters &p, const SandboxRequest &request);
    // Attachments
    HttpResponse attachUserPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse attachRolePolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse attachGroupPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse detachUserPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse detachRolePolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse detachGroupPolicy(const Parameters &p, const SandboxRequest &request);
    HttpResponse listAttachedUserPolicies(const Parameters &p, const SandboxRequest &request);
    HttpResponse listAttachedRolePolicies(const Parameters &p, const SandboxRequest &request);
    HttpResponse listAttachedGroupPolicies(const Parameters &p, const SandboxRequest &request);
    HttpResponse listEntitiesForPolicy(const Parameters &p, const SandboxRequest &request);

    HttpResponse createPrincipal(Kind kind, const Parameters &p, const SandboxRequest &request);
    HttpResponse getPrincipal(Kind kind, const Parameters &p, const SandboxRequest &request);
    HttpResponse listPrincipals(Kind kind, const Parameters &p, const SandboxRequest &request);
    HttpResponse attach(Kind kind, const Parameters &p, const SandboxRequest &request);
    HttpResponse detach(Kind kind, const Parameters &p, const SandboxRequest &request);
    HttpResponse listAttached(Kind kind, const Parameters &p, const SandboxRequest &request);

    // Lookups; each sets *error (NoSuchEntity, InvalidInput, ValidationError) when it fails.
    [[nodiscard]] Policy *findPolicy(const Parameters &p, Error *error, bool attachable = false);
    [[nodiscard]] Principal *findPrincipal(Kind kind, const QString &name, Error *error);
    [[nodiscard]] QString policyArn(const Policy &policy) const;
    [[nodiscard]] QString principalArn(const Principal &principal) const;
    [[nodiscard]] int attachmentCount(const QString &policyArn) const;
    [[nodiscard]] QString newId(QStringView prefix, const QString &name);

    // XML
    [[nodiscard]] QByteArray policyXml(const Policy &policy, bool withDescriptionAndTags) const;
    [[nodiscard]] QByteArray principalXml(const Principal &principal, bool full) const;
    [[nodiscard]] static QByteArray versionXml(const Version &version, bool isDefault, bool withDocument);

    // Persistence
    bool savePolicy(const Policy &policy);
    bool savePrincipal(const Principal &principal);
    void seed(const Organisation *initial, const QDateTime &now);
    [[nodiscard]] static QString collectionOf(Kind kind);
    [[nodiscard]] QMap<QString, Principal> &principals(Kind kind);
    [[nodiscard]] const QMap<QString, Principal> &principals(Kind kind) const;

    [[nodiscard]] HttpResponse fail(const SandboxRequest &request, const Error &error) const;
    [[nodiscard]] HttpResponse ok(const SandboxRequest &request, const QString &action, const QByteArray &result) const;
    [[nodiscard]] HttpResponse storeFailure(const SandboxRequest &request) const;

    SandboxStore &m_store;
    Account m_account;
    QMap<QString, Policy> m_policies; // by ARN: AWS managed ones built in, customer managed from the store
    QMap<QString, Principal> m_users;  // by lower-case name
    QMap<QString, Principal> m_roles;
    QMap<QString, Principal> m_groups;
    quint64 m_sequence = 0;
};

} // namespace Spendscope::Sandbox
