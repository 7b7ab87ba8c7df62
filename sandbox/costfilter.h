// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Spendscope::Sandbox {

// A Cost Explorer filter Expression (And / Or / Not / Dimensions / Tags), parsed and validated as
// Cost Explorer does for GetCostAndUsage: exactly one root per object, MatchOptions EQUALS,
// ABSENT (tags only), CASE_SENSITIVE or CASE_INSENSITIVE. Budgets' FilterExpression has the same
// shape. The cost engine evaluates it per usage row.
class CostFilter final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::Sandbox::CostFilter)
public:
    enum class Kind {
        And,
        Or,
        Not,
        Dimension,
        Tag,
    };

    struct Node
    {
        Kind kind = Kind::And;
        std::vector<int> children; // indexes into nodes() (And, Or: several; Not: one)
        QString key;               // dimension name ("SERVICE") or tag key ("Team")
        QStringList values;        // OR-ed
        bool absent = false;       // Tags with ABSENT: also matches rows without the tag
        bool caseInsensitive = false;
    };

    enum class Dialect {
        CostExplorer,
        Budgets, // also accepts tag keys written "user:Team", as legacy Budgets filters do
    };

    CostFilter() = default; // matches everything

    // nullopt and a message in AWS's words (for a ValidationException) when the expression is
    // invalid. An empty object is invalid, as in AWS; callers treat an absent Filter as "all".
    [[nodiscard]] static std::optional<CostFilter> fromJson(const QJsonObject &expression, QString *error = nullptr,
                                                           Dialect dialect = Dialect::CostExplorer);

    [[nodiscard]] bool isEmpty() const { return m_nodes.empty(); }
    [[nodiscard]] const std::vector<Node> &nodes() const { return m_nodes; }
    [[nodiscard]] int root() const { return m_nodes.empty() ? -1 : 0; }
    [[nodiscard]] QStringList tagKeys() const; // every tag key the expression names
    [[nodiscard]] QJsonObject toJson() const;

    // The dimensions the sandbox's Cost Explorer knows; any other name is a validation error.
    [[nodiscard]] static bool isKnownDimension(QStringView name);

private:
    int parse(const QJsonObject &expression, Dialect dialect, int depth, QString *error);

    std::vector<Node> m_nodes; // m_nodes[0] is the root
};

} // namespace Spendscope::Sandbox
