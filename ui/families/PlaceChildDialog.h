#pragma once

#include "families/Family.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// Places a child with a family: the child found by name, the legal basis and its
// reference, the start, the review and the visit plan. Refusals are shown, nothing saved.
class PlaceChildDialog : public EditorDialog
{
    Q_OBJECT

public:
    PlaceChildDialog(Database& db, const Family& family, QWidget* parent = nullptr);
    QString placementId() const { return m_placementId; }
    void search(const QString& text);

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    Family m_family;
    QString m_placementId;
    QLineEdit* m_search;
    QListWidget* m_children;
    QComboBox* m_basis;
    QLineEdit* m_reference;
    DateField* m_start;
    DateField* m_review;
    QSpinBox* m_firstInterval;
    QSpinBox* m_firstMonths;
    QSpinBox* m_laterInterval;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
