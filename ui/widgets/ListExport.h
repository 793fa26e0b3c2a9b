#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QPushButton>
#include <functional>

class QTableView;
class QTableWidget;

namespace riaya {

// The typed value of a cell whose text is a formatted date or number (a QDate, an int, a
// double; a percentage as a fraction, 0.25 for 25 %), so an exported list holds real dates
// and numbers: set on a table item, or given by a model. A model may also answer Qt::EditRole
// with a QDate or a number. Cells with neither are exported as the text shown.
inline constexpr int ExportValueRole = Qt::UserRole + 0x0E00;
// The kind of a column's cells (an int of ReportColumn::Kind), on its header, where the
// values alone cannot say (a percentage is a double like any other).
inline constexpr int ExportKindRole = Qt::UserRole + 0x0E01;

void setExportValue(QTableWidget* table, int row, int column, const QVariant& value);
void setExportKind(QTableWidget* table, int column, ReportColumn::Kind kind);

// A list as the user sees it: the shown columns in their order on screen, their headings,
// the rows the search and filters leave, in the order they are sorted (every row of a list
// fetched a page at a time, not only those scrolled to).
ReportTable tableOfView(QTableView* view, const QString& title);

// "Export…" (Ctrl+E) beside a list: asks for a file (XLSX, CSV or PDF) and writes the list
// as shown, in the language of the window, then says where it went or why it could not.
class ExportListButton : public QPushButton
{
    Q_OBJECT

public:
    // `title` names the list in the language shown (the sheet's name, the file's name).
    ExportListButton(QTableView* view, std::function<QString()> title, QWidget* parent);

    // Writes the list to a file, the format chosen by its extension.
    Status exportTo(const QString& path);
    // Asks for the file, then writes; false when nothing was written (cancelled or failed).
    bool exportWithDialog();

signals:
    // What happened, for the page's message line.
    void exported(const QString& message, bool failed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTableView* m_view;
    std::function<QString()> m_title;
};

} // namespace riaya
