#pragma once

#include "inspections/CorrectiveAction.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class ExportListButton;
class EmptyState;
class SearchField;

// The corrective actions tab: the actions across institutions (or of one), searched as you
// type, the overdue ones marked, and their progress: in progress, done, verified.
class CorrectiveActionsTab : public QWidget
{
    Q_OBJECT

public:
    // institutionNames (id -> name) belongs to the page and outlives the tab.
    CorrectiveActionsTab(Database& db, const QHash<QString, QString>& institutionNames,
                         QWidget* parent = nullptr);
    // Lists the actions of an institution, of all for none; false when they could not be read.
    bool refresh(const QString& institutionId);

signals:
    void message(const QString& text, bool error);
    // An action moved on: the page reads everything again.
    void changed();
    // After each refresh: how many of the listed actions are late.
    void overdueCounted(int overdue);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applySearch();
    void moveAction(const QString& state);
    void recordProgress();
    // Only what may be done to the selected action: a house records the progress of an
    // inspector's action, and changes nothing else of it.
    void updateButtons();
    const CorrectiveAction* selectedAction();

    Database& m_db;
    const QHash<QString, QString>& m_institutionNames;
    QString m_institutionId;
    QList<CorrectiveAction> m_actions;
    QTableWidget* m_table;
    EmptyState* m_empty;
    SearchField* m_search;
    QCheckBox* m_overdueOnly;
    QPushButton* m_inProgress;
    QPushButton* m_done;
    QPushButton* m_verify;
    QPushButton* m_progress;
    ExportListButton* m_export;
};

} // namespace riaya
