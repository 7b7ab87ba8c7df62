// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisation.h"

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

QMap<QString, QString> Organisation::Project::tagsOn(QDate day) const
{
    QMap<QString, QString> tags;
    for (const TagChange &change : tagHistory) {
        if (change.from > day)
            break;
        tags = change.tags;
    }
    return tags;
}

QString Organisation::scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Small: return u"small"_s;
    case Scale::Default: return u"default"_s;
    case Scale::Large: return u"large"_s;
    }
    return QString();
}

std::optional<Organisation::Scale> Organisation::scaleFromName(QStringView name)
{
    if (name == u"small")
        return Scale::Small;
    if (name == u"default")
        return Scale::Default;
    if (name == u"large")
        return Scale::Large;
    return std::nullopt;
}

const Organisation::Project *Organisation::findProject(const QString &id) const
{
    for (const Project &project : projects) {
        if (project.id == id)
            return &project;
    }
    return nullptr;
}

} // namespace Spendscope::Sandbox
