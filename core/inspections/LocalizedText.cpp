#include "LocalizedText.h"

#include <QLocale>

namespace riaya {

QString LocalizedText::in(const QString& language) const
{
    const QString& wanted = language == QLatin1String("ar") ? ar : language == QLatin1String("fr") ? fr : en;
    if (!wanted.trimmed().isEmpty()) {
        return wanted;
    }
    for (const QString* fallback : { &ar, &fr, &en }) {
        if (!fallback->trimmed().isEmpty()) {
            return *fallback;
        }
    }
    return {};
}

QString LocalizedText::shown() const
{
    return in(QLocale().name().left(2));
}

QJsonObject LocalizedText::toJson() const
{
    return { { QStringLiteral("ar"), ar }, { QStringLiteral("fr"), fr }, { QStringLiteral("en"), en } };
}

LocalizedText LocalizedText::fromJson(const QJsonObject& object)
{
    return { object.value(QStringLiteral("ar")).toString(), object.value(QStringLiteral("fr")).toString(),
             object.value(QStringLiteral("en")).toString() };
}

} // namespace riaya
