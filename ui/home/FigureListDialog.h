#pragma once

#include "reports/Dashboard.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace riaya {

class Database;
class ExportListButton;
class MessageLabel;

// The list behind a figure of a home page, read from core when opened: its rows as they were
// counted, exportable to XLSX, CSV or PDF. It only shows: nothing typed here is lost.
class FigureListDialog : public QDialog
{
    Q_OBJECT

public:
    FigureListDialog(Database& db, const FigureQuery& query, QWidget* parent = nullptr);

    int rowCount() const;
    ExportListButton* exportButton() const { return m_export; }

private:
    QLabel* m_title;
    QTableWidget* m_table;
    ExportListButton* m_export;
    MessageLabel* m_message;
};

} // namespace riaya
