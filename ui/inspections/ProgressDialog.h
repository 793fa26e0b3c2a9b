#pragma once

#include "inspections/CorrectiveAction.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// At the inspected house: the progress of a corrective action (open, in progress, done), what
// was done, what shows it, and the day. Only the inspector verifies an action.
class ProgressDialog : public EditorDialog
{
    Q_OBJECT

public:
    ProgressDialog(Database& db, const CorrectiveAction& action, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    CorrectiveAction m_action;
    QComboBox* m_state;
    QPlainTextEdit* m_note;
    QPlainTextEdit* m_evidence;
    DateField* m_on;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
