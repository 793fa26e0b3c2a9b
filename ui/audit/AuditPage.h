#pragma once

#include "security/AuditQuery.h"

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

// The history of changes: filtered by person, record and dates, each entry's values before
// and after side by side, and the hash chain verified on demand (a break shown loudly).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

    void refresh();
    bool verifyChain();
    void setRecordFilter(const QString& record);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSelected();
    void retranslate();

    Database& m_db;
    QList<AuditRecord> m_records;
    QLabel* m_title;
    QComboBox* m_actor;
    QLineEdit* m_record;
    DateField* m_from;
    DateField* m_to;
    QTableWidget* m_list;
    QTableWidget* m_values;
    MessageLabel* m_message;
    QPushButton* m_verify;
};

} // namespace riaya
