// SPDX-License-Identifier: GPL-3.0-or-later
#include "policystatementmodel.h"

using namespace Qt::StringLiterals;

namespace Spendscope {

PolicyStatementModel::PolicyStatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyStatementModel::setDocument(const PolicyDocument &document)
{
    beginResetModel();
    m_document = document;
    m_lastError.clear();
    endResetModel();
}

PolicyStatement PolicyStatementModel::statement(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_document.statements().at(row);
}

bool PolicyStatementModel::setStatement(int row, const PolicyStatement &statement)
{
    if (row < 0 || row >= rowCount()) {
        m_lastError = tr("There is no statement %1.").arg(row + 1);
        return false;
    }
    m_lastError = checkSid(statement.sid, row);
    if (!m_lastError.isEmpty())
        return false;
    if (m_document.statements().at(row) == statement)
        return true;
    m_document.statements()[row] = statement;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool PolicyStatementModel::insertStatement(int row, const PolicyStatement &statement)
{
    if (row < 0 || row > rowCount()) {
        m_lastError = tr("There is no statement %1.").arg(row + 1);
        return false;
    }
    m_lastError = checkSid(statement.sid, -1);
    if (!m_lastError.isEmpty())
        return false;
    beginInsertRows(QModelIndex(), row, row);
    m_document.statements().insert(row, statement);
    endInsertRows();
    return true;
}

int PolicyStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.statements().size());
}

int PolicyStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyStatement &s = m_document.statements().at(index.row());
    const bool deny = s.effect == PolicyStatement::Effect::Deny;
    switch (index.column()) {
    case SidColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return s.sid;
        break;
    case EffectColumn:
        if (role == Qt::DisplayRole)
            return deny ? tr("Deny") : tr("Allow");
        if (role == Qt::EditRole)
            return PolicyDocument::effectName(s.effect);
        if (role == RawValueRole)
            return static_cast<int>(s.effect);
        break;
    case ActionsColumn:
        if (role == Qt::DisplayRole)
            return listSummary(s.actions, s.notAction);
        if (role == Qt::ToolTipRole)
            return s.actions.join(u'\n');
        if (role == RawValueRole)
            return s.actions;
        break;
    case ResourcesColumn:
        if (role == Qt::DisplayRole)
            return listSummary(s.resources, s.notResource);
        if (role == Qt::ToolTipRole)
            return s.resources.join(u'\n');
        if (role == RawValueRole)
            return s.resources;
        break;
    case ConditionsColumn:
        if (role == Qt::DisplayRole)
            return conditionSummary(s);
        if (role == Qt::ToolTipRole)
            return conditionSummary(s).replace(u"; "_s, u"\n"_s);
        if (role == RawValueRole)
            return static_cast<int>(s.conditions.size());
        break;
    default:
        break;
    }
    return {};
}

QVariant PolicyStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SidColumn:
        //: statement id in an IAM policy
        return tr("Sid");
    case EffectColumn:
        return tr("Effect");
    case ActionsColumn:
        return tr("Actions");
    case ResourcesColumn:
        return tr("Resources");
    case ConditionsColumn:
        return tr("Conditions");
    default:
        return {};
    }
}

Qt::ItemFlags PolicyStatementModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == SidColumn || index.column() == EffectColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PolicyStatementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PolicyStatement &s = m_document.statements()[index.row()];
    if (index.column() == SidColumn) {
        const QString sid = value.toString();
        m_lastError = checkSid(sid, index.row());
        if (!m_lastError.isEmpty())
            return false;
        if (sid != s.sid) {
            s.sid = sid;
            Q_EMIT dataChanged(index, index);
        }
        return true;
    }
    if (index.column() == EffectColumn) {
        PolicyStatement::Effect effect;
        // The wire names, as a combo box of "Allow"/"Deny" or a JSON editor would give them;
        // ints as RawValueRole hands them out.
        if (value.typeId() == QMetaType::Int) {
            const int raw = value.toInt();
            if (raw != static_cast<int>(PolicyStatement::Effect::Allow)
                && raw != static_cast<int>(PolicyStatement::Effect::Deny)) {
                m_lastError = tr("The effect must be “Allow” or “Deny”.");
                return false;
            }
            effect = static_cast<PolicyStatement::Effect>(raw);
        } else if (value.toString() == u"Allow") {
            effect = PolicyStatement::Effect::Allow;
        } else if (value.toString() == u"Deny") {
            effect = PolicyStatement::Effect::Deny;
        } else {
            m_lastError = tr("The effect must be “Allow” or “Deny”, not “%1”.").arg(value.toString());
            return false;
        }
        m_lastError.clear();
        if (effect != s.effect) {
            s.effect = effect;
            Q_EMIT dataChanged(index, index);
        }
        return true;
    }
    return false;
}

bool PolicyStatementModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_document.statements().insert(row, PolicyStatement());
    endInsertRows();
    return true;
}

bool PolicyStatementModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_document.statements().remove(row, count);
    endRemoveRows();
    return true;
}

QString PolicyStatementModel::checkSid(const QString &sid, int exceptRow) const
{
    const QString invalid = PolicyDocument::validateSid(sid);
    if (!invalid.isEmpty() || sid.isEmpty())
        return invalid;
    const QList<PolicyStatement> &statements = m_document.statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (i != exceptRow && statements.at(i).sid == sid)
            return tr("Statement %1 already has the Sid “%2”; Sids must be unique within a policy.")
                .arg(i + 1)
                .arg(sid);
    }
    return {};
}

QString PolicyStatementModel::listSummary(const QStringList &items, bool inverted)
{
    const QString list = items.join(u", "_s);
    //: NotAction/NotResource: the statement applies to everything but these
    return inverted ? tr("All except %1").arg(list) : list;
}

// JSON vocabulary, not prose: "StringEquals aws:ResourceTag/Team = Alpha, Beta; Null ...".
QString PolicyStatementModel::conditionSummary(const PolicyStatement &statement)
{
    QStringList parts;
    for (const PolicyStatement::Condition &c : statement.conditions)
        parts.append(u"%1 %2 = %3"_s.arg(c.op, c.key, c.values.join(u", "_s)));
    return parts.join(u"; "_s);
}

} // namespace Spendscope
