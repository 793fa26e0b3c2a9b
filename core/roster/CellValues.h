#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <utility>

// Cell values as people type them in a roster, read for the field the column is mapped to.
// Each function reads one cell's text and gives the value as Riaya stores it, or nothing
// (an empty string for codes) when it cannot be read; the importer reports those with the row.
namespace riaya {

// A date: what parseTypedDate reads (15/03/2012, 5-3-12, 2012-03-15, Arabic-Indic digits),
// the same with the Gregorian mark "م" or "ميلادي"; an Excel serial number (1..2958465, a
// time after the point ignored) in the 1900 date system, or the 1904 system when `date1904`;
// a Hijri date marked as such before or after it ("هـ", "ه", "هجري", "H", "AH", "A.H."), year
// first or day first, converted to the Gregorian day through the tabular Islamic civil
// calendar, the one Riaya shows Hijri dates in, which may differ by a day or two from the
// calendar announced by sighting. Nothing when empty or not a date.
std::optional<QDate> cellDate(const QString& text, const QDate& today = QDate::currentDate(),
                              bool date1904 = false);
// Why cellDate reads no date in the text, in the user's language: not a date, not a real day,
// a year alone, Excel's day 60 (29 February 1900, which did not exist), a Hijri date that is
// not a real day or falls outside 1900..2199. Empty when it is a date, or when the cell is
// empty (whether a value is required is the importer's business).
QString cellDateProblem(const QString& text, const QDate& today = QDate::currentDate(),
                        bool date1904 = false);

// "F", "M", or empty when not recognised: ذكر/أنثى (ذ/أ), ولد/بنت, M/F, H/F (homme/femme),
// garçon/fille, male/female, boy/girl, masculin/féminin; case, accents and hamza ignored.
QString cellSex(const QString& text);

// A school level's code (core/residents/Resident.h schoolLevels(): P1..P6, S1..S6, VOC, NONE)
// from the names Moroccan schools and families write in Arabic and French (1AP, 2ème année
// collège, الأولى إعدادي, الجذع المشترك, 2BAC, التكوين المهني, غير متمدرس...), the codes
// themselves and Riaya's English labels. Empty when empty or not recognised.
QString cellSchoolLevel(const QString& text);

// A name as it should be stored: without tatweel, Arabic diacritics, direction marks and
// zero-width characters, each run of spaces one space, trimmed.
QString cellName(const QString& text);
// A cell holding a name in both scripts ("محمد Mohamed", "Mohamed محمد") as its Arabic part
// and its Latin part, each cleaned as cellName does; a part is empty when the cell has no
// word in that script. Words in neither (a hyphen, a digit) go with the word before them
// (the word after, at the start).
std::pair<QString, QString> splitScripts(const QString& text);

// A whole number, digits Latin or Arabic-Indic, with an optional sign and the ".0" (or
// ",0") a spreadsheet may add; nothing when empty, not whole, or past int's range.
std::optional<int> cellInteger(const QString& text);
// Yes or no: نعم/لا, oui/non, yes/no, vrai/faux, true/false, 1/0, and x (a ticked box) for yes.
std::optional<bool> cellYesNo(const QString& text);

} // namespace riaya
