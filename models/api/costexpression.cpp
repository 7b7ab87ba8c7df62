// SPDX-License-Identifier: GPL-3.0-or-later
#include "costexpression.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Limits from the service models (ce 2017-10-25, budgets 2016-10-20).
constexpr qsizetype MaxValueLength = 1024;
constexpr qsizetype MaxTagKeyLength = 1024;
constexpr qsizetype MaxCostCategoryNameLength = 50;

// The wire names of the root operators, in the order they are looked for.
constexpr std::array<std::pair<CostExpression::Kind, QStringView>, 6> RootNames = {{
    {CostExpression::Kind::And, u"And"},
    {CostExpression::Kind::Or, u"Or"},
    {CostExpression::Kind::Not, u"Not"},
    {CostExpression::Kind::Dimensions, u"Dimensions"},
    {CostExpression::Kind::Tags, u"Tags"},
    {CostExpression::Kind::CostCategories, u"CostCategories"},
}};

constexpr std::array<std::pair<CostExpression::MatchOption, QStringView>, 8> MatchOptionNames = {{
    {CostExpression::MatchOption::Equals, u"EQUALS"},
    {CostExpression::MatchOption::Absent, u"ABSENT"},
    {CostExpression::MatchOption::StartsWith, u"STARTS_WITH"},
    {CostExpression::MatchOption::EndsWith, u"ENDS_WITH"},
    {CostExpression::MatchOption::Contains, u"CONTAINS"},
    {CostExpression::MatchOption::CaseSensitive, u"CASE_SENSITIVE"},
    {CostExpression::MatchOption::CaseInsensitive, u"CASE_INSENSITIVE"},
    {CostExpression::MatchOption::GreaterThanOrEqual, u"GREATER_THAN_OR_EQUAL"},
}};

QString rootName(CostExpression::Kind kind)
{
    for (const auto &[k, name] : RootNames) {
        if (k == kind)
            return name.toString();
    }
    return QString();
}

QString joinPath(const QString &path, const QString &part)
{
    return path.isEmpty() ? part : path + u'.' + part;
}

bool isNullOrAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

CostExpression CostExpression::leaf(Kind kind, const QString &key, const QStringList &values,
                                    const QList<MatchOption> &matchOptions)
{
    CostExpression e;
    e.m_kind = kind;
    e.m_key = key;
    e.m_values = values;
    e.m_matchOptions = matchOptions;
    return e;
}

CostExpression CostExpression::dimension(const QString &key, const QStringList &values,
                                         const QList<MatchOption> &matchOptions)
{
    return leaf(Kind::Dimensions, key, values, matchOptions);
}

CostExpression CostExpression::tag(const QString &key, const QStringList &values,
                                   const QList<MatchOption> &matchOptions)
{
    return leaf(Kind::Tags, key, values, matchOptions);
}

CostExpression CostExpression::costCategory(const QString &key, const QStringList &values,
                                            const QList<MatchOption> &matchOptions)
{
    return leaf(Kind::CostCategories, key, values, matchOptions);
}

CostExpression CostExpression::allOf(const QList<CostExpression> &operands)
{
    CostExpression e;
    e.m_kind = Kind::And;
    e.m_operands = operands;
    return e;
}

CostExpression CostExpression::anyOf(const QList<CostExpression> &operands)
{
    CostExpression e;
    e.m_kind = Kind::Or;
    e.m_operands = operands;
    return e;
}

CostExpression CostExpression::negation(const CostExpression &operand)
{
    CostExpression e;
    e.m_kind = Kind::Not;
    e.m_operands = {operand};
    return e;
}

QString CostExpression::matchOptionName(MatchOption option)
{
    for (const auto &[o, name] : MatchOptionNames) {
        if (o == option)
            return name.toString();
    }
    return QString();
}

std::optional<CostExpression::MatchOption> CostExpression::matchOptionFromName(QStringView name)
{
    for (const auto &[o, n] : MatchOptionNames) {
        if (n == name)
            return o;
    }
    return std::nullopt;
}

QString CostExpression::validate() const
{
    if (m_kind == Kind::Empty)
        return QString();
    return validateAt(QString(), 1);
}

