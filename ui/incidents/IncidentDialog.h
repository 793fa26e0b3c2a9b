#pragma once

#include "daily/Incident.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;
class ResidentPicker;

// Writes down a new incident, or corrects one: date, kind, what happened, what was done,
// who was told, and the residents concerned (found by searching). A voided incident is
// shown as it was, read only, with why it was voided.
class IncidentDialog : public EditorDialog
{
    Q_OBJECT

public:
    IncidentDialog(Database& db, const Incident& incident, QWidget* parent = nullptr);
    void accept() override;

private:
    bool save();

    Database& m_db;
    Incident m_incident;
    DateField* m_date;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    QLineEdit* m_action;
    QLineEdit* m_reportedTo;
    ResidentPicker* m_residents;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
