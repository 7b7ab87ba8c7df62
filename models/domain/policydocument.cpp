// SPDX-License-Identifier: GPL-3.0-or-later
#include "policydocument.h"

#include "conditionoperator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Parses one document; the first problem found is the one reported.
class Parser final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::PolicyDocument)
public:
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const PolicyDocument::ParseError &error() const { return m_error; }

    void fail(const QString &path, const QString &reason)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = {path, reason};
    }

    std::optional<PolicyDocument> document(const QJsonObject &root)
    {
        PolicyDocument doc;
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.key() != u"Version" && it.key() != u"Id" && it.key() != u"Statement")
                fail(it.key(), tr("“%1” is not an element of a policy document.").arg(it.key()));
        }
        const QJsonValue version = root.value(u"Version"_s);
        if (version.isUndefined()) {
            doc.setVersion({});
        } else if (!version.isString()) {
            fail(u"Version"_s, tr("The version must be a string."));
        } else if (version.toString() != PolicyDocument::CurrentVersion
                   && version.toString() != PolicyDocument::LegacyVersion) {
            fail(u"Version"_s, tr("The version “%1” is unknown; IAM knows %2 and %3.")
                                   .arg(version.toString(), PolicyDocument::CurrentVersion.toString(),
                                        PolicyDocument::LegacyVersion.toString()));
        } else {
            doc.setVersion(version.toString());
        }
        const QJsonValue id = root.value(u"Id"_s);
        if (!id.isUndefined()) {
            if (id.isString())
                doc.setId(id.toString());
            else
                fail(u"Id"_s, tr("The policy id must be a string."));
        }

        const QJsonValue statements = root.value(u"Statement"_s);
        if (statements.isUndefined()) {
            fail(QString(), tr("The policy has no Statement element."));
        } else if (statements.isObject()) {
            doc.appendStatement(statement(statements.toObject(), u"Statement"_s));
        } else if (statements.isArray()) {
            const QJsonArray list = statements.toArray();
            if (list.isEmpty())
                fail(u"Statement"_s, tr("The policy has no statements."));
            for (qsizetype i = 0; i < list.size() && !m_failed; ++i) {
                const QString path = u"Statement[%1]"_s.arg(i);
                if (!list.at(i).isObject())
                    fail(path, tr("A statement must be a JSON object."));
                else
                    doc.appendStatement(statement(list.at(i).toObject(), path));
            }
        } else {
            fail(u"Statement"_s, tr("Statement must be an object or a list of objects."));
        }
        if (m_failed)
            return std::nullopt;
        return doc;
    }

