#pragma once

#include "sync/ReviewQueue.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// Residents of two sites who look like one child, side by side; a clerk says they are two
// children, or merges the two files into the one that stays.
class DuplicatesTab : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatesTab(Database& db, QWidget* parent = nullptr);

    void refresh();
    int count() const { return static_cast<int>(m_entries.size()); }
    // The decisions on the selected pair (without the confirmation the buttons ask for).
    bool markDifferent();
    bool merge(bool keepLeft);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSelected();
    void confirmMerge(bool keepLeft);
    void report(const Status& status, const QString& done);
    void retranslate();

    Database& m_db;
    QList<DuplicateEntry> m_entries;
    QListWidget* m_list;
    QTableWidget* m_fields;
    MessageLabel* m_message;
    QPushButton* m_different;
    QPushButton* m_keepLeft;
    QPushButton* m_keepRight;
};

} // namespace riaya
