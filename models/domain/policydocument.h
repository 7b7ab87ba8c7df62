// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policystatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// An IAM identity-based policy document (the JSON that managed and inline policies hold).
// fromJson() accepts what IAM accepts for identity policies: Version, Id and Statement (one object
// or a list); each statement with Sid, Effect, Action or NotAction, Resource or NotResource and
// Condition, where single values may be written as a string or a list. Anything else is rejected
// with the path of the offending element and a translated reason, so the editor can point at it.
//
// toJson() writes one canonical form: two-space indentation, keys in the order IAM's own examples
// use (Version, Id, Statement; Sid, Effect, Action, Resource, Condition), Statement always a list,
// one-element lists as plain strings, conditions sorted by operator and key. Parsing the output
// gives an equal document, and writing that again gives the same bytes.
class PolicyDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyDocument)
public:
    static constexpr QStringView CurrentVersion = u"2012-10-17";
    // The only other version IAM knows; it disables policy variables.
    static constexpr QStringView LegacyVersion = u"2008-10-17";

    struct ParseError
    {
        QString path;   // e.g. "Statement[1].Condition.StringEquals"; empty for the whole document
        QString reason; // translated
        // "path: reason", or just the reason for the whole document.
        [[nodiscard]] QString message() const;
    };

    PolicyDocument() = default;
    explicit PolicyDocument(QList<PolicyStatement> statements);

    [[nodiscard]] static std::optional<PolicyDocument> fromJson(const QByteArray &json, ParseError *error = nullptr);
    [[nodiscard]] static std::optional<PolicyDocument> fromJson(const QString &json, ParseError *error = nullptr);
    [[nodiscard]] QByteArray toJson() const;
    // Characters IAM counts against a policy's size limit: the canonical form without any white
    // space (IAM does not count it, as IamClient::validatePolicyDocument does not).
    [[nodiscard]] qsizetype sizeWithoutWhiteSpace() const;

    // Empty when the document had no Version element (IAM then applies 2008-10-17).
    [[nodiscard]] const QString &version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    [[nodiscard]] const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }

    [[nodiscard]] const QList<PolicyStatement> &statements() const { return m_statements; }
    [[nodiscard]] QList<PolicyStatement> &statements() { return m_statements; }
    void setStatements(const QList<PolicyStatement> &statements) { m_statements = statements; }
    void appendStatement(const PolicyStatement &statement) { m_statements.append(statement); }

    // A translated reason why `sid` is not a valid statement id (IAM takes ASCII letters and
    // digits in identity policies); empty when valid. An empty Sid is allowed.
    [[nodiscard]] static QString validateSid(const QString &sid);
    [[nodiscard]] static QString effectName(PolicyStatement::Effect effect); // "Allow", "Deny"

    friend bool operator==(const PolicyDocument &, const PolicyDocument &) = default;

private:
    QString m_version = CurrentVersion.toString();
    QString m_id;
    QList<PolicyStatement> m_statements;
};

} // namespace Spendscope
