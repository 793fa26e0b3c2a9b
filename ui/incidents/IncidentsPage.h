#pragma once

#include "daily/Incident.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class DateField;
class MessageLabel;

// The register of incidents of an institution over a period, newest first; new ones are
// written down and earlier ones corrected from here. (Once users and roles exist, only
// staff and supervisors of the house see it: the check belongs in core's IncidentStore.)
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(Database& db, QWidget* parent = nullptr);
    void refresh();
    void openIncident(const Incident& incident);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString institutionId() const;

    Database& m_db;
    QList<Incident> m_incidents;
    QLabel* m_title;
    QComboBox* m_institution;
    QLabel* m_fromLabel;
    DateField* m_from;
    QLabel* m_toLabel;
    DateField* m_to;
    QTableWidget* m_table;
    MessageLabel* m_message;
    QPushButton* m_new;
};

} // namespace riaya
