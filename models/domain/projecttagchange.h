// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Spendscope {

// One project's part of a tag edit, in the form Mantle's UpdateProject takes (add_tags upserts,
// remove_tag_keys deletes), together with the tags it was computed against so that the result can
// be previewed and verified after applying.
struct ProjectTagChange
{
    QString projectId;
    QString projectName; // for previews and reports only
    TagSet before;
    TagSet addTags;
    QStringList removeTagKeys; // sorted

    [[nodiscard]] bool isEmpty() const { return addTags.isEmpty() && removeTagKeys.isEmpty(); }
    // The tags the project has once the change is applied: removals first, then upserts, as the
    // service does it.
    [[nodiscard]] TagSet after() const
    {
        TagSet result = before;
        for (const QString &key : removeTagKeys)
            result.remove(key);
        for (auto it = addTags.begin(); it != addTags.end(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }
    // Whether the change adds, overwrites or removes `key`.
    [[nodiscard]] bool touches(const QString &key) const { return addTags.contains(key) || removeTagKeys.contains(key); }

    friend bool operator==(const ProjectTagChange &, const ProjectTagChange &) = default;
};

// The changes of one tag edit, one per project.
using TagChangePlan = QList<ProjectTagChange>;

} // namespace Spendscope