private:
    PolicyStatement statement(const QJsonObject &object, const QString &path)
    {
        PolicyStatement s;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString &key = it.key();
            if (key == u"Principal" || key == u"NotPrincipal") {
                fail(sub(path, key), tr("Identity-based policies name no principal; “%1” belongs in resource-based "
                                        "policies.")
                                         .arg(key));
            } else if (key != u"Sid" && key != u"Effect" && key != u"Action" && key != u"NotAction"
                       && key != u"Resource" && key != u"NotResource" && key != u"Condition") {
                fail(sub(path, key), tr("“%1” is not an element of a statement.").arg(key));
            }
        }

        const QJsonValue sid = object.value(u"Sid"_s);
        if (!sid.isUndefined()) {
            if (!sid.isString()) {
                fail(sub(path, u"Sid"_s), tr("The Sid must be a string."));
            } else {
                const QString reason = PolicyDocument::validateSid(sid.toString());
                if (!reason.isEmpty())
                    fail(sub(path, u"Sid"_s), reason);
                s.sid = sid.toString();
            }
        }

        const QJsonValue effect = object.value(u"Effect"_s);
        if (effect.isUndefined())
            fail(path, tr("The statement has no Effect."));
        else if (!effect.isString())
            fail(sub(path, u"Effect"_s), tr("The effect must be a string."));
        else if (effect.toString() == u"Allow")
            s.effect = PolicyStatement::Effect::Allow;
        else if (effect.toString() == u"Deny")
            s.effect = PolicyStatement::Effect::Deny;
        else
            fail(sub(path, u"Effect"_s),
                 tr("The effect must be “Allow” or “Deny”, not “%1”.").arg(effect.toString()));

        const bool hasAction = object.contains(u"Action"_s);
        const bool hasNotAction = object.contains(u"NotAction"_s);
        if (hasAction && hasNotAction)
            fail(path, tr("The statement has both Action and NotAction; use one of them."));
        else if (!hasAction && !hasNotAction)
            fail(path, tr("The statement has no Action or NotAction."));
        else {
            const QString element = hasAction ? u"Action"_s : u"NotAction"_s;
            s.notAction = hasNotAction;
            s.actions = stringList(object.value(element), sub(path, element));
            for (qsizetype i = 0; i < s.actions.size(); ++i)
                checkAction(s.actions.at(i), itemPath(path, element, i));
        }

        const bool hasResource = object.contains(u"Resource"_s);
        const bool hasNotResource = object.contains(u"NotResource"_s);
        if (hasResource && hasNotResource)
            fail(path, tr("The statement has both Resource and NotResource; use one of them."));
        else if (!hasResource && !hasNotResource)
            fail(path, tr("The statement has no Resource or NotResource; identity-based policies need one."));
        else {
            const QString element = hasResource ? u"Resource"_s : u"NotResource"_s;
            s.notResource = hasNotResource;
            s.resources = stringList(object.value(element), sub(path, element));
            for (qsizetype i = 0; i < s.resources.size(); ++i)
                checkResource(s.resources.at(i), itemPath(path, element, i));
        }

        const QJsonValue condition = object.value(u"Condition"_s);
        if (!condition.isUndefined())
            s.conditions = conditions(condition, sub(path, u"Condition"_s));
        return s;
    }

    QList<PolicyStatement::Condition> conditions(const QJsonValue &value, const QString &path)
    {
        QList<PolicyStatement::Condition> result;
        if (!value.isObject()) {
            fail(path, tr("Condition must be an object of operators."));
            return result;
        }
        const QJsonObject operators = value.toObject();
        for (auto op = operators.constBegin(); op != operators.constEnd() && !m_failed; ++op) {
            const QString opPath = sub(path, op.key());
            if (!ConditionOperator::parse(op.key())) {
                fail(opPath, tr("The condition operator “%1” is unknown.").arg(op.key()));
                break;
            }
            if (!op.value().isObject()) {
                fail(opPath, tr("A condition operator must map condition keys to values."));
                break;
            }
            const QJsonObject keys = op.value().toObject();
            if (keys.isEmpty())
                fail(opPath, tr("The condition operator has no condition keys."));
            for (auto key = keys.constBegin(); key != keys.constEnd() && !m_failed; ++key) {
                const QString keyPath = sub(opPath, key.key());
                if (key.key().isEmpty()) {
                    fail(keyPath, tr("A condition key is empty."));
                    break;
                }
                const QStringList values = conditionValues(key.value(), keyPath);
                result.append({op.key(), key.key(), values});
            }
        }
        std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
            return a.op != b.op ? a.op < b.op : a.key < b.key;
        });
        return result;
    }

    // Condition values may be strings, numbers or booleans; they are compared as strings.
    QStringList conditionValues(const QJsonValue &value, const QString &path)
    {
        if (value.isArray()) {
            const QJsonArray list = value.toArray();
            if (list.isEmpty())
                fail(path, tr("The list of values is empty."));
            QStringList values;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const std::optional<QString> v = scalar(list.at(i));
                if (!v) {
                    fail(u"%1[%2]"_s.arg(path).arg(i), tr("A condition value must be a string, a number or true/false."));
                    return {};
                }
                values.append(*v);
            }
            return values;
        }
        const std::optional<QString> v = scalar(value);
        if (!v) {
            fail(path, tr("A condition value must be a string, a number, true/false or a list of them."));
            return {};
        }
        return {*v};
    }

    static std::optional<QString> scalar(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (value.isBool())
            return value.toBool() ? u"true"_s : u"false"_s;
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (!std::isfinite(d))
                return std::nullopt;
            return QString::number(d, 'g', 17);
        }
        return std::nullopt;
    }

    QStringList stringList(const QJsonValue &value, const QString &path)
    {
        if (value.isString())
            return {value.toString()};
        if (!value.isArray()) {
            fail(path, tr("The element must be a string or a list of strings."));
            return {};
        }
        const QJsonArray list = value.toArray();
        if (list.isEmpty())
            fail(path, tr("The list is empty."));
        QStringList result;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString()) {
                fail(u"%1[%2]"_s.arg(path).arg(i), tr("The element must be a string."));
                return {};
            }
            result.append(list.at(i).toString());
        }
        return result;
    }

    void checkAction(const QString &action, const QString &path)
    {
        if (action == u"*")
            return;
        const qsizetype colon = action.indexOf(u':');
        if (colon <= 0 || colon == action.size() - 1)
            fail(path, tr("“%1” is not an action; write service:action, for example bedrock-mantle:GetProject.")
                           .arg(action));
    }

    void checkResource(const QString &resource, const QString &path)
    {
        if (resource == u"*" || resource.startsWith(u"arn:"))
            return;
        fail(path, tr("“%1” is not a resource; write an ARN (arn:…) or *.").arg(resource));
    }

    static QString sub(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    static QString itemPath(const QString &path, const QString &element, qsizetype index)
    {
        return u"%1[%2]"_s.arg(sub(path, element)).arg(index);
    }

    bool m_failed = false;
    PolicyDocument::ParseError m_error;
};

