// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awstransport.h"
#include "job.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace Spendscope {

// What a response handler decides: fail, finish, or send the next page.
struct StepOutcome
{
    AwsError error;
    std::optional<HttpRequest> next;

    [[nodiscard]] static StepOutcome done() { return {}; }
    [[nodiscard]] static StepOutcome fail(AwsError e) { return {std::move(e), std::nullopt}; }
    [[nodiscard]] static StepOutcome nextPage(HttpRequest r) { return {AwsError(), std::move(r)}; }
};

// A job that exchanges one or more requests (pages) with a service through the AwsTransport:
// signs each attempt afresh, retries throttling and transient failures with the transport's
// policy, turns HTTP errors into AwsError with the protocol's parser, and hands successful
// responses to handleResponse().
class ApiCall : public Job
{
    Q_OBJECT
public:
    ApiCall(AwsTransport *transport, ServiceRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    // Fails the call at start without sending anything (client-side validation).
    void failBeforeSending(const AwsError &error) { m_preflightError = error; }

    [[nodiscard]] const ServiceRequest &request() const { return m_request; }
    [[nodiscard]] int attemptCount() const { return m_totalAttempts; } // HTTP requests sent
    [[nodiscard]] int pageCount() const { return m_pages; }            // successful responses
    [[nodiscard]] const HttpResponse &lastResponse() const { return m_lastResponse; }

protected:
    void run() override;
    void abort() override;
    virtual StepOutcome handleResponse(const HttpResponse &response) = 0;

private:
    void sendAttempt();
    void onReplyFinished();
    void onDownloadProgress(qint64 received);
    void retryOrFail(const AwsError &error);
    // Ends the call as Cancelled when its connection has gone; true when it did.
    bool endIfDisconnected();

    // The transport belongs to a connection that can end while the call is pending (the user
    // switches accounts); the call then ends as Cancelled instead of reaching a deleted object.
    QPointer<AwsTransport> m_transport;
    ServiceRequest m_request;
    AwsError m_preflightError;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    HttpResponse m_lastResponse;
    int m_attempt = 0; // attempts of the current page
    int m_totalAttempts = 0;
    int m_pages = 0;
    bool m_oversized = false;
    bool m_aborting = false;
};

// An ApiCall with a typed result built by a step function (parse a page, merge it into the
// result, and maybe ask for the next page). Clients return these; callers read result() once
// finished() arrived without error.
template<typename Result>
class ApiJob final : public ApiCall
{
public:
    using Step = std::function<StepOutcome(const HttpResponse &, Result &)>;

    ApiJob(AwsTransport *transport, ServiceRequest request, Step step, QObject *parent = nullptr)
        : ApiCall(transport, std::move(request), parent)
        , m_step(std::move(step))
    {
    }

    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] Result takeResult() { return std::move(m_result); }

protected:
    StepOutcome handleResponse(const HttpResponse &response) override { return m_step(response, m_result); }

private:
    Step m_step;
    Result m_result{};
};

} // namespace Spendscope
