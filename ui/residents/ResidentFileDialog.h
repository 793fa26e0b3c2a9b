#pragma once

#include "widgets/EditorDialog.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace riaya {

class Database;
struct Resident;
class DateField;
class MessageLabel;
class DuplicatePanel;
class PresenceMonthTab;
class PlacementHistoryTab;
class SchoolResultsTab;
class ResidentForm;

// A resident's file: every field, checked by core when saved with the problems shown
// under their fields; for a new resident, a warning when the child may already be
// registered and, on a site, admission to the house in the same step; for an existing
// one, the history of stays with admission, exit and transfer.
class ResidentFileDialog : public EditorDialog
{
    Q_OBJECT

public:
    // An empty id opens a blank file for a new resident.
    ResidentFileDialog(Database& db, const QString& residentId, QWidget* parent = nullptr);

    QString residentId() const { return m_residentId; }
    void accept() override;

signals:
    void saved(const QString& residentId);
    // A new resident was registered (after saved()).
    void registered(const QString& residentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // By value: the id may come from the duplicate panel, which load() clears.
    void load(QString residentId);
    bool save();
    // A boy registered in a girls' house (or a girl in a boys' house) is asked about first.
    bool confirmSexOfHouse(const Resident& resident);
    bool saveAndTell();
    void refreshStays();
    void changeStay(int action);
    void retranslate();

    Database& m_db;
    QString m_residentId;
    bool m_duplicatesReviewed = false;
    QTabWidget* m_tabs;
    QWidget* m_filePage;
    ResidentForm* m_form;
    DuplicatePanel* m_duplicates;
    QCheckBox* m_admit;
    DateField* m_admitDate;
    QTableWidget* m_stays;
    PresenceMonthTab* m_presence;
    SchoolResultsTab* m_results;
    PlacementHistoryTab* m_placements;
    QPushButton* m_admitButton;
    QPushButton* m_exitButton;
    QPushButton* m_transferButton;
    MessageLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_close;
};

} // namespace riaya
