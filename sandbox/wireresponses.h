// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/httpmessage.h"

#include <QJsonObject>
#include <QString>

// Responses shaped exactly as AWS shapes them for each wire protocol, so real clients (ours, the
// AWS CLI, boto3) parse sandbox answers with their production code.
namespace Spendscope::Sandbox::Wire {

// A request id in the AWS format (UUID), deterministic per server and request number.
[[nodiscard]] QByteArray requestId(quint64 sequence);

// JSON 1.1 (Cost Explorer, Budgets)
[[nodiscard]] HttpResponse json11(const QJsonObject &body, const QByteArray &requestId);
[[nodiscard]] HttpResponse json11Error(int status, const QString &code, const QString &message,
                                       const QByteArray &requestId);

// Query protocol with XML (IAM, STS)
[[nodiscard]] HttpResponse queryResult(const QString &action, const QString &xmlNamespace, const QByteArray &resultXml,
                                       const QByteArray &requestId);
[[nodiscard]] HttpResponse queryError(int status, const QString &code, const QString &message,
                                      const QByteArray &requestId, bool senderFault = true);
[[nodiscard]] QByteArray xmlEscape(const QString &text);

// REST JSON in the OpenAI style (bedrock-mantle)
[[nodiscard]] HttpResponse json(int status, const QJsonObject &body, const QByteArray &requestId);
[[nodiscard]] HttpResponse openAiError(int status, const QString &type, const QString &message,
                                       const QByteArray &requestId, const QString &param = QString());

} // namespace Spendscope::Sandbox::Wire
