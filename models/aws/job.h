// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awserror.h"

#include <QObject>

namespace Spendscope {

// The one shape of asynchronous work in Spendscope (after KJob): create, connect to finished(),
// start(). start() only schedules the work, so connecting after start() in the same function is
// safe. finished() is emitted exactly once, also after cancel(); then error() tells how it ended.
// Jobs delete themselves after finished() unless setAutoDelete(false) was called.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    // Stops the work as soon as possible; finished() follows with a Cancelled error.
    void cancel();

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool hasError() const { return m_error.isError(); }
    [[nodiscard]] const AwsError &error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_error.toString(); }

    [[nodiscard]] bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(Spendscope::Job *job);
    // Progress in arbitrary units; total is 0 when unknown.
    void progress(Spendscope::Job *job, qint64 done, qint64 total);

protected:
    // Does the work; called from the event loop after start().
    virtual void run() = 0;
    // Stops pending work (abort replies, stop timers). emitResult() is called by cancel() itself.
    virtual void abort() {}

    void setError(const AwsError &error) { m_error = error; }
    // Ends the job: emits finished() once and schedules deletion when auto-deleting.
    void emitResult();
    void emitResult(const AwsError &error);

private:
    AwsError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Spendscope
