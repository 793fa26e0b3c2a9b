#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace riaya {

// A read-only table of records, one selected row at a time, as the lists of the screens use.
QTableWidget* newRecordTable(int columns, QWidget* parent, const QString& objectName);
// Fills a row with texts; an alarming row (overdue, refused) is shown in red.
void fillRecordRow(QTableWidget* table, int row, const QStringList& cells, bool alarm = false);

} // namespace riaya
