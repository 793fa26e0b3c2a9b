#pragma once

#include "daily/Presence.h"

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

// The daily presence sheet of one institution: every resident present, marked with the
// keyboard (1 present, 2 absent, 3 on leave, 4 sick; the cursor moves on to the next
// child), saved in one action, with the month's presence rate.
class PresencePage : public QWidget
{
    Q_OBJECT

public:
    explicit PresencePage(Database& db, QWidget* parent = nullptr);

    // Loads the sheet of a day; unsaved marks of the day shown before are dropped.
    void loadDay(const QDate& day);
    // Loads the sheet of a day (of the institution chosen) once the unsaved marks of the sheet
    // shown are saved or discarded, as the person answers; false when she cancels.
    bool goToDay(const QDate& day);
    QDate day() const { return m_day; }
    bool hasUnsavedMarks() const { return m_dirty; }
    bool save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setState(int row, const QString& state);
    void markAllUnmarkedPresent();
    void showRate();
    void retranslate();
    QString institutionId() const { return m_institutionId; }

    Database& m_db;
    QDate m_day;
    QString m_institutionId; // of the sheet shown (the choice may be changing)
    QList<PresenceMark> m_marks;
    bool m_dirty = false;
    QLabel* m_title;
    QComboBox* m_institution;
    DateField* m_date;
    QPushButton* m_previous;
    QPushButton* m_next;
    QTableWidget* m_table;
    QLabel* m_legend;
    QLabel* m_rate;
    MessageLabel* m_message;
    QPushButton* m_allPresent;
    QPushButton* m_save;
};

} // namespace riaya
