#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace riaya {

// A date as people type it: day first (day/month/year, as in Arabic, French and British
// English), with '/', '-' or '.' between the parts, a two- or four-digit year (15/03/2012,
// 15/3/12, 15-3-2012), or ISO year first (2012-03-15); digits Latin, Arabic-Indic (٠-٩)
// or Eastern Persian (۰-۹); direction marks copied from Arabic text are ignored.
// Nothing for empty text or text that is not a real day (31/02/2020, 2020-13-01, letters).
// A two-digit year is taken in the century that puts it at most ten years after `today`.
std::optional<QDate> parseTypedDate(const QString& text, const QDate& today = QDate::currentDate());

// A day's month as stored and compared (YYYY-MM): month reports, kept figures, command options.
QString monthKey(const QDate& day);

} // namespace riaya
