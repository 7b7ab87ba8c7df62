// SPDX-License-Identifier: GPL-3.0-or-later
#include "costfilter.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

// The Dimension enum of the Cost Explorer service model (ce 2017-10-25).
constexpr std::array<QStringView, 35> Dimensions{
    u"AZ", u"INSTANCE_TYPE", u"LINKED_ACCOUNT", u"PAYER_ACCOUNT", u"LINKED_ACCOUNT_NAME", u"OPERATION",
    u"PURCHASE_TYPE", u"REGION", u"SERVICE", u"SERVICE_CODE", u"USAGE_TYPE", u"USAGE_TYPE_GROUP", u"RECORD_TYPE",
    u"OPERATING_SYSTEM", u"TENANCY", u"SCOPE", u"PLATFORM", u"SUBSCRIPTION_ID", u"LEGAL_ENTITY_NAME",
    u"DEPLOYMENT_OPTION", u"DATABASE_ENGINE", u"CACHE_ENGINE", u"INSTANCE_TYPE_FAMILY", u"BILLING_ENTITY",
    u"RESERVATION_ID", u"RESOURCE_ID", u"RIGHTSIZING_TYPE", u"SAVINGS_PLANS_TYPE", u"SAVINGS_PLAN_ARN",
    u"PAYMENT_OPTION", u"AGREEMENT_END_DATE_TIME_AFTER", u"AGREEMENT_END_DATE_TIME_BEFORE", u"INVOICING_ENTITY",
    u"ANOMALY_TOTAL_IMPACT_ABSOLUTE", u"ANOMALY_TOTAL_IMPACT_PERCENTAGE"};

// Deep nesting is no real filter; the limit keeps a hostile body from exhausting the stack.
constexpr int MaxDepth = 32;

constexpr std::array<QStringView, 6> Roots{u"And", u"Or", u"Not", u"Dimensions", u"Tags", u"CostCategories"};

} // namespace

bool CostFilter::isKnownDimension(QStringView name)
{
    for (QStringView dimension : Dimensions) {
        if (dimension == name)
            return true;
    }
    return false;
}

std::optional<CostFilter> CostFilter::fromJson(const QJsonObject &expression, QString *error, Dialect dialect)
{
    CostFilter filter;
    QString message;
    if (filter.parse(expression, dialect, 0, &message) < 0) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return filter;
}

