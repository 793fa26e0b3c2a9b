#pragma once

#include "reports/ReportTable.h"

class QTableWidget;
class QWidget;

namespace riaya {

// A report's table on screen: numbers, shares and dates written as the language in use writes
// them, each cell keeping its typed value for the export (ListExport), the totals row in bold.
QTableWidget* newReportTableView(QWidget* parent, const QString& objectName);
void showReportTable(QTableWidget* view, const ReportTable& table);
// A cell's value as the screen shows it.
QString reportCellText(const QVariant& value, ReportColumn::Kind kind);

} // namespace riaya
