#pragma once

#include "families/Placement.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// A placement's page: the child, the family, the legal basis, the visits with the next
// one due (overdue marked), a new visit, and the end of the placement with its outcome.
class PlacementDialog : public EditorDialog
{
    Q_OBJECT

public:
    PlacementDialog(Database& db, const QString& placementId, QWidget* parent = nullptr);

    bool recordVisit();
    bool endPlacement();

private:
    void load();
    void showError(const QString& message);

    Database& m_db;
    QString m_id;
    Placement m_placement;
    QLabel* m_header;
    MessageLabel* m_nextVisit;
    QTableWidget* m_visits;
    DateField* m_visitDate;
    QLineEdit* m_socialWorker;
    QComboBox* m_wellbeing;
    QLineEdit* m_school;
    QLineEdit* m_health;
    QLineEdit* m_concerns;
    QLineEdit* m_nextSteps;
    QComboBox* m_outcome;
    DateField* m_endDate;
    QLineEdit* m_endReason;
    QComboBox* m_institution;
    QWidget* m_endBox;
    QWidget* m_visitBox;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
