// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgeteditor.h"

#include "api/budgetsclient.h"
#include "api/stsclient.h"
#include "aws/job.h"
#include "workspace/workspace.h"

#include <memory>

namespace Spendscope {

namespace {

ThresholdType thresholdTypeOf(const Notification &n)
{
    return n.thresholdType.value_or(ThresholdType::Percentage);
}

bool sameSubscribers(const QList<Subscriber> &a, const QList<Subscriber> &b)
{
    if (a.size() != b.size())
        return false;
    for (const Subscriber &s : a) {
        if (!b.contains(s))
            return false;
    }
    return true;
}

// What differs between the definition asked for and the one read back; empty when nothing.
QString mismatch(const BudgetEditor::Definition &wanted, const BudgetEditor::Definition &got)
{
    const auto amount = [](const std::optional<Spend> &s) { return s ? std::optional<Money>(s->amount) : std::nullopt; };
    if (amount(wanted.budget.limit) != amount(got.budget.limit))
        return BudgetEditor::tr("the limit differs");
    if (wanted.budget.timeUnit != got.budget.timeUnit)
        return BudgetEditor::tr("the period differs");
    if (!(wanted.budget.filterExpression == got.budget.filterExpression))
        return BudgetEditor::tr("the filter differs");
    if (wanted.notifications.size() != got.notifications.size())
        return BudgetEditor::tr("the notifications differ");
    for (const NotificationWithSubscribers &w : wanted.notifications) {
        const auto match = std::find_if(got.notifications.cbegin(), got.notifications.cend(), [&](const auto &g) {
            return BudgetEditor::sameNotification(w.notification, g.notification);
        });
        if (match == got.notifications.cend())
            return BudgetEditor::tr("the notifications differ");
        if (!sameSubscribers(w.subscribers, match->subscribers))
            return BudgetEditor::tr("the subscribers of a notification differ");
    }
    return {};
}

} // namespace

BudgetEditor::BudgetEditor(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // Jobs in flight belong to the connection that is going away; they end now (finished() with
    // Cancelled), so that none reaches a transport that is about to be replaced.
    connect(workspace, &Workspace::connectionChanged, this, [this] {
        ++m_generation;
        const QList<Job *> jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
        for (Job *job : jobs) {
            if (job->isStarted() && !job->isFinished())
                job->cancel();
        }
    });
    // The cache shows at once (also offline); the service's own state follows.
    connect(workspace, &Workspace::costDataChanged, this, [this] {
        adoptCachedBudgets();
        if (m_workspace->isConnected())
            refresh();
        else
            Q_EMIT loaded();
    });
}

bool BudgetEditor::sameNotification(const Notification &a, const Notification &b)
{
    return a.type == b.type && a.comparison == b.comparison && a.threshold == b.threshold
        && thresholdTypeOf(a) == thresholdTypeOf(b);
}

std::optional<Budget> BudgetEditor::budget(const QString &name) const
{
    for (const Budget &b : m_budgets) {
        if (b.name == name)
            return b;
    }
    return std::nullopt;
}

BudgetsClient BudgetEditor::client() const
{
    return BudgetsClient(m_workspace->transport(), m_workspace->endpointConfig());
}

void BudgetEditor::adoptCachedBudgets()
{
    ++m_generation; // a read in flight answers for the previous data
    m_live = false;
    m_budgets = m_workspace->costData().budgets;
    QHash<QString, QList<Notification>> kept;
    for (const Budget &b : std::as_const(m_budgets)) {
        if (const auto it = m_notifications.constFind(b.name); it != m_notifications.cend())
            kept.insert(b.name, it.value());
    }
    m_notifications = kept;
    Q_EMIT budgetsChanged();
}

void BudgetEditor::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void BudgetEditor::end(const Done &done, const QString &error)
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
    if (!error.isEmpty())
        Q_EMIT failed(error);
    if (done)
        done(error);
}

