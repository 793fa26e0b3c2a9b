#pragma once

#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// At the ministry: gives an inspector's site an institution to inspect. With the next answer
// bundle the site receives the institution, its inspections and its open actions.
class AssignInspectorDialog : public EditorDialog
{
    Q_OBJECT

public:
    explicit AssignInspectorDialog(Database& db, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    QComboBox* m_site;
    QComboBox* m_institution;
    QLineEdit* m_reason;
    DateField* m_until;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
