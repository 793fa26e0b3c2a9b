#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;

namespace riaya {

class MessageLabel;

// The one field for a date on every screen: typed as people write it (15/03/2012, 15/3/12,
// 15-3-2012, 2012-03-15, in Latin, Arabic-Indic or Persian digits: common/DateParse), or
// picked in a calendar (the button, or Alt+Down), and shown back as every screen writes a
// day (common/DateDisplay), with the Hijri date beside it when the settings ask. Text that
// is not a date is shown as such under the field when typing ends and when the form checks.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);
    explicit DateField(const QDate& date, QWidget* parent = nullptr);
    ~DateField() override;

    // An optional field may stay empty; a required one may not (the default).
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    // Days outside are refused when checked and cannot be picked; invalid: no limit.
    void setDateRange(const QDate& earliest, const QDate& latest);
    void setMaximumDate(const QDate& latest);
    void setMinimumDate(const QDate& earliest);
    // Whether the field shows its problems under itself; off where the form has a line
    // of its own under every field.
    void setShowsProblems(bool shows);

    // Shows a date (an invalid one empties the field).
    void setDate(const QDate& date);
    // The date typed or picked; invalid when the field is empty or holds no date.
    QDate date() const;
    bool isEmpty() const;
    // What is wrong with the text, in the user's language; empty when it may be saved.
    QString problem() const;
    // Shows the problem (if any) under the field and puts the cursor in it; true when the
    // date may be saved.
    bool check();

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    QCalendarWidget* calendar() const { return m_calendar; }
    void showCalendar();

signals:
    // A new date once typing ends or a day is picked (invalid when emptied).
    void dateChanged(const QDate& date);
    // Enter in the field, after the date has been read.
    void returnPressed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finishTyping();
    void pick(const QDate& date);
    void showProblem(const QString& problem);
    void announce();
    void retranslate();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QLabel* m_hijri;
    MessageLabel* m_problem;
    QFrame* m_popup;
    QCalendarWidget* m_calendar;
    QDate m_earliest;
    QDate m_latest;
    QDate m_announced;
    bool m_optional = false;
    bool m_showsProblems = true;
};

} // namespace riaya
