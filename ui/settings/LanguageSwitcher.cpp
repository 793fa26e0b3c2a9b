#include "LanguageSwitcher.h"

#include "common/DateDisplay.h"
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

void loadDisplayOptions()
{
    const QSettings settings;
    setDisplayOptions({ settings.value(QStringLiteral("display/arabicIndicDigits"), false).toBool(),
                        settings.value(QStringLiteral("display/hijri"), false).toBool() });
}

void saveDisplayOptions(bool arabicIndicDigits, bool hijriBesideGregorian)
{
    QSettings settings;
    settings.setValue(QStringLiteral("display/arabicIndicDigits"), arabicIndicDigits);
    settings.setValue(QStringLiteral("display/hijri"), hijriBesideGregorian);
    setDisplayOptions({ arabicIndicDigits, hijriBesideGregorian });
}

} // namespace riaya
