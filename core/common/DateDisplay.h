#pragma once

#include <QDate>
#include <QString>

namespace riaya {

// How dates and digits are shown (never how they are stored: always ISO-8601 and
// Latin digits). Chosen in the settings; Arabic-Indic digits apply to the Arabic UI.
struct DisplayOptions
{
    bool arabicIndicDigits = false;
    bool hijriBesideGregorian = false;
};

void setDisplayOptions(const DisplayOptions& options);
DisplayOptions displayOptions();

// The one way a day is written on every screen, in the three languages: day/month/year
// with two-digit day and month (15/03/2012), read left to right inside Arabic too.
// (Qt's Arabic short format, d‏/M‏/yyyy with right-to-left marks, shows as 2012/3/15.)
QString dayFormat();

// A date as dayFormat() writes it, with the Hijri date (Islamic civil calendar) beside it
// when chosen, and Arabic-Indic digits when chosen in Arabic.
QString displayDate(const QDate& date);
// The Gregorian part alone: what a date field shows, the Hijri date going beside it.
QString displayGregorianDate(const QDate& date);
// The Hijri date of a day ("24/05/1448 هـ"), empty when not chosen in the settings.
QString displayHijriDate(const QDate& date);
// A month as the locale names it ("نونبر 2026", "novembre 2026", "November 2026").
QString displayMonth(const QDate& anyDayOfMonth);
// A month as stored ("2026-11"), written the same way; shown as stored when unreadable.
QString displayMonth(const QString& yearMonth);
// Digits of a text already formatted, turned to Arabic-Indic when chosen in Arabic.
QString displayDigits(const QString& text);

} // namespace riaya
