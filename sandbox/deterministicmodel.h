// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Spendscope::Sandbox {

// The sandbox's stand-in for a language model: completions and token counts are pure functions of
// the model id and the prompt, so that tests, benchmarks and screenshots repeat exactly.
//
// Token counts follow the usual rule of thumb (a token is about four bytes of UTF-8 text) plus
// the chat format's overhead: four tokens per message and three to prime the reply. The reply is
// made of whole words, one token each.
class DeterministicModel final
{
public:
    struct Message
    {
        QString role; // "system", "user", "assistant", ...
        QString text;
    };

    struct Completion
    {
        QString text;
        qint64 outputTokens = 0;
        bool truncated = false; // cut at the caller's token limit
    };

    static constexpr qint64 TokensPerMessage = 4;
    static constexpr qint64 ReplyPrimingTokens = 3;
    static constexpr qint64 MinReplyTokens = 8;
    static constexpr qint64 MaxReplyTokens = 160;

    [[nodiscard]] static qint64 textTokens(const QString &text);
    [[nodiscard]] static qint64 messageTokens(const Message &message);
    // All of the prompt: the messages plus the reply priming.
    [[nodiscard]] static qint64 inputTokens(const QList<Message> &messages);
    // One hash per message prefix (messages[0..k]), chained and specific to the model: two
    // prompts share a prefix hash exactly when they share those messages.
    [[nodiscard]] static QList<QByteArray> prefixHashes(const QString &model, const QList<Message> &messages);
    // Tokens of each message prefix, matching prefixHashes().
    [[nodiscard]] static QList<qint64> prefixTokens(const QList<Message> &messages);

    [[nodiscard]] static Completion complete(const QString &model, const QList<Message> &messages,
                                             std::optional<qint64> maxOutputTokens);
};

} // namespace Spendscope::Sandbox
