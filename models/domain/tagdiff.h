// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagset.h"

namespace Spendscope {

// A change of a resource's tags as Mantle's UpdateProject takes it: tags to add or overwrite and
// keys to remove. Built by TagSet::diff().
struct TagDiff
{
    TagSet addTags;            // new keys and keys whose value changed
    QStringList removeTagKeys; // keys that are gone, sorted

    [[nodiscard]] bool isEmpty() const { return addTags.isEmpty() && removeTagKeys.isEmpty(); }
};

} // namespace Spendscope
