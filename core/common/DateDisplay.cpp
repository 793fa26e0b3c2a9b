#include "DateDisplay.h"

#include <QCalendar>
#include <QLocale>

namespace riaya {
namespace {
DisplayOptions g_options;
}

void setDisplayOptions(const DisplayOptions& options)
{
    g_options = options;
}

DisplayOptions displayOptions()
{
    return g_options;
}

QString displayDigits(const QString& text)
{
    if (!g_options.arabicIndicDigits || QLocale().language() != QLocale::Arabic) {
        return text;
    }
    QString out = text;
    for (QChar& ch : out) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) {
            ch = QChar(0x0660 + (ch.unicode() - u'0'));
        }
    }
    return out;
}

QString displayDate(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    const QLocale locale;
    QString text = locale.toString(date, QLocale::ShortFormat);
    if (g_options.hijriBesideGregorian) {
        const QCalendar hijri(QCalendar::System::IslamicCivil);
        // The Hijri date in the same short format, marked هـ / AH by the calendar's own era.
        text += QStringLiteral(" (%1)").arg(
            locale.toString(date, locale.dateFormat(QLocale::ShortFormat), hijri));
    }
    return displayDigits(text);
}

} // namespace riaya
