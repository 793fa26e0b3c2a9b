#include "DateDisplay.h"

#include <QCalendar>
#include <QCoreApplication>
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

QString dayFormat()
{
    return QStringLiteral("dd/MM/yyyy");
}

QString displayGregorianDate(const QDate& date)
{
    return date.isValid() ? displayDigits(QLocale().toString(date, dayFormat())) : QString();
}

QString displayHijriDate(const QDate& date)
{
    if (!g_options.hijriBesideGregorian || !date.isValid()) {
        return {};
    }
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    const QString day = QLocale().toString(date, dayFormat(), hijri);
    //: A date of the Hijri calendar, %1 being day/month/year
    return displayDigits(QCoreApplication::translate("riaya::DateDisplay", "%1 AH").arg(day));
}

QString displayDate(const QDate& date)
{
    const QString hijri = displayHijriDate(date);
    return hijri.isEmpty() ? displayGregorianDate(date)
                           : QStringLiteral("%1 (%2)").arg(displayGregorianDate(date), hijri);
}

QString displayMonth(const QDate& anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid()) {
        return {};
    }
    const QLocale locale;
    return displayDigits(QStringLiteral("%1 %2").arg(locale.standaloneMonthName(anyDayOfMonth.month()),
                                                     QString::number(anyDayOfMonth.year())));
}

QString displayMonth(const QString& yearMonth)
{
    const QDate first = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? displayMonth(first) : yearMonth;
}

} // namespace riaya
