#pragma once

#include "families/Family.h"
#include "families/PlacementStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace riaya {

class Database;
class EmptyState;
class ExportListButton;
class MessageLabel;
class SearchField;

// Family-based care: the register of families (searched like residents), the active
// placements with their next visit (overdue ones marked), and the ministry's figures.
class FamiliesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FamiliesPage(Database& db, QWidget* parent = nullptr);
    void refresh();
    void openFamily(const QString& id);
    void openPlacement(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshFamilies();
    void refreshPlacements();
    void refreshFigures();
    void newFamily();
    void openImport();

    Database& m_db;
    QList<Family> m_families;
    QList<Placement> m_placements;
    QLabel* m_title;
    QTabWidget* m_tabs;
    SearchField* m_search;
    QComboBox* m_state;
    QTableWidget* m_familyTable;
    EmptyState* m_noFamilies;
    QPushButton* m_new;
    QPushButton* m_import; // a register of families from a spreadsheet
    QPushButton* m_open;
    ExportListButton* m_exportFamilies;
    QTableWidget* m_placementTable;
    EmptyState* m_noPlacements;
    QPushButton* m_openPlacement;
    ExportListButton* m_exportPlacements;
    QTableWidget* m_figures;
    QLabel* m_figuresNote;
    MessageLabel* m_message;
};

} // namespace riaya
