// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spendscope;

namespace {

Profile keysProfile(const QString &id)
{
    Profile p;
    p.id = id;
    p.name = u"Production"_s;
    p.kind = Profile::Kind::StoredKeys;
    p.accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
    p.region = u"eu-west-1"_s;
    p.endpointUrl = QUrl(u"https://example.test:8443"_s);
    p.sync.projectTagKey = u"CostProject"_s;
    p.sync.dailyDays = 45;
    return p;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sandboxIsBuiltIn();
    void saveAndReload_keepsEveryField();
    void invalidProfiles_areRefused();
    void damagedEntries_areSkippedAndReported();
    void remove_returnsTheKeychainEntries();
    void current_andFirstRun();
    void uniqueId();
    void noSecretEverReachesTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestProfileStore::sandboxIsBuiltIn()
{
    ProfileStore store(m_settings.get());
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.constFirst().kind, Profile::Kind::Sandbox);
    QCOMPARE(profiles.constFirst().id, u"sandbox"_s);
    Profile changed = ProfileStore::sandboxProfile();
    changed.name = u"Mine"_s;
    QVERIFY(!store.save(changed).isEmpty());
    QVERIFY(store.remove(u"sandbox"_s).isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::saveAndReload_keepsEveryField()
{
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save(keysProfile(u"prod"_s)).isEmpty());
        Profile config;
        config.id = u"dev"_s;
        config.name = u"Dev"_s;
        config.kind = Profile::Kind::AwsConfig;
        config.awsProfile = u"dev-admin"_s;
        QVERIFY(store.save(config).isEmpty());
        // Saving an existing id replaces it in place.
        Profile renamed = keysProfile(u"prod"_s);
        renamed.name = u"Production (EU)"_s;
        QVERIFY(store.save(renamed).isEmpty());
    }
    QSettings reread(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileStore store(&reread);
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 3);
    Profile expected = keysProfile(u"prod"_s);
    expected.name = u"Production (EU)"_s;
    QCOMPARE(profiles.at(1), expected);
    QCOMPARE(profiles.at(2).awsProfile, u"dev-admin"_s);
    QCOMPARE(store.profile(u"dev"_s)->kind, Profile::Kind::AwsConfig);
    QVERIFY(!store.profile(u"nope"_s));
    QVERIFY(store.problems().isEmpty());
}

void TestProfileStore::invalidProfiles_areRefused()
{
    ProfileStore store(m_settings.get());
    auto refused = [&store](auto change) {
        Profile p = keysProfile(u"x"_s);
        change(p);
        return !store.save(p).isEmpty();
    };
    QVERIFY(refused([](Profile &p) { p.id = u"../etc"_s; }));
    QVERIFY(refused([](Profile &p) { p.name = u"  "_s; }));
    QVERIFY(refused([](Profile &p) { p.region = u"Frankfurt"_s; }));
    QVERIFY(refused([](Profile &p) { p.endpointUrl = QUrl(u"ftp://host"_s); }));
    QVERIFY(refused([](Profile &p) { p.accessKeyId = u"secret/with+slash"_s; }));
    QVERIFY(refused([](Profile &p) { p.sync.teamTagKey = p.sync.projectTagKey; }));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::damagedEntries_areSkippedAndReported()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.save(keysProfile(u"good"_s)).isEmpty());
    m_settings->beginWriteArray(u"profiles"_s, 2);
    m_settings->setArrayIndex(1);
    m_settings->setValue(u"id"_s, u"bad"_s);
    m_settings->setValue(u"name"_s, u"Bad"_s);
    m_settings->setValue(u"kind"_s, u"teleport"_s);
    m_settings->endArray();
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(store.problems().size(), 1);
    QVERIFY(store.problems().constFirst().contains(u"bad"_s));
}

void TestProfileStore::remove_returnsTheKeychainEntries()
{
    ProfileStore store(m_settings.get());
    const Profile p = keysProfile(u"prod"_s);
    QVERIFY(store.save(p).isEmpty());
    store.noteSecretStored(p.id, p.secretKeyName());
    store.noteSecretStored(p.id, p.apiKeyName());
    store.noteSecretStored(p.id, p.apiKeyName());
    QCOMPARE(store.storedSecrets(p.id), (QStringList{p.secretKeyName(), p.apiKeyName()}));
    store.noteSecretRemoved(p.id, p.apiKeyName());
    QCOMPARE(store.storedSecrets(p.id), QStringList{p.secretKeyName()});
    store.setCurrentId(p.id);
    QCOMPARE(store.remove(p.id), QStringList{p.secretKeyName()});
    QVERIFY(store.storedSecrets(p.id).isEmpty());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.currentId(), u"sandbox"_s);
}

void TestProfileStore::current_andFirstRun()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.isFirstRun());
    QCOMPARE(store.currentId(), u"sandbox"_s);
    QVERIFY(store.save(keysProfile(u"prod"_s)).isEmpty());
    store.setCurrentId(u"prod"_s);
    QVERIFY(!store.isFirstRun());
    QCOMPARE(store.currentId(), u"prod"_s);
    // A current id that no longer exists falls back to the sandbox.
    store.setCurrentId(u"gone"_s);
    QCOMPARE(store.currentId(), u"sandbox"_s);
}

void TestProfileStore::uniqueId()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(store.uniqueId(u"Production EU"_s), u"production-eu"_s);
    QVERIFY(store.save(keysProfile(u"production-eu"_s)).isEmpty());
    QCOMPARE(store.uniqueId(u"Production EU"_s), u"production-eu-2"_s);
    QCOMPARE(store.uniqueId(u"Sandbox"_s), u"profile"_s);
    QCOMPARE(store.uniqueId(u"…"_s), u"profile"_s);
    Profile p = keysProfile(store.uniqueId(u"../../x"_s));
    QVERIFY2(p.validate().isEmpty(), qPrintable(p.id));
}

void TestProfileStore::noSecretEverReachesTheFile()
{
    ProfileStore store(m_settings.get());
    Profile p = keysProfile(u"prod"_s);
    QVERIFY(store.save(p).isEmpty());
    store.noteSecretStored(p.id, p.secretKeyName());
    m_settings->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("AKIAIOSFODNN7EXAMPLE")); // the id is not a secret
    QVERIFY(text.contains("secret-access-key"));    // the index names the entry...
    // ...and the profile fields hold no secret-shaped value.
    QVERIFY(!text.contains("wJalrXUtnFEMI"));
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(u"secretAccessKey"_s, Qt::CaseInsensitive) && !key.contains(u"bearer"_s, Qt::CaseInsensitive),
                 qPrintable(key));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
