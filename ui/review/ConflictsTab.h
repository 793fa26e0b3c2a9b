#pragma once

#include "sync/ReviewQueue.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// The versions that lost a conflict at import, one at a time beside the version in force,
// the differing fields marked; a clerk keeps the version in force or takes the other.
class ConflictsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsTab(Database& db, QWidget* parent = nullptr);

    void refresh();
    int count() const { return static_cast<int>(m_entries.size()); }
    // The decision on the selected conflict.
    bool decide(bool takeLost);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSelected();
    void retranslate();

    Database& m_db;
    QList<ConflictEntry> m_entries;
    QListWidget* m_list;
    QLabel* m_reason;
    QTableWidget* m_fields;
    MessageLabel* m_message;
    QPushButton* m_keep;
    QPushButton* m_take;
};

} // namespace riaya
