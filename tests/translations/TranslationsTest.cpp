#include "common/Translations.h"

#include "QtCatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({ context, {}, {}, false });
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms are children; a plain translation is text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    messages.last().translations << xml.readElementText();
                }
            }
            if (messages.last().translations.isEmpty()) {
                messages.last().translations << text;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("every catalogue is complete and keeps every placeholder")
{
    const QDir dir(QStringLiteral(RIAYA_TRANSLATIONS_DIR));
    const QList<Message> english = readCatalogue(dir.filePath(QStringLiteral("riaya_en.ts")));
    REQUIRE(english.size() > 100);
    for (const QString& language : riaya::supportedLanguages()) {
        const QList<Message> messages
            = readCatalogue(dir.filePath(QStringLiteral("riaya_%1.ts").arg(language)));
        INFO("language " << language.toStdString());
        CHECK(messages.size() == english.size());
        for (const Message& message : messages) {
            INFO(message.context.toStdString() << ": " << message.source.toStdString());
            CHECK_FALSE(message.unfinished);
            for (const QString& translation : message.translations) {
                CHECK_FALSE(translation.trimmed().isEmpty());
                CHECK(placeholders(translation) == placeholders(message.source));
            }
        }
    }
}

TEST_CASE("the compiled catalogues load and translate")
{
    for (const QString& language : riaya::supportedLanguages()) {
        CHECK(riaya::installTranslations(language));
    }
    riaya::installTranslations(QStringLiteral("fr"));
    CHECK(QCoreApplication::translate("ResidentStatus", "Present") != QStringLiteral("Present"));
    riaya::installTranslations(QStringLiteral("ar"));
    CHECK(QCoreApplication::translate("ResidentStatus", "Present") != QStringLiteral("Present"));
    riaya::installTranslations(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("ResidentStatus", "Present") == QStringLiteral("Present"));
}
