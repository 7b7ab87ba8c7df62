// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"
#include "domain/tagset.h"

#include <QObject>

#include <functional>

namespace Spendscope {

class Workspace;

// Carries out project edits against the workspace's Mantle endpoint and checks each by reading
// the project back: a result that differs from what was asked for is reported as a mismatch,
// never silently accepted. Views show edited() and failed(); the undo commands call in here.
class ProjectEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditor)
public:
    explicit ProjectEditor(Workspace *workspace, QObject *parent = nullptr);

    void create(const QString &name, const TagSet &tags, std::function<void(const QString &id)> created = {});
    void rename(const QString &id, const QString &name);
    // Applies the difference between `from` and `to` (Mantle has no atomic replacement).
    void changeTags(const QString &id, const TagSet &from, const TagSet &to);
    void archive(const QString &id);
    [[nodiscard]] int pendingEdits() const { return m_pending; }

Q_SIGNALS:
    // The project as read back after a verified edit.
    void edited(const Spendscope::Project &project);
    void failed(const QString &message);
    void idle();

private:
    void verify(const QString &id, std::function<QString(const Project &)> check);
    void finishOne();

    Workspace *m_workspace;
    int m_pending = 0;
};

} // namespace Spendscope
