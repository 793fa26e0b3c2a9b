#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;

// One resident's presence marks for a month, day by day, with the month's tally.
class PresenceMonthTab : public QWidget
{
    Q_OBJECT

public:
    PresenceMonthTab(Database& db, QWidget* parent = nullptr);
    // The resident's sex ("F", "M") makes the labels agree with her or him.
    void setResident(const QString& residentId, const QString& sex = QString());
    void showMonth(const QDate& anyDayOfMonth);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    QString m_residentId;
    QString m_sex;
    QDate m_month;
    QPushButton* m_previous;
    QLabel* m_title;
    QPushButton* m_next;
    QTableWidget* m_table;
    QLabel* m_tally;
};

} // namespace riaya
