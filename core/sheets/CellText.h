#pragma once

#include <QString>

namespace riaya {

// Cell values of a workbook as the person sees them in the spreadsheet program, shared by the
// XLSX and XLS readers.

// A number as typed: whole numbers without ".0" or exponent (a national id stored as a number,
// 123456789012, stays 123456789012); others the shortest text that reads back the same, with
// at most Excel's 15 significant digits (12.300000000000001 shows as 12.3).
QString numberCellText(double value);

// The day of an Excel serial as an ISO date (yyyy-MM-dd), the time of day dropped. In the 1900
// system serial 1 is 1900-01-01 and 60 is Excel's 1900-02-29, a day that never was (kept as
// text, so a date check reports it); in the 1904 system serial 0 is 1904-01-01. A serial before
// the first day is shown as a number.
QString serialDateText(double serial, bool date1904);

// The time of day of an Excel serial as hh:mm:ss, for cells formatted as a time only.
QString serialTimeText(double serial);

// How a number format shows a number: as a date (date-times included), as a time of day only,
// or as a number.
enum class NumberFormatKind
{
    Number,
    Date,
    Time
};

// Excel's built-in formats by id (14-17 and 22 dates, 18-21 and 45-47 times).
NumberFormatKind builtInFormatKind(int numFmtId);
// A custom format code: a date when it has d, m or y outside quoted text, escapes and [..]
// brackets; a time when it has only h, m (minutes) or s.
NumberFormatKind formatCodeKind(const QString& code);

} // namespace riaya
