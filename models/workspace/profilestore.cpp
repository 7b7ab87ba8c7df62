// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Spendscope {

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString CurrentKey = u"currentProfile"_s;
const QString SecretsGroup = u"keychainIndex"_s;

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

Profile ProfileStore::sandboxProfile()
{
    Profile profile;
    profile.id = SandboxId.toString();
    profile.name = tr("Sandbox account");
    profile.kind = Profile::Kind::Sandbox;
    return profile;
}

QList<Profile> ProfileStore::stored() const
{
    m_problems.clear();
    QList<Profile> result;
    const int count = m_settings->beginReadArray(ProfilesGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(u"id"_s).toString();
        p.name = m_settings->value(u"name"_s).toString();
        const std::optional<Profile::Kind> kind = Profile::kindFromName(m_settings->value(u"kind"_s).toString());
        p.awsProfile = m_settings->value(u"awsProfile"_s).toString();
        p.accessKeyId = m_settings->value(u"accessKeyId"_s).toString();
        p.region = m_settings->value(u"region"_s, p.region).toString();
        p.endpointUrl = QUrl(m_settings->value(u"endpointUrl"_s).toString());
        p.sync.projectTagKey = m_settings->value(u"projectTagKey"_s, p.sync.projectTagKey).toString();
        p.sync.teamTagKey = m_settings->value(u"teamTagKey"_s, p.sync.teamTagKey).toString();
        p.sync.historyMonths = m_settings->value(u"historyMonths"_s, p.sync.historyMonths).toInt();
        p.sync.dailyDays = m_settings->value(u"dailyDays"_s, p.sync.dailyDays).toInt();
        if (kind)
            p.kind = *kind;
        const QString problem = !kind || *kind == Profile::Kind::Sandbox ? tr("unknown kind") : p.validate();
        if (!problem.isEmpty()) {
            //: %1 is a profile id, %2 the reason
            m_problems.append(tr("The stored profile “%1” was skipped: %2").arg(p.id.left(64), problem));
            continue;
        }
        result.append(p);
    }
    m_settings->endArray();
    return result;
}

void ProfileStore::write(const QList<Profile> &profiles)
{
    m_settings->remove(ProfilesGroup);
    m_settings->beginWriteArray(ProfilesGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, p.id);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"kind"_s, Profile::kindName(p.kind));
        m_settings->setValue(u"awsProfile"_s, p.awsProfile);
        m_settings->setValue(u"accessKeyId"_s, p.accessKeyId);
        m_settings->setValue(u"region"_s, p.region);
        m_settings->setValue(u"endpointUrl"_s, p.endpointUrl.toString());
        m_settings->setValue(u"projectTagKey"_s, p.sync.projectTagKey);
        m_settings->setValue(u"teamTagKey"_s, p.sync.teamTagKey);
        m_settings->setValue(u"historyMonths"_s, p.sync.historyMonths);
        m_settings->setValue(u"dailyDays"_s, p.sync.dailyDays);
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result{sandboxProfile()};
    result.append(stored());
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.id == SandboxId || profile.kind == Profile::Kind::Sandbox)
        return tr("The sandbox profile is built in and cannot be changed.");
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    QList<Profile> list = stored();
    const auto it = std::find_if(list.begin(), list.end(), [&](const Profile &p) { return p.id == profile.id; });
    if (it != list.end())
        *it = profile;
    else
        list.append(profile);
    write(list);
    return {};
}

QStringList ProfileStore::remove(const QString &id)
{
    if (id == SandboxId)
        return {};
    QList<Profile> list = stored();
    list.removeIf([&id](const Profile &p) { return p.id == id; });
    write(list);
    const QStringList secrets = storedSecrets(id);
    m_settings->remove(SecretsGroup + u'/' + id);
    if (currentId() == id)
        m_settings->remove(CurrentKey);
    m_settings->sync();
    return secrets;
}

QString ProfileStore::currentId() const
{
    const QString id = m_settings->value(CurrentKey).toString();
    return profile(id) ? id : SandboxId.toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(CurrentKey, id);
    m_settings->sync();
}

bool ProfileStore::isFirstRun() const
{
    return !m_settings->contains(CurrentKey);
}

QStringList ProfileStore::storedSecrets(const QString &id) const
{
    return m_settings->value(SecretsGroup + u'/' + id).toStringList();
}

void ProfileStore::noteSecretStored(const QString &id, const QString &secretName)
{
    QStringList names = storedSecrets(id);
    if (!names.contains(secretName))
        names.append(secretName);
    m_settings->setValue(SecretsGroup + u'/' + id, names);
    m_settings->sync();
}

void ProfileStore::noteSecretRemoved(const QString &id, const QString &secretName)
{
    QStringList names = storedSecrets(id);
    names.removeAll(secretName);
    if (names.isEmpty())
        m_settings->remove(SecretsGroup + u'/' + id);
    else
        m_settings->setValue(SecretsGroup + u'/' + id, names);
    m_settings->sync();
}

QString ProfileStore::uniqueId(const QString &name) const
{
    QString base = name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9_.-]+"_s), u"-"_s);
    base = base.left(48);
    while (base.startsWith(u'-') || base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty() || base == SandboxId)
        base = u"profile"_s;
    QString id = base;
    for (int n = 2; profile(id); ++n)
        id = u"%1-%2"_s.arg(base).arg(n);
    return id;
}

} // namespace Spendscope
