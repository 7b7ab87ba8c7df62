// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpolicydialog.h"

#include "domain/tagset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

enum Column { KeyColumn, RequiredColumn, AllowedColumn, CaseColumn, ColumnCount };

QString settingsKey(const QString &profileId)
{
    return u"tagPolicy/"_s + profileId;
}

} // namespace

TagPolicyDialog::TagPolicyDialog(const TagPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"tagPolicyDialog"_s);
    setWindowTitle(tr("Tag Policy"));
    resize(640, 360);
    m_table->setObjectName(u"tagPolicyTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Tag key"), tr("Required"), tr("Allowed values (comma-separated)"), tr("Case")});
    m_table->horizontalHeader()->setSectionResizeMode(AllowedColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_problem->setObjectName(u"tagPolicyProblem"_s);
    m_problem->setWordWrap(true);
    for (const TagPolicy::Rule &rule : policy.rules())
        addRule(rule);

    auto *add = new QPushButton(tr("&Add Key"), this);
    auto *remove = new QPushButton(tr("&Remove Key"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRule(TagPolicy::Rule()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tags every project should carry, and the values they may take. AWS's own rules "
                                    "always apply as well."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void TagPolicyDialog::addRule(const TagPolicy::Rule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(rule.key));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    required->setCheckState(rule.required ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, RequiredColumn, required);
    m_table->setItem(row, AllowedColumn, new QTableWidgetItem(rule.allowedValues.join(u", "_s)));
    auto *caseRule = new QComboBox(m_table);
    for (const TagPolicy::CaseRule c : {TagPolicy::CaseRule::Any, TagPolicy::CaseRule::Lower, TagPolicy::CaseRule::Exact})
        caseRule->addItem(TagPolicy::caseRuleName(c), int(c));
    caseRule->setCurrentIndex(caseRule->findData(int(rule.caseRule)));
    m_table->setCellWidget(row, CaseColumn, caseRule);
}

std::optional<TagPolicy> TagPolicyDialog::policy() const
{
    TagPolicy policy;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TagPolicy::Rule rule;
        rule.key = m_table->item(row, KeyColumn)->text().trimmed();
        if (const QString problem = TagSet::validateKey(rule.key); !problem.isEmpty()) {
            m_problem->setText(problem);
            return std::nullopt;
        }
        if (policy.rule(rule.key)) {
            m_problem->setText(tr("The key “%1” is listed twice.").arg(rule.key));
            return std::nullopt;
        }
        rule.required = m_table->item(row, RequiredColumn)->checkState() == Qt::Checked;
        for (const QString &value : m_table->item(row, AllowedColumn)->text().split(u',', Qt::SkipEmptyParts))
            rule.allowedValues.append(value.trimmed());
        const auto *caseRule = qobject_cast<const QComboBox *>(m_table->cellWidget(row, CaseColumn));
        rule.caseRule = TagPolicy::CaseRule(caseRule->currentData().toInt());
        policy.setRule(rule);
    }
    m_problem->clear();
    return policy;
}

void TagPolicyDialog::accept()
{
    if (policy())
        QDialog::accept();
}

TagPolicy TagPolicyDialog::load(const QString &profileId, const QStringList &defaultRequiredKeys)
{
    const QByteArray json = QSettings().value(settingsKey(profileId)).toByteArray();
    if (!json.isEmpty()) {
        if (std::optional<TagPolicy> stored = TagPolicy::fromJson(QJsonDocument::fromJson(json).object()))
            return *stored;
    }
    TagPolicy policy;
    for (const QString &key : defaultRequiredKeys) {
        TagPolicy::Rule rule;
        rule.key = key;
        rule.required = true;
        policy.setRule(rule);
    }
    return policy;
}

void TagPolicyDialog::save(const QString &profileId, const TagPolicy &policy)
{
    QSettings().setValue(settingsKey(profileId), QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace Spendscope