void BudgetEditor::withAccount(std::function<void()> then, Done failed)
{
    if (!m_workspace->isConnected()) {
        failed(tr("Not connected to an account."));
        return;
    }
    if (!m_workspace->accountId().isEmpty()) {
        then();
        return;
    }
    StsClient sts(m_workspace->transport(), m_workspace->endpointConfig());
    auto *job = sts.getCallerIdentity();
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job, then = std::move(then), failed = std::move(failed)] {
        if (job->hasError()) {
            failed(tr("The account could not be identified: %1").arg(job->errorString()));
            return;
        }
        m_workspace->setAccountId(job->result().account);
        then();
    });
    job->start();
}

void BudgetEditor::runSteps(QList<Step> steps, Done done)
{
    if (steps.isEmpty()) {
        done(QString());
        return;
    }
    const Step step = steps.takeFirst();
    Job *job = step();
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job, steps = std::move(steps), done = std::move(done)] {
        if (job->hasError()) {
            done(job->errorString());
            return;
        }
        runSteps(steps, done);
    });
    job->start();
}

void BudgetEditor::refresh(Done done)
{
    const quint64 generation = ++m_generation;
    begin();
    withAccount(
        [this, generation, done] {
            const QString account = m_workspace->accountId();
            auto *job = client().describeBudgets(account);
            job->setParent(this);
            connect(job, &Job::finished, this, [this, job, generation, done, account] {
                if (generation != m_generation) {
                    end(done, QString());
                    return;
                }
                if (job->hasError()) {
                    const QString error = tr("The budgets could not be read: %1").arg(job->errorString());
                    Q_EMIT loaded();
                    end(done, error);
                    return;
                }
                const QList<Budget> budgets = job->result();
                struct Reads
                {
                    qsizetype remaining = 0;
                    QHash<QString, QList<Notification>> notifications;
                    QString problem;
                };
                auto reads = std::make_shared<Reads>();
                reads->remaining = budgets.size();
                auto apply = [this, generation, done, budgets, reads] {
                    if (generation != m_generation) {
                        end(done, QString());
                        return;
                    }
                    QHash<QString, QList<Notification>> notifications = reads->notifications;
                    // A budget whose notifications could not be read keeps the ones known.
                    for (const Budget &b : budgets) {
                        if (!notifications.contains(b.name) && m_notifications.contains(b.name))
                            notifications.insert(b.name, m_notifications.value(b.name));
                    }
                    m_budgets = budgets;
                    m_notifications = notifications;
                    m_live = true;
                    Q_EMIT budgetsChanged();
                    Q_EMIT loaded();
                    end(done, reads->problem);
                };
                if (budgets.isEmpty()) {
                    apply();
                    return;
                }
                for (const Budget &b : budgets) {
                    auto *read = client().describeNotificationsForBudget(account, b.name);
                    read->setParent(this);
                    connect(read, &Job::finished, this, [read, name = b.name, reads, apply] {
                        if (read->hasError()) {
                            if (reads->problem.isEmpty())
                                //: %1 a budget name, %2 the reason
                                reads->problem = tr("The notifications of “%1” could not be read: %2")
                                                     .arg(name, read->errorString());
                        } else {
                            reads->notifications.insert(name, read->result());
                        }
                        if (--reads->remaining == 0)
                            apply();
                    });
                    read->start();
                }
            });
            job->start();
        },
        [this, done](const QString &error) {
            Q_EMIT loaded();
            end(done, error);
        });
}