// Writes the canonical form; QJsonDocument cannot (it sorts keys and indents by four).
class Writer final
{
public:
    QByteArray take() { return m_out.toUtf8(); }

    void document(const PolicyDocument &doc)
    {
        m_out += u"{\n"_s;
        bool first = true;
        if (!doc.version().isEmpty())
            member(1, u"Version"_s, doc.version(), first);
        if (!doc.id().isEmpty())
            member(1, u"Id"_s, doc.id(), first);
        separator(first);
        indent(1);
        m_out += u"\"Statement\": ["_s;
        const QList<PolicyStatement> &statements = doc.statements();
        if (statements.isEmpty()) {
            m_out += u"]"_s;
        } else {
            for (qsizetype i = 0; i < statements.size(); ++i) {
                m_out += i == 0 ? u"\n"_s : u",\n"_s;
                statement(statements.at(i));
            }
            m_out += u'\n';
            indent(1);
            m_out += u']';
        }
        m_out += u"\n}\n"_s;
    }

private:
    void statement(const PolicyStatement &s)
    {
        indent(2);
        m_out += u"{\n"_s;
        bool first = true;
        if (!s.sid.isEmpty())
            member(3, u"Sid"_s, s.sid, first);
        member(3, u"Effect"_s, PolicyDocument::effectName(s.effect), first);
        list(3, s.notAction ? u"NotAction"_s : u"Action"_s, s.actions, first);
        list(3, s.notResource ? u"NotResource"_s : u"Resource"_s, s.resources, first);
        if (!s.conditions.isEmpty())
            conditions(s.conditions, first);
        m_out += u'\n';
        indent(2);
        m_out += u'}';
    }

    void conditions(QList<PolicyStatement::Condition> conditions, bool &first)
    {
        std::stable_sort(conditions.begin(), conditions.end(), [](const auto &a, const auto &b) {
            return a.op != b.op ? a.op < b.op : a.key < b.key;
        });
        separator(first);
        indent(3);
        m_out += u"\"Condition\": {"_s;
        for (qsizetype i = 0; i < conditions.size();) {
            const QString &op = conditions.at(i).op;
            m_out += i == 0 ? u"\n"_s : u",\n"_s;
            indent(4);
            m_out += quoted(op) + u": {"_s;
            bool firstKey = true;
            while (i < conditions.size() && conditions.at(i).op == op) {
                // The same key twice under one operator cannot be written as JSON: merge the values.
                const QString &key = conditions.at(i).key;
                QStringList values;
                for (; i < conditions.size() && conditions.at(i).op == op && conditions.at(i).key == key; ++i)
                    values += conditions.at(i).values;
                m_out += firstKey ? u"\n"_s : u",\n"_s;
                firstKey = false;
                indent(5);
                m_out += quoted(key) + u": "_s;
                listValue(5, values);
            }
            m_out += u'\n';
            indent(4);
            m_out += u'}';
        }
        m_out += u'\n';
        indent(3);
        m_out += u'}';
    }

