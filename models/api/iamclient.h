// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iamtypes.h"

#include "aws/apicall.h"
#include "aws/endpoints.h"

#include <QCoreApplication>

namespace Spendscope {

class UpdatePolicyDocumentJob;

// The IAM operations Spendscope needs to grant and audit access to bedrock-mantle projects:
// customer managed policies and their versions, attachments to users, roles and groups, and the
// principal listings. Every call returns a job that is created but not started; list calls follow
// every page (Marker/IsTruncated) before finishing. Inputs are checked before anything is sent,
// so a bad name or document fails the job with InvalidInput and no request.
//
// The client is a small value (transport pointer and endpoint); jobs do not refer back to it.
class IamClient final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::IamClient)
public:
    static constexpr QStringView ApiVersion = u"2010-05-08";
    // IAM keeps at most five versions of a managed policy.
    static constexpr int MaxPolicyVersions = 5;
    // Managed policy documents may hold 6,144 characters, white space not counted.
    static constexpr qsizetype MaxPolicyDocumentLength = 6144;

    explicit IamClient(AwsTransport *transport, const EndpointConfig &config = EndpointConfig());

    [[nodiscard]] AwsTransport *transport() const { return m_transport; }
    [[nodiscard]] const ServiceEndpoint &endpoint() const { return m_endpoint; }

    // Managed policies
    [[nodiscard]] ApiJob<IamPolicy> *createPolicy(const IamCreatePolicyRequest &request) const;
    [[nodiscard]] ApiJob<IamPolicy> *getPolicy(const QString &policyArn) const;
    [[nodiscard]] ApiJob<QList<IamPolicy>> *listPolicies(const IamListPoliciesRequest &request = {}) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *deletePolicy(const QString &policyArn) const;

    // Policy versions
    [[nodiscard]] ApiJob<IamPolicyVersion> *getPolicyVersion(const QString &policyArn, const QString &versionId) const;
    [[nodiscard]] ApiJob<QList<IamPolicyVersion>> *listPolicyVersions(const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamPolicyVersion> *createPolicyVersion(const QString &policyArn, const QString &document,
                                                                bool setAsDefault) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *deletePolicyVersion(const QString &policyArn,
                                                                  const QString &versionId) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *setDefaultPolicyVersion(const QString &policyArn,
                                                                      const QString &versionId) const;
    // Makes `document` the policy's default version; when the policy already has five versions,
    // first deletes the oldest one that is not the default.
    [[nodiscard]] UpdatePolicyDocumentJob *updatePolicyDocument(const QString &policyArn,
                                                                const QString &document) const;

    // Principals
    [[nodiscard]] ApiJob<QList<IamUser>> *listUsers(const QString &pathPrefix = QString()) const;
    [[nodiscard]] ApiJob<QList<IamRole>> *listRoles(const QString &pathPrefix = QString()) const;
    [[nodiscard]] ApiJob<QList<IamGroup>> *listGroups(const QString &pathPrefix = QString()) const;
    [[nodiscard]] ApiJob<IamRole> *createRole(const IamCreateRoleRequest &request) const;

    // Attachments
    [[nodiscard]] ApiJob<IamAcknowledgement> *attachRolePolicy(const QString &roleName, const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *detachRolePolicy(const QString &roleName, const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *attachUserPolicy(const QString &userName, const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *detachUserPolicy(const QString &userName, const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *attachGroupPolicy(const QString &groupName,
                                                                const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamAcknowledgement> *detachGroupPolicy(const QString &groupName,
                                                                const QString &policyArn) const;
    [[nodiscard]] ApiJob<IamPolicyEntities> *listEntitiesForPolicy(const QString &policyArn) const;
    [[nodiscard]] ApiJob<QList<IamAttachedPolicy>> *listAttachedRolePolicies(const QString &roleName) const;
    [[nodiscard]] ApiJob<QList<IamAttachedPolicy>> *listAttachedUserPolicies(const QString &userName) const;
    [[nodiscard]] ApiJob<QList<IamAttachedPolicy>> *listAttachedGroupPolicies(const QString &groupName) const;

    // Client-side checks after the IAM API's constraints; each returns an InvalidInput error with a
    // translated message, or no error.
    [[nodiscard]] static AwsError validatePolicyName(const QString &name);
    [[nodiscard]] static AwsError validatePolicyPath(const QString &path);
    [[nodiscard]] static AwsError validatePolicyDocument(const QString &document);
    [[nodiscard]] static AwsError validatePolicyArn(const QString &arn);
    [[nodiscard]] static AwsError validateVersionId(const QString &versionId);
    // Users and roles: 1-64 characters, groups 1-128, of [A-Za-z0-9_+=,.@-].
    [[nodiscard]] static AwsError validateUserName(const QString &name);
    [[nodiscard]] static AwsError validateRoleName(const QString &name);
    [[nodiscard]] static AwsError validateGroupName(const QString &name);
    [[nodiscard]] static AwsError validateTags(const QList<IamTag> &tags);

    // IAM returns policy documents URL-encoded (RFC 3986); moto returns some of them plain.
    [[nodiscard]] static QString decodePolicyDocument(const QString &text);

private:
    AwsTransport *m_transport;
    ServiceEndpoint m_endpoint;
};

} // namespace Spendscope