int CostFilter::parse(const QJsonObject &expression, Dialect dialect, int depth, QString *error)
{
    if (depth > MaxDepth) {
        *error = u"Expression is nested too deeply."_s;
        return -1;
    }
    QStringList roots;
    for (QStringView root : Roots) {
        if (expression.contains(root) && !expression.value(root).isNull())
            roots.append(root.toString());
    }
    if (roots.size() != 1) {
        *error = roots.isEmpty()
            ? u"Expression must have one root operator: And, Or, Not, Dimensions, Tags, CostCategories"_s
            : u"Expression has more than one roots. Only one root operator is allowed for each expression: And, Or, Not, Dimensions, Tags, CostCategories"_s;
        return -1;
    }
    const QString root = roots.constFirst();
    const QJsonValue value = expression.value(root);

    const int index = int(m_nodes.size());
    m_nodes.emplace_back();

    if (root == u"And" || root == u"Or") {
        if (!value.isArray() || value.toArray().isEmpty()) {
            *error = u"%1 must be a non-empty list of expressions."_s.arg(root);
            return -1;
        }
        std::vector<int> children;
        for (const QJsonValue &child : value.toArray()) {
            if (!child.isObject()) {
                *error = u"%1 must be a list of expressions."_s.arg(root);
                return -1;
            }
            const int childIndex = parse(child.toObject(), dialect, depth + 1, error);
            if (childIndex < 0)
                return -1;
            children.push_back(childIndex);
        }
        m_nodes[size_t(index)].kind = root == u"And" ? Kind::And : Kind::Or;
        m_nodes[size_t(index)].children = std::move(children);
        return index;
    }
    if (root == u"Not") {
        if (!value.isObject()) {
            *error = u"Not must be an expression."_s;
            return -1;
        }
        const int childIndex = parse(value.toObject(), dialect, depth + 1, error);
        if (childIndex < 0)
            return -1;
        m_nodes[size_t(index)].kind = Kind::Not;
        m_nodes[size_t(index)].children = {childIndex};
        return index;
    }
    if (root == u"CostCategories") {
        const QString name = value.toObject().value(u"Key"_s).toString();
        *error = u"Cost category %1 doesn't exist."_s.arg(name);
        return -1;
    }

    // Dimensions or Tags
    const bool isTag = root == u"Tags";
    if (!value.isObject()) {
        *error = u"%1 must be an object with Key and Values."_s.arg(root);
        return -1;
    }
    const QJsonObject leaf = value.toObject();
    Node node;
    node.kind = isTag ? Kind::Tag : Kind::Dimension;
    node.key = leaf.value(u"Key"_s).toString();
    if (isTag && dialect == Dialect::Budgets && node.key.startsWith(u"user:"))
        node.key = node.key.mid(5);
    if (node.key.isEmpty()) {
        *error = u"%1 must have a Key."_s.arg(root);
        return -1;
    }
    if (!isTag && !isKnownDimension(node.key)) {
        *error = u"Dimension %1 is not allowed."_s.arg(node.key);
        return -1;
    }
    const QJsonValue values = leaf.value(u"Values"_s);
    if (!values.isUndefined() && !values.isNull() && !values.isArray()) {
        *error = u"Values must be a list of strings."_s;
        return -1;
    }
    for (const QJsonValue &v : values.toArray()) {
        if (!v.isString()) {
            *error = u"Values must be a list of strings."_s;
            return -1;
        }
        node.values.append(v.toString());
    }
    bool caseSensitive = false;
    for (const QJsonValue &option : leaf.value(u"MatchOptions"_s).toArray()) {
        const QString name = option.toString();
        if (name == u"EQUALS") {
            continue;
        } else if (name == u"CASE_SENSITIVE") {
            caseSensitive = true;
        } else if (name == u"CASE_INSENSITIVE") {
            node.caseInsensitive = true;
        } else if (name == u"ABSENT" && isTag) {
            node.absent = true;
        } else {
            *error = u"MatchOptions %1 is not supported for %2 in this operation."_s.arg(name, root);
            return -1;
        }
    }
    if (caseSensitive && node.caseInsensitive) {
        *error = u"MatchOptions cannot contain both CASE_SENSITIVE and CASE_INSENSITIVE."_s;
        return -1;
    }
    if (node.values.isEmpty() && !node.absent) {
        *error = u"%1 with Key %2 must have at least one value."_s.arg(root, node.key);
        return -1;
    }
    m_nodes[size_t(index)] = std::move(node);
    return index;
}

QStringList CostFilter::tagKeys() const
{
    QStringList keys;
    for (const Node &node : m_nodes) {
        if (node.kind == Kind::Tag && !keys.contains(node.key))
            keys.append(node.key);
    }
    return keys;
}

QJsonObject CostFilter::toJson() const
{
    if (m_nodes.empty())
        return {};
    const auto build = [this](const auto &self, int index) -> QJsonObject {
        const Node &node = m_nodes[size_t(index)];
        switch (node.kind) {
        case Kind::And:
        case Kind::Or: {
            QJsonArray children;
            for (int child : node.children)
                children.append(self(self, child));
            return {{node.kind == Kind::And ? u"And"_s : u"Or"_s, children}};
        }
        case Kind::Not:
            return {{u"Not"_s, self(self, node.children.front())}};
        case Kind::Dimension:
        case Kind::Tag: {
            QJsonArray options;
            if (node.absent)
                options.append(u"ABSENT"_s);
            if (!node.values.isEmpty())
                options.append(u"EQUALS"_s);
            if (node.caseInsensitive)
                options.append(u"CASE_INSENSITIVE"_s);
            QJsonObject leaf{{u"Key"_s, node.key}, {u"Values"_s, QJsonArray::fromStringList(node.values)}};
            if (!options.isEmpty())
                leaf.insert(u"MatchOptions"_s, options);
            return {{node.kind == Kind::Tag ? u"Tags"_s : u"Dimensions"_s, leaf}};
        }
        }
        return {};
    };
    return build(build, 0);
}

} // namespace Spendscope::Sandbox
