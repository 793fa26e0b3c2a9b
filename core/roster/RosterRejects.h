#pragma once

#include "RosterTarget.h"

namespace riaya {

// The heading of the column that says what is wrong with each saved row.
QString rejectedRowsHeading();

// Saves the rows that could not be imported as a file to correct and import again: the file's
// own headers and cells, and a last column saying what is wrong. XLSX when the path ends in
// .xlsx, CSV otherwise; written whole or not at all.
Status saveRejectedRows(const QString& path, const ColumnMapping& mapping, const QList<RowVerdict>& rejects);

} // namespace riaya
