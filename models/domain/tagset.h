// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spendscope {

struct TagDiff;

// The tags of one AWS resource: keys map to values, kept sorted by key so that lists, diffs and
// request bodies come out the same every time. Keys are case-sensitive, as AWS treats them.
// The rules are AWS's common tagging rules (the CloudFormation schema of AWS::BedrockMantle::Project
// repeats them): a key has 1–128 characters, a value 0–256, a resource at most 200 tags, only
// Unicode letters, digits, white space and _ . : / = + - @ are allowed, and "aws:" is reserved.
class TagSet final
{
    Q_DECLARE_TR_FUNCTIONS(Spendscope::TagSet)
public:
    static constexpr int MaxKeyLength = 128;
    static constexpr int MaxValueLength = 256;
    static constexpr int MaxTags = 200;

    using const_iterator = QMap<QString, QString>::const_iterator;

    TagSet() = default;
    TagSet(std::initializer_list<std::pair<QString, QString>> tags);

    [[nodiscard]] bool isEmpty() const { return m_tags.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_tags.size(); }
    [[nodiscard]] bool contains(const QString &key) const { return m_tags.contains(key); }
    [[nodiscard]] QString value(const QString &key) const { return m_tags.value(key); }
    [[nodiscard]] QStringList keys() const { return m_tags.keys(); }
    [[nodiscard]] const QMap<QString, QString> &toMap() const { return m_tags; }

    // Sets or overwrites a tag; nothing is validated here (see validate()).
    void insert(const QString &key, const QString &value) { m_tags.insert(key, value); }
    bool remove(const QString &key) { return m_tags.remove(key) > 0; }
    void clear() { m_tags.clear(); }

    [[nodiscard]] const_iterator begin() const { return m_tags.cbegin(); }
    [[nodiscard]] const_iterator end() const { return m_tags.cend(); }

    // A translated description of what is wrong with a key or a value, naming the key; empty when
    // it is allowed. Lengths count Unicode characters (code points), not UTF-16 code units.
    [[nodiscard]] static QString validateKey(const QString &key);
    [[nodiscard]] static QString validateValue(const QString &key, const QString &value);
    // Every problem of the whole set (keys, values and the number of tags); empty when valid.
    [[nodiscard]] QStringList validate() const;
    [[nodiscard]] bool isValid() const { return validate().isEmpty(); }

    // What to send to turn `from` into `to`: Mantle has no full tag replacement, only add_tags
    // (which upserts) and remove_tag_keys.
    [[nodiscard]] static TagDiff diff(const TagSet &from, const TagSet &to);

    friend bool operator==(const TagSet &a, const TagSet &b) { return a.m_tags == b.m_tags; }
    friend bool operator!=(const TagSet &a, const TagSet &b) { return !(a == b); }

private:
    QMap<QString, QString> m_tags;
};

} // namespace Spendscope
