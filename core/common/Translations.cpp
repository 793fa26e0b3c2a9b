#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace riaya {
namespace {
QList<QPointer<QTranslator>> g_installed;

// Dates and numbers as written where Riaya is used first: Arabic and French as in the
// Maghreb, with Latin digits.
QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("ar")) {
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    }
    if (language == QLatin1String("fr")) {
        return QLocale(QLocale::French, QLocale::France);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

const QStringList& supportedLanguages()
{
    static const QStringList languages { QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en") };
    return languages;
}

QString systemLanguage(const QString& fallback)
{
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (supportedLanguages().contains(code)) {
            return code;
        }
    }
    return fallback;
}

bool installTranslations(const QString& language)
{
    for (const QPointer<QTranslator>& translator : std::as_const(g_installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    g_installed.clear();
    QLocale::setDefault(localeFor(language));

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_installed.append(qt);
    } else {
        delete qt; // English needs none; other languages still work with Riaya's own strings
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/riaya_%1.qm").arg(language))) {
        qCWarning(lcI18n) << "no translation for" << language;
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    g_installed.append(own);
    return true;
}

LanguageScope::LanguageScope(const QString& language)
    : m_previous(QLocale().name().left(2))
{
    m_switched = !language.isEmpty() && language != m_previous;
    if (m_switched) {
        installTranslations(language);
    }
}

LanguageScope::~LanguageScope()
{
    if (m_switched) {
        installTranslations(m_previous);
    }
}

} // namespace riaya
