#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace riaya {

// A read-only table of records, one selected row at a time, as the lists of the screens use.
QTableWidget* newRecordTable(int columns, QWidget* parent, const QString& objectName);
// Fills a row with texts; an alarming row (overdue, refused) is shown in red.
void fillRecordRow(QTableWidget* table, int row, const QStringList& cells, bool alarm = false);
// A row that no longer counts (a voided incident): greyed and struck through, each cell's
// tooltip saying why, and `why` written, not struck, in `reasonColumn`.
void markRowVoided(QTableWidget* table, int row, const QString& why, int reasonColumn);
// The search of a list already on screen: shows only the rows whose cells hold every typed
// word (folded as the resident search folds: hamza forms, taa marbuta, accents, digits),
// anywhere in their text; the selection leaves a hidden row, and the list's EmptyState
// follows. Returns how many rows are shown.
int showMatchingRows(QTableWidget* table, const QString& typed);

} // namespace riaya
