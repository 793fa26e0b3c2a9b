#pragma once

#include "inspections/Inspection.h"
#include "widgets/EditorDialog.h"

class QLineEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// Raises a corrective action from a finding: what, who answers for it, and by when.
class ActionDialog : public EditorDialog
{
    Q_OBJECT

public:
    ActionDialog(Database& db, const Inspection& inspection, const QString& findingId,
                 QWidget* parent = nullptr);
    QString actionId() const { return m_actionId; }

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    Inspection m_inspection;
    QString m_findingId;
    QString m_actionId;
    QLineEdit* m_description;
    QLineEdit* m_responsible;
    DateField* m_due;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
