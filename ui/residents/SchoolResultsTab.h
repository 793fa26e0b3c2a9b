#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace riaya {

class Database;
class FieldErrors;
class MessageLabel;

// A resident's school results per year and term, with a line to record one more (or
// correct a term already recorded: the same year and term replace it).
class SchoolResultsTab : public QWidget
{
    Q_OBJECT

public:
    SchoolResultsTab(Database& db, QWidget* parent = nullptr);
    // The resident's sex ("F", "M") makes the labels agree with her or him.
    void setResident(const QString& residentId, const QString& sex = QString());
    bool record();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    Database& m_db;
    QString m_residentId;
    QString m_sex;
    QTableWidget* m_table;
    QLineEdit* m_year;
    QSpinBox* m_term;
    QLineEdit* m_average;
    QComboBox* m_decision;
    QPushButton* m_add;
    QLabel* m_yearLabel;
    QLabel* m_termLabel;
    QLabel* m_averageLabel;
    QLabel* m_decisionLabel;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