QString CostExpression::validateAt(const QString &path, int depth) const
{
    const QString where = path.isEmpty() ? tr("The filter") : tr("The filter at %1").arg(path);
    if (depth > MaxDepth)
        return tr("%1 is nested more than %2 levels deep.").arg(where).arg(MaxDepth);

    switch (m_kind) {
    case Kind::Empty:
        return tr("%1 is empty; each part needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.")
            .arg(where);
    case Kind::And:
    case Kind::Or: {
        // The service answers "And expression must have at least 2 operands" otherwise.
        if (m_operands.size() < 2)
            return tr("%1 combines fewer than two expressions with %2.").arg(where, rootName(m_kind));
        for (qsizetype i = 0; i < m_operands.size(); ++i) {
            const QString childPath = joinPath(path, rootName(m_kind) + u'[' + QString::number(i) + u']');
            if (QString problem = m_operands.at(i).validateAt(childPath, depth + 1); !problem.isEmpty())
                return problem;
        }
        return QString();
    }
    case Kind::Not:
        if (m_operands.size() != 1)
            return tr("%1 negates %2 expressions instead of one.").arg(where).arg(m_operands.size());
        return m_operands.first().validateAt(joinPath(path, u"Not"_s), depth + 1);
    case Kind::Dimensions:
    case Kind::Tags:
    case Kind::CostCategories:
        break;
    }

    if (!m_operands.isEmpty())
        return tr("%1 is a %2 rule and cannot have sub-expressions.").arg(where, rootName(m_kind));
    for (const QString &value : m_values) {
        if (value.size() > MaxValueLength)
            return tr("%1 has a value longer than %2 characters.").arg(where).arg(MaxValueLength);
    }

    switch (m_kind) {
    case Kind::Dimensions: {
        // Dimension names are upper-case enum values (SERVICE, RECORD_TYPE, ...); the exact set
        // differs between Cost Explorer and Budgets, so only the form is checked here.
        static const QRegularExpression dimensionName(u"^[A-Z][A-Z0-9_]*$"_s);
        if (m_key.isEmpty())
            return tr("%1 needs a dimension name.").arg(where);
        if (!dimensionName.match(m_key).hasMatch())
            return tr("%1 names the dimension \"%2\", which is not a dimension name such as SERVICE.")
                .arg(where, m_key.left(40));
        if (m_values.isEmpty())
            return tr("%1 needs at least one value for dimension %2.").arg(where, m_key);
        break;
    }
    case Kind::Tags:
        if (m_key.size() > MaxTagKeyLength)
            return tr("%1 has a tag key longer than %2 characters.").arg(where).arg(MaxTagKeyLength);
        // Without a key the rule means "resources without any tag"; values then mean nothing.
        if (m_key.isEmpty() && !m_values.isEmpty())
            return tr("%1 lists tag values but no tag key.").arg(where);
        break;
    case Kind::CostCategories:
        if (m_key.isEmpty())
            return tr("%1 needs a cost category name.").arg(where);
        if (m_key.size() > MaxCostCategoryNameLength)
            return tr("%1 has a cost category name longer than %2 characters.")
                .arg(where)
                .arg(MaxCostCategoryNameLength);
        break;
    default:
        break;
    }
    return QString();
}

QJsonObject CostExpression::toJson() const
{
    QJsonObject out;
    switch (m_kind) {
    case Kind::Empty:
        return out;
    case Kind::And:
    case Kind::Or: {
        QJsonArray operands;
        for (const CostExpression &operand : m_operands)
            operands.append(operand.toJson());
        out.insert(rootName(m_kind), operands);
        return out;
    }
    case Kind::Not:
        out.insert(u"Not"_s, m_operands.isEmpty() ? QJsonObject() : m_operands.first().toJson());
        return out;
    case Kind::Dimensions:
    case Kind::Tags:
    case Kind::CostCategories:
        break;
    }
    QJsonObject values;
    if (!m_key.isEmpty())
        values.insert(u"Key"_s, m_key);
    if (!m_values.isEmpty())
        values.insert(u"Values"_s, QJsonArray::fromStringList(m_values));
    if (!m_matchOptions.isEmpty()) {
        QJsonArray options;
        for (const MatchOption option : m_matchOptions)
            options.append(matchOptionName(option));
        values.insert(u"MatchOptions"_s, options);
    }
    out.insert(rootName(m_kind), values);
    return out;
}

