#pragma once

#include "daily/Incident.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace riaya {

class Database;
class MessageLabel;

// Writes down a new incident, or corrects one: date, kind, what happened, what was done,
// who was told, and the residents concerned (chosen among those present).
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
    QLineEdit* m_date;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    QLineEdit* m_action;
    QLineEdit* m_reportedTo;
    QListWidget* m_residents;
    MessageLabel* m_error;
};

} // namespace riaya
