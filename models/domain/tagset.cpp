// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagset.h"

#include "tagdiff.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

// Long keys are shortened in messages so that a pasted paragraph does not flood the dialog.
QString displayKey(const QString &key)
{
    constexpr qsizetype MaxShown = 40;
    if (key.size() <= MaxShown)
        return key;
    qsizetype cut = MaxShown;
    if (key.at(cut - 1).isHighSurrogate())
        --cut;
    return key.left(cut) + u'…';
}

QString displayCharacter(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return QString::fromUcs4(&c, 1);
    return u"U+"_s + QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
}

// AWS's pattern is ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$: letters, separators (which include the space
// but not tabs or line breaks) and numbers of any script, plus seven ASCII symbols.
bool isAllowedCharacter(char32_t c)
{
    if (QChar::isLetter(c) || QChar::isNumber(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return c == U'_' || c == U'.' || c == U':' || c == U'/' || c == U'=' || c == U'+' || c == U'-' || c == U'@';
}

// The first character that is not allowed, if any. toUcs4() turns lone surrogates into U+FFFD,
// a symbol, so broken UTF-16 is rejected too.
std::optional<char32_t> firstForbiddenCharacter(const QList<uint> &codePoints)
{
    for (const uint c : codePoints) {
        if (!isAllowedCharacter(static_cast<char32_t>(c)))
            return static_cast<char32_t>(c);
    }
    return std::nullopt;
}

} // namespace

TagSet::TagSet(std::initializer_list<std::pair<QString, QString>> tags)
{
    for (const auto &[key, value] : tags)
        m_tags.insert(key, value);
}

QString TagSet::validateKey(const QString &key)
{
    if (key.isEmpty())
        return tr("A tag key must not be empty.");
    const QList<uint> codePoints = key.toUcs4();
    if (codePoints.size() > MaxKeyLength)
        return tr("Tag key “%1” is longer than %2 characters.").arg(displayKey(key)).arg(MaxKeyLength);
    if (key.startsWith(u"aws:"_s, Qt::CaseInsensitive))
        return tr("Tag key “%1” starts with “aws:”, which AWS reserves for its own tags.").arg(displayKey(key));
    if (const auto c = firstForbiddenCharacter(codePoints)) {
        //: %2 is one character, or its code such as U+0009
        return tr("Tag key “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.")
            .arg(displayKey(key), displayCharacter(*c));
    }
    return {};
}

QString TagSet::validateValue(const QString &key, const QString &value)
{
    const QList<uint> codePoints = value.toUcs4();
    if (codePoints.size() > MaxValueLength)
        return tr("The value of tag “%1” is longer than %2 characters.").arg(displayKey(key)).arg(MaxValueLength);
    if (const auto c = firstForbiddenCharacter(codePoints)) {
        //: %2 is one character, or its code such as U+0009
        return tr("The value of tag “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.")
            .arg(displayKey(key), displayCharacter(*c));
    }
    return {};
}

QStringList TagSet::validate() const
{
    QStringList problems;
    if (m_tags.size() > MaxTags)
        problems.append(tr("There are %n tags; a resource can have at most %1.", nullptr, static_cast<int>(m_tags.size()))
                            .arg(MaxTags));
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it) {
        if (QString problem = validateKey(it.key()); !problem.isEmpty())
            problems.append(std::move(problem));
        if (QString problem = validateValue(it.key(), it.value()); !problem.isEmpty())
            problems.append(std::move(problem));
    }
    return problems;
}

TagDiff TagSet::diff(const TagSet &from, const TagSet &to)
{
    TagDiff result;
    for (auto it = to.m_tags.cbegin(); it != to.m_tags.cend(); ++it) {
        const auto old = from.m_tags.constFind(it.key());
        if (old == from.m_tags.cend() || old.value() != it.value())
            result.addTags.insert(it.key(), it.value());
    }
    for (auto it = from.m_tags.cbegin(); it != from.m_tags.cend(); ++it) {
        if (!to.m_tags.contains(it.key()))
            result.removeTagKeys.append(it.key());
    }
    return result;
}

} // namespace Spendscope
