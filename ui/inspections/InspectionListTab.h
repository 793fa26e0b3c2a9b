#pragma once

#include "inspections/Inspection.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class ExportListButton;
class EmptyState;
class SearchField;

// The inspections tab: the inspections of an institution (or of all), searched as you type,
// and what is done with one: start, follow up, open, correct, print, throw a draft away.
class InspectionListTab : public QWidget
{
    Q_OBJECT

public:
    // institutionNames (id -> name) belongs to the page and outlives the tab.
    InspectionListTab(Database& db, const QHash<QString, QString>& institutionNames,
                      QWidget* parent = nullptr);
    // Lists the inspections of an institution, all of them for none; false when they could not be read.
    bool refresh(const QString& institutionId);
    const QList<Inspection>& inspections() const { return m_inspections; }
    // Opens the conducting dialog of an inspection; changed() follows when it closes.
    void openInspection(const QString& id);

signals:
    void message(const QString& text, bool error);
    // Something was started, changed or thrown away: the page reads everything again.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applySearch();
    const Inspection* selectedInspection() const;
    void startInspection(bool followUp);
    void correctInspection();
    void printReport();
    void discardDraft();

    Database& m_db;
    const QHash<QString, QString>& m_institutionNames;
    QString m_institutionId;
    QList<Inspection> m_inspections;
    QTableWidget* m_list;
    EmptyState* m_empty;
    SearchField* m_search;
    QPushButton* m_new;
    QPushButton* m_followUp;
    QPushButton* m_open;
    QPushButton* m_correct;
    QPushButton* m_print;
    QPushButton* m_discard;
    ExportListButton* m_export;
};

} // namespace riaya