    void member(int depth, const QString &key, const QString &value, bool &first)
    {
        separator(first);
        indent(depth);
        m_out += quoted(key) + u": "_s + quoted(value);
    }

    void list(int depth, const QString &key, const QStringList &values, bool &first)
    {
        separator(first);
        indent(depth);
        m_out += quoted(key) + u": "_s;
        listValue(depth, values);
    }

    void listValue(int depth, const QStringList &values)
    {
        if (values.size() == 1) {
            m_out += quoted(values.first());
            return;
        }
        if (values.isEmpty()) {
            m_out += u"[]"_s;
            return;
        }
        m_out += u'[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            m_out += i == 0 ? u"\n"_s : u",\n"_s;
            indent(depth + 1);
            m_out += quoted(values.at(i));
        }
        m_out += u'\n';
        indent(depth);
        m_out += u']';
    }

    void separator(bool &first)
    {
        if (!first)
            m_out += u",\n"_s;
        first = false;
    }

    void indent(int depth) { m_out += QString(depth * 2, u' '); }

    static QString quoted(const QString &text)
    {
        QString out;
        out.reserve(text.size() + 2);
        out += u'"';
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                out += u"\\\""_s;
                break;
            case u'\\':
                out += u"\\\\"_s;
                break;
            case u'\n':
                out += u"\\n"_s;
                break;
            case u'\r':
                out += u"\\r"_s;
                break;
            case u'\t':
                out += u"\\t"_s;
                break;
            case u'\b':
                out += u"\\b"_s;
                break;
            case u'\f':
                out += u"\\f"_s;
                break;
            default:
                if (c.unicode() < 0x20)
                    out += u"\\u%1"_s.arg(static_cast<int>(c.unicode()), 4, 16, QChar(u'0'));
                else
                    out += c;
            }
        }
        out += u'"';
        return out;
    }

    QString m_out;
};

} // namespace

QString PolicyDocument::ParseError::message() const
{
    if (path.isEmpty())
        return reason;
    //: %1 is where in the policy document (e.g. Statement[1].Effect), %2 what is wrong there
    return tr("%1: %2").arg(path, reason);
}

PolicyDocument::PolicyDocument(QList<PolicyStatement> statements)
    : m_statements(std::move(statements))
{
}

std::optional<PolicyDocument> PolicyDocument::fromJson(const QByteArray &json, ParseError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = {QString(), tr("The policy is not valid JSON: %1 (at character %2).")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = {QString(), tr("A policy document must be a JSON object.")};
        return std::nullopt;
    }
    Parser parser;
    std::optional<PolicyDocument> result = parser.document(doc.object());
    if (!result && error)
        *error = parser.error();
    return result;
}

std::optional<PolicyDocument> PolicyDocument::fromJson(const QString &json, ParseError *error)
{
    return fromJson(json.toUtf8(), error);
}

QByteArray PolicyDocument::toJson() const
{
    Writer writer;
    writer.document(*this);
    return writer.take();
}

qsizetype PolicyDocument::sizeWithoutWhiteSpace() const
{
    const QString text = QString::fromUtf8(toJson());
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

QString PolicyDocument::validateSid(const QString &sid)
{
    for (const QChar c : sid) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')))
            return tr("The Sid “%1” may contain only ASCII letters and digits.").arg(sid);
    }
    return {};
}

QString PolicyDocument::effectName(PolicyStatement::Effect effect)
{
    return effect == PolicyStatement::Effect::Deny ? u"Deny"_s : u"Allow"_s;
}

} // namespace Spendscope
