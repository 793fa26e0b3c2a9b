#pragma once

#include "inspections/CorrectiveAction.h"
#include "inspections/Inspection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace riaya {

class Database;
class ScoreTrend;

// Inspections and their corrective actions: the list of inspections (start, follow up,
// open, correct, print), the actions across institutions with the overdue ones marked, an
// institution's history (score trend and open actions) and, at the ministry, the
// standards documents.
class InspectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionsPage(Database& db, QWidget* parent = nullptr);
    void refresh();
    // Opens the conducting dialog of an inspection (for the list's Open and for tests).
    void openInspection(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString institutionId() const;
    const Inspection* selectedInspection() const;
    void startInspection(bool followUp);
    void correctInspection();
    void printReport();
    void discardDraft();
    void moveAction(const QString& state);
    void refreshActions();
    void refreshHistory();
    void refreshTemplates();
    void importTemplate();
    void editTemplate();
    void showMessage(const QString& text, bool error = true);

    Database& m_db;
    QList<Inspection> m_inspections;
    QList<CorrectiveAction> m_actions;
    QHash<QString, QString> m_institutionNames;
    QLabel* m_title;
    QComboBox* m_institution;
    QTabWidget* m_tabs;
    QTableWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_followUp;
    QPushButton* m_open;
    QPushButton* m_correct;
    QPushButton* m_print;
    QPushButton* m_discard;
    QTableWidget* m_actionTable;
    QCheckBox* m_overdueOnly;
    QPushButton* m_inProgress;
    QPushButton* m_done;
    QPushButton* m_verify;
    ScoreTrend* m_trend;
    QLabel* m_historyNote;
    QTableWidget* m_openActions;
    QTableWidget* m_templates;
    QPushButton* m_importTemplate;
    QPushButton* m_editTemplate;
    QWidget* m_templatesTab;
    QLabel* m_message;
};

} // namespace riaya
