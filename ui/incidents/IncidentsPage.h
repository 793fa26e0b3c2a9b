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
class EmptyState;
class FieldErrors;
class MessageLabel;
class SearchField;

// The register of incidents of an institution over a period, newest first, searched as you
// type; new ones are written down, earlier ones corrected, and mistaken ones voided (with a
// reason: they stay listed, struck through) from here.
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(Database& db, QWidget* parent = nullptr);
    void refresh();
    void openIncident(const Incident& incident);
    // Asks why, then voids the selected incident.
    void voidSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString institutionId() const;
    const Incident* selectedIncident() const;
    void applySearch();
    void updateButtons();

    Database& m_db;
    QList<Incident> m_incidents;
    QLabel* m_title;
    QComboBox* m_institution;
    QLabel* m_fromLabel;
    DateField* m_from;
    QLabel* m_toLabel;
    DateField* m_to;
    SearchField* m_search;
    QTableWidget* m_table;
    EmptyState* m_empty;
    MessageLabel* m_message;
    FieldErrors* m_errors;
    QPushButton* m_new;
    QPushButton* m_void;
};

} // namespace riaya
