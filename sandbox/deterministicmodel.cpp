// SPDX-License-Identifier: GPL-3.0-or-later
#include "deterministicmodel.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Spendscope::Sandbox {

namespace {

QByteArray canonical(const DeterministicModel::Message &message)
{
    // Separators that cannot appear in the UTF-8 of either part keep "ab"+"c" apart from "a"+"bc".
    return message.role.toUtf8() + '\0' + message.text.toUtf8() + '\x1e';
}

constexpr std::array<QStringView, 48> Vocabulary = {
    u"the",      u"sandbox",  u"answers", u"with",     u"a",       u"deterministic", u"reply",   u"so",
    u"that",     u"every",    u"test",    u"sees",     u"same",    u"tokens",        u"cost",    u"project",
    u"model",    u"usage",    u"is",      u"recorded", u"under",   u"its",           u"tags",    u"at",
    u"request",  u"time",     u"and",     u"priced",   u"from",    u"catalog",       u"budget",  u"team",
    u"forecast", u"trend",    u"monthly", u"daily",    u"explore", u"compare",       u"cheaper", u"faster",
    u"summary",  u"insight",  u"report",  u"finance",  u"chart",   u"signal",        u"result",  u"plan",
};

} // namespace

qint64 DeterministicModel::textTokens(const QString &text)
{
    return (text.toUtf8().size() + 3) / 4;
}

qint64 DeterministicModel::messageTokens(const Message &message)
{
    return TokensPerMessage + textTokens(message.text);
}

qint64 DeterministicModel::inputTokens(const QList<Message> &messages)
{
    qint64 tokens = ReplyPrimingTokens;
    for (const Message &message : messages)
        tokens += messageTokens(message);
    return tokens;
}

QList<QByteArray> DeterministicModel::prefixHashes(const QString &model, const QList<Message> &messages)
{
    QList<QByteArray> hashes;
    hashes.reserve(messages.size());
    QByteArray previous = QCryptographicHash::hash(model.toUtf8(), QCryptographicHash::Sha256);
    for (const Message &message : messages) {
        previous = QCryptographicHash::hash(QByteArray(previous + canonical(message)), QCryptographicHash::Sha256);
        hashes.append(previous);
    }
    return hashes;
}

QList<qint64> DeterministicModel::prefixTokens(const QList<Message> &messages)
{
    QList<qint64> tokens;
    tokens.reserve(messages.size());
    qint64 sum = 0;
    for (const Message &message : messages) {
        sum += messageTokens(message);
        tokens.append(sum);
    }
    return tokens;
}

DeterministicModel::Completion DeterministicModel::complete(const QString &model, const QList<Message> &messages,
                                                            std::optional<qint64> maxOutputTokens)
{
    const QList<QByteArray> hashes = prefixHashes(model, messages);
    const QByteArray digest = hashes.isEmpty() ? QCryptographicHash::hash(model.toUtf8(), QCryptographicHash::Sha256)
                                               : hashes.constLast();
    quint32 seed[8];
    std::copy_n(digest.constData(), sizeof seed, reinterpret_cast<char *>(seed));
    QRandomGenerator random(seed, seed + 8);

    Completion completion;
    qint64 length = MinReplyTokens + qint64(random.bounded(quint32(MaxReplyTokens - MinReplyTokens + 1)));
    if (maxOutputTokens && *maxOutputTokens < length) {
        length = *maxOutputTokens;
        completion.truncated = true;
    }
    QStringList words;
    words.reserve(length);
    for (qint64 i = 0; i < length; ++i)
        words.append(Vocabulary[random.bounded(quint32(Vocabulary.size()))].toString());
    if (!words.isEmpty())
        words.first()[0] = words.first().at(0).toUpper();
    completion.text = words.join(u' ');
    if (!completion.truncated && !completion.text.isEmpty())
        completion.text += u'.';
    completion.outputTokens = length;
    return completion;
}

} // namespace Spendscope::Sandbox
