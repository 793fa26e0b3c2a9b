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

// A date in the current locale's short format, with the Hijri date (Islamic civil
// calendar) beside it when chosen, and Arabic-Indic digits when chosen in Arabic.
QString displayDate(const QDate& date);
// Digits of a text already formatted, turned to Arabic-Indic when chosen in Arabic.
QString displayDigits(const QString& text);

} // namespace riaya
