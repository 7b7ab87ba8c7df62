// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spendscope {

// One statement of an IAM identity policy, as PolicyDocument reads and writes it. Action and
// Resource lists keep the document's order; `notAction`/`notResource` say that the list is the
// NotAction/NotResource element instead. Conditions are one entry per operator and key, with the
// values the document lists for that key (values are ORed, entries are ANDed).
struct PolicyStatement
{
    enum class Effect {
        Allow,
        Deny,
    };

    struct Condition
    {
        QString op;  // as written, e.g. "ForAnyValue:StringLikeIfExists"
        QString key; // e.g. "aws:ResourceTag/Team"
        QStringList values;

        friend bool operator==(const Condition &, const Condition &) = default;
    };

    QString sid;
    Effect effect = Effect::Allow;
    QStringList actions;
    bool notAction = false;
    QStringList resources;
    bool notResource = false;
    QList<Condition> conditions;

    friend bool operator==(const PolicyStatement &, const PolicyStatement &) = default;
};

} // namespace Spendscope
