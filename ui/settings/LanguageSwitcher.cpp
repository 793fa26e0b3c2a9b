#include "LanguageSwitcher.h"

#include "common/Translations.h"

#include <QApplication>
#include <QSettings>

namespace riaya {

void applyLanguage(const QString& language)
{
    installTranslations(language);
    QApplication::setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
}

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return supportedLanguages().contains(saved) ? saved : systemLanguage(QStringLiteral("ar"));
}

void savePreferredLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace riaya
