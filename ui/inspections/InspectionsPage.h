#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace riaya {

class CorrectiveActionsTab;
class Database;
class InspectionListTab;
class InstitutionHistoryTab;
class MessageLabel;
class StandardsTab;

// Inspections and their corrective actions, one tab each: the list of inspections (start,
// follow up, open, correct, print), the actions across institutions with the overdue ones
// marked, an institution's history (score trend and open actions) and, at the ministry, the
// standards documents. The page holds what the tabs share: the institution chosen above them
// and the message below.
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
    void showOverdue(int overdue);
    void showMessage(const QString& text, bool error);

    Database& m_db;
    QHash<QString, QString> m_institutionNames; // id -> name, for the tabs
    QLabel* m_title;
    QComboBox* m_institution;
    QTabWidget* m_tabs;
    InspectionListTab* m_list;
    CorrectiveActionsTab* m_actions;
    InstitutionHistoryTab* m_history;
    StandardsTab* m_standards;
    MessageLabel* m_message;
};

} // namespace riaya
