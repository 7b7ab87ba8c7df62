// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope {

// A string dictionary for one dictionary-encoded column: each distinct value gets a dense code
// (0, 1, 2, ... in order of first appearance), so columns store quint32 codes and queries work on
// integers only. The empty string is a value like any other (untagged spend stays visible).
// Const access is safe from several threads at once; intern() is not.
class Dictionary final
{
public:
    Dictionary() = default;

    // The code of `value`, adding it if new.
    quint32 intern(const QString &value);
    // The code of `value`, or nullopt if the column never holds it.
    [[nodiscard]] std::optional<quint32> code(const QString &value) const;
    [[nodiscard]] const QString &value(quint32 code) const { return m_values.at(qsizetype(code)); }
    [[nodiscard]] quint32 size() const { return quint32(m_values.size()); }

private:
    QHash<QString, quint32> m_codes;
    QList<QString> m_values;
};

} // namespace Spendscope
