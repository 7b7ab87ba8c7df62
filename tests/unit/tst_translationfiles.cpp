// SPDX-License-Identifier: GPL-3.0-or-later
// The French and German catalogues are complete for the sources as they are now: lupdate is run
// over the sources into copies of the .ts files, and every message of the result must have a
// finished translation that keeps the source's placeholders, plural forms and accelerator. A new
// or changed tr() string without a translation fails here, as does a stale catalogue.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        }
        // A numerus message ends with its translation element; store it then.
        if (current.numerus && name == u"translation") {
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"translation")) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

// The number of accelerator markers: "&" before anything but a space or a second "&".
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString describe(const Message &m)
{
    return m.context + u" | "_s + m.source + (m.comment.isEmpty() ? QString() : u" ("_s + m.comment + u")"_s);
}

} // namespace

class TranslationFilesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &code : {u"fr"_s, u"de"_s, u"en"_s}) {
            const QString original = QStringLiteral(SPENDSCOPE_SOURCE_DIR "/translations/spendscope_%1.ts").arg(code);
            QVERIFY2(QFile::copy(original, copyOf(code)), qPrintable(original));
            QFile::setPermissions(copyOf(code), QFile::ReadOwner | QFile::WriteOwner);
        }
        // Without -no-obsolete, so that entries whose source is gone show up as vanished.
        runLupdate({u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(SPENDSCOPE_LUPDATE_LIST), u"-ts"_s,
                    copyOf(u"fr"_s), copyOf(u"de"_s)});
        runLupdate({u"-locations"_s, u"none"_s, u"-pluralonly"_s, u"@"_s + QStringLiteral(SPENDSCOPE_LUPDATE_LIST),
                    u"-ts"_s, copyOf(u"en"_s)});
    }

    void complete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << u"fr"_s << u"fr_FR"_s;
        QTest::newRow("German") << u"de"_s << u"de_DE"_s;
        QTest::newRow("English plural forms") << u"en"_s << u"en_US"_s;
    }

    void complete()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QString fileLanguage;
        const QList<Message> messages = readTs(copyOf(code), &fileLanguage);
        QCOMPARE(fileLanguage, language);
        // The catalogues cover every tr() in the code base; English only the plural forms.
        QVERIFY2(messages.size() > (code == u"en" ? 5 : 1000), qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems.append(m.type + u": "_s + describe(m));
                continue;
            }
            // French and German both have two plural forms.
            if (m.numerus && m.translations.size() != 2) {
                problems.append(u"plural forms: "_s + describe(m));
                continue;
            }
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(u"empty: "_s + describe(m));
                else if (placeholders(translation) != placeholders(m.source))
                    problems.append(u"placeholders: "_s + describe(m) + u" → "_s + translation);
                else if (!m.source.contains(u'<') && accelerators(m.source) != accelerators(translation))
                    problems.append(u"accelerator: "_s + describe(m) + u" → "_s + translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.mid(0, 40).join(u'\n') + u"\n("_s
                                                + QString::number(problems.size()) + u" in all)"_s));
    }

    void detectsProblems()
    {
        // The checks above can fail: a placeholder lost, an accelerator dropped.
        QCOMPARE(placeholders(u"%1 of %2 (%n)"_s), (QStringList{u"1"_s, u"2"_s, u"n"_s}));
        QVERIFY(placeholders(u"%1 sur"_s) != placeholders(u"%1 of %2"_s));
        QCOMPARE(accelerators(u"&File"_s), 1);
        QCOMPARE(accelerators(u"Fichier"_s), 0);
        QCOMPARE(accelerators(u"Tom && Jerry"_s), 0);
        QCOMPARE(accelerators(u"A & B"_s), 0);
    }

private:
    QString copyOf(const QString &code) const { return m_dir.filePath(u"spendscope_"_s + code + u".ts"_s); }

    static void runLupdate(const QStringList &arguments)
    {
        QProcess lupdate;
        lupdate.start(QStringLiteral(SPENDSCOPE_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translationfiles.moc"