void BudgetEditor::loadDefinition(const QString &name,
                                  std::function<void(const std::optional<Definition> &, const QString &error)> done)
{
    begin();
    auto finish = [this, done](const std::optional<Definition> &definition, const QString &error) {
        end({}, error);
        done(definition, error);
    };
    withAccount(
        [this, name, finish] {
            const QString account = m_workspace->accountId();
            auto *job = client().describeBudget(account, name);
            job->setParent(this);
            connect(job, &Job::finished, this, [this, job, account, name, finish] {
                if (job->hasError()) {
                    finish(std::nullopt, tr("The budget “%1” could not be read: %2").arg(name, job->errorString()));
                    return;
                }
                auto definition = std::make_shared<Definition>();
                definition->budget = job->result();
                auto *notes = client().describeNotificationsForBudget(account, name);
                notes->setParent(this);
                connect(notes, &Job::finished, this, [this, notes, account, name, definition, finish] {
                    if (notes->hasError()) {
                        finish(std::nullopt, tr("The notifications of “%1” could not be read: %2").arg(name, notes->errorString()));
                        return;
                    }
                    QList<Step> steps;
                    for (const Notification &n : notes->result()) {
                        definition->notifications.append({n, {}});
                        const qsizetype index = definition->notifications.size() - 1;
                        steps.append([this, account, name, n, index, definition]() -> Job * {
                            auto *subscribers = client().describeSubscribersForNotification(account, name, n);
                            subscribers->setParent(this);
                            connect(subscribers, &Job::finished, this, [subscribers, index, definition] {
                                if (!subscribers->hasError())
                                    definition->notifications[index].subscribers = subscribers->result();
                            });
                            return subscribers;
                        });
                    }
                    runSteps(steps, [name, definition, finish](const QString &error) {
                        if (!error.isEmpty())
                            finish(std::nullopt, tr("The subscribers of “%1” could not be read: %2").arg(name, error));
                        else
                            finish(*definition, QString());
                    });
                });
                notes->start();
            });
            job->start();
        },
        [finish](const QString &error) { finish(std::nullopt, error); });
}

void BudgetEditor::create(const Definition &definition, Done done)
{
    begin();
    const QString name = definition.budget.name;
    auto fail = [this, done, name](const QString &error) {
        //: %1 a budget name, %2 the reason
        end(done, tr("The budget “%1” was not created: %2").arg(name, error));
    };
    withAccount(
        [this, definition, done, fail] {
            const QString account = m_workspace->accountId();
            const QList<Step> steps{[this, account, definition]() -> Job * {
                return client().createBudget(account, definition.budget, definition.notifications);
            }};
            runSteps(steps, [this, definition, done, fail](const QString &error) {
                if (!error.isEmpty()) {
                    fail(error);
                    return;
                }
                loadDefinition(definition.budget.name, [this, definition, done](const std::optional<Definition> &read,
                                                                               const QString &readError) {
                    if (read)
                        showReadBack(read->budget, read->notifications);
                    QString problem = readError;
                    if (read) {
                        if (const QString differs = mismatch(definition, *read); !differs.isEmpty())
                            //: %1 a budget name, %2 what differs
                            problem = tr("Read back, the budget “%1” does not match the request: %2")
                                          .arg(definition.budget.name, differs);
                    }
                    refresh();
                    end(done, problem);
                });
            });
        },
        fail);
}

