#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace riaya {

class Database;
class EmptyState;
class ExportListButton;
class MessageLabel;
class ResidentTableModel;
class SearchField;

// The register: every resident of the database, searched as you type and filtered by
// status and sex, fetched a page at a time.
class ResidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentsPage(Database& db, QWidget* parent = nullptr);
    ~ResidentsPage() override;

    ResidentTableModel* model() const { return m_model; }
    // Opens a resident's file; an empty id opens a blank one for a new resident.
    void openFile(const QString& residentId);
    // Shows a resident in the list, selected: the filters and the search are set aside when
    // they hide her. False when she cannot be found (deleted meanwhile).
    bool selectResident(const QString& residentId);
    // Redraws dates and counts after the display options changed.
    void refreshDisplay();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilters();
    void showCount(int total);
    void showFigures();
    void showEmptyState();
    void askTransfer();
    void openImport();
    // The resident of the current row, or empty.
    QString currentResidentId() const;
    int rowOf(const QString& residentId);
    static void fillCombo(QComboBox* combo, const QList<QPair<QString, QString>>& items);

    Database& m_db;
    ResidentTableModel* m_model;
    QLabel* m_title;
    SearchField* m_search;
    QComboBox* m_status;
    QComboBox* m_sex;
    QComboBox* m_level;
    QComboBox* m_institution;
    QLabel* m_figures;
    QPushButton* m_new;
    QPushButton* m_transfer; // to another site's house, asked of it
    QPushButton* m_import; // a roster from a spreadsheet
    ExportListButton* m_export;
    QLabel* m_count;
    MessageLabel* m_message; // what was just done: a resident registered
    QTableView* m_table;
    EmptyState* m_empty;
};

} // namespace riaya
