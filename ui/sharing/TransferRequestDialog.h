#pragma once

#include "widgets/EditorDialog.h"

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// Asks another site's house to take a child's file: the house, the day the child moves, and
// why. The ministry relays the request; the house asked accepts or refuses it.
class TransferRequestDialog : public EditorDialog
{
    Q_OBJECT

public:
    TransferRequestDialog(Database& db, const QString& residentId, const QString& residentName,
                          QWidget* parent = nullptr);
    QString requestId() const { return m_requestId; }

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    QString m_residentId;
    QString m_requestId;
    QComboBox* m_institution;
    DateField* m_on;
    QPlainTextEdit* m_reason;
    QPushButton* m_confirm;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
