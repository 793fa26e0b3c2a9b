#pragma once

#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// Admits, discharges or transfers one resident. The rules live in core (StayStore); the
// dialog stays open with core's explanation until the action succeeds or is cancelled.
class StayDialog : public EditorDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        Admit,
        Exit,
        Transfer
    };

    StayDialog(Database& db, const QString& residentId, Action action, QWidget* parent = nullptr);

    void accept() override;

private:
    void showCapacity();
    bool save();

    Database& m_db;
    QString m_residentId;
    Action m_action;
    DateField* m_date;
    QLineEdit* m_reason;
    QComboBox* m_institution = nullptr;
    MessageLabel* m_capacity = nullptr;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
