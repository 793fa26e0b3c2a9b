#pragma once

#include "sync/ReviewQueue.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// Residents of two sites who look like one child, side by side, with what makes them alike
// or not; a clerk says they are two children, or merges the two files into the one that
// stays. The pairs decided can be shown too, and a decision undone.
class DuplicatesTab : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatesTab(Database& db, QWidget* parent = nullptr);

    void refresh();
    // The pairs waiting for a decision, whichever are listed.
    int count() const { return m_waiting; }
    // The decisions on the selected pair (without the confirmation the buttons ask for).
    bool markDifferent();
    bool merge(bool keepLeft);
    // Lists the pairs decided instead of those waiting.
    void showDecided(bool decided);
    bool undoDecision();

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSelected();
    void confirmMerge(bool keepLeft);
    void confirmUndo();
    void report(const Status& status, const QString& done);
    void retranslate();

    Database& m_db;
    QList<DuplicateEntry> m_entries;
    int m_waiting = 0;
    QCheckBox* m_decided;
    QListWidget* m_list;
    QLabel* m_why;
    QTableWidget* m_fields;
    MessageLabel* m_message;
    QPushButton* m_different;
    QPushButton* m_keepLeft;
    QPushButton* m_keepRight;
    QPushButton* m_undo;
};

} // namespace riaya