void BudgetEditor::update(const Definition &from, const Definition &to, Done done)
{
    begin();
    const QString name = to.budget.name;
    auto fail = [this, done, name](const QString &error) {
        //: %1 a budget name, %2 the reason
        end(done, tr("The budget “%1” was not changed: %2").arg(name, error));
    };
    if (from.budget.name != name) {
        fail(tr("A budget cannot be renamed."));
        return;
    }
    withAccount(
        [this, from, to, done, fail, name] {
            const QString account = m_workspace->accountId();
            QList<Step> steps;
            steps.append([this, account, to]() -> Job * { return client().updateBudget(account, to.budget); });
            const auto find = [](const QList<NotificationWithSubscribers> &list, const Notification &n) {
                return std::find_if(list.cbegin(), list.cend(),
                                    [&](const auto &item) { return sameNotification(item.notification, n); });
            };
            for (const NotificationWithSubscribers &old : from.notifications) {
                if (find(to.notifications, old.notification) == to.notifications.cend())
                    steps.append([this, account, name, n = old.notification]() -> Job * {
                        return client().deleteNotification(account, name, n);
                    });
            }
            for (const NotificationWithSubscribers &wanted : to.notifications) {
                const auto existing = find(from.notifications, wanted.notification);
                if (existing == from.notifications.cend()) {
                    steps.append([this, account, name, wanted]() -> Job * {
                        return client().createNotification(account, name, wanted.notification, wanted.subscribers);
                    });
                    continue;
                }
                // New subscribers first: removing a notification's last subscriber removes it.
                for (const Subscriber &s : wanted.subscribers) {
                    if (!existing->subscribers.contains(s))
                        steps.append([this, account, name, n = existing->notification, s]() -> Job * {
                            return client().createSubscriber(account, name, n, s);
                        });
                }
                for (const Subscriber &s : existing->subscribers) {
                    if (!wanted.subscribers.contains(s))
                        steps.append([this, account, name, n = existing->notification, s]() -> Job * {
                            return client().deleteSubscriber(account, name, n, s);
                        });
                }
            }
            runSteps(steps, [this, to, done, fail, name](const QString &error) {
                if (!error.isEmpty()) {
                    // Part may have been applied: show what the service has now.
                    refresh();
                    fail(error);
                    return;
                }
                loadDefinition(name, [this, to, done, name](const std::optional<Definition> &read, const QString &readError) {
                    if (read)
                        showReadBack(read->budget, read->notifications);
                    QString problem = readError;
                    if (read) {
                        if (const QString differs = mismatch(to, *read); !differs.isEmpty())
                            problem = tr("Read back, the budget “%1” does not match the request: %2").arg(name, differs);
                    }
                    refresh();
                    end(done, problem);
                });
            });
        },
        fail);
}

void BudgetEditor::remove(const QString &name, Done done)
{
    begin();
    auto fail = [this, done, name](const QString &error) {
        //: %1 a budget name, %2 the reason
        end(done, tr("The budget “%1” was not deleted: %2").arg(name, error));
    };
    withAccount(
        [this, name, done, fail] {
            const QString account = m_workspace->accountId();
            auto *job = client().deleteBudget(account, name);
            job->setParent(this);
            connect(job, &Job::finished, this, [this, job, account, name, done, fail] {
                if (job->hasError()) {
                    fail(job->errorString());
                    return;
                }
                // Read back: the service must no longer know the budget.
                auto *check = client().describeBudget(account, name);
                check->setParent(this);
                connect(check, &Job::finished, this, [this, check, name, done] {
                    QString problem;
                    if (!check->hasError())
                        problem = tr("Read back, the budget “%1” still exists.").arg(name);
                    else if (check->error().kind() != AwsError::Kind::NotFound)
                        problem = tr("The deletion of “%1” could not be verified: %2").arg(name, check->errorString());
                    else
                        forget(name);
                    refresh();
                    end(done, problem);
                });
                check->start();
            });
            job->start();
        },
        fail);
}

void BudgetEditor::showReadBack(const Budget &budget, const QList<NotificationWithSubscribers> &notifications)
{
    QList<Notification> plain;
    for (const NotificationWithSubscribers &n : notifications)
        plain.append(n.notification);
    m_notifications.insert(budget.name, plain);
    const auto it = std::find_if(m_budgets.begin(), m_budgets.end(), [&](const Budget &b) { return b.name == budget.name; });
    if (it != m_budgets.end()) {
        *it = budget;
    } else {
        // DescribeBudgets lists by name; keep that order.
        const auto at = std::lower_bound(m_budgets.begin(), m_budgets.end(), budget.name,
                                         [](const Budget &b, const QString &name) { return b.name < name; });
        m_budgets.insert(at, budget);
    }
    Q_EMIT budgetsChanged();
}

void BudgetEditor::forget(const QString &name)
{
    m_notifications.remove(name);
    const auto removed = m_budgets.removeIf([&](const Budget &b) { return b.name == name; });
    if (removed > 0)
        Q_EMIT budgetsChanged();
}

} // namespace Spendscope
