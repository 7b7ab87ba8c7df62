// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectnamerules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spendscope {

QString ProjectNameRules::pattern()
{
    return u"^([0-9a-zA-Z][ _-]?)+$"_s;
}

QString ProjectNameRules::validate(const QString &name)
{
    if (name.size() < MinLength)
        return tr("A project name must not be empty.");
    // Only ASCII is allowed, so UTF-16 code units and characters count the same here.
    if (name.size() > MaxLength)
        return tr("The project name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(MaxLength);
    // Each letter or digit may be followed by one space, underscore or hyphen; the groups cannot
    // overlap, so the match is linear and safe on any input. Anchored with \A...\z because the
    // documented "$" would also accept a trailing line break.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"([0-9a-zA-Z][ _-]?)+"_s));
    if (!re.match(name).hasMatch()) {
        return tr("The project name “%1” may only contain letters A–Z, digits, and single spaces, underscores or "
                  "hyphens after a letter or digit.")
            .arg(name);
    }
    return {};
}

} // namespace Spendscope
