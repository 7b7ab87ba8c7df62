// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tagpolicy.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Spendscope {

// Edits the workspace tag policy: per tag key, whether it is required, the allowed values (empty:
// any) and the letter-case rule. The tag editor and the Projects page's filters and coverage
// apply it together with AWS's own rules.
class TagPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPolicyDialog)
public:
    explicit TagPolicyDialog(const TagPolicy &policy, QWidget *parent = nullptr);

    // The policy as edited; nullopt (with a reason shown) while a row is not valid.
    [[nodiscard]] std::optional<TagPolicy> policy() const;
    void addRule(const TagPolicy::Rule &rule);

    // Where the policy of a profile is kept (QSettings); the attribution keys are required by
    // default.
    [[nodiscard]] static TagPolicy load(const QString &profileId, const QStringList &defaultRequiredKeys);
    static void save(const QString &profileId, const TagPolicy &policy);

public Q_SLOTS:
    void accept() override;

private:
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace Spendscope