std::optional<CostExpression> CostExpression::fromJson(const QJsonObject &json, QString *errorMessage)
{
    // {} is what toJson() gives for no filter; only nested empty objects are errors.
    if (json.isEmpty())
        return CostExpression();
    QString problem;
    std::optional<CostExpression> parsed = parseAt(json, QString(), 1, problem);
    if (parsed && problem.isEmpty())
        problem = parsed->validate();
    if (!problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return std::nullopt;
    }
    return parsed;
}

std::optional<CostExpression> CostExpression::parseAt(const QJsonObject &json, const QString &path, int depth,
                                                      QString &errorMessage)
{
    const QString where = path.isEmpty() ? tr("The filter") : tr("The filter at %1").arg(path);
    if (depth > MaxDepth) {
        errorMessage = tr("%1 is nested more than %2 levels deep.").arg(where).arg(MaxDepth);
        return std::nullopt;
    }

    // Exactly one root operator per node, as the service demands ("Expression has more than one
    // roots"). Unknown members are ignored so that a newer service does not break reading.
    Kind kind = Kind::Empty;
    QStringList roots;
    for (const auto &[k, name] : RootNames) {
        if (!isNullOrAbsent(json.value(name))) {
            kind = k;
            roots.append(name.toString());
        }
    }
    if (roots.size() != 1) {
        errorMessage = roots.isEmpty()
            ? tr("%1 has no operator; it needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.")
                  .arg(where)
            : tr("%1 has several root operators (%2); only one is allowed per expression.")
                  .arg(where, roots.join(u", "_s));
        return std::nullopt;
    }
    const QString name = roots.first();
    const QString childPath = joinPath(path, name);
    const QJsonValue value = json.value(name);

    CostExpression e;
    e.m_kind = kind;
    switch (kind) {
    case Kind::And:
    case Kind::Or: {
        if (!value.isArray()) {
            errorMessage = tr("%1: %2 must be a list of expressions.").arg(where, name);
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = childPath + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                errorMessage = tr("The filter at %1 is not an object.").arg(itemPath);
                return std::nullopt;
            }
            std::optional<CostExpression> operand = parseAt(array.at(i).toObject(), itemPath, depth + 1, errorMessage);
            if (!operand)
                return std::nullopt;
            e.m_operands.append(std::move(*operand));
        }
        return e;
    }
    case Kind::Not: {
        if (!value.isObject()) {
            errorMessage = tr("%1: Not must be an expression object.").arg(where);
            return std::nullopt;
        }
        std::optional<CostExpression> operand = parseAt(value.toObject(), childPath, depth + 1, errorMessage);
        if (!operand)
            return std::nullopt;
        e.m_operands.append(std::move(*operand));
        return e;
    }
    default:
        break;
    }

    if (!value.isObject()) {
        errorMessage = tr("%1: %2 must be an object with Key and Values.").arg(where, name);
        return std::nullopt;
    }
    const QJsonObject leafJson = value.toObject();
    const QJsonValue key = leafJson.value(u"Key"_s);
    if (!isNullOrAbsent(key)) {
        if (!key.isString()) {
            errorMessage = tr("The filter at %1: Key must be a string.").arg(childPath);
            return std::nullopt;
        }
        e.m_key = key.toString();
    }
    const QJsonValue values = leafJson.value(u"Values"_s);
    if (!isNullOrAbsent(values)) {
        if (!values.isArray()) {
            errorMessage = tr("The filter at %1: Values must be a list of strings.").arg(childPath);
            return std::nullopt;
        }
        for (const QJsonValue &v : values.toArray()) {
            if (!v.isString()) {
                errorMessage = tr("The filter at %1: Values must be a list of strings.").arg(childPath);
                return std::nullopt;
            }
            e.m_values.append(v.toString());
        }
    }
    const QJsonValue options = leafJson.value(u"MatchOptions"_s);
    if (!isNullOrAbsent(options)) {
        if (!options.isArray()) {
            errorMessage = tr("The filter at %1: MatchOptions must be a list.").arg(childPath);
            return std::nullopt;
        }
        for (const QJsonValue &v : options.toArray()) {
            const std::optional<MatchOption> option = matchOptionFromName(v.toString());
            if (!v.isString() || !option) {
                errorMessage = tr("The filter at %1 has an unknown match option.").arg(childPath);
                return std::nullopt;
            }
            e.m_matchOptions.append(*option);
        }
    }
    return e;
}

} // namespace Spendscope
