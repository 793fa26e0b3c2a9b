#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <functional>

class QWidget;

namespace riaya {

class MessageLabel;

// Calls `edited` each time a person changes what a field holds (types, chooses, ticks), for
// every kind of editor: those Qt knows by their user property (line edits, combo boxes, spin
// boxes, date edits, check boxes), text editors, lists, and composite fields through the
// editors inside them. The connection lives as long as `context`.
void onFieldEdited(QWidget* field, QObject* context, const std::function<void()>& edited);

// The errors of a form, each tied to its field and taken away the moment that field is
// edited: a person sees at once that what they fixed is accepted, and what is left to fix.
// Fields are named by their stored column, as core's FieldIssue names them. Every form
// shows its field errors through one of these.
class FieldErrors : public QObject
{
    Q_OBJECT

public:
    // `summary` (may be null) is the line under the form: errors of fields without a label of
    // their own go there, one per line, with a general message when the refusal has no field.
    explicit FieldErrors(MessageLabel* summary, QObject* parent = nullptr);

    // A field of the form, in the order of the form (the first with an error gets the cursor).
    // `label`, when given, shows the field's errors right under it and is hidden while none.
    void addField(const QString& column, QWidget* editor, MessageLabel* label = nullptr);

    // Shows a refusal: each issue at its field, the rest in the summary (the error's message
    // when no issue names a field); the cursor goes to the first field to fix. Returns the
    // issues that name no field of this form.
    QList<FieldIssue> show(const Error& error);
    QList<FieldIssue> show(const QList<FieldIssue>& issues, const QString& general = {});
    // One problem of one field, found by the form itself (a date that is not one).
    void showFieldError(const QString& column, const QString& message);
    void clear();

    // The fields whose errors are shown, in the order of the form.
    QStringList fieldsWithErrors() const;

signals:
    // The last field error was taken away by an edit.
    void corrected();

private:
    struct Field
    {
        QWidget* editor;
        MessageLabel* label;
    };
    void fieldEdited(const QString& column);
    void render();

    MessageLabel* m_summary;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QList<FieldIssue> m_issues; // those naming a field of the form
    QList<FieldIssue> m_unplaced; // shown in the summary until the next show or clear
    QString m_general;
};

} // namespace riaya
