#pragma once

#include "families/Family.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// A family's page: its details and members, the decisions on it with their history, its
// home studies and the children placed with it. Opened without an id, it registers a new
// family first.
class FamilyDialog : public EditorDialog
{
    Q_OBJECT

public:
    FamilyDialog(Database& db, const QString& familyId, QWidget* parent = nullptr);
    QString familyId() const { return m_family.id; }

    bool saveDetails();
    bool recordDecision();
    bool addHomeStudy();

private:
    void load(const QString& id);
    void showDetails();
    Family detailsFromForm() const;
    void refreshRecords();
    void placeChild();
    void showError(const QString& message);

    Database& m_db;
    Family m_family;
    QLabel* m_header;
    QTabWidget* m_tabs;
    // the three forms, each saved by its own button
    QWidget* m_detailsForm;
    QWidget* m_decisionForm;
    QWidget* m_studyForm;
    // details
    QLineEdit* m_name;
    QLineEdit* m_nameLatin;
    QTableWidget* m_members;
    QLineEdit* m_address;
    QLineEdit* m_region;
    QLineEdit* m_province;
    QLineEdit* m_phone;
    QLineEdit* m_occupation;
    QComboBox* m_income;
    QListWidget* m_documents;
    QSpinBox* m_capacity;
    QSpinBox* m_ageMin;
    QSpinBox* m_ageMax;
    QComboBox* m_sex;
    QPushButton* m_save;
    // decisions
    QTableWidget* m_history;
    QComboBox* m_nextState;
    DateField* m_decisionDate;
    QLineEdit* m_reason;
    QLineEdit* m_approvalNumber;
    DateField* m_renewal;
    // home studies
    QTableWidget* m_studies;
    DateField* m_studyDate;
    QLineEdit* m_socialWorker;
    QPlainTextEdit* m_assessment;
    QComboBox* m_recommendation;
    // placements
    QTableWidget* m_placements;
    QStringList m_placementIds;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
