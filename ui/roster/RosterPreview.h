#pragma once

#include "roster/RosterTarget.h"

class QTableWidget;

namespace riaya {

class Database;

// What becomes of a record of the file, in the user's language ("New", "Already there"...).
QString rowOutcomeLabel(RowOutcome outcome);

// The file's row numbers of a record as people read them: "7", or "7–9" for a family's rows.
QString rowNumbers(const QList<int>& rows);

// Fills the table with the first records of the file as they will be stored: their rows, what
// becomes of each, and the fields the file fills, headed and worded as the rest of Riaya
// words them (a sex, a level, a date as the settings show dates, an institution by its name).
void fillRosterPreview(QTableWidget* table, Database& db, const ColumnMapping& mapping,
                       const QList<RowVerdict>& records);

} // namespace riaya
