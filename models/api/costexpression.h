// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spendscope {

// The filter language shared by Cost Explorer (Filter) and Budgets (FilterExpression): a tree
// whose every node has exactly one root operator, either a combination (And, Or, Not) or a leaf
// that matches values of a dimension, a cost allocation tag or a cost category. Values inside
// one leaf are OR-ed by the service.
class CostExpression final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::CostExpression)
public:
    enum class Kind {
        Empty, // no filter at all; only valid at the top, where it means "everything"
        And,
        Or,
        Not,
        Dimensions,
        Tags,
        CostCategories,
    };

    enum class MatchOption {
        Equals,
        Absent,
        StartsWith,
        EndsWith,
        Contains,
        CaseSensitive,
        CaseInsensitive,
        GreaterThanOrEqual,
    };

    // Deeper trees are refused: real filters are a few levels deep, and parsing input from the
    // network must not recurse without bound.
    static constexpr int MaxDepth = 32;

    CostExpression() = default;

    [[nodiscard]] static CostExpression dimension(const QString &key, const QStringList &values,
                                                  const QList<MatchOption> &matchOptions = {});
    // An empty key with no values selects resources without any tag (the ABSENT rule of TagValues).
    [[nodiscard]] static CostExpression tag(const QString &key, const QStringList &values,
                                            const QList<MatchOption> &matchOptions = {});
    [[nodiscard]] static CostExpression costCategory(const QString &key, const QStringList &values,
                                                     const QList<MatchOption> &matchOptions = {});
    [[nodiscard]] static CostExpression allOf(const QList<CostExpression> &operands);
    [[nodiscard]] static CostExpression anyOf(const QList<CostExpression> &operands);
    [[nodiscard]] static CostExpression negation(const CostExpression &operand);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }
    [[nodiscard]] bool isLeaf() const
    {
        return m_kind == Kind::Dimensions || m_kind == Kind::Tags || m_kind == Kind::CostCategories;
    }
    // Leaves only.
    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] const QStringList &values() const { return m_values; }
    [[nodiscard]] const QList<MatchOption> &matchOptions() const { return m_matchOptions; }
    // And/Or: the combined expressions; Not: the one negated expression.
    [[nodiscard]] const QList<CostExpression> &operands() const { return m_operands; }

    // A translated description of the first problem, or an empty string when the expression can
    // be sent: one root per node, And/Or with operands, Dimensions with a key and values, known
    // limits on lengths, depth at most MaxDepth. Empty is valid (no filter).
    [[nodiscard]] QString validate() const;

    // The wire form; an empty expression gives {} (callers leave the field out instead).
    [[nodiscard]] QJsonObject toJson() const;
    // Reads and validates the wire form; {} gives the empty expression. On failure returns nullopt and, when given, a translated
    // reason naming the offending path ("And[1].Not.Dimensions: ...").
    [[nodiscard]] static std::optional<CostExpression> fromJson(const QJsonObject &json,
                                                                QString *errorMessage = nullptr);

    [[nodiscard]] static QString matchOptionName(MatchOption option);
    [[nodiscard]] static std::optional<MatchOption> matchOptionFromName(QStringView name);

    [[nodiscard]] friend bool operator==(const CostExpression &a, const CostExpression &b) = default;

private:
    [[nodiscard]] QString validateAt(const QString &path, int depth) const;
    [[nodiscard]] static std::optional<CostExpression> parseAt(const QJsonObject &json, const QString &path,
                                                               int depth, QString &errorMessage);
    [[nodiscard]] static CostExpression leaf(Kind kind, const QString &key, const QStringList &values,
                                             const QList<MatchOption> &matchOptions);

    Kind m_kind = Kind::Empty;
    QString m_key;
    QStringList m_values;
    QList<MatchOption> m_matchOptions;
    QList<CostExpression> m_operands;
};

} // namespace Spendscope
