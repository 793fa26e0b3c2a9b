#pragma once

#include "common/Result.h"
#include "residents/Resident.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;

namespace riaya {

class DateField;
class FieldErrors;
class MessageLabel;

// Every field of a resident's file, each with its problem shown right under it until the
// field is edited. Only edits: checking and saving belong to the dialog that holds it.
class ResidentForm : public QWidget
{
    Q_OBJECT

public:
    explicit ResidentForm(QWidget* parent = nullptr);

    void setResident(const Resident& resident);
    // The record as typed; a birth date that is not a date comes back invalid.
    Resident resident() const;
    // What is wrong with the typed birth date (empty, or not a date) as the date field says
    // it; empty when it reads as a day (core then checks that day).
    QString birthDateProblem() const;

    // Shows each issue under its field, clears the others, and puts the cursor in the
    // first field to fix. Issues without a field are returned for the caller to show.
    QList<FieldIssue> showIssues(const QList<FieldIssue>& issues);
    void clearIssues();
    // The field a new or opened file starts in.
    QWidget* firstField() const { return m_fields.value(m_order.first()).editor; }

signals:
    // The last field shown in red was edited: what was refused has been corrected.
    void issuesCorrected();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field
    {
        QWidget* editor;
        QLabel* label;
        MessageLabel* error;
    };
    void addField(QGroupBox* group, const QString& column, QWidget* editor);
    QString text(const QString& column) const;
    void retranslate();

    QHash<QString, Field> m_fields;
    FieldErrors* m_errors;
    QStringList m_order; // columns in the order they appear, for focusing the first problem
    QList<QGroupBox*> m_groups;
    QComboBox* m_sex;
    QComboBox* m_level;
    DateField* m_birthDate;
    QString m_id;
    QString m_status;
    QString m_institutionId;
};

} // namespace riaya
