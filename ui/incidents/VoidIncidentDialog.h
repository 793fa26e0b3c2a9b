#pragma once

#include "daily/Incident.h"

#include <QDialog>

class QPlainTextEdit;

namespace riaya {

class Database;
class FieldErrors;
class MessageLabel;

// Voids an incident written down by mistake, asking why: it stays in the register, struck
// through, with the reason, and is no longer counted. Nothing is deleted.
class VoidIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    VoidIncidentDialog(Database& db, const Incident& incident, QWidget* parent = nullptr);
    void accept() override;

private:
    Database& m_db;
    Incident m_incident;
    QPlainTextEdit* m_reason;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
